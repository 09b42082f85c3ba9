// The built Code.js, as Apps Script runs it: webpack builds it into a scratch folder with the real
// configuration, then it runs in a Node `vm` over an in-memory spreadsheet (gas-fake.ts, typed against
// the same Apps Script interfaces as the server code). Custom functions are called with Sheets-shaped
// arguments; sheets are built through the sidebar's bridge and a stand-in google.script.run.
import { describe, expect, it } from 'vitest';
import { generateTransactionColumns } from '../bench/generate.js';
import { civilFromDay } from '../src/cells/dates.js';
import { isSheetError, type SheetError } from '../src/cells/errors.js';
import type { RawArg, RawCell } from '../src/cells/values.js';
import { CATALOGUE, invoke } from '../src/catalogue/index.js';
import type { FunctionSpec, ParamKind, ParamSpec } from '../src/catalogue/types.js';
import { cellAddress } from '../src/plans/a1.js';
import { formulaFingerprint } from '../src/plans/fingerprint.js';
import type { ResolvedPlan } from '../src/plans/types.js';
import { UserFacingError, type BuildRequest } from '../src/workbook/port.js';
import { MAX_PAYLOAD_CHARS, remoteServer, sheetsHost } from '../gas/client/bridge.js';
import { MARKER_KEY } from '../gas/server/adapter.js';
import { builtCodeJs } from './gas-build.js';
import { FakeSpreadsheet, UNTITLED_PROJECT, type FakeConditionalRule, type FakeSheet, type FakeValidation } from './gas-fake.js';
import { loadCode, type LoadedCode } from './gas-vm.js';

const codeJs = builtCodeJs();

// ---- Sheets-shaped arguments -------------------------------------------------------------------------

type Maker = (loaded: LoadedCode | undefined) => RawCell;

/** A date made in the vm's realm when Code.js is the callee, in Node's for the core's expected answer. */
function dateCell(year: number, month: number, day: number): Maker {
  return (loaded) => (loaded === undefined ? new Date(year, month - 1, day) : loaded.date(year, month, day));
}

const constant =
  (value: RawCell): Maker =>
  () =>
    value;

/** A column of each kind, as Sheets passes it: numbers, text, booleans, Date objects. */
const COLUMN: Readonly<Record<ParamKind, readonly Maker[]>> = {
  number: [120, 80.5, 45, 300, 12].map(constant),
  date: [dateCell(2024, 1, 1), dateCell(2024, 1, 15), dateCell(2024, 2, 15), dateCell(2024, 3, 29), dateCell(2024, 4, 30)],
  text: ['C001', 'C002', 'C001', 'C003', 'C002'].map(constant),
  boolean: [true, false, true, false, true].map(constant),
  any: [3, 1, 2, 5, 4].map(constant),
};

const CELL: Readonly<Record<ParamKind, Maker>> = { number: constant(5), date: dateCell(2024, 6, 1), text: constant('fr'), boolean: constant(true), any: constant(0) };

/** An argument, built for one realm. */
type ArgMaker = (loaded: LoadedCode | undefined) => RawArg;

/** A column range: rows of one cell, "" for an empty cell inside when asked, and two empty rows after. */
function column(kind: ParamKind, blankInside: boolean): ArgMaker {
  return (loaded) => {
    const cells = COLUMN[kind].map((make) => make(loaded));
    if (blankInside) cells.splice(3, 0, '');
    return [...cells, '', ''].map((cell) => [cell]);
  };
}

function block(kind: ParamKind): ArgMaker {
  return (loaded) => {
    const [a, b, c, d] = COLUMN[kind].map((make) => make(loaded));
    return [
      [a ?? '', b ?? ''],
      [c ?? '', d ?? ''],
    ];
  };
}

const single =
  (kind: ParamKind): ArgMaker =>
  (loaded) =>
    CELL[kind](loaded);

const singleRange =
  (kind: ParamKind): ArgMaker =>
  (loaded) => [[CELL[kind](loaded)]];

function filled(param: ParamSpec): ArgMaker {
  if (param.range) return column(param.kind, false);
  const value = param.defaultValue;
  return value === undefined ? single(param.kind) : () => value;
}

interface SheetsCall {
  readonly label: string;
  /** The arguments Sheets passes: left-out optional arguments are simply not passed. */
  readonly args: readonly ArgMaker[];
}

/** The calls made to one function; the required parameters first, the optional ones given or not. */
function sheetsCalls(spec: FunctionSpec): SheetsCall[] {
  const required = spec.params.filter((param) => param.optional !== true);
  return [
    { label: 'whole columns with an empty cell inside and after', args: required.map((p) => (p.range ? column(p.kind, true) : single(p.kind))) },
    { label: 'whole columns with empty cells after', args: required.map((p) => (p.range ? column(p.kind, false) : single(p.kind))) },
    { label: 'single cells', args: required.map((p) => (p.range ? singleRange(p.kind) : single(p.kind))) },
    { label: 'every optional argument given', args: spec.params.map((p) => (p.optional === true ? filled(p) : p.range ? column(p.kind, false) : single(p.kind))) },
    { label: '2×2 blocks', args: required.map((p) => (p.range ? block(p.kind) : single(p.kind))) },
    { label: 'an empty cell for each optional argument', args: spec.params.map((p) => (p.optional === true ? () => '' : p.range ? column(p.kind, false) : single(p.kind))) },
  ];
}

/** What Sheets should show, from the core: a thrown "CODE message", or values with errors as that text. */
function expectedAnswer(spec: FunctionSpec, call: SheetsCall, language: 'fr' | 'en'): { thrown: string } | { value: unknown } {
  const shown = (error: SheetError): string => `${error.code} ${error.message[language]}`;
  const result = invoke(spec.id, call.args.map((make) => make(undefined)), { language });
  const only = result.length === 1 && result[0]?.length === 1 ? result[0][0] : undefined;
  if (only !== undefined) return isSheetError(only) ? { thrown: shown(only) } : { value: only };
  return { value: result.map((row) => row.map((cell) => (isSheetError(cell) ? shown(cell) : cell))) };
}

function actualAnswer(loaded: LoadedCode, spec: FunctionSpec, call: SheetsCall): { thrown: string } | { value: unknown } {
  try {
    // Results are arrays of the vm's realm: compare them as plain data.
    return { value: JSON.parse(JSON.stringify(loaded.call(spec.id, ...call.args.map((make) => make(loaded))))) as unknown };
  } catch (error) {
    return { thrown: String((error as { message?: unknown }).message) };
  }
}

/** A result of Code.js (arrays of the vm's realm) as plain data. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('the custom functions of the built Code.js', () => {
  it('answer what the core answers, for every catalogue function and every Sheets-shaped call', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    let compared = 0;
    for (const spec of CATALOGUE) {
      for (const call of sheetsCalls(spec)) {
        expect(actualAnswer(loaded, spec, call), `${spec.id}: ${call.label}`).toEqual(expectedAnswer(spec, call, 'fr'));
        compared++;
      }
    }
    expect(compared).toBe(CATALOGUE.length * 6);
  });

  it('read dates made in the spreadsheet’s own realm, with empty cells between them', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    // Two customers: c1 bought on 2024-01-10 and 2024-03-01, c2 on 2024-02-01; analysis on 2024-03-02.
    const customers = [['c1'], ['c2'], [''], ['c1']];
    const dates = [[loaded.date(2024, 1, 10)], [loaded.date(2024, 2, 1)], [''], [loaded.date(2024, 3, 1)]];
    const amounts = [[10], [20], [''], [30]];
    const table = JSON.parse(JSON.stringify(loaded.call('RFM_TABLE', customers, dates, amounts, loaded.date(2024, 3, 2)))) as unknown[][];
    // Recency in days since the last purchase: c1 1 day (2024-03-01), c2 30 days (2024-02-01).
    expect(table.slice(1).map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['c1', 1, 2, 40],
      ['c2', 30, 1, 20],
    ]);
  });

  it('throw the code and message of an error of the whole call, which Sheets shows under #ERROR!', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    expect(() => loaded.call('CAC', [[1000]], [[0]])).toThrow(/^#DIV\/0! /);
  });

  it('show an error inside a larger result as the text of its code and message, the other rows intact', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    const result = JSON.parse(JSON.stringify(loaded.call('CAC', [[1000], [500]], [[10], [0]]))) as unknown[][];
    expect(result[0]).toEqual([100]);
    expect(String(result[1]?.[0])).toMatch(/^#DIV\/0! \S/);
  });

  it('speak the spreadsheet’s language: English messages in an en_US spreadsheet', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('en_US'));
    const spec = CATALOGUE.find((candidate) => candidate.id === 'CAC');
    if (spec === undefined) throw new Error('CAC is in the catalogue');
    const call: SheetsCall = { label: 'zero customers', args: [() => [[1000]], () => [[0]]] };
    expect(actualAnswer(loaded, spec, call)).toEqual(expectedAnswer(spec, call, 'en'));
  });

  it('answer in English in an en_US spreadsheet: segments, headers and statuses as well as messages', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('en_US'));
    // "111" is the lowest score on every measure: the Lost segment ("Perdus" in French).
    expect(loaded.call('RFM_SEGMENT', '111')).toBe('Lost');
    expect(plain(loaded.call('RFM_SEGMENT', [['555'], ['111']]))).toEqual([['Champions'], ['Lost']]);
    const customers = [['c1'], ['c2'], ['c1']];
    const dates = [['2024-01-10'], ['2024-02-01'], ['2024-03-01']];
    const amounts = [[10], [20], [30]];
    const table = plain(loaded.call('RFM_TABLE', customers, dates, amounts)) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM code', 'Segment']);
    const predicted = plain(loaded.call('CLV_PREDICT', customers, dates, amounts)) as unknown[][];
    expect(predicted[0]).toEqual(['Customer', 'x', 't_x', 'T', 'Expected purchases', 'P(alive)', 'Expected spend', 'CLV', 'Status']);
    // Two customers are too few for the model: the status says so in English.
    expect(String(predicted[1]?.[8])).toMatch(/^purchases: simple formula \(2 customer\(s\)/);
    const fitted = plain(loaded.call('CLV_FIT', customers, dates, amounts)) as unknown[][];
    expect(fitted[0]).toEqual(['Parameter', 'Value']);
  });

  it('answer in French in a fr_FR spreadsheet, and in the language a formula asks for whatever the locale', () => {
    const french = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    expect(french.call('RFM_SEGMENT', '111')).toBe('Perdus');
    expect(french.call('RFM_SEGMENT', '111', '', '', 'en')).toBe('Lost');
    const english = loadCode(codeJs(), new FakeSpreadsheet('en_GB'));
    expect(english.call('RFM_SEGMENT', '111', '', '', 'fr')).toBe('Perdus');
    // A French locale of another country is French too.
    expect(loadCode(codeJs(), new FakeSpreadsheet('fr_CA')).call('RFM_SEGMENT', '111')).toBe('Perdus');
  });

  it('refuse a call with too many arguments with #VALUE! and the function’s arity', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet('fr_FR'));
    expect(() => loaded.call('CAC', 1, 2, 3)).toThrow(/^#VALUE! CAC accepte au plus 2 arguments/);
  });
});

// ---- Sheets built through the bridge ---------------------------------------------------------------

/** A sidebar host over Code.js in a vm, and the plans the server was asked to write. */
function sidebarOver(book: FakeSpreadsheet): { loaded: LoadedCode; host: ReturnType<typeof sheetsHost>; written: () => ResolvedPlan[] } {
  const loaded = loadCode(codeJs(), book);
  const host = sheetsHost(remoteServer(loaded.runner));
  const written = (): ResolvedPlan[] => loaded.serverCalls.filter((call) => call.name === 'writeSheet').map((call) => call.args[0] as ResolvedPlan);
  return { loaded, host, written };
}

/** The cells a plan puts in its sheet: "A1" → value, or "=formula". */
function plannedCells(plan: ResolvedPlan): Record<string, unknown> {
  const sheet = new FakeSpreadsheet().sheets[0] as FakeSheet;
  for (const block of plan.blocks) {
    block.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        const value = 'formula' in cell ? `=${cell.formula}` : cell.value;
        if (value !== null && value !== '') sheet.put(block.row + i, block.column + j, 'formula' in cell ? { value: '', formula: `=${cell.formula}` } : { value });
      });
    });
  }
  return sheet.snapshot();
}

/** Transactions in the user's sheet: customer, date (a Date of the vm's realm), amount; a header row. */
function transactionsSheet(book: FakeSpreadsheet, loaded: LoadedCode, rows: number): void {
  const tx = generateTransactionColumns(rows, 7);
  const sheet = book.sheet('Feuille 1');
  const values: unknown[][] = [['Client', 'Date', 'Montant']];
  for (let i = 0; i < rows; i++) {
    const { year, month, day } = civilFromDay(tx.day[i] ?? 0);
    values.push([tx.customer[i], loaded.date(year, month, day), tx.amount[i]]);
  }
  sheet.fill(1, 1, values);
  book.select('Feuille 1', 1, 1, rows + 1, 3);
}

describe('the sheets built through the sidebar bridge', () => {
  const requests: readonly BuildRequest[] = [
    { target: 'audit', language: 'fr' },
    { target: 'kpi', language: 'en' },
    { target: 'abc.weighted', language: 'fr' },
    { target: 'abc', language: 'fr' },
    { target: 'rfm', language: 'fr' },
  ];

  for (const request of requests) {
    it(`write every sheet of the ${request.target} build (${request.language}) exactly as planned`, async () => {
      const book = new FakeSpreadsheet('fr_FR');
      const { loaded, host, written } = sidebarOver(book);
      if (request.target === 'rfm') transactionsSheet(book, loaded, 200);
      if (request.target === 'abc') {
        book.sheet('Feuille 1').fill(1, 1, [['Produit', 'CA'], ['P1', 1200], ['P2', 300], ['P3', 4500], ['P4', 80], ['P5', 2200]]);
        book.select('Feuille 1', 1, 1, 6, 2);
      }
      const progress: number[] = [];
      const report = await host.build(request, (step) => progress.push(step.done));
      const plans = written();
      expect(plans.length).toBeGreaterThan(0);
      // Every formula parsed, though the spreadsheet is French; its locale is French again after.
      expect(book.formulaErrors).toEqual([]);
      expect(book.locale).toBe('fr_FR');
      expect(report.sheets).toEqual(plans.map((plan) => plan.finalName));
      expect(progress).toEqual([...plans.map((_, index) => index), plans.length]);
      for (const plan of plans) {
        const sheet = book.sheet(plan.finalName);
        expect(sheet.snapshot(), plan.key).toEqual(plannedCells(plan));
        // The marker with the fingerprint of the plan's computed formulas, also when the plan was sent in parts.
        expect(sheet.metadata.map((m) => [m.getKey(), m.getValue()])).toEqual([[MARKER_KEY, JSON.stringify({ key: plan.key, version: plan.version, fingerprint: formulaFingerprint(plan) })]]);
        expect(sheet.formats.filter((f) => f.what === 'numberFormat')).toHaveLength(plan.numberFormats.length);
        expect(sheet.validations).toHaveLength(plan.validations.length);
        expect(sheet.conditionalRules).toHaveLength(plan.conditionalFormats.length);
        expect(sheet.merges).toHaveLength(plan.merges.length);
        expect(sheet.charts).toHaveLength(plan.charts.length);
        expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([plan.freeze?.rows ?? 0, plan.freeze?.columns ?? 0]);
        // A column sized by two tables of the plan keeps the last width, as the plan's later entries win.
        expect([...sheet.columnWidths.keys()]).toEqual([...new Set(plan.columnWidths.map((width) => width.column))]);
        expect(sheet.tabColor).toBe(plan.tabColor ?? null);
      }
    });
  }

  it('apply number formats, validations, colour scales and charts as Sheets expects them', async () => {
    const book = new FakeSpreadsheet('fr_FR');
    const { loaded, host, written } = sidebarOver(book);
    transactionsSheet(book, loaded, 300);
    await host.build({ target: 'rfm', language: 'fr' });
    const [summary, customers, parameters] = written();
    if (summary === undefined || customers === undefined || parameters === undefined) throw new Error('three RFM sheets');
    // The colour scale of the R, F, M scores: red → yellow at the median → green.
    const scale = book.sheet(customers.finalName).conditionalRules[0] as FakeConditionalRule;
    expect(scale.gradient).toEqual([['min', '#F8696B'], ['mid', '#FFEB84', 'PERCENTILE', '50'], ['max', '#63BE7B']]);
    // The segment map accepts only a segment name, read from the named range of the segment names.
    const validation = book.sheet(parameters.finalName).validations[0]?.args[0] as FakeValidation;
    expect(validation.requirement).toBe('valueInRange');
    expect(validation.allowInvalid).toBe(false);
    expect(book.namedRanges.has('rfm_segment_names')).toBe(true);
    // The segment chart is a bar chart over the summary's own cells.
    const chart = book.sheet(summary.finalName).charts[0] as { type: string; ranges: string[] };
    expect(chart.type).toBe('BAR');
    expect(chart.ranges.length).toBe(1 + (summary.charts[0]?.series.length ?? 0));
  });

  it('write as many Range calls for 10, 1,000 and 100,000 transactions, but for the parts of a large payload', async () => {
    const counts: number[] = [];
    const allCalls: number[] = [];
    const payloads: { name: string; size: number; replySize: number }[][] = [];
    for (const rows of [10, 1000, 100_000]) {
      const book = new FakeSpreadsheet('fr_FR');
      const { loaded, host } = sidebarOver(book);
      transactionsSheet(book, loaded, rows);
      const before = { ...book.calls };
      await host.build({ target: 'rfm', language: 'fr' });
      payloads.push(loaded.serverCalls.map((call) => ({ name: call.name, size: JSON.stringify(call.args).length, replySize: call.replySize ?? 0 })));
      counts.push(book.calls.rangeWrites - before.rangeWrites);
      allCalls.push(book.calls.all - before.all);
    }
    expect(counts[0]).toBeGreaterThan(20);
    expect(counts[1]).toBe(counts[0]);
    expect(allCalls[1]).toBe(allCalls[0]);
    // At 100,000 transactions the customer table (3.7 MB of JSON) goes in parts under the payload
    // limit: a few calls more per part, not per row.
    const sizes = payloads[2] ?? [];
    expect(Math.max(...sizes.map((call) => call.size))).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
    // And the other way: the plans come back in parts too (3.8 MB of JSON at 100,000 transactions).
    expect(Math.max(...sizes.map((call) => call.replySize))).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
    expect(sizes.filter((call) => call.name === 'planBuild').length).toBeGreaterThanOrEqual(4);
    const extraParts = sizes.filter((call) => call.name === 'appendBlocks' || call.name === 'finishSheet').length;
    expect(extraParts).toBeGreaterThanOrEqual(3);
    expect((counts[2] ?? 0) - (counts[0] ?? 0)).toBeLessThanOrEqual(5 * extraParts);
    // Each part of the plans is planned again from the selection (the server keeps nothing between
    // calls): a few host calls more per part, not per row.
    const planParts = sizes.filter((call) => call.name === 'planBuild').length - 1;
    expect((allCalls[2] ?? 0) - (allCalls[0] ?? 0)).toBeLessThanOrEqual(15 * (extraParts + planParts));
  }, 60_000);

  it('write a plan larger than one payload in parts, each under the limit, exactly as a whole write', async () => {
    const build = async (maxPayloadChars: number | undefined) => {
      const book = new FakeSpreadsheet('fr_FR');
      const loaded = loadCode(codeJs(), book);
      const host = sheetsHost(remoteServer(loaded.runner), maxPayloadChars);
      transactionsSheet(book, loaded, 2000);
      const report = await host.build({ target: 'rfm', language: 'fr' });
      const writes = loaded.serverCalls.filter((call) => ['writeSheet', 'startSheet', 'appendBlocks', 'finishSheet'].includes(call.name));
      const sheets = report.sheets.map((name) => {
        const sheet = book.sheet(name);
        return { cells: sheet.snapshot(), formats: sheet.formats, validations: sheet.validations, rules: sheet.conditionalRules, charts: sheet.charts, merges: sheet.merges.map((merge) => merge.a1), metadata: sheet.metadata.map((m) => [m.getKey(), m.getValue()]), widths: [...sheet.columnWidths], frozen: [sheet.frozenRows, sheet.frozenColumns] };
      });
      return { sheets, writes: writes.map((call) => ({ name: call.name, size: JSON.stringify(call.args).length })), formulaErrors: book.formulaErrors, locale: book.locale };
    };
    const whole = await build(undefined);
    const parts = await build(20_000);
    expect(whole.writes.map((write) => write.name)).toEqual(['writeSheet', 'writeSheet', 'writeSheet']);
    expect(parts.writes.filter((write) => write.name === 'appendBlocks').length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...parts.writes.map((write) => write.size))).toBeLessThanOrEqual(20_000);
    expect(parts.sheets).toEqual(whole.sheets);
    expect([parts.formulaErrors, parts.locale]).toEqual([[], 'fr_FR']);
  });

  it('never touch a user’s sheet of the same name, and replace only their own generated sheet', async () => {
    const book = new FakeSpreadsheet('fr_FR', ['Feuille 1', 'KPI acquisition']);
    book.sheet('KPI acquisition').fill(1, 1, [['Mes chiffres', 42]]);
    const { host } = sidebarOver(book);
    const first = await host.build({ target: 'kpi', language: 'fr' });
    expect(first.sheets).toEqual(['KPI acquisition (2)']);
    const second = await host.build({ target: 'kpi', language: 'fr' });
    expect(second.replaced).toEqual(['KPI acquisition (2)']);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Feuille 1', 'KPI acquisition', 'KPI acquisition (2)']);
    expect(book.sheet('KPI acquisition').snapshot()).toEqual({ A1: 'Mes chiffres', B1: 42 });
    const removal = await host.removeGeneratedSheets();
    expect(removal.removed).toEqual(['KPI acquisition (2)']);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Feuille 1', 'KPI acquisition']);
  });

  it('keep a user’s text as text, even when it looks like a formula, a number or a boolean', async () => {
    const tricky = ['=1+1', '+33 6 12 34 56', '-', '@SUM(A1)', '00123', 'TRUE', "'quoted", '=HYPERLINK("http://x")'];
    const book = new FakeSpreadsheet('fr_FR');
    book.sheet('Feuille 1').fill(1, 1, [['Client', 'CA'], ...tricky.map((name, i) => [name, 100 * (i + 1)])]);
    book.select('Feuille 1', 1, 1, tricky.length + 1, 2);
    const { host, written } = sidebarOver(book);
    const report = await host.build({ target: 'abc', language: 'fr' });
    const sheet = book.sheet(report.sheets[0] ?? '');
    for (const text of tricky) expect(sheet.valueCells(), text).toContain(text);
    // The sheet's formulas are exactly the plan's: none came from the user's text.
    const plan = written()[0];
    if (plan === undefined) throw new Error('one ABC sheet');
    const planned: Record<string, string> = {};
    for (const block of plan.blocks) {
      block.cells.forEach((row, i) => {
        row.forEach((cell, j) => {
          if ('formula' in cell) planned[cellAddress(block.row + i, block.column + j)] = `=${cell.formula}`;
        });
      });
    }
    expect(sheet.formulaCells()).toEqual(planned);
    expect(Object.keys(planned).length).toBeGreaterThan(10);
  });

  it('say what to select when the selection is empty, in both languages', async () => {
    const book = new FakeSpreadsheet('fr_FR');
    book.select('Feuille 1', 1, 1, 3, 2);
    const { host } = sidebarOver(book);
    const failure = await host.build({ target: 'abc', language: 'fr' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).text.fr).toMatch(/^La sélection est vide/);
    expect(book.sheets).toHaveLength(1);
  });

  it('ask for a selection when nothing is selected', async () => {
    const { host } = sidebarOver(new FakeSpreadsheet('fr_FR'));
    await expect(host.readSelection()).rejects.toThrow('Select a range first.');
  });

  it('read the selection with its dates as serial numbers, which google.script.run can carry', async () => {
    const book = new FakeSpreadsheet('fr_FR');
    const { loaded, host } = sidebarOver(book);
    book.sheet('Feuille 1').fill(2, 2, [['c1', loaded.date(2024, 1, 1), 12.5]]);
    book.select('Feuille 1', 2, 2, 1, 3);
    expect(await host.readSelection()).toEqual({ address: 'Feuille 1!B2:D2', values: [['c1', 45292, 12.5]], hasMergedCells: false });
  });

  it('report the user’s interface language', async () => {
    const english = sheetsHost(remoteServer(loadCode(codeJs(), new FakeSpreadsheet('fr_FR'), 'en_GB').runner));
    const french = sheetsHost(remoteServer(loadCode(codeJs(), new FakeSpreadsheet('en_US'), 'fr_CA').runner));
    expect([await english.displayLanguage(), await french.displayLanguage()]).toEqual(['en', 'fr']);
  });
});

describe('the menu of the built Code.js', () => {
  it('adds Prométhée › Ouvrir to the menu bar on open and on install, and opens the sidebar', () => {
    const loaded = loadCode(codeJs(), new FakeSpreadsheet());
    loaded.call('onOpen', { authMode: 'LIMITED' });
    loaded.call('onInstall', { authMode: 'FULL' });
    loaded.call('showSidebar');
    // A script bound to the spreadsheet, its project never renamed: the menu still reads Prométhée.
    const menu = { title: 'Prométhée', place: 'menu bar', items: [['Ouvrir', 'showSidebar']] };
    expect(loaded.ui.menus).toEqual([menu, menu]);
    expect(loaded.ui.menus.map((added) => added.title)).not.toContain(UNTITLED_PROJECT);
    expect(loaded.ui.sidebars.map((output) => [output.file, output.title])).toEqual([['sidebar', 'Prométhée']]);
  });
});
