// Throws random argument sets — mixed types, empty cells, NaN, ±Infinity, huge numbers, mismatched
// shapes, 0×0 ranges — at every catalogue function through `invoke`: no exception may escape, no NaN
// or Infinity may come back, every failure must be a typed spreadsheet error with a message, and no
// error may be one of the internal ones that only a defect produces.
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import type { RawArg, RawCell } from '../src/cells/values.js';
import { CATALOGUE, INTERNAL_ERROR_MARK, invoke } from '../src/catalogue/index.js';
import { mulberry32 } from '../src/random.js';

const TOTAL_ARGUMENT_SETS = 100_000;
const CODES = new Set(['#VALUE!', '#DIV/0!', '#NUM!', '#N/A']);

const SPECIAL: readonly RawCell[] = [
  '', null, undefined, NaN, Infinity, -Infinity, 0, -0, 1, -1, 1e308, -1e308, 5e-324, 0.5, 3, 5, 9, 10, 11, 2958466,
  true, false, 'abc', '1 234,50', '12 %', '-3,5', '31/12/2024', '2024-12-31', '20241231', '=1+1', '@SUM(A1)', '+33 6 12',
  'rfm', 'ntile', 'en', 'fr', '545', '111', 'A', ' ', '1e999', '0,8', '95 %', 'immediate',
];

function cell(next: () => number): RawCell {
  const roll = next();
  if (roll < 0.45) return SPECIAL[Math.floor(next() * SPECIAL.length)];
  if (roll < 0.75) return Math.round((next() - 0.3) * 10 ** Math.floor(next() * 7));
  if (roll < 0.85) return new Date(2000 + Math.floor(next() * 30), Math.floor(next() * 12), 1 + Math.floor(next() * 28));
  if (roll < 0.9) return new Date(NaN);
  return `client-${Math.floor(next() * 20)}`;
}

function argument(next: () => number, height: number): RawArg {
  const roll = next();
  if (roll < 0.3) return cell(next);
  if (roll < 0.35) return [];
  if (roll < 0.4) return [[]];
  const rows = roll < 0.85 ? height : 1 + Math.floor(next() * 12);
  const columns = next() < 0.85 ? 1 : 1 + Math.floor(next() * 3);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => cell(next)));
}

describe('every catalogue function under random input', () => {
  it(`survives ${TOTAL_ARGUMENT_SETS.toLocaleString('en')} random argument sets`, () => {
    const next = mulberry32(20261122);
    const problems: string[] = [];
    let errors = 0;
    for (let run = 0; run < TOTAL_ARGUMENT_SETS && problems.length < 5; run++) {
      const spec = CATALOGUE[run % CATALOGUE.length];
      if (!spec) throw new Error('empty catalogue');
      const count = Math.floor(next() * (spec.params.length + 2));
      const height = 1 + Math.floor(next() * 12);
      const args = Array.from({ length: count }, () => argument(next, height));
      let result: unknown;
      try {
        result = invoke(spec.id, args);
      } catch (error) {
        problems.push(`${spec.id} threw ${String(error)} on run ${run}`);
        continue;
      }
      if (!Array.isArray(result) || result.length === 0) {
        problems.push(`${spec.id}: not a 2-D result on run ${run}`);
        continue;
      }
      const width = (result[0] as unknown[]).length;
      for (const row of result as unknown[][]) {
        if (row.length !== width || width === 0) problems.push(`${spec.id}: ragged result on run ${run}`);
        for (const value of row) {
          if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${spec.id} returned ${value} on run ${run}`);
          else if (isSheetError(value)) {
            errors += 1;
            if (!CODES.has(value.code) || value.message.fr.trim() === '' || value.message.en.trim() === '') {
              problems.push(`${spec.id}: malformed error ${JSON.stringify(value)} on run ${run}`);
            } else if (value.message.en.includes(INTERNAL_ERROR_MARK)) {
              problems.push(`${spec.id}: ${value.message.en} on run ${run}`);
            }
          } else if (!['number', 'string', 'boolean'].includes(typeof value)) {
            problems.push(`${spec.id} returned a ${typeof value} on run ${run}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // Random input is mostly wrong: most runs must end in a typed error, or the generator is too tame.
    expect(errors).toBeGreaterThan(TOTAL_ARGUMENT_SETS / 4);
  });
});
