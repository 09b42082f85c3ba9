// What the commands write and how: ids a spreadsheet would run or change are marked in every CSV
// output (rfm, abc, clv).
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import { csvRecords, parseCsv } from '../src/io/csv.js';
import { runCli as run } from './support/cli.js';

/** Ids a spreadsheet opening the CSV would run (formulas) or change (numbers, dates, booleans, errors). */
const RISKY = ['=HYPERLINK("http://x","y")', '@SUM(1)', '#N/A', '00123', 'TRUE', 'VRAI', "'quoted", '1/2', '+33612345678'];
/** The same ids as the CSV output must give them back when read: with a leading apostrophe. */
const MARKED = RISKY.map((id) => `'${id}`);
/** Ids left as they are. */
const PLAIN = ['Dupont', '12345', 'C-12'];

function transactions(): string {
  const lines = ['client,date,montant'];
  [...RISKY, ...PLAIN].forEach((id, k) => {
    const quoted = id.includes('"') || id.includes(',') ? `"${id.replaceAll('"', '""')}"` : id;
    lines.push(`${quoted},2024-01-${String(10 + k)},${String(10 + k)}`, `${quoted},2024-02-${String(10 + k)},5`);
  });
  return `${lines.join('\n')}\n`;
}

/** The first field of each data line, read back by the CSV reader. */
function firstFields(csv: string): string[] {
  const records = csvRecords(parseCsv(csv, { delimiter: 'comma' }));
  if (isSheetError(records)) throw new Error(records.message.en);
  return records.slice(1).map((record) => record[0] ?? '');
}

describe('every CSV output marks the ids a spreadsheet would run or change', () => {
  const files = { 'ventes.csv': transactions() };
  const commands: readonly (readonly [string, readonly string[]])[] = [
    ['rfm', ['rfm', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant']],
    ['abc', ['abc', 'ventes.csv', '--item', 'client', '--value', 'montant']],
    ['clv', ['clv', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant']],
  ];
  for (const [name, argv] of commands) {
    it(`${name}: formulas, #N/A, 00123, TRUE/VRAI, a leading apostrophe, 1/2 and +33… get a leading apostrophe; plain ids do not`, async () => {
      const result = await run(argv, files);
      expect(result.code).toBe(0);
      const written = firstFields(result.stdout);
      // abc sorts by value (largest first); rfm and clv keep the order of first appearance.
      expect([...written].sort()).toEqual([...MARKED, ...PLAIN].sort());
    });
  }
});
