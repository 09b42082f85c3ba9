/**
 * The list of the core's messages, checked against the code and the tests: every entry of
 * src/messages is used by the code (an entry no code names is dead text), and every entry is quoted
 * by a test — its text, or its longest fixed part for an entry with values — so that each error or note
 * branch has a test that shows it. The entries no test quotes yet are listed here by name: that list
 * is the work left, and it must shrink, never hold an entry a test already quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as messages from './index.js';
import type { LocalizedText } from './text.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The .ts files under a folder of the repository, recursively. */
function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(folder, file));
}

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The names the code imports from src/messages (src/ but its tests and the messages themselves). */
const imported = new Set(
  sources('src')
    .filter((file) => !file.endsWith('.test.ts') && !file.startsWith(path.join('src', 'messages')))
    .flatMap((file) => [...read(file).matchAll(/import \{([^}]*)\} from '[./]*\/messages\/[a-z]+\.js'/g)])
    .flatMap((match) => (match[1] ?? '').split(',').map((name) => name.replace(/^\s*type\s+/, '').trim())),
);

/** The tests, with their \u00A0 escapes read as the character and every no-break space as a space. */
const tests = [...sources('src'), ...sources('test')]
  .filter((file) => file.endsWith('.test.ts') && !file.endsWith(path.join('messages', 'messages.test.ts')))
  .map(read)
  .join('\n')
  .replace(/\\u00A0/gi, ' ')
  .replaceAll('\u00A0', ' ');

const isText = (entry: unknown): entry is LocalizedText => typeof entry === 'object' && entry !== null && 'fr' in entry && 'en' in entry;

/**
 * What of an entry a test would quote: a fixed text's two texts; for a function, the longest fixed
 * part of its French template and of its English one (the parts between the values).
 */
function quotable(entry: unknown): string[] {
  if (isText(entry)) return [entry.fr, entry.en];
  if (typeof entry !== 'function') throw new Error('an entry is a LocalizedText or a function returning one');
  const literals = String(entry).match(/`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  const parts = literals.flatMap((literal) => literal.slice(1, -1).split(/\$\{[^}]*\}/));
  return parts
    .map((part) => part.replaceAll('\u00A0', ' ').trim())
    .sort((a, b) => b.length - a.length)
    .slice(0, 2);
}

/** A fixed part shorter than this says too little to be found in the tests (", ligne", " (voir "). */
const MIN_PART = 6;

const quoted = (entry: unknown): boolean => quotable(entry).some((part) => part.length >= MIN_PART && tests.includes(part));

/**
 * The entries that only join others (a file's name before a message, "ligne 12", "(voir …)"): their
 * fixed parts are too short to look for, and the tests quote them inside the messages they build.
 */
const JOINERS: readonly string[] = ['rowNamed', 'seeUsage', 'inFile', 'lineNamed', 'numberOfNamedColumn', 'rowProblem', 'modelReason'];

/**
 * The entries no test quotes yet, by area: each is an error or note branch without a test that shows
 * its text (the branch itself may be tested by its error code only).
 */
const NOT_YET_QUOTED: readonly string[] = [
  // src/messages/cells.ts
  'invalidNumber',
  'notADate',
  'notABoolean',
  // src/messages/cli.ts
  'decimalExpected',
  'headerOrNoHeader',
  'columnsNotWithHeader',
  'dateFormatExpected',
  'discountOptionExpected',
  'customerIdTooLong',
  'withoutPurchaseInAudit',
  'withoutPurchaseInRfm',
  'refundRowsLeftOut',
  'withoutPurchaseBeforeCalibrationEnd',
  'simpleSpendFormula',
  // src/messages/io.ts
  'severalColumnsNamed',
  'unnamedColumn',
  'noColumnNamed',
  'firstLineReadAsHeader',
  'headerlessColumnNumber',
  // src/messages/metrics.ts
  'theAnnualDiscountRate',
  'transactionLengthsMismatch',
  'refundsPolicy',
  'invalidAnalysisDate',
  'noCustomerToScore',
  'rfmMethod',
  'binsOutOfRange',
  'cutsCount',
  'cutsNotAscending',
  'timeUnitExpected',
  'noPurchaseAllRefunds',
  'invalidCalibrationEnd',
  'horizonOutOfRange',
  'fitNotFinite',
];

const ENTRIES = Object.entries(messages);

describe('the messages of the core', () => {
  it('are named entries: texts in both languages, or functions returning one', () => {
    expect(ENTRIES.length).toBeGreaterThan(100);
    for (const [name, entry] of ENTRIES) {
      if (typeof entry === 'function') continue;
      expect(isText(entry), name).toBe(true);
      expect(Object.isFrozen(entry), name).toBe(true);
    }
  });

  it.each(ENTRIES.map(([name]) => name))('%s is used by the code', (name) => {
    expect(imported.has(name)).toBe(true);
  });

  it('are joiners when their fixed parts are too short to look for, and only those listed', () => {
    const joiners = ENTRIES.filter(([, entry]) => quotable(entry).every((part) => part.length < MIN_PART)).map(([name]) => name);
    expect([...joiners].sort()).toEqual([...JOINERS].sort());
  });

  it('are each quoted by a test, but the ones listed as not yet', () => {
    const unquoted = ENTRIES.filter(([name, entry]) => !JOINERS.includes(name) && !quoted(entry)).map(([name]) => name);
    expect([...unquoted].sort()).toEqual([...NOT_YET_QUOTED].sort());
  });
});
