// Formulas protected, inputs open, in Excel: each generated sheet protected without a password with
// its input cells unlocked, in a few calls whatever the rows; rebuilding and removing still work, as
// sheet protection does not guard deleting a sheet (the workbook's structure protection does).
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../src/cells/errors.js';
import { buildAbcPlan } from '../../src/plans/abc.js';
import { buildKpiPlan, kpiLayout } from '../../src/plans/kpi.js';
import { editableRanges } from '../../src/plans/protection.js';
import type { SheetPlan } from '../../src/plans/types.js';
import { applyPlansTo, removeGeneratedSheetsWith } from '../../src/workbook/index.js';
import { PROTECTION_OPTIONS } from '../../addin/host/apply-plan.js';
import { excelSheetAdapter } from '../../addin/host/sheet-adapter.js';
import { fakeExcel } from './fake-excel.js';

function abcPlan(items: number): SheetPlan {
  const plan = buildAbcPlan({ language: 'fr', items: Array.from({ length: items }, (_, i) => `Client ${i + 1}`), values: Array.from({ length: items }, (_, i) => ((i * 7919) % 10007) + 1) });
  if (isSheetError(plan)) throw new Error(plan.message.en);
  return plan;
}

describe('protecting the generated sheets in Excel', () => {
  it('protects the KPI sheet without a password, its input table unlocked and its formulas refusing a change', async () => {
    const excel = fakeExcel(['Feuil1']);
    const report = await applyPlansTo(excelSheetAdapter(excel.run), [buildKpiPlan({ language: 'fr' })]);
    const sheet = excel.context.workbook.worksheets.getItem(report.sheets[0] ?? '');
    expect(sheet.protectedWith).toEqual({ options: PROTECTION_OPTIONS, password: undefined });
    expect(PROTECTION_OPTIONS).toMatchObject({ allowSort: true, allowAutoFilter: true });
    // The input table of kpiLayout(4 examples, 5 empty rows): rows 7–15, columns A–G, 0-based here.
    const layout = kpiLayout(4, 5);
    expect(sheet.unlocked).toEqual([{ row: layout.firstInputRow - 1, column: 0, rowCount: layout.inputRows, columnCount: 7 }]);
    // Typing into an input cell works; into the total row's formula, Excel refuses.
    sheet.getRangeByIndexes(layout.firstInputRow - 1, 1, 1, 1).formulas = [[1234]];
    expect(() => {
      sheet.getRangeByIndexes(layout.inputTotalRow - 1, 1, 1, 1).formulas = [[0]];
    }).toThrow(/protected sheet/);
  });

  it('unlocks each rectangle of editableRanges once and protects once: the same calls on 10 and 10,000 items', async () => {
    const calls = async (items: number): Promise<{ locks: number; protects: number; rectangles: number }> => {
      const excel = fakeExcel(['Feuil1']);
      const plan = abcPlan(items);
      const report = await applyPlansTo(excelSheetAdapter(excel.run), [plan]);
      const sheet = excel.context.workbook.worksheets.getItem(report.sheets[0] ?? '');
      return {
        locks: sheet.operations.filter((operation) => operation.what === 'protection.locked').length,
        protects: sheet.operations.filter((operation) => operation.what === 'protect').length,
        rectangles: editableRanges(plan).length,
      };
    };
    const small = await calls(10);
    const large = await calls(10_000);
    expect(large).toEqual(small);
    expect(small.protects).toBe(1);
    expect(small.locks).toBe(small.rectangles);
    expect(small.rectangles).toBeGreaterThan(0);
  });

  it('rebuilds over protected sheets and removes them: deleting a protected sheet is allowed', async () => {
    const excel = fakeExcel(['Ventes']);
    const adapter = excelSheetAdapter(excel.run);
    await applyPlansTo(adapter, [buildKpiPlan({ language: 'fr' }), abcPlan(20)]);
    const again = await applyPlansTo(adapter, [buildKpiPlan({ language: 'fr' }), abcPlan(20)]);
    expect(again.replaced).toEqual(again.sheets);
    expect(again.sheets.every((name) => excel.context.workbook.worksheets.getItem(name).protectedWith !== undefined)).toBe(true);
    const removal = await removeGeneratedSheetsWith(adapter);
    expect(removal.removed).toEqual(again.sheets);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
  });

  it('leaves the sheets unprotected and locks nothing when the option is off', async () => {
    const excel = fakeExcel(['Feuil1']);
    const report = await applyPlansTo(excelSheetAdapter(excel.run), [buildKpiPlan({ language: 'fr' })], [], undefined, 'none');
    const sheet = excel.context.workbook.worksheets.getItem(report.sheets[0] ?? '');
    expect(sheet.protectedWith).toBeUndefined();
    expect(sheet.unlocked).toEqual([]);
  });
});
