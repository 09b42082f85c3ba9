// The check before sharing in Google Sheets: the sidebar's Sheets host, its bridge over a stand-in
// google.script.run (arguments and replies serialised) and the server functions over the fake
// SpreadsheetApp. The server reads each fingerprinted sheet once (`getDataRange().getFormulas()`, ""
// for a cell without a formula: https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas())
// and replies with the findings.
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../src/plans/a1.js';
import { computedFormulas } from '../src/plans/fingerprint.js';
import { MARKER_KEY } from '../src/plans/marker.js';
import { editableRanges } from '../src/plans/protection.js';
import type { SheetPlan } from '../src/plans/types.js';
import { PLANNERS } from '../src/workbook/builds.js';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { runnerFor } from './support/script-runner.js';
import { FakeSpreadsheet } from './gas-fake.js';

const kpi = PLANNERS.kpi({ language: 'fr' }).plans[0] as SheetPlan;
const [first, second] = computedFormulas(kpi);
const [input] = editableRanges(kpi);
if (first === undefined || second === undefined || input === undefined) throw new Error('The KPI plan has computed and input cells');

/** A French-locale spreadsheet with the KPI sheet built from the sidebar. */
async function built() {
  const book = new FakeSpreadsheet('fr_FR', ['Feuille 1']);
  const host = sheetsHost(remoteServer(runnerFor(book)));
  await host.build({ target: 'kpi', language: 'fr' });
  const share = host.share;
  if (share === undefined) throw new Error('the Sheets host shares');
  return { book, share, sheet: book.sheet(kpi.name) };
}

describe('the check before sharing in Google Sheets', () => {
  it('finds a sheet as built intact, and one retyped in the French form (";" between arguments) too', async () => {
    const { share, sheet } = await built();
    // 76 computed formulas in the KPI plan (see src/share/integrity.test.ts).
    expect((await share.checkSharing()).sheets).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
    // The same formula typed again by a user of a French spreadsheet: ";" between its arguments.
    const retyped = computedFormulas(kpi).find((cell) => cell.formula.includes(',') && !/"[^"]*,[^"]*"/.test(cell.formula));
    if (retyped === undefined) throw new Error('The KPI plan has a formula with several arguments');
    const french = `=${retyped.formula.replaceAll(',', ';')}`;
    expect(french).toContain(';');
    sheet.put(retyped.row, retyped.column, { value: '', formula: french });
    expect((await share.checkSharing()).sheets).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('lists a computed cell typed over by a value and a formula edited, not an input edited', async () => {
    const { share, sheet } = await built();
    sheet.put(first.row, first.column, { value: 1234 });
    sheet.put(second.row, second.column, { value: '', formula: '=0' });
    sheet.put(input.row, input.column, { value: 42 });
    const check = await share.checkSharing();
    expect(check.sheets).toEqual([
      {
        sheet: kpi.name,
        key: 'kpi',
        status: 'changed',
        expected: 76,
        found: 75,
        listed: true,
        changed: 2,
        cells: [
          { address: cellAddress(first.row, first.column), expected: `=${first.formula}`, found: '' },
          { address: cellAddress(second.row, second.column), expected: `=${second.formula}`, found: '=0' },
        ],
      },
    ]);
  });

  it('says a sheet whose marker was removed is no longer a generated sheet', async () => {
    const { share, sheet } = await built();
    const index = sheet.metadata.findIndex((metadata) => metadata.getKey() === MARKER_KEY);
    sheet.metadata.splice(index, 1);
    const check = await share.checkSharing();
    expect(check.generated).toEqual([]);
    expect(check.sheets).toEqual([{ sheet: kpi.name, status: 'unmarked' }]);
  });

  it('checks in a number of SpreadsheetApp calls that does not grow with the rows', async () => {
    const callsFor = async (rows: number): Promise<number> => {
      const book = new FakeSpreadsheet('fr_FR', ['Ventes']);
      book.sheet('Ventes').fill(1, 1, [['Client', 'CA'], ...Array.from({ length: rows }, (_, i) => [`Client ${i + 1}`, 1000 - i])]);
      book.select('Ventes', 1, 1, rows + 1, 2);
      const host = sheetsHost(remoteServer(runnerFor(book)));
      await host.build({ target: 'abc', language: 'fr' });
      const before = book.calls.all;
      const check = await host.share?.checkSharing();
      expect(check?.sheets.map((sheet) => sheet.status)).toEqual(['intact']);
      return book.calls.all - before;
    };
    const few = await callsFor(10);
    expect(await callsFor(2000)).toBe(few);
  });
});
