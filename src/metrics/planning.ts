/**
 * Planning kernels: the selling time of a team split by ABC class (seed 001: 50 / 35 / 15 %).
 */
import { numberError, valueError, type SheetError } from '../cells/errors.js';

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

/**
 * The score of each lead: the sum over the criteria of the points of the criterion × how far the lead
 * meets it (1 met, 0 not met; any other number multiplies the points, e.g. 0.5 for half met or a count
 * of visits). A lead whose row is all empty (null) gets null, so that empty rows stay empty.
 * @param criteria - one row per lead, one value per criterion (null: empty cell, counted as 0)
 * @param points - the points of each criterion, as many as the criteria
 * @returns the score of each lead, or #VALUE! for a row of another length or a value that is not finite, #NUM! for a score beyond the largest number
 * @example leadScores([[1, 0, 1], [0, 1, 1]], [20, 15, 30]) // [50, 45]
 */
export function leadScores(criteria: readonly (readonly (number | null)[])[], points: readonly number[]): (number | null)[] | SheetError {
  if (points.some((value) => !Number.isFinite(value))) {
    return valueError('points_table : des points sont attendus (des nombres)', 'points_table: points are expected (numbers)');
  }
  const scores: (number | null)[] = [];
  for (const row of criteria) {
    if (row.length !== points.length) {
      return valueError(
        `criteria_values : ${points.length} critères attendus par ligne, comme points_table (reçu ${row.length})`,
        `criteria_values: ${points.length} criteria expected per row, as in points_table (got ${row.length})`,
      );
    }
    if (row.every((value) => value === null)) {
      scores.push(null);
      continue;
    }
    let score = 0;
    for (const [j, value] of row.entries()) {
      if (value !== null && !Number.isFinite(value)) return valueError('criteria_values : une valeur n’est pas un nombre fini', 'criteria_values: a value is not a finite number');
      score += (value ?? 0) * (points[j] ?? 0);
    }
    if (!Number.isFinite(score)) return numberError('criteria_values : un score dépasse les nombres du tableur', 'criteria_values: a score exceeds the spreadsheet’s numbers');
    scores.push(score);
  }
  return scores;
}

/** Where a lead goes: to a sales rep from the threshold on, else to nurturing. */
export type LeadRoute = 'sales' | 'nurturing';

/**
 * The route of a scored lead.
 * @example leadRoute(50, 50) // 'sales'
 */
export function leadRoute(score: number, threshold: number): LeadRoute {
  return score >= threshold ? 'sales' : 'nurturing';
}
