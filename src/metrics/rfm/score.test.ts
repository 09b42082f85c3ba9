import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import { expectError } from '../../../test/support/errors.js';
import { quantileCutPoints, quantileType7, rawScore, rfmCode, rfmCutPoints, scoreRfm, type RfmMethod, type RfmScores, type ScoreOptions } from './score.js';

function scores(recency: number[], frequency: number[], monetary: number[], options?: ScoreOptions): RfmScores {
  const result = scoreRfm(recency, frequency, monetary, options);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('quantileType7', () => {
  it('interpolates between order statistics like R quantile()', () => {
    const sorted = Float64Array.of(10, 20, 30, 40, 50, 60);
    // R: quantile(c(10, 20, 30, 40, 50, 60), c(0, 0.2, 0.3, 0.5, 1)) = 10 20 25 35 60
    expect(quantileType7(sorted, 0)).toBe(10);
    expect(quantileType7(sorted, 0.2)).toBe(20);
    expect(quantileType7(sorted, 0.3)).toBe(25);
    expect(quantileType7(sorted, 0.5)).toBe(35);
    expect(quantileType7(sorted, 1)).toBe(60);
  });

  it('returns the only value of a single-value sample', () => {
    expect(quantileType7(Float64Array.of(7), 0.4)).toBe(7);
  });
});

describe('rfmCutPoints', () => {
  it('adds 1 to the inner quintiles', () => {
    // R: quantile(1:10, seq(0, 1, 0.2)) = 1.0 2.8 4.6 6.4 8.2 10.0
    const cuts = rfmCutPoints(ONE_TO_TEN, 5);
    expect(cuts).toHaveLength(4);
    [3.8, 5.6, 7.4, 9.2].forEach((expected, k) => {
      expect(cuts[k]).toBeCloseTo(expected, 12);
    });
  });

  it('does not depend on the order of the values', () => {
    expect(rfmCutPoints([6, 1, 5, 2, 4, 3], 2)).toEqual([4.5]);
  });
});

describe('rawScore', () => {
  it('is 1 + the number of cut points at or below the value', () => {
    expect(rawScore(3, [4, 5, 6, 8])).toBe(1);
    expect(rawScore(4, [4, 5, 6, 8])).toBe(2);
    expect(rawScore(5.5, [4, 5, 6, 8])).toBe(3);
    expect(rawScore(100, [4, 5, 6, 8])).toBe(5);
  });

  it('skips empty scores when cut points are equal', () => {
    expect(rawScore(2, [2, 2, 2, 2.6])).toBe(4);
  });
});

describe('rfmCode', () => {
  it('writes the three scores side by side', () => {
    expect(rfmCode(5, 4, 5)).toBe('545');
    expect(rfmCode(1, 1, 1)).toBe('111');
  });
});

describe('quantileCutPoints', () => {
  it('gives the inner quintiles with no offset', () => {
    // R: quantile(1:10, seq(0, 1, 0.2)) = 1.0 2.8 4.6 6.4 8.2 10.0
    const cuts = quantileCutPoints(ONE_TO_TEN, 5);
    [2.8, 4.6, 6.4, 8.2].forEach((expected, k) => {
      expect(cuts[k]).toBeCloseTo(expected, 12);
    });
  });

  it('finds the order statistic itself when the position is a whole number', () => {
    // 11 values: the 20 % quantile is at position 1 + 10 × 0.2 = 3 exactly.
    expect(quantileCutPoints([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 5)).toEqual([20, 40, 60, 80]);
  });
});

describe('rawScore, strict', () => {
  it('is 1 + the number of cut points strictly below the value', () => {
    expect(rawScore(4, [4, 5, 6, 8], true)).toBe(1);
    expect(rawScore(4.5, [4, 5, 6, 8], true)).toBe(2);
    expect(rawScore(100, [4, 5, 6, 8], true)).toBe(5);
  });
});

describe('scoreRfm by default (method "quantile")', () => {
  it('scores against the type-7 quintiles, a value above a cut point passing it, recency reversed', () => {
    // Cut points 2.8, 4.6, 6.4, 8.2: 1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5.
    const result = scores(ONE_TO_TEN, ONE_TO_TEN, ONE_TO_TEN);
    expect(Array.from(result.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(result.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(result.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(result.cuts.strict).toBe(true);
  });

  it('keeps one-order customers at F = 1 when most customers ordered once', () => {
    // Sorted [1,1,1,1,1,1,2,3]: quintiles 1, 1, 1, 1.6; 1 is above none of them, 2 and 3 above all four.
    const frequency = [1, 1, 2, 1, 1, 3, 1, 1];
    const result = scores(frequency, frequency, frequency);
    expect(Array.from(result.f)).toEqual([1, 1, 5, 1, 1, 5, 1, 1]);
    expect(result.cuts.frequency[3]).toBeCloseTo(1.6, 12);
  });

  it('gives the same scores for amounts in euros and in thousands of euros', () => {
    // Quintiles of 50, 120, 300, 450, 900: 106, 228, 360, 540 — each amount passes the ones below it.
    const euros = [300, 50, 900, 120, 450];
    const thousands = [0.3, 0.05, 0.9, 0.12, 0.45];
    const recency = [1, 2, 3, 4, 5];
    const frequency = [1, 1, 1, 1, 1];
    expect(Array.from(scores(recency, frequency, euros).m)).toEqual([3, 1, 5, 2, 4]);
    expect(Array.from(scores(recency, frequency, thousands).m)).toEqual([3, 1, 5, 2, 4]);
  });

  it('leaves a customer without any purchase (frequency 0) unscored and out of the cut points', () => {
    // Scored: customers 1 and 3 only. Medians: recency 4, frequency 1.5, monetary 75.
    const result = scores([5, 1, 3], [2, 0, 1], [100, -20, 50], { bins: 2 });
    expect(Array.from(result.r)).toEqual([1, 0, 2]);
    expect(Array.from(result.f)).toEqual([2, 0, 1]);
    expect(Array.from(result.m)).toEqual([2, 0, 1]);
    expect(result.unscored).toBe(1);
    expect(result.cuts).toEqual({ recency: [4], frequency: [1.5], monetary: [75], strict: true });
  });

  it('gives the same scores when its cut points are passed back', () => {
    const frequency = [1, 1, 2, 1, 1, 3, 1, 1];
    const result = scores(frequency, frequency, frequency);
    const again = scores(frequency, frequency, frequency, { cuts: result.cuts });
    expect(again.f).toEqual(result.f);
    expect(again.r).toEqual(result.r);
  });

  it('gives #VALUE! when no customer has a purchase', () => {
    const error = expectError(scoreRfm([1, 2], [0, 0], [-5, -1]), '#VALUE!');
    expect(error.message.en).toBe('No customer with a purchase to score (every frequency is 0)');
  });
});

describe('scoreRfm with the rfm method (the R package’s, unit-dependent)', () => {
  it('scores every amount in thousands of euros M = 1, as the package does: its cut points add 1', () => {
    const result = scores([1, 2, 3, 4, 5], [1, 1, 1, 1, 1], [0.3, 0.05, 0.9, 0.12, 0.45], { method: 'rfm' });
    expect(Array.from(result.m)).toEqual([1, 1, 1, 1, 1]);
  });

  it('scores frequency and monetary upwards and recency reversed', () => {
    const result = scores(ONE_TO_TEN, ONE_TO_TEN, ONE_TO_TEN, { method: 'rfm' });
    // Cut points 3.8, 5.6, 7.4, 9.2: 1–3 → 1, 4–5 → 2, 6–7 → 3, 8–9 → 4, 10 → 5.
    expect(Array.from(result.f)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(Array.from(result.m)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(Array.from(result.r)).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('gives tied values the same score', () => {
    // Sorted [1,1,1,1,1,1,2,3]: quintiles 1, 1, 1, 1.6 → cut points 2, 2, 2, 2.6.
    const frequency = [1, 1, 2, 1, 1, 3, 1, 1];
    const result = scores(frequency, frequency, frequency, { method: 'rfm' });
    expect(Array.from(result.f)).toEqual([1, 1, 4, 1, 1, 5, 1, 1]);
    expect(result.cuts.frequency[3]).toBeCloseTo(2.6, 12);
  });

  it('uses the number of bins asked for', () => {
    const result = scores(ONE_TO_TEN, ONE_TO_TEN, ONE_TO_TEN, { bins: 2, method: 'rfm' });
    // Median 5.5, cut point 6.5.
    expect(result.cuts.frequency).toEqual([6.5]);
    expect(Array.from(result.f)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(Array.from(result.r)).toEqual([2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
  });
});

describe('scoreRfm with the ntile method', () => {
  it('makes equal-size groups, position k going to group floor(k × bins / n) + 1', () => {
    const values = [10, 20, 30, 40, 50, 60, 70];
    const result = scores(values, values, values, { method: 'ntile' });
    expect(Array.from(result.f)).toEqual([1, 1, 2, 3, 3, 4, 5]);
    expect(Array.from(result.r)).toEqual([5, 5, 4, 3, 3, 2, 1]);
    expect(result.cuts.frequency).toEqual([30, 40, 60, 70]);
  });

  it('splits ties by their order in the input', () => {
    const tied = [5, 5, 5, 5];
    const result = scores([1, 2, 3, 4], tied, tied, { method: 'ntile', bins: 2 });
    expect(Array.from(result.f)).toEqual([1, 1, 2, 2]);
    expect(Array.from(result.r)).toEqual([2, 2, 1, 1]);
  });

  it('gives an empty group the cut point of the next one, or the largest value + 1', () => {
    const result = scores([3, 8], [3, 8], [3, 8], { method: 'ntile' });
    expect(Array.from(result.f)).toEqual([1, 3]);
    expect(result.cuts.frequency).toEqual([8, 8, 9, 9]);
  });
});

describe('scoreRfm with user cut points', () => {
  const cuts = { recency: [10, 100], frequency: [2, 4], monetary: [100, 500] };

  it('scores 1 + the number of cut points at or below each value, recency reversed', () => {
    const result = scores([1, 30, 400, 10], [5, 2, 1, 4], [900, 120, 40, 500], { cuts });
    expect(Array.from(result.r)).toEqual([3, 2, 1, 2]);
    expect(Array.from(result.f)).toEqual([3, 2, 1, 3]);
    expect(Array.from(result.m)).toEqual([3, 2, 1, 3]);
    expect(result.cuts).toEqual(cuts);
  });

  it('takes the number of bins from the cut points when bins is not given', () => {
    const result = scores([1], [1], [1], { cuts, bins: undefined });
    expect(result.r[0]).toBe(3);
  });

  it('gives #VALUE! when the number of cut points does not match bins', () => {
    const error = expectError(scoreRfm([1], [1], [1], { cuts, bins: 5 }), '#VALUE!');
    expect(error.message.en).toContain('4 numbers expected');
  });

  it('gives #VALUE! for a cut point that is not a finite number', () => {
    expectError(scoreRfm([1], [1], [1], { cuts: { ...cuts, monetary: [100, Number.NaN] } }), '#VALUE!');
  });

  it('gives #NUM! for cut points that are not ascending', () => {
    const error = expectError(scoreRfm([1], [1], [1], { cuts: { ...cuts, frequency: [4, 2] } }), '#NUM!');
    expect(error.message.en).toContain('4 then 2');
  });
});

describe('scoreRfm errors', () => {
  it('gives #VALUE! when frequency and recency differ in length', () => {
    const error = expectError(scoreRfm([1, 2], [1], [1, 2]), '#VALUE!');
    expect(error.message.en).toBe('recency and frequency must have the same number of rows: 2 vs 1');
  });

  it('gives #VALUE! when monetary and recency differ in length', () => {
    expectError(scoreRfm([1, 2], [1, 2], [1]), '#VALUE!');
  });

  it('gives #VALUE! with no customer', () => {
    expectError(scoreRfm([], [], []), '#VALUE!');
  });

  it('gives #VALUE! for a value that is not a finite number, naming the measure and row', () => {
    const error = expectError(scoreRfm([1, 2], [1, 2], [1, Number.NaN]), '#VALUE!');
    expect(error.message.en).toBe('monetary, row 2: a number is expected');
  });

  it('gives #VALUE! for bins that are not a whole number', () => {
    expectError(scoreRfm([1], [1], [1], { bins: 2.5 }), '#VALUE!');
  });

  it('gives #NUM! for bins outside 2 to 9', () => {
    expectError(scoreRfm([1], [1], [1], { bins: 1 }), '#NUM!');
    expectError(scoreRfm([1], [1], [1], { bins: 10 }), '#NUM!');
  });

  it('gives #VALUE! for an unknown method', () => {
    expectError(scoreRfm([1], [1], [1], { method: 'kmeans' as RfmMethod }), '#VALUE!');
  });
});
