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
import { classifyAbc } from '../metrics/abc.js';
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import { cellAddress, cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { CLASS_FILLS, PALETTE } from './theme.js';
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

const HEADER_ROW = 5;
const PANEL = 9; // column I: parameters, summary, Pareto table and chart
const MAX_PARETO_ROWS = 20;
/** The allowance of the core for float noise when a cumulative share is compared with a threshold. */
const TOLERANCE = '1E-12';

/**
 * The layout of an ABC sheet for a number of classified items.
 * @param itemCount - items with a positive value
 * @returns the rows and columns of each table
 * @example abcLayout(4).lastItemRow // 9
 */
export function abcLayout(itemCount: number): AbcLayout {
  return {
    headerRow: HEADER_ROW,
    firstItemRow: HEADER_ROW + 1,
    lastItemRow: HEADER_ROW + itemCount,
    columns: { rank: 1, item: 2, value: 3, share: 4, cumulativeValue: 5, cumulativeShare: 6, abcClass: 7 },
    thresholdA: cellAddress(6, PANEL + 1),
    thresholdB: cellAddress(7, PANEL + 1),
    firstSummaryRow: 11,
    firstParetoRow: 18,
    paretoRows: Math.min(itemCount, MAX_PARETO_ROWS),
  };
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
  const n = result.rows.length;
  const layout = abcLayout(n);
  const { firstItemRow, lastItemRow, firstSummaryRow, firstParetoRow, paretoRows } = layout;
  const valueFormat = options.valueFormat ?? 'decimal';
  const builder = new SheetPlanBuilder({ key: ABC_PLAN_KEY, version: ABC_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), 13, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .widths([7, 30, 14, 9, 15, 12, 8, 3, 30, 12, 14, 14, 12])
    .freeze(HEADER_ROW, 0)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } });
  builder.block(3, 1, [[valueCell(t(TEXT.note))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, 13));

  // The item table: one block of values and formulas, whatever the number of items.
  const headers = [TEXT.rank, TEXT.item, TEXT.value, TEXT.share, TEXT.cumulativeValue, TEXT.cumulativeShare, TEXT.abcClass].map(t);
  headers[1] = options.itemLabel ?? headers[1] ?? '';
  headers[2] = options.valueLabel ?? headers[2] ?? '';
  builder.block(HEADER_ROW, 1, [valueRow(headers)]).style(cellRange(HEADER_ROW, 1, 1, 7), 'header').height(HEADER_ROW, 30);
  const total = cellAddress(lastItemRow, 5, { absolute: true });
  const a = ABC_THRESHOLD_NAMES.a;
  const b = ABC_THRESHOLD_NAMES.b;
  const rows: PlanCell[][] = result.rows.map((row, i) => {
    const r = firstItemRow + i;
    const running = i === 0 ? `C${r}` : `E${r - 1}+C${r}`;
    // The share before the item: that of the row above (the core compares the same number).
    const before = i === 0 ? '0' : `F${r - 1}`;
    return [
      valueCell(row.rank),
      valueCell(row.item),
      valueCell(row.value),
      formulaCell(`C${r}/${total}`),
      formulaCell(running),
      formulaCell(`E${r}/${total}`),
      formulaCell(`IF(${before}<${a}-${TOLERANCE},"A",IF(${before}<${b}-${TOLERANCE},"B","C"))`),
    ];
  });
  builder.block(firstItemRow, 1, rows);
  builder
    .style(cellRange(firstItemRow, 1, n, 3), 'data')
    .style(cellRange(firstItemRow, 4, n, 4), 'computed')
    .format(cellRange(firstItemRow, 1, n), 'integer')
    .format(cellRange(firstItemRow, 3, n), valueFormat)
    .format(cellRange(firstItemRow, 4, n), 'percent')
    .format(cellRange(firstItemRow, 5, n), valueFormat)
    .format(cellRange(firstItemRow, 6, n), 'percent');
  for (const abcClass of ['A', 'B', 'C'] as const) {
    builder.conditional({
      kind: 'formula',
      range: cellRange(firstItemRow, 7, n),
      formula: `$G${firstItemRow}="${abcClass}"`,
      style: { fill: CLASS_FILLS[abcClass], bold: true },
    });
  }

  // Parameters
  const panelCells = (row: number, cells: PlanCell[][]): void => {
    builder.block(row, PANEL, cells);
  };
  panelCells(HEADER_ROW, [[valueCell(t(TEXT.parameters))]]);
  builder.style(cellRange(HEADER_ROW, PANEL, 1, 5), 'section');
  panelCells(6, [
    [valueCell(t(TEXT.thresholdA)), valueCell(thresholds.a)],
    [valueCell(t(TEXT.thresholdB)), valueCell(thresholds.b)],
  ]);
  builder
    .style(cellRange(6, PANEL, 2), 'label')
    .style(cellRange(6, PANEL + 1, 2), 'input')
    .format(cellRange(6, PANEL + 1, 2), 'percent')
    .validate(cellRange(6, PANEL + 1, 2), { kind: 'decimal', min: 0, max: 1 }, { strict: true, message: t(TEXT.thresholdMessage) })
    .name(a, cellRange(6, PANEL + 1))
    .name(b, cellRange(7, PANEL + 1));

  // Summary per class
  const classes = `$G$${firstItemRow}:$G$${lastItemRow}`;
  const values = `$C$${firstItemRow}:$C$${lastItemRow}`;
  panelCells(firstSummaryRow - 2, [[valueCell(t(TEXT.summary))]]);
  builder.style(cellRange(firstSummaryRow - 2, PANEL, 1, 5), 'section');
  panelCells(firstSummaryRow - 1, [valueRow([t(TEXT.abcClass), t(TEXT.items), t(TEXT.itemShare), t(TEXT.value), t(TEXT.valueShare)])]);
  builder.style(cellRange(firstSummaryRow - 1, PANEL, 1, 5), 'header').height(firstSummaryRow - 1, 30);
  const totalRow = firstSummaryRow + 3;
  const summary: PlanCell[][] = ['A', 'B', 'C'].map((abcClass, i) => {
    const r = firstSummaryRow + i;
    return [
      valueCell(abcClass),
      formulaCell(`COUNTIF(${classes},I${r})`),
      formulaCell(`J${r}/$J$${totalRow}`),
      formulaCell(`SUMIF(${classes},I${r},${values})`),
      formulaCell(`L${r}/${total}`),
    ];
  });
  summary.push([
    valueCell(t(TEXT.total)),
    formulaCell(`SUM(J${firstSummaryRow}:J${totalRow - 1})`),
    formulaCell(`SUM(K${firstSummaryRow}:K${totalRow - 1})`),
    formulaCell(`SUM(L${firstSummaryRow}:L${totalRow - 1})`),
    formulaCell(`SUM(M${firstSummaryRow}:M${totalRow - 1})`),
  ]);
  panelCells(firstSummaryRow, summary);
  builder
    .style(cellRange(firstSummaryRow, PANEL, 3), 'label')
    .style(cellRange(firstSummaryRow, PANEL + 1, 3, 4), 'computed')
    .style(cellRange(totalRow, PANEL, 1, 5), 'total')
    .format(cellRange(firstSummaryRow, PANEL + 1, 4), 'integer')
    .format(cellRange(firstSummaryRow, PANEL + 2, 4), 'percent')
    .format(cellRange(firstSummaryRow, PANEL + 3, 4), valueFormat)
    .format(cellRange(firstSummaryRow, PANEL + 4, 4), 'percent');
  for (const abcClass of ['A', 'B', 'C'] as const) {
    builder.conditional({
      kind: 'formula',
      range: cellRange(firstSummaryRow, PANEL, 3),
      formula: `$I${firstSummaryRow}="${abcClass}"`,
      style: { fill: CLASS_FILLS[abcClass], bold: true },
    });
  }

  // Pareto table: up to 20 brackets of ranks (one item per bracket when there are 20 items or fewer).
  panelCells(firstParetoRow - 2, [[valueCell(t(TEXT.pareto))]]);
  builder.style(cellRange(firstParetoRow - 2, PANEL, 1, 5), 'section');
  panelCells(firstParetoRow - 1, [valueRow([t(TEXT.bucket), t(TEXT.lastRank), t(TEXT.bucketValue), t(TEXT.share), t(TEXT.cumulativeShare)])]);
  builder.style(cellRange(firstParetoRow - 1, PANEL, 1, 5), 'header').height(firstParetoRow - 1, 30);
  const cumulativeValues = `$E$${firstItemRow}:$E$${lastItemRow}`;
  const cumulativeShares = `$F$${firstItemRow}:$F$${lastItemRow}`;
  // French puts a no-break space before %, English none.
  const percentSign = language === 'fr' ? '\u00a0%' : '%';
  const pareto: PlanCell[][] = [];
  for (let k = 1; k <= paretoRows; k++) {
    const r = firstParetoRow + k - 1;
    const lastRank = Math.floor((k * n) / paretoRows);
    const label =
      n <= MAX_PARETO_ROWS
        ? (result.rows[k - 1]?.item ?? '')
        : k === 1
          ? `${t(TEXT.top)} ${(100 / paretoRows).toFixed(0)}${percentSign}`
          : `${((100 * (k - 1)) / paretoRows).toFixed(0)}–${((100 * k) / paretoRows).toFixed(0)}${percentSign}`;
    const bracketValue = k === 1 ? `INDEX(${cumulativeValues},J${r})` : `INDEX(${cumulativeValues},J${r})-INDEX(${cumulativeValues},J${r - 1})`;
    pareto.push([valueCell(label), valueCell(lastRank), formulaCell(bracketValue), formulaCell(`K${r}/${total}`), formulaCell(`INDEX(${cumulativeShares},J${r})`)]);
  }
  panelCells(firstParetoRow, pareto);
  builder
    .style(cellRange(firstParetoRow, PANEL, paretoRows, 2), 'data')
    .style(cellRange(firstParetoRow, PANEL + 2, paretoRows, 3), 'computed')
    .format(cellRange(firstParetoRow, PANEL + 1, paretoRows), 'integer')
    .format(cellRange(firstParetoRow, PANEL + 2, paretoRows), valueFormat)
    .format(cellRange(firstParetoRow, PANEL + 3, paretoRows, 2), 'percent');
  const chartRow = firstParetoRow + paretoRows + 1;
  builder.chart({
    kind: 'pareto',
    title: t(TEXT.chart),
    categories: cellRange(firstParetoRow, PANEL, paretoRows),
    series: [
      { name: t(TEXT.share), values: cellRange(firstParetoRow, PANEL + 3, paretoRows) },
      { name: t(TEXT.cumulativeShare), values: cellRange(firstParetoRow, PANEL + 4, paretoRows), line: true },
    ],
    anchor: cellRange(chartRow, PANEL, 18, 5),
    valueFormat: 'percent',
  });

  // Items left out of the classification: listed apart, as values.
  const excludedRow = chartRow + 19;
  panelCells(excludedRow, [[valueCell(t(TEXT.excluded))]]);
  builder.style(cellRange(excludedRow, PANEL, 1, 5), 'section');
  const excluded: PlanCell[][] =
    result.excluded.length === 0
      ? [[valueCell(t(TEXT.noExcluded)), valueCell(null)]]
      : result.excluded.map((index) => [valueCell(options.items[index] ?? ''), valueCell(options.values[index] ?? 0)]);
  panelCells(excludedRow + 1, excluded);
  builder.style(cellRange(excludedRow + 1, PANEL, excluded.length, 2), 'data').format(cellRange(excludedRow + 1, PANEL + 1, excluded.length), valueFormat);
  return builder.build();
}
