// The spreadsheet's own settings (File › Settings: time zone, locale) through the built Code.js in a
// Node vm. The process runs in the script's zone (appsscript.json's timeZone, as Apps Script runs the
// script), the fake spreadsheet in another: Sheets hands a date cell to a script as the instant its day
// starts in the spreadsheet's zone (see test/gas-fake.ts), so a spreadsheet east of the script's zone
// would read every date a day early if the code used the script's zone.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { builtCodeJs } from './gas-build.js';
import { FakeSpreadsheet, formatDateInZone, zonedMidnight } from './gas-fake.js';
import { loadCode, type LoadedCode } from './gas-vm.js';

const codeJs = builtCodeJs();

/** The script's zone, from the manifest pushed with the code. */
const SCRIPT_TIME_ZONE = (JSON.parse(readFileSync('appsscript.json', 'utf8')) as { timeZone: string }).timeZone;

// The vm shares the process's zone: run both in the script's zone for this file.
const processZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = SCRIPT_TIME_ZONE;
});
afterAll(() => {
  if (processZone === undefined) delete process.env.TZ;
  else process.env.TZ = processZone;
});

/** Spreadsheets east and west of the script's zone, and in it. */
const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Paris', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('the fake spreadsheet hands dates as Sheets does', () => {
  it('runs this file in the script’s zone, which appsscript.json declares', () => {
    expect(SCRIPT_TIME_ZONE).toBe('Europe/Paris');
    const inVm = vm.runInNewContext('new Date(2024, 0, 15).getTimezoneOffset()') as number;
    expect(inVm).toBe(-60);
  });

  it('makes a date cell the instant its day starts in the spreadsheet’s zone', () => {
    // Midnight of 1 March 2024 in Tokyo (UTC+9) is 15:00 UTC on 29 February; in Los Angeles (UTC−8), 08:00 UTC.
    expect(new Date(zonedMidnight(2024, 3, 1, 'Asia/Tokyo')).toISOString()).toBe('2024-02-29T15:00:00.000Z');
    expect(new Date(zonedMidnight(2024, 3, 1, 'America/Los_Angeles')).toISOString()).toBe('2024-03-01T08:00:00.000Z');
    // Summer time: Paris is UTC+2 on 1 July.
    expect(new Date(zonedMidnight(2024, 7, 1, 'Europe/Paris')).toISOString()).toBe('2024-06-30T22:00:00.000Z');
    expect(formatDateInZone(new Date(Date.UTC(2024, 1, 29, 15)), 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2024-03-01');
    expect(formatDateInZone(new Date(Date.UTC(2024, 1, 29, 15)), 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2024-02-29 16:00');
  });
});

/** RFM_TABLE over date cells, with the analysis date typed as text: the recency of each customer. */
function recencies(loaded: LoadedCode, asOf: unknown): unknown[][] {
  const customers = [['c1'], ['c2'], ['c1'], ['c3']];
  const dates = [[loaded.date(2024, 1, 10)], [loaded.date(2024, 2, 1)], [loaded.date(2024, 3, 1)], [loaded.date(2023, 12, 31)]];
  const amounts = [[10], [20], [30], [5]];
  const table = plain(loaded.call('RFM_TABLE', customers, dates, amounts, asOf)) as unknown[][];
  return table.slice(1).map((row) => [row[0], row[1]]);
}

describe.each(ZONES)('a spreadsheet in %s, the script in Europe/Paris', (zone) => {
  it('reads a date cell as the day the spreadsheet shows: it agrees with the same date typed as text', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR', undefined, zone));
    // As of 2 March 2024: c1 last bought on 1 March (1 day), c2 on 1 February (30 days), c3 on 31 December (62 days).
    const expected = [
      ['c1', 1],
      ['c2', 30],
      ['c3', 62],
    ];
    expect(recencies(loaded, '2024-03-02')).toEqual(expected);
    expect(recencies(loaded, '02/03/2024')).toEqual(expected);
    // The analysis date as a date cell too.
    expect(recencies(loaded, loaded.date(2024, 3, 2))).toEqual(expected);
  });

  it('reads the sidebar’s selection with each date cell as the serial number of the day shown', async () => {
    const book = new FakeSpreadsheet('fr_FR', undefined, zone);
    const loaded = loadCode(codeJs(), book);
    const host = sheetsHost(remoteServer(loaded.runner));
    book.sheet('Feuille 1').fill(1, 1, [
      ['c1', loaded.date(2024, 1, 1), 12.5],
      ['c2', loaded.date(2024, 7, 14), 8],
    ]);
    book.select('Feuille 1', 1, 1, 2, 3);
    // 45292 is 2024-01-01 and 45487 is 2024-07-14 in Sheets' (and Excel's) serial numbers.
    expect((await host.readSelection()).values).toEqual([
      ['c1', 45292, 12.5],
      ['c2', 45487, 8],
    ]);
  });

  it('builds the RFM sheets from a selection of date cells exactly as from the same days in Paris', async () => {
    const build = async (timeZone: string): Promise<Record<string, unknown>[]> => {
      const book = new FakeSpreadsheet('fr_FR', undefined, timeZone);
      const loaded = loadCode(codeJs(), book);
      const host = sheetsHost(remoteServer(loaded.runner));
      const rows: unknown[][] = [['Client', 'Date', 'Montant']];
      for (let i = 0; i < 60; i++) rows.push([`c${i % 17}`, loaded.date(2024, 1 + (i % 6), 1 + ((i * 7) % 28)), 10 + i]);
      book.sheet('Feuille 1').fill(1, 1, rows);
      book.select('Feuille 1', 1, 1, rows.length, 3);
      const report = await host.build({ target: 'rfm', language: 'fr' });
      return report.sheets.map((name) => book.sheet(name).snapshot());
    };
    expect(await build(zone)).toEqual(await build('Europe/Paris'));
  });
});

// What the spreadsheet's settings cost. Sheets runs each cell's custom function as its own call to the
// Apps Script server, and each read of a setting is a call to the spreadsheet service
// (https://developers.google.com/apps-script/guides/sheets/functions, "Optimization"); nothing is kept
// from one call to the next, so the code reads a setting only when a call needs it, at most once.
describe('the reads of the spreadsheet’s settings, in the fake’s call log', () => {
  /** Calls a function once per row, as a column of formulas filled down would. */
  function fillDown(rows: number, call: (row: number) => unknown): void {
    for (let row = 0; row < rows; row++) call(row);
  }

  it('reads neither the locale nor the time zone for 1,000 cells of =CAC(Bn, En)', () => {
    const book = new FakeSpreadsheet('fr_FR', undefined, 'Asia/Tokyo');
    const loaded = loadCode(codeJs(), book);
    fillDown(1000, (row) => loaded.call('CAC', 1000 + row, 5));
    expect(book.calls).toMatchObject({ locale: 0, timeZone: 0, formatDate: 0 });
  });

  it('reads the locale once for a call whose result is text, and once for a whole column in one call', () => {
    const book = new FakeSpreadsheet('en_US');
    const loaded = loadCode(codeJs(), book);
    fillDown(1000, (row) => loaded.call('RFM_SEGMENT', row % 2 === 0 ? '111' : '555'));
    expect(book.calls.locale).toBe(1000);
    const codes = Array.from({ length: 1000 }, (_, row) => [row % 2 === 0 ? '111' : '555']);
    const before = book.calls.locale;
    const segments = plain(loaded.call('RFM_SEGMENT', codes)) as string[][];
    expect(segments[0]).toEqual(['Lost']);
    expect(book.calls.locale - before).toBe(1);
  });

  it('reads the locale for an error message only when there is an error', () => {
    const book = new FakeSpreadsheet('en_US');
    const loaded = loadCode(codeJs(), book);
    expect(() => loaded.call('CAC', 1000, 0)).toThrow(/^#DIV\/0! /);
    expect(book.calls.locale).toBe(1);
  });

  it('reads the time zone once and formats each distinct date once, for RFM_TABLE over 10,000 transactions', () => {
    const book = new FakeSpreadsheet('fr_FR', undefined, 'Asia/Tokyo');
    const loaded = loadCode(codeJs(), book);
    const customers: string[][] = [];
    const dates: Date[][] = [];
    const amounts: number[][] = [];
    for (let i = 0; i < 10_000; i++) {
      // 200 distinct days: 1 January 2024 and the 199 days after it.
      const day = i % 200;
      customers.push([`c${i % 997}`]);
      dates.push([loaded.date(2024, 1, 1 + day)]);
      amounts.push([10 + (i % 50)]);
    }
    const table = plain(loaded.call('RFM_TABLE', customers, dates, amounts)) as unknown[][];
    expect(table).toHaveLength(1 + 997);
    expect(book.calls).toMatchObject({ locale: 1, timeZone: 1, formatDate: 200 });
  });

  it('reads the time zone once for the sidebar’s selection, and only when it holds a date', async () => {
    const book = new FakeSpreadsheet('fr_FR', undefined, 'Asia/Tokyo');
    const loaded = loadCode(codeJs(), book);
    const host = sheetsHost(remoteServer(loaded.runner));
    book.sheet('Feuille 1').fill(1, 1, [['P1', 120], ['P2', 80]]);
    book.select('Feuille 1', 1, 1, 2, 2);
    await host.readSelection();
    expect(book.calls).toMatchObject({ timeZone: 0, formatDate: 0 });
    book.sheet('Feuille 1').fill(1, 3, [[loaded.date(2024, 5, 1)], [loaded.date(2024, 5, 1)]]);
    book.select('Feuille 1', 1, 1, 2, 3);
    await host.readSelection();
    expect(book.calls).toMatchObject({ timeZone: 1, formatDate: 1 });
  });
});
