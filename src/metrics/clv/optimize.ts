/**
 * The optimisers of the CLV fits: BFGS on the analytic gradient ({@link quasiNewton}), and a bounded
 * Nelder-Mead minimiser where BFGS does not converge ({@link minimize} chains them). The models are
 * fitted on the logarithms of their parameters, so every point of the search is a valid (positive)
 * parameter set and a step means "times e^step".
 *
 * Nelder-Mead: Nelder & Mead (1965) with the standard coefficients (reflection 1, expansion 2, contraction
 * ½, shrink ½), the initial simplex one step along each axis, and a restart from the best point after
 * each convergence (a collapsed simplex can stop short of the minimum; the restart either confirms the
 * point or moves on). Convergence: the spread of the function values over the simplex is below
 * `fTolerance` × (1 + |f|) AND every vertex is within `xTolerance` of the best, two restarts in a row
 * ending at the same point. Limit: at most `maxIterations` iterations in all; reaching it stops the
 * search and the result says so (`converged: false`), so a caller never takes an unfinished fit for a
 * fitted one. No clock is read: the same data give the same result, iterations and stop on any machine.
 */

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Step of the initial simplex along each axis (default 0.5). */
  readonly step?: number;
  /** Relative tolerance on the function values (default 1e-10). */
  readonly fTolerance?: number;
  /** Absolute tolerance on the coordinates (default 1e-7). */
  readonly xTolerance?: number;
  /** Iteration cap, over all restarts (default 5000). */
  readonly maxIterations?: number;
  /** Restarts after a convergence (default 3). */
  readonly maxRestarts?: number;
}

/** The outcome of a minimisation. */
export interface NelderMeadResult {
  readonly x: number[];
  readonly f: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  /** Why the search stopped. */
  readonly stop: 'converged' | 'iterations' | 'not-finite';
}

/**
 * Minimises `f` from `start`. A point where `f` is not finite counts as worse than any finite point,
 * so the simplex moves away from it.
 * @example nelderMead(([u = 0, v = 0]) => (u - 1) ** 2 + (v + 2) ** 2, [0, 0]).x // ≈ [1, −2]
 */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const step = options.step ?? 0.5;
  const fTolerance = options.fTolerance ?? 1e-10;
  const xTolerance = options.xTolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 5000;
  const maxRestarts = options.maxRestarts ?? 3;
  const n = start.length;
  let evaluations = 0;
  const value = (x: readonly number[]): number => {
    evaluations++;
    const y = f(x);
    return Number.isFinite(y) ? y : Infinity;
  };

  let best = [...start];
  let bestF = value(best);
  let iterations = 0;
  let restarts = 0;
  for (;;) {
    // A fresh simplex around the best point so far.
    const points: number[][] = [best];
    const values: number[] = [bestF];
    for (let k = 0; k < n; k++) {
      const p = [...best];
      p[k] = (p[k] ?? 0) + step;
      points.push(p);
      values.push(value(p));
    }
    let stop: NelderMeadResult['stop'] | null = null;
    for (;;) {
      sortSimplex(points, values);
      const low = values[0] ?? Infinity;
      const high = values[n] ?? Infinity;
      if (Number.isFinite(high) && high - low <= fTolerance * (1 + Math.abs(low)) && simplexSize(points) <= xTolerance) {
        stop = 'converged';
        break;
      }
      if (iterations >= maxIterations) {
        stop = 'iterations';
        break;
      }
      iterations++;
      iterate(points, values, value);
    }
    const previous = bestF;
    const previousPoint = best;
    best = points[0] ?? best;
    bestF = values[0] ?? bestF;
    if (!Number.isFinite(bestF)) return result(best, bestF, iterations, evaluations, 'not-finite');
    if (stop !== 'converged') return result(best, bestF, iterations, evaluations, stop);
    const moved = previous - bestF > fTolerance * (1 + Math.abs(bestF)) || distance(previousPoint, best) > xTolerance;
    if ((!moved && restarts > 0) || restarts >= maxRestarts) return result(best, bestF, iterations, evaluations, 'converged');
    restarts++;
  }
}

function result(x: number[], f: number, iterations: number, evaluations: number, stop: NelderMeadResult['stop']): NelderMeadResult {
  return { x, f, iterations, evaluations, converged: stop === 'converged', stop };
}

/** One Nelder-Mead step on a sorted simplex (best first), in place. */
function iterate(points: number[][], values: number[], value: (x: readonly number[]) => number): void {
  const n = points.length - 1;
  const worst = points[n] ?? [];
  const worstF = values[n] ?? Infinity;
  const centroid = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const p = points[i] ?? [];
    for (let k = 0; k < n; k++) centroid[k] = (centroid[k] ?? 0) + (p[k] ?? 0) / n;
  }
  const along = (t: number): number[] => centroid.map((c, k) => c + t * (c - (worst[k] ?? 0)));
  const reflected = along(1);
  const reflectedF = value(reflected);
  const bestF = values[0] ?? Infinity;
  const secondWorstF = values[n - 1] ?? Infinity;
  if (reflectedF < bestF) {
    const expanded = along(2);
    const expandedF = value(expanded);
    replaceWorst(points, values, expandedF < reflectedF ? expanded : reflected, Math.min(expandedF, reflectedF));
    return;
  }
  if (reflectedF < secondWorstF) {
    replaceWorst(points, values, reflected, reflectedF);
    return;
  }
  // Contraction: outside when the reflection beat the worst point, inside otherwise.
  const outside = reflectedF < worstF;
  const contracted = along(outside ? 0.5 : -0.5);
  const contractedF = value(contracted);
  if (contractedF < (outside ? reflectedF : worstF)) {
    replaceWorst(points, values, contracted, contractedF);
    return;
  }
  // Shrink every vertex halfway towards the best one.
  const best = points[0] ?? [];
  for (let i = 1; i <= n; i++) {
    const p = (points[i] ?? []).map((c, k) => (best[k] ?? 0) + 0.5 * (c - (best[k] ?? 0)));
    points[i] = p;
    values[i] = value(p);
  }
}

function replaceWorst(points: number[][], values: number[], point: number[], f: number): void {
  points[points.length - 1] = point;
  values[values.length - 1] = f;
}

function sortSimplex(points: number[][], values: number[]): void {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] ?? Infinity) - (values[j] ?? Infinity));
  const sortedPoints = order.map((i) => points[i] ?? []);
  const sortedValues = order.map((i) => values[i] ?? Infinity);
  for (let i = 0; i < order.length; i++) {
    points[i] = sortedPoints[i] ?? [];
    values[i] = sortedValues[i] ?? Infinity;
  }
}

/** The largest coordinate distance of a vertex from the best one. */
function simplexSize(points: readonly (readonly number[])[]): number {
  const best = points[0] ?? [];
  let size = 0;
  for (let i = 1; i < points.length; i++) size = Math.max(size, distance(best, points[i] ?? []));
  return size;
}

function distance(p: readonly number[], q: readonly number[]): number {
  let d = 0;
  for (let k = 0; k < p.length; k++) d = Math.max(d, Math.abs((p[k] ?? 0) - (q[k] ?? 0)));
  return d;
}

/** Options of {@link quasiNewton}. */
export interface QuasiNewtonOptions {
  /** Iteration cap (default 200). */
  readonly maxIterations?: number;
  /** Convergence: every gradient component within `gTolerance` × (1 + |f|) of 0 (default 1e-12)… */
  readonly gTolerance?: number;
  /** …or, after more iterations than coordinates, a quasi-Newton step of at most `xTolerance` in every coordinate (default 1e-9). */
  readonly xTolerance?: number;
  /** Largest move of a coordinate in one step (default 2: on log-parameters, a factor e²). */
  readonly maxStep?: number;
}

/** The outcome of {@link quasiNewton}: `stalled` when the line search found no descent (the caller falls back). */
export interface QuasiNewtonResult {
  readonly x: number[];
  readonly f: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  readonly stop: 'converged' | 'iterations' | 'stalled' | 'not-finite';
}

/**
 * BFGS with a backtracking (Armijo) line search: minimises `f`, which returns its value and writes its
 * gradient into the array it is given. Deterministic, no clock. The inverse Hessian starts as the
 * identity, scaled after the first step by sᵀy ÷ yᵀy (Nocedal & Wright, eq. 6.20); an update with
 * sᵀy ≤ 0 is skipped. Converges when the largest gradient component is within `gTolerance` × (1 + |f|),
 * or, once the inverse Hessian has been updated more times than there are coordinates, when the next
 * quasi-Newton step d would move no coordinate by more than `xTolerance`. A line search that finds no decrease where the step promised at most 1e-9 ×
 * (1 + |f|) is also convergence: f is flat to its rounding there (a ridge); otherwise it is `stalled`.
 * @example quasiNewton(([u = 0], g) => { g[0] = 2 * (u - 3); return (u - 3) ** 2; }, [0]).x // ≈ [3]
 */
export function quasiNewton(f: (x: readonly number[], gradient: number[]) => number, start: readonly number[], options: QuasiNewtonOptions = {}): QuasiNewtonResult {
  const maxIterations = options.maxIterations ?? 200;
  const gTolerance = options.gTolerance ?? 1e-12;
  const xTolerance = options.xTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 2;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (x: readonly number[], gradient: number[]): number => {
    evaluations++;
    const y = f(x, gradient);
    return Number.isFinite(y) && gradient.every(Number.isFinite) ? y : Infinity;
  };
  let x = [...start];
  let g = new Array<number>(n).fill(0);
  let fx = evaluate(x, g);
  const done = (stop: QuasiNewtonResult['stop'], iterations: number): QuasiNewtonResult => ({ x, f: fx, iterations, evaluations, converged: stop === 'converged', stop });
  if (!Number.isFinite(fx)) return done('not-finite', 0);
  // The inverse Hessian approximation, row-major.
  let h = identity(n);
  for (let iteration = 0; ; iteration++) {
    if (maxAbs(g) <= gTolerance * (1 + Math.abs(fx))) return done('converged', iteration);
    if (iteration >= maxIterations) return done('iterations', iteration);
    let d = multiply(h, g).map((v) => -v);
    let slope = dot(g, d);
    if (!(slope < 0)) {
      h = identity(n);
      d = g.map((v) => -v);
      slope = dot(g, d);
    } else if (iteration > n && maxAbs(d) <= xTolerance) return done('converged', iteration);
    const longest = maxAbs(d);
    let t = longest > maxStep ? maxStep / longest : 1;
    let next: number[] = [];
    const nextG = new Array<number>(n).fill(0);
    let nextF = Infinity;
    for (;;) {
      next = x.map((v, k) => v + t * (d[k] ?? 0));
      nextF = evaluate(next, nextG);
      if (nextF < fx && nextF <= fx + 1e-4 * t * slope) break;
      // Approximate Wolfe conditions (Hager & Zhang 2005): near the minimum the decrease a step
      // promises is below the rounding of f, which Armijo's test then cannot see; the directional
      // derivative, computed to far better relative precision, decides instead.
      if (nextF <= fx + FLAT * (1 + Math.abs(fx)) && approximateWolfe(dot(nextG, d), slope)) break;
      t *= 0.5;
      if (t < 1e-12) return done(-slope <= 1e-9 * (1 + Math.abs(fx)) ? 'converged' : 'stalled', iteration);
    }
    const s = next.map((v, k) => v - (x[k] ?? 0));
    const y = nextG.map((v, k) => v - (g[k] ?? 0));
    const sy = dot(s, y);
    if (sy > 1e-300) {
      if (iteration === 0) h = identity(n, sy / dot(y, y));
      h = bfgsUpdate(h, s, y, sy);
    }
    x = next;
    g = nextG;
    fx = nextF;
  }
}

/**
 * The fits' minimiser: {@link quasiNewton} with the analytic gradient first; when it does not converge
 * (a parameter running off along a ridge, a line search that finds no descent), {@link nelderMead}
 * from the same start with the iterations left. Both count against one iteration cap.
 */
export function minimize(f: (x: readonly number[], gradient: number[] | null) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const maxIterations = options.maxIterations ?? 5000;
  const first = quasiNewton((x, gradient) => f(x, gradient), start, { maxIterations: Math.min(maxIterations, 200) });
  if (first.converged) return { x: first.x, f: first.f, iterations: first.iterations, evaluations: first.evaluations, converged: true, stop: 'converged' };
  const second = nelderMead((x) => f(x, null), start, { ...options, maxIterations: maxIterations - first.iterations });
  return { ...second, iterations: first.iterations + second.iterations, evaluations: first.evaluations + second.evaluations };
}

/** A change of f within this fraction of 1 + |f| is below what its rounding lets a line search see. */
const FLAT = 1e-12;

/**
 * The curvature half of the approximate Wolfe conditions (Hager & Zhang 2005, eq. 23, δ = 0.1,
 * σ = 0.9): σ φ′(0) ≤ φ′(t) ≤ (2δ − 1) φ′(0), φ′ the derivative of f along the step (φ′(0) < 0): the
 * step has gone most of the way to the minimum along the line without overshooting it by much.
 */
function approximateWolfe(derivative: number, slope: number): boolean {
  return 0.9 * slope <= derivative && derivative <= -0.8 * slope;
}

function identity(n: number, scale = 1): number[] {
  const m = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = scale;
  return m;
}

function multiply(m: readonly number[], v: readonly number[]): number[] {
  const n = v.length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += (m[i * n + k] ?? 0) * (v[k] ?? 0);
    out[i] = sum;
  }
  return out;
}

function dot(u: readonly number[], v: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < u.length; k++) sum += (u[k] ?? 0) * (v[k] ?? 0);
  return sum;
}

function maxAbs(v: readonly number[]): number {
  let m = 0;
  for (const c of v) m = Math.max(m, Math.abs(c));
  return m;
}

/** H⁺ = (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 ÷ sᵀy. */
function bfgsUpdate(h: readonly number[], s: readonly number[], y: readonly number[], sy: number): number[] {
  const n = s.length;
  const rho = 1 / sy;
  const hy = multiply(h, y);
  const yhy = dot(y, hy);
  const out = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] ?? 0;
      const sj = s[j] ?? 0;
      out[i * n + j] = (h[i * n + j] ?? 0) - rho * ((hy[i] ?? 0) * sj + si * (hy[j] ?? 0)) + (rho * rho * yhy + rho) * si * sj;
    }
  }
  return out;
}
