/**
 * Conversion rates and funnels.
 */
import { isSheetError, numberError, valueError, type SheetError } from '../cells/errors.js';
import { finiteResult, firstError, nonNegative, nonZero } from './checks.js';

/**
 * Conversion rate (taux de conversion): conversions ÷ total (leads, visits, quotes…).
 * @returns a fraction (format it as %); #NUM! when conversions exceed the total
 * @example conversionRate(12, 300) // 0.04
 */
export function conversionRate(conversions: number, total: number): number | SheetError {
  const error = firstError(
    nonNegative(conversions, 'Le nombre de conversions', 'The number of conversions'),
    nonNegative(total, 'Le total', 'The total'),
    nonZero(total, 'Le total', 'The total'),
  );
  if (error) return error;
  if (conversions > total) {
    return numberError(
      `Plus de conversions (${conversions}) que d’entrées (${total}) : le taux dépasserait 100 %`,
      `More conversions (${conversions}) than entries (${total}): the rate would exceed 100%`,
    );
  }
  return conversions / total;
}

/** One stage of a funnel. */
export interface FunnelStage {
  readonly count: number;
  /** This stage ÷ the previous one (1 for the first stage). */
  readonly stepConversion: number;
  /** This stage ÷ the first one. */
  readonly cumulativeConversion: number;
}

/**
 * A funnel (tunnel de conversion) from its stage counts, top first: visits → leads → opportunities → customers.
 * @returns per stage the count, the step conversion and the cumulative conversion; #VALUE! with no stage,
 * #NUM! when a stage has more than the one before it or a negative count, #DIV/0! when the first stage is 0
 * @example funnel([1000, 200, 50, 10]) // steps 1, 0.2, 0.25, 0.2; cumulative 1, 0.2, 0.05, 0.01
 */
export function funnel(stageCounts: readonly number[]): FunnelStage[] | SheetError {
  const first = stageCounts[0];
  if (first === undefined) return valueError('Le tunnel doit avoir au moins une étape', 'The funnel needs at least one stage');
  const stages: FunnelStage[] = [];
  let previous = first;
  for (const [index, count] of stageCounts.entries()) {
    const negative = nonNegative(count, `L’étape ${index + 1}`, `Stage ${index + 1}`);
    if (negative) return negative;
    if (count > previous) {
      return numberError(
        `L’étape ${index + 1} (${count}) dépasse l’étape précédente (${previous}) : un tunnel ne peut que se rétrécir`,
        `Stage ${index + 1} (${count}) exceeds the previous stage (${previous}): a funnel can only narrow`,
      );
    }
    const zero = nonZero(previous, `L’étape ${Math.max(index, 1)}`, `Stage ${Math.max(index, 1)}`);
    if (zero) return zero;
    const step = finiteResult(index === 0 ? 1 : count / previous);
    const cumulative = finiteResult(count / first);
    if (isSheetError(step)) return step;
    if (isSheetError(cumulative)) return cumulative;
    stages.push({ count, stepConversion: step, cumulativeConversion: cumulative });
    previous = count;
  }
  return stages;
}
