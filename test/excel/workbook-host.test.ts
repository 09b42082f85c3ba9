// The Excel WorkbookHost: the selection read with office-addin-mock (Excel's load-then-sync rule) and
// with the fake workbook for large ranges, builds through the shared path, and the messages a user
// gets for an old Excel, merged cells or a selection too large.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../src/workbook/port.js';
import { excelWorkbookHost, MAX_SELECTION_CELLS, readExcelSelection, SELECTION_CELLS_PER_READ } from '../../addin/host/workbook-host.js';
import type { ExcelRun } from '../../addin/host/sheet-adapter.js';
import { fakeExcel } from './fake-excel.js';

const everySet = (): boolean => true;

/** office-addin-mock data for a selection of Ventes!A1:B3 with a used range equal to it. */
function mockedSelection(merged: boolean): OfficeMockObject {
  const values = [
    ['Client', 'CA'],
    ['Dupont', 1200],
    ['Martin', 950],
  ];
  const used = {
    address: 'Ventes!A1:B3',
    rowCount: 3,
    columnCount: 2,
    values,
    getCell() {
      return this;
    },
    getAbsoluteResizedRange() {
      return this;
    },
  };
  const data = {
    context: {
      workbook: {
        selected: {
          address: 'Ventes!A1:B3',
          used,
          merged: { areaCount: merged ? 1 : 0 },
          getUsedRangeOrNullObject() {
            return (this as unknown as { used: unknown }).used;
          },
          getMergedAreasOrNullObject() {
            return (this as unknown as { merged: unknown }).merged;
          },
        },
        getSelectedRange() {
          return (this as unknown as { selected: unknown }).selected;
        },
      },
    },
  };
  // office-addin-mock types its data as a class with an index signature; it is built from plain data.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const mock = new OfficeMockObject(data);
  // Excel answers isNullObject for any object synced, loaded or not: set outside the mock's load rule.
  const selected = (mock as unknown as { context: { workbook: { selected: { used: object; merged: object } } } }).context.workbook.selected;
  Object.assign(selected.used, { isNullObject: false });
  Object.assign(selected.merged, { isNullObject: !merged });
  return mock;
}

function mockRun(mock: OfficeMockObject): ExcelRun {
  // office-addin-mock builds its objects from plain data: it stands for the part of Excel read here.
  const context = (mock as unknown as { context: Excel.RequestContext }).context;
  return (batch) => batch(context);
}

describe('reading the selection in Excel', () => {
  it('reads the address and the values after one load and a sync for every 100,000 cells (office-addin-mock)', async () => {
    const mock = mockedSelection(false);
    const sync = vi.spyOn((mock as unknown as { context: { sync: () => Promise<void> } }).context, 'sync');
    const selection = await readExcelSelection(mockRun(mock), everySet);
    expect(selection).toEqual({
      address: 'Ventes!A1:B3',
      values: [
        ['Client', 'CA'],
        ['Dupont', 1200],
        ['Martin', 950],
      ],
      hasMergedCells: false,
    });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('reports merged cells in the selection (office-addin-mock)', async () => {
    const selection = await readExcelSelection(mockRun(mockedSelection(true)), everySet);
    expect(selection.hasMergedCells).toBe(true);
  });

  it('leaves the merged-cells check out on an Excel without merged areas (before ExcelApi 1.13)', async () => {
    const selection = await readExcelSelection(mockRun(mockedSelection(true)), (version) => version !== '1.13');
    expect(selection.hasMergedCells).toBeUndefined();
  });

  it('reads 300,000 cells in parts of at most 100,000 cells, every cell once', async () => {
    const excel = fakeExcel();
    const values = Array.from({ length: 100_000 }, (_, i) => [`C${i}`, 45_000 + (i % 400), i % 97]);
    excel.context.workbook.selection = { sheet: 'Commandes', row: 0, column: 0, values };
    const sync = vi.spyOn(excel.context, 'sync');
    const selection = await readExcelSelection(excel.run, everySet);
    expect(selection.values).toHaveLength(100_000);
    expect(selection.values[99_999]).toEqual(['C99999', 45_000 + (99_999 % 400), 99_999 % 97]);
    expect(selection.address).toBe('Commandes!A1:C100000');
    expect(sync).toHaveBeenCalledTimes(1 + Math.ceil(100_000 / Math.floor(SELECTION_CELLS_PER_READ / 3)));
    // Each response carries one part: loading every part before the first sync would bring all 300,000 at once.
    expect(excel.context.largestResponseCells).toBe(3 * Math.floor(SELECTION_CELLS_PER_READ / 3));
  });

  it('returns no rows for an empty selection', async () => {
    const excel = fakeExcel();
    excel.context.workbook.selection = { sheet: 'Ventes', row: 3, column: 3, values: [[null]] };
    await expect(readExcelSelection(excel.run, everySet)).resolves.toEqual({ address: 'Ventes!D4', values: [], hasMergedCells: false });
  });

  it('asks for a smaller selection beyond the largest one it reads', async () => {
    const excel = fakeExcel();
    const columns = 4;
    const rows = MAX_SELECTION_CELLS / columns + 1;
    excel.context.workbook.selection = { sheet: 'Ventes', row: 0, column: 0, values: Array.from({ length: rows }, () => [1, 2, 3, 4]) };
    const read = readExcelSelection(excel.run, everySet);
    await expect(read).rejects.toBeInstanceOf(UserFacingError);
    await expect(read).rejects.toThrow(/select at most 3000000 cells/);
  });
});

describe('the Excel workbook host', () => {
  const host = (excel: ReturnType<typeof fakeExcel>, supports: (version: string) => boolean = everySet) =>
    excelWorkbookHost({ run: excel.run, displayLanguage: 'en-GB', supportsExcelApi: supports });

  it('speaks the language Office shows', async () => {
    await expect(host(fakeExcel()).displayLanguage()).resolves.toBe('en');
    await expect(excelWorkbookHost({ run: fakeExcel().run, displayLanguage: 'fr-CA', supportsExcelApi: everySet }).displayLanguage()).resolves.toBe('fr');
  });

  it('builds the ABC sheet from the selection and shows it', async () => {
    const excel = fakeExcel(['Ventes']);
    excel.context.workbook.selection = {
      sheet: 'Ventes',
      row: 0,
      column: 0,
      values: [
        ['Client', 'CA'],
        ['Dupont', 1200],
        ['Martin', 950],
        ['Durand', 80],
      ],
    };
    const progress: number[] = [];
    const report = await host(excel).build({ target: 'abc', language: 'fr' }, (step) => progress.push(step.done));
    expect(report.sheets).toEqual(['Segmentation ABC']);
    expect(progress).toEqual([0, 1]);
    const sheet = excel.context.workbook.worksheets.getItem('Segmentation ABC');
    expect(sheet.active).toBe(true);
    expect([...sheet.cells.values()].filter((cell) => cell.kind === 'text' && ['Dupont', 'Martin', 'Durand'].includes(cell.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a selection with merged cells, writing nothing', async () => {
    const excel = fakeExcel(['Ventes']);
    excel.context.workbook.selection = { sheet: 'Ventes', row: 0, column: 0, values: [['Client', 'CA'], ['Dupont', 1], ['Martin', 2]], merged: 1 };
    await expect(host(excel).build({ target: 'abc', language: 'en' })).rejects.toThrow(/holds merged cells/);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
  });

  it('says plainly that an Excel without worksheet custom properties is too old, before writing anything', async () => {
    const excel = fakeExcel(['Ventes']);
    const old = host(excel, (version) => Number(version.split('.')[1]) < 12);
    await expect(old.build({ target: 'kpi', language: 'fr' })).rejects.toThrow(/too old for Prométhée/);
    await expect(old.removeGeneratedSheets()).rejects.toBeInstanceOf(UserFacingError);
    expect(excel.context.workbook.worksheets.sheets).toHaveLength(1);
  });

  it('removes what it built and nothing else', async () => {
    const excel = fakeExcel(['Ventes']);
    const excelHost = host(excel);
    await excelHost.build({ target: 'abc.weighted', language: 'en' });
    await excelHost.build({ target: 'kpi', language: 'en' });
    const removal = await excelHost.removeGeneratedSheets();
    expect(removal.removed).toHaveLength(2);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
  });
});
