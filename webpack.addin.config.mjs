// The Excel add-in's build: dist/addin/ holds everything a web server needs.
//   taskpane.html   the one page of the shared runtime: loads office.js, then loader.js
//   loader.js       ES5: loads functions.js then taskpane.js where the engine parses ES2022, else says why
//   functions.js    the custom functions, registered with CustomFunctions
//   functions.json, functions-fr.json   their metadata, generated from the catalogue
//   manifest.xml    the manifest for this deployment's base URL
//   assets/icon-*.png
//
// Base URL: development → https://localhost:3000/ (served by `webpack serve`), production → the URL in
// addin/manifest/deployment.ts, or `--env baseUrl=https://…/`, or PROMETHEE_ADDIN_BASE_URL.
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { loadAddinGenerator } from './addin/build/load-generator.mjs';
import { runtimeCatalogueFolders, runtimeCatalogueTransformers } from './build/webpack/runtime-catalogue.mjs';
import { typescriptResolve, typescriptRule } from './build/webpack/typescript.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Emits generated files (text or bytes) as assets of the compilation. */
class AddinFilesPlugin {
  /** @param {Record<string, string | Uint8Array>} files */
  constructor(files) {
    this.files = files;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, content] of Object.entries(this.files)) {
          const source = typeof content === 'string' ? content : Buffer.from(content);
          compilation.emitAsset(name, new webpack.sources.RawSource(source));
        }
      });
    });
  }
}

/**
 * The certificates `npx office-addin-dev-certs install` creates (Office trusts only those on
 * localhost); without them, webpack-dev-server's self-signed certificate, which Office refuses until
 * trusted by hand.
 */
function developmentHttps() {
  const folder = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => existsSync(path.join(folder, file)))) return 'https';
  const options = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, readFileSync(path.join(folder, file))]));
  return { type: 'https', options };
}

/**
 * @param {Record<string, string | boolean | undefined>} env - `--env` values (baseUrl)
 * @param {{ mode?: string }} argv - webpack-cli arguments
 * @returns {Promise<import('webpack').Configuration>}
 */
export default async function addinConfig(env = {}, argv = {}) {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const generator = await loadAddinGenerator(root);
  const requestedBaseUrl = typeof env.baseUrl === 'string' ? env.baseUrl : process.env.PROMETHEE_ADDIN_BASE_URL;
  const baseUrl = generator.addinBaseUrl(requestedBaseUrl ?? generator.ADDIN_BASE_URLS[mode]);
  const { version: packageVersion } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const files = generator.addinFiles({ baseUrl, packageVersion }, (bytes) => zlib.deflateSync(bytes, { level: 9 }));

  return {
    name: 'addin',
    mode,
    context: root,
    // The bundles are ES2022, whatever our own target: Fluent UI's dependencies ship class static
    // blocks, and no downlevelling of our code removes them. Office's webviews on older builds
    // (Internet Explorer 11, legacy Edge, Safari before 16.4) cannot parse that: loader.js, ES5, checks
    // the engine first and says what to do there (addin/build/loader.ts). test/addin-bundle.test.ts
    // parses both bundles at this ecmaVersion, and loader.js at 5.
    target: ['web', 'es2022'],
    entry: {
      functions: './addin/functions/functions.ts',
      taskpane: './addin/taskpane/taskpane.ts',
    },
    output: {
      path: path.join(root, 'dist', 'addin'),
      // Fixed names: the manifest points at functions.js. The task pane loads chunk-builds.js (the plans
      // of every build) on the first build or share check (addin/host/workbook-host.ts, share.ts).
      filename: '[name].js',
      chunkFilename: 'chunk-[name].js',
      clean: true,
    },
    resolve: typescriptResolve,
    module: {
      rules: [
        {
          oneOf: [
            // The catalogue's declarations reach functions.js without their help texts, which only
            // functions.json and the docs show, and the bundles keep only the messages their code
            // names (build/webpack/runtime-catalogue.mjs).
            {
              ...typescriptRule(root, 'ES2022', { transformers: { instance: 'runtime-catalogue', get: runtimeCatalogueTransformers(root) } }),
              include: runtimeCatalogueFolders(root),
            },
            typescriptRule(root, 'ES2022'),
          ],
        },
      ],
    },
    // Terser as webpack runs it (two passes), plus function declarations hoisted to the top of their
    // scope and no inlining of a function called once into its caller: the same code, which gzip
    // compresses better (functions.js 26.5 → 26.1 KB, taskpane.js −0.5 KB, chunk-builds.js −2.4 KB).
    // The output's ECMAScript level stays the one webpack derives from `target` (ES2020 syntax, the
    // highest terser writes): functions.js runs in the shared runtime, the task pane's browser
    // runtime, not Excel's JavaScript-only runtime
    // (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes), so it parses what the
    // webview parses, and loader.js loads it only where ES2022 does (addin/build/loader.ts).
    optimization: { minimizeOptions: { javascript: { compress: { passes: 2, hoist_funs: true, inline: 1 } } } },
    devtool: mode === 'development' ? 'source-map' : false,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        // The shared runtime has one page: loader.js, named in the template, loads the functions and
        // the task pane alike, so nothing is injected.
        inject: false,
      }),
      new AddinFilesPlugin(files),
    ],
    devServer: {
      port: Number(new URL(generator.ADDIN_BASE_URLS.development).port),
      server: developmentHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
}
