/**
 * The French typography sweep, to run again after merging branches that add French strings:
 *
 *   npm run typography          # rewrite the sources (then run the tests)
 *   npm run typography -- --check   # list what is wrong, exit 1 when something is
 *
 * It finds the French strings of src/, gas/ and addin/ by their place in the code (see
 * french-strings.ts), applies the rules of src/typography/french.ts to their text as written, and
 * carries each change over to the tests that quote the old text, so that they keep asserting the
 * same thing. The rewrite is mechanical and idempotent: running it twice changes nothing more.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { fixFrenchTypography, frenchTypographyProblems } from '../src/typography/french.js';
import { filesUnder, frenchPieces, sourceFiles, type FrenchPiece } from './french-strings.js';

/**
 * The fix applied to a text as written in a file: an escaped apostrophe (\') between letters too, and
 * the no-break spaces written as escapes (\u00a0, \u202f) read as the spaces they are — else the fix
 * would see "12,50\u00a0?" as a ? without its space and add a second one.
 */
export function fixWritten(raw: string): string {
  const spaces = raw.replace(/\\u00a0/gi, '\u00a0').replace(/\\u202f/gi, '\u202f');
  const fixed = fixFrenchTypography(spaces.replace(/(\p{L})\\'(?=\p{L})/gu, '$1’'));
  // Nothing to fix but the escapes read as spaces: the text stays as written.
  return fixed === spaces ? raw : fixed;
}

function testFiles(root: string): string[] {
  return filesUnder(root, ['src', 'test', 'gas', 'addin'], (name) => /\.test\.tsx?$/.test(name));
}

/** Rewrites the pieces of one file, last first so that offsets stay right. */
function rewrite(file: string, pieces: readonly FrenchPiece[], changes: Map<string, string>): boolean {
  let text = readFileSync(file, 'utf8');
  const before = text;
  for (const piece of [...pieces].sort((a, b) => b.start - a.start)) {
    const raw = text.slice(piece.start, piece.end);
    const fixed = fixWritten(raw);
    if (fixed !== raw) {
      text = text.slice(0, piece.start) + fixed + text.slice(piece.end);
      changes.set(piece.text, fixFrenchTypography(piece.text.replace(/(\p{L})'(?=\p{L})/gu, '$1’')));
    }
  }
  if (text !== before) writeFileSync(file, text);
  return text !== before;
}

/** In a test file, the string literals that quote an old French text get its new text. */
function carryOver(file: string, changes: ReadonlyMap<string, string>): boolean {
  const before = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, before, ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const olds = [...changes.keys()].filter((old) => old.length >= 4).sort((a, b) => b.length - a.length);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const start = node.getStart(source) + 1;
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
      const raw = before.slice(start, end);
      const unescaped = raw.replace(/(\p{L})\\'(?=\p{L})/gu, '$1\'');
      let fixed = unescaped;
      for (const old of olds) if (fixed.includes(old)) fixed = fixed.split(old).join(changes.get(old) ?? old);
      const singleQuoted = ts.isStringLiteral(node) && before.charAt(start - 1) === "'";
      if (fixed !== unescaped) edits.push({ start, end, text: singleQuoted ? fixed.replace(/(\p{L})'(?=\p{L})/gu, "$1\\'") : fixed });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let text = before;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  if (text !== before) writeFileSync(file, text);
  return text !== before;
}

function main(): void {
  const root = process.cwd();
  const pieces = frenchPieces(sourceFiles(root));
  if (process.argv.includes('--check')) {
    let count = 0;
    for (const piece of pieces) {
      for (const problem of frenchTypographyProblems(piece.text)) {
        count++;
        console.log(`${path.relative(root, piece.file)}:${piece.line}: ${problem}`);
      }
    }
    console.log(`${count} problem(s) in ${pieces.length} French strings`);
    process.exitCode = count === 0 ? 0 : 1;
    return;
  }
  const byFile = new Map<string, FrenchPiece[]>();
  for (const piece of pieces) byFile.set(piece.file, [...(byFile.get(piece.file) ?? []), piece]);
  const changes = new Map<string, string>();
  const changed: string[] = [];
  for (const [file, filePieces] of byFile) if (rewrite(file, filePieces, changes)) changed.push(file);
  for (const file of testFiles(root)) if (carryOver(file, changes)) changed.push(file);
  for (const file of changed) console.log(`rewritten: ${path.relative(root, file)}`);
  console.log(`${changes.size} French string(s) fixed, ${changed.length} file(s) rewritten`);
}

main();
