import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, excelSerialFromDay } from '../src/cells/dates.js';
import { isSheetError } from '../src/cells/errors.js';
import { parseCsv, csvRecords } from '../src/io/csv.js';
import { aggregateTransactions } from '../src/metrics/rfm/aggregate.js';
import { kpiLayout } from '../src/plans/kpi.js';
import { PROTECTED_CELL_MESSAGE } from '../src/plans/protection.js';
import { sampleCsvFiles, generateSample, SAMPLE_END } from '../src/playground/sample/generate.js';
import { displayText } from '../src/playground/view/format.js';
import { inputOf } from '../src/playground/view/input.js';
import { shiftFormula } from '../src/playground/view/shift.js';
import { fillSheetFromCsv } from '../src/playground/workbook/csv-sheet.js';
import { exportXlsx } from '../src/playground/workbook/export.js';
import { Playground, PlaygroundHost } from '../src/playground/workbook/host.js';
import { WorkbookModel } from '../src/playground/workbook/model.js';
import { UserFacingError } from '../src/workbook/port.js';
import { SAMPLE_FILES, samplePlayground, sampleText } from './playground-support.js';

describe('the sample data', () => {
  it('ships the files its seeded generator writes (npm run sample)', () => {
    const files = sampleCsvFiles();
    for (const [, file] of SAMPLE_FILES) expect(sampleText(file)).toBe(files[file as keyof typeof files]);
  });

  it('gives each customer the last order, order count and net revenue the core computes from the orders', () => {
    const { orders, customers } = generateSample();
    const table = aggregateTransactions({ customer: orders.map((o) => o.customer), day: orders.map((o) => o.day), amount: orders.map((o) => o.amount) }, { asOf: SAMPLE_END + 1 });
    if (isSheetError(table)) throw new Error(table.message.en);
    const byId = new Map(customers.map((c) => [c.id, c]));
    table.customers.forEach((id, i) => {
      const customer = byId.get(id);
      expect(customer?.lastDay).toBe(table.lastDay[i]);
      expect(customer?.orders).toBe(table.frequency[i]);
      expect(customer?.revenue).toBeCloseTo(table.monetary[i] ?? Number.NaN, 6);
    });
    expect(customers).toHaveLength(240);
  });

  it('counts each channel’s new customers and their revenue from the customer table', () => {
    const { customers, channels } = generateSample();
    for (const channel of channels) {
      const acquired = customers.filter((c) => c.channel === channel.channel);
      expect(channel.newCustomers).toBe(acquired.length);
      expect(channel.revenue).toBeCloseTo(acquired.reduce((sum, c) => sum + c.revenue, 0), 2);
      expect(channel.opportunities).toBeLessThanOrEqual(channel.leads);
    }
    expect(channels.reduce((sum, c) => sum + c.newCustomers, 0)).toBe(240);
  });

  it('is written as a French export: semicolons, decimal commas, dd/mm/yyyy dates', () => {
    const records = csvRecords(parseCsv(sampleText('commandes.csv')));
    if (isSheetError(records)) throw new Error(records.message.en);
    expect(records[0]).toEqual(['Client', 'Date', 'Montant HT (€)', 'N° commande', 'Canal', 'Catégorie']);
    expect(records[1]?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(records.slice(1).some((r) => /^-?\d+,\d{2}$/.test(r[2] ?? ''))).toBe(true);
    // Refunds are there, as negative amounts, so that the RFM analysis nets them.
    expect(records.slice(1).some((r) => (r[2] ?? '').startsWith('-'))).toBe(true);
  });
});

describe('a CSV file as a sheet', () => {
  it('reads dates as serial numbers with the date format, numbers as numbers, and text as text, never as a formula', () => {
    const sheet = new WorkbookModel().addSheet('CSV');
    const report = fillSheetFromCsv(sheet, 'Client;Date;Montant;Note\nA;31/12/2024;1 234,50;=1+1\nB;2025-01-02;12;@SUM(A1)\n');
    expect(report).toEqual({ rows: 3, columns: 4 });
    expect(sheet.input(2, 2)).toEqual({ value: excelSerialFromDay(dayFromCivil(2024, 12, 31)) });
    expect(sheet.formats.get(2 * 16384 + 2)).toBe('date');
    expect(sheet.input(2, 3)).toEqual({ value: 1234.5 });
    expect(sheet.input(2, 4)).toEqual({ value: '=1+1' });
    expect(sheet.input(3, 4)).toEqual({ value: '@SUM(A1)' });
    expect(sheet.input(1, 1)).toEqual({ value: 'Client' });
  });

  it('refuses an empty file with a message the user can act on', () => {
    const sheet = new WorkbookModel().addSheet('CSV');
    expect(() => fillSheetFromCsv(sheet, '')).toThrow(UserFacingError);
  });

  it('passes on the CSV reader’s error for a file it cannot read', () => {
    const sheet = new WorkbookModel().addSheet('CSV');
    let caught: unknown;
    try {
      fillSheetFromCsv(sheet, 'a;b\n"unclosed;2\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserFacingError);
    expect((caught as UserFacingError).text.fr.length).toBeGreaterThan(0);
  });
});

describe('the in-memory host', () => {
  it('reads the selection as Excel hands it: computed values, dates as serials, a sheet-qualified address', async () => {
    const { host } = samplePlayground();
    const selection = await host.readSelection();
    expect(selection.address).toMatch(/^'?Commandes'?!A1:D\d+$/);
    expect(selection.values[0]).toEqual(['Client', 'Date', 'Montant HT (€)', 'N° commande']);
    expect(typeof selection.values[1]?.[1]).toBe('number');
    expect(selection.hasMergedCells).toBe(false);
  });

  it('says to select a range first when nothing is selected', async () => {
    const playground = new Playground(new WorkbookModel(), 'fr');
    await expect(new PlaygroundHost(playground).readSelection()).rejects.toBeInstanceOf(UserFacingError);
  });

  it('flags a selection that crosses merged cells', async () => {
    const { playground, host } = samplePlayground();
    await host.build({ target: 'kpi', language: 'fr' });
    const kpi = playground.workbook.sheet('KPI acquisition');
    if (kpi === undefined) throw new Error('no KPI sheet');
    playground.select(kpi, { row: 1, column: 1, rowCount: 3, columnCount: 3 });
    expect((await host.readSelection()).hasMergedCells).toBe(true);
  });

  it('builds the RFM sheets from the selected orders, replaces them on a second build and removes only generated sheets', async () => {
    const { playground, host } = samplePlayground();
    const first = await host.build({ target: 'rfm', language: 'fr' });
    expect(first.sheets).toEqual(['Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    expect(playground.activeSheet?.name).toBe('Synthèse RFM');
    playground.select(playground.workbook.sheets[0] ?? playground.workbook.addSheet('x'), { row: 1, column: 1, rowCount: 863, columnCount: 4 });
    const second = await host.build({ target: 'rfm', language: 'fr' });
    expect(second.replaced).toEqual(['Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    expect(playground.workbook.sheets.map((s) => s.name)).toEqual(['Commandes', 'Clients', 'Canaux', 'Synthèse RFM', 'Clients RFM', 'Paramètres RFM']);
    const removal = await host.removeGeneratedSheets();
    expect(removal.removed).toHaveLength(3);
    expect(playground.workbook.sheets.map((s) => s.name)).toEqual(['Commandes', 'Clients', 'Canaux']);
  });

  it('refuses typing into a protected cell with a message, takes it in an input cell, and exports the protection', async () => {
    const { playground, host } = samplePlayground();
    await host.build({ target: 'kpi', language: 'fr' });
    const kpi = playground.workbook.sheet('KPI acquisition');
    if (kpi === undefined) throw new Error('no KPI sheet');
    // kpiLayout(4 examples, 5 empty rows): inputs in A7:G15, their totals' formulas in row 16.
    const layout = kpiLayout(4, 5);
    const total = kpi.input(layout.inputTotalRow, 2);
    expect(total !== undefined && 'formula' in total).toBe(true);
    expect(() => {
      playground.setCell(kpi, layout.inputTotalRow, 2, { value: 0 });
    }).toThrow(new UserFacingError(PROTECTED_CELL_MESSAGE));
    expect(kpi.input(layout.inputTotalRow, 2)).toEqual(total);
    playground.setCell(kpi, layout.firstInputRow, 2, { value: 1234 });
    expect(kpi.input(layout.firstInputRow, 2)).toEqual({ value: 1234 });
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(Buffer.from((await exportXlsx(playground.workbook, playground.engine)).data) as unknown as Parameters<typeof exported.xlsx.load>[0]);
    const sheet = exported.getWorksheet('KPI acquisition') as unknown as { sheetProtection: Record<string, unknown> | null } & ExcelJS.Worksheet;
    expect(sheet.sheetProtection).toMatchObject({ sheet: true, sort: true });
    expect(sheet.getCell(layout.firstInputRow, 2).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(layout.inputTotalRow, 2).protection).toBeUndefined();
    // The user's own sheets are never protected.
    expect((exported.getWorksheet('Commandes') as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
  });

  it('lets every cell be typed into when built without protection', async () => {
    const { playground, host } = samplePlayground();
    await host.build({ target: 'kpi', language: 'fr', protection: 'none' });
    const kpi = playground.workbook.sheet('KPI acquisition');
    if (kpi === undefined) throw new Error('no KPI sheet');
    playground.setCell(kpi, kpiLayout(4, 5).inputTotalRow, 2, { value: 0 });
    expect(kpi.input(kpiLayout(4, 5).inputTotalRow, 2)).toEqual({ value: 0 });
  });

  it('answers a build over a selection it cannot use with the user-facing error of the core', async () => {
    const { playground, host, sheet } = samplePlayground();
    playground.select(sheet('Canaux'), { row: 1, column: 1, rowCount: 7, columnCount: 1 });
    await expect(host.build({ target: 'rfm', language: 'fr' })).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('the formula bar and the grid', () => {
  it('takes "=…" for a formula, with ";" as an argument separator, a number for a number, anything else as text', () => {
    expect(inputOf('=SUM(A1;B1)')).toEqual({ formula: 'SUM(A1,B1)' });
    expect(inputOf('=IF(A1="a;b";1;2)')).toEqual({ formula: 'IF(A1="a;b",1,2)' });
    expect(inputOf('=ABC_CLASS({10;70;15;5}; 0,8)')).toEqual({ formula: 'ABC_CLASS({10;70;15;5}, 0,8)' });
    expect(inputOf('1 234,5')).toEqual({ value: 1234.5 });
    expect(inputOf('Bonjour')).toEqual({ value: 'Bonjour' });
    expect(inputOf('  ')).toBeUndefined();
  });

  it('moves the relative references of a conditional format’s formula, not the absolute ones nor text', () => {
    expect(shiftFormula('$H5="A"', 2, 0)).toBe('$H7="A"');
    expect(shiftFormula('B$2>C3', 1, 1)).toBe('C$2>D4');
    expect(shiftFormula('\'Sheet A1\'!A1="A1"', 1, 0)).toBe('\'Sheet A1\'!A2="A1"');
    expect(shiftFormula('SUM(A1:A3)+LOG10(A1)', 1, 0)).toBe('SUM(A2:A4)+LOG10(A2)');
  });

  it('shows values with the product’s number formats in French and English', () => {
    const nbsp = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');
    expect(nbsp(displayText(1234.5, 'currency', 'fr'))).toBe('1 234,50 €');
    expect(displayText(1234.5, 'currency', 'en')).toBe('1,234.50 €');
    expect(nbsp(displayText(0.1234, 'percent', 'fr'))).toBe('12,3 %');
    expect(displayText(excelSerialFromDay(dayFromCivil(2025, 3, 9)), 'date', 'fr')).toBe('09/03/2025');
    expect(displayText(3.2, 'ratio', 'en')).toBe('3.2x');
    expect(displayText({ kind: 'error', code: '#N/A', message: 'x' }, undefined, 'fr')).toBe('#N/A');
    expect(displayText(true, undefined, 'fr')).toBe('VRAI');
    expect(displayText(null, 'currency', 'fr')).toBe('');
  });
});

describe('the .xlsx export', () => {
  it('writes the user’s sheets with their values and the generated ones with their formulas and markers', async () => {
    const { playground, host, sheet } = samplePlayground();
    await host.build({ target: 'kpi', language: 'fr' });
    playground.setCell(sheet('Clients'), 2, 9, { formula: 'RFM_SCORE(B2:B241,C2:C241,D2:D241)' });
    const file = await exportXlsx(playground.workbook, playground.engine);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Commandes', 'Clients', 'Canaux', 'KPI acquisition']);
    expect(workbook.getWorksheet('Commandes')?.getCell('A2').value).toBe('C0005');
    const typed = workbook.getWorksheet('Clients')?.getCell('I2');
    expect(typed?.formula).toBe('RFM_SCORE(B2:B241,C2:C241,D2:D241)');
    expect(typed?.result).toBe(playground.engine.value(sheet('Clients'), 2, 9));
    expect(workbook.getWorksheet('KPI acquisition')?.getCell('D29').formula).toBe('IF(E16=0,"",B16/E16)');
    expect(workbook.definedNames.model.map((n) => n.name)).toContain('promethee.kpi.v1');
  });
});
