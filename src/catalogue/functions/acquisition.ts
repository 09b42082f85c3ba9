import { cacPaybackMonths, costPerLead, costPerOpportunity, customerAcquisitionCost, ltvToCacRatio } from '../../metrics/acquisition.js';
import { defineFunction, rangeParam, rowByRow, t } from '../define.js';
import type { FunctionSpec } from '../types.js';

const ROW_BY_ROW_HELP = t(
  'Donnez une cellule ou une colonne par argument (une ligne par canal) : le résultat suit les lignes. Les lignes entièrement vides restent vides.',
  'Give one cell or one column per argument (one row per channel): the result follows the rows. Fully empty rows stay empty.',
);

const costParams = [
  rangeParam('acquisition_costs', 'number', "Dépenses d’acquisition (€), une par canal", 'Acquisition spend (€), one per channel'),
  rangeParam('new_customers', 'number', 'Nouveaux clients gagnés sur la même période', 'New customers won over the same period'),
] as const;

export const CAC = defineFunction({
  id: 'CAC',
  category: 'acquisition',
  summary: t("Coût d’acquisition client : dépenses ÷ nouveaux clients.", 'Customer acquisition cost: spend ÷ new customers.'),
  help: t(
    `Coût d’acquisition client (CAC) = dépenses commerciales et marketing de la période ÷ nouveaux clients de la période. ${ROW_BY_ROW_HELP.fr} #DIV/0 ! si aucun nouveau client.`,
    `Customer acquisition cost (CAC) = sales and marketing spend of the period ÷ new customers of the period. ${ROW_BY_ROW_HELP.en} #DIV/0! when there is no new customer.`,
  ),
  example: { formula: '=CAC(1500, 5)', result: t('300', '300') },
  params: costParams,
  result: 'column',
  implementation: rowByRow(costParams, ([cost = 0, customers = 0]) => customerAcquisitionCost(cost, customers)),
});

const leadParams = [
  rangeParam('costs', 'number', 'Dépenses (€)', 'Spend (€)'),
  rangeParam('leads', 'number', 'Nombre de leads', 'Number of leads'),
] as const;

export const COST_PER_LEAD = defineFunction({
  id: 'COST_PER_LEAD',
  category: 'acquisition',
  summary: t('Coût par lead : dépenses ÷ leads.', 'Cost per lead: spend ÷ leads.'),
  help: t(`Coût par lead = dépenses ÷ leads générés. ${ROW_BY_ROW_HELP.fr}`, `Cost per lead = spend ÷ leads generated. ${ROW_BY_ROW_HELP.en}`),
  example: { formula: '=COST_PER_LEAD(1500, 60)', result: t('25', '25') },
  params: leadParams,
  result: 'column',
  implementation: rowByRow(leadParams, ([cost = 0, leads = 0]) => costPerLead(cost, leads)),
});

const opportunityParams = [
  rangeParam('costs', 'number', 'Dépenses (€)', 'Spend (€)'),
  rangeParam('opportunities', 'number', "Nombre d’opportunités", 'Number of opportunities'),
] as const;

export const COST_PER_OPPORTUNITY = defineFunction({
  id: 'COST_PER_OPPORTUNITY',
  category: 'acquisition',
  summary: t('Coût par opportunité : dépenses ÷ opportunités.', 'Cost per opportunity: spend ÷ opportunities.'),
  help: t(
    `Coût par opportunité = dépenses ÷ opportunités créées. ${ROW_BY_ROW_HELP.fr}`,
    `Cost per opportunity = spend ÷ opportunities created. ${ROW_BY_ROW_HELP.en}`,
  ),
  example: { formula: '=COST_PER_OPPORTUNITY(1500, 12)', result: t('125', '125') },
  params: opportunityParams,
  result: 'column',
  implementation: rowByRow(opportunityParams, ([cost = 0, opportunities = 0]) => costPerOpportunity(cost, opportunities)),
});

const ratioParams = [
  rangeParam('ltv', 'number', 'Valeur vie client (€)', 'Customer lifetime value (€)'),
  rangeParam('cac', 'number', "Coût d’acquisition client (€)", 'Customer acquisition cost (€)'),
] as const;

export const LTV_CAC_RATIO = defineFunction({
  id: 'LTV_CAC_RATIO',
  category: 'acquisition',
  summary: t('Ratio LTV:CAC : valeur vie client ÷ coût d’acquisition.', 'LTV:CAC ratio: lifetime value ÷ acquisition cost.'),
  help: t(
    `LTV ÷ CAC. Au-dessus de 3, l’acquisition est généralement rentable ; sous 1, chaque client coûte plus qu’il ne rapporte. ${ROW_BY_ROW_HELP.fr}`,
    `LTV ÷ CAC. Above 3, acquisition usually pays; below 1, each customer costs more than it brings. ${ROW_BY_ROW_HELP.en}`,
  ),
  example: { formula: '=LTV_CAC_RATIO(900, 300)', result: t('3', '3') },
  params: ratioParams,
  result: 'column',
  implementation: rowByRow(ratioParams, ([ltv = 0, cac = 0]) => ltvToCacRatio(ltv, cac)),
});

const paybackParams = [
  rangeParam('cac', 'number', "Coût d’acquisition client (€)", 'Customer acquisition cost (€)'),
  rangeParam('monthly_revenue_per_customer', 'number', 'Chiffre d’affaires mensuel par client (€)', 'Monthly revenue per customer (€)'),
  rangeParam('gross_margin_rate', 'number', 'Taux de marque (marge ÷ prix de vente), ex. 40 %', 'Gross margin rate (margin ÷ selling price), e.g. 40%'),
] as const;

export const CAC_PAYBACK_MONTHS = defineFunction({
  id: 'CAC_PAYBACK_MONTHS',
  category: 'acquisition',
  summary: t('Délai de récupération du CAC, en mois.', 'CAC payback period, in months.'),
  help: t(
    `Mois nécessaires pour que la marge d’un client rembourse son coût d’acquisition = CAC ÷ (CA mensuel par client × taux de marque). Le taux de marque est la marge rapportée au prix de vente (anglais « gross margin rate »). ${ROW_BY_ROW_HELP.fr}`,
    `Months for a customer's margin to pay back its acquisition cost = CAC ÷ (monthly revenue per customer × gross margin rate). ${ROW_BY_ROW_HELP.en}`,
  ),
  example: { formula: '=CAC_PAYBACK_MONTHS(300, 50, 40%)', result: t('15', '15') },
  params: paybackParams,
  result: 'column',
  implementation: rowByRow(paybackParams, ([cac = 0, revenue = 0, margin = 0]) => cacPaybackMonths(cac, revenue, margin)),
});

export const ACQUISITION_FUNCTIONS: readonly FunctionSpec[] = [CAC, COST_PER_LEAD, COST_PER_OPPORTUNITY, LTV_CAC_RATIO, CAC_PAYBACK_MONTHS];
