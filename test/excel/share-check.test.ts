// The check before sharing in Excel, over the fake office-js: sheets built by the host, then a computed
// cell typed over, a formula edited, an input edited (not reported), a marker removed; and the reads
// batched: the same number of syncs whatever the number of rows.
import { describe, expect, it, vi } from 'vitest';
import { excelWorkbookHost } from '../../addin/host/workbook-host.js';
import { MARKER_PROPERTY } from '../../addin/host/apply-plan.js';
import { cellAddress } from '../../src/plans/a1.js';
import { computedFormulas } from '../../src/plans/fingerprint.js';
import { editableRanges } from '../../src/plans/protection.js';
import type { SheetPlan } from '../../src/plans/types.js';
import { PLANNERS } from '../../src/workbook/builds.js';
import { fakeExcel, type FakeWorksheet } from './fake-excel.js';

const kpi = PLANNERS.kpi({ language: 'fr' }).plans[0] as SheetPlan;
const [first] = computedFormulas(kpi);
const [input] = editableRanges(kpi);
if (first === undefined || input === undefined) throw new Error('The KPI plan has computed and input cells');

/** The fake's cell key of a 1-based cell. */
const at = (row: number, column: number): number => (row - 1) * 16_384 + column - 1;

async function built() {
  const excel = fakeExcel(['Ventes']);
  const host = excelWorkbookHost({ run: excel.run, displayLanguage: 'fr-FR', supportsExcelApi: () => true });
  await host.build({ target: 'kpi', language: 'fr' });
  const share = host.share;
  if (share === undefined) throw new Error('the Excel host shares');
  const sheet: FakeWorksheet = excel.context.workbook.worksheets.getItem(kpi.name);
  return { excel, share, sheet };
}

describe('the check before sharing in Excel', () => {
  it('finds a sheet as built intact: the formulas Excel reads back are the plan’s', async () => {
    const { share } = await built();
    const check = await share.checkSharing();
    // 76 computed formulas in the KPI plan (see src/share/integrity.test.ts).
    expect(check.sheets).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('lists a computed cell typed over by a value and a formula edited, not an input edited', async () => {
    const { share, sheet } = await built();
    sheet.cells.set(at(first.row, first.column), { kind: 'number', number: 1234 });
    sheet.cells.set(at(input.row, input.column), { kind: 'number', number: 42 });
    const check = await share.checkSharing();
    expect(check.sheets).toEqual([
      { sheet: kpi.name, key: 'kpi', status: 'changed', expected: 76, found: 75, listed: true, changed: 1, cells: [{ address: cellAddress(first.row, first.column), expected: `=${first.formula}`, found: '' }] },
    ]);
    sheet.cells.set(at(first.row, first.column), { kind: 'formula', formula: '=0' });
    const again = await share.checkSharing();
    expect(again.sheets[0]).toMatchObject({ status: 'changed', found: 76, cells: [{ address: cellAddress(first.row, first.column), expected: `=${first.formula}`, found: '=0' }] });
  });

  it('says a sheet whose marker was removed is no longer a generated sheet', async () => {
    const { share, sheet } = await built();
    sheet.properties.delete(MARKER_PROPERTY);
    const check = await share.checkSharing();
    expect(check.generated).toEqual([]);
    expect(check.sheets).toEqual([{ sheet: kpi.name, status: 'unmarked' }]);
  });

  it('reads in a number of syncs that does not grow with the rows', async () => {
    const syncsFor = async (rows: number): Promise<number> => {
      const excel = fakeExcel(['Ventes']);
      excel.context.workbook.selection = {
        sheet: 'Ventes',
        row: 0,
        column: 0,
        values: [['Client', 'CA'], ...Array.from({ length: rows }, (_, i) => [`Client ${i + 1}`, 1000 - i])],
      };
      const host = excelWorkbookHost({ run: excel.run, displayLanguage: 'fr-FR', supportsExcelApi: () => true });
      await host.build({ target: 'abc', language: 'fr' });
      const syncs = vi.spyOn(excel.context, 'sync');
      const check = await host.share?.checkSharing();
      expect(check?.sheets.map((sheet) => sheet.status)).toEqual(['intact']);
      return syncs.mock.calls.length;
    };
    const few = await syncsFor(10);
    expect(await syncsFor(2000)).toBe(few);
    // Listing the sheets, the custom-function scan of both sheets and the check's read of the ABC sheet.
    expect(few).toBeLessThanOrEqual(8);
  });
});
