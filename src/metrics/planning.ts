/**
 * Planning kernels: the selling time of a team split by ABC class (seed 001: 50 / 35 / 15 %).
 */
import { valueError, type SheetError } from '../cells/errors.js';

/** The guide's default shares of the selling time: A 50 %, B 35 %, C 15 %. */
export const DEFAULT_CLASS_SHARES: readonly [number, number, number] = [0.5, 0.35, 0.15];

/**
 * Hours per account per year for each account of a list, by its class: the class's share of the
 * hours available, divided by the number of accounts of that class in the list.
 * @param classes - the class of each account, "A", "B" or "C" (case and spaces ignored); anything else (empty, "-") gets null
 * @param hoursAvailable - the team's selling hours, ≥ 0
 * @param shares - shares of A, B and C, each in [0, 1], summing to at most 1 (default 50 / 35 / 15 %)
 * @returns hours per account, aligned with `classes`
 * @example timeAllocation(['A', 'B', 'A', 'C'], 1000) // [250, 350, 250, 150]
 */
export function timeAllocation(
  classes: readonly (string | null)[],
  hoursAvailable: number,
  shares: readonly [number, number, number] = DEFAULT_CLASS_SHARES,
): (number | null)[] | SheetError {
  if (!Number.isFinite(hoursAvailable) || hoursAvailable < 0) {
    return valueError('hours_available : un nombre d’heures positif est attendu', 'hours_available: a positive number of hours is expected');
  }
  if (shares.some((share) => !Number.isFinite(share) || share < 0 || share > 1)) {
    return valueError('shares : chaque part doit être entre 0 et 100 %', 'shares: each share must be from 0 to 100%');
  }
  if (shares[0] + shares[1] + shares[2] > 1 + 1e-9) {
    return valueError('shares : les parts dépassent 100 % du temps', 'shares: the shares exceed 100% of the time');
  }
  const keys = classes.map((value) => {
    const key = (value ?? '').trim().toUpperCase();
    return key === 'A' ? 0 : key === 'B' ? 1 : key === 'C' ? 2 : -1;
  });
  const counts = [0, 0, 0];
  for (const key of keys) if (key >= 0) counts[key] = (counts[key] ?? 0) + 1;
  return keys.map((key) => (key < 0 ? null : (shares[key as 0 | 1 | 2] * hoursAvailable) / (counts[key] ?? 1)));
}
