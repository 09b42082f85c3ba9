/**
 * The ids of the catalogue's functions, in the catalogue's order, without their code: what a module
 * needs to recognise a call (src/share/custom-calls.ts) without bundling every function and its
 * kernel into the sidebars. src/share/custom-calls.test.ts keeps this list equal to the catalogue's ids.
 */
export const FUNCTION_IDS = [
  'RFM_TABLE',
  'RFM_SCORE',
  'RFM_SEGMENT',
  'ABC_CLASS',
  'CAC',
  'COST_PER_LEAD',
  'COST_PER_OPPORTUNITY',
  'LTV_CAC_RATIO',
  'CAC_PAYBACK_MONTHS',
  'CONVERSION_RATE',
  'FUNNEL',
  'MARKUP_RATE',
  'MARGIN_RATE',
  'AVERAGE_BASKET',
  'GROWTH_RATE',
  'CHURN_RATE',
  'RETENTION_RATE',
  'NPS',
  'LTV',
  'LTV_DISCOUNTED',
  'CLV_FIT',
  'CLV_PREDICT',
  'CLV_P_ALIVE',
  'CLV_EXPECTED_PURCHASES',
  'CLV_EXPECTED_SPEND',
  'BCG_QUADRANT',
  'TIME_ALLOCATION',
  'LEAD_SCORE',
] as const;
