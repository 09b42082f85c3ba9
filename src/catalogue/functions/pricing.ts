import { averageBasket, growthRate, marginRate, markupRate } from '../../metrics/pricing.js';
import { defineFunction, rangeParam, rowByRow, t } from '../define.js';
import type { FunctionSpec } from '../types.js';

const ROWS = t('Cellules ou colonnes alignées ; le résultat suit les lignes.', 'Cells or aligned columns; the result follows the rows.');

const priceParams = [
  rangeParam('selling_price', 'number', 'Prix de vente HT (€)', 'Selling price excl. VAT (€)'),
  rangeParam('cost', 'number', "Coût d’achat ou de revient HT (€)", 'Purchase or production cost excl. VAT (€)'),
] as const;

export const MARKUP_RATE = defineFunction({
  id: 'MARKUP_RATE',
  category: 'pricing',
  summary: t('Taux de marge : (prix de vente − coût) ÷ coût.', 'Markup rate: (selling price − cost) ÷ cost.'),
  help: t(
    `Taux de MARGE (français) = (prix de vente HT − coût HT) ÷ coût HT. Attention aux faux amis : en anglais c’est le « markup » ; le « margin rate » anglais est notre taux de MARQUE (voir MARGIN_RATE). Achat 15 €, vente 30 € → 100 %. ${ROWS.fr}`,
    `Markup rate = (selling price − cost) ÷ cost — the French "taux de marge". Beware the false friend: the French "taux de marque" is the English margin rate (see MARGIN_RATE). Buy at 15, sell at 30 → 100%. ${ROWS.en}`,
  ),
  example: { formula: '=MARKUP_RATE(30, 15)', result: t('100 %', '100%') },
  params: priceParams,
  result: 'column',
  implementation: rowByRow(priceParams, ([price = 0, cost = 0]) => markupRate(price, cost)),
});

export const MARGIN_RATE = defineFunction({
  id: 'MARGIN_RATE',
  category: 'pricing',
  summary: t('Taux de marque : (prix de vente − coût) ÷ prix de vente.', 'Margin rate: (selling price − cost) ÷ selling price.'),
  help: t(
    `Taux de MARQUE (français) = (prix de vente HT − coût HT) ÷ prix de vente HT. En anglais c’est le « gross margin rate » ; ne pas confondre avec notre taux de MARGE (MARKUP_RATE), calculé sur le coût. Achat 15 €, vente 30 € → 50 %. ${ROWS.fr}`,
    `(Gross) margin rate = (selling price − cost) ÷ selling price — the French "taux de marque". Not to be confused with the French "taux de marge", which is the markup (MARKUP_RATE). Buy at 15, sell at 30 → 50%. ${ROWS.en}`,
  ),
  example: { formula: '=MARGIN_RATE(30, 15)', result: t('50 %', '50%') },
  params: priceParams,
  result: 'column',
  implementation: rowByRow(priceParams, ([price = 0, cost = 0]) => marginRate(price, cost)),
});

const basketParams = [
  rangeParam('revenue', 'number', "Chiffre d’affaires (€)", 'Revenue (€)'),
  rangeParam('orders', 'number', 'Nombre de commandes', 'Number of orders'),
] as const;

export const AVERAGE_BASKET = defineFunction({
  id: 'AVERAGE_BASKET',
  category: 'pricing',
  summary: t("Panier moyen : chiffre d’affaires ÷ commandes.", 'Average basket: revenue ÷ orders.'),
  help: t(`Panier moyen = chiffre d’affaires ÷ nombre de commandes. ${ROWS.fr}`, `Average basket (average order value) = revenue ÷ number of orders. ${ROWS.en}`),
  example: { formula: '=AVERAGE_BASKET(12500, 250)', result: t('50', '50') },
  params: basketParams,
  result: 'column',
  implementation: rowByRow(basketParams, ([revenue = 0, orders = 0]) => averageBasket(revenue, orders)),
});

const growthParams = [
  rangeParam('previous', 'number', 'Valeur de la période de référence', 'Value of the reference period'),
  rangeParam('current', 'number', 'Valeur de la période étudiée', 'Value of the period studied'),
] as const;

export const GROWTH_RATE = defineFunction({
  id: 'GROWTH_RATE',
  category: 'pricing',
  summary: t("Taux d’évolution : (actuel − précédent) ÷ précédent.", 'Growth rate: (current − previous) ÷ previous.'),
  help: t(
    `Taux d’évolution = (valeur actuelle − valeur précédente) ÷ valeur précédente. #DIV/0 ! si la valeur précédente vaut 0 ; #NUM ! si elle est négative. ${ROWS.fr}`,
    `Growth rate = (current − previous) ÷ previous. #DIV/0! when previous is 0; #NUM! when it is negative. ${ROWS.en}`,
  ),
  example: { formula: '=GROWTH_RATE(200, 250)', result: t('25 %', '25%') },
  params: growthParams,
  result: 'column',
  implementation: rowByRow(growthParams, ([previous = 0, current = 0]) => growthRate(previous, current)),
});

export const PRICING_FUNCTIONS: readonly FunctionSpec[] = [MARKUP_RATE, MARGIN_RATE, AVERAGE_BASKET, GROWTH_RATE];
