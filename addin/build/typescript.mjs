// How webpack reads the project's TypeScript: ts-loader with the add-in's tsconfig, type-checking left
// to `tsc` (transpileOnly keeps builds fast and independent of unrelated files), and the `.js`
// specifiers of NodeNext imports resolved to their `.ts` sources.
import path from 'node:path';

/**
 * The module rule for .ts and .tsx files (the sidebar is React).
 *
 * @param {string} root - the repository root
 * @param {string} target - the ECMAScript version to emit, e.g. "ES2022" for the add-in's bundles
 */
export function typescriptRule(root, target) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: path.join(root, 'addin', 'tsconfig.json'),
        transpileOnly: true,
        // ES modules out, so that webpack can drop what is not imported (Fluent's icons: 18 MB
        // otherwise). Under transpileOnly, NodeNext would emit CommonJS: the file-by-file
        // transpiler does not know the package is "type": "module".
        compilerOptions: { target, sourceMap: true, module: 'ES2022', moduleResolution: 'Bundler' },
      },
    },
  };
}

/** Resolution of TypeScript sources imported with NodeNext `.js` specifiers. */
export const typescriptResolve = {
  extensions: ['.ts', '.tsx', '.js'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
};
