/**
 * The `rfm.customers` sheet: one row per customer — recency, frequency, monetary as values — and the
 * R, F, M scores, the code and the segment as formulas over the named parameters, so that an edit of
 * a cut point or of the map moves the scores and segments.
 */
import { civilFromDay, excelSerialFromDay } from '../../cells/dates.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import type { CustomerTable } from '../../metrics/rfm/index.js';
import { cellRange } from '../a1.js';
import { formulaCell, SheetPlanBuilder } from '../sheet-builder.js';
import { addNote, addTable, type RowContext } from '../table.js';
import { COLOR_SCALE, PALETTE } from '../theme.js';
import type { NumberFormatName, PlanCell, SheetPlan } from '../types.js';
import { RFM_NAMES, RFM_PLAN_KEYS, RFM_PLAN_VERSION, SHARED_TEXT, type RfmTables } from './shared.js';

const TEXT = {
  ...SHARED_TEXT,
  customersName: { fr: 'Clients RFM', en: 'RFM customers' },
  customersTitle: { fr: 'Segmentation RFM : clients', en: 'RFM segmentation: customers' },
  customersSubtitle: { fr: "Date d’analyse : {date} · {count} clients.", en: 'Analysis date: {date} · {count} customers.' },
  customersNote: {
    fr: 'Récence, fréquence et montant sont calculés à partir des transactions ; R, F, M, le code et le segment suivent les paramètres.',
    en: 'Recency, frequency and monetary value come from the transactions; R, F, M, the code and the segment follow the parameters.',
  },
  customer: { fr: 'Client', en: 'Customer' },
  lastPurchase: { fr: 'Dernier achat', en: 'Last purchase' },
} satisfies Record<string, LocalizedText>;

/** What the customers sheet writes. */
export interface RfmCustomersInput {
  readonly language: Language;
  readonly table: CustomerTable;
  readonly monetaryFormat: NumberFormatName;
  readonly tables: RfmTables;
  /**
   * How a value compares with a cut point it passes: "<=" (a value equal to a cut point scores above
   * it) or "<" (the default method's quantiles: strictly above).
   */
  readonly passes: '<' | '<=';
}

type CustomerKey = Parameters<RfmTables['customers']['column']>[0];

/**
 * Builds the customers sheet.
 * @returns the plan (key 'rfm.customers')
 */
export function buildRfmCustomers({ language, table, monetaryFormat, tables, passes }: RfmCustomersInput): SheetPlan {
  const t = (text: LocalizedText): string => text[language];
  const n = table.customers.length;
  const { headerRow } = tables.customers;
  const count = n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  const builder = new SheetPlanBuilder({ key: RFM_PLAN_KEYS.customers, version: RFM_PLAN_VERSION, name: t(TEXT.customersName), language })
    .title(t(TEXT.customersTitle), 10, t(TEXT.customersSubtitle).replace('{date}', dayAsText(table.asOf)).replace('{count}', count))
    .tabColor(PALETTE.blue)
    .freeze(headerRow, 1)
    .print({ orientation: 'portrait', fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } });
  addNote(builder, 3, t(TEXT.customersNote), 10);
  const purchased = (i: number): boolean => (table.frequency[i] ?? 0) > 0;
  // No purchase (frequency 0): no date, no recency, and every score formula gives "".
  const scored = (formula: (row: RowContext<CustomerKey>) => string) => (row: RowContext<CustomerKey>): PlanCell => formulaCell(`IF(${row.ref('frequency')}=0,"",${formula(row)})`);
  const passed = (cuts: string, key: CustomerKey) => ({ ref }: RowContext<CustomerKey>): string => `SUMPRODUCT(--(${cuts}${passes}${ref(key)}))`;
  const customers = addTable(
    builder,
    {
      row: headerRow,
      rows: n,
      headerHeight: 30,
      columns: [
        { key: 'customer', header: TEXT.customer, width: 24, cell: ({ index }) => table.customers[index] ?? '' },
        { key: 'lastPurchase', header: TEXT.lastPurchase, width: 14, format: 'date', cell: ({ index }) => (purchased(index) ? excelSerialFromDay(table.lastDay[index] ?? 0) : null) },
        { key: 'recency', header: TEXT.recency, width: 12, format: 'integer', cell: ({ index }) => (purchased(index) ? (table.recencyDays[index] ?? 0) : null) },
        { key: 'frequency', header: TEXT.frequency, width: 13, format: 'integer', cell: ({ index }) => table.frequency[index] ?? 0 },
        { key: 'monetary', header: TEXT.monetary, width: 14, format: monetaryFormat, cell: ({ index }) => table.monetary[index] ?? 0 },
        { key: 'r', header: 'R', width: 6, style: 'computed', format: 'integer', cell: scored((row) => `${RFM_NAMES.bins}-${passed(RFM_NAMES.recencyCuts, 'recency')(row)}`) },
        { key: 'f', header: 'F', width: 6, style: 'computed', format: 'integer', cell: scored((row) => `1+${passed(RFM_NAMES.frequencyCuts, 'frequency')(row)}`) },
        { key: 'm', header: 'M', width: 6, style: 'computed', format: 'integer', cell: scored((row) => `1+${passed(RFM_NAMES.monetaryCuts, 'monetary')(row)}`) },
        { key: 'code', header: TEXT.code, width: 10, style: 'computed', format: 'integer', cell: scored(({ ref }) => `100*${ref('r')}+10*${ref('f')}+${ref('m')}`) },
        { key: 'segment', header: TEXT.segment, width: 22, style: 'computed', cell: scored(({ ref }) => `VLOOKUP(${ref('code')},${RFM_NAMES.segmentMap},2,FALSE)`) },
      ],
    },
    language,
  );
  const scores = cellRange(customers.firstRow, customers.column('r'), n, 3);
  return builder.conditional({ kind: 'colorScale', range: scores, minColor: COLOR_SCALE.low, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.high }).build();
}

/** dd/mm/yyyy of a day number, for a subtitle. */
function dayAsText(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
