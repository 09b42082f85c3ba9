/**
 * The French strings of the sources, found by their place in the code rather than by guessing: the
 * value of a `fr` property ({ fr: '…', en: '…' }), and an argument passed to a parameter named `fr`
 * (valueError(fr, en), t(fr, en), badOption(command, fr, en) …). Each comes with where its text sits
 * in the file, so that scripts/french-typography.ts can rewrite it in place.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One piece of French text in a source file (a string, or one literal part of a template). */
export interface FrenchPiece {
  readonly file: string;
  /** The text as the program uses it (escapes decoded). */
  readonly text: string;
  /** Offsets of the text as written in the file, quotes excluded. */
  readonly start: number;
  readonly end: number;
  /** 1-based line, for messages. */
  readonly line: number;
}

/** The source folders whose strings the product can show: the core, the hosts, the scripts' outputs aside. */
export const SOURCE_FOLDERS = ['src', 'gas', 'addin'];

/**
 * Every file under the folders whose name passes the test, node_modules and dist left out.
 * @param root - the repository root
 * @param folders - the folders to walk, relative to the root
 * @param keep - whether a file name is wanted
 * @returns absolute paths, sorted
 */
export function filesUnder(root: string, folders: readonly string[], keep: (name: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(full);
      } else if (keep(name)) files.push(full);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return files.sort();
}

/**
 * Every .ts / .tsx file under the source folders, tests and declarations left out.
 * @param root - the repository root
 * @returns absolute paths, sorted
 */
export function sourceFiles(root: string): string[] {
  return filesUnder(root, SOURCE_FOLDERS, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
}

/**
 * The French pieces of the given source files.
 * @param files - absolute paths of .ts / .tsx files
 * @returns the pieces, in file order then text order
 */
export function frenchPieces(files: readonly string[]): FrenchPiece[] {
  const program = ts.createProgram(files, { allowJs: false, jsx: ts.JsxEmit.ReactJSX, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const pieces: FrenchPiece[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    const add = (node: ts.Node): void => {
      for (const piece of piecesOf(node, source)) {
        const key = `${file}:${piece.start}`;
        if (!seen.has(key)) {
          seen.add(key);
          pieces.push({ file, ...piece, line: source.getLineAndCharacterOfPosition(piece.start).line + 1 });
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'fr') add(node.initializer);
      // language === 'fr' ? `…` : `…` (or === 'en', the other way round).
      if (ts.isConditionalExpression(node) && ts.isBinaryExpression(node.condition) && node.condition.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken) {
        const other = ts.isStringLiteral(node.condition.right) ? node.condition.right.text : ts.isStringLiteral(node.condition.left) ? node.condition.left.text : null;
        if (other === 'fr') add(node.whenTrue);
        if (other === 'en') add(node.whenFalse);
      }
      // A whole table of French texts: const FR: SidebarStrings = { … }.
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /^(FR|fr|[A-Z_]+_FR)$/.test(node.name.text) && node.initializer !== undefined) {
        const deep = (child: ts.Node): void => {
          if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child) || ts.isTemplateExpression(child)) add(child);
          else ts.forEachChild(child, deep);
        };
        deep(node.initializer);
      }
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments !== undefined && node.arguments.length > 0) {
        const signature = checker.getResolvedSignature(node);
        signature?.getParameters().forEach((parameter, i) => {
          const argument = node.arguments?.[i];
          if (parameter.getName() === 'fr' && argument !== undefined) add(argument);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return pieces.sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** The literal texts inside an expression: strings, template parts, through ?:, arrays and `as`. */
function piecesOf(node: ts.Node, source: ts.SourceFile): Omit<FrenchPiece, 'file' | 'line'>[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [{ text: node.text, start: node.getStart(source) + 1, end: node.getEnd() - 1 }];
  }
  if (ts.isTemplateExpression(node)) {
    const parts: Omit<FrenchPiece, 'file' | 'line'>[] = [{ text: node.head.text, start: node.head.getStart(source) + 1, end: node.head.getEnd() - 2 }];
    for (const span of node.templateSpans) {
      const literal = span.literal;
      const closing = ts.isTemplateTail(literal) ? 1 : 2;
      parts.push({ text: literal.text, start: literal.getStart(source) + 1, end: literal.getEnd() - closing });
    }
    return parts;
  }
  if (ts.isObjectLiteralExpression(node)) return node.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? piecesOf(property.initializer, source) : []));
  if (ts.isConditionalExpression(node)) return [...piecesOf(node.whenTrue, source), ...piecesOf(node.whenFalse, source)];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => piecesOf(element, source));
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) return piecesOf(node.expression, source);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...piecesOf(node.left, source), ...piecesOf(node.right, source)];
  return [];
}
