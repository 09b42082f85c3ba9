// The Google Sheets add-on's build: dist/gas/ holds exactly what `clasp push` uploads.
//   Code.js          the core bundled into one top-level `var Promethee`, then the generated top-level
//                    functions (custom functions with their JSDoc, menu, server functions)
//   sidebar.html     the shared React sidebar with everything inlined (HtmlService serves one file)
//   appsscript.json  the manifest, copied from the repository's top level
//
// `--config-name server` builds Code.js and appsscript.json alone (what the Code.js tests need).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlInlineScriptPlugin from 'html-inline-script-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { staticImportsTransformer } from './build/webpack/static-imports.mjs';
import { typescriptResolve, typescriptRule } from './build/webpack/typescript.mjs';
import { loadGasGenerator } from './gas/build/load-generator.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const CODE_FILE = 'Code.js';

/** Appends the generated top-level functions to Code.js once it is minified, and adds the manifest. */
class AppsScriptFilesPlugin {
  /** @param {{ functions: string, manifest: string }} files */
  constructor(files) {
    this.files = files;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AppsScriptFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AppsScriptFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('appsscript.json', new webpack.sources.RawSource(this.files.manifest));
      });
      // After minification (OPTIMIZE_SIZE): the generated functions keep their JSDoc and names.
      compilation.hooks.processAssets.tap({ name: 'AppsScriptFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        compilation.updateAsset(CODE_FILE, (source) => new webpack.sources.ConcatSource(source, '\n\n', this.files.functions));
      });
    });
  }
}

const LICENSE_FILE = 'sidebar.js.LICENSE.txt';

/**
 * Keeps the third-party licences in the one sidebar file: the minifier moves them to a separate
 * LICENSE.txt (which HtmlService would not serve), so their text replaces the banner pointing at it.
 */
class InlineLicensesPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineLicensesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineLicensesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const license = compilation.getAsset(LICENSE_FILE);
        if (license === undefined) return;
        const text = license.source.source().toString().replaceAll('*/', '* /').replaceAll('</script', '<\\/script');
        compilation.updateAsset('sidebar.html', (source) => {
          const html = source.source().toString();
          const banner = `/*! For license information please see ${LICENSE_FILE} */`;
          if (!html.includes(banner)) throw new Error(`sidebar.html lacks the licence banner of ${LICENSE_FILE}`);
          return new webpack.sources.RawSource(html.replace(banner, () => `/*! Third-party licences:\n${text}\n*/`));
        });
        compilation.deleteAsset(LICENSE_FILE);
      });
    });
  }
}

/**
 * @param {Record<string, string | boolean | undefined>} _env - `--env` values (none used)
 * @param {{ mode?: string }} argv - webpack-cli arguments
 * @returns {Promise<import('webpack').Configuration[]>}
 */
export default async function gasConfig(_env = {}, argv = {}) {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const generator = await loadGasGenerator(root);
  const output = path.join(root, 'dist', 'gas');
  const files = { functions: generator.codeJsFunctions(), manifest: readFileSync(path.join(root, 'appsscript.json'), 'utf8') };
  return [
    {
      name: 'server',
      mode,
      context: root,
      // Apps Script's V8 runtime: no DOM, no Node; ES2019 syntax is safely supported.
      target: ['es2019'],
      entry: { Code: './gas/server/index.ts' },
      output: {
        path: output,
        filename: CODE_FILE,
        library: { name: generator.CORE_VARIABLE, type: 'var' },
        iife: true,
        // One chunk, no loading: the format only has to be named.
        chunkFormat: 'array-push',
        chunkLoading: false,
        clean: { keep: /^sidebar\.html$/ },
      },
      resolve: typescriptResolve,
      module: { rules: [typescriptRule(root, 'ES2019', { configFile: 'gas/tsconfig.json', sourceMap: false })] },
      devtool: false,
      performance: { hints: false },
      optimization: { splitChunks: false, runtimeChunk: false },
      plugins: [new AppsScriptFilesPlugin(files)],
    },
    {
      name: 'sidebar',
      mode,
      context: root,
      target: ['web', 'es2019'],
      entry: { sidebar: './gas/client/sidebar.tsx' },
      output: { path: output, filename: 'sidebar.js', clean: { keep: /^(Code\.js|appsscript\.json)$/ } },
      resolve: typescriptResolve,
      module: {
        rules: [
          typescriptRule(root, 'ES2019', {
            configFile: 'gas/client/tsconfig.json',
            sourceMap: false,
            // HtmlService serves one file: what the Excel task pane loads on demand (its dialogs, its
            // reports) is bundled in, as static imports (build/webpack/static-imports.mjs).
            transformers: { instance: 'one-file-sidebar', get: () => ({ before: [staticImportsTransformer()] }) },
          }),
        ],
      },
      devtool: false,
      performance: { hints: false },
      optimization: { splitChunks: false, runtimeChunk: false },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'sidebar.html', template: './gas/client/sidebar.html', inject: 'body', scriptLoading: 'blocking' }),
        new HtmlInlineScriptPlugin(),
        new InlineLicensesPlugin(),
      ],
    },
  ];
}
