/**
 * The `rfm.summary` sheet: customers, revenue share and recommended action per segment, and an R × F
 * heat map, by COUNTIF / SUMIF / COUNTIFS over the customer table; then what the segments cover and
 * the points to watch (rfm-reading.ts).
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { SEGMENTS } from '../../metrics/rfm/index.js';
import { cellRange } from '../a1.js';
import { sheetRef } from '../names.js';
import { addRfmChecks, addSegmentRanges } from '../rfm-reading.js';
import { rowHeightFor } from '../row-height.js';
import { formulaCell, SheetPlanBuilder } from '../sheet-builder.js';
import { addNote, addSection, addTable, type TableColumn } from '../table.js';
import { COLOR_SCALE, PALETTE } from '../theme.js';
import type { NumberFormatName, SheetPlan } from '../types.js';
import { HEAT_CHART_ROWS, heatKeys, RFM_PLAN_KEYS, RFM_PLAN_VERSION, SHARED_TEXT, type HeatKey, type RfmLayout, type RfmTables } from './shared.js';

const TEXT = {
  ...SHARED_TEXT,
  summaryName: { fr: 'Synthèse RFM', en: 'RFM summary' },
  summaryTitle: { fr: 'Segmentation RFM : synthèse', en: 'RFM segmentation: summary' },
  summarySubtitle: { fr: 'Clients et chiffre d’affaires par segment, et ce qu’il faut faire pour chacun.', en: 'Customers and revenue per segment, and what to do with each.' },
  summarySection: { fr: '1. Segments', en: '1. Segments' },
  customerShare: { fr: '% des clients', en: '% of customers' },
  revenue: { fr: "Chiffre d’affaires", en: 'Revenue' },
  revenueShare: { fr: '% du CA', en: '% of revenue' },
  averageRevenue: { fr: 'CA par client', en: 'Revenue per customer' },
  action: { fr: 'Action recommandée', en: 'Recommended action' },
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

/** What the summary sheet writes. */
export interface RfmSummaryInput {
  readonly language: Language;
  readonly bins: number;
  readonly monetaryFormat: NumberFormatName;
  readonly tables: RfmTables;
  readonly layout: RfmLayout;
}

/**
 * Builds the summary sheet.
 * @returns the plan (key 'rfm.summary')
 */
export function buildRfmSummary(input: RfmSummaryInput): SheetPlan {
  const { language, bins, monetaryFormat, tables, layout } = input;
  const t = (text: LocalizedText): string => text[language];
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.summary, version: RFM_PLAN_VERSION, name: t(TEXT.summaryName), language })
    .title(t(TEXT.summaryTitle), 7, t(TEXT.summarySubtitle))
    .tabColor(PALETTE.navy)
    .print({ orientation: 'landscape', fitToWidth: true });
  const summary = addSegments(builder, input);
  addHeatMap(builder, input);
  const { heat, customers } = tables;
  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: summary.range('segment'),
    series: [{ name: t(TEXT.customers), values: summary.range('customers') }],
    anchor: cellRange(heat.headerRow - 1, summary.column('action'), HEAT_CHART_ROWS, 1),
    valueFormat: 'integer',
  });
  // What the segments cover, and the points to watch (see rfm-reading.ts).
  const reading = { builder, language, bins, monetaryFormat, firstCustomerRow: customers.firstRow, lastCustomerRow: customers.lastRow, firstSummaryRow: summary.firstRow, firstCutRow: tables.cuts.firstRow };
  addSegmentRanges(reading, layout.firstProfileRow);
  const checks = addRfmChecks(reading, layout.checksRow);
  builder.keep(summary.headerRow - 1, summary.totalRow ?? 0).keep(heat.headerRow - 1, heat.headerRow - 2 + HEAT_CHART_ROWS);
  addNote(builder, checks.lastRow + 1, t(TEXT.checksNote), 7);
  return builder.build();
}

/** 1. One row per segment: customers, revenue, their shares, revenue per customer, the action. */
function addSegments(builder: SheetPlanBuilder, { language, monetaryFormat, tables }: RfmSummaryInput) {
  const t = (text: LocalizedText): string => text[language];
  const { summary: layout, customers } = tables;
  addSection(builder, layout.headerRow - 1, 1, 7, t(TEXT.summarySection));
  const column = (key: 'segment' | 'monetary'): string => `${sheetRef(RFM_PLAN_KEYS.customers)}!${customers.all(key)}`;
  const ifTotal = (key: 'customers' | 'revenue', formula: string, totalRef: (key: 'customers' | 'revenue') => string): string => `IF(${totalRef(key)}=0,"",${formula})`;
  const summary = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: SEGMENTS.length,
      headerHeight: 30,
      totalRow: true,
      // Wide enough for the ranges under the segment table too (a count, an amount, a header in words).
      columns: [
        { key: 'segment', header: TEXT.segment, width: 24, style: 'label', cell: ({ index }) => SEGMENTS[index]?.name[language] ?? null, total: () => t(TEXT.total) },
        { key: 'customers', header: TEXT.customers, width: 12, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${column('segment')},${ref('segment')})`), total: ({ range }) => formulaCell(`SUM(${range('customers')})`) },
        {
          key: 'customerShare',
          header: TEXT.customerShare,
          width: 12,
          style: 'computed',
          format: 'percent',
          cell: ({ ref, totalRef }) => formulaCell(ifTotal('customers', `${ref('customers')}/${totalRef('customers')}`, totalRef)),
          total: ({ range, totalRef }) => formulaCell(ifTotal('customers', `SUM(${range('customerShare')})`, totalRef)),
        },
        {
          key: 'revenue',
          header: TEXT.revenue,
          width: 16,
          style: 'computed',
          format: monetaryFormat,
          cell: ({ ref }) => formulaCell(`SUMIF(${column('segment')},${ref('segment')},${column('monetary')})`),
          total: ({ range }) => formulaCell(`SUM(${range('revenue')})`),
        },
        {
          key: 'revenueShare',
          header: TEXT.revenueShare,
          width: 14,
          style: 'computed',
          format: 'percent',
          cell: ({ ref, totalRef }) => formulaCell(ifTotal('revenue', `${ref('revenue')}/${totalRef('revenue')}`, totalRef)),
          total: ({ range, totalRef }) => formulaCell(ifTotal('revenue', `SUM(${range('revenueShare')})`, totalRef)),
        },
        { key: 'averageRevenue', header: TEXT.averageRevenue, width: 15, style: 'computed', format: monetaryFormat, cell: perCustomer, total: perCustomer },
        { key: 'action', header: TEXT.action, width: 80, style: 'paragraph', cell: ({ index }) => SEGMENTS[index]?.action[language] ?? null },
      ],
    },
    language,
  );
  SEGMENTS.forEach((segment, i) => builder.height(summary.firstRow + i, rowHeightFor([{ text: segment.action[language], width: 80 }], 30)));
  builder.conditional({ kind: 'colorScale', range: summary.range('revenueShare'), minColor: PALETTE.white, maxColor: PALETTE.good });
  return summary;
}

/** Revenue per customer of a row, empty without customers. */
const perCustomer: TableColumn<'customers' | 'revenue' | 'averageRevenue'>['cell'] = ({ ref }) => formulaCell(`IF(${ref('customers')}=0,"",${ref('revenue')}/${ref('customers')})`);

/** 3. R × F heat map: recency scores down (best first), frequency scores across. */
function addHeatMap(builder: SheetPlanBuilder, { language, bins, tables }: RfmSummaryInput): void {
  const { heat, customers } = tables;
  addSection(builder, heat.headerRow - 1, 1, 7, TEXT.heatSection[language]);
  const scores = (key: 'r' | 'f'): string => `${sheetRef(RFM_PLAN_KEYS.customers)}!${customers.all(key)}`;
  const table = addTable(
    builder,
    {
      row: heat.headerRow,
      rows: bins,
      columns: heatKeys(bins).map(
        (key, j): TableColumn<HeatKey> =>
          j === 0
            ? { key, header: TEXT.heatCorner, style: 'label', cell: ({ index }) => `R = ${bins - index}` }
            : { key, header: `F = ${j}`, format: 'integer', cell: ({ index }) => formulaCell(`COUNTIFS(${scores('r')},${bins - index},${scores('f')},${j})`) },
      ),
    },
    language,
  );
  const grid = cellRange(table.firstRow, table.column('f1'), bins, bins);
  builder.conditional({ kind: 'colorScale', range: grid, minColor: PALETTE.white, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.low });
  addNote(builder, table.lastRow + 1, TEXT.heatNote[language], 7);
}
