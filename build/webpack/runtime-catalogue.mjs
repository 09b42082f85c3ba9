// The catalogue as Excel's custom-functions runtime needs it: the declarations of
// src/catalogue/functions/ less their help texts. Each function is declared once, with its help
// (src/catalogue/define.ts); functions.json and the docs are generated from those texts at build time,
// and the runtime never reads them (its type, RuntimeFunctionSpec in src/catalogue/types.ts, has none).
// So, in functions.js only, a TypeScript transform drops them from the declarations before webpack
// bundles them:
//   - the properties `summary`, `help`, `example`, `category` and `result` (the shape the docs and
//     functions.json show) of each declaration, the object given to `defineFunction`, and the
//     `description` of a parameter written as an object;
//   - the last two arguments of the parameter builders of define.ts, the French and English help of a
//     parameter (the exported functions whose last two parameters are named `fr` and `en`), left out,
//     and their `defaultLabel` (the default as the help shows it), made undefined; in define.ts itself,
//     the `description` and `defaultValue` the builders put in a parameter;
//   - the call of `defineFunction` around each declaration, which only checks it: those checks ran
//     when the build generated functions.json from the same declarations;
//   - every call of `t(fr, en)` marked pure, so that a text kept in a constant for several help texts
//     (`ROWS`, `MODEL`) goes with them once nothing reads it.
// The messages of src/messages/ get the last of these (their `text(fr, en)` calls), so that a bundle
// carries only the messages its code names.
// The texts a result shows (segment, route and status names) are not in those places and stay.
// test/addin-bundle.test.ts checks that no help text of the catalogue, no `description` or
// `defaultValue` and none of the checks of `defineFunction` is left in functions.js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Properties of a declaration that only the docs and functions.json read. */
const HELP_PROPERTIES = new Set(['summary', 'help', 'example', 'category', 'result']);
/** The property of a parameter that only the docs and functions.json read. */
const PARAMETER_HELP = 'description';

/** What the parameter builders of define.ts put in a parameter for its help alone (ParamHelpKey in src/catalogue/types.ts). */
const BUILT_PARAMETER_HELP = new Set(['description', 'defaultValue']);

/** The function a declaration is given to (src/catalogue/define.ts), which checks it and returns it. */
const DEFINE_FUNCTION = 'defineFunction';

/** The functions that make a text pair (define.ts's `t`, src/messages/text.ts's `text`): pure. */
const PURE_CALLS = new Set(['t', 'text']);

/**
 * The parameter builders of define.ts: its exported functions whose last two parameters are `fr, en`.
 *
 * @param {string} defineFile - the path of src/catalogue/define.ts
 * @returns {Map<string, number>} their names, each with the position of its `defaultLabel` (-1: none)
 */
export function parameterBuilders(defineFile) {
  const source = ts.createSourceFile(defineFile, readFileSync(defineFile, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const builders = new Map();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const names = statement.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
    if (names.slice(-2).join(',') === 'fr,en') builders.set(statement.name.text, names.indexOf('defaultLabel'));
  }
  if (builders.size === 0) throw new Error(`${defineFile} declares no parameter builder ending with (fr, en)`);
  return builders;
}

/**
 * The transform that drops the help texts of a catalogue declaration file.
 *
 * @param {ReadonlyMap<string, number>} builders - the parameter builders, see {@link parameterBuilders}
 * @param {{ keepHelp?: boolean }} [options] - keepHelp: only mark the text pairs pure
 * @returns {import('typescript').TransformerFactory<import('typescript').SourceFile>}
 */
export function stripHelpTransformer(builders, { keepHelp = false } = {}) {
  return (context) => {
    const { factory } = context;
    /** @param {import('typescript').Node} node @returns {import('typescript').Node} */
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      if (ts.isObjectLiteralExpression(visited) && !keepHelp) {
        const declaration = ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === DEFINE_FUNCTION;
        const dropped = (/** @type {import('typescript').ObjectLiteralElementLike} */ property) =>
          ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && (property.name.text === PARAMETER_HELP || (declaration && HELP_PROPERTIES.has(property.name.text)));
        const kept = visited.properties.filter((property) => !dropped(property));
        return kept.length === visited.properties.length ? visited : factory.updateObjectLiteralExpression(visited, kept);
      }
      if (ts.isCallExpression(visited) && ts.isIdentifier(visited.expression)) {
        const name = visited.expression.text;
        const label = builders.get(name);
        if (label !== undefined && visited.arguments.length >= 2) {
          const args = visited.arguments.slice(0, -2).map((argument, index) => (index === label ? factory.createIdentifier('undefined') : argument));
          return factory.updateCallExpression(visited, visited.expression, visited.typeArguments, args);
        }
        // The checks of a declaration ran when the build generated functions.json from these same
        // declarations (addin/build/generate.ts): a catalogue they refuse never gets this far.
        const [spec] = visited.arguments;
        if (name === DEFINE_FUNCTION && spec !== undefined && visited.arguments.length === 1 && !keepHelp) return factory.createParenthesizedExpression(spec);
        if (PURE_CALLS.has(name)) return ts.addSyntheticLeadingComment(visited, ts.SyntaxKind.MultiLineCommentTrivia, '#__PURE__', false);
      }
      return visited;
    };
    return (sourceFile) => /** @type {import('typescript').SourceFile} */ (ts.visitNode(sourceFile, visit));
  };
}

/**
 * The transform of define.ts: the parameters its builders return lose their help, `description` and
 * `defaultValue` (the default as the help shows it; the default a call uses is `default`), which no
 * call reads (RuntimeParamSpec in src/catalogue/types.ts).
 *
 * @returns {import('typescript').TransformerFactory<import('typescript').SourceFile>}
 */
export function builderHelpTransformer() {
  return (context) => {
    const { factory } = context;
    /** @param {import('typescript').Node} node @returns {import('typescript').Node} */
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      if (!ts.isObjectLiteralExpression(visited)) return visited;
      const kept = visited.properties.filter(
        (property) => !((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name) && BUILT_PARAMETER_HELP.has(property.name.text)),
      );
      return kept.length === visited.properties.length ? visited : factory.updateObjectLiteralExpression(visited, kept);
    };
    return (sourceFile) => /** @type {import('typescript').SourceFile} */ (ts.visitNode(sourceFile, visit));
  };
}

/**
 * The folders whose modules the transform goes through: the catalogue's declarations, whose help
 * texts the runtime leaves out, define.ts, whose builders keep none, and the messages (no help there:
 * their text pairs are only marked pure).
 *
 * @param {string} root - the repository root
 */
export function runtimeCatalogueFolders(root) {
  return [path.join(root, 'src', 'catalogue', 'functions'), path.join(root, 'src', 'catalogue', 'define.ts'), path.join(root, 'src', 'messages')];
}

/**
 * ts-loader's `getCustomTransformers` for the runtime catalogue.
 *
 * @param {string} root - the repository root
 */
export function runtimeCatalogueTransformers(root) {
  const defineFile = path.join(root, 'src', 'catalogue', 'define.ts');
  const builders = parameterBuilders(defineFile);
  const declarations = path.join(root, 'src', 'catalogue', 'functions') + path.sep;
  return () => ({
    before: [
      /** @type {import('typescript').TransformerFactory<import('typescript').SourceFile>} */
      (context) => {
        const strip = stripHelpTransformer(builders)(context);
        const pure = stripHelpTransformer(new Map(), { keepHelp: true })(context);
        const builderHelp = builderHelpTransformer()(context);
        return (sourceFile) => {
          const file = path.resolve(sourceFile.fileName);
          if (file.startsWith(declarations)) return strip(sourceFile);
          return file === defineFile ? builderHelp(sourceFile) : pure(sourceFile);
        };
      },
    ],
  });
}
