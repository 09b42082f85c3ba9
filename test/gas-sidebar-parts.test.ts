// The Sheets sidebar's parts, as `npm run build:gas` makes them (the real configuration, into a
// scratch folder): sidebar.html holds the first paint only, and what the sidebar shows after a click
// is sidebar_parts.html, which the built Code.js returns as text to the sidebar's first action that
// needs it (server function sidebarPart; gas/client/parts.ts, gas/server/sidebar-parts.ts).
//
// In the browser, google.script.run behaves as Google documents it
// (https://developers.google.com/apps-script/guides/html/communication): asynchronous, each call's
// outcome to its success or failure handler, arguments and replies plain data (here through JSON,
// which keeps strings, numbers, objects and arrays only), a thrown exception to the failure handler.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGasInto } from './gas-build.js';
import { FakeSpreadsheet } from './gas-fake.js';
import { loadCode, type LoadedCode } from './gas-vm.js';
import { installScriptRun, launchChromium } from './support/browser.js';

let dist = '';
let code = '';
/** The project's HTML files by name, as clasp pushes them (sidebar, sidebar_parts). */
const htmlFiles: Record<string, string> = {};

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'promethee-gas-parts-'));
  await buildGasInto(dist);
  code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.html'))) htmlFiles[file.slice(0, -'.html'.length)] = readFileSync(path.join(dist, file), 'utf8');
}, 300_000);

afterAll(() => {
  if (dist !== '') rmSync(dist, { recursive: true, force: true });
});

/** The script of a part's file: what is between its `<script>` and `</script>`, read as text here. */
function scriptOf(file: string): string {
  const content = htmlFiles[file] ?? '';
  const open = content.indexOf('<script>');
  const close = content.lastIndexOf('</script>');
  return content.slice(open + '<script>'.length, close);
}

describe('the built parts of the sidebar', () => {
  it('are sidebar.html (the first paint, at most 150 KB gzipped) and one part, sidebar_parts.html', () => {
    expect(Object.keys(htmlFiles).sort()).toEqual(['sidebar', 'sidebar_parts']);
    expect(gzipSync(Buffer.from(htmlFiles.sidebar ?? '')).length).toBeLessThanOrEqual(150 * 1024);
    // The part is one script element, a webpack chunk that registers its modules with the page's
    // runtime (and holds the sharing and removal code the first paint does not).
    expect(/^<script>[^]*<\/script>$/.test(htmlFiles.sidebar_parts ?? '')).toBe(true);
    const script = scriptOf('sidebar_parts');
    // ES2022, as sidebar.html's own script: Fluent UI's dependencies ship class static blocks.
    expect(() => parse(script, { ecmaVersion: 2022, sourceType: 'script' })).not.toThrow();
    expect(/^(\/\*![^]*?\*\/\s*)?("use strict";)?\(self\.webpackChunk/.test(script)).toBe(true);
    expect(script.includes('</script')).toBe(false);
  });

  it('are returned by the built Code.js as exactly the part’s script, in a vm', () => {
    const loaded = loadCode(code, new FakeSpreadsheet('fr_FR', ['Feuil1']), 'fr_FR', htmlFiles);
    const script = scriptOf('sidebar_parts');
    const reply = loaded.call('sidebarPart', 'sidebar_parts', 0) as { ok: boolean; value: { text: string; part: number; parts: number } };
    expect(reply.ok).toBe(true);
    expect(reply.value.parts).toBe(1);
    expect(reply.value.part).toBe(0);
    expect(reply.value.text === script).toBe(true);
    expect(reply.value.text.length).toBeGreaterThan(50_000);
    // Run as the page runs it, the text registers one webpack chunk with its modules.
    const page: { self?: { webpackChunkpromethee?: [unknown[], Record<string, unknown>][] } } = {};
    page.self = {};
    vm.runInNewContext(reply.value.text, page);
    const registered = page.self.webpackChunkpromethee ?? [];
    expect(registered).toHaveLength(1);
    expect(Object.keys(registered[0]?.[1] ?? {}).length).toBeGreaterThan(10);
  });

  it('are the only files the server returns this way: not the page, not a name from elsewhere', () => {
    const loaded = loadCode(code, new FakeSpreadsheet('fr_FR', ['Feuil1']), 'fr_FR', htmlFiles);
    for (const name of ['sidebar', '../sidebar_parts', 'sidebar_parts.html', 'Code']) expect(() => loaded.call('sidebarPart', name, 0), name).toThrow(/is not a part of the sidebar/);
    expect(() => loaded.call('sidebarPart', 'sidebar_other', 0)).toThrow(/No HTML file named sidebar_other/);
  });
});

/**
 * The built sidebar.html in Chromium, its google.script.run answered by the built Code.js.
 * @param fail - whether a call fails (thrown on the server side: the page's failure handler gets it)
 */
async function openSidebar(page: Page, loaded: LoadedCode, calls: string[], fail: (name: string) => boolean): Promise<void> {
  await page.exposeFunction('prometheeServer', (name: string, args: string) => {
    calls.push(name);
    if (fail(name)) throw new Error('We’re sorry, a server error occurred. Please wait a bit and try again.');
    return JSON.stringify(loaded.call(name, ...(JSON.parse(args) as unknown[])));
  });
  await page.addInitScript(installScriptRun);
  // A real navigation, so that the init script runs before the page's own.
  await page.goto(`file://${path.join(dist, 'sidebar.html')}`);
}

const BUILD = 'Construire le classeur d’audit';

/**
 * Opens the built sidebar on a new workbook in Chromium, the server calls failing where `fail` says,
 * and runs `check` with the page, the workbook and the names of the server calls made so far.
 */
async function withSidebar(fail: (name: string) => boolean, check: (page: Page, book: FakeSpreadsheet, calls: readonly string[]) => Promise<void>): Promise<void> {
  const book = new FakeSpreadsheet('fr_FR', ['Feuil1']);
  const loaded = loadCode(code, book, 'fr_FR', htmlFiles);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const calls: string[] = [];
    await openSidebar(page, loaded, calls, fail);
    await check(page, book, calls);
  } finally {
    await browser.close();
  }
}

/** Waits for the build's outcome: more than one sheet made, and the outcome saying how many. */
async function expectBuilt(page: Page, book: FakeSpreadsheet): Promise<string[]> {
  const outcome = page.getByTestId('outcome');
  await outcome.waitFor({ timeout: 30_000 });
  const built = book.sheets.map((sheet) => sheet.name).filter((name) => name !== 'Feuil1');
  expect(built.length).toBeGreaterThan(1);
  await expect(outcome.textContent()).resolves.toContain(`${built.length} feuilles créées`);
  return built;
}

describe('the built sidebar in a browser, its parts fetched through google.script.run', () => {
  it('paints with no part fetched; the first build fetches the part once, then builds the sheets', async () => {
    await withSidebar(
      () => false,
      async (page, book, calls) => {
        await page.getByRole('button', { name: BUILD }).waitFor();
        // The first paint is there, and the language asked: no part was needed for it.
        await page.waitForTimeout(300);
        expect(calls).toEqual(['displayLanguage']);
        await page.getByRole('button', { name: BUILD }).click();
        const built = await expectBuilt(page, book);
        expect(calls.filter((name) => name === 'sidebarPart')).toHaveLength(1);
        expect(calls.filter((name) => name === 'writeSheet')).toHaveLength(built.length);
        // The removal's dialog is in the part already fetched: no call for it.
        await page.getByRole('button', { name: 'Supprimer les feuilles générées' }).click();
        await page.getByRole('alertdialog').waitFor();
        expect(calls.filter((name) => name === 'sidebarPart')).toHaveLength(1);
      },
    );
  }, 90_000);

  it('says so when the part cannot be fetched, keeps the sidebar, and fetches again on Retry', async () => {
    let partCalls = 0;
    await withSidebar(
      (name) => name === 'sidebarPart' && ++partCalls === 1,
      async (page, book, calls) => {
        await page.getByRole('button', { name: BUILD }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = (await alert.textContent()) ?? '';
        expect(text).toContain('Une partie de la barre latérale n’a pas pu être chargée depuis Google');
        expect(text).toContain('a server error occurred');
        // The sidebar is still there, its build waiting for the part.
        expect(await page.getByRole('button', { name: 'Construction en cours…' }).count()).toBe(1);
        expect(await page.getByRole('button', { name: 'Supprimer les feuilles générées' }).count()).toBe(1);
        expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Feuil1']);
        await page.getByRole('button', { name: 'Réessayer / Retry' }).click();
        await expectBuilt(page, book);
        expect(await alert.count()).toBe(0);
        expect(calls.filter((name) => name === 'sidebarPart')).toHaveLength(2);
      },
    );
  }, 90_000);
});
