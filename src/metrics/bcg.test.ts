import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { BCG_QUADRANT_NAMES, bcgQuadrant } from './bcg.js';

describe('bcgQuadrant', () => {
  it('places the four corners with the default thresholds (10 %, 1)', () => {
    // 15 % ≥ 10 % and 1.2 ≥ 1: star; 15 % with 0.4 < 1: question mark; 3 % < 10 % with 2.5: cash cow; -2 % with 0.3: dog.
    expect(bcgQuadrant(0.15, 1.2)).toBe('star');
    expect(bcgQuadrant(0.15, 0.4)).toBe('questionMark');
    expect(bcgQuadrant(0.03, 2.5)).toBe('cashCow');
    expect(bcgQuadrant(-0.02, 0.3)).toBe('dog');
  });

  it('counts a value equal to a threshold as high', () => {
    expect(bcgQuadrant(0.1, 1)).toBe('star');
    expect(bcgQuadrant(0.0999, 1)).toBe('cashCow');
    expect(bcgQuadrant(0.1, 0.999)).toBe('questionMark');
  });

  it('follows edited thresholds', () => {
    // Growth 8 %: low against 10 %, high against 5 %. Share 0.8: low against 1, high against 0.5.
    expect(bcgQuadrant(0.08, 0.8)).toBe('dog');
    expect(bcgQuadrant(0.08, 0.8, 0.05, 0.5)).toBe('star');
  });

  it('refuses a negative share, a threshold ≤ 0 and a non-finite number', () => {
    expect(isSheetError(bcgQuadrant(0.1, -1))).toBe(true);
    expect(isSheetError(bcgQuadrant(0.1, 1, 0.1, 0))).toBe(true);
    expect(isSheetError(bcgQuadrant(Number.NaN, 1))).toBe(true);
  });

  it('names each quadrant in French and English', () => {
    expect(BCG_QUADRANT_NAMES.cashCow).toEqual({ fr: 'Vache à lait', en: 'Cash cow' });
    expect(BCG_QUADRANT_NAMES.questionMark.fr).toBe('Dilemme');
  });
});
