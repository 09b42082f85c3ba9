/**
 * Writing one resolved plan into a new Excel worksheet through office-js: everything is queued on the
 * sheet's objects and sent by the {@link PayloadBatch} in as few syncs as the payload allows. Nothing
 * here reads from Excel, so nothing waits for a sync inside a loop.
 */
import { MARKER_KEY, markerText } from '../../src/plans/marker.js';
import { editableRanges } from '../../src/plans/protection.js';
import { NUMBER_FORMATS, PALETTE, STYLES, type StyleSpec } from '../../src/plans/theme.js';
import type { CellRange, ChartKind, ChartPlan, ConditionalFormat, ResolvedPlan, ValidationRange } from '../../src/plans/types.js';
import { CHUNK_BUDGET_BYTES, OPERATION_BYTES, type PayloadBatch } from './batch.js';
import { blockChunks, TEXT_FORMAT } from './cells.js';

/** The worksheet custom property that marks a sheet as generated: `{"key":"abc","version":1}`. */
export const MARKER_PROPERTY = MARKER_KEY;

/** Excel's range for a plan's 1-based rectangle. */
export function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.row - 1, range.column - 1, range.rowCount, range.columnCount);
}

/**
 * Column width from characters of the default font (the plan's unit, Excel's own in its UI) to the
 * points office-js takes: Calibri 11's digit is 7 px wide, with 5 px of padding, at 96 px per inch.
 * @param characters - the width in characters
 * @returns the width in points
 * @example columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const BORDER_EDGES = {
  box: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'],
  bottom: ['EdgeBottom'],
  top: ['EdgeTop'],
} as const;

function applyStyle(range: Excel.Range, spec: StyleSpec, shape: CellRange): void {
  const { format } = range;
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  if (spec.italic !== undefined) format.font.italic = spec.italic;
  if (spec.fontSize !== undefined) format.font.size = spec.fontSize;
  if (spec.fontColor !== undefined) format.font.color = spec.fontColor;
  if (spec.fill !== undefined) format.fill.color = spec.fill;
  if (spec.horizontal !== undefined) format.horizontalAlignment = spec.horizontal === 'left' ? 'Left' : spec.horizontal === 'center' ? 'Center' : 'Right';
  format.verticalAlignment = spec.vertical === 'top' ? 'Top' : 'Center';
  if (spec.wrap !== undefined) format.wrapText = spec.wrap;
  if (spec.border !== undefined) {
    for (const edge of BORDER_EDGES[spec.border]) {
      // Inside edges exist only between rows or columns: Excel rejects them on a single line.
      if (edge === 'InsideHorizontal' && shape.rowCount < 2) continue;
      if (edge === 'InsideVertical' && shape.columnCount < 2) continue;
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = PALETTE.border;
    }
  }
}

function validationRule(validation: ValidationRange): Excel.DataValidationRule {
  const { rule } = validation;
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'listFromRange':
      return { list: { inCellDropDown: true, source: `=${rule.source}` } };
    case 'wholeNumber':
      return { wholeNumber: { operator: 'Between', formula1: rule.min, formula2: rule.max } };
    case 'decimal':
      return { decimal: { operator: 'Between', formula1: rule.min, formula2: rule.max } };
    case 'date':
      // "Any date": from Excel's first serial day on.
      return { date: { operator: 'GreaterThanOrEqualTo', formula1: '1900-01-01' } };
  }
}

function applyValidation(sheet: Excel.Worksheet, validation: ValidationRange): void {
  const { dataValidation } = rangeOf(sheet, validation.range);
  dataValidation.rule = validationRule(validation);
  dataValidation.errorAlert = {
    showAlert: true,
    style: validation.strict === true ? 'Stop' : 'Warning',
    title: 'Prométhée',
    message: validation.message ?? '',
  };
}

function applyConditionalFormat(sheet: Excel.Worksheet, conditional: ConditionalFormat): void {
  const formats = rangeOf(sheet, conditional.range).conditionalFormats;
  if (conditional.kind === 'colorScale') {
    const scale = formats.add('ColorScale').colorScale;
    scale.criteria = {
      minimum: { type: 'LowestValue', color: conditional.minColor },
      ...(conditional.midColor === undefined ? {} : { midpoint: { formula: '50', type: 'Percentile', color: conditional.midColor } }),
      maximum: { type: 'HighestValue', color: conditional.maxColor },
    };
    return;
  }
  const custom = formats.add('Custom').custom;
  custom.rule.formula = `=${conditional.formula}`;
  if (conditional.style.fill !== undefined) custom.format.fill.color = conditional.style.fill;
  if (conditional.style.fontColor !== undefined) custom.format.font.color = conditional.style.fontColor;
  if (conditional.style.bold !== undefined) custom.format.font.bold = conditional.style.bold;
}

const CHART_TYPES: Readonly<Record<ChartKind, 'ColumnClustered' | 'BarClustered' | 'Line' | 'Radar' | 'XYScatter' | 'Bubble'>> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  radar: 'Radar',
  pareto: 'ColumnClustered',
  scatter: 'XYScatter',
  bubble: 'Bubble',
};

function addChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...others] = plan.series;
  if (first === undefined) return;
  if (plan.kind === 'scatter' || plan.kind === 'bubble') {
    addXyChart(sheet, plan);
    return;
  }
  const categories = rangeOf(sheet, plan.categories);
  const chart = sheet.charts.add(CHART_TYPES[plan.kind], rangeOf(sheet, first.values), 'Columns');
  chart.title.text = plan.title;
  chart.legend.visible = plan.series.length > 1;
  chart.legend.position = 'Bottom';
  const describeSeries = (series: Excel.ChartSeries, planSeries: NonNullable<typeof first>): void => {
    series.name = planSeries.name;
    series.setXAxisValues(categories);
    if (plan.kind === 'pareto' && planSeries.line === true) {
      // The cumulative share: a line over the columns, on a percent axis of its own.
      series.chartType = 'Line';
      series.axisGroup = 'Secondary';
    }
  };
  describeSeries(chart.series.getItemAt(0), first);
  for (const planSeries of others) {
    const series = chart.series.add(planSeries.name);
    series.setValues(rangeOf(sheet, planSeries.values));
    describeSeries(series, planSeries);
  }
  if (plan.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = NUMBER_FORMATS[plan.valueFormat];
  const { anchor } = plan;
  chart.setPosition(
    sheet.getRangeByIndexes(anchor.row - 1, anchor.column - 1, 1, 1),
    sheet.getRangeByIndexes(anchor.row + anchor.rowCount - 2, anchor.column + anchor.columnCount - 2, 1, 1),
  );
}

/**
 * A scatter or bubble chart: each series' x values, y values and (bubble) sizes set from their ranges
 * (ExcelApi 1.7), whatever Excel guessed from the first range; the axes' formats from the plan.
 */
function addXyChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const [first] = plan.series;
  if (first === undefined) return;
  const chart = sheet.charts.add(CHART_TYPES[plan.kind], rangeOf(sheet, first.values), 'Columns');
  chart.title.text = plan.title;
  chart.legend.visible = plan.series.length > 1;
  chart.legend.position = 'Bottom';
  plan.series.forEach((planSeries, index) => {
    const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(planSeries.name);
    series.name = planSeries.name;
    series.setValues(rangeOf(sheet, planSeries.values));
    if (planSeries.x !== undefined) series.setXAxisValues(rangeOf(sheet, planSeries.x));
    if (planSeries.sizes !== undefined) series.setBubbleSizes(rangeOf(sheet, planSeries.sizes));
  });
  if (plan.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = NUMBER_FORMATS[plan.valueFormat];
  if (plan.xFormat !== undefined) chart.axes.categoryAxis.numberFormat = NUMBER_FORMATS[plan.xFormat];
  const { anchor } = plan;
  chart.setPosition(
    sheet.getRangeByIndexes(anchor.row - 1, anchor.column - 1, 1, 1),
    sheet.getRangeByIndexes(anchor.row + anchor.rowCount - 2, anchor.column + anchor.columnCount - 2, 1, 1),
  );
}

/**
 * The size the layout of a plan adds to a request: a few operations per style, validation,
 * conditional format, chart … (their number does not grow with the rows).
 */
function layoutBytes(plan: ResolvedPlan): number {
  const operations =
    plan.styles.length * 12 +
    plan.validations.length * 2 +
    plan.conditionalFormats.length * 5 +
    plan.merges.length +
    plan.columnWidths.length +
    plan.rowHeights.length +
    plan.charts.reduce((sum, chart) => sum + 8 + 5 * chart.series.length, 0) +
    plan.namedRanges.length +
    (plan.protection === undefined || plan.protection === 'none' ? 0 : editableRanges(plan).length + 1) +
    4;
  return operations * OPERATION_BYTES;
}

/**
 * What a user may still do on a protected sheet: sort and filter the tables, resize rows and columns
 * (`Excel.WorksheetProtectionOptions`, ExcelApi 1.2,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions).
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = Object.freeze({
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
});

/**
 * Protects a written sheet, its input cells unlocked: one `format.protection.locked = false` per
 * rectangle of `editableRanges` (a few per plan, whatever its rows) and one `protect` WITHOUT a
 * password (`Excel.FormatProtection.locked`, `Excel.WorksheetProtection.protect(options, password)`,
 * ExcelApi 1.2, https://learn.microsoft.com/en-us/javascript/api/excel/excel.formatprotection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection). Queued last:
 * Excel refuses writes into locked cells of a protected sheet. Deleting the sheet (rebuilding, "Remove
 * generated sheets") is still allowed: sheet protection guards cells, only the workbook's structure
 * protection (`Excel.WorkbookProtection`) guards adding and deleting sheets.
 */
function queueProtection(sheet: Excel.Worksheet, plan: ResolvedPlan): void {
  if (plan.protection === undefined || plan.protection === 'none') return;
  for (const range of editableRanges(plan)) rangeOf(sheet, range).format.protection.locked = false;
  sheet.protection.protect(PROTECTION_OPTIONS);
}

/** Queues everything of a plan besides its cells and number formats. */
function queueLayout(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ResolvedPlan): void {
  for (const { range, style } of plan.styles) applyStyle(rangeOf(sheet, range), STYLES[style], range);
  for (const validation of plan.validations) applyValidation(sheet, validation);
  for (const conditional of plan.conditionalFormats) applyConditionalFormat(sheet, conditional);
  for (const merge of plan.merges) rangeOf(sheet, merge).merge(false);
  for (const { column, width } of plan.columnWidths) {
    sheet.getRangeByIndexes(0, column - 1, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  }
  for (const { row, height } of plan.rowHeights) sheet.getRangeByIndexes(row - 1, 0, 1, 1).getEntireRow().format.rowHeight = height;
  if (plan.freeze !== undefined && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
  }
  for (const chart of plan.charts) addChart(sheet, chart);
  for (const named of plan.namedRanges) context.workbook.names.add(named.name, rangeOf(sheet, named.range));
  if (plan.print !== undefined) {
    sheet.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    // Print titles and page breaks: ExcelApi 1.9.
    const titles = plan.print.repeatRows;
    if (titles !== undefined) sheet.pageLayout.setPrintTitleRows(`$${titles.first}:$${titles.last}`);
    for (const row of plan.print.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
  }
  queueProtection(sheet, plan);
}

/**
 * Queues the whole of a plan on a new sheet and sends it: marker, tab colour and grid lines; number
 * formats by range; the cells in chunks (with text kept as text); then styles, validations,
 * conditional formats, merges, widths, heights, freeze panes, charts, names and print setup; last, the
 * protection the plan asks for.
 * @param context - the batch's request context
 * @param batch - the payload meter of this batch
 * @param plan - the resolved plan; its sheet name is free and its named ranges are not taken
 */
export async function writePlan(context: Excel.RequestContext, batch: PayloadBatch, plan: ResolvedPlan): Promise<void> {
  const sheet = context.workbook.worksheets.add(plan.finalName);
  sheet.customProperties.add(MARKER_PROPERTY, markerText(plan));
  if (plan.tabColor !== undefined) sheet.tabColor = plan.tabColor;
  if (plan.showGridLines === false) sheet.showGridlines = false;
  // Formats first: a text-formatted cell keeps what is then written into it as text.
  for (const { range, format } of plan.numberFormats) rangeOf(sheet, range).numberFormat = [[NUMBER_FORMATS[format]]];
  await batch.reserve((plan.numberFormats.length + 4) * OPERATION_BYTES);
  for (const block of plan.blocks) {
    for (const chunk of blockChunks(block, plan.numberFormats, CHUNK_BUDGET_BYTES)) {
      await batch.reserve(chunk.bytes + OPERATION_BYTES);
      const range = rangeOf(sheet, chunk.range);
      for (const j of chunk.textColumns ?? []) {
        sheet.getRangeByIndexes(chunk.range.row - 1, chunk.range.column - 1 + j, chunk.range.rowCount, 1).numberFormat = [[TEXT_FORMAT]];
      }
      if (chunk.numberFormats !== undefined) range.numberFormat = chunk.numberFormats;
      range.formulas = chunk.formulas;
    }
  }
  await batch.reserve(layoutBytes(plan));
  queueLayout(context, sheet, plan);
}
