/**
 * The argument errors of the simple kernels, quoted whole in both languages: one case per error branch
 * (src/messages/messages.test.ts checks that each entry of src/messages is quoted by some test). The
 * texts are written here by hand from the rules: the argument's name, what is wrong, the value received;
 * French puts a no-break space before : ? and %.
 */
import { describe, expect, it } from 'vitest';
import { isSheetError, type ErrorCode } from '../cells/errors.js';
import { classifyAbc } from './abc.js';
import { cacPaybackMonths, costPerLead, costPerOpportunity, customerAcquisitionCost, ltvToCacRatio } from './acquisition.js';
import { finiteResult } from './checks.js';
import { conversionRate, funnel } from './conversion.js';
import { averageBasket, growthRate, marginRate, markupRate } from './pricing.js';
import { churnRate, netPromoterScore, retentionRate } from './retention.js';
import { lifetimeValue, lifetimeValueDiscounted } from './value.js';

const N = '\u00A0';

const CASES: readonly (readonly [string, () => unknown, ErrorCode, string, string])[] = [
  ['churn: customers at start below 0', () => churnRate(-1, 0), '#NUM!', 'Le nombre de clients en début de période ne peut pas être négatif (-1)', 'The number of customers at start cannot be negative (-1)'],
  ['churn: customers lost below 0', () => churnRate(10, -1), '#NUM!', 'Le nombre de clients perdus ne peut pas être négatif (-1)', 'The number of customers lost cannot be negative (-1)'],
  ['churn: no customer at start', () => churnRate(0, 0), '#DIV/0!', `Le nombre de clients en début de période vaut 0${N}: division impossible`, 'The number of customers at start is 0: cannot divide'],
  [
    'churn: more lost than at start',
    () => churnRate(10, 12),
    '#NUM!',
    `Plus de clients perdus (12) que de clients en début de période (10)${N}: le taux dépasserait 100${N}%`,
    'More customers lost (12) than customers at start (10): the rate would exceed 100%',
  ],
  ['retention: customers at end below 0', () => retentionRate(10, -1, 0), '#NUM!', 'Le nombre de clients en fin de période ne peut pas être négatif (-1)', 'The number of customers at end cannot be negative (-1)'],
  ['retention: new customers below 0', () => retentionRate(10, 5, -2), '#NUM!', 'Le nombre de nouveaux clients ne peut pas être négatif (-2)', 'The number of new customers cannot be negative (-2)'],
  [
    'retention: 30 at end − 5 new = 25 kept, more than the 10 at start',
    () => retentionRate(10, 30, 5),
    '#NUM!',
    `Clients conservés = fin − nouveaux = 25, hors de 0…10 (clients en début de période)${N}: vérifiez les trois nombres`,
    'Customers kept = end − new = 25, outside 0…10 (customers at start): check the three numbers',
  ],
  ['NPS: a score of 11', () => netPromoterScore([11]), '#NUM!', 'Une note NPS doit être un entier de 0 à 10 (reçu 11)', 'An NPS answer must be a whole number from 0 to 10 (got 11)'],
  ['NPS: no score', () => netPromoterScore([]), '#DIV/0!', `Aucune note${N}: le NPS ne peut pas être calculé`, 'No answers: the NPS cannot be computed'],
  ['conversion: conversions below 0', () => conversionRate(-1, 3), '#NUM!', 'Le nombre de conversions ne peut pas être négatif (-1)', 'The number of conversions cannot be negative (-1)'],
  ['conversion: a total of 0', () => conversionRate(1, 0), '#DIV/0!', `Le total vaut 0${N}: division impossible`, 'The total is 0: cannot divide'],
  [
    'conversion: more conversions than entries',
    () => conversionRate(5, 3),
    '#NUM!',
    `Plus de conversions (5) que d’entrées (3)${N}: le taux dépasserait 100${N}%`,
    'More conversions (5) than entries (3): the rate would exceed 100%',
  ],
  ['funnel: no stage', () => funnel([]), '#VALUE!', 'Le tunnel doit avoir au moins une étape', 'The funnel needs at least one stage'],
  ['funnel: a stage below 0', () => funnel([10, -1]), '#NUM!', 'L’étape 2 ne peut pas être négatif (-1)', 'Stage 2 cannot be negative (-1)'],
  [
    'funnel: a stage wider than the one before',
    () => funnel([10, 20]),
    '#NUM!',
    `L’étape 2 (20) dépasse l’étape précédente (10)${N}: un tunnel ne peut que se rétrécir`,
    'Stage 2 (20) exceeds the previous stage (10): a funnel can only narrow',
  ],
  ['markup: a selling price below 0', () => markupRate(-1, 2), '#NUM!', 'Le prix de vente ne peut pas être négatif (-1)', 'The selling price cannot be negative (-1)'],
  ['markup: a cost of 0', () => markupRate(1, 0), '#DIV/0!', `Le coût vaut 0${N}: division impossible`, 'The cost is 0: cannot divide'],
  ['margin: a selling price of 0', () => marginRate(0, 0), '#DIV/0!', `Le prix de vente vaut 0${N}: division impossible`, 'The selling price is 0: cannot divide'],
  ['basket: no order', () => averageBasket(100, 0), '#DIV/0!', `Le nombre de commandes vaut 0${N}: division impossible`, 'The number of orders is 0: cannot divide'],
  ['growth: a starting value of 0', () => growthRate(0, 3), '#DIV/0!', `La valeur de départ vaut 0${N}: division impossible`, 'The starting value is 0: cannot divide'],
  [
    'growth: a negative starting value',
    () => growthRate(-5, 3),
    '#NUM!',
    `La valeur de départ est négative (-5)${N}: le taux d’évolution n’a pas de sens, comparez les valeurs`,
    'The starting value is negative (-5): a growth rate has no meaning, compare the values',
  ],
  ['LTV: an average order value below 0', () => lifetimeValue(-1, 1, 0.5, 0.2), '#NUM!', 'Le panier moyen ne peut pas être négatif (-1)', 'The average order value cannot be negative (-1)'],
  ['LTV: orders per period below 0', () => lifetimeValue(10, -1, 0.5, 0.2), '#NUM!', 'Le nombre de commandes par période ne peut pas être négatif (-1)', 'The orders per period cannot be negative (-1)'],
  [
    'LTV: a margin rate typed in percent points (40 for 40 %)',
    () => lifetimeValue(10, 1, 40, 0.2),
    '#NUM!',
    `Le taux de marge brute doit être entre 0 et 100${N}% (reçu 40) — 40${N}%${N}? saisissez 40${N}% ou 0.4`,
    'The gross margin rate must be between 0 and 100% (got 40) — 40%? type 40% or 0.4',
  ],
  ['LTV: a churn rate above 100 (no percent-point hint)', () => lifetimeValue(10, 1, 0.5, 150), '#NUM!', `Le taux d’attrition doit être entre 0 et 100${N}% (reçu 150)`, 'The churn rate must be between 0 and 100% (got 150)'],
  ['LTV: a churn rate of 0', () => lifetimeValue(10, 1, 0.5, 0), '#DIV/0!', `Le taux d’attrition vaut 0${N}: division impossible`, 'The churn rate is 0: cannot divide'],
  [
    'discounted LTV: a retention rate of 2',
    () => lifetimeValueDiscounted(10, 2, 0.1),
    '#NUM!',
    `Le taux de rétention doit être entre 0 et 100${N}% (reçu 2) — 2${N}%${N}? saisissez 2${N}% ou 0.02`,
    'The retention rate must be between 0 and 100% (got 2) — 2%? type 2% or 0.02',
  ],
  ['discounted LTV: a discount rate below 0', () => lifetimeValueDiscounted(10, 0.5, -0.1), '#NUM!', 'Le taux d’actualisation ne peut pas être négatif (-0.1)', 'The discount rate cannot be negative (-0.1)'],
  [
    'discounted LTV: 100 % retention, no discounting',
    () => lifetimeValueDiscounted(10, 1, 0),
    '#NUM!',
    `Rétention de 100${N}% sans actualisation${N}: la valeur serait infinie (donnez un taux d’actualisation > 0)`,
    'Retention of 100% with no discounting: the value would be infinite (give a discount rate > 0)',
  ],
  ['ABC: a > b', () => classifyAbc(['x'], [1], { a: 0.9, b: 0.5 }), '#NUM!', `Seuils ABC${N}: il faut 0 < a < b ≤ 100${N}% (reçu a = 0.9, b = 0.5)`, 'ABC thresholds: 0 < a < b ≤ 100% is required (got a = 0.9, b = 0.5)'],
  ['ABC: no item', () => classifyAbc([], []), '#VALUE!', 'Aucun élément à classer', 'No item to classify'],
  ['ABC: a total beyond the largest number', () => classifyAbc(['x', 'y'], [1e308, 1e308]), '#NUM!', 'Total des valeurs hors des limites du tableur', 'Total of the values outside spreadsheet limits'],
  ['cost per lead: a cost below 0', () => costPerLead(-1, 2), '#NUM!', 'Le coût ne peut pas être négatif (-1)', 'The cost cannot be negative (-1)'],
  ['cost per lead: no lead', () => costPerLead(1, 0), '#DIV/0!', `Le nombre de leads vaut 0${N}: division impossible`, 'The number of leads is 0: cannot divide'],
  ['cost per opportunity: opportunities below 0', () => costPerOpportunity(1, -1), '#NUM!', 'Le nombre d’opportunités ne peut pas être négatif (-1)', 'The number of opportunities cannot be negative (-1)'],
  ['CAC: no new customer', () => customerAcquisitionCost(100, 0), '#DIV/0!', `Le nombre de nouveaux clients vaut 0${N}: division impossible`, 'The number of new customers is 0: cannot divide'],
  ['LTV:CAC: a CAC of 0', () => ltvToCacRatio(100, 0), '#DIV/0!', `Le CAC vaut 0${N}: division impossible`, 'The CAC is 0: cannot divide'],
  ['CAC payback: a monthly revenue below 0', () => cacPaybackMonths(100, -1, 0.5), '#NUM!', 'Le revenu mensuel par client ne peut pas être négatif (-1)', 'The monthly revenue per customer cannot be negative (-1)'],
  ['CAC payback: a margin of 0', () => cacPaybackMonths(100, 10, 0), '#DIV/0!', `La marge mensuelle par client vaut 0${N}: division impossible`, 'The monthly margin per customer is 0: cannot divide'],
  [
    'any result beyond the largest number',
    () => finiteResult(Number.POSITIVE_INFINITY),
    '#NUM!',
    'Résultat hors des limites du tableur (valeurs trop grandes ou trop petites)',
    'Result outside spreadsheet limits (values too large or too small)',
  ],
];

describe('the argument errors of the simple kernels', () => {
  it.each(CASES)('%s', (_, call, code, fr, en) => {
    const result = call();
    expect(isSheetError(result)).toBe(true);
    expect(result).toMatchObject({ code, message: { fr, en } });
  });
});
