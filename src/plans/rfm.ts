/**
 * The RFM segmentation sheets, built together because their formulas read each other:
 * - `rfm.parameters`: the cut points of each score and the code → segment map, both editable;
 * - `rfm.customers`: one row per customer (recency, frequency, monetary as values), the R, F, M
 *   scores, the code and the segment as formulas over the parameters — edit a cut point or the map and
 *   the scores and segments move;
 * - `rfm.summary`: customers, revenue share and recommended action per segment, and an R × F heat
 *   map, by COUNTIF / SUMIF / COUNTIFS over the customer table.
 *
 * Scores follow the core's convention (src/metrics/rfm/score.ts): raw score = 1 + number of cut
 * points ≤ value — or < value for the default method's quantiles (`strict` cut points) — recency
 * reversed. The sheet compares numbers with SUMPRODUCT rather than COUNTIF ("<="&value), which would
 * go through text and could round a monetary value. A customer without any purchase (frequency 0,
 * only refunds) has no last purchase, no recency, and empty scores, code and segment: every score
 * formula starts with IF(frequency=0,"",…), so such a customer counts in no segment.
 */
import { civilFromDay, excelSerialFromDay } from '../cells/dates.js';
import { isSheetError, valueError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import {
  DEFAULT_SEGMENT_MAP,
  SEGMENTS,
  scoreRfm,
  type CustomerTable,
  type CutPoints,
  type RfmMethod,
  type SegmentId,
} from '../metrics/rfm/index.js';
import { cellRange } from './a1.js';
import { sheetRef } from './names.js';
import { addRfmChecks, addSegmentRanges, rfmWarnings } from './rfm-reading.js';
import { rowHeightFor } from './row-height.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { COLOR_SCALE, PALETTE } from './theme.js';
import type { NumberFormatName, PlanCell, SheetPlan } from './types.js';

/** Keys of the three RFM sheets. */
export const RFM_PLAN_KEYS = Object.freeze({ customers: 'rfm.customers', parameters: 'rfm.parameters', summary: 'rfm.summary' });
/** Layout version of the RFM sheets. */
export const RFM_PLAN_VERSION = 1;
/** Workbook names of the editable parameters. */
export const RFM_NAMES = Object.freeze({
  bins: 'rfm_bins',
  recencyCuts: 'rfm_cuts_recency',
  frequencyCuts: 'rfm_cuts_frequency',
  monetaryCuts: 'rfm_cuts_monetary',
  segmentNames: 'rfm_segment_names',
  segmentMap: 'rfm_segment_map',
});

/** Options of {@link buildRfmPlans}. */
export interface RfmPlanOptions {
  readonly language: Language;
  /** The per-customer measures, from aggregateTransactions. */
  readonly table: CustomerTable;
  /** Scores per measure, default 5. */
  readonly bins?: number;
  /** How the cut points are chosen, default 'quantile' (see scoreRfm); ignored when cuts are given. */
  readonly method?: RfmMethod;
  /** Cut points to write as they are. */
  readonly cuts?: CutPoints;
  /** Code ("545") → segment; default the product's map, which covers 5 scores. */
  readonly segmentMap?: ReadonlyMap<string, SegmentId>;
  /** How monetary values show, default `currency`. */
  readonly monetaryFormat?: NumberFormatName;
}

/** The three plans, in reading order (summary, customers, parameters), and what the tests check. */
export interface RfmPlans {
  readonly summary: SheetPlan;
  readonly customers: SheetPlan;
  readonly parameters: SheetPlan;
  /** The cut points written in the parameters sheet. */
  readonly cuts: CutPoints;
  readonly bins: number;
  /** The points to watch the summary shows, as sentences for the sidebar's note (empty when none). */
  readonly warnings: readonly LocalizedText[];
}

/** Where the RFM sheets put their tables (1-based rows). */
export interface RfmLayout {
  /** Customers sheet: header row, first and last customer rows; columns A–J. */
  readonly customerHeaderRow: number;
  readonly firstCustomerRow: number;
  readonly lastCustomerRow: number;
  /** Parameters sheet: first cut-point row (columns B–D = recency, frequency, monetary). */
  readonly firstCutRow: number;
  /** Parameters sheet: first row of the segment list and of the code map. */
  readonly firstSegmentRow: number;
  readonly firstMapRow: number;
  /** Summary sheet: first segment row (columns A–G) and first heat-map row (R from bins down to 1). */
  readonly firstSummaryRow: number;
  readonly firstHeatRow: number;
  /** Summary sheet: first row of the per-segment ranges (B–G: days, orders, amount, lowest and highest). */
  readonly firstProfileRow: number;
  /** Summary sheet: the heading of the points to watch (customers per score, then the checks). */
  readonly checksRow: number;
}

const TEXT = {
  parametersName: { fr: 'Paramètres RFM', en: 'RFM parameters' },
  parametersTitle: { fr: 'Paramètres de la segmentation RFM', en: 'RFM segmentation parameters' },
  parametersSubtitle: {
    fr: 'Seuils des scores et table code → segment : modifiez-les, les scores et segments des clients suivent.',
    en: 'Score cut points and code → segment map: edit them, the customers’ scores and segments follow.',
  },
  cuts: { fr: '1. Seuils des scores', en: '1. Score cut points' },
  cutsNote: {
    fr: 'Score = 1 + nombre de seuils ≤ valeur ; la récence est inversée (achat récent = meilleur score). Seuils croissants.',
    en: 'Score = 1 + number of cut points ≤ value; recency is reversed (a recent purchase = best score). Ascending cut points.',
  },
  cutsNoteStrict: {
    fr: 'Seuils = quantiles de chaque critère. Score = 1 + nombre de seuils strictement inférieurs à la valeur (une valeur égale à un seuil reste en dessous) ; la récence est inversée (achat récent = meilleur score). Seuils croissants. Les clients sans achat (que des avoirs) n’ont pas de score.',
    en: 'Cut points = quantiles of each measure. Score = 1 + number of cut points strictly below the value (a value equal to a cut point stays below it); recency is reversed (a recent purchase = best score). Ascending cut points. Customers without any purchase (refunds only) get no score.',
  },
  cut: { fr: 'Seuil', en: 'Cut point' },
  bins: { fr: 'Nombre de scores', en: 'Number of scores' },
  segmentsSection: { fr: '2. Segments', en: '2. Segments' },
  segment: { fr: 'Segment', en: 'Segment' },
  description: { fr: 'Description', en: 'Description' },
  action: { fr: 'Action recommandée', en: 'Recommended action' },
  mapSection: { fr: '3. Table code RFM → segment', en: '3. RFM code → segment map' },
  code: { fr: 'Code RFM', en: 'RFM code' },
  mapMessage: { fr: 'Choisissez un segment de la liste.', en: 'Pick a segment from the list.' },
  customersName: { fr: 'Clients RFM', en: 'RFM customers' },
  customersTitle: { fr: 'Segmentation RFM : clients', en: 'RFM segmentation: customers' },
  customersSubtitle: { fr: "Date d’analyse : {date} · {count} clients.", en: 'Analysis date: {date} · {count} customers.' },
  customersNote: {
    fr: 'Récence, fréquence et montant sont calculés à partir des transactions ; R, F, M, le code et le segment suivent les paramètres.',
    en: 'Recency, frequency and monetary value come from the transactions; R, F, M, the code and the segment follow the parameters.',
  },
  customer: { fr: 'Client', en: 'Customer' },
  lastPurchase: { fr: 'Dernier achat', en: 'Last purchase' },
  recency: { fr: 'Récence (jours)', en: 'Recency (days)' },
  frequency: { fr: 'Fréquence (commandes)', en: 'Frequency (orders)' },
  monetary: { fr: 'Montant', en: 'Monetary' },
  summaryName: { fr: 'Synthèse RFM', en: 'RFM summary' },
  summaryTitle: { fr: 'Segmentation RFM : synthèse', en: 'RFM segmentation: summary' },
  summarySubtitle: { fr: 'Clients et chiffre d’affaires par segment, et ce qu’il faut faire pour chacun.', en: 'Customers and revenue per segment, and what to do with each.' },
  summarySection: { fr: '1. Segments', en: '1. Segments' },
  customers: { fr: 'Clients', en: 'Customers' },
  customerShare: { fr: '% des clients', en: '% of customers' },
  revenue: { fr: "Chiffre d’affaires", en: 'Revenue' },
  revenueShare: { fr: '% du CA', en: '% of revenue' },
  averageRevenue: { fr: 'CA par client', en: 'Revenue per customer' },
  total: { fr: 'Total', en: 'Total' },
  heatSection: { fr: '3. Carte de chaleur R × F (nombre de clients)', en: '3. R × F heat map (number of customers)' },
  heatCorner: { fr: 'R \\ F', en: 'R \\ F' },
  heatNote: { fr: 'En ligne le score de récence (5 = achat récent), en colonne le score de fréquence (5 = achète souvent).', en: 'Rows: recency score (5 = recent purchase); columns: frequency score (5 = buys often).' },
  chart: { fr: 'Clients par segment', en: 'Customers per segment' },
  checksNote: {
    fr: 'Les scores sont relatifs à la base (quantiles) : sur une base où la plupart des clients ont acheté une fois, il y a longtemps, un client « récent » peut ne plus acheter depuis des mois.',
    en: 'Scores are relative to the base (quantiles): in a base where most customers bought once, long ago, a “recent” customer may not have bought for months.',
  },
} satisfies Record<string, LocalizedText>;

const CUSTOMER_HEADER_ROW = 5;
const FIRST_CUT_ROW = 7;
const FIRST_SUMMARY_ROW = 6;
/** Rows the chart of the summary covers, from the heat map's heading down. */
const HEAT_CHART_ROWS = 14;

/**
 * The layout of the RFM sheets.
 * @param customerCount - number of customers
 * @param bins - number of scores
 * @returns the rows of each table
 * @example rfmLayout(3, 5).firstMapRow // 30
 */
export function rfmLayout(customerCount: number, bins: number): RfmLayout {
  const cutsEnd = FIRST_CUT_ROW + bins - 1; // the "number of scores" row
  const firstSegmentRow = cutsEnd + 5;
  // The segment table and its total, then the ranges per segment, then the heat map.
  const firstProfileRow = FIRST_SUMMARY_ROW + SEGMENTS.length + 4;
  const firstHeatRow = firstProfileRow + SEGMENTS.length + 3;
  return {
    customerHeaderRow: CUSTOMER_HEADER_ROW,
    firstCustomerRow: CUSTOMER_HEADER_ROW + 1,
    lastCustomerRow: CUSTOMER_HEADER_ROW + customerCount,
    firstCutRow: FIRST_CUT_ROW,
    firstSegmentRow,
    firstMapRow: firstSegmentRow + SEGMENTS.length + 3,
    firstSummaryRow: FIRST_SUMMARY_ROW,
    firstProfileRow,
    firstHeatRow,
    // Under the heat map and the chart beside it (14 rows from the heat map's heading).
    checksRow: firstHeatRow - 2 + HEAT_CHART_ROWS + 1,
  };
}

/**
 * Builds the three RFM sheets from a customer table.
 * @param options - language, customer table, scoring options, segment map
 * @returns the plans and the cut points written, or #VALUE! / #NUM! from the scoring (see scoreRfm),
 *   or #VALUE! when the default map is asked for another number of scores than 5, or when a given
 *   map lacks a code
 * @example (buildRfmPlans({ language: 'fr', table }) as RfmPlans).summary.name // "Synthèse RFM"
 */
export function buildRfmPlans(options: RfmPlanOptions): RfmPlans | SheetError {
  const { table, language } = options;
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, {
    bins: options.bins,
    method: options.method,
    cuts: options.cuts,
  });
  if (isSheetError(scores)) return scores;
  const bins = scores.cuts.recency.length + 1;
  if (options.segmentMap === undefined && bins !== 5) {
    // The default map reads "5" as the best score: with other scales its segments would mislead.
    return valueError(
      `La table des segments par défaut est faite pour 5 scores (reçu ${bins}) : donnez une table pour ${bins} scores`,
      `The default segment map is made for 5 scores (got ${bins}): give a map for ${bins} scores`,
    );
  }
  const map = options.segmentMap ?? DEFAULT_SEGMENT_MAP;
  const codes = allCodes(bins);
  const missing = codes.find((code) => !map.has(code));
  if (missing !== undefined) {
    return valueError(
      `La table des segments n’a pas le code ${missing} : avec ${bins} scores, elle doit couvrir les ${codes.length} codes`,
      `The segment map lacks the code ${missing}: with ${bins} scores it must cover all ${codes.length} codes`,
    );
  }
  const layout = rfmLayout(table.customers.length, bins);
  const t = (text: LocalizedText): string => text[language];
  return {
    parameters: buildParameters(t, language, scores.cuts, bins, codes, map, layout),
    customers: buildCustomers(t, language, table, options.monetaryFormat ?? 'currency', layout, scores.cuts.strict === true ? '<' : '<='),
    summary: buildSummary(t, language, bins, options.monetaryFormat ?? 'currency', layout),
    cuts: scores.cuts,
    bins,
    warnings: rfmWarnings({ ...scores, recencyDays: table.recencyDays, bins }),
  };
}

/** Every code of `bins` scores, "111" first. */
function allCodes(bins: number): string[] {
  const codes: string[] = [];
  for (let r = 1; r <= bins; r++) for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) codes.push(`${r}${f}${m}`);
  return codes;
}

type Translate = (text: LocalizedText) => string;

function buildParameters(
  t: Translate,
  language: Language,
  cuts: CutPoints,
  bins: number,
  codes: readonly string[],
  map: ReadonlyMap<string, SegmentId>,
  layout: RfmLayout,
): SheetPlan {
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.parameters, version: RFM_PLAN_VERSION, name: t(TEXT.parametersName), language })
    .title(t(TEXT.parametersTitle), 5, t(TEXT.parametersSubtitle))
    .tabColor(PALETTE.blue)
    .widths([24, 18, 18, 18, 70])
    // The code map is the long table: its header repeats on every page (it starts a page of its own).
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: layout.firstMapRow - 1, last: layout.firstMapRow - 1 } });

  // 1. Cut points: one row per cut point, one column per measure.
  builder.block(5, 1, [[valueCell(t(TEXT.cuts))]]).style(cellRange(5, 1, 1, 4), 'section');
  builder.block(6, 1, [valueRow([t(TEXT.cut), t(TEXT.recency), t(TEXT.frequency), t(TEXT.monetary)])]).style(cellRange(6, 1, 1, 4), 'header').height(6, 30);
  const cutRows: PlanCell[][] = [];
  for (let k = 0; k < bins - 1; k++) {
    cutRows.push([valueCell(k + 1), valueCell(cuts.recency[k] ?? 0), valueCell(cuts.frequency[k] ?? 0), valueCell(cuts.monetary[k] ?? 0)]);
  }
  const binsRow = FIRST_CUT_ROW + bins - 1;
  cutRows.push([valueCell(t(TEXT.bins)), formulaCell(`ROWS(${RFM_NAMES.recencyCuts})+1`), valueCell(null), valueCell(null)]);
  builder.block(FIRST_CUT_ROW, 1, cutRows);
  const cutCells = cellRange(FIRST_CUT_ROW, 2, bins - 1, 3);
  builder
    .style(cellRange(FIRST_CUT_ROW, 1, bins - 1), 'label')
    .style(cutCells, 'input')
    // Days and orders are counts: whole cut points print as such ("154", not "154,00").
    .format(cellRange(FIRST_CUT_ROW, 2, bins - 1), cuts.recency.every(Number.isInteger) ? 'integer' : 'decimal')
    .format(cellRange(FIRST_CUT_ROW, 3, bins - 1), cuts.frequency.every(Number.isInteger) ? 'integer' : 'decimal')
    .format(cellRange(FIRST_CUT_ROW, 4, bins - 1), 'decimal')
    .style(cellRange(binsRow, 1, 1, 2), 'total')
    .name(RFM_NAMES.recencyCuts, cellRange(FIRST_CUT_ROW, 2, bins - 1))
    .name(RFM_NAMES.frequencyCuts, cellRange(FIRST_CUT_ROW, 3, bins - 1))
    .name(RFM_NAMES.monetaryCuts, cellRange(FIRST_CUT_ROW, 4, bins - 1))
    .name(RFM_NAMES.bins, cellRange(binsRow, 2));
  builder
    .block(binsRow + 1, 1, [[valueCell(t(cuts.strict === true ? TEXT.cutsNoteStrict : TEXT.cutsNote))]])
    .style(cellRange(binsRow + 1, 1), 'note')
    .merge(cellRange(binsRow + 1, 1, 1, 5));

  // 2. The segments, with what they mean and what to do.
  const segmentRow = layout.firstSegmentRow;
  builder.block(segmentRow - 2, 1, [[valueCell(t(TEXT.segmentsSection))]]).style(cellRange(segmentRow - 2, 1, 1, 5), 'section');
  builder.block(segmentRow - 1, 1, [valueRow([t(TEXT.segment), t(TEXT.description), null, null, t(TEXT.action)])]).style(cellRange(segmentRow - 1, 1, 1, 5), 'header');
  builder.block(
    segmentRow,
    1,
    SEGMENTS.map((segment) => valueRow([segment.name[language], segment.description[language], null, null, segment.action[language]])),
  );
  // The description spans the three cut-point columns: a table of long texts above a table of numbers.
  for (let i = -1; i < SEGMENTS.length; i++) builder.merge(cellRange(segmentRow + i, 2, 1, 3));
  builder
    .style(cellRange(segmentRow, 1, SEGMENTS.length), 'label')
    .style(cellRange(segmentRow, 2, SEGMENTS.length, 4), 'paragraph')
    .name(RFM_NAMES.segmentNames, cellRange(segmentRow, 1, SEGMENTS.length));
  SEGMENTS.forEach((segment, i) => {
    const texts = [
      { text: segment.description[language], width: 54 },
      { text: segment.action[language], width: 70 },
    ];
    builder.height(segmentRow + i, rowHeightFor(texts, 30));
  });

  // 3. The code → segment map: codes as numbers (545), segments from the list above.
  const mapRow = layout.firstMapRow;
  builder.block(mapRow - 2, 1, [[valueCell(t(TEXT.mapSection))]]).style(cellRange(mapRow - 2, 1, 1, 5), 'section');
  builder.block(mapRow - 1, 1, [valueRow([t(TEXT.code), t(TEXT.segment)])]).style(cellRange(mapRow - 1, 1, 1, 2), 'header');
  const names = new Map(SEGMENTS.map((segment) => [segment.id, segment.name[language]]));
  builder.block(
    mapRow,
    1,
    codes.map((code) => [valueCell(Number(code)), valueCell(names.get(map.get(code) ?? 'lost') ?? '')]),
  );
  builder
    .keep(1, binsRow + 1)
    .keep(segmentRow - 2, segmentRow + SEGMENTS.length - 1)
    .newPage(mapRow - 2)
    .style(cellRange(mapRow, 1, codes.length), 'label')
    .style(cellRange(mapRow, 2, codes.length), 'input')
    .validate(cellRange(mapRow, 2, codes.length), { kind: 'listFromRange', source: RFM_NAMES.segmentNames }, { strict: true, message: t(TEXT.mapMessage) })
    .name(RFM_NAMES.segmentMap, cellRange(mapRow, 1, codes.length, 2))
    .freeze(0, 1);
  return builder.build();
}

/**
 * @param passes - how a value compares with a cut point it passes: "<=" (a value equal to a cut
 *   point scores above it) or "<" (the default method's quantiles: strictly above)
 */
function buildCustomers(t: Translate, language: Language, table: CustomerTable, monetaryFormat: NumberFormatName, layout: RfmLayout, passes: '<' | '<='): SheetPlan {
  const n = table.customers.length;
  const { firstCustomerRow } = layout;
  const date = dayAsText(table.asOf);
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.customers, version: RFM_PLAN_VERSION, name: t(TEXT.customersName), language })
    .title(t(TEXT.customersTitle), 10, t(TEXT.customersSubtitle).replace('{date}', date).replace('{count}', n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB')))
    .tabColor(PALETTE.blue)
    .widths([24, 14, 12, 13, 14, 6, 6, 6, 10, 22])
    .freeze(CUSTOMER_HEADER_ROW, 1)
    .print({ orientation: 'portrait', fitToWidth: true, repeatRows: { first: CUSTOMER_HEADER_ROW, last: CUSTOMER_HEADER_ROW } });
  builder.block(3, 1, [[valueCell(t(TEXT.customersNote))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, 10));
  builder.block(CUSTOMER_HEADER_ROW, 1, [
    valueRow([t(TEXT.customer), t(TEXT.lastPurchase), t(TEXT.recency), t(TEXT.frequency), t(TEXT.monetary), 'R', 'F', 'M', t(TEXT.code), t(TEXT.segment)]),
  ]);
  builder.style(cellRange(CUSTOMER_HEADER_ROW, 1, 1, 10), 'header').height(CUSTOMER_HEADER_ROW, 30);
  const rows: PlanCell[][] = new Array<PlanCell[]>(n);
  for (let i = 0; i < n; i++) {
    const r = firstCustomerRow + i;
    const purchased = (table.frequency[i] ?? 0) > 0;
    // No purchase (frequency 0): no date, no recency, and every score formula gives "".
    const none = `IF(D${r}=0,"",`;
    rows[i] = [
      valueCell(table.customers[i] ?? ''),
      valueCell(purchased ? excelSerialFromDay(table.lastDay[i] ?? 0) : null),
      valueCell(purchased ? (table.recencyDays[i] ?? 0) : null),
      valueCell(table.frequency[i] ?? 0),
      valueCell(table.monetary[i] ?? 0),
      formulaCell(`${none}${RFM_NAMES.bins}-SUMPRODUCT(--(${RFM_NAMES.recencyCuts}${passes}C${r})))`),
      formulaCell(`${none}1+SUMPRODUCT(--(${RFM_NAMES.frequencyCuts}${passes}D${r})))`),
      formulaCell(`${none}1+SUMPRODUCT(--(${RFM_NAMES.monetaryCuts}${passes}E${r})))`),
      formulaCell(`${none}100*F${r}+10*G${r}+H${r})`),
      formulaCell(`${none}VLOOKUP(I${r},${RFM_NAMES.segmentMap},2,FALSE))`),
    ];
  }
  builder.block(firstCustomerRow, 1, rows);
  return builder
    .style(cellRange(firstCustomerRow, 1, n, 5), 'data')
    .style(cellRange(firstCustomerRow, 6, n, 5), 'computed')
    .format(cellRange(firstCustomerRow, 2, n), 'date')
    .format(cellRange(firstCustomerRow, 3, n, 2), 'integer')
    .format(cellRange(firstCustomerRow, 5, n), monetaryFormat)
    .format(cellRange(firstCustomerRow, 6, n, 4), 'integer')
    .conditional({ kind: 'colorScale', range: cellRange(firstCustomerRow, 6, n, 3), minColor: COLOR_SCALE.low, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.high })
    .build();
}

function buildSummary(t: Translate, language: Language, bins: number, monetaryFormat: NumberFormatName, layout: RfmLayout): SheetPlan {
  const { firstCustomerRow, lastCustomerRow, firstSummaryRow, firstHeatRow } = layout;
  const customers = sheetRef(RFM_PLAN_KEYS.customers);
  const column = (letter: string): string => `${customers}!$${letter}$${firstCustomerRow}:$${letter}$${lastCustomerRow}`;
  const segments = column('J');
  const monetary = column('E');
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.summary, version: RFM_PLAN_VERSION, name: t(TEXT.summaryName), language })
    .title(t(TEXT.summaryTitle), 7, t(TEXT.summarySubtitle))
    .tabColor(PALETTE.navy)
    // Wide enough for the ranges under the segment table too (a count, an amount, a header in words).
    .widths([24, 12, 12, 16, 14, 15, 80])
    .print({ orientation: 'landscape', fitToWidth: true });
  builder.block(4, 1, [[valueCell(t(TEXT.summarySection))]]).style(cellRange(4, 1, 1, 7), 'section');
  builder.block(5, 1, [
    valueRow([t(TEXT.segment), t(TEXT.customers), t(TEXT.customerShare), t(TEXT.revenue), t(TEXT.revenueShare), t(TEXT.averageRevenue), t(TEXT.action)]),
  ]);
  builder.style(cellRange(5, 1, 1, 7), 'header').height(5, 30);
  const totalRow = firstSummaryRow + SEGMENTS.length;
  const rows: PlanCell[][] = SEGMENTS.map((segment, i) => {
    const r = firstSummaryRow + i;
    return [
      valueCell(segment.name[language]),
      formulaCell(`COUNTIF(${segments},A${r})`),
      formulaCell(`IF($B$${totalRow}=0,"",B${r}/$B$${totalRow})`),
      formulaCell(`SUMIF(${segments},A${r},${monetary})`),
      formulaCell(`IF($D$${totalRow}=0,"",D${r}/$D$${totalRow})`),
      formulaCell(`IF(B${r}=0,"",D${r}/B${r})`),
      valueCell(segment.action[language]),
    ];
  });
  const span = `${firstSummaryRow}:`;
  rows.push([
    valueCell(t(TEXT.total)),
    formulaCell(`SUM(B${span}B${totalRow - 1})`),
    formulaCell(`IF($B$${totalRow}=0,"",SUM(C${span}C${totalRow - 1}))`),
    formulaCell(`SUM(D${span}D${totalRow - 1})`),
    formulaCell(`IF($D$${totalRow}=0,"",SUM(E${span}E${totalRow - 1}))`),
    formulaCell(`IF(B${totalRow}=0,"",D${totalRow}/B${totalRow})`),
    valueCell(null),
  ]);
  builder.block(firstSummaryRow, 1, rows);
  SEGMENTS.forEach((segment, i) => builder.height(firstSummaryRow + i, rowHeightFor([{ text: segment.action[language], width: 80 }], 30)));
  builder
    .style(cellRange(firstSummaryRow, 1, SEGMENTS.length), 'label')
    .style(cellRange(firstSummaryRow, 2, SEGMENTS.length, 5), 'computed')
    .style(cellRange(firstSummaryRow, 7, SEGMENTS.length), 'paragraph')
    .style(cellRange(totalRow, 1, 1, 7), 'total')
    .format(cellRange(firstSummaryRow, 2, SEGMENTS.length + 1), 'integer')
    .format(cellRange(firstSummaryRow, 3, SEGMENTS.length + 1), 'percent')
    .format(cellRange(firstSummaryRow, 4, SEGMENTS.length + 1), monetaryFormat)
    .format(cellRange(firstSummaryRow, 5, SEGMENTS.length + 1), 'percent')
    .format(cellRange(firstSummaryRow, 6, SEGMENTS.length + 1), monetaryFormat)
    .conditional({ kind: 'colorScale', range: cellRange(firstSummaryRow, 5, SEGMENTS.length), minColor: PALETTE.white, maxColor: PALETTE.good });

  // R × F heat map: recency scores down (best first), frequency scores across.
  const r = column('F');
  const f = column('G');
  builder.block(firstHeatRow - 2, 1, [[valueCell(t(TEXT.heatSection))]]).style(cellRange(firstHeatRow - 2, 1, 1, 7), 'section');
  const heatHeader: PlanCell[] = [valueCell(t(TEXT.heatCorner))];
  for (let score = 1; score <= bins; score++) heatHeader.push(valueCell(`F = ${score}`));
  builder.block(firstHeatRow - 1, 1, [heatHeader]).style(cellRange(firstHeatRow - 1, 1, 1, bins + 1), 'header');
  const heat: PlanCell[][] = [];
  for (let i = 0; i < bins; i++) {
    const rScore = bins - i;
    const row: PlanCell[] = [valueCell(`R = ${rScore}`)];
    for (let fScore = 1; fScore <= bins; fScore++) row.push(formulaCell(`COUNTIFS(${r},${rScore},${f},${fScore})`));
    heat.push(row);
  }
  builder.block(firstHeatRow, 1, heat);
  const grid = cellRange(firstHeatRow, 2, bins, bins);
  builder
    .style(cellRange(firstHeatRow, 1, bins), 'label')
    .style(grid, 'data')
    .format(grid, 'integer')
    .conditional({ kind: 'colorScale', range: grid, minColor: PALETTE.white, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.low });
  builder.block(firstHeatRow + bins, 1, [[valueCell(t(TEXT.heatNote))]]).style(cellRange(firstHeatRow + bins, 1), 'note').merge(cellRange(firstHeatRow + bins, 1, 1, 7));

  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: cellRange(firstSummaryRow, 1, SEGMENTS.length),
    series: [{ name: t(TEXT.customers), values: cellRange(firstSummaryRow, 2, SEGMENTS.length) }],
    anchor: cellRange(firstHeatRow - 2, 7, HEAT_CHART_ROWS, 1),
    valueFormat: 'integer',
  });

  // What the segments cover, and the points to watch (see rfm-reading.ts).
  const reading = { builder, language, bins, monetaryFormat, firstCustomerRow, lastCustomerRow, firstSummaryRow, firstCutRow: FIRST_CUT_ROW };
  addSegmentRanges(reading, layout.firstProfileRow);
  const checks = addRfmChecks(reading, layout.checksRow);
  builder
    .keep(4, totalRow)
    .keep(firstHeatRow - 2, firstHeatRow - 2 + HEAT_CHART_ROWS - 1)
    .block(checks.lastRow + 1, 1, [[valueCell(t(TEXT.checksNote))]])
    .style(cellRange(checks.lastRow + 1, 1), 'note')
    .merge(cellRange(checks.lastRow + 1, 1, 1, 7));
  return builder.build();
}

/** dd/mm/yyyy of a day number, for a subtitle. */
function dayAsText(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
