/**
 * A seeded pseudo-random generator for the synthetic data (the benchmark's transactions, the
 * playground's sample) and the fuzz test: the same seed gives the same numbers on every machine, so
 * generated files can be checked in and a failing run replayed.
 */

/**
 * mulberry32: a small, fast 32-bit PRNG, good enough for synthetic data (not for anything secret).
 * @param seed - any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
