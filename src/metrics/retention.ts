/**
 * Churn, retention and Net Promoter Score.
 */
import { divisionByZero, numberError, type SheetError } from '../cells/errors.js';
import { firstError, nonNegative, nonZero } from './checks.js';
import { keptOutOfRange, moreLostThanAtStart, npsNoAnswers, npsScoreInvalid, theCustomersAtEnd, theCustomersAtStart, theCustomersLost, theNewCustomers } from '../messages/index.js';

/**
 * Churn rate (taux d'attrition): customers lost over the period ÷ customers at its start.
 * @example churnRate(200, 30) // 0.15
 */
export function churnRate(customersAtStart: number, customersLost: number): number | SheetError {
  const error = firstError(
    nonNegative(customersAtStart, theCustomersAtStart),
    nonNegative(customersLost, theCustomersLost),
    nonZero(customersAtStart, theCustomersAtStart),
  );
  if (error) return error;
  if (customersLost > customersAtStart) {
    return numberError(moreLostThanAtStart(customersLost, customersAtStart));
  }
  return customersLost / customersAtStart;
}

/**
 * Retention rate (taux de rétention): (customers at end − new customers won) ÷ customers at start.
 * @example retentionRate(200, 210, 40) // 0.85
 */
export function retentionRate(atStart: number, atEnd: number, newCustomers: number): number | SheetError {
  const error = firstError(
    nonNegative(atStart, theCustomersAtStart),
    nonNegative(atEnd, theCustomersAtEnd),
    nonNegative(newCustomers, theNewCustomers),
    nonZero(atStart, theCustomersAtStart),
  );
  if (error) return error;
  const kept = atEnd - newCustomers;
  if (kept < 0 || kept > atStart) {
    return numberError(keptOutOfRange(kept, atStart));
  }
  return kept / atStart;
}

/**
 * Net Promoter Score: % of promoters (9–10) − % of detractors (0–6), in points from −100 to 100.
 * @param scores - answers to "how likely are you to recommend us", whole numbers 0–10
 * @returns the score in points; #DIV/0! with no answers; #NUM! for an answer outside 0–10
 * @example netPromoterScore([10, 9, 8, 6, 10]) // 40  (3 promoters, 1 detractor, 5 answers)
 */
export function netPromoterScore(scores: readonly number[]): number | SheetError {
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (!Number.isInteger(score) || score < 0 || score > 10) {
      return numberError(npsScoreInvalid(score));
    }
    if (score >= 9) promoters += 1;
    else if (score <= 6) detractors += 1;
  }
  if (scores.length === 0) {
    return divisionByZero(npsNoAnswers);
  }
  return ((promoters - detractors) / scores.length) * 100;
}
