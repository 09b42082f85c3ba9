/**
 * Helpers for tests that render pages in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core, which cannot download browsers here): launch it with flags that keep it offline
 * and quiet, serve a folder on localhost, and bundle a browser entry with the project's webpack rule.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { typescriptResolve, typescriptRule } from '../../build/webpack/typescript.mjs';

/** Debian's Chromium, installed by CI and by `apt-get install chromium`. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching the network or asking questions. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium with a fresh profile (playwright gives each launch its own user data dir).
 * @returns the browser; close it in `afterAll`
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** A folder served over HTTP on 127.0.0.1. */
export interface ServedFolder {
  /** Base URL, ending with "/". */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files of a folder on a free localhost port (GET only; "/" is index.html).
 * @param folder - the folder to serve
 * @returns its base URL and a way to stop the server
 */
export async function serveFolder(folder: string): Promise<ServedFolder> {
  const root = path.resolve(folder);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    // Nothing outside the folder, whatever "../" the request holds.
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}

/** Options of {@link bundleForBrowser}. */
export interface BrowserBundleOptions {
  /** The entry (TypeScript or TSX), relative to the repository root or absolute. */
  readonly entry: string;
  /** Where bundle.js and index.html go. */
  readonly outDir: string;
  /** The page's title. @defaultvalue 'Test page' */
  readonly title?: string;
  /** Extra CSS in the page's head (e.g. a fixed pane width). */
  readonly css?: string;
}

/**
 * Bundles a browser entry with the project's TypeScript rule (React production build, not minified:
 * fast, and readable when a test fails) next to an index.html with `<div id="root">`.
 * @param options - entry, output folder, page title and CSS
 * @returns the output folder
 * @throws Error with webpack's messages when the bundle does not build
 */
export async function bundleForBrowser(options: BrowserBundleOptions): Promise<string> {
  const root = process.cwd();
  mkdirSync(options.outDir, { recursive: true });
  const compiler = webpack({
    mode: 'production',
    context: root,
    target: ['web', 'es2020'],
    entry: path.resolve(root, options.entry),
    output: { path: options.outDir, filename: 'bundle.js' },
    resolve: typescriptResolve,
    module: { rules: [typescriptRule(root, 'ES2020')] },
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error !== null) reject(error);
      else if (result === undefined) reject(new Error('webpack returned no stats.'));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title ?? 'Test page'}</title><style>html,body{margin:0}${options.css ?? ''}</style></head><body><div id="root"></div><script src="bundle.js"></script></body></html>`;
  writeFileSync(path.join(options.outDir, 'index.html'), html);
  return options.outDir;
}

/**
 * The page's google.script.run, for `page.addInitScript`: each call goes to the built Code.js in Node
 * through the function the test exposes as `prometheeServer` (self-contained: the page runs its text).
 */
export function installScriptRun(): void {
  type Handler = ((value: unknown) => void) | undefined;
  const server = (globalThis as unknown as { prometheeServer: (name: string, args: string) => Promise<string> }).prometheeServer;
  const runner = (onSuccess: Handler, onFailure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, property) {
          if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, onFailure);
          if (property === 'withFailureHandler') return (handler: Handler) => runner(onSuccess, handler);
          return (...args: unknown[]) => {
            server(String(property), JSON.stringify(args)).then(
              (reply) => onSuccess?.(JSON.parse(reply)),
              (error: unknown) => onFailure?.(error),
            );
          };
        },
      },
    );
  (globalThis as unknown as { google: unknown }).google = { script: { run: runner(undefined, undefined) } };
}
