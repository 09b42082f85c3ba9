/**
 * Churn, retention and Net Promoter Score.
 */
import { divisionByZero, numberError, type SheetError } from '../cells/errors.js';
import { firstError, nonNegative, nonZero } from './checks.js';

/**
 * Churn rate (taux d'attrition): customers lost over the period ÷ customers at its start.
 * @example churnRate(200, 30) // 0.15
 */
export function churnRate(customersAtStart: number, customersLost: number): number | SheetError {
  const error = firstError(
    nonNegative(customersAtStart, 'Le nombre de clients en début de période', 'The number of customers at start'),
    nonNegative(customersLost, 'Le nombre de clients perdus', 'The number of customers lost'),
    nonZero(customersAtStart, 'Le nombre de clients en début de période', 'The number of customers at start'),
  );
  if (error) return error;
  if (customersLost > customersAtStart) {
    return numberError(
      `Plus de clients perdus (${customersLost}) que de clients en début de période (${customersAtStart}) : le taux dépasserait 100 %`,
      `More customers lost (${customersLost}) than customers at start (${customersAtStart}): the rate would exceed 100%`,
    );
  }
  return customersLost / customersAtStart;
}

/**
 * Retention rate (taux de rétention): (customers at end − new customers won) ÷ customers at start.
 * @example retentionRate(200, 210, 40) // 0.85
 */
export function retentionRate(atStart: number, atEnd: number, newCustomers: number): number | SheetError {
  const error = firstError(
    nonNegative(atStart, 'Le nombre de clients en début de période', 'The number of customers at start'),
    nonNegative(atEnd, 'Le nombre de clients en fin de période', 'The number of customers at end'),
    nonNegative(newCustomers, 'Le nombre de nouveaux clients', 'The number of new customers'),
    nonZero(atStart, 'Le nombre de clients en début de période', 'The number of customers at start'),
  );
  if (error) return error;
  const kept = atEnd - newCustomers;
  if (kept < 0 || kept > atStart) {
    return numberError(
      `Clients conservés = fin − nouveaux = ${kept}, hors de 0…${atStart} (clients en début de période) : vérifiez les trois nombres`,
      `Customers kept = end − new = ${kept}, outside 0…${atStart} (customers at start): check the three numbers`,
    );
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
      return numberError(
        `Une note NPS doit être un entier de 0 à 10 (reçu ${score})`,
        `An NPS answer must be a whole number from 0 to 10 (got ${score})`,
      );
    }
    if (score >= 9) promoters += 1;
    else if (score <= 6) detractors += 1;
  }
  if (scores.length === 0) {
    return divisionByZero('Aucune note : le NPS ne peut pas être calculé', 'No answers: the NPS cannot be computed');
  }
  return ((promoters - detractors) / scores.length) * 100;
}
