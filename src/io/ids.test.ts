import { describe, expect, it } from 'vitest';
import { IdTable } from './ids.js';

describe('IdTable', () => {
  it('numbers ids in order of first appearance and finds them again', () => {
    const text = 'C2,C1,C2,C3,C1';
    const ids = new IdTable();
    const codes = [0, 3, 6, 9, 12].map((start) => ids.codeOfRange(text, start, start + 2));
    expect(codes).toEqual([0, 1, 0, 2, 1]);
    expect(ids.size).toBe(3);
    expect(ids.allNames()).toEqual(['C2', 'C1', 'C3']);
  });

  it('trims blanks as String.prototype.trim does, non-breaking spaces included', () => {
    const ids = new IdTable();
    expect(ids.codeOf('A7')).toBe(0);
    expect(ids.codeOfRange(' A7 ,x', 0, 4)).toBe(0);
    expect(ids.codeOf('\u00a0A7\t')).toBe(0);
    expect(ids.codeOf('\u00a0Zoé\u00a0')).toBe(1);
    expect(ids.name(1)).toBe('Zoé');
  });

  it('gives −1 for a blank field, which is no id', () => {
    const ids = new IdTable();
    expect(ids.codeOf('')).toBe(-1);
    expect(ids.codeOf('  \u00a0')).toBe(-1);
    expect(ids.size).toBe(0);
  });

  it('tells apart ids of the same length and of different lengths', () => {
    const ids = new IdTable();
    expect(['ab', 'ba', 'abc', 'ab', 'a'].map((id) => ids.codeOf(id))).toEqual([0, 1, 2, 0, 3]);
  });

  it('keeps every id distinct through many growths of the table: 50,000 ids, each found again', () => {
    const ids = new IdTable();
    const names = Array.from({ length: 50_000 }, (_, k) => `O${String(k)}`);
    for (const name of names) ids.codeOf(name);
    expect(ids.size).toBe(50_000);
    expect(ids.codeOf('O0')).toBe(0);
    expect(ids.codeOf('O49999')).toBe(49_999);
    expect(ids.codeOf('O31337')).toBe(31_337);
    expect(ids.name(12_345)).toBe('O12345');
  });

  it('gives an empty name for a code it never gave', () => {
    expect(new IdTable().name(3)).toBe('');
  });
});
