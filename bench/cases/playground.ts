/**
 * The playground as a newcomer meets it: `npm start`'s script run as a child process (it builds the
 * page, then serves it), headless Chromium opening the address it prints, and the time until the page
 * is usable (sample data loaded, sidebar mounted); then the audit workbook built from the sidebar's
 * button, and the RFM segmentation of the 862 sample orders, in the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import type { BenchCase, BenchFigure } from '../case.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the page exposes (see src/playground/main.tsx), as seen from `page.evaluate`. */
interface PageGlobals {
  readonly promethee?: {
    readonly ready: boolean;
    readonly playground: { workbook: { sheet(name: string): { extent(): { rows: number } } | undefined }; select(sheet: unknown, range: unknown): void };
    readonly host: { build(request: { target: string; language: string }): Promise<{ sheets: readonly string[] }> };
  };
}

/** Starts the playground's server script and resolves with its address once it prints it. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.resolve('scripts', 'serve-playground.mjs')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/localhost:\d+\/)/.exec(output);
      if (match?.[1] !== undefined) resolve({ child, url: match[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      reject(new Error(`the playground server stopped (exit ${String(code)}): ${output}`));
    });
  });
}

export const playgroundCase: BenchCase = {
  title: 'Playground: npm start → usable page, audit workbook built in the browser',
  async run(): Promise<readonly BenchFigure[]> {
    const started = performance.now();
    const { child, url } = await startServer();
    const served = performance.now();
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
      const opening = performance.now();
      await page.goto(`${url}?lang=fr`);
      await page.waitForFunction(() => (globalThis as unknown as PageGlobals).promethee?.ready === true, null, { timeout: 60_000 });
      await page.getByRole('button', { name: 'Construire le classeur d’audit' }).waitFor();
      const usable = performance.now();

      const clicked = performance.now();
      await page.getByRole('button', { name: 'Construire le classeur d’audit' }).click();
      await page.getByTestId('outcome').waitFor({ timeout: 60_000 });
      const audit = performance.now() - clicked;

      const rfm = await page.evaluate(async () => {
        const promethee = (globalThis as unknown as PageGlobals).promethee;
        const orders = promethee?.playground.workbook.sheet('Commandes');
        if (promethee === undefined || orders === undefined) throw new Error('no sample orders on the page');
        promethee.playground.select(orders, { row: 1, column: 1, rowCount: orders.extent().rows, columnCount: 4 });
        const t0 = performance.now();
        await promethee.host.build({ target: 'rfm', language: 'fr' });
        return performance.now() - t0;
      });
      return [
        { name: 'npm start → server listening (build included)', value: served - started, unit: 'ms' },
        { name: 'page open → usable (sample loaded, sidebar mounted)', value: usable - opening, unit: 'ms' },
        { name: 'npm start → usable page', value: usable - started, unit: 'ms', note: 'budget < 60000 ms: "within a minute"' },
        { name: 'audit workbook from the sidebar button (all sheets)', value: audit, unit: 'ms', note: 'click → result message, formulas computed' },
        { name: 'RFM segmentation of the 862 sample orders', value: rfm, unit: 'ms', note: 'host.build in the page, 3 sheets' },
      ];
    } finally {
      await browser.close();
      child.kill();
    }
  },
};
