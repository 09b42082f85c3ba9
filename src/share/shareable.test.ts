import { describe, expect, it } from 'vitest';
import { buildShareLogPlan, readShareLog, SHARE_LOG_HEADER_ROW } from '../plans/share-log.js';
import { assertValidPlan } from '../plans/validate.js';
import { cellBlocks, findCustomFormulas, parseRange, previewLines, replacementBlocks, restorePlan, shareLogRows, type CustomResult } from './shareable.js';

describe('findCustomFormulas', () => {
  it('gives each custom-function cell its sheet address, from the used range’s corner', () => {
    // Used range B2:C3: (0,1) is C2, (1,0) is B3.
    const found = findCustomFormulas([{ sheet: 'Canaux', row: 2, column: 2, formulas: [[120, '=PROMETHEE.CAC(A2,A3)'], ['=SUM(A1:A9)', '="PROMETHEE.CAC("']] }], { namespace: 'PROMETHEE' });
    expect(found).toEqual([{ sheet: 'Canaux', address: 'C2', row: 2, column: 3, formula: '=PROMETHEE.CAC(A2,A3)', functions: ['CAC'] }]);
  });
});

describe('cellBlocks', () => {
  it('makes one block of a column of cells and one of a rectangle', () => {
    const column = [2, 3, 4].map((row) => ({ row, column: 6, value: row * 10 }));
    expect(cellBlocks(column)).toEqual([{ row: 2, column: 6, cells: [[20], [30], [40]] }]);
    const rectangle = [1, 2].flatMap((row) => [8, 9, 10].map((column) => ({ row, column, value: `${row}:${column}` })));
    expect(cellBlocks(rectangle)).toEqual([{ row: 1, column: 8, cells: [['1:8', '1:9', '1:10'], ['2:8', '2:9', '2:10']] }]);
  });

  it('splits at a gap in the rows and at columns covering other rows', () => {
    const cells = [
      { row: 1, column: 1, value: 'a' },
      { row: 3, column: 1, value: 'b' },
      { row: 1, column: 2, value: 'c' },
    ];
    // A1 and B1 share rows 1–1: one block; A3 alone.
    expect(cellBlocks(cells)).toEqual([
      { row: 1, column: 1, cells: [['a', 'c']] },
      { row: 3, column: 1, cells: [['b']] },
    ]);
  });
});

describe('replacementBlocks and the log', () => {
  const results: CustomResult[] = [
    { sheet: 'Commandes', address: 'H1', row: 1, column: 8, formula: '=RFM_TABLE(A2:A4,B2:B4,C2:C4)', functions: ['RFM_TABLE'], result: { row: 1, column: 8, rowCount: 3, columnCount: 2 } },
    { sheet: 'Canaux', address: 'F2', row: 2, column: 6, formula: '=CAC(B2,E2)', functions: ['CAC'], result: { row: 2, column: 6, rowCount: 1, columnCount: 1 } },
    { sheet: 'Canaux', address: 'F3', row: 3, column: 6, formula: '=CAC(B3,E3)', functions: ['CAC'], result: { row: 3, column: 6, rowCount: 1, columnCount: 1 } },
  ];

  it('writes a spilled table as one block and neighbouring scalars as one', () => {
    const blocks = replacementBlocks(results, (sheet, row, column) => `${sheet}!${row},${column}`);
    expect(blocks.get('Commandes')).toEqual([{ row: 1, column: 8, cells: [['Commandes!1,8', 'Commandes!1,9'], ['Commandes!2,8', 'Commandes!2,9'], ['Commandes!3,8', 'Commandes!3,9']] }]);
    expect(blocks.get('Canaux')).toEqual([{ row: 2, column: 6, cells: [['Canaux!2,6'], ['Canaux!3,6']] }]);
  });

  it('logs sheet, cell, formula, result range and date, and reads them back from the log sheet', () => {
    const rows = shareLogRows(results, new Date(Date.UTC(2026, 11, 4, 10, 30, 5, 250)));
    expect(rows[0]).toEqual({ sheet: 'Commandes', address: 'H1', formula: '=RFM_TABLE(A2:A4,B2:B4,C2:C4)', result: 'H1:I3', date: '2026-12-04T10:30:05Z' });
    expect(rows[1]?.result).toBe('F2');
    const plan = buildShareLogPlan(rows, 'fr');
    assertValidPlan(plan);
    // The sheet as a host reads it back from A1: the plan's blocks placed in a grid.
    const grid: unknown[][] = Array.from({ length: SHARE_LOG_HEADER_ROW + rows.length }, () => ['', '', '', '', '']);
    for (const block of plan.blocks) {
      block.cells.forEach((cells, i) => {
        cells.forEach((cell, j) => {
          const line = grid[block.row - 1 + i];
          if (line !== undefined && 'value' in cell) line[block.column - 1 + j] = cell.value ?? '';
        });
      });
    }
    expect(readShareLog(grid)).toEqual(rows);
    // Formulas are text in the log: no formula cell at all.
    expect(plan.blocks.some((block) => block.cells.some((cells) => cells.some((cell) => 'formula' in cell)))).toBe(false);
  });
});

describe('restorePlan', () => {
  it('empties a spilled result before writing its formula, and groups neighbouring formulas', () => {
    const rows = [
      { sheet: 'Commandes', address: 'H1', formula: '=RFM_TABLE(A2:A4,B2:B4,C2:C4)', result: 'H1:I3', date: 'd' },
      { sheet: 'Canaux', address: 'F2', formula: '=CAC(B2,E2)', result: 'F2', date: 'd' },
      { sheet: 'Canaux', address: 'F3', formula: '=CAC(B3,E3)', result: 'F3', date: 'd' },
    ];
    const plan = restorePlan(rows, ['Canaux', 'Commandes']);
    expect(plan.skipped).toEqual([]);
    expect(plan.sheets).toEqual([
      { sheet: 'Commandes', clear: [{ row: 1, column: 8, rowCount: 3, columnCount: 2 }], formulas: [{ row: 1, column: 8, cells: [['=RFM_TABLE(A2:A4,B2:B4,C2:C4)']] }] },
      { sheet: 'Canaux', clear: [], formulas: [{ row: 2, column: 6, cells: [['=CAC(B2,E2)'], ['=CAC(B3,E3)']] }] },
    ]);
  });

  it('skips a row whose sheet is gone, whose address is unreadable or whose formula is not one', () => {
    const rows = [
      { sheet: 'Ancienne', address: 'A1', formula: '=CAC(1,2)', result: 'A1', date: 'd' },
      { sheet: 'Canaux', address: 'ZZZZ1', formula: '=CAC(1,2)', result: 'A1', date: 'd' },
      { sheet: 'Canaux', address: 'A1', formula: 'CAC(1,2)', result: 'A1', date: 'd' },
    ];
    expect(restorePlan(rows, ['Canaux']).skipped).toEqual(rows);
  });
});

describe('parseRange', () => {
  it('reads cells and ranges, absolute or not', () => {
    expect(parseRange('$AB$10')).toEqual({ row: 10, column: 28, rowCount: 1, columnCount: 1 });
    expect(parseRange('H1:P241')).toEqual({ row: 1, column: 8, rowCount: 241, columnCount: 9 });
    expect(parseRange('B5:A1')).toBeUndefined();
    expect(parseRange('Feuil1!A1')).toBeUndefined();
  });
});

describe('previewLines', () => {
  it('quotes sheet names with spaces, cuts long formulas and counts the rest', () => {
    const cell = (sheet: string, address: string, formula: string) => ({ sheet, address, row: 1, column: 1, formula, functions: ['CAC'] });
    const long = `=CAC(${'A1+'.repeat(30)}1,2)`;
    const preview = previewLines([cell('Canaux', 'F2', '=CAC(B2,E2)'), cell('KPI d’avril', 'B3', long), cell("L'été", 'C1', '=CAC(1,2)')], 2, 20);
    expect(preview.lines).toEqual([
      { where: 'Canaux!F2', formula: '=CAC(B2,E2)' },
      { where: '\'KPI d’avril\'!B3', formula: `${long.slice(0, 19)}…` },
    ]);
    expect(preview.more).toBe(1);
  });
});
