/// <reference types="office-js" />
// One scenario, two hosts, the same cells: every build goes through the Excel host's sheet adapter
// (addin/host, office-js, over the in-memory Excel of test/excel/fake-excel.ts) and through the Sheets host (the built
// Code.js in a vm, over gas-fake.ts, driven by the sidebar's bridge), from the same user data — Excel
// handing dates over as serial numbers, Sheets as Date objects — and every sheet must hold the same
// values and the same formulas in the same cells. Each fake reads what it is sent the way its
// spreadsheet reads typed input, so text that would turn into a formula or a number shows up as a
// difference.
import { describe, expect, it } from 'vitest';
import { excelSheetAdapter } from '../addin/host/sheet-adapter.js';
import { generateTransactionColumns } from '../bench/generate.js';
import { civilFromDay, excelSerialFromDay } from '../src/cells/dates.js';
import type { RawCell } from '../src/cells/values.js';
import { cellAddress } from '../src/plans/a1.js';
import { applyPlansTo } from '../src/workbook/apply.js';
import type { BuildRequest, SelectionData } from '../src/workbook/port.js';
import { plansForRequest } from '../src/workbook/requests.js';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { builtCodeJs } from './gas-build.js';
import { fakeExcel, type FakeCell } from './excel/fake-excel.js';
import { FakeSpreadsheet } from './gas-fake.js';
import { loadCode, type LoadedCode } from './gas-vm.js';

const codeJs = builtCodeJs();

/** A cell as both comparisons see it: a constant or a formula. */
type Cell = { readonly v: string | number | boolean } | { readonly f: string };

/** A cell of the Excel fake in the comparison's terms. */
function excelCell(cell: FakeCell): Cell {
  switch (cell.kind) {
    case 'formula':
      return { f: cell.formula };
    case 'text':
      return { v: cell.text };
    case 'number':
      return { v: cell.number };
    case 'boolean':
      return { v: cell.boolean };
  }
}

// ---- The scenario ------------------------------------------------------------------------------------

/** The user's data, as rows; dates as day numbers, turned into each host's own form. */
interface UserData {
  readonly rows: readonly (readonly (string | number | { day: number })[])[];
}

const TRICKY = ['=1+1', '+33 6 12 34 56', '-remise', '@SUM(A1)', '0612', 'VRAI', '01/02/2024', "'quoted", 'Dupont SARL'];

function transactions(count: number): UserData {
  const tx = generateTransactionColumns(count, 11);
  const rows: (string | number | { day: number })[][] = [['Client', 'Date', 'Montant']];
  for (let i = 0; i < count; i++) rows.push([tx.customer[i] ?? '', { day: tx.day[i] ?? 0 }, tx.amount[i] ?? 0]);
  return { rows };
}

const SCENARIOS: readonly { readonly request: BuildRequest; readonly data?: UserData }[] = [
  { request: { target: 'audit', language: 'fr' } },
  { request: { target: 'kpi', language: 'en' } },
  { request: { target: 'abc.weighted', language: 'fr' } },
  { request: { target: 'abc', language: 'fr' }, data: { rows: [['Client', 'CA'], ...TRICKY.map((name, i) => [name, 150 * (i + 1)])] } },
  { request: { target: 'rfm', language: 'fr' }, data: transactions(300) },
  { request: { target: 'time-allocation', language: 'en' } },
  { request: { target: 'lead-scoring', language: 'fr' } },
];

/** What Excel passes for the selection: dates as serial numbers. */
function excelSelection(data: UserData): SelectionData {
  const values = data.rows.map((row) => row.map((cell): RawCell => (typeof cell === 'object' ? excelSerialFromDay(cell.day) : cell)));
  return { address: 'Feuil1!A1', values };
}

/** The Sheets user's sheet: dates as Date objects of the spreadsheet's realm. */
function fillSheets(book: FakeSpreadsheet, loaded: LoadedCode, data: UserData): void {
  const values = data.rows.map((row) =>
    row.map((cell) => {
      if (typeof cell !== 'object') return cell;
      const { year, month, day } = civilFromDay(cell.day);
      return loaded.date(year, month, day);
    }),
  );
  book.sheet('Feuil1').fill(1, 1, values);
  book.select('Feuil1', 1, 1, values.length, values[0]?.length ?? 1);
}

type Workbook = Record<string, Record<string, Cell>>;

async function throughExcel(request: BuildRequest, data: UserData | undefined): Promise<Workbook> {
  const excel = fakeExcel(['Feuil1']);
  const planned = plansForRequest(request, data === undefined ? undefined : excelSelection(data));
  await applyPlansTo(excelSheetAdapter(excel.run), planned.plans, planned.notes);
  const workbook: Workbook = {};
  for (const sheet of excel.context.workbook.worksheets.items) {
    if (sheet.name === 'Feuil1') continue;
    const cells: [number, number, Cell][] = [];
    for (const [key, cell] of sheet.cells) {
      cells.push([Math.floor(key / 16_384), key % 16_384, excelCell(cell)]);
    }
    // The fake keys cells by row × 16384 + column from 0; the comparison reads them as A1, in reading order.
    cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    workbook[sheet.name] = Object.fromEntries(cells.map(([row, column, cell]) => [cellAddress(row + 1, column + 1), cell]));
  }
  return workbook;
}

async function throughSheets(request: BuildRequest, data: UserData | undefined): Promise<Workbook> {
  const book = new FakeSpreadsheet('fr_FR', ['Feuil1']);
  const loaded = loadCode(codeJs(), book);
  if (data !== undefined) fillSheets(book, loaded, data);
  await sheetsHost(remoteServer(loaded.runner)).build(request);
  const workbook: Workbook = {};
  for (const sheet of book.sheets) {
    if (sheet.name === 'Feuil1') continue;
    const cells: Record<string, Cell> = {};
    const formulas = sheet.formulaCells();
    for (const [address, value] of Object.entries(sheet.snapshot())) {
      const formula = formulas[address];
      cells[address] = formula === undefined ? { v: value as string | number | boolean } : { f: formula };
    }
    workbook[sheet.name] = cells;
  }
  return workbook;
}

describe('the Excel and Sheets hosts', () => {
  for (const { request, data } of SCENARIOS) {
    it(`write the same values and formulas for the ${request.target} build (${request.language})`, async () => {
      const excel = await throughExcel(request, data);
      const sheets = await throughSheets(request, data);
      expect(Object.keys(sheets)).toEqual(Object.keys(excel));
      for (const name of Object.keys(excel)) {
        expect(Object.keys(excel[name] ?? {}).length, name).toBeGreaterThan(5);
        expect(sheets[name], name).toEqual(excel[name]);
      }
    });
  }

  it('keep the tricky user text as the same text in both, never a formula or a number', async () => {
    const scenario = SCENARIOS.find((candidate) => candidate.request.target === 'abc');
    if (scenario === undefined) throw new Error('the ABC scenario');
    for (const workbook of [await throughExcel(scenario.request, scenario.data), await throughSheets(scenario.request, scenario.data)]) {
      const values = Object.values(workbook).flatMap((cells) => Object.values(cells).flatMap((cell) => ('v' in cell ? [cell.v] : [])));
      for (const text of TRICKY) expect(values, text).toContain(text);
    }
  });
});
