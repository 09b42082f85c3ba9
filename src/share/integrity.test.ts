import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { cellAddress } from '../plans/a1.js';
import { buildAbcPlan } from '../plans/abc.js';
import { computedFormulas, formulaFingerprint } from '../plans/fingerprint.js';
import { markerText, parseMarker } from '../plans/marker.js';
import { editableRanges } from '../plans/protection.js';
import type { ExistingSheet, SheetPlan } from '../plans/types.js';
import { PLANNERS } from '../workbook/builds.js';
import { checkGeneratedSheets, type SheetIntegrity } from './integrity.js';
import { changedLines, shareFindings, type ShareCheck } from './run.js';
import type { SheetFormulas } from './shareable.js';

/** The sheet a host writes from a plan: its marker as stored, its cells as `Range.formulas` reads them. */
function written(plan: SheetPlan, name = plan.name): { sheet: ExistingSheet; grid: unknown[][] } {
  const grid: unknown[][] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((cells, i) => {
      cells.forEach((cell, j) => {
        (grid[block.row - 1 + i] ??= [])[block.column - 1 + j] = 'formula' in cell ? `=${cell.formula}` : (cell.value ?? '');
      });
    });
  }
  const width = Array.from(grid, (row: unknown[] | undefined) => row?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const dense = Array.from(grid, (row: unknown[] | undefined) => Array.from({ length: width }, (_, j) => (row?.[j]) ?? ''));
  return { sheet: { name, marker: parseMarker(markerText({ ...plan, fingerprint: formulaFingerprint(plan) })) }, grid: dense };
}

function check(sheet: ExistingSheet, grid: unknown[][], others: ExistingSheet[] = []): SheetIntegrity[] {
  const read: SheetFormulas = { sheet: sheet.name, row: 1, column: 1, formulas: grid };
  return checkGeneratedSheets([sheet, ...others], new Map([[sheet.name, read]]));
}

const kpi = PLANNERS.kpi({ language: 'fr' }).plans[0] as SheetPlan;
const [first, second] = computedFormulas(kpi);
if (first === undefined || second === undefined) throw new Error('The KPI plan has computed formulas');

describe('the check of a generated sheet against its marker', () => {
  it('finds a sheet as built intact, with its computed formulas counted', () => {
    const { sheet, grid } = written(kpi);
    // 76 formula cells in the KPI plan (counted over its blocks when the check was written), none in an input cell.
    expect(check(sheet, grid)).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('lists a computed cell typed over by a value, with the plan’s formula', () => {
    const { sheet, grid } = written(kpi);
    (grid[first.row - 1] as unknown[])[first.column - 1] = 1234;
    expect(check(sheet, grid)).toEqual([
      {
        sheet: kpi.name,
        key: 'kpi',
        status: 'changed',
        expected: 76,
        found: 75,
        listed: true,
        changed: 1,
        cells: [{ address: cellAddress(first.row, first.column), expected: `=${first.formula}`, found: '' }],
      },
    ]);
  });

  it('lists a computed formula edited', () => {
    const { sheet, grid } = written(kpi);
    (grid[second.row - 1] as unknown[])[second.column - 1] = '=1+1';
    const [found] = check(sheet, grid);
    expect(found).toMatchObject({ status: 'changed', expected: 76, found: 76, listed: true, changed: 1 });
    expect(found?.status === 'changed' ? found.cells : []).toEqual([{ address: cellAddress(second.row, second.column), expected: `=${second.formula}`, found: '=1+1' }]);
  });

  it('does not report what is typed into an input cell, a value or a formula', () => {
    const { sheet, grid } = written(kpi);
    const [input] = editableRanges(kpi);
    if (input === undefined) throw new Error('The KPI plan has input cells');
    (grid[input.row - 1] as unknown[])[input.column - 1] = 99;
    (grid[input.row + input.rowCount - 2] as unknown[])[input.column + input.columnCount - 2] = '=SUM(1,2)';
    expect(check(sheet, grid)).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('does not report a formula the host spells its own way (capitals, spaces, sheet names)', () => {
    const { sheet, grid } = written(kpi);
    const respelled = grid.map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? cell.toLowerCase().replaceAll(',', ' , ').replace(/^=/, '= ') : cell)));
    // A lower-case formula loses its text literals' case: only formulas without text stay comparable.
    const withoutText = respelled.map((row, i) => row.map((cell, j) => (typeof cell === 'string' && cell.includes('"') ? grid[i]?.[j] : cell)));
    expect(check(sheet, withoutText)).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('says a sheet whose marker was removed is no longer recognised, and leaves a user’s sheet alone', () => {
    const { sheet, grid } = written(kpi);
    const bare: ExistingSheet = { name: `${kpi.name} (2)` };
    expect(check(sheet, grid, [bare, { name: 'Mes notes' }])).toEqual([
      { sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 },
      { sheet: `${kpi.name} (2)`, status: 'unmarked' },
    ]);
  });

  it('cannot check a sheet built before the fingerprint existed, and says so', () => {
    const { grid } = written(kpi);
    expect(check({ name: kpi.name, marker: { key: 'kpi', version: kpi.version } }, grid)).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'unchecked' }]);
  });

  it('counts, without naming them, the changed formulas of a sheet built from a selection', () => {
    const abc = buildAbcPlan({ language: 'en', items: ['a', 'b', 'c', 'd'], values: [10, 70, 15, 5] });
    if (isSheetError(abc)) throw new Error('ABC plan');
    const { sheet, grid } = written(abc);
    const [cell] = computedFormulas(abc);
    if (cell === undefined) throw new Error('The ABC plan has computed formulas');
    const expected = computedFormulas(abc).length;
    (grid[cell.row - 1] as unknown[])[cell.column - 1] = 0;
    expect(check(sheet, grid)).toEqual([{ sheet: abc.name, key: abc.key, status: 'changed', expected, found: expected - 1, listed: false, changed: 0, cells: [] }]);
  });
});

describe('what the sidebar shows of the check', () => {
  it('one line per sheet found changed, unmarked or unchecked, and the changed cells', () => {
    const { sheet, grid } = written(kpi);
    (grid[first.row - 1] as unknown[])[first.column - 1] = 1234;
    const result: ShareCheck = {
      generated: [{ name: kpi.name, key: 'kpi' }],
      sheets: [...check(sheet, grid, [{ name: kpi.name.toUpperCase() + ' (3)' }]), { sheet: 'Ancienne', key: 'abc', status: 'unchecked' }],
      customCells: [],
      loggedFormulas: 0,
    };
    const findings = shareFindings(result);
    expect(findings.map((finding) => finding.en)).toEqual([
      `“${kpi.name}”: 1 computed formula overwritten or edited (listed below). Build the sheet again to put them back (what was typed into the yellow cells is replaced by the examples).`,
      `“${kpi.name.toUpperCase()} (3)” bears the name of a generated sheet, without its marker: if Prométhée built it, its marker was removed, and Prométhée will neither replace nor remove it any more, nor check its formulas. Building again adds a new generated sheet beside it.`,
      '“Ancienne” was built before formulas could be checked: it cannot be checked. Build it again to make it checkable.',
    ]);
    expect(changedLines(result)).toEqual({ lines: [{ where: `${kpi.name}!${cellAddress(first.row, first.column)}`, expected: `=${first.formula}`, found: '' }], more: 0 });
  });
});
