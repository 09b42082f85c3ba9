// The playground's server (`npm start`): builds the page with webpack (unless --no-build), then serves
// dist/playground on localhost — on PORT, or the first free port from 8080 — and prints its address.
// The browser tests start it the same way, on a free port, and stop it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'dist', 'playground');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * Builds dist/playground with the playground's webpack configuration: by default a production build
 * without minification (tree-shaken, so the page loads fast, and built several times faster than a
 * minified one); `minified` for the full production build.
 * @param {'quick' | 'minified' | 'development'} kind
 * @returns {Promise<number>} the build's duration in milliseconds
 */
export async function buildPlayground(kind = 'quick') {
  const started = performance.now();
  const { default: config } = await import(pathToFileURL(path.join(root, 'webpack.playground.config.mjs')).href);
  await new Promise((resolve, reject) => {
    const mode = kind === 'development' ? 'development' : 'production';
    webpack(config({ quick: kind === 'quick' }, { mode }), (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(undefined);
    });
  });
  return performance.now() - started;
}

/**
 * Serves dist/playground on 127.0.0.1.
 * @param {{ port?: number, tries?: number }} options - port 0 for any free port; tries: ports tried from `port` on
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function servePlayground({ port = 8080, tries = 20 } = {}) {
  if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder} has no index.html: run the build first (npm start builds it)`);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(folder, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', reject);
          resolve(undefined);
        });
      });
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://localhost:${actual}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = !process.argv.includes('--no-build');
  if (build) {
    process.stdout.write('Building the playground…\n');
    const ms = await buildPlayground();
    process.stdout.write(`Built in ${(ms / 1000).toFixed(1)} s.\n`);
  }
  const { url } = await servePlayground({ port: Number(process.env.PORT ?? 8080) });
  process.stdout.write(`\nProméthée playground: ${url}\n(Ctrl+C to stop)\n`);
}
