/// <reference types="office-js" />
// One scenario, two hosts, the same cells: every build goes through the Excel host's sheet adapter
// (addin/host, office-js, over a small in-memory Excel below) and through the Sheets host (the built
// Code.js in a vm, over gas-fake.ts, driven by the sidebar's bridge), from the same user data — Excel
// handing dates over as serial numbers, Sheets as Date objects — and every sheet must hold the same
// values and the same formulas in the same cells. Each fake reads what it is sent the way its
// spreadsheet reads typed input, so text that would turn into a formula or a number shows up as a
// difference.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excelSheetAdapter, type ExcelRun } from '../addin/host/sheet-adapter.js';
import { generateTransactionColumns } from '../bench/generate.js';
import { civilFromDay, excelSerialFromDay } from '../src/cells/dates.js';
import type { RawCell } from '../src/cells/values.js';
import { cellAddress } from '../src/plans/a1.js';
import { applyPlansTo } from '../src/workbook/apply.js';
import type { BuildRequest, SelectionData } from '../src/workbook/port.js';
import { plansForRequest } from '../src/workbook/requests.js';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { buildGas } from './gas-build.js';
import { FakeSpreadsheet } from './gas-fake.js';
import { loadCode, type LoadedCode } from './gas-vm.js';

let code = '';
let removeBuild = (): void => undefined;

beforeAll(async () => {
  const build = await buildGas('server');
  removeBuild = build.remove;
  code = readFileSync(path.join(build.dir, 'Code.js'), 'utf8');
}, 120_000);

afterAll(() => {
  removeBuild();
});

// ---- A small in-memory Excel -------------------------------------------------------------------------

/** A cell as both comparisons see it: a constant or a formula. */
type Cell = { readonly v: string | number | boolean } | { readonly f: string };

/**
 * Any office-js object the adapter only sets properties on or calls methods of (formats, borders,
 * validations, conditional formats, charts, freeze panes, page layout): every property is another
 * such object, every call returns one, every assignment is accepted. `then` is absent, so that an
 * awaited value is not mistaken for a promise.
 */
function anything(): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function (): void {
    // A callable target, so that the proxy can be called.
  };
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined;
      let child = children.get(property);
      if (child === undefined) {
        child = anything();
        children.set(property, child);
      }
      return child;
    },
    set: () => true,
    apply: () => anything(),
  });
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** How Excel reads a value sent through Range.formulas into a cell of a given number format. */
function excelCell(input: unknown, format: string): Cell | undefined {
  if (input === '' || input === null || input === undefined) return undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  if (typeof input !== 'string') throw new Error(`Range.formulas takes numbers, booleans and strings, not ${typeof input}`);
  const text = input;
  if (format === '@') return { v: text };
  if (text.startsWith('=')) return { f: text };
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (NUMBER_TEXT.test(text)) return { v: Number(text) };
  if (/^(TRUE|FALSE|VRAI|FAUX)$/i.test(text)) return { v: /^(TRUE|VRAI)$/i.test(text) };
  return { v: text };
}

class ExcelSheet {
  readonly cells = new Map<string, Cell>();
  readonly formats = new Map<string, string>();
  readonly properties = new Map<string, string>();
  readonly freezePanes = anything();
  readonly charts = anything();
  readonly pageLayout = anything();
  tabColor = '';
  showGridlines = true;
  deleted = false;

  constructor(
    readonly book: ExcelBook,
    public name: string,
  ) {}

  readonly customProperties = {
    add: (key: string, value: string) => {
      this.properties.set(key, value);
    },
    getItemOrNullObject: (key: string) => ({
      load: () => undefined,
      get isNullObject() {
        return !this.owner.properties.has(key);
      },
      get value() {
        return this.owner.properties.get(key) ?? '';
      },
      owner: this,
    }),
  };

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): ExcelRange {
    return new ExcelRange(this, row, column, rows, columns);
  }

  delete(): void {
    this.deleted = true;
  }

  activate(): void {
    // Showing a sheet changes nothing the comparison reads.
  }
}

class ExcelRange {
  readonly format = anything();
  readonly dataValidation = anything();
  readonly conditionalFormats = anything();

  constructor(
    readonly sheet: ExcelSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private forEach(matrix: readonly (readonly unknown[])[], visit: (address: string, value: unknown) => void): void {
    const single = matrix.length === 1 && matrix[0]?.length === 1;
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.columns; j++) {
        // A 1×1 matrix applies to the whole range, as office-js does for a single value.
        visit(cellAddress(this.row + i + 1, this.column + j + 1), single ? matrix[0]?.[0] : matrix[i]?.[j]);
      }
    }
  }

  set numberFormat(formats: readonly (readonly unknown[])[]) {
    this.forEach(formats, (address, format) => this.sheet.formats.set(address, String(format)));
  }

  set formulas(inputs: readonly (readonly unknown[])[]) {
    if (inputs.length !== this.rows || inputs.some((row) => row.length !== this.columns)) throw new Error('formulas: the matrix does not match the range');
    this.forEach(inputs, (address, input) => {
      const cell = excelCell(input, this.sheet.formats.get(address) ?? 'General');
      if (cell === undefined) this.sheet.cells.delete(address);
      else this.sheet.cells.set(address, cell);
    });
  }

  merge(): void {
    // Merging keeps the top-left value: nothing to record for the comparison.
  }

  getEntireColumn(): unknown {
    return anything();
  }

  getEntireRow(): unknown {
    return anything();
  }
}

class ExcelBook {
  readonly sheets: ExcelSheet[];
  readonly names = new Map<string, unknown>();

  constructor(sheetNames: readonly string[]) {
    this.sheets = sheetNames.map((name) => new ExcelSheet(this, name));
  }

  /** The request context the adapter's batches receive. */
  context(): unknown {
    const live = (): ExcelSheet[] => this.sheets.filter((sheet) => !sheet.deleted);
    return {
      sync: () => {
        // Deleted sheets leave the collection when the batch is sent, as in Excel.
        for (let i = this.sheets.length - 1; i >= 0; i--) if (this.sheets[i]?.deleted === true) this.sheets.splice(i, 1);
        return Promise.resolve();
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      workbook: {
        worksheets: {
          load: () => undefined,
          get items() {
            return live();
          },
          add: (name?: string) => {
            const sheet = new ExcelSheet(this, name ?? `Feuil${this.sheets.length + 1}`);
            this.sheets.push(sheet);
            return sheet;
          },
          getItem: (name: string) => {
            const sheet = live().find((candidate) => candidate.name === name);
            if (sheet === undefined) throw new Error(`no sheet ${name}`);
            return sheet;
          },
        },
        names: {
          load: () => undefined,
          items: [],
          add: (name: string, range: unknown) => {
            if (this.names.has(name)) throw new Error(`the name ${name} exists`);
            this.names.set(name, range);
          },
          getItemOrNullObject: (name: string) => ({
            load: () => undefined,
            isNullObject: !this.names.has(name),
            delete: () => this.names.delete(name),
          }),
        },
      },
    };
  }

  /** Excel.run over this book. */
  run(): ExcelRun {
    // The in-memory book stands for Excel.RequestContext: the adapter uses only what it implements.
    return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(this.context() as Excel.RequestContext);
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
  const book = new ExcelBook(['Feuil1']);
  const planned = plansForRequest(request, data === undefined ? undefined : excelSelection(data));
  await applyPlansTo(excelSheetAdapter(book.run()), planned.plans, planned.notes);
  return Object.fromEntries(book.sheets.filter((sheet) => sheet.name !== 'Feuil1').map((sheet) => [sheet.name, Object.fromEntries(sheet.cells)]));
}

async function throughSheets(request: BuildRequest, data: UserData | undefined): Promise<Workbook> {
  const book = new FakeSpreadsheet('fr_FR', ['Feuil1']);
  const loaded = loadCode(code, book);
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
