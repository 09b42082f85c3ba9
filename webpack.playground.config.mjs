// The playground's build: dist/playground/ holds the page (index.html) and its bundle, served by
// scripts/serve-playground.mjs (`npm start`). Browser code only; it is not one of the add-in bundles.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

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
    resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`'s job: the build stays fast. ES modules out, so that
            // webpack drops what is not imported (the icon package alone holds thousands of icons).
            options: {
              configFile: path.join(root, 'src', 'playground', 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' },
            },
          },
        },
        // The sample files are bundled as their text.
        { test: /\.csv$/, type: 'asset/source' },
      ],
    },
    devtool: mode === 'development' ? 'eval-cheap-module-source-map' : false,
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ template: './src/playground/index.html' })],
  };
}
