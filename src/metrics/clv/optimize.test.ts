import { describe, expect, it, vi } from 'vitest';
import { minimize, nelderMead, quasiNewton } from './optimize.js';

describe('nelderMead', () => {
  const rosenbrock = ([u = 0, v = 0]: readonly number[]): number => 100 * (v - u * u) ** 2 + (1 - u) ** 2;

  it('finds the minimum of the Rosenbrock valley at (1, 1)', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('moves away from points where the function is not finite', () => {
    const result = nelderMead(([u = 0]) => (u < 0 ? Number.NaN : (u - 2) ** 2), [0.1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 5);
  });

  it('stops at the iteration cap and says it did not converge', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 10 });
    expect(result).toMatchObject({ converged: false, stop: 'iterations', iterations: 10 });
  });

  it('reads no clock: a clock that jumps by hours between calls changes nothing', () => {
    const steady = nelderMead(rosenbrock, [-1.2, 1]);
    let clock = 0;
    const jump = (): number => (clock += 3_600_000);
    const dateNow = vi.spyOn(Date, 'now').mockImplementation(jump);
    const performanceNow = vi.spyOn(performance, 'now').mockImplementation(jump);
    try {
      expect(nelderMead(rosenbrock, [-1.2, 1])).toEqual(steady);
      expect(dateNow).not.toHaveBeenCalled();
      expect(performanceNow).not.toHaveBeenCalled();
    } finally {
      dateNow.mockRestore();
      performanceNow.mockRestore();
    }
  });

  it('gives up on a function that is nowhere finite', () => {
    expect(nelderMead(() => Number.NaN, [0, 0])).toMatchObject({ converged: false, stop: 'not-finite' });
  });
});

describe('quasiNewton and minimize', () => {
  const rosenbrock = ([u = 0, v = 0]: readonly number[], gradient: number[] | null): number => {
    if (gradient !== null) {
      gradient[0] = -400 * u * (v - u * u) - 2 * (1 - u);
      gradient[1] = 200 * (v - u * u);
    }
    return 100 * (v - u * u) ** 2 + (1 - u) ** 2;
  };

  it('BFGS with the gradient finds the Rosenbrock minimum (1, 1) in far fewer iterations than Nelder-Mead', () => {
    const result = quasiNewton(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.iterations).toBeLessThan(nelderMead((x) => rosenbrock(x, null), [-1.2, 1]).iterations / 2);
  });

  it('minimize falls back to Nelder-Mead when the gradient leads nowhere, within one iteration cap', () => {
    // A gradient pointing uphill: the line search finds no decrease, so Nelder-Mead takes over.
    const wrong = (x: readonly number[], gradient: number[] | null): number => {
      const f = rosenbrock(x, gradient);
      if (gradient !== null) gradient.forEach((g, k) => { gradient[k] = -g; });
      return f;
    };
    const result = minimize(wrong, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(minimize(wrong, [-1.2, 1], { maxIterations: 10 })).toMatchObject({ converged: false, stop: 'iterations', iterations: 10 });
  });

  it('reaches the minimum to 1e-9 where f is too large for its rounding to show the last steps’ decrease', () => {
    // f = 10⁴ + a quadratic with its minimum at (1/3, −2/7): f is rounded to 2⁻³⁹ ≈ 1.8e-12, so within
    // about 1e-6 of the minimum no decrease shows; the gradient still points there, exactly.
    const [u0, v0] = [1 / 3, -2 / 7];
    const bowl = ([u = 0, v = 0]: readonly number[], gradient: number[]): number => {
      const du = u - u0;
      const dv = v - v0;
      gradient[0] = 2 * du + dv;
      gradient[1] = du + 20 * dv;
      return 1e4 + du * du + du * dv + 10 * dv * dv;
    };
    const result = quasiNewton(bowl, [2, 1]);
    expect(result.converged).toBe(true);
    expect(Math.abs((result.x[0] ?? 0) - u0)).toBeLessThan(1e-9);
    expect(Math.abs((result.x[1] ?? 0) - v0)).toBeLessThan(1e-9);
  });
});

