// For a bundle that must stay one file (the Sheets sidebar: HtmlService serves one HTML file), the
// `import('./X.js')` that split the Excel task pane into chunks become static imports:
// `import * as lazy0 from './X.js'` at the top and `Promise.resolve(lazy0)` in place of the call. The
// code reads the same, and webpack concatenates those modules with the rest as for any static import
// (its eager mode for import() would wrap each in a module of its own, a few KB more).
import ts from 'typescript';

/**
 * The transform.
 *
 * @returns {import('typescript').TransformerFactory<import('typescript').SourceFile>}
 */
export function staticImportsTransformer() {
  return (context) => {
    const { factory } = context;
    return (sourceFile) => {
      /** @type {import('typescript').ImportDeclaration[]} */
      const imports = [];
      /** @type {Map<string, import('typescript').Identifier>} */
      const names = new Map();
      /** @param {import('typescript').Node} node @returns {import('typescript').Node} */
      const visit = (node) => {
        const visited = ts.visitEachChild(node, visit, context);
        if (!ts.isCallExpression(visited) || visited.expression.kind !== ts.SyntaxKind.ImportKeyword) return visited;
        const [specifier] = visited.arguments;
        if (specifier === undefined || !ts.isStringLiteral(specifier)) throw new Error(`${sourceFile.fileName}: import() of a computed specifier cannot be made static`);
        let name = names.get(specifier.text);
        if (name === undefined) {
          name = factory.createUniqueName(`lazy${String(names.size)}`);
          names.set(specifier.text, name);
          imports.push(
            factory.createImportDeclaration(undefined, factory.createImportClause(false, undefined, factory.createNamespaceImport(name)), factory.createStringLiteral(specifier.text)),
          );
        }
        return factory.createCallExpression(factory.createPropertyAccessExpression(factory.createIdentifier('Promise'), 'resolve'), undefined, [name]);
      };
      const visited = /** @type {import('typescript').SourceFile} */ (ts.visitNode(sourceFile, visit));
      return imports.length === 0 ? visited : factory.updateSourceFile(visited, [...imports, ...visited.statements]);
    };
  };
}
