/**
 * The ABC (Pareto) segmentation sheet: items sorted by value written as values; share, cumulative
 * share and class as native formulas reading two threshold cells the user edits; a summary per class;
 * a Pareto table and chart; the items with a value ≤ 0 listed apart.
 *
 * The sheet applies the core's rule ({@link classifyAbc}) cell by cell: rows sorted by value
 * descending, ties by item id; the running total adds the values in that order, so the total and the
 * cumulative shares are the very numbers the core computes; by the crossing rule an item is A when
 * the cumulative share of the rows above it (0 for the first row) is below a, B when below b, else C,
 * with the same 1e-12 allowance for float noise — so the largest item is always A.
 */
import { classifyAbc, type AbcResult } from '../metrics/abc.js';
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import { cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder } from './sheet-builder.js';
import { addNote, addSection, addTable, highlightClasses, tableLayout, type RowContext, type TableLayout } from './table.js';
import { PALETTE } from './theme.js';
import type { NumberFormatName, PlanCell, SheetPlan } from './types.js';

/** Key of the ABC sheet. */
export const ABC_PLAN_KEY = 'abc';
/** Layout version of the ABC sheet. */
export const ABC_PLAN_VERSION = 1;
/** Names of the threshold cells: formulas of other sheets may read them too. */
export const ABC_THRESHOLD_NAMES = Object.freeze({ a: 'abc_threshold_a', b: 'abc_threshold_b' });

/** Options of {@link buildAbcPlan}. */
export interface AbcPlanOptions {
  readonly language: Language;
  /** Item ids (customers, products …), one per value, already read from the range (header removed). */
  readonly items: readonly string[];
  /** Value of each item (revenue, margin …). */
  readonly values: ArrayLike<number>;
  /** Cumulative-share thresholds, default a = 0.8, b = 0.95 (written in the editable cells). */
  readonly thresholds?: { readonly a: number; readonly b: number };
  /** Column titles, default "Élément" / "Valeur" (Item / Value). */
  readonly itemLabel?: string;
  readonly valueLabel?: string;
  /** How values show, default `decimal` (use `currency` for amounts in €). */
  readonly valueFormat?: NumberFormatName;
}

/** Where the ABC sheet puts its tables (1-based rows and columns). */
export interface AbcLayout {
  /** Header row of the item table; items start on the row below. */
  readonly headerRow: number;
  readonly firstItemRow: number;
  readonly lastItemRow: number;
  /** Columns of the item table: rank, item, value, share, cumulative value, cumulative share, class. */
  readonly columns: { readonly rank: 1; readonly item: 2; readonly value: 3; readonly share: 4; readonly cumulativeValue: 5; readonly cumulativeShare: 6; readonly abcClass: 7 };
  /** The threshold cells (column J, rows 6 and 7). */
  readonly thresholdA: string;
  readonly thresholdB: string;
  /** First row of the class summary (A, B, C, then Total), columns I–M. */
  readonly firstSummaryRow: number;
  /** First row of the Pareto table, columns I–M, and its number of rows. */
  readonly firstParetoRow: number;
  readonly paretoRows: number;
}

const TEXT = {
  name: { fr: 'Segmentation ABC', en: 'ABC segmentation' },
  title: { fr: 'Segmentation ABC (Pareto)', en: 'ABC segmentation (Pareto)' },
  subtitle: {
    fr: 'Éléments triés par valeur décroissante : A tant que la part cumulée des éléments au-dessus est sous le seuil A (l’élément qui franchit le seuil est A, le plus grand l’est toujours), B sous le seuil B, C au-delà.',
    en: 'Items sorted by decreasing value: A while the cumulative share of the items above is under threshold A (the item that crosses it is A, the largest always is), B under threshold B, C beyond.',
  },
  note: {
    fr: 'Modifiez les seuils (cellules jaunes) : les classes se recalculent. Les valeurs sont triées à la création ; relancez la segmentation après avoir changé les données.',
    en: 'Edit the thresholds (yellow cells): the classes recalculate. Values are sorted when the sheet is built; run the segmentation again after changing the data.',
  },
  rank: { fr: 'Rang', en: 'Rank' },
  item: { fr: 'Élément', en: 'Item' },
  value: { fr: 'Valeur', en: 'Value' },
  share: { fr: 'Part', en: 'Share' },
  cumulativeValue: { fr: 'Valeur cumulée', en: 'Cumulative value' },
  cumulativeShare: { fr: 'Part cumulée', en: 'Cumulative share' },
  abcClass: { fr: 'Classe', en: 'Class' },
  parameters: { fr: 'Paramètres', en: 'Parameters' },
  thresholdA: { fr: 'Seuil A (part cumulée à atteindre)', en: 'Threshold A (cumulative share to reach)' },
  thresholdB: { fr: 'Seuil B (part cumulée à atteindre)', en: 'Threshold B (cumulative share to reach)' },
  thresholdMessage: { fr: 'Un pourcentage entre 0 et 100 %, le seuil A sous le seuil B.', en: 'A percentage from 0 to 100%, threshold A below threshold B.' },
  summary: { fr: 'Synthèse par classe', en: 'Summary per class' },
  items: { fr: 'Éléments', en: 'Items' },
  itemShare: { fr: '% des éléments', en: '% of items' },
  valueShare: { fr: '% de la valeur', en: '% of value' },
  total: { fr: 'Total', en: 'Total' },
  pareto: { fr: 'Courbe de Pareto', en: 'Pareto curve' },
  bucket: { fr: 'Tranche', en: 'Bracket' },
  lastRank: { fr: "Jusqu’au rang", en: 'Up to rank' },
  bucketValue: { fr: 'Valeur', en: 'Value' },
  chart: { fr: 'Pareto : part de la valeur et part cumulée', en: 'Pareto: share of value and cumulative share' },
  top: { fr: 'Top', en: 'Top' },
  excluded: { fr: 'Non classés (valeur ≤ 0)', en: 'Not classified (value ≤ 0)' },
  noExcluded: { fr: 'Aucun', en: 'None' },
} satisfies Record<string, LocalizedText>;

/** The ABC sheet's preferred name in each language (a sheet of that name may take a " (2)" suffix). */
export const ABC_SHEET_NAME: LocalizedText = TEXT.name;

const HEADER_ROW = 5;
const PANEL = 9; // column I: parameters, summary, Pareto table and chart
const MAX_PARETO_ROWS = 20;
/** The allowance of the core for float noise when a cumulative share is compared with a threshold. */
const TOLERANCE = '1E-12';

const ITEM_KEYS = ['rank', 'item', 'value', 'share', 'cumulativeValue', 'cumulativeShare', 'abcClass'] as const;
const THRESHOLD_KEYS = ['label', 'threshold'] as const;
const SUMMARY_KEYS = ['abcClass', 'items', 'itemShare', 'value', 'valueShare'] as const;
const PARETO_KEYS = ['bucket', 'lastRank', 'bucketValue', 'share', 'cumulativeShare'] as const;
type Keys<T extends readonly string[]> = T[number];
const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/** The tables of an ABC sheet, by column key. */
export interface AbcTables {
  /** Rank, item, value, share, cumulative value, cumulative share, class: one row per classified item. */
  readonly items: TableLayout<Keys<typeof ITEM_KEYS>>;
  /** The two threshold rows (label, threshold), under the parameters title. */
  readonly thresholds: TableLayout<Keys<typeof THRESHOLD_KEYS>>;
  /** A, B, C and a total row. */
  readonly summary: TableLayout<Keys<typeof SUMMARY_KEYS>>;
  /** The Pareto brackets. */
  readonly pareto: TableLayout<Keys<typeof PARETO_KEYS>>;
}

/**
 * The tables of an ABC sheet for a number of classified items.
 * @param itemCount - items with a positive value
 * @example abcTables(4).items.address('abcClass', 0) // "G6"
 */
export function abcTables(itemCount: number): AbcTables {
  return {
    items: tableLayout({ row: HEADER_ROW, rows: itemCount, columns: keyed(ITEM_KEYS) }),
    thresholds: tableLayout({ row: HEADER_ROW + 1, column: PANEL, rows: 2, noHeader: true, columns: keyed(THRESHOLD_KEYS) }),
    summary: tableLayout({ row: 10, column: PANEL, rows: 3, totalRow: true, columns: keyed(SUMMARY_KEYS) }),
    pareto: tableLayout({ row: 17, column: PANEL, rows: Math.min(itemCount, MAX_PARETO_ROWS), columns: keyed(PARETO_KEYS) }),
  };
}

/**
 * The layout of an ABC sheet for a number of classified items.
 * @param itemCount - items with a positive value
 * @returns the rows and columns of each table
 * @example abcLayout(4).lastItemRow // 9
 */
export function abcLayout(itemCount: number): AbcLayout {
  const { items, thresholds, summary, pareto } = abcTables(itemCount);
  return {
    headerRow: items.headerRow,
    firstItemRow: items.firstRow,
    lastItemRow: items.lastRow,
    columns: { rank: 1, item: 2, value: 3, share: 4, cumulativeValue: 5, cumulativeShare: 6, abcClass: 7 },
    thresholdA: thresholds.address('threshold', 0),
    thresholdB: thresholds.address('threshold', 1),
    firstSummaryRow: summary.firstRow,
    firstParetoRow: pareto.firstRow,
    paretoRows: pareto.rowCount,
  };
}

/** What the parts of the sheet share: the language, the classification, where the tables are. */
interface AbcContext {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly t: (text: LocalizedText) => string;
  readonly result: AbcResult;
  readonly options: AbcPlanOptions;
  readonly tables: AbcTables;
  readonly valueFormat: NumberFormatName;
  /** The absolute address of the grand total (the last running total). */
  readonly total: string;
}

/**
 * Builds the ABC segmentation sheet.
 * @param options - language, items and values, thresholds, labels
 * @returns the sheet plan (key 'abc'), or the core's error for unusable input (#VALUE! lists of
 *   different lengths, no item, a value that is not a number; #NUM! thresholds not 0 < a < b ≤ 1;
 *   #DIV/0! no positive value)
 * @example (buildAbcPlan({ language: 'en', items: ['p', 'q'], values: [10, 90] }) as SheetPlan).name // "ABC segmentation"
 */
export function buildAbcPlan(options: AbcPlanOptions): SheetPlan | SheetError {
  const thresholds = options.thresholds ?? { a: 0.8, b: 0.95 };
  const result = classifyAbc(options.items, options.values, thresholds);
  if (isSheetError(result)) return result;
  const language = options.language;
  const t = (text: LocalizedText): string => text[language];
  const tables = abcTables(result.rows.length);
  const builder = new SheetPlanBuilder({ key: ABC_PLAN_KEY, version: ABC_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), 13, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .widths([3], tables.items.column('abcClass') + 1)
    .freeze(HEADER_ROW, 0)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } });
  addNote(builder, 3, t(TEXT.note), 13);
  const total = tables.items.address('cumulativeValue', result.rows.length - 1, true);
  const context: AbcContext = { builder, language, t, result, options, tables, valueFormat: options.valueFormat ?? 'decimal', total };
  addItems(context);
  addThresholds(context, thresholds);
  addClassSummary(context);
  const chartRow = addPareto(context);
  addExcluded(context, chartRow + 19);
  return builder.build();
}

/** The item table: one block of values and formulas, whatever the number of items. */
function addItems({ builder, language, result, options, valueFormat, total }: AbcContext): void {
  const { a, b } = ABC_THRESHOLD_NAMES;
  const items = addTable(
    builder,
    {
      row: HEADER_ROW,
      rows: result.rows.length,
      headerHeight: 30,
      columns: [
        { key: 'rank', header: TEXT.rank, width: 7, format: 'integer', cell: ({ index }) => result.rows[index]?.rank ?? null },
        { key: 'item', header: options.itemLabel ?? TEXT.item, width: 30, cell: ({ index }) => result.rows[index]?.item ?? null },
        { key: 'value', header: options.valueLabel ?? TEXT.value, width: 14, format: valueFormat, cell: ({ index }) => result.rows[index]?.value ?? null },
        { key: 'share', header: TEXT.share, width: 9, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`${ref('value')}/${total}`) },
        {
          key: 'cumulativeValue',
          header: TEXT.cumulativeValue,
          width: 15,
          style: 'computed',
          format: valueFormat,
          // The running total adds the values in sorted order, as the core does.
          cell: ({ index, ref }) => formulaCell(index === 0 ? ref('value') : `${ref('cumulativeValue', -1)}+${ref('value')}`),
        },
        { key: 'cumulativeShare', header: TEXT.cumulativeShare, width: 12, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`${ref('cumulativeValue')}/${total}`) },
        {
          key: 'abcClass',
          header: TEXT.abcClass,
          width: 8,
          style: 'computed',
          cell: ({ index, ref }) => {
            // The share before the item: that of the row above (the core compares the same number).
            const before = index === 0 ? '0' : ref('cumulativeShare', -1);
            return formulaCell(`IF(${before}<${a}-${TOLERANCE},"A",IF(${before}<${b}-${TOLERANCE},"B","C"))`);
          },
        },
      ],
    },
    language,
  );
  highlightClasses(builder, items.range('abcClass'));
}

/** The two thresholds the user edits, named so that formulas here and elsewhere read them. */
function addThresholds({ builder, language, t, tables }: AbcContext, thresholds: { readonly a: number; readonly b: number }): void {
  addSection(builder, HEADER_ROW, PANEL, 5, t(TEXT.parameters));
  const labels = [TEXT.thresholdA, TEXT.thresholdB];
  const values = [thresholds.a, thresholds.b];
  const rows = addTable(
    builder,
    {
      row: tables.thresholds.firstRow,
      column: PANEL,
      rows: 2,
      noHeader: true,
      columns: [
        { key: 'label', header: '', style: 'label', cell: ({ index }) => t(labels[index] ?? TEXT.thresholdA) },
        {
          key: 'threshold',
          header: '',
          style: 'input',
          format: 'percent',
          validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.thresholdMessage },
          cell: ({ index }) => values[index] ?? null,
        },
      ],
    },
    language,
  );
  builder.name(ABC_THRESHOLD_NAMES.a, cellRange(rows.firstRow, rows.column('threshold'))).name(ABC_THRESHOLD_NAMES.b, cellRange(rows.lastRow, rows.column('threshold')));
}

/** Items and value per class, each as a count and a share, and their totals. */
function addClassSummary({ builder, language, t, tables, valueFormat, total }: AbcContext): void {
  const { items, summary } = tables;
  addSection(builder, summary.headerRow - 1, PANEL, 5, t(TEXT.summary));
  const classes = ['A', 'B', 'C'];
  const sum = ({ range }: RowContext<Keys<typeof SUMMARY_KEYS>>, key: Keys<typeof SUMMARY_KEYS>): PlanCell => formulaCell(`SUM(${range(key)})`);
  const table = addTable(
    builder,
    {
      row: summary.headerRow,
      column: PANEL,
      rows: classes.length,
      headerHeight: 30,
      totalRow: true,
      columns: [
        { key: 'abcClass', header: TEXT.abcClass, width: 30, style: 'label', cell: ({ index }) => classes[index] ?? null, total: () => t(TEXT.total) },
        { key: 'items', header: TEXT.items, width: 12, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${items.all('abcClass')},${ref('abcClass')})`), total: (row) => sum(row, 'items') },
        { key: 'itemShare', header: TEXT.itemShare, width: 14, style: 'computed', format: 'percent', cell: ({ ref, totalRef }) => formulaCell(`${ref('items')}/${totalRef('items')}`), total: (row) => sum(row, 'itemShare') },
        {
          key: 'value',
          header: TEXT.value,
          width: 14,
          style: 'computed',
          format: valueFormat,
          cell: ({ ref }) => formulaCell(`SUMIF(${items.all('abcClass')},${ref('abcClass')},${items.all('value')})`),
          total: (row) => sum(row, 'value'),
        },
        { key: 'valueShare', header: TEXT.valueShare, width: 12, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`${ref('value')}/${total}`), total: (row) => sum(row, 'valueShare') },
      ],
    },
    language,
  );
  highlightClasses(builder, table.range('abcClass'));
}

/**
 * The Pareto table: up to 20 brackets of ranks (one item per bracket when there are 20 items or
 * fewer), and its chart below.
 * @returns the row of the chart's top
 */
function addPareto({ builder, language, t, result, tables, valueFormat, total }: AbcContext): number {
  const { items, pareto } = tables;
  const n = result.rows.length;
  const brackets = pareto.rowCount;
  addSection(builder, pareto.headerRow - 1, PANEL, 5, t(TEXT.pareto));
  // French puts a no-break space before %, English none.
  const percentSign = language === 'fr' ? '\u00a0%' : '%';
  const label = (k: number): string => {
    if (n <= MAX_PARETO_ROWS) return result.rows[k - 1]?.item ?? '';
    if (k === 1) return `${t(TEXT.top)} ${(100 / brackets).toFixed(0)}${percentSign}`;
    return `${((100 * (k - 1)) / brackets).toFixed(0)}–${((100 * k) / brackets).toFixed(0)}${percentSign}`;
  };
  const running = (rank: string): string => `INDEX(${items.all('cumulativeValue')},${rank})`;
  const table = addTable(
    builder,
    {
      row: pareto.headerRow,
      column: PANEL,
      rows: brackets,
      headerHeight: 30,
      columns: [
        { key: 'bucket', header: TEXT.bucket, cell: ({ index }) => label(index + 1) },
        { key: 'lastRank', header: TEXT.lastRank, format: 'integer', cell: ({ index }) => Math.floor(((index + 1) * n) / brackets) },
        {
          key: 'bucketValue',
          header: TEXT.bucketValue,
          style: 'computed',
          format: valueFormat,
          cell: ({ index, ref }) => formulaCell(index === 0 ? running(ref('lastRank')) : `${running(ref('lastRank'))}-${running(ref('lastRank', -1))}`),
        },
        { key: 'share', header: TEXT.share, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`${ref('bucketValue')}/${total}`) },
        { key: 'cumulativeShare', header: TEXT.cumulativeShare, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`INDEX(${items.all('cumulativeShare')},${ref('lastRank')})`) },
      ],
    },
    language,
  );
  const chartRow = table.lastRow + 2;
  builder.chart({
    kind: 'pareto',
    title: t(TEXT.chart),
    categories: table.range('bucket'),
    series: [
      { name: t(TEXT.share), values: table.range('share') },
      { name: t(TEXT.cumulativeShare), values: table.range('cumulativeShare'), line: true },
    ],
    anchor: cellRange(chartRow, PANEL, 18, 5),
    valueFormat: 'percent',
  });
  return chartRow;
}

/** Items left out of the classification (value ≤ 0): listed apart, as values. */
function addExcluded({ builder, language, t, result, options, valueFormat }: AbcContext, row: number): void {
  addSection(builder, row, PANEL, 5, t(TEXT.excluded));
  const none = result.excluded.length === 0;
  addTable(
    builder,
    {
      row: row + 1,
      column: PANEL,
      rows: none ? 1 : result.excluded.length,
      noHeader: true,
      columns: [
        { key: 'item', header: '', cell: ({ index }) => (none ? t(TEXT.noExcluded) : (options.items[result.excluded[index] ?? -1] ?? '')) },
        { key: 'value', header: '', format: valueFormat, cell: ({ index }) => (none ? null : (options.values[result.excluded[index] ?? -1] ?? 0)) },
      ],
    },
    language,
  );
}
