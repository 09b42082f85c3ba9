import { isSheetError } from '../../cells/errors.js';
import type { OutMatrix } from '../../cells/values.js';
import { conversionRate, funnel } from '../../metrics/conversion.js';
import { defineFunction, rangeParam, rowByRow, t } from '../define.js';
import { numberList } from '../lists.js';
import type { FunctionSpec } from '../types.js';

const conversionParams = [
  rangeParam('conversions', 'number', 'Conversions (clients signés, commandes…)', 'Conversions (customers won, orders…)'),
  rangeParam('total', 'number', 'Entrées (leads, visites, devis…)', 'Entries (leads, visits, quotes…)'),
] as const;

export const CONVERSION_RATE = defineFunction({
  id: 'CONVERSION_RATE',
  category: 'conversion',
  summary: t('Taux de conversion : conversions ÷ total.', 'Conversion rate: conversions ÷ total.'),
  help: t(
    'Taux de conversion = conversions ÷ entrées, à formater en %. #NUM ! si les conversions dépassent le total. Cellules ou colonnes alignées (une ligne par canal ou par commercial).',
    'Conversion rate = conversions ÷ entries, to format as %. #NUM! when conversions exceed the total. Cells or aligned columns (one row per channel or sales rep).',
  ),
  example: { formula: '=CONVERSION_RATE(12, 300)', result: t('4 %', '4%') },
  params: conversionParams,
  result: 'column',
  implementation: rowByRow(conversionParams, ([conversions = 0, total = 0]) => conversionRate(conversions, total)),
});

export const FUNNEL = defineFunction({
  id: 'FUNNEL',
  category: 'conversion',
  summary: t('Tunnel : effectif, conversion par étape et cumulée.', 'Funnel: count, step and cumulative conversion.'),
  help: t(
    "Pour chaque étape du tunnel (de haut en bas : visites, leads, opportunités, clients…), renvoie trois colonnes alignées : l’effectif, la conversion depuis l’étape précédente et la conversion depuis la première étape. Une étape ne peut pas dépasser la précédente (#NUM !).",
    'For each stage of the funnel (top first: visits, leads, opportunities, customers…), returns three aligned columns: the count, the conversion from the previous stage and from the first stage. A stage cannot exceed the previous one (#NUM!).',
  ),
  example: { formula: '=FUNNEL({1000;200;50;10})', result: t('1000 | 100 % | 100 % … 10 | 20 % | 1 %', '1000 | 100% | 100% … 10 | 20% | 1%') },
  params: [rangeParam('stage_counts', 'number', 'Effectif de chaque étape, de haut en bas', 'Count of each stage, top first')],
  result: 'column',
  implementation: ([counts]) => {
    const list = numberList(counts, 'stage_counts');
    if (isSheetError(list)) return list;
    const stages = funnel(list.values);
    if (isSheetError(stages)) return stages;
    const out: OutMatrix = stages.map((stage) => [stage.count, stage.stepConversion, stage.cumulativeConversion]);
    for (let i = 0; i < list.trailing; i++) out.push(['', '', '']);
    return out;
  },
});

export const CONVERSION_FUNCTIONS: readonly FunctionSpec[] = [CONVERSION_RATE, FUNNEL];
