// "Make shareable" and "restore formulas" in Excel, over the fake office-js: a spilled RFM_TABLE and
// scalar CAC results replaced by their values with a log, then the formulas written back identical.
import { describe, expect, it, vi } from 'vitest';
import { invoke } from '../../src/catalogue/invoke.js';
import { isSheetError } from '../../src/cells/errors.js';
import { parseMarker } from '../../src/plans/marker.js';
import { SHARE_LOG_KEY } from '../../src/plans/share-log.js';
import { excelWorkbookHost } from '../../addin/host/workbook-host.js';
import { MARKER_PROPERTY } from '../../addin/host/apply-plan.js';
import { fakeExcel, type FakeCell, type FakeWorksheet } from './fake-excel.js';

const text = (value: string): FakeCell => ({ kind: 'text', text: value });
const number = (value: number): FakeCell => ({ kind: 'number', number: value });
const formula = (value: string): FakeCell => ({ kind: 'formula', formula: value });

function put(sheet: FakeWorksheet, row: number, column: number, rows: readonly (readonly FakeCell[])[]): void {
  rows.forEach((cells, i) => {
    cells.forEach((cell, j) => sheet.cells.set((row + i) * 16_384 + column + j, cell));
  });
}

/** What Excel shows for a result: errors as their code, as `Range.values` gives them. */
function shown(id: string, args: Parameters<typeof invoke>[1]): unknown[][] {
  return invoke(id, args).map((row) => row.map((cell) => (isSheetError(cell) ? cell.code : cell)));
}

/**
 * A workbook with transactions and an RFM_TABLE spilling from H1 on "Commandes" (one customer called
 * =HYPERLINK(…) and one 00123: text that Excel would otherwise read as a formula and a number), and
 * two CAC results on "Canaux": 1500 € / 5 = 300, 2000 € / 8 = 250.
 */
function workbook() {
  const excel = fakeExcel(['Commandes', 'Canaux']);
  const orders = excel.context.workbook.worksheets.getItem('Commandes');
  const customers = ['=HYPERLINK("x")', '00123', 'Martin'];
  const dates = [45292, 45300, 45310];
  const amounts = [120, 80, 200];
  put(orders, 0, 0, [[text('Client'), text('Date'), text('Montant')], ...customers.map((c, i) => [text(c), number(dates[i] ?? 0), number(amounts[i] ?? 0)])]);
  put(orders, 0, 7, [[formula('=PROMETHEE.RFM_TABLE(A2:A4,B2:B4,C2:C4)')]]);
  const table = shown('RFM_TABLE', [customers.map((c) => [c]), dates.map((d) => [d]), amounts.map((a) => [a])]);
  orders.calculate(0, 7, table);
  const channels = excel.context.workbook.worksheets.getItem('Canaux');
  put(channels, 0, 0, [[text('Canal'), text('Dépenses'), text(''), text(''), text('Nouveaux'), text('CAC')]]);
  put(channels, 1, 1, [[number(1500)], [number(2000)]]);
  put(channels, 1, 4, [[number(5)], [number(8)]]);
  put(channels, 1, 5, [[formula('=PROMETHEE.CAC(B2,E2)')], [formula('=PROMETHEE.CAC(B3,E3)')]]);
  channels.calculate(1, 5, 300);
  channels.calculate(2, 5, 250);
  const host = excelWorkbookHost({ run: excel.run, displayLanguage: 'fr-FR', supportsExcelApi: () => true });
  const share = host.share;
  if (share === undefined) throw new Error('the Excel host shares');
  return { excel, orders, channels, table, share };
}

function formulaCells(sheet: FakeWorksheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, cell] of sheet.cells) if (cell.kind === 'formula') out[`R${Math.floor(key / 16_384) + 1}C${(key % 16_384) + 1}`] = cell.formula;
  return out;
}

describe('make shareable in Excel', () => {
  it('lists the custom-function cells with their formulas', async () => {
    const { share } = workbook();
    const cells = await share.findCustomFormulas();
    expect(cells.map((cell) => `${cell.sheet}!${cell.address} ${cell.formula}`)).toEqual([
      'Commandes!H1 =PROMETHEE.RFM_TABLE(A2:A4,B2:B4,C2:C4)',
      'Canaux!F2 =PROMETHEE.CAC(B2,E2)',
      'Canaux!F3 =PROMETHEE.CAC(B3,E3)',
    ]);
  });

  it('replaces a spilled table and scalar results by their values, text kept as text, with a log', async () => {
    const { excel, orders, channels, table, share } = workbook();
    expect(table).toHaveLength(4);
    expect(table[0]).toHaveLength(9);
    const cells = await share.findCustomFormulas();
    const syncs = vi.spyOn(excel.context, 'sync');
    const report = await share.makeShareable(cells, 'fr');
    expect(report).toEqual({ replaced: 3, cells: 4 * 9 + 2, unchanged: 0, logSheet: 'Formules remplacées' });
    // No formula left on either sheet: the values are the ones shown before, cell for cell.
    expect(formulaCells(orders)).toEqual({});
    expect(formulaCells(channels)).toEqual({});
    table.forEach((row, i) => {
      row.forEach((value, j) => {
        expect(orders.valueAt(i, 7 + j)).toEqual(value);
      });
    });
    expect([channels.valueAt(1, 5), channels.valueAt(2, 5)]).toEqual([300, 250]);
    // The customer called =HYPERLINK("x") stays text (text format first), and so does 00123.
    const hyperlinkRow = table.findIndex((row) => row[0] === '=HYPERLINK("x")');
    expect(orders.cell(hyperlinkRow, 7)).toEqual({ kind: 'text', text: '=HYPERLINK("x")' });
    const zerosRow = table.findIndex((row) => row[0] === '00123');
    expect(orders.cell(zerosRow, 7)).toEqual({ kind: 'text', text: '00123' });
    // The spilled table is one write, the two CAC cells another.
    expect(orders.operations.filter((op) => op.what === 'formulas')).toHaveLength(1);
    expect(channels.operations.filter((op) => op.what === 'formulas')).toHaveLength(1);
    // The log: a generated sheet, formulas as text.
    const log = excel.context.workbook.worksheets.getItem('Formules remplacées');
    expect(parseMarker(log.properties.get(MARKER_PROPERTY) ?? null)?.key).toBe(SHARE_LOG_KEY);
    expect([4, 5, 6].map((row) => [0, 1, 2, 3].map((column) => log.valueAt(row, column)))).toEqual([
      ['Commandes', 'H1', '=PROMETHEE.RFM_TABLE(A2:A4,B2:B4,C2:C4)', 'H1:P4'],
      ['Canaux', 'F2', '=PROMETHEE.CAC(B2,E2)', 'F2'],
      ['Canaux', 'F3', '=PROMETHEE.CAC(B3,E3)', 'F3'],
    ]);
    expect(log.cell(4, 2)?.kind).toBe('text');
    // Reads and the replacement: a few syncs, then the log sheet's own.
    expect(syncs.mock.calls.length).toBeLessThanOrEqual(12);
  });

  it('leaves a cell edited since the confirmation as it is', async () => {
    const { channels, share } = workbook();
    const cells = await share.findCustomFormulas();
    put(channels, 2, 5, [[formula('=B3/E3')]]);
    const report = await share.makeShareable(cells, 'en');
    expect(report.replaced).toBe(2);
    expect(report.unchanged).toBe(1);
    expect(channels.cell(2, 5)).toEqual({ kind: 'formula', formula: '=B3/E3' });
  });

  it('restores the formulas from the log: the same formulas in the same cells, the spill free to spill again', async () => {
    const { excel, orders, channels, table, share } = workbook();
    const before = { orders: formulaCells(orders), channels: formulaCells(channels) };
    await share.makeShareable(await share.findCustomFormulas(), 'fr');
    const report = await share.restoreFormulas('fr');
    expect(report).toEqual({ restored: 3, skipped: 0, logRemoved: true });
    expect({ orders: formulaCells(orders), channels: formulaCells(channels) }).toEqual(before);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Commandes', 'Canaux']);
    // Excel recalculates: the table spills again (its range was emptied, no #SPILL!).
    orders.calculate(0, 7, table);
    expect(orders.valueAt(3, 15)).toEqual(table[3]?.[8]);
    // The restored formula cells are not left text-formatted (a formula there would stay text).
    expect(orders.formatOf(0, 7)).not.toBe('@');
    // And the check finds them again, with nothing left in the log.
    const check = await share.checkSharing();
    expect(check.customCells).toHaveLength(3);
    expect(check.loggedFormulas).toBe(0);
  });

  it('appends to the log when made shareable twice, and the check counts what is logged', async () => {
    const { channels, share } = workbook();
    const cells = await share.findCustomFormulas();
    await share.makeShareable(cells.slice(0, 1), 'fr');
    await share.makeShareable(await share.findCustomFormulas(), 'fr');
    const check = await share.checkSharing();
    expect(check.customCells).toEqual([]);
    expect(check.loggedFormulas).toBe(3);
    expect(check.generated).toEqual([{ name: 'Formules remplacées', key: SHARE_LOG_KEY }]);
    await share.restoreFormulas('fr');
    expect(formulaCells(channels)).toEqual({ R2C6: '=PROMETHEE.CAC(B2,E2)', R3C6: '=PROMETHEE.CAC(B3,E3)' });
  });
});
