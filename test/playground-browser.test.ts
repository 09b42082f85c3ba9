// The playground in headless Chromium, as a newcomer meets it after `npm start`: the page built and
// served by the same script, the sample data loaded, the audit workbook and the RFM segmentation built
// from the real sidebar, cells checked against the core, a catalogue function typed in the formula
// bar and its spill, a CSV of one's own loaded, and the .xlsx download read back with ExcelJS.
// Screenshots go to .tmp/screens/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../src/catalogue/invoke.js';
import { isSheetError } from '../src/cells/errors.js';
import type { OutCell } from '../src/cells/values.js';
import { buildKpiPlan, kpiLayout } from '../src/plans/kpi.js';
import { cellAddress } from '../src/plans/a1.js';
import { resolvePlans } from '../src/plans/names.js';
import { inRanges, PROTECTED_CELL_MESSAGE } from '../src/plans/protection.js';
import { displayText } from '../src/playground/view/format.js';
import type { Playground } from '../src/playground/workbook/host.js';
import { plansForRequest } from '../src/workbook/requests.js';
import { buildPlayground, servePlayground } from '../scripts/serve-playground.mjs';
import { launchChromium } from './support/browser.js';
import { samplePlayground } from './playground-support.js';

const SCREENS = path.resolve('.tmp', 'screens');

/** What the page exposes to tests (main.tsx), as seen from Node's side of `page.evaluate`. */
interface PageGlobals {
  readonly promethee?: { readonly ready: boolean; readonly playground: Playground };
}
let browser: Browser;
let page: Page;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  await buildPlayground();
  server = await servePlayground({ port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 900 }, acceptDownloads: true, locale: 'fr-FR' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}?lang=fr`);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).promethee?.ready === true, null, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Construire le classeur d’audit' }).waitFor();
  if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

async function tabs(): Promise<string[]> {
  return page.locator('.tabs .tab').allTextContents();
}

async function cellText(address: string): Promise<string> {
  return (await page.locator(`td[data-cell="${address}"]`).first().textContent()) ?? '';
}

async function openTab(name: string): Promise<void> {
  await page.locator('.tabs .tab', { hasText: name }).first().click();
  await page.locator('.tabs .tab.active', { hasText: name }).waitFor();
}

/**
 * Selects a cell by clicking it, and waits for the name box to show it. A click that lands while the
 * grid is still drawing the sheet just opened (a busy machine) is made again, up to five times.
 */
async function selectCell(address: string): Promise<void> {
  const shown = page.getByTestId('name-box').filter({ hasText: new RegExp(`^${address}$`) });
  for (let attempt = 1; ; attempt++) {
    await page.locator(`td[data-cell="${address}"]`).click();
    try {
      await shown.waitFor({ timeout: 6_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

/** A core result cell as text; an error there is a failure of the test's own inputs. */
function plain(cell: OutCell | undefined): string {
  if (cell === undefined || isSheetError(cell)) throw new Error(`unexpected core result ${JSON.stringify(cell)}`);
  return String(cell);
}

/** What a cell of the grid shows for a core value, with the grid's French formats. */
function shown(value: unknown, format: Parameters<typeof displayText>[1]): string {
  if (typeof value !== 'number' && typeof value !== 'string') throw new Error(`not a value: ${JSON.stringify(value)}`);
  return displayText(value, format, 'fr');
}

describe('the playground page', () => {
  it('opens on the sample data with the sidebar beside the grid', async () => {
    expect(await tabs()).toEqual(['Commandes', 'Clients', 'Canaux']);
    expect(await cellText('A1')).toBe('Client');
    expect(await page.getByTestId('name-box').textContent()).toMatch(/^A1:D\d+$/);
    await page.screenshot({ path: path.join(SCREENS, 'playground-start.png') });
  });

  it('builds the audit workbook from the sidebar: its tabs, and a KPI cell equal to the core', async () => {
    await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
    await page.getByTestId('outcome').waitFor({ timeout: 30_000 });
    const expected = resolvePlans(plansForRequest({ target: 'audit', language: 'fr' }).plans, [
      { name: 'Commandes' },
      { name: 'Clients' },
      { name: 'Canaux' },
    ]).plans.map((plan) => plan.finalName);
    expect(await tabs()).toEqual(['Commandes', 'Clients', 'Canaux', ...expected]);
    for (const name of expected) {
      await openTab(name);
      await page.screenshot({ path: path.join(SCREENS, `playground-audit-${expected.indexOf(name) + 1}.png`) });
    }
    await openTab('KPI acquisition');
    // The total CAC of the example channels: the core's CAC over the input totals.
    const plan = buildKpiPlan({ language: 'fr' });
    const layout = kpiLayout(4, 5);
    const inputs = plan.blocks.find((block) => block.row === layout.firstInputRow)?.cells ?? [];
    const total = (column: number): number =>
      inputs.reduce((sum, row) => {
        const cell = row[column - 1];
        return sum + (cell !== undefined && 'value' in cell && typeof cell.value === 'number' ? cell.value : 0);
      }, 0);
    const cac = invoke('CAC', [total(2), total(5)])[0]?.[0];
    expect(await cellText(cellAddress(layout.indicatorTotalRow, 4))).toBe(shown(cac, 'currency'));
    await page.screenshot({ path: path.join(SCREENS, 'playground-kpi.png') });
  });

  it('protects the KPI sheet’s formulas: typing into one is refused with a message, an input cell takes it', async () => {
    await openTab('KPI acquisition');
    const layout = kpiLayout(4, 5);
    const total = cellAddress(layout.inputTotalRow, 2);
    const before = await cellText(total);
    await page.locator(`td[data-cell="${total}"]`).click();
    await page.getByTestId('locked').waitFor();
    const input = page.getByTestId('formula-input');
    await input.fill('0');
    await input.press('Enter');
    await page.getByTestId('status').filter({ hasText: PROTECTED_CELL_MESSAGE.fr }).waitFor();
    expect(await cellText(total)).toBe(before);
    await page.screenshot({ path: path.join(SCREENS, 'playground-protected-cell.png') });
    // An input cell of the same column: no lock, and what is typed is kept.
    const spend = cellAddress(layout.firstInputRow + 5, 2);
    await selectCell(spend);
    expect(await page.getByTestId('locked').count()).toBe(0);
    await input.fill('1500');
    await input.press('Enter');
    const plan = buildKpiPlan({ language: 'fr' });
    const format = [...plan.numberFormats].reverse().find((f) => inRanges([f.range], layout.firstInputRow + 5, 2))?.format;
    expect(await cellText(spend)).toBe(shown(1500, format));
  });

  it('offers the checklist’s answers in a list, and the audit summary counts the answered question', async () => {
    const plans = plansForRequest({ target: 'audit', language: 'fr' }).plans;
    const checklist = plans.find((plan) => plan.key === 'audit.checklist');
    const summary = plans.find((plan) => plan.key === 'audit.summary');
    const rule = checklist?.validations.find((v) => v.rule.kind === 'list' && v.rule.values.includes('Oui'));
    if (checklist === undefined || summary === undefined || rule === undefined) throw new Error('no checklist with a Oui/Non answer');
    let answeredRow = 0;
    for (const block of summary.blocks) {
      block.cells.forEach((cells, i) => {
        const first = cells[0];
        if (first !== undefined && 'value' in first && first.value === 'Questions renseignées') answeredRow = block.row + i;
      });
    }
    await openTab(checklist.name);
    const address = cellAddress(rule.range.row, rule.range.column);
    await selectCell(address);
    await page.getByTestId('choices').selectOption('Oui');
    expect(await cellText(address)).toBe('Oui');
    await page.screenshot({ path: path.join(SCREENS, 'playground-checklist-answer.png') });
    await openTab(summary.name);
    expect(await cellText(`B${answeredRow}`)).toBe('1');
  });

  it('builds the RFM segmentation of the selected orders, each customer coded as RFM_TABLE codes it', async () => {
    await openTab('Commandes');
    await page.locator('td[data-cell="A1"]').click();
    await page.locator('td[data-cell="D20"]').click({ modifiers: ['Shift'] });
    // Select the whole order table again through the page's own selection (the sidebar reads it).
    await page.evaluate(() => {
      const playground = (globalThis as unknown as PageGlobals).promethee?.playground;
      const orders = playground?.workbook.sheet('Commandes');
      if (playground !== undefined && orders !== undefined) playground.select(orders, { row: 1, column: 1, rowCount: orders.extent().rows, columnCount: 4 });
    });
    // The builds are grouped: open the Segmentation group first.
    await page.getByRole('button', { name: /^Segmentation/ }).click();
    await page.getByRole('radio', { name: /Segmentation RFM/ }).check();
    await page.getByRole('button', { name: 'Utiliser la sélection actuelle' }).click();
    await page.getByRole('button', { name: 'Construire la segmentation RFM' }).click();
    await page.locator('.tabs .tab', { hasText: 'Clients RFM' }).waitFor({ timeout: 30_000 });
    await openTab('Clients RFM');

    const { playground, sheet } = samplePlayground();
    const orders = sheet('Commandes');
    const rows = orders.extent().rows;
    const column = (c: number): (string | number | null)[][] =>
      Array.from({ length: rows - 1 }, (_, i) => {
        const value = playground.engine.value(orders, i + 2, c);
        return [typeof value === 'object' && value !== null ? null : (value as string | number | null)];
      });
    const table = invoke('RFM_TABLE', [column(1), column(2), column(3)]);
    const codeOf = new Map(table.slice(1).map((row) => [plain(row[0]), row[7]]));
    for (const row of [6, 7, 8, 20]) {
      const customer = await cellText(`A${row}`);
      const code = codeOf.get(customer);
      if (code === undefined) throw new Error(`no RFM code for ${customer}`);
      expect(await cellText(`I${row}`)).toBe(plain(code));
    }
    await page.screenshot({ path: path.join(SCREENS, 'playground-rfm-customers.png') });
    // Scrolled far down, the frozen header rows stay where they were, above the customers of the bottom rows.
    const before = await page.locator('td[data-cell="A5"]').boundingBox();
    await page.locator('.grid-scroller').evaluate((element) => {
      (element as unknown as { scrollTop: number }).scrollTop = 3000;
    });
    await page.locator('td[data-cell="A160"]').waitFor();
    const after = await page.locator('td[data-cell="A5"]').boundingBox();
    expect(Math.abs((after?.y ?? Number.NaN) - (before?.y ?? Number.NaN))).toBeLessThan(2);
    await page.screenshot({ path: path.join(SCREENS, 'playground-rfm-customers-scrolled.png') });
    await openTab('Synthèse RFM');
    await page.screenshot({ path: path.join(SCREENS, 'playground-rfm-summary.png') });
  });

  it('computes a catalogue function typed in the formula bar and spills it down the column', async () => {
    await openTab('Clients');
    await selectCell('I2');
    const input = page.getByTestId('formula-input');
    await input.fill('=RFM_SCORE(B2:B241, C2:C241, D2:D241)');
    await input.press('Enter');
    const { playground, sheet } = samplePlayground();
    const customers = sheet('Clients');
    const column = (c: number): (string | number | null)[][] =>
      Array.from({ length: 240 }, (_, i) => [playground.engine.value(customers, i + 2, c) as string | number | null]);
    const expected = invoke('RFM_SCORE', [column(2), column(3), column(4)]).map((row) => row[0]);
    for (const row of [2, 3, 10, 30]) expect(await cellText(`I${row}`)).toBe(plain(expected[row - 2]));
    await page.locator('td[data-cell="I2"]').click();
    expect(await input.inputValue()).toBe('=RFM_SCORE(B2:B241, C2:C241, D2:D241)');
    await page.screenshot({ path: path.join(SCREENS, 'playground-formula-spill.png') });
  });

  it('loads a CSV of one’s own as a new sheet', async () => {
    const csv = 'Produit;CA (€)\nLampe Opale;12 400,50\nApplique Zinc;8 200\n';
    await page.getByTestId('csv-input').setInputFiles({ name: 'produits.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.locator('.tabs .tab.active', { hasText: 'produits' }).waitFor();
    expect(await cellText('B2')).toBe(shown(12400.5, 'decimal'));
    expect(await cellText('A3')).toBe('Applique Zinc');
  });

  it('exports the workbook as an .xlsx file that ExcelJS reads back, generated sheets marked', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([...(await tabs())]));
    expect(names.length).toBe((await tabs()).length);
    const markers = workbook.definedNames.model.map((name) => name.name).filter((name) => name.startsWith('promethee.'));
    expect(markers).toEqual(expect.arrayContaining(['promethee.kpi.v1', 'promethee.rfm.customers.v1']));
    const kpi = workbook.getWorksheet('KPI acquisition');
    expect(kpi?.getCell('D29').formula).toMatch(/^IF\(/);
    expect(workbook.getWorksheet('Clients')?.getCell('I2').formula).toBe('RFM_SCORE(B2:B241, C2:C241, D2:D241)');
  });
});
