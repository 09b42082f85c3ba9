import { isSheetError } from '../../cells/errors.js';
import { churnRate, netPromoterScore, retentionRate } from '../../metrics/retention.js';
import { defineFunction, rangeParam, rowByRow, t } from '../define.js';
import { rangeNumbers } from '../lists.js';
import type { FunctionSpec } from '../types.js';

const churnParams = [
  rangeParam('customers_at_start', 'number', 'Clients en début de période', 'Customers at the start of the period'),
  rangeParam('customers_lost', 'number', 'Clients perdus pendant la période', 'Customers lost during the period'),
] as const;

export const CHURN_RATE = defineFunction({
  id: 'CHURN_RATE',
  category: 'retention',
  summary: t("Taux d’attrition : clients perdus ÷ clients en début de période.", 'Churn rate: customers lost ÷ customers at start.'),
  help: t(
    "Taux d’attrition (churn) = clients perdus pendant la période ÷ clients en début de période. #NUM ! si plus de clients perdus que de clients au départ. Cellules ou colonnes alignées.",
    'Churn rate = customers lost during the period ÷ customers at its start. #NUM! when more customers are lost than there were. Cells or aligned columns.',
  ),
  example: { formula: '=CHURN_RATE(200, 30)', result: t('15 %', '15%') },
  params: churnParams,
  result: 'column',
  implementation: rowByRow(churnParams, ([start = 0, lost = 0]) => churnRate(start, lost)),
});

const retentionParams = [
  rangeParam('at_start', 'number', 'Clients en début de période', 'Customers at the start of the period'),
  rangeParam('at_end', 'number', 'Clients en fin de période', 'Customers at the end of the period'),
  rangeParam('new_customers', 'number', 'Nouveaux clients gagnés pendant la période', 'New customers won during the period'),
] as const;

export const RETENTION_RATE = defineFunction({
  id: 'RETENTION_RATE',
  category: 'retention',
  summary: t('Taux de rétention : (fin − nouveaux) ÷ début.', 'Retention rate: (end − new) ÷ start.'),
  help: t(
    'Taux de rétention = (clients en fin de période − nouveaux clients) ÷ clients en début de période. #NUM ! si le résultat sort de 0–100 %. Cellules ou colonnes alignées.',
    'Retention rate = (customers at end − new customers) ÷ customers at start. #NUM! when the result falls outside 0–100%. Cells or aligned columns.',
  ),
  example: { formula: '=RETENTION_RATE(200, 210, 40)', result: t('85 %', '85%') },
  params: retentionParams,
  result: 'column',
  implementation: rowByRow(retentionParams, ([start = 0, end = 0, won = 0]) => retentionRate(start, end, won)),
});

export const NPS = defineFunction({
  id: 'NPS',
  category: 'retention',
  summary: t('Net Promoter Score : % promoteurs (9–10) − % détracteurs (0–6).', 'Net Promoter Score: % promoters (9–10) − % detractors (0–6).'),
  help: t(
    'NPS = % de promoteurs (notes 9 et 10) − % de détracteurs (notes 0 à 6), en points de −100 à +100. Les cellules vides sont ignorées ; une note hors de 0–10 ou non entière donne #NUM!.',
    'NPS = % of promoters (9 and 10) − % of detractors (0 to 6), in points from −100 to +100. Empty cells are skipped; an answer outside 0–10 or not whole gives #NUM!.',
  ),
  example: { formula: '=NPS(B2:B6)', result: t('40 (pour 10, 9, 8, 6, 10)', '40 (for 10, 9, 8, 6, 10)') },
  params: [rangeParam('scores', 'number', 'Notes de 0 à 10 (une plage)', 'Scores from 0 to 10 (a range)')],
  result: 'value',
  implementation: ([scores]) => {
    const values = rangeNumbers(scores, 'scores');
    if (isSheetError(values)) return values;
    const score = netPromoterScore(values);
    return isSheetError(score) ? score : [[score]];
  },
});

export const RETENTION_FUNCTIONS: readonly FunctionSpec[] = [CHURN_RATE, RETENTION_RATE, NPS];
