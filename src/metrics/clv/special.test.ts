import { describe, expect, it } from 'vitest';
import { hyp2f1, logAddExp, logGamma } from './special.js';

describe('logGamma', () => {
  it('gives ln((n − 1)!) at whole numbers and ln √π at ½', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });
  it('stays accurate below ½ (reflection) and for large arguments', () => {
    // ln Γ(0.1) = 2.252712651734206 and ln Γ(1000) = 5905.220423209181 (Python's math.lgamma).
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
    expect(logGamma(1000)).toBeCloseTo(5905.220423209181, 8);
  });
  it('is NaN outside x > 0', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});

describe('logAddExp', () => {
  it('adds in log space without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logAddExp(3, -Infinity)).toBe(3);
  });
});

describe('hyp2f1', () => {
  it('matches closed forms: 2F1(1, 1; 2; z) = −ln(1 − z) ÷ z and 2F1(a, b; b; z) = (1 − z)^−a', () => {
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 13);
    expect(hyp2f1(1, 1, 2, 0.99)).toBeCloseTo(-Math.log(0.01) / 0.99, 11);
    expect(hyp2f1(0.3, 2.5, 2.5, 0.7)).toBeCloseTo(0.3 ** -0.3, 13);
  });
  it('is NaN outside 0 ≤ z < 1 or for c ≤ 0', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, -0.1)).toBeNaN();
    expect(hyp2f1(1, 1, 0, 0.5)).toBeNaN();
  });
  it('is NaN when the series has not converged within its term cap', () => {
    expect(hyp2f1(1, 1, 2, 1 - 1e-9)).toBeNaN();
  });
  it('is NaN when the terms overflow', () => {
    expect(hyp2f1(1e200, 1e200, 1, 0.5)).toBeNaN();
  });
});
