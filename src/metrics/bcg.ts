/**
 * The BCG growth–share matrix: a product or business unit placed by the growth rate of its market
 * and its relative market share (its share divided by the largest competitor's). A growth at or above
 * the growth threshold (default 10 %) is high; a relative share at or above the share threshold
 * (default 1: as large as the leader) is high.
 *
 * | growth \ share | high      | low           |
 * |----------------|-----------|---------------|
 * | high           | star      | question mark |
 * | low            | cash cow  | dog           |
 */
import { valueError, type Language, type SheetError } from '../cells/errors.js';

/** A quadrant of the BCG matrix. */
export type BcgQuadrant = 'star' | 'cashCow' | 'questionMark' | 'dog';

/** Default growth threshold: 10 % a year. */
export const BCG_GROWTH_THRESHOLD = 0.1;
/** Default relative-share threshold: 1 (as large as the largest competitor). */
export const BCG_SHARE_THRESHOLD = 1;

/** The quadrants' names, as the French method and the English literature call them. */
export const BCG_QUADRANT_NAMES: Readonly<Record<BcgQuadrant, Readonly<Record<Language, string>>>> = Object.freeze({
  star: { fr: 'Vedette', en: 'Star' },
  cashCow: { fr: 'Vache à lait', en: 'Cash cow' },
  questionMark: { fr: 'Dilemme', en: 'Question mark' },
  dog: { fr: 'Poids mort', en: 'Dog' },
});

/**
 * The quadrant of one product.
 * @param growth - market growth rate, as a fraction (0.12 for 12 %); negative for a shrinking market
 * @param relativeShare - relative market share, ≥ 0 (1.5: 1.5 times the largest competitor)
 * @param growthThreshold - growth from which the market is growing fast, default 0.1
 * @param shareThreshold - relative share from which the product leads, > 0, default 1
 * @returns the quadrant, or #VALUE! for a negative share, a non-positive share threshold or a non-finite number
 * @example bcgQuadrant(0.15, 1.2) // 'star'
 */
export function bcgQuadrant(growth: number, relativeShare: number, growthThreshold = BCG_GROWTH_THRESHOLD, shareThreshold = BCG_SHARE_THRESHOLD): BcgQuadrant | SheetError {
  if (![growth, relativeShare, growthThreshold, shareThreshold].every(Number.isFinite)) {
    return valueError('Les taux et les seuils doivent être des nombres', 'Rates and thresholds must be numbers');
  }
  if (relativeShare < 0) return valueError('La part de marché relative ne peut pas être négative', 'The relative market share cannot be negative');
  if (shareThreshold <= 0) return valueError('Le seuil de part relative doit être positif', 'The relative share threshold must be positive');
  const fast = growth >= growthThreshold;
  const leads = relativeShare >= shareThreshold;
  if (fast) return leads ? 'star' : 'questionMark';
  return leads ? 'cashCow' : 'dog';
}
