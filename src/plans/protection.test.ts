import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAuditPlans } from './audit.js';
import { buildKpiPlan, kpiLayout } from './kpi.js';
import { EDITABLE_STYLES, editableRanges, inRanges } from './protection.js';
import type { CellRange, StyleName, StyleRange } from './types.js';

const r = (row: number, column: number, rowCount: number, columnCount: number): CellRange => ({ row, column, rowCount, columnCount });

/** The cells whose last style is an input style, cell by cell: the definition, without any merging. */
function editableCells(styles: readonly StyleRange[]): Set<string> {
  const last = new Map<string, StyleName>();
  for (const { range, style } of styles) {
    for (let i = range.row; i < range.row + range.rowCount; i++) {
      for (let j = range.column; j < range.column + range.columnCount; j++) last.set(`${i}:${j}`, style);
    }
  }
  return new Set([...last].filter(([, style]) => EDITABLE_STYLES.has(style)).map(([cell]) => cell));
}

function cellsOf(ranges: readonly CellRange[]): string[] {
  return ranges.flatMap((range) =>
    Array.from({ length: range.rowCount * range.columnCount }, (_, k) => `${range.row + Math.floor(k / range.columnCount)}:${range.column + (k % range.columnCount)}`),
  );
}

describe('editableRanges', () => {
  it('opens the input, inputText and example cells, and nothing when a plan has no input', () => {
    expect(editableRanges({ styles: [{ range: r(1, 1, 1, 5), style: 'title' }] })).toEqual([]);
    expect(
      editableRanges({
        styles: [
          { range: r(5, 2, 3, 1), style: 'input' },
          { range: r(5, 3, 3, 1), style: 'inputText' },
          { range: r(8, 2, 2, 2), style: 'example' },
        ],
      }),
    ).toEqual([r(5, 2, 5, 2)]);
  });

  it('lets a later style win: a computed column over an input table is protected', () => {
    // Rows 5–9, columns B–E typed in, then D5:D9 computed: B:C and E stay open.
    const styles: StyleRange[] = [
      { range: r(5, 2, 5, 4), style: 'input' },
      { range: r(5, 4, 5, 1), style: 'computed' },
    ];
    expect(editableRanges({ styles })).toEqual([r(5, 2, 5, 2), r(5, 5, 5, 1)]);
  });

  it('opens exactly the KPI sheet’s input table, whatever its number of channels', () => {
    // kpiLayout places the table: 4 example channels + 5 empty rows from row 7, columns A–G.
    const layout = kpiLayout(4, 5);
    expect(editableRanges(buildKpiPlan({ language: 'fr' }))).toEqual([r(layout.firstInputRow, 1, layout.inputRows, 7)]);
    const channels = Array.from({ length: 5000 }, (_, i) => ({ channel: `C${i}`, spend: 1, leads: 1, opportunities: 1, newCustomers: 1, revenue: 1 }));
    const large = kpiLayout(5000, 5);
    expect(editableRanges(buildKpiPlan({ language: 'fr', channels }))).toEqual([r(large.firstInputRow, 1, large.inputRows, 7)]);
  });

  it('gives the audit checklist’s answer columns and leaves its summary protected but for the team list', () => {
    const [summary, checklist] = buildAuditPlans({ language: 'fr' });
    // The ten names of the team list, A45:A54, and nothing else of the summary.
    expect(editableRanges(summary ?? { styles: [] })).toEqual([{ row: 45, column: 1, rowCount: 10, columnCount: 1 }]);
    const open = editableRanges(checklist ?? { styles: [] });
    expect(open.length).toBeGreaterThan(0);
    // Every open cell of the checklist is styled as an input, and every input cell is open.
    expect(new Set(cellsOf(open))).toEqual(editableCells(checklist?.styles ?? []));
  });

  it('covers exactly the cells whose last style is an input style, with disjoint rectangles (any styles)', () => {
    const style = fc.constantFrom<StyleName>('input', 'inputText', 'example', 'exampleText', 'computed', 'header', 'label', 'data', 'note');
    const range = fc.record({ row: fc.integer({ min: 1, max: 30 }), column: fc.integer({ min: 1, max: 12 }), rowCount: fc.integer({ min: 1, max: 12 }), columnCount: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(fc.record({ range, style }), { maxLength: 14 }), (styles) => {
        const open = editableRanges({ styles });
        const cells = cellsOf(open);
        expect(new Set(cells).size).toBe(cells.length); // disjoint
        expect(new Set(cells)).toEqual(editableCells(styles));
        for (const cell of editableCells(styles)) {
          const [row, column] = cell.split(':').map(Number);
          expect(inRanges(open, row ?? 0, column ?? 0)).toBe(true);
        }
        // Never more rectangles than cells, and bounded by the style ranges, not by their size.
        expect(open.length).toBeLessThanOrEqual((2 * styles.length + 1) ** 2);
      }),
      { numRuns: 300 },
    );
  });

  it('merges a table of 100,000 input rows into one rectangle', () => {
    const styles: StyleRange[] = [
      { range: r(1, 1, 1, 4), style: 'header' },
      { range: r(2, 1, 100_000, 3), style: 'data' },
      { range: r(2, 4, 100_000, 1), style: 'input' },
    ];
    expect(editableRanges({ styles })).toEqual([r(2, 4, 100_000, 1)]);
  });
});
