import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.js';

describe('mulberry32', () => {
  it('gives the documented first number for seed 1', () => {
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });

  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(20261201);
    const b = mulberry32(20261201);
    for (let i = 0; i < 10_000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
