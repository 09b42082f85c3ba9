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

  it('sends number formats only with text to protect, keeping the plan’s format on the other cells', () => {
    const plain: Block = { row: 1, column: 1, cells: [[{ value: 'Dupont' }, { value: 1200 }]] };
    const risky: Block = { row: 1, column: 1, cells: [[{ value: '+33 6 12' }, { value: 1200 }]] };
    const formats = [{ range: { row: 1, column: 2, rowCount: 1, columnCount: 1 }, format: 'currency' as const }];
    expect(blockChunks(plain, formats, 1_000)[0]?.numberFormats).toBeUndefined();
    expect(blockChunks(risky, formats, 1_000)[0]?.numberFormats).toEqual([['@', '#,##0.00 "€"']]);
  });

  it('makes a row wider than the budget a chunk of its own', () => {
    const wide: Block = { row: 1, column: 1, cells: [[{ value: 'a'.repeat(500) }], [{ value: 'b'.repeat(500) }]] };
    expect(blockChunks(wide, [], 100).map((chunk) => chunk.range.rowCount)).toEqual([1, 1]);
  });
});
