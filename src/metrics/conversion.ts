/**
 * Conversion rates and funnels.
 */
import { isSheetError, numberError, valueError, type SheetError } from '../cells/errors.js';
import { finiteResult, firstError, nonNegative, nonZero } from './checks.js';
import { funnelEmpty, funnelStage, funnelWidens, moreConversionsThanEntries, theConversionsCount, theFunnelTotal } from '../messages/index.js';

/**
 * Conversion rate (taux de conversion): conversions ÷ total (leads, visits, quotes…).
 * @returns a fraction (format it as %); #NUM! when conversions exceed the total
 * @example conversionRate(12, 300) // 0.04
 */
export function conversionRate(conversions: number, total: number): number | SheetError {
  const error = firstError(
    nonNegative(conversions, theConversionsCount),
    nonNegative(total, theFunnelTotal),
    nonZero(total, theFunnelTotal),
  );
  if (error) return error;
  if (conversions > total) {
    return numberError(moreConversionsThanEntries(conversions, total));
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
  if (first === undefined) return valueError(funnelEmpty);
  const stages: FunnelStage[] = [];
  let previous = first;
  for (const [index, count] of stageCounts.entries()) {
    const negative = nonNegative(count, funnelStage(index + 1));
    if (negative) return negative;
    if (count > previous) {
      return numberError(funnelWidens(index + 1, count, previous));
    }
    const zero = nonZero(previous, funnelStage(Math.max(index, 1)));
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
