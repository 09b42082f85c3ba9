/// <reference types="office-js" />
// One scenario, two hosts, the same sheets: every build goes through the Excel host's sheet adapter
// (addin/host, office-js, over the in-memory Excel of test/excel/fake-excel.ts) and through the Sheets host (the built
// Code.js in a vm, over gas-fake.ts, driven by the sidebar's bridge), from the same user data — Excel
// handing dates over as serial numbers, Sheets as Date objects — and every sheet must hold the same
// values and the same formulas in the same cells, the same number formats and styles on them, the same
// data validations and the same charts. Each fake reads what it is sent the way its spreadsheet reads
// typed input, so text that would turn into a formula or a number shows up as a difference; each host's
// own vocabulary (Excel's "Center" and "Stop", Sheets' "middle" and allowInvalid) is read back into the
// plan's terms below, so only a difference of meaning remains.
import { describe, expect, it } from 'vitest';
import { excelSheetAdapter } from '../addin/host/sheet-adapter.js';
import { generateTransactionColumns } from '../bench/generate.js';
import { civilFromDay, excelSerialFromDay } from '../src/cells/dates.js';
import type { RawCell } from '../src/cells/values.js';
import { cellAddress } from '../src/plans/a1.js';
import { applyPlansTo } from '../src/workbook/apply.js';
import { BUILDS } from '../src/workbook/build-list.js';
import type { BuildRequest, SelectionData } from '../src/workbook/port.js';
import { plansForRequest } from '../src/workbook/requests.js';
import { remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { builtCodeJs } from './gas-build.js';
import { fakeExcel, type FakeCell, type FakeChart, type FakeContext, type FakeRange as ExcelRange, type FakeWorksheet } from './excel/fake-excel.js';
import { FakeSpreadsheet, type FakeSheet, type FakeValidation } from './gas-fake.js';
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

// ---- Formats, styles, validations and charts, in the plan's terms --------------------------------------

/** What a sheet shows besides its values, read back from either host. */
interface Layout {
  /** A1 → the number format of each formatted cell that does not hold a text constant. */
  readonly formats: Record<string, string>;
  /** A1 → the style properties set on each styled cell (bold, italic, fontSize, fontColor, fill, horizontal, vertical, wrap). */
  readonly styles: Record<string, Record<string, string | number | boolean>>;
  /** A1 range → the bordered edges, sorted. */
  readonly borders: Record<string, string[]>;
  readonly validations: readonly Record<string, unknown>[];
  readonly charts: readonly Record<string, unknown>[];
}

const GENERAL = 'General';

/** The 1-based cells of a rectangle, as A1 addresses. */
function cellsOf(row: number, column: number, rowCount: number, columnCount: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rowCount; i++) for (let j = 0; j < columnCount; j++) out.push(cellAddress(row + i, column + j));
  return out;
}

/** A 1-based rectangle as A1 ("B2" or "B2:D9"), as the Sheets fake writes it. */
function rectangleA1(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  return rowCount === 1 && columnCount === 1 ? start : `${start}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** "C3:E7" → its 1-based rectangle. */
function parseA1(a1: string): { row: number; column: number; rowCount: number; columnCount: number } {
  const corner = (text: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/.exec(text);
    if (match === null) throw new Error(`not an A1 cell: ${text}`);
    const letters = match[1] ?? '';
    let column = 0;
    for (let k = 0; k < letters.length; k++) column = column * 26 + letters.charCodeAt(k) - 64;
    return [Number(match[2]), column];
  };
  const [first = '', last = first] = a1.split(':');
  const [row, column] = corner(first);
  const [lastRow, lastColumn] = corner(last);
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

/** An Excel fake range (0-based) as its 1-based rectangle. */
function excelRectangle(range: ExcelRange): { row: number; column: number; rowCount: number; columnCount: number } {
  return { row: range.row + 1, column: range.column + 1, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** "Sheet!R2C3:R4C5", the Excel fake's operation address, as its 1-based rectangle. */
function parseR1C1(address: string): { row: number; column: number; rowCount: number; columnCount: number } {
  const match = /R(\d+)C(\d+):R(\d+)C(\d+)$/.exec(address);
  if (match === null) throw new Error(`not an R1C1 range: ${address}`);
  const [row, column, lastRow, lastColumn] = match.slice(1).map(Number) as [number, number, number, number];
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

/** A style property as the plan says it: booleans set to false and absent ones are the same. */
function setStyle(styles: Layout['styles'], cells: readonly string[], property: string, value: string | number | boolean): void {
  for (const cell of cells) {
    const style = (styles[cell] ??= {});
    if (value === false) Reflect.deleteProperty(style, property);
    else style[property] = value;
  }
}

const EXCEL_STYLE: Readonly<Record<string, (value: unknown) => [string, string | number | boolean]>> = {
  'font.bold': (value) => ['bold', value as boolean],
  'font.italic': (value) => ['italic', value as boolean],
  'font.size': (value) => ['fontSize', value as number],
  'font.color': (value) => ['fontColor', value as string],
  'fill.color': (value) => ['fill', value as string],
  horizontalAlignment: (value) => ['horizontal', String(value).toLowerCase()],
  verticalAlignment: (value) => ['vertical', value === 'Center' ? 'middle' : String(value).toLowerCase()],
  wrapText: (value) => ['wrap', value as boolean],
};

const SHEETS_STYLE: Readonly<Record<string, (value: unknown) => [string, string | number | boolean]>> = {
  fontWeight: (value) => ['bold', value === 'bold'],
  fontStyle: (value) => ['italic', value === 'italic'],
  fontSize: (value) => ['fontSize', value as number],
  fontColor: (value) => ['fontColor', value as string],
  background: (value) => ['fill', value as string],
  horizontalAlignment: (value) => ['horizontal', value as string],
  verticalAlignment: (value) => ['vertical', value as string],
  wrap: (value) => ['wrap', value as boolean],
};

/** Sheets' setBorder(top, left, bottom, right, vertical, horizontal, …) as Excel's edge names. */
const SHEETS_EDGES = ['EdgeTop', 'EdgeLeft', 'EdgeBottom', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** The formats of the cells that do not hold text: a format changes nothing a text constant shows (Excel's "@" keeps text as text, Sheets' apostrophe does). */
function numberFormats(formatted: Iterable<string>, formatOf: (a1: string) => string, cells: Record<string, Cell>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a1 of [...new Set(formatted)].sort()) {
    const cell = cells[a1];
    if (cell !== undefined && 'v' in cell && typeof cell.v === 'string') continue;
    const format = formatOf(a1);
    if (format !== GENERAL) out[a1] = format;
  }
  return out;
}

function excelLayout(context: FakeContext, sheet: FakeWorksheet, cells: Record<string, Cell>): Layout {
  const styles: Layout['styles'] = {};
  const borders: Layout['borders'] = {};
  const validations: Record<string, Record<string, unknown>> = {};
  for (const { what, address, detail } of sheet.operations) {
    // The sheet's protection is a whole-sheet operation (test/excel/protection.test.ts checks it).
    if (what === 'protect') continue;
    const rectangle = parseR1C1(address);
    const a1 = rectangleA1(rectangle.row, rectangle.column, rectangle.rowCount, rectangle.columnCount);
    const style = EXCEL_STYLE[what];
    if (style !== undefined) {
      const [property, value] = style(detail);
      setStyle(styles, cellsOf(rectangle.row, rectangle.column, rectangle.rowCount, rectangle.columnCount), property, value);
    } else if (what === 'border') {
      borders[a1] = [...new Set([...(borders[a1] ?? []), String(detail).split(':')[0] ?? ''])].sort();
    } else if (what === 'validation') {
      validations[a1] = { ...validations[a1], range: a1, ...excelRule(context, detail as Excel.DataValidationRule, sheet.name) };
    } else if (what === 'errorAlert') {
      const alert = detail as Excel.DataValidationErrorAlert;
      validations[a1] = { ...validations[a1], strict: alert.style === 'Stop', message: alert.message };
    }
  }
  const formatted = sheet.formatLayers.flatMap((layer) => cellsOf(layer.row + 1, layer.column + 1, layer.rowCount, layer.columnCount));
  const formatOf = (a1: string): string => {
    const { row, column } = parseA1(a1);
    return sheet.formatOf(row - 1, column - 1);
  };
  return { formats: numberFormats(formatted, formatOf, cells), styles, borders, validations: Object.values(validations), charts: sheet.charts.list.map(excelChart) };
}

/** An Excel list source: a name (resolved to its range) or an address, as "Sheet!A1:A9". */
function excelSource(context: FakeContext, source: string, sheetName: string): string {
  const named = context.workbook.names.getItemOrNullObject(source).target;
  if (named !== undefined) {
    const { row, column, rowCount, columnCount } = excelRectangle(named);
    return `${named.sheet.name}!${rectangleA1(row, column, rowCount, columnCount)}`;
  }
  const address = source.replaceAll('$', '').replace(/^'(.*)'!/, (_, sheet: string) => `${sheet.replaceAll("''", "'")}!`);
  // An address without a sheet is in the validated cell's own sheet, as Excel reads it.
  return address.includes('!') ? address : `${sheetName}!${address}`;
}

function excelRule(context: FakeContext, rule: Excel.DataValidationRule, sheetName: string): Record<string, unknown> {
  if (rule.list !== undefined) {
    const source = rule.list.source;
    if (typeof source !== 'string') throw new Error('an Excel list validation over a Range object: the adapter sends text');
    return source.startsWith('=') ? { kind: 'listFromRange', source: excelSource(context, source.slice(1), sheetName) } : { kind: 'list', values: source.split(',') };
  }
  if (rule.wholeNumber !== undefined) return { kind: 'wholeNumber', min: rule.wholeNumber.formula1, max: rule.wholeNumber.formula2 };
  if (rule.decimal !== undefined) return { kind: 'decimal', min: rule.decimal.formula1, max: rule.decimal.formula2 };
  if (rule.date !== undefined) return { kind: 'date' };
  throw new Error(`an Excel validation rule the comparison does not know: ${JSON.stringify(rule)}`);
}

function excelChart(chart: FakeChart): Record<string, unknown> {
  const a1 = (range: ExcelRange | undefined): string => {
    if (range === undefined) return '';
    const { row, column, rowCount, columnCount } = excelRectangle(range);
    return rectangleA1(row, column, rowCount, columnCount);
  };
  const pareto = chart.seriesList.some((series) => series.chartType === 'Line');
  const kind = pareto ? 'pareto' : { ColumnClustered: 'column', BarClustered: 'bar', Line: 'line', Radar: 'radar', XYScatter: 'scatter', Bubble: 'bubble' }[chart.type];
  const start = chart.position?.start;
  if (kind === 'scatter' || kind === 'bubble') {
    // Points placed by x and y (and sized): what both hosts are sent, without the legend names Sheets
    // takes from the points' names.
    const [series] = chart.seriesList;
    return { kind, title: chart.title.text, x: a1(series?.xValues), y: a1(series?.values), sizes: a1(series?.bubbleSizes), anchor: start === undefined ? '' : cellAddress(start.row + 1, start.column + 1) };
  }
  return {
    kind,
    title: chart.title.text,
    categories: a1(chart.seriesList[0]?.xValues),
    series: chart.seriesList.map((series) => ({ name: series.name, values: a1(series.values), ...(pareto ? { line: series.chartType === 'Line' && series.axisGroup === 'Secondary' } : {}) })),
    anchor: start === undefined ? '' : cellAddress(start.row + 1, start.column + 1),
  };
}

function sheetsLayout(sheet: FakeSheet, cells: Record<string, Cell>): Layout {
  const styles: Layout['styles'] = {};
  const borders: Layout['borders'] = {};
  const formats: Record<string, string> = {};
  for (const { a1, what, args } of sheet.formats) {
    const rectangle = parseA1(a1);
    const covered = cellsOf(rectangle.row, rectangle.column, rectangle.rowCount, rectangle.columnCount);
    const style = SHEETS_STYLE[what];
    if (what === 'numberFormat') {
      for (const cell of covered) formats[cell] = String(args[0]);
    } else if (style !== undefined) {
      const [property, value] = style(args[0]);
      setStyle(styles, covered, property, value);
    } else if (what === 'border') {
      // Inside edges of a single row or column draw nothing: Excel is not sent them.
      const edges = SHEETS_EDGES.filter((edge, k) => args[k] === true && !(edge === 'InsideHorizontal' && rectangle.rowCount === 1) && !(edge === 'InsideVertical' && rectangle.columnCount === 1));
      borders[a1] = [...new Set([...(borders[a1] ?? []), ...edges])].sort();
    }
  }
  const validations = sheet.validations.map(({ a1, args }) => {
    const rule = args[0] as FakeValidation;
    const range = parseA1(a1);
    return { range: rectangleA1(range.row, range.column, range.rowCount, range.columnCount), ...sheetsRule(rule), strict: !rule.allowInvalid, message: rule.helpText ?? '' };
  });
  return { formats: numberFormats(Object.keys(formats), (a1) => formats[a1] ?? GENERAL, cells), styles, borders, validations, charts: sheet.charts.map((chart) => sheetsChart(chart as SheetsChart)) };
}

function sheetsRule(rule: FakeValidation): Record<string, unknown> {
  switch (rule.requirement) {
    case 'valueInList':
      return { kind: 'list', values: rule.args[0] };
    case 'valueInRange':
      return { kind: 'listFromRange', source: rule.args[0] };
    case 'numberBetween':
      return { kind: 'decimal', min: rule.args[0], max: rule.args[1] };
    case 'date':
      return { kind: 'date' };
    case 'formulaSatisfied': {
      // The whole-number rule, written as a formula: =AND(ISNUMBER(C5),C5=INT(C5),C5>=1,C5<=5).
      const bounds = />=(-?[\d.]+),[A-Z]+\d+<=(-?[\d.]+)\)$/.exec(String(rule.args[0]));
      if (bounds === null) throw new Error(`a formula validation the comparison does not know: ${String(rule.args[0])}`);
      return { kind: 'wholeNumber', min: Number(bounds[1]), max: Number(bounds[2]) };
    }
    default:
      throw new Error(`a Sheets validation the comparison does not know: ${rule.requirement}`);
  }
}

/** A chart as the Sheets fake's builder recorded it. */
interface SheetsChart {
  readonly type?: unknown;
  readonly ranges: readonly string[];
  readonly position?: readonly number[];
  readonly options: { readonly title?: string; readonly series?: Record<number, { labelInLegend: string; type?: string; targetAxisIndex?: number }> };
}

function sheetsChart(chart: SheetsChart): Record<string, unknown> {
  const kind = { COLUMN: 'column', BAR: 'bar', LINE: 'line', RADAR: 'radar', COMBO: 'pareto', SCATTER: 'scatter', BUBBLE: 'bubble' }[String(chart.type)];
  const [categories = '', ...values] = chart.ranges;
  const [row = 0, column = 0] = chart.position ?? [];
  if (kind === 'bubble' || kind === 'scatter') {
    // Sheets' bubble layout: names, x, y, series (the names again), sizes; a scatter: x, y.
    const [x = '', y = '', sizes = ''] = kind === 'bubble' ? [chart.ranges[1], chart.ranges[2], chart.ranges[4]] : chart.ranges;
    if (kind === 'bubble') expect(chart.ranges[3]).toBe(categories);
    return { kind, title: chart.options.title, x, y, sizes, anchor: cellAddress(row, column) };
  }
  return {
    kind,
    title: chart.options.title,
    categories,
    series: values.map((range, index) => {
      const series = chart.options.series?.[index];
      return { name: series?.labelInLegend, values: range, ...(kind === 'pareto' ? { line: series?.type === 'line' && series.targetAxisIndex === 1 } : {}) };
    }),
    anchor: cellAddress(row, column),
  };
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

/**
 * Every build of the registry that can be built without a selection (the templates, and the optional
 * builds of the audit workbook with their examples), alternately in French and English.
 */
const TEMPLATES = BUILDS.filter((build) => build.selection === 'none' || build.audit === 'optional').map(
  (build, i): { readonly request: BuildRequest } => ({ request: { target: build.key, language: i % 2 === 0 ? 'fr' : 'en' } }),
);

const SCENARIOS: readonly { readonly request: BuildRequest; readonly data?: UserData }[] = [
  ...TEMPLATES,
  { request: { target: 'abc', language: 'fr' }, data: { rows: [['Client', 'CA'], ...TRICKY.map((name, i) => [name, 150 * (i + 1)])] } },
  { request: { target: 'rfm', language: 'fr' }, data: transactions(300) },
  {
    request: { target: 'portfolio', language: 'fr' },
    data: {
      rows: [
        ['Client', 'Date', 'Montant HT', 'Catégorie', 'Coût'],
        ...TRICKY.map((name, i) => [name, { day: 19_800 + 40 * i }, 100 * (i + 1), i % 2 === 0 ? 'Particuliers' : '=Pros', i % 3 === 0 ? '' : 60 * (i + 1)]),
      ],
    },
  },
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

/** A build as one host made it: each sheet's cells and what it shows besides them. */
interface Built {
  readonly cells: Workbook;
  readonly layouts: Record<string, Layout>;
}

async function throughExcel(request: BuildRequest, data: UserData | undefined): Promise<Built> {
  const excel = fakeExcel(['Feuil1']);
  const planned = plansForRequest(request, data === undefined ? undefined : excelSelection(data));
  await applyPlansTo(excelSheetAdapter(excel.run), planned.plans, planned.notes);
  const workbook: Workbook = {};
  const layouts: Record<string, Layout> = {};
  for (const sheet of excel.context.workbook.worksheets.items) {
    if (sheet.name === 'Feuil1') continue;
    const cells: [number, number, Cell][] = [];
    for (const [key, cell] of sheet.cells) {
      cells.push([Math.floor(key / 16_384), key % 16_384, excelCell(cell)]);
    }
    // The fake keys cells by row × 16384 + column from 0; the comparison reads them as A1, in reading order.
    cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    workbook[sheet.name] = Object.fromEntries(cells.map(([row, column, cell]) => [cellAddress(row + 1, column + 1), cell]));
    layouts[sheet.name] = excelLayout(excel.context, sheet, workbook[sheet.name] ?? {});
  }
  return { cells: workbook, layouts };
}

async function throughSheets(request: BuildRequest, data: UserData | undefined): Promise<Built> {
  const book = new FakeSpreadsheet('fr_FR', ['Feuil1']);
  const loaded = loadCode(codeJs(), book);
  if (data !== undefined) fillSheets(book, loaded, data);
  await sheetsHost(remoteServer(loaded.runner)).build(request);
  const workbook: Workbook = {};
  const layouts: Record<string, Layout> = {};
  for (const sheet of book.sheets) {
    if (sheet.name === 'Feuil1') continue;
    const cells: Record<string, Cell> = {};
    const formulas = sheet.formulaCells();
    for (const [address, value] of Object.entries(sheet.snapshot())) {
      const formula = formulas[address];
      cells[address] = formula === undefined ? { v: value as string | number | boolean } : { f: formula };
    }
    workbook[sheet.name] = cells;
    layouts[sheet.name] = sheetsLayout(sheet, cells);
  }
  return { cells: workbook, layouts };
}

describe('the Excel and Sheets hosts', () => {
  const builds = new Map<string, Promise<{ excel: Built; sheets: Built }>>();
  /** Each scenario built once by each host, for the tests that compare them. */
  const built = (request: BuildRequest, data: UserData | undefined): Promise<{ excel: Built; sheets: Built }> => {
    const key = `${request.target}/${request.language}/${data === undefined ? 'template' : 'data'}`;
    let both = builds.get(key);
    if (both === undefined) {
      both = Promise.all([throughExcel(request, data), throughSheets(request, data)]).then(([excel, sheets]) => ({ excel, sheets }));
      builds.set(key, both);
    }
    return both;
  };

  for (const { request, data } of SCENARIOS) {
    it(`write the same values and formulas for the ${request.target} build (${request.language}${data === undefined ? '' : ', from a selection'})`, async () => {
      const { excel, sheets } = await built(request, data);
      expect(Object.keys(sheets.cells)).toEqual(Object.keys(excel.cells));
      for (const name of Object.keys(excel.cells)) {
        expect(Object.keys(excel.cells[name] ?? {}).length, name).toBeGreaterThan(5);
        expect(sheets.cells[name], name).toEqual(excel.cells[name]);
      }
    });

    it(`give the same number formats, styles, borders, validations and charts for the ${request.target} build (${request.language}${data === undefined ? '' : ', from a selection'})`, async () => {
      const { excel, sheets } = await built(request, data);
      expect(Object.keys(sheets.layouts)).toEqual(Object.keys(excel.layouts));
      for (const name of Object.keys(excel.layouts)) {
        const inExcel = excel.layouts[name];
        const inSheets = sheets.layouts[name];
        if (inExcel === undefined || inSheets === undefined) throw new Error(`no layout for ${name}`);
        // Every sheet is styled: a reader that found nothing would compare two empty sets.
        expect(Object.keys(inExcel.styles).length, name).toBeGreaterThan(0);
        expect(inSheets.formats, `${name}: number formats`).toEqual(inExcel.formats);
        expect(inSheets.styles, `${name}: styles`).toEqual(inExcel.styles);
        expect(inSheets.borders, `${name}: borders`).toEqual(inExcel.borders);
        expect(inSheets.validations, `${name}: validations`).toEqual(inExcel.validations);
        expect(inSheets.charts, `${name}: charts`).toEqual(inExcel.charts);
      }
    });
  }

  it('compare builds that hold number formats, validations of each kind and charts', async () => {
    const layouts = await Promise.all(SCENARIOS.map(async ({ request, data }) => Object.values((await built(request, data)).excel.layouts)));
    const all = layouts.flat();
    expect(all.some((layout) => Object.keys(layout.formats).length > 0)).toBe(true);
    expect(new Set(all.flatMap((layout) => layout.validations.map((validation) => validation['kind'])))).toEqual(new Set(['list', 'listFromRange', 'wholeNumber', 'decimal', 'date']));
    expect(all.flatMap((layout) => layout.charts.map((chart) => chart['kind'])).length).toBeGreaterThan(0);
  });

  it('keep the tricky user text as the same text in both, never a formula or a number', async () => {
    const scenario = SCENARIOS.find((candidate) => candidate.request.target === 'abc');
    if (scenario === undefined) throw new Error('the ABC scenario');
    const { excel, sheets } = await built(scenario.request, scenario.data);
    for (const workbook of [excel.cells, sheets.cells]) {
      const values = Object.values(workbook).flatMap((cells) => Object.values(cells).flatMap((cell) => ('v' in cell ? [cell.v] : [])));
      for (const text of TRICKY) expect(values, text).toContain(text);
    }
  });
});
