// The playground's build: dist/playground/ holds the page (index.html) and its bundle, served by
// scripts/serve-playground.mjs (`npm start`). Browser code only; it is not one of the add-in bundles.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { typescriptResolve, typescriptRule } from './build/webpack/typescript.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * @param {Record<string, unknown>} env - `--env` values: `quick` (what `npm start` builds) keeps
 *   production's tree shaking but skips minification, the slow part: about twice as fast to build,
 *   a page of a few megabytes, served locally anyway
 * @param {{ mode?: string }} argv - webpack-cli arguments
 * @returns {import('webpack').Configuration}
 */
export default function playgroundConfig(env = {}, argv = {}) {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  return {
    ...(env.quick === true ? { optimization: { minimize: false } } : {}),
    name: 'playground',
    mode,
    context: root,
    target: ['web', 'es2020'],
    entry: { playground: './src/playground/main.tsx' },
    output: { path: path.join(root, 'dist', 'playground'), filename: '[name].js', clean: true },
    resolve: typescriptResolve,
    module: {
      rules: [
        // Type-checking is `npm run typecheck`'s job: the build stays fast.
        typescriptRule(root, 'ES2022', { configFile: 'src/playground/tsconfig.json', sourceMap: false }),
        // The sample files are bundled as their text.
        { test: /\.csv$/, type: 'asset/source' },
      ],
    },
    devtool: mode === 'development' ? 'eval-cheap-module-source-map' : false,
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ template: './src/playground/index.html' })],
  };
}
