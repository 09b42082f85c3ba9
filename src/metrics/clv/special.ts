/**
 * The special functions the CLV models need, written for the ranges those models use: the log-gamma
 * function and its derivative (digamma, for the gradients of the fits), a stable log(e^u + e^v), and
 * the Gauss hypergeometric series 2F1 for 0 ≤ z < 1.
 */

// Lanczos coefficients for g = 7, n = 9 (the widely published set; relative error about 1e-15 for
// positive arguments, which is all the models ever pass).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0 (NaN otherwise). Lanczos below 0.5 goes through the reflection formula.
 * @example logGamma(5) // ln 24 = 3.1780538…
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Reflection: Γ(x) Γ(1 − x) = π / sin(πx), positive for 0 < x < 0.5.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let k = 1; k < LANCZOS.length; k++) sum += (LANCZOS[k] ?? 0) / (z + k);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * ψ(x) = d ln Γ(x) / dx for x > 0 (NaN otherwise): the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10,
 * then the asymptotic series ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ) to x⁻¹⁴ (relative error below 1e-15).
 * @example digamma(1) // −0.5772156649… (minus the Euler–Mascheroni constant)
 */
export function digamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x === Infinity ? Infinity : Number.NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** ln(e^u + e^v) without overflow or underflow; −∞ for both −∞. */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** Terms of the hypergeometric series before it is declared not converged (z very close to 1). */
export const HYP2F1_MAX_TERMS = 200_000;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for 0 ≤ z < 1 and c > 0.
 * The series stops when a term no longer changes the sum (relative 1e-15); it returns NaN when it has
 * not converged after {@link HYP2F1_MAX_TERMS} terms, so a caller can never mistake a truncated sum
 * for the value. Callers pass parameters after an Euler transformation that keeps a and b small, so
 * the terms stay within floating-point range.
 * @example hyp2f1(1, 1, 2, 0.5) // −ln(1 − 0.5) / 0.5 = 1.3862943…
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || !(c > 0)) return Number.NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < HYP2F1_MAX_TERMS; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    // Once the ratio of successive terms is below 1 the rest is bounded by a geometric tail: stop when
    // that tail is negligible.
    if (Math.abs(term) <= 1e-16 * Math.abs(sum) && n > Math.abs(a) + Math.abs(b)) return sum;
    if (term === 0) return sum;
    if (!Number.isFinite(sum)) return Number.NaN;
  }
  return Number.NaN;
}
