import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellRange } from '../plans/a1.js';
import { buildKpiPlan } from '../plans/kpi.js';
import { sheetRef } from '../plans/names.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from '../plans/sheet-builder.js';
import type { SheetPlan } from '../plans/types.js';
import { existingSheets, markerName, writeXlsx } from './writer.js';

const DANGEROUS = ['=1+1', '@SUM(A1)', '+33 6 12', '-foo', '=HYPERLINK("http://x","y")', '00123'];

function dangerousPlan(): SheetPlan {
  return new SheetPlanBuilder({ key: 'test.safety', version: 2, name: 'Safety', language: 'en' })
    .block(1, 1, DANGEROUS.map((text) => [valueCell(text)]))
    .block(1, 2, [[formulaCell('SUM(C1:C2)')], [valueCell(null)]])
    .block(1, 3, [[valueCell(1)], [valueCell(2)]])
    .name('test_value', cellRange(1, 3))
    .build();
}

async function parts(data: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(data);
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`no ${path}`);
  return file.async('string');
}

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own global Buffer (an ArrayBuffer) that Node's Buffer does not satisfy in types.
  await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('writeXlsx', () => {
  it('stores user text that looks like a formula as shared strings, with no formula element', async () => {
    const zip = await parts((await writeXlsx([dangerousPlan()])).data);
    const sheet = await part(zip, 'xl/worksheets/sheet1.xml');
    const strings = await part(zip, 'xl/sharedStrings.xml');
    for (let row = 1; row <= DANGEROUS.length; row++) expect(sheet).toMatch(new RegExp(`<c r="A${row}"[^>]*t="s"[^>]*>`));
    expect(sheet.match(/<f>/g)).toHaveLength(1);
    expect(sheet).toContain('<f>SUM(C1:C2)</f>');
    expect(strings).toContain('=1+1');
    expect(strings).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  });

  it('asks the spreadsheet to recalculate every formula on load', async () => {
    const zip = await parts((await writeXlsx([dangerousPlan()])).data);
    expect(await part(zip, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('marks each generated sheet with a workbook name holding its key and version, and defines its named ranges', async () => {
    const written = await writeXlsx([dangerousPlan()]);
    const workbook = await load(written.data);
    const names = workbook.definedNames.model.map((defined) => [defined.name, defined.ranges]);
    // ExcelJS reads the references back without the quotes a plain name does not need.
    expect(names).toContainEqual(['promethee.test.safety.v2', ['Safety!$A$1']]);
    expect(names).toContainEqual(['test_value', ['Safety!$C$1']]);
    expect(existingSheets(workbook)).toEqual([{ name: 'Safety', marker: { key: 'test.safety', version: 2 } }]);
    expect(markerName({ key: 'rfm.customers', version: 1 })).toBe('promethee.rfm.customers.v1');
  });

  it("re-run on a workbook, replaces the sheets it generated and leaves the user's own sheets alone", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('KPI acquisition').getCell('A1').value = 'my own notes';
    const first = await writeXlsx([buildKpiPlan({ language: 'fr' })], { workbook });
    expect(first.sheetNames).toEqual(['KPI acquisition (2)']);
    const reopened = await load(first.data);
    const second = await writeXlsx([buildKpiPlan({ language: 'fr' })], { workbook: reopened });
    expect(second.sheetNames).toEqual(['KPI acquisition (2)']);
    const final = await load(second.data);
    expect(final.worksheets.map((sheet) => sheet.name)).toEqual(['KPI acquisition', 'KPI acquisition (2)']);
    expect(final.getWorksheet('KPI acquisition')?.getCell('A1').value).toBe('my own notes');
    expect(final.definedNames.model.filter((defined) => defined.name.startsWith('promethee.'))).toHaveLength(1);
  });

  it('resolves a reference to another generated sheet to its final name', async () => {
    const target = new SheetPlanBuilder({ key: 'target', version: 1, name: 'Data', language: 'en' }).block(1, 1, [[valueCell(5)]]).build();
    const reader = new SheetPlanBuilder({ key: 'reader', version: 1, name: 'Reader', language: 'en' })
      .block(1, 1, [[formulaCell(`${sheetRef('target')}!A1*2`)]])
      .build();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data');
    const written = await writeXlsx([target, reader], { workbook });
    const sheet = (await load(written.data)).getWorksheet('Reader');
    expect(sheet?.getCell('A1').formula).toBe("'Data (2)'!A1*2");
  });

  it('counts one call per block and per styled range, whatever the number of cells', async () => {
    const plan = new SheetPlanBuilder({ key: 'count', version: 1, name: 'Count', language: 'en' })
      .block(1, 1, Array.from({ length: 5000 }, (_, i) => valueRow([`item ${i}`, i])))
      .style(cellRange(1, 1, 5000, 2), 'data')
      .format(cellRange(1, 2, 5000), 'integer')
      .build();
    const { stats } = await writeXlsx([plan]);
    expect(stats).toEqual({ sheets: 1, blocks: 1, cells: 10_000, ranges: 2, charts: 0, calls: 4 });
  });

  it('adds each chart as a drawing part linked from its sheet, with its content type', async () => {
    const written = await writeXlsx([buildKpiPlan({ language: 'fr' })]);
    const zip = await parts(written.data);
    expect(written.stats.charts).toBe(1);
    expect(await part(zip, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await part(zip, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('../drawings/drawing1.xml');
    expect(await part(zip, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('../charts/chart1.xml');
    const chart = await part(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect(chart).toContain("<c:f>'KPI acquisition'!$D$20:$D$28</c:f>");
    const types = await part(zip, '[Content_Types].xml');
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  });
});

describe('print titles', () => {
  const withTitles = (name: string): SheetPlan =>
    new SheetPlanBuilder({ key: 'test.print', version: 1, name, language: 'fr' })
      .block(1, 1, [[valueCell('header')], [valueCell('row')]])
      .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } })
      .build();

  it('repeats the header rows at the top of every printed page', async () => {
    const workbook = await part(await parts((await writeXlsx([withTitles('Grille d’audit')])).data), 'xl/workbook.xml');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Grille d’audit&apos;!$1:$1</definedName>');
  });

  it('leaves them out of a sheet whose name holds an apostrophe, which ExcelJS would quote wrongly', async () => {
    const workbook = await part(await parts((await writeXlsx([withTitles("Grille d'audit")])).data), 'xl/workbook.xml');
    expect(workbook).not.toContain('_xlnm.Print_Titles');
  });
});

describe('protection', () => {
  /** One input cell (B2) beside one formula (C2), nothing else styled. */
  const small = (): SheetPlan =>
    new SheetPlanBuilder({ key: 'test.protect', version: 1, name: 'Protect', language: 'en' })
      .block(2, 2, [[valueCell(5), formulaCell('B2*2')]])
      .style(cellRange(2, 2), 'input')
      .style(cellRange(2, 3), 'computed')
      .build();

  const unlockedXfs = (styles: string): number[] =>
    [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].flatMap((match, i) =>
      (match[1] ?? '').includes('locked="0"') ? [i] : [],
    );

  it('protects the sheet without a password and unlocks the input cell only, by default', async () => {
    const zip = await parts((await writeXlsx([small()])).data);
    const sheet = await part(zip, 'xl/worksheets/sheet1.xml');
    expect(/<sheetProtection [^>]*\/>/.exec(sheet)?.[0]).toBe('<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>');
    const style = (address: string): number => Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheet)?.[1]);
    const unlocked = unlockedXfs(await part(zip, 'xl/styles.xml'));
    expect(unlocked).toEqual([style('B2')]);
    expect(unlocked).not.toContain(style('C2'));
  });

  it('writes the same protection for owner mode (a file has no owner), and none for none, plan by plan', async () => {
    const zip = await parts((await writeXlsx([small(), { ...small(), key: 'test.protect2', name: 'Open' }], { protection: ['owner', 'none'] })).data);
    expect(await part(zip, 'xl/worksheets/sheet1.xml')).toContain('<sheetProtection sheet="1"');
    expect(await part(zip, 'xl/worksheets/sheet2.xml')).not.toContain('sheetProtection');
  });
});
