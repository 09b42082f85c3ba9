/**
 * What the three RFM sheets share: their keys, the workbook names of the editable parameters, the
 * texts more than one sheet shows, and where each sheet's tables are ({@link rfmTables}, by column
 * key), since the formulas of each sheet read the tables of the others.
 */
import type { LocalizedText } from '../../cells/errors.js';
import { SEGMENTS } from '../../metrics/rfm/index.js';
import { tableLayout, type TableLayout } from '../table.js';

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

/** Texts of more than one RFM sheet. */
export const SHARED_TEXT = {
  recency: { fr: 'Récence (jours)', en: 'Recency (days)' },
  frequency: { fr: 'Fréquence (commandes)', en: 'Frequency (orders)' },
  monetary: { fr: 'Montant', en: 'Monetary' },
  segment: { fr: 'Segment', en: 'Segment' },
  customers: { fr: 'Clients', en: 'Customers' },
  code: { fr: 'Code RFM', en: 'RFM code' },
} satisfies Record<string, LocalizedText>;

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

const CUSTOMER_KEYS = ['customer', 'lastPurchase', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment'] as const;
const CUT_KEYS = ['cut', 'recency', 'frequency', 'monetary'] as const;
const SEGMENT_KEYS = ['segment', 'description', 'pad1', 'pad2', 'action'] as const;
const MAP_KEYS = ['code', 'segment'] as const;
const SUMMARY_KEYS = ['segment', 'customers', 'customerShare', 'revenue', 'revenueShare', 'averageRevenue', 'action'] as const;
/** A frequency score's column of the heat map: f1, f2 … */
export type HeatKey = 'recency' | `f${number}`;

/** The tables of the RFM sheets, by column key. */
export interface RfmTables {
  /** Customers sheet: one row per customer. */
  readonly customers: TableLayout<(typeof CUSTOMER_KEYS)[number]>;
  /** Parameters sheet: one row per cut point (the "number of scores" row below them). */
  readonly cuts: TableLayout<(typeof CUT_KEYS)[number]>;
  /** Parameters sheet: the segments, their description (over three merged columns) and action. */
  readonly segments: TableLayout<(typeof SEGMENT_KEYS)[number]>;
  /** Parameters sheet: code → segment, one row per code. */
  readonly map: TableLayout<(typeof MAP_KEYS)[number]>;
  /** Summary sheet: one row per segment and a total row. */
  readonly summary: TableLayout<(typeof SUMMARY_KEYS)[number]>;
  /** Summary sheet: the R × F heat map, recency scores down (best first), frequency scores across. */
  readonly heat: TableLayout<HeatKey>;
}

const CUSTOMER_HEADER_ROW = 5;
const FIRST_CUT_ROW = 7;
const FIRST_SUMMARY_ROW = 6;
/** Rows the chart of the summary covers, from the heat map's heading down. */
export const HEAT_CHART_ROWS = 14;

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/** The columns of the heat map for a number of scores. */
export const heatKeys = (bins: number): HeatKey[] => ['recency', ...Array.from({ length: bins }, (_, i): HeatKey => `f${i + 1}`)];

/**
 * The tables of the RFM sheets.
 * @param customerCount - number of customers
 * @param bins - number of scores
 * @example rfmTables(3, 5).customers.address('segment', 0) // "J6"
 */
export function rfmTables(customerCount: number, bins: number): RfmTables {
  const cuts = tableLayout({ row: FIRST_CUT_ROW - 1, rows: bins - 1, columns: keyed(CUT_KEYS) });
  // The "number of scores" row, the note, a blank row, the section title, the header.
  const segments = tableLayout({ row: cuts.lastRow + 5, rows: SEGMENTS.length, columns: keyed(SEGMENT_KEYS) });
  const summary = tableLayout({ row: FIRST_SUMMARY_ROW - 1, rows: SEGMENTS.length, totalRow: true, columns: keyed(SUMMARY_KEYS) });
  // The segment table and its total, then the ranges per segment, then the heat map.
  const firstHeatRow = FIRST_SUMMARY_ROW + 2 * SEGMENTS.length + 7;
  return {
    customers: tableLayout({ row: CUSTOMER_HEADER_ROW, rows: customerCount, columns: keyed(CUSTOMER_KEYS) }),
    cuts,
    segments,
    map: tableLayout({ row: segments.lastRow + 3, rows: bins ** 3, columns: keyed(MAP_KEYS) }),
    summary,
    heat: tableLayout({ row: firstHeatRow - 1, rows: bins, columns: keyed(heatKeys(bins)) }),
  };
}

/**
 * The layout of the RFM sheets.
 * @param customerCount - number of customers
 * @param bins - number of scores
 * @returns the rows of each table
 * @example rfmLayout(3, 5).firstMapRow // 30
 */
export function rfmLayout(customerCount: number, bins: number): RfmLayout {
  const { customers, cuts, segments, map, summary, heat } = rfmTables(customerCount, bins);
  return {
    customerHeaderRow: customers.headerRow,
    firstCustomerRow: customers.firstRow,
    lastCustomerRow: customers.lastRow,
    firstCutRow: cuts.firstRow,
    firstSegmentRow: segments.firstRow,
    firstMapRow: map.firstRow,
    firstSummaryRow: summary.firstRow,
    firstProfileRow: FIRST_SUMMARY_ROW + SEGMENTS.length + 4,
    firstHeatRow: heat.firstRow,
    // Under the heat map and the chart beside it (14 rows from the heat map's heading).
    checksRow: heat.firstRow - 2 + HEAT_CHART_ROWS + 1,
  };
}
