/**
 * The streamed .xlsx writer of the command line (src/xlsx/parts.ts zipped by src/cli/xlsx-file.ts)
 * against the ExcelJS writer (src/xlsx/writer.ts), which the playground's export still uses: every
 * product sheet, in French and in English, written by both and read back with ExcelJS, must hold the
 * same cells (values, formulas, styles with their number formats and locks), merges, validations,
 * conditional formats, names, views, widths, heights, print setup, protection, and the same charts.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import type { Language } from '../src/cells/errors.js';
import { writeXlsxStreamed, zipParts } from '../src/cli/xlsx-file.js';
import { aggregateTransactions } from '../src/metrics/rfm/aggregate.js';
import { cellRange } from '../src/plans/a1.js';
import { buildSegmentationPlans } from '../src/plans/audit.js';
import { buildClvPlan } from '../src/plans/clv.js';
import { formulaCell, SheetPlanBuilder, valueCell } from '../src/plans/sheet-builder.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { BUILDS } from '../src/workbook/build-list.js';
import { PLANNERS } from '../src/workbook/builds.js';
import { xlsxParts } from '../src/xlsx/parts.js';
import { writeXlsx } from '../src/xlsx/writer.js';

/** Text a user may type that must stay text, and characters XML escapes or forbids. */
const TRICKY = ['=1+1', '@SUM(A1)', '  spaced  ', 'a & b < c > d "e" \'f\'', 'tab\there', 'bell\u0007gone', 'ligne 1\nligne 2'];

function trickyPlan(): SheetPlan {
  return new SheetPlanBuilder({ key: 'test.tricky', version: 1, name: 'Texte', language: 'fr' })
    .block(1, 1, TRICKY.map((text) => [valueCell(text), valueCell(true), valueCell(-0.000125)]))
    .block(1, 4, [[formulaCell('SUM(C1:C2)')], [valueCell(null)]])
    .name('test_value', cellRange(1, 3))
    .build();
}

/** Every sheet the product builds, the customer sheets (ABC, RFM, CLV) from 90 customers (one with a refund). */
function productPlans(language: Language): SheetPlan[] {
  const plans: SheetPlan[] = [];
  for (const build of BUILDS) {
    // The KPI sheet is part of the audit's; the sheets reading a selection are built from the transactions below.
    if (build.key === 'kpi' || build.selection === 'itemValues' || build.selection === 'transactions') continue;
    plans.push(...PLANNERS[build.key]({ language }).plans);
  }
  const customers = Array.from({ length: 180 }, (_, i) => `C${String(i % 90).padStart(3, '0')}`);
  const transactions = {
    customer: customers,
    day: customers.map((_, i) => 19_000 + i * 2),
    amount: customers.map((_, i) => (i === 11 ? -40 : 5 + ((i * 53) % 120))),
  };
  const table = aggregateTransactions(transactions);
  if (isSheetError(table)) throw new Error(table.message.en);
  const segmentation = buildSegmentationPlans({ language, table });
  if (isSheetError(segmentation)) throw new Error(segmentation.message.en);
  const clv = buildClvPlan({ language, transactions });
  if (isSheetError(clv)) throw new Error(clv.message.en);
  return [...plans, ...segmentation, clv.plan].map(assertValidPlan);
}

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own global Buffer (an ArrayBuffer) that Node's Buffer does not satisfy in types.
  await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

interface SheetModel {
  name: string;
  cols?: { min: number; max: number; width?: number }[];
  rows: { number: number; height?: number; min?: number; max?: number; cells: unknown[] }[];
  [field: string]: unknown;
}

/** What a sheet holds, read back, without what says nothing of its content: the rows' spans. */
function content(sheet: ExcelJS.Worksheet): SheetModel {
  const model = sheet.model as unknown as SheetModel;
  return { ...model, rows: model.rows.map(({ min: _min, max: _max, ...row }) => row) };
}

/** The width of each column, one entry per column. */
function widths(model: SheetModel): Map<number, number | undefined> {
  const result = new Map<number, number | undefined>();
  for (const col of model.cols ?? []) for (let c = col.min; c <= col.max; c++) result.set(c, col.width);
  return result;
}

async function zipTexts(data: Uint8Array, prefix: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const texts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((name) => prefix.test(name) && !name.endsWith('/')).sort()) {
    texts.set(path, (await zip.file(path)?.async('string')) ?? '');
  }
  return texts;
}

describe.each<Language>(['fr', 'en'])('the streamed writer, every product sheet in %s', (language) => {
  let plans: SheetPlan[] = [];
  let before: Uint8Array = new Uint8Array();
  let after: Uint8Array = new Uint8Array();
  let oldBook = new ExcelJS.Workbook();
  let newBook = new ExcelJS.Workbook();

  beforeAll(async () => {
    plans = [...productPlans(language), trickyPlan()];
    const old = await writeXlsx(plans);
    const streamed = await writeXlsxStreamed(plans);
    expect(streamed.sheetNames).toEqual(old.sheetNames);
    expect(streamed.stats).toEqual(old.stats);
    before = old.data;
    after = streamed.data;
    oldBook = await load(before);
    newBook = await load(after);
  });

  it('writes the same sheets, in the same order', () => {
    expect(plans.length).toBeGreaterThan(25);
    expect(newBook.worksheets.map((sheet) => sheet.name)).toEqual(oldBook.worksheets.map((sheet) => sheet.name));
  });

  it('writes the same cells, styles, merges, validations, conditional formats, views, print setup and protection', () => {
    let cells = 0;
    for (const oldSheet of oldBook.worksheets) {
      const newSheet = newBook.getWorksheet(oldSheet.name);
      if (newSheet === undefined) throw new Error(`no sheet ${oldSheet.name}`);
      const expected = content(oldSheet);
      const actual = content(newSheet);
      // The one difference, a fix: ExcelJS drops a column width of exactly 9 characters (its own
      // default), so the old file shows such a column at the reader's default width; the new one keeps it.
      const planned = new Map((plans[oldBook.worksheets.indexOf(oldSheet)]?.columnWidths ?? []).map(({ column, width }) => [column, width]));
      const oldWidths = widths(expected);
      const newWidths = widths(actual);
      for (const [column, width] of newWidths) {
        expect(width, `${oldSheet.name} column ${column}`).toBe(planned.get(column));
        if (!(width === 9 && !oldWidths.has(column))) expect(oldWidths.get(column), `${oldSheet.name} column ${column}`).toBe(width);
      }
      for (const column of oldWidths.keys()) expect(newWidths.has(column), `${oldSheet.name} column ${column}`).toBe(true);
      expect({ ...actual, cols: [] }, oldSheet.name).toEqual({ ...expected, cols: [] });
      cells += actual.rows.reduce((sum, row) => sum + row.cells.length, 0);
    }
    expect(cells).toBeGreaterThan(5_000);
  });

  it('keeps user text as text, drops the control characters XML forbids, and keeps the other values', () => {
    const sheet = newBook.getWorksheet('Texte');
    expect(TRICKY.map((_, i) => sheet?.getCell(i + 1, 1).value)).toEqual([
      '=1+1',
      '@SUM(A1)',
      '  spaced  ',
      'a & b < c > d "e" \'f\'',
      'tab\there',
      'bellgone',
      'ligne 1\nligne 2',
    ]);
    expect(sheet?.getCell('B1').value).toBe(true);
    expect(sheet?.getCell('C1').value).toBe(-0.000125);
    expect(sheet?.getCell('D1').value).toEqual({ formula: 'SUM(C1:C2)' });
  });

  it('defines the same names, print titles included, and asks for a full recalculation on load', async () => {
    const sorted = (book: ExcelJS.Workbook): unknown[] => [...book.definedNames.model].sort((a, b) => a.name.localeCompare(b.name));
    expect(sorted(newBook)).toEqual(sorted(oldBook));
    expect(newBook.definedNames.model.length).toBeGreaterThan(plans.length);
    expect(newBook.worksheets.filter((sheet) => sheet.pageSetup.printTitlesRow !== undefined).length).toBeGreaterThan(3);
    // ExcelJS does not read the calculation properties back: the part says it.
    const workbookXml = (await zipTexts(after, /^xl\/workbook\.xml$/)).get('xl/workbook.xml') ?? '';
    expect(workbookXml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it('writes the same charts and drawings, linked from the same sheets', async () => {
    const charts = /^xl\/(charts|drawings)\/|^xl\/worksheets\/_rels\//;
    const oldParts = await zipTexts(before, charts);
    const newParts = await zipTexts(after, charts);
    expect([...newParts.keys()]).toEqual([...oldParts.keys()]);
    expect([...oldParts.keys()].filter((path) => path.startsWith('xl/charts/')).length).toBeGreaterThan(10);
    for (const [path, text] of oldParts) expect(newParts.get(path), path).toBe(text);
    const declared = (await zipTexts(after, /^\[Content_Types\]\.xml$/)).get('[Content_Types].xml') ?? '';
    for (const path of newParts.keys()) if (!path.includes('_rels')) expect(declared).toContain(`PartName="/${path}"`);
  });
});

describe('the streamed writer', () => {
  it('hands a large sheet to the zip in small chunks, never as one text', () => {
    const rows = 30_000;
    const plan = new SheetPlanBuilder({ key: 'test.large', version: 1, name: 'Large', language: 'en' })
      .block(1, 1, Array.from({ length: rows }, (_, i) => [valueCell(`customer ${i}`), valueCell(i * 1.5), formulaCell(`B${i + 1}*2`)]))
      .style(cellRange(1, 1, rows, 3), 'data')
      .build();
    const { parts } = xlsxParts([plan], { theme: '<theme/>' });
    let sheetCharacters = 0;
    let largest = 0;
    for (const part of parts) {
      for (const chunk of part.chunks()) {
        if (part.path !== 'xl/worksheets/sheet1.xml') continue;
        sheetCharacters += chunk.length;
        largest = Math.max(largest, chunk.length);
      }
    }
    // About 110 characters a row: 3.3 million in all, in chunks of 50 rows, about 6,000 characters.
    expect(sheetCharacters).toBeGreaterThan(3_000_000);
    expect(largest).toBeLessThan(20_000);
  });

  it('writes a zip that an independent reader opens with every CRC-32 right', async () => {
    const created = new Date(Date.UTC(2024, 1, 29, 13, 45, 58));
    const data = await zipParts(
      [
        { path: 'a.txt', chunks: () => ['été ', 'à ', 'Paris'] },
        { path: 'dossier/b.xml', chunks: () => Array.from({ length: 3_000 }, (_, i) => `<r n="${i}"/>`) },
        { path: 'vide', chunks: () => [] },
      ],
      created,
    );
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    expect(await zip.file('a.txt')?.async('string')).toBe('été à Paris');
    expect((await zip.file('dossier/b.xml')?.async('string'))?.length).toBe(Array.from({ length: 3_000 }, (_, i) => `<r n="${i}"/>`).join('').length);
    expect(await zip.file('vide')?.async('string')).toBe('');
    // MS-DOS times have two-second steps: 13:45:58 stays 13:45:58.
    expect(zip.file('a.txt')?.date.getTime()).toBe(created.getTime());
  });
});
