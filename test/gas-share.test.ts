// "Make shareable" and "restore formulas" in Google Sheets: the sidebar's Sheets host, its bridge over
// a stand-in google.script.run (arguments and replies serialised, Dates refused) and the server
// functions over the fake SpreadsheetApp, with a spilled RFM_TABLE and scalar CAC results.
import { describe, expect, it } from 'vitest';
import { invoke } from '../src/catalogue/invoke.js';
import { isSheetError } from '../src/cells/errors.js';
import { parseMarker } from '../src/plans/marker.js';
import { SHARE_LOG_KEY } from '../src/plans/share-log.js';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { runnerFor } from './support/script-runner.js';
import { FakeSpreadsheet, type FakeSheet } from './gas-fake.js';

/** What Sheets shows for a result: errors as their code. */
function shown(id: string, args: Parameters<typeof invoke>[1]): unknown[][] {
  return invoke(id, args).map((row) => row.map((cell) => (isSheetError(cell) ? cell.code : cell)));
}

/**
 * A French-locale spreadsheet (formulas with ";"): transactions and an RFM_TABLE spilling from H1 on
 * "Commandes" (customers =HYPERLINK("x") and 00123 are text), and CAC on "Canaux": 1500 / 5 = 300,
 * 2000 / 8 = 250.
 */
function spreadsheet() {
  const book = new FakeSpreadsheet('fr_FR', ['Commandes', 'Canaux']);
  const orders = book.sheet('Commandes');
  const customers = ['=HYPERLINK("x")', '00123', 'Martin'];
  const dates = [45292, 45300, 45310];
  const amounts = [120, 80, 200];
  orders.fill(1, 1, [['Client', 'Date', 'Montant'], ...customers.map((customer, i) => [customer, dates[i], amounts[i]])]);
  orders.put(1, 8, { value: '', formula: '=RFM_TABLE(A2:A4;B2:B4;C2:C4)' });
  const table = shown('RFM_TABLE', [customers.map((c) => [c]), dates.map((d) => [d]), amounts.map((a) => [a])]);
  orders.calculate(1, 8, table);
  const channels = book.sheet('Canaux');
  channels.fill(1, 1, [['Canal', 'Dépenses', '', '', 'Nouveaux', 'CAC']]);
  channels.fill(2, 2, [[1500], [2000]]);
  channels.fill(2, 5, [[5], [8]]);
  channels.put(2, 6, { value: '', formula: '=CAC(B2;E2)' });
  channels.put(3, 6, { value: '', formula: '=CAC(B3;E3)' });
  channels.calculate(2, 6, 300);
  channels.calculate(3, 6, 250);
  const share = sheetsHost(remoteServer(runnerFor(book))).share;
  if (share === undefined) throw new Error('the Sheets host shares');
  return { book, orders, channels, table, share };
}

describe('make shareable in Google Sheets', () => {
  it('lists the custom-function cells with their formulas', async () => {
    const { share } = spreadsheet();
    const cells = await share.findCustomFormulas();
    expect(cells.map((cell) => `${cell.sheet}!${cell.address} ${cell.formula}`)).toEqual([
      'Commandes!H1 =RFM_TABLE(A2:A4;B2:B4;C2:C4)',
      'Canaux!F2 =CAC(B2;E2)',
      'Canaux!F3 =CAC(B3;E3)',
    ]);
  });

  it('replaces the spilled table and the scalars by their values, text kept as text, with a log', async () => {
    const { book, orders, channels, table, share } = spreadsheet();
    const cells = await share.findCustomFormulas();
    const writesBefore = orders.writes.length;
    const report = await share.makeShareable(cells, 'fr');
    expect(report).toEqual({ replaced: 3, cells: 4 * 9 + 2, unchanged: 0, logSheet: 'Formules remplacées' });
    expect(orders.formulaCells()).toEqual({});
    expect(channels.formulaCells()).toEqual({});
    table.forEach((row, i) => {
      row.forEach((value, j) => {
        expect(orders.shown(1 + i, 8 + j)).toEqual(value);
      });
    });
    expect([channels.shown(2, 6), channels.shown(3, 6)]).toEqual([300, 250]);
    const hyperlinkRow = table.findIndex((row) => row[0] === '=HYPERLINK("x")');
    expect(orders.cell(1 + hyperlinkRow, 8)).toEqual({ value: '=HYPERLINK("x")' });
    const zerosRow = table.findIndex((row) => row[0] === '00123');
    expect(orders.cell(1 + zerosRow, 8)).toEqual({ value: '00123' });
    // The table: its cell, then what it had filled (column H below it, columns I–P): three writes.
    expect(orders.writes.slice(writesBefore).map((write) => write.a1)).toEqual(['H1', 'H2:H4', 'I1:P4']);
    const log = book.sheet('Formules remplacées');
    // The log's marker (its fingerprint aside: the log holds no formula of its own to check).
    expect(log.metadata.map((entry) => parseMarker(entry.getValue())?.key)).toContain(SHARE_LOG_KEY);
    expect([5, 6, 7].map((row) => [1, 2, 3, 4].map((column) => log.shown(row, column)))).toEqual([
      ['Commandes', 'H1', '=RFM_TABLE(A2:A4;B2:B4;C2:C4)', 'H1:P4'],
      ['Canaux', 'F2', '=CAC(B2;E2)', 'F2'],
      ['Canaux', 'F3', '=CAC(B3;E3)', 'F3'],
    ]);
    expect(log.formulaCells()).toEqual({});
  });

  it('restores the formulas: the same formulas in the same cells, the table free to fill its range again', async () => {
    const { book, orders, channels, table, share } = spreadsheet();
    const before = { orders: orders.formulaCells(), channels: channels.formulaCells() };
    await share.makeShareable(await share.findCustomFormulas(), 'fr');
    const report = await share.restoreFormulas('fr');
    expect(report).toEqual({ restored: 3, skipped: 0, logRemoved: true });
    expect({ orders: orders.formulaCells(), channels: channels.formulaCells() }).toEqual(before);
    expect(book.sheets.map((sheet: FakeSheet) => sheet.name)).toEqual(['Commandes', 'Canaux']);
    // Sheets recalculates: the table fills its range again (emptied first, so no #REF!).
    orders.calculate(1, 8, table);
    expect(orders.shown(4, 16)).toEqual(table[3]?.[8]);
    expect(book.formulaErrors).toEqual([]);
    const check = await share.checkSharing();
    expect(check.customCells).toHaveLength(3);
    expect(check.loggedFormulas).toBe(0);
  });
});
