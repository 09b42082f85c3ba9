/**
 * `OrderRuns`: order ids numbered by runs, right (the codes of an `IdTable`) exactly while the ids run
 * one way, and saying so otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable, OrderRuns } from './ids.js';

function codes(ids: readonly string[]): { runs: number[]; table: number[]; sorted: boolean } {
  const runs = new OrderRuns();
  const table = new IdTable();
  const text = ids.join(',');
  const runCodes: number[] = [];
  const tableCodes: number[] = [];
  let at = 0;
  for (const id of ids) {
    runCodes.push(runs.codeOfRange(text, at, at + id.length));
    tableCodes.push(table.codeOfRange(text, at, at + id.length));
    at += id.length + 1;
  }
  return { runs: runCodes, table: tableCodes, sorted: runs.sorted };
}

describe('OrderRuns', () => {
  it('numbers runs as an IdTable does for ids going up, down, or up by length (#998, #999, #1000)', () => {
    expect(codes(['O1', 'O1', 'O2', ' O3 ', '', 'O3'])).toEqual({ runs: [0, 0, 1, 2, -1, 2], table: [0, 0, 1, 2, -1, 2], sorted: true });
    expect(codes(['B', 'B', 'A'])).toEqual({ runs: [0, 0, 1], table: [0, 0, 1], sorted: true });
    expect(codes(['#998', '#999', '#1000', '#1000']).sorted).toBe(true);
    expect(codes(['#1000', '#999', '#998']).sorted).toBe(true);
  });

  it('says the codes are wrong once an id may have come before', () => {
    // O1, O2, O1: O1 comes back.
    expect(codes(['O1', 'O2', 'O1']).sorted).toBe(false);
    // Up then down: no direction holds, though no id came back (the runs cannot know).
    expect(codes(['A', 'C', 'B']).sorted).toBe(false);
    // #999 → #1000 is down as strings but up by length; #1000 → #1001 up both ways; #1001 → #2 down both ways.
    expect(codes(['#999', '#1000', '#1001', '#2']).sorted).toBe(false);
  });

  it('gives the codes of an IdTable whenever it says they are right (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('O1', 'O2', 'O10', 'O9', 'P', ' O2', '', 'é1', 'é2'), { maxLength: 12 }), (ids) => {
        const { runs, table, sorted } = codes(ids);
        if (sorted) expect(runs).toEqual(table);
        // Sorted ids (one way, as strings) are always recognised.
        const kept = ids.map((id) => id.trim()).filter((id) => id !== '');
        const ascending = kept.every((id, k) => k === 0 || (kept[k - 1] ?? '') <= id);
        if (ascending) expect(sorted).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
