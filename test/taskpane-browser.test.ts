// The shared sidebar rendered in headless Chromium at a task pane's width, against a fake workbook
// host that runs the real request → plans → apply path in memory. Screenshots go to .tmp/screens/.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../src/workbook/build-list.js';
import type { FakeHost, FakeRecord } from './ui/fake-host.js';
import { bundleForBrowser, launchChromium, serveFolder, type ServedFolder } from './support/browser.js';

const ROOT = process.cwd();
const SCREENS = path.join(ROOT, '.tmp', 'screens');
const OUT = path.join(ROOT, '.tmp', `sidebar-harness-${process.pid}`);
/** The width of Excel's task pane when it opens (320 px), the narrowest the sidebar must fit. */
const PANE = { width: 320, height: 960 };

/** What the harness page puts on `window` (the callbacks of `page.evaluate` run in the page). */
interface HarnessGlobals {
  readonly prometheeHarness?: FakeHost;
  readonly document: { readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number } };
}

let served: ServedFolder;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  await bundleForBrowser({ entry: 'test/ui/harness.ts', outDir: OUT, title: 'Prométhée' });
  served = await serveFolder(OUT);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
  await served.close();
  rmSync(OUT, { recursive: true, force: true });
});

async function open(query: string, width = PANE.width): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: PANE.height }, deviceScaleFactor: 2 });
  // Every wait here is for something a click shows within milliseconds.
  page.setDefaultTimeout(5_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${served.url}${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

const record = (page: Page): Promise<FakeRecord> =>
  page.evaluate(() => {
    const harness = (globalThis as unknown as HarnessGlobals).prometheeHarness;
    if (harness === undefined) throw new Error('no harness');
    return JSON.parse(JSON.stringify(harness.record)) as FakeRecord;
  });

/**
 * Chooses a build as a user does: opens its group (a heading button) when closed, then checks it.
 * @param group - the group's name, e.g. "Segmentation"
 * @param build - the build's accessible name (its label and line)
 */
async function choose(page: Page, group: string, build: RegExp): Promise<void> {
  const header = page.getByRole('button', { name: new RegExp(`^${group}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: build }).check();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

describe('the sidebar in a task pane', () => {
  it('opens in the host language with the audit chosen and nothing read yet', async () => {
    const page = await open('?lang=fr');
    await expect(page.getByRole('radio', { name: /Classeur d’audit/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Construire le classeur d’audit' }).isEnabled()).resolves.toBe(true);
    await screenshot(page, 'taskpane-fr-audit');
    expect((await record(page)).selectionReads).toBe(0);
    await page.close();
  });

  it('builds the audit when its button is clicked and lists the sheets the host wrote', async () => {
    const page = await open('?lang=fr');
    await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    const seen = await record(page);
    expect(seen.requests).toEqual([{ target: 'audit', language: 'fr' }]);
    expect(seen.written.map((plan) => plan.key)).toContain('kpi');
    // The workbook already holds a user sheet called "KPI acquisition": the new one gets a free name.
    const kpi = seen.written.find((plan) => plan.key === 'kpi');
    expect(kpi?.finalName).toBe('KPI acquisition (2)');
    await expect(outcome.textContent()).resolves.toContain('KPI acquisition (2)');
    await screenshot(page, 'taskpane-fr-audit-built');
    await page.close();
  });

  it('protects the formulas by default, and builds without protection when the switch is turned off', async () => {
    const page = await open('?lang=fr');
    const protect = page.getByRole('switch', { name: 'Protéger les formules' });
    await expect(protect.isChecked()).resolves.toBe(true);
    // The owner-only choice belongs to Google Sheets.
    await expect(page.getByRole('checkbox', { name: /propriétaire/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
    await page.getByTestId('outcome').waitFor();
    await protect.uncheck();
    await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
    await page.getByTestId('outcome').waitFor();
    const seen = await record(page);
    expect(seen.requests).toEqual([
      { target: 'audit', language: 'fr' },
      { target: 'audit', language: 'fr', protection: 'none' },
    ]);
    // The first build's sheets were protected, the second's not.
    expect(seen.written.filter((plan) => plan.key === 'kpi').map((plan) => plan.protection)).toEqual(['warning', undefined]);
    await screenshot(page, 'taskpane-fr-protection-off');
    await page.close();
  });

  it('offers Google Sheets users to keep the formulas to the owner', async () => {
    const page = await open('?lang=en&host=sheets');
    await page.getByRole('checkbox', { name: 'Only the owner can edit the formulas' }).check();
    await page.getByRole('button', { name: /^Build/ }).first().click();
    await page.getByTestId('outcome').waitFor();
    expect((await record(page)).requests).toEqual([{ target: 'audit', language: 'en', protection: 'owner' }]);
    await screenshot(page, 'taskpane-en-sheets-owner');
    await page.close();
  });

  it('shows the selected range with its size and detected header when ABC is chosen', async () => {
    const page = await open('?lang=fr&selection=abc');
    await choose(page, 'Segmentation', /Segmentation ABC/);
    await expect(page.getByTestId('selection-address').textContent()).resolves.toBe('Ventes!A1:B7');
    await expect(page.getByTestId('selection-size').textContent()).resolves.toBe('7 lignes · 2 colonnes');
    await page.getByText('En-tête détecté').waitFor();
    await screenshot(page, 'taskpane-fr-abc-selection');
    await page.getByRole('button', { name: 'Construire la segmentation ABC' }).click();
    await page.getByTestId('outcome').waitFor();
    const seen = await record(page);
    expect(seen.requests).toEqual([{ target: 'abc', language: 'fr' }]);
    const abc = seen.written.find((plan) => plan.key === 'abc');
    // The customers' names are written as values, "=HYPERLINK(…)" and "+33 6…" included.
    const texts = abc?.blocks.flatMap((block) => block.cells.flat()).flatMap((cell) => ('value' in cell ? [cell.value] : []));
    expect(texts).toContain('=HYPERLINK("http://x")');
    expect(texts).toContain('+33 6 12 34 56 78');
    await page.close();
  });

  it('reads the selection again when "use current selection" is clicked', async () => {
    const page = await open('?lang=en&selection=abc');
    await choose(page, 'Segmentation', /RFM segmentation/);
    await page.getByTestId('selection-address').waitFor();
    const before = (await record(page)).selectionReads;
    await page.evaluate(() => {
      (globalThis as unknown as HarnessGlobals).prometheeHarness?.setSelection({ address: 'Orders!A1:C3', values: [['Customer', 'Date', 'Amount'], ['C1', 45300, 10], ['C2', 45301, 20]] });
    });
    await page.getByRole('button', { name: 'Use current selection' }).click();
    await page.getByText('Orders!A1:C3').waitFor();
    expect((await record(page)).selectionReads).toBe(before + 1);
    await expect(page.getByTestId('selection-size').textContent()).resolves.toBe('3 rows · 3 columns');
    await page.close();
  });

  it('warns about merged cells before the build and refuses to build with them, in the chosen language', async () => {
    const page = await open('?lang=fr&selection=merged');
    await choose(page, 'Segmentation', /Segmentation ABC/);
    await page.getByText(/contient des cellules fusionnées/).first().waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByText(/holds merged cells/).first().waitFor();
    await page.getByRole('button', { name: 'Build the ABC segmentation' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('The selection Ventes!A1:B4 holds merged cells');
    expect((await record(page)).written).toEqual([]);
    await screenshot(page, 'taskpane-en-merged-error');
    await page.close();
  });

  it('says the selection is empty when nothing is selected', async () => {
    const page = await open('?lang=en&selection=empty');
    await choose(page, 'Segmentation', /ABC segmentation/);
    await page.getByText(/The selection is empty: select two columns/).waitFor();
    await page.close();
  });

  it('says which row is not a number when the value column holds no number', async () => {
    const page = await open('?lang=fr&selection=text');
    await choose(page, 'Segmentation', /Segmentation ABC/);
    await page.getByText(/Ligne 1 de la sélection\u00A0: "Commentaire" n’est pas un nombre/).waitFor();
    await page.close();
  });

  it('shows a progress bar while the sheets are written', async () => {
    const page = await open('?lang=fr&selection=rfm&delay=600');
    await choose(page, 'Segmentation', /Segmentation RFM/);
    await page.getByRole('button', { name: 'Construire la segmentation RFM' }).click();
    const bar = page.getByRole('progressbar', { name: 'Construction en cours…' });
    await bar.waitFor();
    await page.getByText(/Écriture de «\u00A0.+\u00A0» \(2\/3\)/).waitFor();
    await screenshot(page, 'taskpane-fr-rfm-progress');
    await page.getByTestId('outcome').waitFor();
    await expect(bar.count()).resolves.toBe(0);
    expect((await record(page)).written.map((plan) => plan.key)).toEqual(['rfm.summary', 'rfm.customers', 'rfm.parameters']);
    await screenshot(page, 'taskpane-fr-rfm-built');
    await page.close();
  });

  it('removes the generated sheets only after confirmation, and keeps the user\'s sheets', async () => {
    const page = await open('?lang=en');
    await page.getByRole('button', { name: 'Build the audit workbook' }).click();
    await page.getByTestId('outcome').waitFor();
    await page.getByRole('button', { name: 'Remove generated sheets' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The dialog fades in (Fluent's motion, ~250 ms): the screenshot shows it once settled.
    await page.waitForTimeout(500);
    await screenshot(page, 'taskpane-en-remove-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await record(page)).removed).toEqual([]);
    await page.getByRole('button', { name: 'Remove generated sheets' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    const built = (await record(page)).written.map((plan) => plan.finalName);
    await page.getByText(`${built.length} sheets removed`).waitFor();
    expect((await record(page)).removed).toEqual(built);
    const names = await page.evaluate(() => (globalThis as unknown as HarnessGlobals).prometheeHarness?.sheetNames());
    expect(names).toEqual(['Ventes', 'KPI acquisition']);
    await page.close();
  });

  it('makes the workbook shareable after a confirmation listing the cells, then restores the formulas', async () => {
    const page = await open('?lang=fr&custom=25');
    await page.getByRole('button', { name: 'Vérifier avant de partager' }).click();
    await page.getByText(/25 cellule\(s\) appellent une fonction Prométhée \(Canaux\)/).waitFor();
    await page.getByRole('button', { name: 'Rendre partageable' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'taskpane-fr-share-confirm');
    // 20 lines, sheet!cell and formula, then the count of the rest.
    const list = dialog.getByRole('list');
    await expect(list.getByRole('listitem').count()).resolves.toBe(21);
    await expect(list.getByRole('listitem').first().textContent()).resolves.toBe('Canaux!F2 =CAC(B2,E2)');
    await list.getByText('… et 5 autres').waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect((await record(page)).replaced).toEqual([]);
    await page.getByRole('button', { name: 'Rendre partageable' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remplacer' }).click();
    await page.getByText('25 formules remplacées').waitFor();
    const after = await record(page);
    expect(after.replaced).toHaveLength(25);
    expect(after.written.at(-1)?.key).toBe('share.log');
    await page.getByRole('button', { name: 'Restaurer les formules' }).click();
    await page.getByText('25 formules restaurées').waitFor();
    expect((await record(page)).restored).toEqual(after.replaced);
    await page.close();
  });

  it('checks before sharing: a computed cell typed over is listed with the formula the build wrote', async () => {
    // B16 of the KPI sheet holds =SUM(B7:B15) as built (src/plans/kpi.ts); the harness types a value over it.
    const page = await open('?lang=en&typed=Acquisition%20KPIs!B16');
    await page.getByRole('button', { name: 'Build the audit workbook' }).click();
    await page.getByTestId('outcome').waitFor();
    await page.getByRole('button', { name: 'Check before sharing' }).click();
    await page.getByText(/“Acquisition KPIs”: 1 computed formula overwritten or edited/).waitFor();
    const list = page.getByRole('list', { name: 'Computed formulas overwritten or edited' });
    await expect(list.getByRole('listitem').allTextContents()).resolves.toEqual(['Acquisition KPIs!B16 expected =SUM(B7:B15), no formula left']);
    // The harness's own "KPI acquisition" bears the French KPI sheet's name without a marker.
    await page.getByText(/“KPI acquisition” bears the name of a generated sheet, without its marker/).waitFor();
    await screenshot(page, 'taskpane-en-share-check');
    await page.close();
  });

  it('groups the builds under headings that open and close, each group a radio group named after it', async () => {
    const page = await open('?lang=fr');
    const headers = { audit: page.getByRole('button', { name: /^Audit/ }), segmentation: page.getByRole('button', { name: /^Segmentation/ }), value: page.getByRole('button', { name: /^Valeur client/ }) };
    // The chosen build's group is open, the others closed, each saying what it holds.
    await expect(headers.audit.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(headers.segmentation.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(headers.value.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(headers.audit.textContent()).resolves.toContain('Choix\u00a0: Classeur d’audit');
    await expect(headers.segmentation.textContent()).resolves.toContain('3 constructions');
    await expect(page.getByRole('radiogroup', { name: 'Audit' }).getByRole('radio').count()).resolves.toBe(2);
    await expect(page.getByRole('radio').count()).resolves.toBe(2);
    // Open every group: every build is there once, named by its label and its line.
    await headers.segmentation.click();
    await headers.value.click();
    await expect(page.getByRole('radio').count()).resolves.toBe(6);
    await expect(page.getByRole('radiogroup', { name: 'Segmentation' }).getByRole('radio').count()).resolves.toBe(3);
    await page.getByRole('radiogroup', { name: 'Valeur client' }).getByRole('radio', { name: /Valeur client.*Achats attendus/ }).waitFor();
    // Closing a group hides its builds (once its motion is over).
    await headers.segmentation.click();
    await expect(headers.segmentation.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect.poll(() => page.getByRole('radio').count(), { timeout: 2_000 }).toBe(3);
    await screenshot(page, 'taskpane-fr-groups');
    await page.close();
  });

  it('offers every build of the registry once, the planning sheets and strategy grids in their own groups', async () => {
    const page = await open('?lang=fr');
    for (const group of ['Segmentation', 'Valeur client', 'Du diagnostic au plan', 'Grilles stratégiques']) {
      await page.getByRole('button', { name: new RegExp(`^${group}`) }).click();
    }
    await expect(page.getByRole('radio').count()).resolves.toBe(BUILDS.length);
    const planning = page.getByRole('radiogroup', { name: 'Du diagnostic au plan' }).getByRole('radio');
    const grids = page.getByRole('radiogroup', { name: 'Grilles stratégiques' }).getByRole('radio');
    await expect(planning.count()).resolves.toBe(BUILDS.filter((build) => build.group === 'action').length);
    await expect(grids.count()).resolves.toBe(BUILDS.filter((build) => build.group === 'diagnostic').length);
    // The seven planning sheets of the method, from the objectives to the action plan.
    await expect(planning.count()).resolves.toBe(7);
    await page.getByRole('radiogroup', { name: 'Grilles stratégiques' }).getByRole('radio', { name: /SWOT/ }).check();
    await expect(page.getByRole('button', { name: 'Construire la grille SWOT' }).count()).resolves.toBe(1);
    await screenshot(page, 'taskpane-fr-all-groups');
    await page.close();
  });

  it('is used with the keyboard alone: Enter opens a group, Tab enters its builds, arrows choose', async () => {
    const page = await open('?lang=fr');
    const segmentation = page.getByRole('button', { name: /^Segmentation/ });
    await segmentation.focus();
    await page.keyboard.press('Enter');
    await expect(segmentation.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    // The group's first build takes the focus (none of them is chosen yet).
    await expect(page.locator(':focus').getAttribute('value')).resolves.toBe('abc');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Construire la segmentation ABC' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus').getAttribute('value')).resolves.toBe('abc.weighted');
    await page.getByRole('button', { name: 'Construire l’ABC pondéré' }).waitFor();
    await expect(segmentation.textContent()).resolves.toContain('Choix\u00a0: ABC pondéré');
    // Shift+Tab goes back to the group's heading; Enter closes it.
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus').textContent()).resolves.toMatch(/^Segmentation/);
    await page.keyboard.press('Enter');
    await expect(segmentation.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('shows the groups in a 300 px pane, in English too, without horizontal scrolling', async () => {
    const page = await open('?lang=en', 300);
    await page.getByRole('button', { name: /^Segmentation/ }).click();
    await page.getByRole('radiogroup', { name: 'Segmentation' }).waitFor();
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as HarnessGlobals).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBe(0);
    // The motion of the panel (~200 ms) settled before the picture.
    await page.waitForTimeout(400);
    await screenshot(page, 'taskpane-en-groups-300px');
    await page.close();
  });

  it.each([300, 350])('fits a %i px wide pane without horizontal scrolling', async (width) => {
    const page = await open('?lang=fr&selection=abc', width);
    await choose(page, 'Segmentation', /Segmentation ABC/);
    await page.getByTestId('selection-address').waitFor();
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as HarnessGlobals).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBe(0);
    await screenshot(page, `taskpane-fr-abc-${width}px`);
    await page.close();
  });
});
