import { describe, expect, it } from 'vitest';
import { dayFromCivil, excelSerialFromDay } from '../../cells/dates.js';
import { isSheetError, type ErrorCode, type SheetError } from '../../cells/errors.js';
import type { OutMatrix, RawArg } from '../../cells/values.js';
import { invoke } from '../index.js';
import { readShared } from '../../../test/support/shared-data.js';


// The CDNOW sample as Excel would pass it: ids as text, dates as serial numbers, amounts as numbers.
const sample = readShared('data/CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
const customers = sample.map((row) => [String(Number(row[1]))]);
const dates = sample.map((row) => {
  const text = row[2] ?? '';
  return [excelSerialFromDay(dayFromCivil(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))))];
});
const amounts = sample.map((row) => [Number(row[4])]);
const CALIBRATION_END = excelSerialFromDay(dayFromCivil(1997, 9, 30));

function errorOf(result: OutMatrix, code: ErrorCode): SheetError {
  const cell = result[0]?.[0];
  expect(isSheetError(cell)).toBe(true);
  const error = cell as SheetError;
  expect(error.code).toBe(code);
  expect(error.message.fr.length).toBeGreaterThan(10);
  expect(error.message.en.length).toBeGreaterThan(10);
  return error;
}

describe('CLV_FIT', () => {
  it('gives the published BG/NBD and Gamma-Gamma parameters from the raw CDNOW sample transactions', () => {
    const result = invoke('CLV_FIT', [customers, dates, amounts, CALIBRATION_END, 'semaine', 'en']);
    const byName = new Map(result.slice(1).map((row) => [row[0], row[1]]));
    expect(result[0]).toEqual(['Parameter', 'Value']);
    const published: [string, number][] = [['r', 0.242593], ['alpha', 4.413532], ['a', 0.792886], ['b', 2.425752], ['p', 6.25], ['q', 3.74], ['gamma', 15.44]];
    for (const [name, value] of published) {
      const fitted = byName.get(name);
      expect(typeof fitted, name).toBe('number');
      expect(Math.abs((fitted as number) / value - 1), name).toBeLessThan(['p', 'q', 'gamma'].includes(name) ? 5e-3 : 1e-3);
    }
    expect(byName.get('BG/NBD log-likelihood')).toBeCloseTo(-9582.43, 0);
    expect(byName.get('customers')).toBe(2357);
    expect(byName.get('repeat buyers')).toBe(946);
    expect(byName.get('purchase model')).toBe('BG/NBD');
    expect(byName.get('spend model')).toBe('Gamma-Gamma');
  });

  it('leaves the parameters empty and names the fallback on a small sample', () => {
    const result = invoke('CLV_FIT', [[['a'], ['a'], ['b']], [[45000], [45010], [45003]], [[10], [20], [5]]]);
    expect(result[1]).toEqual(['r', '']);
    expect(result[12]?.[1]).toMatch(/^formule simple : 2 client\(s\) dont 1 réachat\(s\)/);
  });
});

describe('CLV_PREDICT', () => {
  it('predicts 1.226 purchases in 39 weeks for the first CDNOW customer, with its status', () => {
    const result = invoke('CLV_PREDICT', [customers, dates, amounts, 39, 0, CALIBRATION_END, 'week', 'en']);
    expect(result[0]).toEqual(['Customer', 'x', 't_x', 'T', 'Expected purchases', 'P(alive)', 'Expected spend', 'CLV', 'Status']);
    expect(result.length).toBe(2358);
    const first = result[1] ?? [];
    expect(first[0]).toBe('1');
    expect(first[1]).toBe(2);
    expect(first[4]).toBeCloseTo(1.226, 2);
    expect(first[6]).toBeCloseTo(24.66, 1);
    expect(first[7]).toBeCloseTo((first[4] as number) * (first[6] as number), 9);
    expect(first[8]).toBe('BG/NBD + Gamma-Gamma');
  });

  it('falls back to the simple formula on a small sample and leaves P(alive) empty', () => {
    const result = invoke('CLV_PREDICT', [[['a'], ['a'], ['b']], [[45000], [45098], [45007]], [[10], [20], [5]], 14]);
    // a: x = 1, T = 14 weeks (over a quarter) → 1 purchase in 14 weeks, spend 20, CLV 20.
    expect(result[1]?.slice(0, 8)).toEqual(['a', 1, 14, 14, 1, '', 20, 20]);
    expect(result[1]?.[8]).toMatch(/^achats\u00a0: formule simple/);
  });

  it('gives a customer seen for less than a quarter the population’s rate, and says so', () => {
    const result = invoke('CLV_PREDICT', [[['a'], ['a'], ['b']], [[45000], [45098], [45007]], [[10], [20], [5]], 14]);
    // b: x = 0, T = 13 weeks (91 days, under 91.3125). Population rate: 1 repeat purchase ÷ (14 + 91.3125 ÷ 7 weeks).
    const rate = 1 / (14 + 91.3125 / 7);
    expect(result[2]?.[0]).toBe('b');
    expect(result[2]?.[4]).toBeCloseTo(rate * 14, 12);
    expect(result[2]?.[8]).toMatch(/au taux d’achat de la population, car le client n’est observé que depuis moins d’un trimestre/);
  });

  it('does not extrapolate two purchases on consecutive days into one a day', () => {
    // c bought on two consecutive days at the calibration end: x = 1, T = 1 day. x ÷ T would give 365 in a year.
    const result = invoke('CLV_PREDICT', [[['a'], ['a'], ['c'], ['c']], [[45000], [45098], [45097], [45098]], [[10], [20], [5], [5]], 365, 0, undefined, 'day']);
    const purchases = result[2]?.[4] as number;
    // Population rate: 2 repeat purchases ÷ (98 + 91.3125 days) a day → 3.86 in 365 days.
    expect(purchases).toBeCloseTo((2 / (98 + 91.3125)) * 365, 9);
    expect(purchases).toBeLessThan(5);
  });

  it('leaves trailing empty rows out', () => {
    const result = invoke('CLV_PREDICT', [[['a'], [''], ['']], [[45000], [''], ['']], [[10], [''], ['']]]);
    expect(result.length).toBe(2);
  });

  const tx: RawArg[] = [[['a'], ['b']], [[45000], [45001]], [[10], [5]]];
  it('rejects an unknown language', () => {
    errorOf(invoke('CLV_PREDICT', [...tx, 1, 0, undefined, undefined, 'de']), '#VALUE!');
  });
  it('rejects a horizon that is not a number', () => {
    errorOf(invoke('CLV_PREDICT', [...tx, 'long']), '#VALUE!');
  });
  it('rejects a discount rate that is not a number', () => {
    errorOf(invoke('CLV_PREDICT', [...tx, 1, 'abc']), '#VALUE!');
  });
  it('rejects a horizon out of range before fitting', () => {
    errorOf(invoke('CLV_PREDICT', [...tx, -1]), '#NUM!');
  });
  it('rejects a discount rate above 100 %', () => {
    errorOf(invoke('CLV_PREDICT', [...tx, 1, 12]), '#NUM!');
  });
  it('rejects a bad transaction summary', () => {
    errorOf(invoke('CLV_PREDICT', [[['a']], [['x']], [[1]]]), '#VALUE!');
  });
});

describe('the transactions of CLV_FIT and CLV_PREDICT', () => {
  const a = [['a'], ['b']];
  const d = [[45000], [45001]];
  const m = [[10], [5]];
  it('rejects an unknown time unit', () => {
    errorOf(invoke('CLV_FIT', [a, d, m, undefined, 'year']), '#VALUE!');
  });
  it('rejects a calibration end given as a range', () => {
    errorOf(invoke('CLV_FIT', [a, d, m, [[1], [2]]]), '#VALUE!');
  });
  it('rejects a calibration end that is not a date', () => {
    errorOf(invoke('CLV_FIT', [a, d, m, 'soon']), '#VALUE!');
  });
  it('rejects a block of several columns', () => {
    errorOf(invoke('CLV_FIT', [[['a', 'b'], ['c', 'd']], d, m]), '#VALUE!');
  });
  it('rejects lists of different lengths', () => {
    expect(errorOf(invoke('CLV_FIT', [a, [[45000]], m]), '#VALUE!').message.en).toBe('customers and dates must have the same number of rows: 2 vs 1');
  });
  it('rejects a row without a customer', () => {
    expect(errorOf(invoke('CLV_FIT', [[['a'], ['']], d, m]), '#VALUE!').message.en).toBe('Row 2 — empty customer');
  });
  it('rejects a row with an unreadable date', () => {
    expect(errorOf(invoke('CLV_FIT', [a, [[45000], ['someday']], m]), '#VALUE!').message.en).toMatch(/^Row 2 — /);
  });
  it('rejects a row without a date', () => {
    expect(errorOf(invoke('CLV_FIT', [a, [[45000], ['']], m]), '#VALUE!').message.en).toBe('Row 2 — empty date');
  });
  it('rejects a row with an unreadable amount', () => {
    expect(errorOf(invoke('CLV_FIT', [a, d, [[1], ['lots']]]), '#VALUE!').message.en).toMatch(/^Row 2 — /);
  });
  it('rejects a row without an amount', () => {
    expect(errorOf(invoke('CLV_FIT', [a, d, [[1], ['']]]), '#VALUE!').message.en).toBe('Row 2 — empty amount');
  });
  it('rejects an unknown language', () => {
    errorOf(invoke('CLV_FIT', [a, d, m, undefined, undefined, 'de']), '#VALUE!');
  });
  it('rejects a calibration end before every purchase', () => {
    errorOf(invoke('CLV_FIT', [a, d, m, 40000]), '#NUM!');
  });
});

describe('the row-by-row CLV functions', () => {
  const bg = [0.242593, 4.413532, 0.792886, 2.425752];
  it('give P(alive), expected purchases and expected spend of FHL and Fader-Hardie', () => {
    expect(invoke('CLV_P_ALIVE', [[[2], [0]], [[30.43], [0]], [[38.86], [38.86]], ...bg])).toEqual([[expect.closeTo(0.7266091, 6)], [1]]);
    expect(invoke('CLV_EXPECTED_PURCHASES', [0, 0, 0, 78, ...bg])[0]?.[0]).toBeCloseTo(1.858, 3);
    expect(invoke('CLV_EXPECTED_SPEND', [0, 0, 6.25, 3.74, 15.44])[0]?.[0]).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
  });
  it('reject a parameter ≤ 0', () => {
    errorOf(invoke('CLV_P_ALIVE', [2, 30, 38, 0, 4, 0.8, 2.4]), '#NUM!');
  });
  it('reject a fractional x', () => {
    errorOf(invoke('CLV_P_ALIVE', [1.5, 30, 38, ...bg]), '#NUM!');
  });
  it('reject t_x beyond T', () => {
    errorOf(invoke('CLV_EXPECTED_PURCHASES', [2, 40, 38, 10, ...bg]), '#NUM!');
  });
  it('reject a negative horizon', () => {
    errorOf(invoke('CLV_EXPECTED_PURCHASES', [2, 30, 38, -1, ...bg]), '#NUM!');
  });
  it('reject a horizon beyond 100 × (alpha + T)', () => {
    errorOf(invoke('CLV_EXPECTED_PURCHASES', [2, 30, 38, 1e6, ...bg]), '#NUM!');
  });
  it('reject p or gamma ≤ 0', () => {
    errorOf(invoke('CLV_EXPECTED_SPEND', [1, 10, 0, 3, 15]), '#NUM!');
  });
  it('reject q ≤ 1', () => {
    errorOf(invoke('CLV_EXPECTED_SPEND', [1, 10, 6, 1, 15]), '#NUM!');
  });
  it('reject a negative x or spend', () => {
    errorOf(invoke('CLV_EXPECTED_SPEND', [1, -10, 6, 3, 15]), '#NUM!');
  });
});
