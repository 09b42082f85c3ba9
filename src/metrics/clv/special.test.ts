import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logAddExp, logGamma } from './special.js';

describe('digamma', () => {
  it('gives the closed forms ψ(1) = −γ, ψ(½) = −γ − 2 ln 2, ψ(¼) = −γ − π/2 − 3 ln 2, and ψ(n + 1) = ψ(n) + 1/n', () => {
    const euler = 0.5772156649015329;
    expect(Math.abs(digamma(1) + euler)).toBeLessThan(1e-14);
    expect(Math.abs(digamma(0.5) - (-euler - 2 * Math.LN2))).toBeLessThan(1e-14);
    expect(Math.abs(digamma(0.25) - (-euler - Math.PI / 2 - 3 * Math.LN2))).toBeLessThan(1e-14);
    expect(Math.abs(digamma(10) - (-euler + [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, k) => s + 1 / k, 0)))).toBeLessThan(1e-14);
  });
  it('is the derivative of logGamma (central differences) across the models’ range', () => {
    for (const x of [1e-3, 0.3, 2.7, 14, 250, 1e5]) {
      const h = x * 1e-5;
      expect(Math.abs(digamma(x) - (logGamma(x + h) - logGamma(x - h)) / (2 * h)), String(x)).toBeLessThan(1e-6 * Math.max(1, Math.abs(digamma(x))));
    }
  });
  it('is NaN outside x > 0', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2)).toBeNaN();
  });
});

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
