/**
 * Acquisition costs: cost per lead, per opportunity, per new customer (CAC), LTV:CAC and CAC payback.
 * Every function takes plain numbers for one channel (or the total) and returns a number or a
 * spreadsheet error; the catalogue applies them row by row over columns.
 */
import type { LocalizedText, SheetError } from '../cells/errors.js';
import { firstError, nonNegative, nonZero, rateBetweenZeroAndOne } from './checks.js';
import { theAcquisitionCost, theCost, theGrossMarginRate, theLeadsCount, theMonthlyMarginPerCustomer, theMonthlyRevenuePerCustomer, theNewCustomers, theOpportunitiesCount } from '../messages/index.js';

function costPer(cost: number, count: number, what: LocalizedText): number | SheetError {
  return (
    firstError(
      nonNegative(cost, theCost),
      nonNegative(count, what),
      nonZero(count, what),
    ) ?? cost / count
  );
}

/**
 * Cost per lead: spend ÷ leads (coût par lead).
 * @param cost - acquisition spend over the period, in €
 * @param leads - leads generated over the same period
 * @returns € per lead; #DIV/0! when there are no leads; #NUM! for a negative input
 * @example costPerLead(1500, 60) // 25
 */
export function costPerLead(cost: number, leads: number): number | SheetError {
  return costPer(cost, leads, theLeadsCount);
}

/**
 * Cost per opportunity: spend ÷ opportunities (coût par opportunité).
 * @example costPerOpportunity(1500, 12) // 125
 */
export function costPerOpportunity(cost: number, opportunities: number): number | SheetError {
  return costPer(cost, opportunities, theOpportunitiesCount);
}

/**
 * Customer acquisition cost (CAC, coût d'acquisition client): sales and marketing spend ÷ new customers.
 * @param acquisitionCosts - spend over the period, in €
 * @param newCustomers - customers won over the same period
 * @example customerAcquisitionCost(1500, 5) // 300
 */
export function customerAcquisitionCost(acquisitionCosts: number, newCustomers: number): number | SheetError {
  return costPer(acquisitionCosts, newCustomers, theNewCustomers);
}

/**
 * LTV:CAC ratio: lifetime value ÷ acquisition cost (3 or more is the usual target).
 * @example ltvToCacRatio(900, 300) // 3
 */
export function ltvToCacRatio(lifetimeValue: number, acquisitionCost: number): number | SheetError {
  return (
    firstError(
      nonNegative(acquisitionCost, theAcquisitionCost),
      nonZero(acquisitionCost, theAcquisitionCost),
    ) ?? lifetimeValue / acquisitionCost
  );
}

/**
 * CAC payback in months: CAC ÷ (monthly revenue per customer × gross margin rate).
 * @param acquisitionCost - CAC, in €
 * @param monthlyRevenuePerCustomer - revenue per customer per month, in €
 * @param grossMarginRate - gross margin as a fraction of revenue (taux de marque), 0–1
 * @returns months to earn the CAC back; #DIV/0! when the monthly margin is 0
 * @example cacPaybackMonths(300, 50, 0.4) // 15
 */
export function cacPaybackMonths(
  acquisitionCost: number,
  monthlyRevenuePerCustomer: number,
  grossMarginRate: number,
): number | SheetError {
  return (
    firstError(
      nonNegative(acquisitionCost, theAcquisitionCost),
      nonNegative(monthlyRevenuePerCustomer, theMonthlyRevenuePerCustomer),
      rateBetweenZeroAndOne(grossMarginRate, theGrossMarginRate),
      nonZero(monthlyRevenuePerCustomer * grossMarginRate, theMonthlyMarginPerCustomer),
    ) ?? acquisitionCost / (monthlyRevenuePerCustomer * grossMarginRate)
  );
}
