/**
 * Customer lifetime value, simple and discounted.
 */
import { numberError, type SheetError } from '../cells/errors.js';
import { firstError, nonNegative, nonZero, rateBetweenZeroAndOne } from './checks.js';
import { infiniteRetentionValue, theAverageOrderValue, theChurnRate, theDiscountRate, theGrossMarginRate, theOrdersPerPeriod, theRetentionRate } from '../messages/index.js';

/**
 * Simple lifetime value: average order value × orders per period × gross margin rate ÷ churn rate per
 * period (1 ÷ churn is the expected lifetime in periods).
 * @param averageOrderValue - average basket, in €
 * @param ordersPerPeriod - orders per customer per period (the period of the churn rate)
 * @param grossMarginRate - margin ÷ revenue (taux de marque), 0–1
 * @param churnRate - share of customers lost per period, 0–1
 * @example lifetimeValue(50, 4, 0.4, 0.2) // 400
 */
export function lifetimeValue(
  averageOrderValue: number,
  ordersPerPeriod: number,
  grossMarginRate: number,
  churnRate: number,
): number | SheetError {
  return (
    firstError(
      nonNegative(averageOrderValue, theAverageOrderValue),
      nonNegative(ordersPerPeriod, theOrdersPerPeriod),
      rateBetweenZeroAndOne(grossMarginRate, theGrossMarginRate),
      rateBetweenZeroAndOne(churnRate, theChurnRate),
      nonZero(churnRate, theChurnRate),
    ) ?? (averageOrderValue * ordersPerPeriod * grossMarginRate) / churnRate
  );
}

/**
 * When the margins of a discounted lifetime value are received.
 * - `retained` (default, 0): the first margin comes at the end of the first period, and only if the
 *   customer is still there: m·r ÷ (1 + d − r).
 * - `immediate` (1): a margin now, then one per period while the customer stays: m·(1 + d) ÷ (1 + d − r).
 * - `end` (2): the first margin at the end of the first period, for sure: m ÷ (1 + d − r).
 */
export type MarginTiming = 'retained' | 'immediate' | 'end';
export const MARGIN_TIMINGS: readonly MarginTiming[] = ['retained', 'immediate', 'end'];

/**
 * Discounted lifetime value with a constant margin, retention and discount rate per period.
 * @param marginPerPeriod - margin per customer per period, in €
 * @param retentionRate - share of customers kept from one period to the next, 0–1
 * @param discountRate - discount rate per period (e.g. 0.1)
 * @param timing - see {@link MarginTiming}
 * @example lifetimeValueDiscounted(100, 0.8, 0.1) // 266.67 (100 × 0.8 ÷ 0.3)
 */
export function lifetimeValueDiscounted(
  marginPerPeriod: number,
  retentionRate: number,
  discountRate: number,
  timing: MarginTiming = 'retained',
): number | SheetError {
  const error = firstError(
    rateBetweenZeroAndOne(retentionRate, theRetentionRate),
    nonNegative(discountRate, theDiscountRate),
  );
  if (error) return error;
  const denominator = 1 + discountRate - retentionRate;
  if (denominator <= 0) {
    return numberError(infiniteRetentionValue);
  }
  const numerator =
    timing === 'retained' ? marginPerPeriod * retentionRate : timing === 'immediate' ? marginPerPeriod * (1 + discountRate) : marginPerPeriod;
  return numerator / denominator;
}
