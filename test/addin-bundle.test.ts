// The built Excel add-in, as a server would host it: webpack builds dist/addin/ into a scratch folder
// (the real configuration, through webpack-cli), then the functions bundle runs in a Node `vm` with a
// stand-in for Excel's CustomFunctions runtime. Every catalogue function is called the way Excel calls
// it — serial dates, null cells, whole-column ranges with blank rows, 2-D blocks, null for a left-out
// optional argument, the invocation object appended — and must answer what the core's `invoke`
// answers, with the core's errors as CustomFunctions errors.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { crc32, inflateSync } from 'node:zlib';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ECMA_VERSION, ES2022_PROBE, OLD_ENGINE_MESSAGE } from '../addin/build/loader.js';
import { launchChromium, serveFolder } from './support/browser.js';
import { isSheetError, type SheetError } from '../src/cells/errors.js';
import type { RawArg, RawCell } from '../src/cells/values.js';
import { CATALOGUE, invoke } from '../src/catalogue/index.js';
import type { FunctionSpec, ParamKind, ParamSpec } from '../src/catalogue/types.js';
import * as catalogueMessages from '../src/messages/catalogue.js';
import { customerCodeOutside, orderCodeOutside } from '../src/messages/index.js';
import { sharedPath } from './support/shared-data.js';

const ROOT = process.cwd();
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const SCHEMA = sharedPath('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const PRODUCTION_URL = 'https://addin.test.example/promethee/';
const SCREENS = path.join(ROOT, '.tmp', 'screens');

let dist = '';

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'promethee-addin-'));
  const args = ['--config', 'webpack.addin.config.mjs', '--mode', 'production', '--env', `baseUrl=${PRODUCTION_URL}`, '--output-path', dist];
  await promisify(execFile)(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
}, 300_000);

afterAll(() => {
  if (dist !== '') rmSync(dist, { recursive: true, force: true });
});

const built = (file: string): string => path.join(dist, file);

/** Stand-in for CustomFunctions.Error. */
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type ExcelFunction = (...excelArguments: unknown[]) => unknown;

/** Runs functions.js in a fresh context, as Excel's runtime would, and returns what it associated. */
function loadFunctionsBundle(withRuntime = true, office?: object): Map<string, ExcelFunction> {
  const associated = new Map<string, ExcelFunction>();
  const sandbox: Record<string, unknown> = office === undefined ? {} : { Office: office };
  if (withRuntime) {
    sandbox.CustomFunctions = {
      associate: (id: string, implementation: ExcelFunction) => associated.set(id, implementation),
      Error: StandInError,
      // The values of Excel's CustomFunctions.ErrorCode enum.
      ErrorCode: {
        invalidValue: '#VALUE!',
        notAvailable: '#N/A',
        divisionByZero: '#DIV/0!',
        invalidNumber: '#NUM!',
        nullReference: '#NULL!',
        invalidName: '#NAME?',
        invalidReference: '#REF!',
      },
    };
  }
  vm.runInNewContext(readFileSync(built('functions.js'), 'utf8'), sandbox, { filename: 'functions.js' });
  return associated;
}

/** Every string a script holds: its string literals and the text parts of its template literals. */
function bundleStrings(code: string): string[] {
  const strings: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const record = node as { type?: unknown; value?: unknown };
    if (record.type === 'Literal' && typeof record.value === 'string') strings.push(record.value);
    if (record.type === 'TemplateElement') {
      const cooked = (record.value as { cooked?: string | null } | undefined)?.cooked;
      if (typeof cooked === 'string') strings.push(cooked);
    }
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }));
  return strings;
}

// ---- Excel-shaped arguments ------------------------------------------------------------------------

/**
 * A column as Excel passes a range: rows of one cell. Dates are serials (45292 = 2024-01-01). The
 * texts serve as ids (customers) and as ABC classes (TIME_ALLOCATION) alike.
 */
const COLUMN: Readonly<Record<ParamKind, readonly RawCell[]>> = {
  number: [120, 80.5, 45, 300, 12],
  date: [45292, 45306, 45337, 45380, 45412],
  text: ['A', 'B', 'A', 'C', 'B'],
  boolean: [true, false, true, false, true],
  any: [3, 1, 2, 5, 4],
};

/** One cell of each kind. 45444 = 2024-06-01. */
const CELL: Readonly<Record<ParamKind, RawCell>> = { number: 5, date: 45444, text: 'fr', boolean: true, any: 0 };

/**
 * A whole-column reference: the values, a blank row inside when asked, and blank rows after (Excel
 * hands an empty cell over as null, and "" for a formula that returns empty text).
 */
function column(kind: ParamKind, blankInside: boolean): RawCell[][] {
  const cells: RawCell[] = [...COLUMN[kind]];
  if (blankInside) cells.splice(3, 0, null);
  return [...cells, null, ''].map((cell) => [cell]);
}

/** A 2×2 block of a range, as Excel passes B2:C3. */
function block(kind: ParamKind): RawCell[][] {
  const [a, b, c, d] = COLUMN[kind];
  return [
    [a ?? null, b ?? null],
    [c ?? null, d ?? null],
  ];
}

/** The value an optional parameter is given when the call fills it: its default, else a sample. */
function filled(param: ParamSpec): unknown {
  // Excel hands a matrix parameter even one value as a 1×1 matrix.
  if (param.defaultValue !== undefined) return param.range ? [[param.defaultValue]] : param.defaultValue;
  if (param.range) return column(param.kind, false);
  return CELL[param.kind];
}

interface ExcelCall {
  readonly label: string;
  /** The arguments in Excel's form (null for a left-out optional one), the invocation object excluded. */
  readonly args: readonly unknown[];
}

/** The example formula's arguments when they are all literals ("=LTV_DISCOUNTED(100, 80%, 10%)"). */
function exampleCall(spec: FunctionSpec): ExcelCall | undefined {
  const inner = /^=\w+\((.*)\)$/.exec(spec.example.formula)?.[1];
  if (inner === undefined || inner.trim() === '') return undefined;
  const literals = inner.split(/\s*[,;]\s*/).map((text): RawCell | undefined => {
    if (/^-?\d+(?:\.\d+)?%$/.test(text)) return Number(text.slice(0, -1)) / 100;
    if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
    if (/^"[^"]*"$/.test(text)) return text.slice(1, -1);
    if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
    return undefined;
  });
  if (literals.length > spec.params.length || literals.some((value) => value === undefined)) return undefined;
  const args = spec.params.map((param, index) => {
    const value = literals[index];
    if (value === undefined) return null;
    // A range parameter given one value receives it as a 1×1 matrix.
    return param.range ? [[value]] : value;
  });
  return { label: `the example ${spec.example.formula}`, args };
}

/** The calls made to one function, each in Excel's argument conventions. */
function excelCalls(spec: FunctionSpec): ExcelCall[] {
  const omitted = (param: ParamSpec, value: unknown): unknown => (param.optional === true ? null : value);
  const calls: ExcelCall[] = [
    {
      label: 'whole columns with a blank row inside and after, optional arguments left out',
      args: spec.params.map((p) => omitted(p, p.range ? column(p.kind, true) : CELL[p.kind])),
    },
    {
      label: 'whole columns with blank rows after, optional arguments left out',
      args: spec.params.map((p) => omitted(p, p.range ? column(p.kind, false) : CELL[p.kind])),
    },
    {
      label: 'single cells, optional arguments left out',
      args: spec.params.map((p) => omitted(p, p.range ? [[CELL[p.kind]]] : CELL[p.kind])),
    },
    {
      label: 'whole columns and every optional argument given',
      args: spec.params.map((p) => (p.optional === true ? filled(p) : p.range ? column(p.kind, false) : CELL[p.kind])),
    },
    {
      label: '2×2 blocks',
      args: spec.params.map((p) => omitted(p, p.range ? block(p.kind) : CELL[p.kind])),
    },
  ];
  const example = exampleCall(spec);
  if (example) calls.push(example);
  return calls;
}

/** What Excel appends after the declared arguments of every call. */
const INVOCATION = { address: 'Feuil1!D2', functionName: 'PROMETHEE.TEST', parameterAddresses: [] };

// ---- What the core says Excel should see --------------------------------------------------------------

/** Excel shows messages under #VALUE! and #N/A only; the functions speak French outside Office. */
function asExcelError(error: SheetError): StandInError {
  return error.code === '#VALUE!' || error.code === '#N/A' ? new StandInError(error.code, error.message.fr) : new StandInError(error.code);
}

/** The core's own answer: Excel's left-out optional argument (null) is the core's undefined. */
function coreAnswer(spec: FunctionSpec, call: ExcelCall): { thrown: StandInError } | { value: unknown[][] } {
  const rawArgs = spec.params.map((param, index) => {
    const value = call.args[index];
    return value === null && param.optional === true ? undefined : (value as RawArg);
  });
  const result = invoke(spec.id, rawArgs, { language: 'fr' });
  const only = result.length === 1 && result[0]?.length === 1 ? result[0][0] : undefined;
  if (only !== undefined && isSheetError(only)) return { thrown: asExcelError(only) };
  return { value: result.map((row) => row.map((cell) => (isSheetError(cell) ? asExcelError(cell) : cell))) };
}

// ---- What Excel does with the built metadata before it calls a function -----------------------------

/** One parameter of the built functions.json. */
interface BuiltParameter {
  readonly name: string;
  readonly type: string;
  readonly dimensionality: 'scalar' | 'matrix';
  readonly optional?: boolean;
}

/** The built functions.json (English, the default file). */
interface BuiltMetadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly { readonly id: string; readonly parameters: readonly BuiltParameter[] }[];
}

const builtMetadata = (file = 'functions.json'): BuiltMetadata => JSON.parse(readFileSync(built(file), 'utf8')) as BuiltMetadata;

/** A range argument mistaken for a scalar: Excel would never make this call. */
class ExcelWouldNotCall extends Error {}

/** The first error cell of an argument, in reading order. */
function firstErrorCell(value: unknown): StandInError | undefined {
  if (value instanceof StandInError) return value;
  if (!Array.isArray(value)) return undefined;
  for (const item of value as unknown[]) {
    const found = firstErrorCell(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * The arguments as Excel would hand them over under the built metadata, or what Excel answers itself:
 * - `scalar` is "a non-array value" and `matrix` "a 2-dimensional array"
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#parameters): a range
 *   given to a scalar parameter is a call Excel never makes, one value given to a matrix parameter
 *   arrives as a 1×1 matrix;
 * - without the top-level `allowErrorForDataTypeAny`, or for a parameter not typed `any`, Excel does
 *   not call the function when an argument holds an error cell, and the cell shows that error
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
 */
function excelDispatch(metadata: BuiltMetadata, id: string, args: readonly unknown[]): { args: unknown[] } | { thrown: StandInError } {
  const parameters = metadata.functions.find((fn) => fn.id === id)?.parameters ?? [];
  const handed = args.map((value, index) => {
    const parameter = parameters[index];
    if (parameter === undefined || value === null) return value;
    if (parameter.dimensionality === 'scalar' && Array.isArray(value)) {
      throw new ExcelWouldNotCall(`${id}: Excel passes no range to "${parameter.name}", declared scalar in functions.json`);
    }
    return parameter.dimensionality === 'matrix' && !Array.isArray(value) ? [[value]] : value;
  });
  for (const [index, value] of handed.entries()) {
    const error = firstErrorCell(value);
    const accepts = metadata.allowErrorForDataTypeAny === true && parameters[index]?.type === 'any';
    if (error && !accepts) return { thrown: error };
  }
  return { args: handed };
}

function bundleAnswer(implementation: ExcelFunction, call: ExcelCall, id?: string): { thrown: unknown } | { value: unknown } {
  let args: readonly unknown[] = call.args;
  if (id !== undefined) {
    const dispatched = excelDispatch(builtMetadata(), id, call.args);
    if ('thrown' in dispatched) return dispatched;
    args = dispatched.args;
  }
  try {
    return { value: implementation(...args, INVOCATION) };
  } catch (error) {
    return { thrown: error };
  }
}

// ---- Tests --------------------------------------------------------------------------------------------

describe('the built add-in', () => {
  it('holds everything a server needs', () => {
    const files = [
      'taskpane.html',
      'taskpane.js',
      'functions.js',
      'loader.js',
      'functions.json',
      'functions-fr.json',
      'manifest.xml',
      ...[16, 32, 64, 80].map((size) => `assets/icon-${size}.png`),
    ];
    for (const file of files) expect(existsSync(built(file)), file).toBe(true);
  });

  it('names office.js, then the ES5 loader, from its one page', () => {
    const html = readFileSync(built('taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'loader.js']);
  });

  it("ships functions.json and functions-fr.json with exactly the catalogue's ids", () => {
    const ids = CATALOGUE.map((spec) => spec.id);
    for (const file of ['functions.json', 'functions-fr.json']) {
      const metadata = JSON.parse(readFileSync(built(file), 'utf8')) as { functions: { id: string }[] };
      expect(metadata.functions.map((fn) => fn.id), file).toEqual(ids);
    }
  });

  it('ships a manifest for the base URL it was built for, valid against the schema', () => {
    const manifest = readFileSync(built('manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(PRODUCTION_URL), url).toBe(true);
    expect(() => execFileSync('xmllint', ['--noout', '--schema', SCHEMA, built('manifest.xml')], { stdio: 'pipe' })).not.toThrow();
  });

  it('ships square RGBA PNG icons of the sizes the manifest names, with valid chunk checksums', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(built(`assets/icon-${size}.png`));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const chunks: { type: string; data: Buffer }[] = [];
      for (let offset = 8; offset < png.length; ) {
        const length = png.readUInt32BE(offset);
        const type = png.toString('latin1', offset + 4, offset + 8);
        const data = png.subarray(offset + 8, offset + 8 + length);
        expect(png.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
        chunks.push({ type, data });
        offset += 12 + length;
      }
      expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
      const header = chunks[0]?.data ?? Buffer.alloc(0);
      expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([size, size, 8, 6]);
      // Each row: one filter byte, then 4 bytes per pixel.
      expect(inflateSync(chunks[1]?.data ?? Buffer.alloc(0)).length).toBe(size * (size * 4 + 1));
    }
  });
});

// Office runs add-ins in Trident (IE11) or EdgeHTML on older Windows builds and in the system's Safari
// on a Mac (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
describe('the syntax level of the scripts, for the engines Office runs them in', () => {
  const parses = (code: string, ecmaVersion: 5 | 2021 | 2022): boolean => {
    try {
      parse(code, { ecmaVersion, sourceType: 'script' });
      return true;
    } catch {
      return false;
    }
  };

  it(`keeps functions.js, taskpane.js and the chunks it loads on use within ES${BUNDLE_ECMA_VERSION}, the level the loader checks`, () => {
    const chunks = readdirSync(dist).filter((file) => /^chunk-[a-z0-9-]+\.js$/.test(file));
    expect(chunks.length).toBeGreaterThan(0);
    for (const file of ['functions.js', 'taskpane.js', ...chunks]) {
      expect(() => parse(readFileSync(built(file), 'utf8'), { ecmaVersion: BUNDLE_ECMA_VERSION, sourceType: 'script' }), file).not.toThrow();
    }
  });

  it('writes loader.js in ES5, which Internet Explorer 11 parses', () => {
    expect(() => parse(readFileSync(built('loader.js'), 'utf8'), { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it("probes syntax that ES2022 allows and ES2021 does not, so an older engine fails the probe", () => {
    const probe = `(function () { ${ES2022_PROBE} })();`;
    expect(parses(probe, 2022)).toBe(true);
    expect(parses(probe, 2021)).toBe(false);
    // And today's engine (Node, Chromium) passes it.
    expect(vm.runInNewContext(`(function () { ${ES2022_PROBE} })()`)).toBe(true);
  });
});

describe('the functions bundle in a stand-in Excel runtime', () => {
  it('associates every catalogue function with its id', () => {
    expect([...loadFunctionsBundle().keys()]).toEqual(CATALOGUE.map((spec) => spec.id));
  });

  it("answers in the workbook's saved language, not in the display language of who recalculates", () => {
    const office = (saved: string | null) => ({ context: { displayLanguage: 'fr-FR', document: { settings: { get: (name: string) => (name === 'Promethee.language' ? saved : null) } } } });
    const message = (functions: Map<string, ExcelFunction>): unknown => {
      try {
        functions.get('MARKUP_RATE')?.([[1], [2]], [[1], [2], [3]], INVOCATION);
      } catch (error) {
        return (error as StandInError).message;
      }
      return undefined;
    };
    expect(message(loadFunctionsBundle(true, office('en')))).toBe('selling_price and cost must have the same number of rows: 2 vs 3');
    expect(message(loadFunctionsBundle(true, office(null)))).toMatch(/^selling_price et cost doivent avoir/);
  });

  it('loads without error where there is no custom-functions runtime (a plain browser)', () => {
    expect(() => loadFunctionsBundle(false)).not.toThrow();
  });

  // The help texts reach Excel through functions.json, generated at build time; the runtime never reads
  // them, so functions.js is built without them (build/webpack/runtime-catalogue.mjs).
  it('carries none of the help texts of the catalogue, and the texts its results and errors show', () => {
    const strings = bundleStrings(readFileSync(built('functions.js'), 'utf8'));
    const contains = (text: string): boolean => strings.some((value) => value.includes(text));
    const helpTexts = CATALOGUE.flatMap((spec) => [
      spec.summary,
      spec.help,
      spec.example.result,
      { fr: spec.example.formula, en: spec.example.formula },
      ...spec.params.map((param) => param.description),
    ]).flatMap((text) => [text.fr, text.en]);
    // The start of each text long enough to be its own (a short one, "300", could be any string).
    const starts = [...new Set(helpTexts.filter((text) => text.length >= 24).map((text) => text.slice(0, 24)))];
    expect(starts.length).toBeGreaterThan(100);
    expect(starts.filter(contains)).toEqual([]);
    // The texts a call shows stay: a segment's name, a header of a result, an error message.
    expect(contains('Clients fidèles')).toBe(true);
    expect(contains('Achats attendus')).toBe(true);
    expect(contains('doivent avoir le même nombre de lignes')).toBe(true);
  });

  // What else the build leaves out of functions.js, each a rule that a change elsewhere could undo
  // with every call still answering right: the checks of the declarations (defineFunction: they ran
  // when the build generated functions.json from the same declarations), the help the parameter
  // builders keep (build/webpack/runtime-catalogue.mjs), the range checks of coded transactions, which
  // the functions never read (aggregateCodedTransactions in src/metrics/rfm/aggregate.ts), and the names
  // of the catalogue's messages, read through their namespace so that the minifier shortens them
  // (an alias of the namespace, or an object of messages again, would bring every name back).
  it('carries neither the checks of the declarations, nor the help of the parameters, nor the checks of coded transactions, nor the names of the messages', () => {
    const code = readFileSync(built('functions.js'), 'utf8');
    const strings = bundleStrings(code);
    const contains = (text: string): boolean => strings.some((value) => value.includes(text));
    expect(contains('Invalid function id')).toBe(false);
    expect(contains('required parameter')).toBe(false);
    expect(code).not.toMatch(/\b(?:description|defaultValue)\b/);
    // The longest fixed part of each of their messages, between the sample values 7 and 3.
    const longest = [customerCodeOutside(7, 3), orderCodeOutside(7, 3)]
      .flatMap((message) => [message.fr, message.en])
      .map((text) => text.split(/[73]/).sort((a, b) => b.length - a.length)[0] ?? '');
    expect(longest.every((part) => part.trim().length >= 8)).toBe(true);
    expect(longest.filter(contains)).toEqual([]);
    const names = Object.keys(catalogueMessages).filter((name) => name !== 'INTERNAL_ERROR_MARK');
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => code.includes(name))).toEqual([]);
    // And the same bundle does answer with those messages (the text, not the name, is what stays).
    expect(contains(catalogueMessages.emptyRange('').fr.trim())).toBe(true);
  });

  describe.each(CATALOGUE.map((spec) => [spec.id, spec] as const))('%s', (_id, spec) => {
    it('answers every Excel-shaped call as the core does, and some with a value', () => {
      const implementation = loadFunctionsBundle().get(spec.id);
      expect(implementation).toBeDefined();
      if (!implementation) return;
      let answeredWithValue = false;
      for (const call of excelCalls(spec)) {
        const expected = coreAnswer(spec, call);
        const actual = bundleAnswer(implementation, call, spec.id);
        expect(actual, call.label).toEqual(expected);
        if ('value' in expected) answeredWithValue ||= expected.value.flat().some((cell) => !(cell instanceof StandInError) && cell !== '');
      }
      // Guards the samples: a function that only ever answers errors would test the error path alone.
      expect(answeredWithValue, `${spec.id} answered every call with an error: give its parameter kinds better samples`).toBe(true);
    });
  });
});

describe('the built functions with the forms the help documents', () => {
  /** Calls a built function as Excel would under the built functions.json. */
  function callAsExcel(id: string, args: readonly unknown[]): { thrown: unknown } | { value: unknown } {
    const implementation = loadFunctionsBundle().get(id);
    if (!implementation) throw new Error(`${id} is not associated`);
    return bundleAnswer(implementation, { label: id, args }, id);
  }

  it('declares the [method] of RFM_TABLE and RFM_SCORE as a matrix in both files, as it accepts a block of cut points', () => {
    for (const file of ['functions.json', 'functions-fr.json']) {
      for (const id of ['RFM_TABLE', 'RFM_SCORE']) {
        const method = builtMetadata(file).functions.find((fn) => fn.id === id)?.parameters[5];
        expect(method?.dimensionality, `${file} ${id}`).toBe('matrix');
      }
    }
  });

  it('scores RFM_SCORE against a 3 × 2 block of cut points given as its [method]', () => {
    // Cut points with 3 bins: R at 30 and 90 days, F at 2 and 5 orders, M at 50 and 100 €. A value
    // scores 1 + the number of cut points ≤ it; recency is then reversed (4 − score):
    //   5 days → 1 → R 3; 40 → 2 → R 2; 100 and 200 → 3 → R 1
    //   10 orders → F 3; 4 → 2; 2 → 2; 1 → 1      500 € → M 3; 120 → 3; 60 → 2; 20 → 1
    const cuts = [
      [30, 90],
      [2, 5],
      [50, 100],
    ];
    const answer = callAsExcel('RFM_SCORE', [[[5], [40], [100], [200]], [[10], [4], [2], [1]], [[500], [120], [60], [20]], null, 3, cuts]);
    expect(answer).toEqual({ value: [['333'], ['223'], ['122'], ['111']] });
  });

  it('builds RFM_TABLE with a block of cut points given as its [method]', () => {
    // C1 bought on 2024-01-01 and 2024-03-01 (100 + 50 €), C2 on 2024-02-01 (20 €); as of 2024-03-11:
    // C1 recency 10 days, 2 orders, 150 €; C2 39 days, 1 order, 20 €. Cuts with 2 bins: R 30, F 2, M 100.
    const answer = callAsExcel('RFM_TABLE', [
      [['C1'], ['C1'], ['C2']],
      [[45292], [45352], [45323]],
      [[100], [50], [20]],
      45362,
      2,
      [[30], [2], [100]],
      'en',
    ]);
    expect('value' in answer ? (answer.value as unknown[][]).slice(1).map((row) => row.slice(0, 8)) : answer).toEqual([
      ['C1', 10, 2, 150, 2, 2, 2, '222'],
      ['C2', 39, 1, 20, 1, 1, 1, '111'],
    ]);
  });
});

describe('the built functions with error cells in their input', () => {
  /** Calls a built function as Excel would under the built functions.json. */
  function callAsExcel(id: string, args: readonly unknown[]): { thrown: unknown } | { value: unknown } {
    const implementation = loadFunctionsBundle().get(id);
    if (!implementation) throw new Error(`${id} is not associated`);
    return bundleAnswer(implementation, { label: id, args }, id);
  }

  it('answers RFM_TABLE over 5,000 transactions holding one #N/A with the row and column of that cell', () => {
    const customers = Array.from({ length: 5000 }, (_, i) => [`C${i % 300}`]);
    const dates = Array.from({ length: 5000 }, (_, i): unknown[] => [45292 + (i % 200)]);
    const amounts = Array.from({ length: 5000 }, (_, i): unknown[] => [10 + (i % 7)]);
    dates[4321] = [new StandInError('#N/A')];
    expect(callAsExcel('RFM_TABLE', [customers, dates, amounts, null, null, null, null])).toEqual({
      thrown: new StandInError(
        '#VALUE!',
        'dates\u00a0: ligne 4322, colonne 1 de la plage contient l’erreur #N/A\u00a0; corrigez cette cellule ou écartez-la (par exemple avec SIERREUR), puis recalculez RFM_TABLE',
      ),
    });
  });

  it('answers ABC_CLASS over a column with a #DIV/0! with where it is, rather than a bare error', () => {
    const answer = callAsExcel('ABC_CLASS', [[[10], [70], [new StandInError('#DIV/0!')], [5]], null, null]);
    expect(answer).toEqual({ thrown: new StandInError('#VALUE!', expect.stringMatching(/^values\u00a0: ligne 3, colonne 1 de la plage contient l’erreur #DIV\/0!/) as unknown as string) });
  });
});

// The built task pane page in Chromium: office.js is stood in for by a script of the test (there is
// no network here), so the page runs its real bundles as Excel would load them.
describe('the built task pane page', () => {
  const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  /** Office and Excel as the task pane sees them inside Excel, with a workbook that cannot be reached. */
  const IN_EXCEL = `
    window.excelRuns = 0;
    window.Office = {
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        displayLanguage: 'en-US',
        requirements: { isSetSupported: function () { return true; } },
        document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (callback) { callback({ status: 'succeeded' }); } } },
      },
      onReady: function (callback) { var info = { host: 'Excel', platform: 'OfficeOnline' }; callback(info); return Promise.resolve(info); },
    };
    window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
    window.Excel = { run: function () { window.excelRuns++; return Promise.reject(new Error('the workbook is out of reach')); } };
  `;

  async function openPage(
    officeJs: string | null,
  ): Promise<{ text: () => Promise<string>; page: import('playwright-core').Page; requested: string[]; close: () => Promise<void> }> {
    const served = await serveFolder(dist);
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    page.setDefaultTimeout(10_000);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url().split('/').pop() ?? ''));
    await page.route(OFFICE_JS, (route) => (officeJs === null ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: officeJs })));
    await page.goto(`${served.url}taskpane.html`);
    return {
      page,
      requested,
      text: () => page.locator('body').innerText(),
      close: async () => {
        await browser.close();
        await served.close();
      },
    };
  }

  it('in an engine too old for the bundles, loads neither, says why in the pane and makes every function answer #VALUE! with it', async () => {
    const served = await serveFolder(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
      page.setDefaultTimeout(10_000);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url().split('/').pop() ?? ''));
      await page.route(OFFICE_JS, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `
            window.associated = {};
            window.CustomFunctions = {
              associate: function (id, implementation) { window.associated[id] = implementation; },
              Error: function (code, message) { this.code = code; this.message = message; },
              ErrorCode: { invalidValue: '#VALUE!' },
            };`,
        }),
      );
      // An engine that cannot compile ES2022, as Internet Explorer 11 or Safari 15 (their parse error
      // is what the Function constructor throws for the probe).
      await page.addInitScript(() => {
        (globalThis as unknown as { Function: unknown }).Function = function oldEngine(): never {
          throw new SyntaxError('Syntax error');
        };
      });
      await page.goto(`${served.url}taskpane.html`);
      await page.getByRole('alert').getByText(/Prométhée a besoin d’un moteur web plus récent/).waitFor();
      await page.getByText(OLD_ENGINE_MESSAGE.en).waitFor();
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENS, 'taskpane-old-engine.png'), fullPage: true });
      expect(requested).not.toContain('functions.js');
      expect(requested).not.toContain('taskpane.js');
      const answers = await page.evaluate(() => {
        const associated = (globalThis as unknown as { associated: Record<string, () => unknown> }).associated;
        return Object.keys(associated).map((id) => {
          try {
            associated[id]?.();
            return { id, thrown: null };
          } catch (error) {
            return { id, thrown: error as { code: string; message: string } };
          }
        });
      });
      expect(answers.map((answer) => answer.id)).toEqual(CATALOGUE.map((spec) => spec.id));
      for (const answer of answers) {
        expect(answer.thrown?.code, answer.id).toBe('#VALUE!');
        expect(answer.thrown?.message, answer.id).toBe(`${OLD_ENGINE_MESSAGE.fr} / ${OLD_ENGINE_MESSAGE.en}`);
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });

  it('says where to open it from when office.js is not there (outside Excel)', async () => {
    const opened = await openPage(null);
    try {
      await opened.page.getByText('Ouvrez cette page depuis Excel').waitFor();
    } finally {
      await opened.close();
    }
  });

  it('mounts the sidebar in the language of Office inside Excel, and shows what Excel answered', async () => {
    const opened = await openPage(IN_EXCEL);
    try {
      const { page } = opened;
      await page.getByRole('heading', { name: 'What do you want to build?' }).waitFor();
      // loader.js loaded the functions, then the task pane (appended to the head, so they come before
      // loader.js in document order).
      const loaded = await page.evaluate(() =>
        Array.from((globalThis as unknown as { document: { scripts: ArrayLike<{ src: string }> } }).document.scripts, (script) => script.src.split('/').pop() ?? ''),
      );
      expect(loaded.filter((name) => name.endsWith('.js') && name !== 'office.js')).toEqual(['functions.js', 'taskpane.js', 'loader.js']);
      await expect(page.locator('#loading').count()).resolves.toBe(0);
      // The first paint loads no chunk: the plans of the builds come with the first build.
      const isChunk = (name: string): boolean => /^chunk-[a-z0-9-]+\.js$/.test(name);
      expect(opened.requested.filter(isChunk)).toEqual([]);
      await page.getByRole('button', { name: 'Build the audit workbook' }).click();
      await page.getByRole('alert').getByText(/the workbook is out of reach/).waitFor();
      await expect(page.evaluate(() => (globalThis as unknown as { excelRuns: number }).excelRuns)).resolves.toBeGreaterThan(0);
      expect(opened.requested.filter(isChunk).length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
