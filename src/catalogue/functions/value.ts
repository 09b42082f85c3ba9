import { lifetimeValue, lifetimeValueDiscounted, type MarginTiming } from '../../metrics/value.js';
import { mapNumbers } from '../broadcast.js';
import { choiceParam, defineFunction, rangeParam, rowByRow, t } from '../define.js';
import type { FunctionSpec } from '../types.js';

const ltvParams = [
  rangeParam('average_order_value', 'number', 'Panier moyen (€)', 'Average order value (€)'),
  rangeParam('orders_per_period', 'number', 'Commandes par client et par période', 'Orders per customer per period'),
  rangeParam('gross_margin_rate', 'number', 'Taux de marque (marge ÷ prix de vente), ex. 40 %', 'Gross margin rate (margin ÷ selling price), e.g. 40%'),
  rangeParam('churn_rate', 'number', "Taux d’attrition par période, ex. 20 %", 'Churn rate per period, e.g. 20%'),
] as const;

export const LTV = defineFunction({
  id: 'LTV',
  category: 'value',
  summary: t('Valeur vie client simple : panier × fréquence × marge ÷ attrition.', 'Simple lifetime value: basket × frequency × margin ÷ churn.'),
  help: t(
    "Valeur vie client = panier moyen × commandes par période × taux de marque ÷ taux d’attrition par période (1 ÷ attrition = durée de vie moyenne en périodes). La fréquence et l’attrition doivent porter sur la même période (mois ou année). Sans actualisation : voir LTV_DISCOUNTED.",
    'Lifetime value = average order value × orders per period × gross margin rate ÷ churn rate per period (1 ÷ churn = average lifetime in periods). Frequency and churn must use the same period (month or year). Not discounted: see LTV_DISCOUNTED.',
  ),
  example: { formula: '=LTV(50, 4, 40%, 20%)', result: t('400', '400') },
  params: ltvParams,
  result: 'column',
  implementation: rowByRow(ltvParams, ([aov = 0, frequency = 0, margin = 0, churn = 0]) => lifetimeValue(aov, frequency, margin, churn)),
});

const discountedParams = [
  rangeParam('margin_per_period', 'number', 'Marge par client et par période (€)', 'Margin per customer per period (€)'),
  rangeParam('retention_rate', 'number', "Taux de rétention d’une période à l’autre, ex. 80 %", 'Retention rate from one period to the next, e.g. 80%'),
  rangeParam('discount_rate', 'number', "Taux d’actualisation par période, ex. 10 %", 'Discount rate per period, e.g. 10%'),
] as const;

const TIMINGS = [
  { value: 'retained', names: ['retained', 'conserve', 'retenu'] },
  { value: 'immediate', names: ['immediate', 'immediat', 'debut', 'start'] },
  { value: 'end', names: ['end', 'fin'] },
] as const satisfies readonly { value: MarginTiming; names: readonly string[] }[];

export const LTV_DISCOUNTED = defineFunction({
  id: 'LTV_DISCOUNTED',
  category: 'value',
  summary: t('Valeur vie client actualisée : m·r ÷ (1 + d − r).', 'Discounted lifetime value: m·r ÷ (1 + d − r).'),
  help: t(
    "Valeur vie client actualisée avec marge m, rétention r et actualisation d constantes par période. timing 0 (défaut, « conservé ») : la première marge arrive en fin de première période et seulement si le client est resté : m·r ÷ (1 + d − r). timing 1 (« immédiat ») : une marge tout de suite, puis une par période tant que le client reste : m·(1 + d) ÷ (1 + d − r). timing 2 (« fin ») : la première marge arrive en fin de période, sans condition : m ÷ (1 + d − r). m = 100, r = 80 %, d = 10 % → 266,67.",
    'Discounted lifetime value with constant margin m, retention r and discount rate d per period. timing 0 (default, "retained"): the first margin comes at the end of the first period, only if the customer stayed: m·r ÷ (1 + d − r). timing 1 ("immediate"): a margin now, then one per period while the customer stays: m·(1 + d) ÷ (1 + d − r). timing 2 ("end"): the first margin at the end of the period, for sure: m ÷ (1 + d − r). m = 100, r = 80%, d = 10% → 266.67.',
  ),
  example: { formula: '=LTV_DISCOUNTED(100, 80%, 10%)', result: t('266,67', '266.67') },
  params: [
    ...discountedParams,
    choiceParam('timing', 'any', TIMINGS, 'retained', 0, 'Moment des marges : 0 conservé (défaut), 1 immédiat, 2 fin', 'When margins come: 0 retained (default), 1 immediate, 2 end'),
  ],
  result: 'column',
  implementation: ([margin, retention, discount, timing]) =>
    mapNumbers([margin, retention, discount], discountedParams.map((p) => p.name), ([m = 0, r = 0, d = 0]) =>
      lifetimeValueDiscounted(m, r, d, timing),
    ),
});

export const VALUE_FUNCTIONS: readonly FunctionSpec[] = [LTV, LTV_DISCOUNTED];
