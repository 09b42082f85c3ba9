import { describe, expect, it } from 'vitest';
import { formulaCell, SheetPlanBuilder } from './sheet-builder.js';
import { addNote, addSection, addTable, highlightClasses, tableCell, tableLayout } from './table.js';
import { validatePlan } from './validate.js';

function sheet(): SheetPlanBuilder {
  return new SheetPlanBuilder({ key: 'test.table', version: 1, name: 'Table', language: 'fr' });
}

describe('addTable', () => {
  const values = [50, 30, 20];
  const build = (totalRow: boolean) => {
    const builder = sheet();
    const layout = addTable(
      builder,
      {
        row: 4,
        column: 2,
        rows: values.length,
        totalRow,
        columns: [
          { key: 'item', header: { fr: 'Élément', en: 'Item' }, width: 20, cell: ({ index }) => `p${index + 1}`, total: () => 'Total' },
          { key: 'value', header: 'CA', style: (i) => (i === 0 ? 'example' : 'input'), format: 'currency', cell: ({ index }) => values[index] ?? null, total: ({ all }) => formulaCell(`SUM(${all('value')})`) },
          {
            key: 'cumul',
            header: { fr: 'Cumul', en: 'Running' },
            style: 'computed',
            format: 'currency',
            cell: ({ index, ref }) => formulaCell(index === 0 ? ref('value') : `${ref('cumul', -1)}+${ref('value')}`),
          },
        ],
      },
      'fr',
    );
    return { plan: builder.build(), layout };
  };

  it('resolves the letters and ranges by key', () => {
    const { layout } = build(true);
    // Header on row 4 from column B: B item, C value, D cumul; data rows 5–7, total row 8.
    expect([layout.letter('item'), layout.letter('value'), layout.letter('cumul')]).toEqual(['B', 'C', 'D']);
    expect([layout.firstRow, layout.lastRow, layout.totalRow]).toEqual([5, 7, 8]);
    expect(layout.all('value')).toBe('$C$5:$C$7');
    expect(layout.address('cumul', 2)).toBe('D7');
    expect(layout.totalAddress('value', true)).toBe('$C$8');
    expect(layout.bounds).toEqual({ row: 4, column: 2, rowCount: 5, columnCount: 3 });
  });

  it('writes headers in the language, values, formulas naming other columns, and the total', () => {
    const { plan, layout } = build(true);
    expect(plan.blocks[0]).toEqual({ row: 4, column: 2, cells: [[{ value: 'Élément' }, { value: 'CA' }, { value: 'Cumul' }]] });
    expect(tableCell(plan, layout, 'item', 1)).toEqual({ value: 'p2' });
    expect(tableCell(plan, layout, 'cumul', 0)).toEqual({ formula: 'C5' });
    expect(tableCell(plan, layout, 'cumul', 2)).toEqual({ formula: 'D6+C7' });
    expect(plan.blocks.at(-1)).toEqual({ row: 8, column: 2, cells: [[{ value: 'Total' }, { formula: 'SUM($C$5:$C$7)' }, { value: null }]] });
    expect(validatePlan(plan)).toEqual([]);
  });

  it('gives consecutive rows of the same style one range, and the widths by column', () => {
    const { plan } = build(false);
    expect(plan.styles).toContainEqual({ range: { row: 5, column: 3, rowCount: 1, columnCount: 1 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { row: 6, column: 3, rowCount: 2, columnCount: 1 }, style: 'input' });
    expect(plan.numberFormats).toContainEqual({ range: { row: 5, column: 4, rowCount: 3, columnCount: 1 }, format: 'currency' });
    expect(plan.columnWidths).toEqual([{ column: 2, width: 20 }]);
  });

  it('keeps text as text: a value that looks like a formula is written as a value', () => {
    const builder = sheet();
    const layout = addTable(builder, { row: 1, rows: 1, columns: [{ key: 'id', header: 'Id', cell: () => '=1+1' }] }, 'en');
    expect(tableCell(builder.build(), layout, 'id', 0)).toEqual({ value: '=1+1' });
  });

  it('refuses an unknown or repeated key, and a reference to a table without rows', () => {
    const layout = tableLayout({ row: 1, rows: 0, columns: [{ key: 'a' }] });
    expect(() => layout.column('b' as 'a')).toThrow(/No column "b"/);
    expect(() => layout.all('a')).toThrow(/no data row/);
    // One row: both ends all the same, as a range (a SUM or COUNTIF over it reads like the longer ones).
    expect(tableLayout({ row: 1, rows: 1, columns: [{ key: 'a' }] }).all('a')).toBe('$A$2:$A$2');
    expect(() => tableLayout({ row: 1, rows: 1, columns: [{ key: 'a' }, { key: 'a' }] })).toThrow(/Two columns/);
  });

  it('names its own column over the data rows and its total cell, for a total row and shares of a total', () => {
    const builder = sheet();
    const layout = addTable(
      builder,
      {
        row: 2,
        rows: 2,
        totalRow: true,
        columns: [
          { key: 'n', header: 'N', cell: ({ index }) => index + 1, total: ({ range }) => formulaCell(`SUM(${range('n')})`) },
          { key: 'share', header: '%', format: 'percent', totalFormat: null, cell: ({ ref, totalRef }) => formulaCell(`${ref('n')}/${totalRef('n')}`) },
        ],
      },
      'en',
    );
    const plan = builder.build();
    // Header on 2, data on 3–4, total on 5.
    expect(tableCell(plan, layout, 'share', 1)).toEqual({ formula: 'A4/$A$5' });
    expect(tableCell(plan, layout, 'n', 2)).toEqual({ formula: 'SUM(A3:A4)' });
    // The share's format covers its data rows only: its total cell (B5, empty) has none.
    expect(plan.numberFormats).toEqual([{ range: { row: 3, column: 2, rowCount: 2, columnCount: 1 }, format: 'percent' }]);
  });
});

describe('sections, notes and class fills', () => {
  it('writes a section title over its span, a merged note, and one fill per class reading the first cell of the column', () => {
    const builder = sheet();
    addSection(builder, 9, 9, 5, 'Synthèse');
    addNote(builder, 3, 'Note', 13);
    highlightClasses(builder, { row: 11, column: 9, rowCount: 3, columnCount: 1 });
    const plan = builder.build();
    expect(plan.blocks).toEqual([
      { row: 9, column: 9, cells: [[{ value: 'Synthèse' }]] },
      { row: 3, column: 1, cells: [[{ value: 'Note' }]] },
    ]);
    expect(plan.styles).toEqual([
      { range: { row: 9, column: 9, rowCount: 1, columnCount: 5 }, style: 'section' },
      { range: { row: 3, column: 1, rowCount: 1, columnCount: 1 }, style: 'note' },
    ]);
    expect(plan.merges).toEqual([{ row: 3, column: 1, rowCount: 1, columnCount: 13 }]);
    expect(plan.conditionalFormats.map((format) => (format.kind === 'formula' ? format.formula : ''))).toEqual(['$I11="A"', '$I11="B"', '$I11="C"']);
  });
});
