// The LibreOffice harness: proves generated workbooks in a real spreadsheet engine. It writes .xlsx
// files, converts them headless with a profile that forces the recalculation of every formula on
// load (LibreOffice otherwise keeps the cached values of an .xlsx), and reads every sheet back as
// CSV, raw values rather than as displayed. Several workbooks go through one soffice run: starting
// LibreOffice costs seconds, converting a small workbook much less.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const run = promisify(execFile);

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'];

/**
 * CSV export of every sheet: comma, double quote, UTF-8, raw values (not as shown), no formulas,
 * all sheets (-1, LibreOffice ≥ 7.2), each sheet to its own "<file>-<sheet>.csv".
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** The recalculation settings: recalculate .xlsx (OOXML) and .ods files always (0), never from cache. */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A workbook to recalculate: a file name without extension (unique in the batch) and its bytes. */
export interface WorkbookFile {
  readonly name: string;
  readonly data: Uint8Array;
}

/** Every sheet of a recalculated workbook: sheet name → rows of cells as exported text. */
export type RecalculatedSheets = Map<string, string[][]>;

/**
 * The soffice executable, or a clear failure: the tests that need it must not be skipped silently.
 * @returns the path of soffice
 */
export function findSoffice(): string {
  const found = SOFFICE_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      'LibreOffice is required for these tests and was not found (looked for soffice in ' +
        `${SOFFICE_CANDIDATES.join(', ')}). Install it with: apt-get install -y libreoffice-calc-nogui`,
    );
  }
  return found;
}

/** A fresh LibreOffice profile that forces recalculation; one per run, so parallel runs never share a lock. */
function makeProfile(root: string): string {
  const profile = path.join(root, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
  return `file://${profile}`;
}

async function soffice(root: string, args: readonly string[]): Promise<void> {
  const executable = findSoffice();
  try {
    await run(executable, [`-env:UserInstallation=${makeProfile(root)}`, '--headless', '--norestore', '--nolockcheck', ...args], {
      cwd: root,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, HOME: root },
    });
  } catch (error) {
    throw new Error(`soffice ${args.join(' ')} failed: ${String(error)}`, { cause: error });
  }
}

/**
 * Recalculates workbooks in LibreOffice and reads every sheet back.
 * @param workbooks - the .xlsx files, names unique
 * @param sheetNames - for each workbook, the names of its sheets in order (the CSV files are named after them)
 * @returns for each workbook name, its sheets as rows of exported text
 */
export async function recalculate(
  workbooks: readonly WorkbookFile[],
  sheetNames: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, RecalculatedSheets>> {
  const root = mkdtempSync(path.join(tmpdir(), 'promethee-lo-'));
  try {
    const inputs = workbooks.map((workbook) => {
      const file = path.join(root, `${workbook.name}.xlsx`);
      writeFileSync(file, workbook.data);
      return file;
    });
    const out = path.join(root, 'out');
    mkdirSync(out);
    await soffice(root, ['--convert-to', CSV_FILTER, '--outdir', out, ...inputs]);
    const produced = new Set(readdirSync(out));
    const results = new Map<string, RecalculatedSheets>();
    for (const workbook of workbooks) {
      const sheets: RecalculatedSheets = new Map();
      const names = sheetNames.get(workbook.name) ?? [];
      for (const sheet of names) {
        const file = `${workbook.name}-${sheet}.csv`;
        if (!produced.has(file)) {
          throw new Error(`LibreOffice produced no ${file} (produced: ${[...produced].join(', ')})`);
        }
        sheets.set(sheet, parseCsv(readFileSync(path.join(out, file), 'utf8')));
      }
      results.set(workbook.name, sheets);
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A workbook printed to PDF: the text of each page, and the PNG images kept of its first pages. */
export interface PrintedWorkbook {
  readonly name: string;
  /** The text of every page (pdftotext -layout), in order. */
  readonly pages: readonly string[];
  readonly images: readonly string[];
}

/**
 * Prints workbooks to PDF through one LibreOffice run (recalculated first), reads the text of every
 * page, and keeps PNG images of the first pages in a folder for a person to look at.
 * @param workbooks - the .xlsx files
 * @param folder - where the PNG files go ("<name>-<page>.png")
 * @param maxPages - pages rendered as images per workbook
 * @param resolution - dots per inch of the images
 * @returns each workbook's pages and images
 */
export async function printWorkbooks(workbooks: readonly WorkbookFile[], folder: string, maxPages = 12, resolution = 80): Promise<PrintedWorkbook[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'promethee-lo-print-'));
  try {
    mkdirSync(folder, { recursive: true });
    for (const old of readdirSync(folder)) {
      if (workbooks.some((workbook) => old.startsWith(`${workbook.name}-`)) && old.endsWith('.png')) rmSync(path.join(folder, old));
    }
    const inputs = workbooks.map((workbook) => {
      const file = path.join(root, `${workbook.name}.xlsx`);
      writeFileSync(file, workbook.data);
      return file;
    });
    await soffice(root, ['--convert-to', 'pdf', '--outdir', root, ...inputs]);
    return await Promise.all(
      workbooks.map(async (workbook) => {
        const pdf = path.join(root, `${workbook.name}.pdf`);
        const text = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
        const pages = text.stdout.split('\f');
        if (pages[pages.length - 1]?.trim() === '') pages.pop();
        const prefix = path.join(folder, workbook.name);
        writeFileSync(`${prefix}.txt`, pages.map((page, i) => `=== page ${i + 1}\n${page}`).join('\n'));
        await run('pdftoppm', ['-png', '-r', String(resolution), '-l', String(maxPages), pdf, prefix]);
        const images = readdirSync(folder)
          .filter((f) => f.startsWith(`${workbook.name}-`) && f.endsWith('.png'))
          .map((f) => path.join(folder, f));
        return { name: workbook.name, pages, images };
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Parses CSV as LibreOffice writes it (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * @param text - the CSV text
 * @returns rows of fields
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A workbook of a test's batch: its bytes and the sheets to read back. */
export interface CheckedWorkbook extends WorkbookFile {
  readonly sheets: readonly string[];
}

/** What one batch gives: the sheets of each workbook as exported text, and the printed pages. */
export interface CheckedBatch {
  /** The rows of a sheet of a workbook (none when absent). */
  readonly rows: (workbook: string, sheet: string) => string[][];
  readonly printed: readonly PrintedWorkbook[];
}

/**
 * The usual batch of the sheet tests: every workbook recalculated in one soffice run while the first
 * `print` of them are printed to PDF, with PNG images of their pages kept in .tmp/screens/.
 * @param workbooks - the workbooks, names unique
 * @param print - how many of the first workbooks are printed
 * @param maxPages - pages of each printed workbook kept as images
 * @returns the rows of each sheet and the printed pages
 */
export async function recalculateAndPrint(workbooks: readonly CheckedWorkbook[], print = 2, maxPages = 12): Promise<CheckedBatch> {
  const [recalculated, printed] = await Promise.all([
    recalculate(workbooks, new Map(workbooks.map((workbook) => [workbook.name, workbook.sheets]))),
    printWorkbooks(workbooks.slice(0, print), path.resolve(process.cwd(), '.tmp/screens'), maxPages, 60),
  ]);
  return { rows: (workbook, sheet) => recalculated.get(workbook)?.get(sheet) ?? [], printed };
}

/**
 * The error values of the sheets named, by workbook and sheet ("wb/sheet A1: #N/A"), and the sheets
 * that came back with ten rows or fewer (a sheet not exported at all shows no error value).
 * @param batch - a batch's rows
 * @param checks - each workbook with the names of the sheets to look at
 * @returns the problems, empty when none
 */
export function batchProblems(batch: Pick<CheckedBatch, 'rows'>, checks: readonly (readonly [string, readonly string[]])[]): string[] {
  return checks.flatMap(([workbook, sheets]) =>
    sheets.flatMap((sheet) => {
      const rows = batch.rows(workbook, sheet);
      if (rows.length <= 10) return [`${workbook}/${sheet}: ${rows.length} rows`];
      return errorCells(rows).map((cell) => `${workbook}/${sheet} ${cell}`);
    }),
  );
}

/** Error values a recalculated sheet must never show. */
export const ERROR_VALUE = /^(?:#NAME\?|#VALUE!|#DIV\/0!|#REF!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)/;

/**
 * Every cell of a sheet holding an error value, as "A1: #N/A" lines.
 * @param rows - the sheet's rows
 * @returns the error cells, empty when none
 */
export function errorCells(rows: readonly (readonly string[])[]): string[] {
  const found: string[] = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (ERROR_VALUE.test(cell)) found.push(`${columnName(c + 1)}${r + 1}: ${cell}`);
    });
  });
  return found;
}

/**
 * The exported text of one cell by its A1 address ("" when outside the exported area).
 * @param rows - the sheet's rows
 * @param address - e.g. "B7"
 * @returns the cell text
 */
export function cellText(rows: readonly (readonly string[])[], address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(`Not an A1 address: ${address}`);
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  return rows[Number(match[2]) - 1]?.[column - 1] ?? '';
}

/**
 * The number in one cell, or NaN when it holds no number. LibreOffice exports raw values with 15
 * significant digits, except that a percent-formatted cell keeps its "%" (read here as ÷ 100).
 * @param rows - the sheet's rows
 * @param address - e.g. "B7"
 * @returns the number
 */
export function cellNumber(rows: readonly (readonly string[])[], address: string): number {
  return numberFromText(cellText(rows, address));
}

/**
 * A number exported by LibreOffice ("12.5", "4.44444444444445%", "4,5" from a French sheet), or NaN.
 * @param text - the exported text
 * @returns the number
 */
export function numberFromText(text: string): number {
  // A French sheet's formats carry the French locale: LibreOffice exports its raw values with a
  // decimal comma ("4,5"), never with thousands separators.
  const trimmed = /^-?\d+,\d+(?:E[-+]?\d+)?%?$/.test(text.trim()) ? text.trim().replace(',', '.') : text.trim();
  if (trimmed === '') return Number.NaN;
  return trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/**
 * Reads an .xlsx file with ExcelJS, to edit it as a user would.
 * @param data - the file's bytes
 * @returns the workbook
 */
export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own global Buffer (an ArrayBuffer) that Node's Buffer does not satisfy in types.
  await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/**
 * Changes cells of one sheet of an .xlsx file and saves it again, as a user editing inputs would.
 * @param data - the file's bytes
 * @param sheetName - the sheet to edit
 * @param edits - A1 address → new value
 * @returns the bytes of the edited file
 */
export async function editCells(data: Uint8Array, sheetName: string, edits: Readonly<Record<string, number | string>>): Promise<Uint8Array> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`No sheet "${sheetName}" to edit`);
  for (const [address, value] of Object.entries(edits)) sheet.getCell(address).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The protection of one sheet as the file writes it, read from its XML. */
export interface SheetLocks {
  /** The attributes of its <sheetProtection> element, or null when the sheet is not protected. */
  readonly protection: Readonly<Record<string, string>> | null;
  /** Cells whose style unlocks them (`<protection locked="0"/>` in their cell format). */
  readonly unlocked: ReadonlySet<string>;
  /** Cells filled with the theme's input or example yellow, as the user sees them. */
  readonly yellow: ReadonlySet<string>;
  /** Cells holding a formula. */
  readonly formulas: ReadonlySet<string>;
}

function attributes(element: string): Record<string, string> {
  return Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/**
 * The sheet protection and cell locks an .xlsx file holds, read from its XML parts (not through a
 * library that might fill in defaults): each sheet's <sheetProtection>, and which cells are unlocked,
 * painted in an input colour, or computed.
 * @param data - the file's bytes
 * @param inputFills - the fills of input cells, "#RRGGBB"
 * @returns sheet name → its locks
 */
export async function sheetLocks(data: Uint8Array, inputFills: readonly string[]): Promise<Map<string, SheetLocks>> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (file === null) throw new Error(`no ${name} in the file`);
    return file.async('string');
  };
  const styles = await text('xl/styles.xml');
  const fills = [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map(
    (match) => /<fgColor rgb="FF([0-9A-F]{6})"/.exec(match[1] ?? '')?.[1] ?? '',
  );
  const wanted = new Set(inputFills.map((fill) => fill.slice(1).toUpperCase()));
  const formats = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((match) => ({
    unlocked: /<protection [^>]*locked="0"/.test(match[2] ?? ''),
    yellow: wanted.has(fills[Number(attributes(match[1] ?? '').fillId ?? 0)] ?? ''),
  }));
  const rels = new Map(
    [...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship [^>]*>/g)].map((match) => {
      const rel = attributes(match[0]);
      return [rel.Id ?? '', rel.Target ?? ''];
    }),
  );
  const result = new Map<string, SheetLocks>();
  for (const match of (await text('xl/workbook.xml')).matchAll(/<sheet [^>]*>/g)) {
    const sheet = attributes(match[0]);
    const xml = await text(`xl/${(rels.get(sheet['r:id'] ?? '') ?? '').replace(/^\/?xl\//, '')}`);
    const element = /<sheetProtection [^>]*>/.exec(xml)?.[0];
    const unlocked = new Set<string>();
    const yellow = new Set<string>();
    const formulas = new Set<string>();
    for (const cell of xml.matchAll(/<c ([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
      const { r: address = '', s: style = '0' } = attributes(cell[1] ?? '');
      const format = formats[Number(style)];
      if (format?.unlocked === true) unlocked.add(address);
      if (format?.yellow === true) yellow.add(address);
      if ((cell[3] ?? '').includes('<f')) formulas.add(address);
    }
    result.set((sheet.name ?? '').replaceAll('&apos;', "'").replaceAll('&amp;', '&'), { protection: element === undefined ? null : attributes(element), unlocked, yellow, formulas });
  }
  return result;
}
