// What the Excel host sends for a block: chunks of whole rows under a byte budget, and the text
// number format only where Excel would otherwise reinterpret a string.
import { describe, expect, it } from 'vitest';
import { blockChunks, needsTextFormat } from '../../addin/host/cells.js';
import type { Block } from '../../src/plans/types.js';

describe('needsTextFormat', () => {
  it.each(['=HYPERLINK("x")', '+33 6 12 34 56 78', '-remise', '@SUM(A1)', '#N/A', "'quoted", '0612', '01/02/2024', '12 %', 'VRAI', 'false', 'Client 42'])(
    'protects %s',
    (text) => {
      expect(needsTextFormat(text)).toBe(true);
    },
  );

  it.each(['Dupont SARL', 'Boulangerie Lefèvre', 'à relancer', ''])('leaves %s in the cell’s own format', (text) => {
    expect(needsTextFormat(text)).toBe(false);
  });
});

describe('blockChunks', () => {
  const block = (rows: number): Block => ({
    row: 3,
    column: 2,
    cells: Array.from({ length: rows }, (_, i) => [{ value: `Client ${'x'.repeat(40)}` }, { value: i }, { formula: `C${i + 3}*2` }]),
  });

  it('cuts a block into chunks of whole rows, each under the budget, covering every row once', () => {
    const chunks = blockChunks(block(1_000), [], 10_000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(10_000 + 3 * 16 * chunk.range.rowCount);
      expect(JSON.stringify(chunk.formulas).length).toBeLessThanOrEqual(chunk.bytes);
    }
    const rows = chunks.map((chunk) => [chunk.range.row, chunk.range.rowCount]);
    expect(rows[0]).toEqual([3, chunks[0]?.range.rowCount]);
    expect(rows.reduce((next, [row, count]) => (row === next ? next + (count ?? 0) : Number.NaN), 3)).toBe(1_003);
  });

  it('writes formulas with their "=" and values as they are', () => {
    const [chunk] = blockChunks(block(1), [], 1_000_000);
    expect(chunk?.formulas).toEqual([[`Client ${'x'.repeat(40)}`, 0, '=C3*2']]);
  });

  it('sends no format when there is no text to protect', () => {
    const plain: Block = { row: 1, column: 1, cells: [[{ value: 'Dupont' }, { value: 1200 }]] };
    const [chunk] = blockChunks(plain, [], 1_000);
    expect([chunk?.numberFormats, chunk?.textColumns]).toEqual([undefined, undefined]);
  });

  it('formats a column of text as text in one range when it holds text to protect', () => {
    const ids: Block = { row: 1, column: 1, cells: [[{ value: 'C001' }, { value: 10 }], [{ value: 'Dupont' }, { value: 20 }]] };
    const [chunk] = blockChunks(ids, [], 1_000);
    expect([chunk?.textColumns, chunk?.numberFormats]).toEqual([[0], undefined]);
  });

  it('formats cell by cell, keeping the plan’s format, where text to protect shares its column with figures or empty cells', () => {
    const formats = [{ range: { row: 1, column: 1, rowCount: 3, columnCount: 1 }, format: 'currency' as const }];
    const mixed: Block = { row: 1, column: 1, cells: [[{ value: '+33 6 12' }], [{ value: 1200 }], [{ value: null }]] };
    const [chunk] = blockChunks(mixed, formats, 1_000);
    expect([chunk?.textColumns, chunk?.numberFormats]).toEqual([undefined, [['@'], ['#,##0.00 "€"'], ['#,##0.00 "€"']]]);
  });

  it('makes a row wider than the budget a chunk of its own', () => {
    const wide: Block = { row: 1, column: 1, cells: [[{ value: 'a'.repeat(500) }], [{ value: 'b'.repeat(500) }]] };
    expect(blockChunks(wide, [], 100).map((chunk) => chunk.range.rowCount)).toEqual([1, 1]);
  });
});
