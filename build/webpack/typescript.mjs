// How webpack reads the project's TypeScript, for every bundle (the Excel add-in, the Sheets add-on,
// the build-time generators, the tests' browser pages): ts-loader, type-checking left to `tsc`
// (transpileOnly keeps builds fast and independent of unrelated files), and the `.js` specifiers of
// NodeNext imports resolved to their `.ts` sources.
import path from 'node:path';

/**
 * The module rule for .ts and .tsx files (the sidebar is React). Modules are emitted as ES modules, so
 * that webpack can drop what is not imported (Fluent's icons: 18 MB otherwise): under transpileOnly,
 * NodeNext would emit CommonJS, as the file-by-file transpiler does not know the package is
 * "type": "module".
 *
 * @param {string} root - the repository root
 * @param {string} target - the ECMAScript version to emit, e.g. "ES2022" for the Excel bundles
 * @param {{ configFile?: string, sourceMap?: boolean, transformers?: { instance: string, get: () => object } }} [options] - the
 *   tsconfig of the code bundled, relative to the root (the add-in's by default), whether to emit
 *   source maps (yes by default), and TypeScript transforms to apply (ts-loader's
 *   `getCustomTransformers`, under an instance name of their own)
 */
export function typescriptRule(root, target, { configFile = 'addin/tsconfig.json', sourceMap = true, transformers } = {}) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: path.join(root, configFile),
        transpileOnly: true,
        compilerOptions: { target, sourceMap, module: 'ES2022', moduleResolution: 'Bundler', jsx: 'react-jsx' },
        ...(transformers === undefined ? {} : { instance: transformers.instance, getCustomTransformers: transformers.get }),
      },
    },
  };
}

/** Resolution of TypeScript sources imported with NodeNext `.js` specifiers. */
export const typescriptResolve = {
  extensions: ['.ts', '.tsx', '.js'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
};
