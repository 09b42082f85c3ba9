/**
 * Prices and sales: markup rate (taux de marge), margin rate (taux de marque), average basket, growth.
 *
 * False friends: the English "markup" is the French "taux de marge" (margin ÷ cost); the English
 * "(gross) margin rate" is the French "taux de marque" (margin ÷ selling price).
 */
import { numberError, type SheetError } from '../cells/errors.js';
import { firstError, nonNegative, nonZero } from './checks.js';
import { negativeStartingValue, theCost, theOrdersCount, theSellingPrice, theStartingValue } from '../messages/index.js';

/**
 * Markup rate — French "taux de marge": (selling price − cost) ÷ cost.
 * @param sellingPrice - selling price excluding VAT, in €
 * @param cost - purchase or production cost excluding VAT, in €
 * @example markupRate(30, 15) // 1 (100 %)
 */
export function markupRate(sellingPrice: number, cost: number): number | SheetError {
  return (
    firstError(
      nonNegative(sellingPrice, theSellingPrice),
      nonNegative(cost, theCost),
      nonZero(cost, theCost),
    ) ?? (sellingPrice - cost) / cost
  );
}

/**
 * Margin rate — French "taux de marque": (selling price − cost) ÷ selling price.
 * @example marginRate(30, 15) // 0.5 (50 %)
 */
export function marginRate(sellingPrice: number, cost: number): number | SheetError {
  return (
    firstError(
      nonNegative(sellingPrice, theSellingPrice),
      nonNegative(cost, theCost),
      nonZero(sellingPrice, theSellingPrice),
    ) ?? (sellingPrice - cost) / sellingPrice
  );
}

/**
 * Average basket (panier moyen): revenue ÷ number of orders.
 * @example averageBasket(12500, 250) // 50
 */
export function averageBasket(revenue: number, orders: number): number | SheetError {
  return (
    firstError(
      nonNegative(orders, theOrdersCount),
      nonZero(orders, theOrdersCount),
    ) ?? revenue / orders
  );
}

/**
 * Growth rate (taux d'évolution): (current − previous) ÷ previous.
 * @returns the rate; #DIV/0! when previous is 0; #NUM! when previous is negative (the rate has no
 * meaning there: compare the two values directly)
 * @example growthRate(200, 250) // 0.25
 */
export function growthRate(previous: number, current: number): number | SheetError {
  if (previous < 0) {
    return numberError(negativeStartingValue(previous));
  }
  return nonZero(previous, theStartingValue) ?? (current - previous) / previous;
}
