// The Google Sheets add-on's build: dist/gas/ holds exactly what `clasp push` uploads.
//   Code.js          the core bundled into one top-level `var Promethee`, then the generated top-level
//                    functions (custom functions with their JSDoc, menu, server functions)
//   sidebar.html     the shared React sidebar's first paint, inlined (HtmlService serves one file)
//   sidebar_parts.html   the rest of the sidebar (dialogs, messages, writing sheets, sharing): one
//                    webpack chunk in a <script> element, which the sidebar asks the server for when
//                    first needed (gas/client/parts.ts, gas/server/sidebar-parts.ts)
//   appsscript.json  the manifest, copied from the repository's top level
//
// `--config-name server` builds Code.js and appsscript.json alone (what the Code.js tests need).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlInlineScriptPlugin from 'html-inline-script-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
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

/**
 * Keeps the third-party licences in the file that holds their code: the minifier moves them to a
 * separate LICENSE.txt (which HtmlService would not serve), so their text replaces the banner pointing
 * at it, in sidebar.html and in each of the sidebar's parts.
 */
class InlineLicensesPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineLicensesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineLicensesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        for (const licenseFile of Object.keys(compilation.assets).filter((name) => name.endsWith('.js.LICENSE.txt'))) {
          const script = licenseFile.slice(0, -'.LICENSE.txt'.length);
          const target = script === 'sidebar.js' ? 'sidebar.html' : script;
          const license = compilation.getAsset(licenseFile);
          if (license === undefined) continue;
          const text = license.source.source().toString().replaceAll('*/', '* /').replaceAll('</script', '<\\/script');
          compilation.updateAsset(target, (source) => {
            const code = source.source().toString();
            const banner = `/*! For license information please see ${licenseFile} */`;
            if (!code.includes(banner)) throw new Error(`${target} lacks the licence banner of ${licenseFile}`);
            return new webpack.sources.RawSource(code.replace(banner, () => `/*! Third-party licences:\n${text}\n*/`));
          });
          compilation.deleteAsset(licenseFile);
        }
      });
    });
  }
}

/**
 * Makes each of the sidebar's chunks (`sidebar_NAME.js`) a project file HtmlService can read,
 * `sidebar_NAME.html`: its script in a `<script>` element (gas/server/sidebar-parts.ts).
 */
class SidebarPartsPlugin {
  /** @param {(script: string) => string} partFile - a part's file from its script */
  constructor(partFile) {
    this.partFile = partFile;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SidebarPartsPlugin', (compilation) => {
      // After the licences are inlined (same stage, tapped later).
      compilation.hooks.processAssets.tap({ name: 'SidebarPartsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE + 1 }, () => {
        for (const name of Object.keys(compilation.assets).filter((asset) => /^sidebar_[a-z]+\.js$/.test(asset))) {
          const script = compilation.getAsset(name)?.source.source().toString() ?? '';
          compilation.emitAsset(name.replace(/\.js$/, '.html'), new webpack.sources.RawSource(this.partFile(script)));
          compilation.deleteAsset(name);
        }
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
        clean: { keep: /^sidebar(_[a-z]+)?\.html$/ },
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
      output: {
        path: output,
        filename: 'sidebar.js',
        // The chunks' names; SidebarPartsPlugin makes them sidebar_NAME.html. No public path: the
        // sidebar fetches them through google.script.run, by name (gas/client/parts.ts).
        chunkFilename: 'sidebar_[name].js',
        publicPath: '',
        clean: { keep: /^(Code\.js|appsscript\.json)$/ },
      },
      resolve: typescriptResolve,
      module: {
        rules: [
          typescriptRule(root, 'ES2019', { configFile: 'gas/client/tsconfig.json', sourceMap: false }),
        ],
      },
      devtool: false,
      performance: { hints: false },
      optimization: {
        runtimeChunk: false,
        // Every part loaded on use (the React.lazy parts of src/ui/, gas/client/workbook-actions.ts) in
        // one chunk: the first action that needs one fetches them all, in one call to the server.
        splitChunks: { chunks: 'async', cacheGroups: { default: false, defaultVendors: false, parts: { chunks: 'async', name: 'parts', minSize: 0, enforce: true } } },
      },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'sidebar.html', template: './gas/client/sidebar.html', inject: 'body', scriptLoading: 'blocking' }),
        new HtmlInlineScriptPlugin(),
        new InlineLicensesPlugin(),
        new SidebarPartsPlugin(generator.sidebarPartFile),
      ],
    },
  ];
}
