/**
 * The SpreadsheetApp host: a spreadsheet's sheets read and written through Apps Script, a few calls
 * per table and per range of the plan, never one per cell or per row.
 *
 * How a plan maps to Sheets:
 * - a block is cut into runs of columns that are all values or all formulas (a column mixing both is
 *   cut into runs of rows); each run is ONE `setValues` or `setFormulas` call, split further only
 *   above {@link MAX_CELLS_PER_WRITE} cells;
 * - text is written with a leading apostrophe, which Sheets reads as "this is text" and does not keep
 *   in the value: "=1+1", "+33…", "-", "@foo", "00123" or "1/2" typed by a user stay the text they are;
 * - formulas go through `setFormulas` with a leading "=", in the syntax plans are written in: English
 *   function names, "," between arguments, "." in numbers. Google documents no locale for the formulas
 *   a script writes (`Range.setFormulas`,
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(String[][])), and
 *   reports say they are parsed in the spreadsheet's locale, where "," is the decimal separator of a
 *   French one (googleapis/google-api-nodejs-client#1994; google-marketing-solutions/
 *   advanced-bidding-manager#1). So a sheet with formulas is written while the spreadsheet's locale is
 *   en_US, whose syntax is the plans', and the user's locale is put back at once (also on failure):
 *   `Spreadsheet.setSpreadsheetLocale`,
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String).
 *   Sheets keeps formulas in its own form and shows them in the restored locale (`=SOMME(A1;B1)`);
 * - number formats, styles, validations, merges by range; all conditional formats in one call;
 * - protection (on by default): the sheet is protected with its input cells (`editableRanges`) as
 *   unprotected ranges, in warning mode (anyone may edit after confirming) or, in `owner` mode, editable
 *   by the spreadsheet's owner and the user who built it only; a few calls per sheet, last of all;
 * - the generated marker is developer metadata on the sheet (key {@link MARKER_KEY}, value
 *   `{"key":…,"version":…}`), visible to the document only: it follows the sheet when renamed.
 */
import { quoteSheetName } from '../../src/plans/names.js';
import { isDateObject, dayFromDateObject, EXCEL_SERIAL_OF_EPOCH } from '../../src/cells/dates.js';
import type { RawCell } from '../../src/cells/values.js';
import { cellAddress } from '../../src/plans/a1.js';
import { MARKER_KEY, markerText, parseMarker } from '../../src/plans/marker.js';
import { editableRanges } from '../../src/plans/protection.js';
import { NUMBER_FORMATS, PALETTE, STYLES, type StyleSpec } from '../../src/plans/theme.js';
import type {
  Block,
  CellRange,
  ChartPlan,
  ConditionalFormat,
  ExistingSheet,
  GeneratedMarker,
  PlanCell,
  ResolvedPlan,
  ValidationRange,
} from '../../src/plans/types.js';
import type { SelectionData, SheetAdapter } from '../../src/workbook/port.js';
import type { DayReader } from './calendar.js';
import type { AppsScriptServices, Built, RangeApi, SheetApi, SpreadsheetApi } from './services.js';

/** The developer-metadata key of the generated marker: the one every host stores it under. */
export { MARKER_KEY };

/**
 * The largest number of cells one `setValues`/`setFormulas` call writes. Apps Script documents no
 * limit; this keeps one request's payload to a few megabytes. Every current plan writes fewer cells
 * per table than this for 100,000 input rows (the RFM customer table of 100,000 transactions is about
 * 11,000 customers × 10 columns), so their call counts do not depend on the rows.
 */
export const MAX_CELLS_PER_WRITE = 400_000;

/** The operations of {@link SheetAdapter}, synchronous as Apps Script is (types follow the port). */
export type SyncSheetAdapter = {
  readonly [K in keyof SheetAdapter]: (...args: Parameters<SheetAdapter[K]>) => Awaited<ReturnType<SheetAdapter[K]>>;
};

/**
 * The sheets of the active spreadsheet, through SpreadsheetApp.
 * @param services - the Apps Script services (the real globals, or the tests' in-memory ones)
 * @returns the adapter
 * @example spreadsheetAppAdapter({ SpreadsheetApp, HtmlService, Session, Charts }).listSheets()
 */
export function spreadsheetAppAdapter(services: AppsScriptServices): SyncSheetAdapter {
  const spreadsheet = (): SpreadsheetApi => services.SpreadsheetApp.getActiveSpreadsheet();
  return {
    listSheets: () => listSheets(spreadsheet()),
    removeSheets: (names) => {
      removeSheets(spreadsheet(), names);
    },
    writeSheet: (plan) => {
      writeSheet(services, spreadsheet(), plan);
    },
  };
}

function listSheets(spreadsheet: SpreadsheetApi): ExistingSheet[] {
  return spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), marker: markerOf(sheet) }));
}

/** The marker of a sheet, when it carries one that parses as ours; anything else is a user's sheet. */
function markerOf(sheet: SheetApi): GeneratedMarker | undefined {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== MARKER_KEY) continue;
    const marker = parseMarker(metadata.getValue());
    if (marker !== undefined) return marker;
  }
  return undefined;
}

function removeSheets(spreadsheet: SpreadsheetApi, names: readonly string[]): void {
  const doomed = new Set(names);
  // A spreadsheet keeps at least one sheet: when every sheet goes, a blank one stays behind.
  if (spreadsheet.getSheets().every((sheet) => doomed.has(sheet.getName()))) spreadsheet.insertSheet();
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet !== null) spreadsheet.deleteSheet(sheet);
  }
}

/** The locale whose formula syntax is the plans' (English names, "," between arguments, "." in numbers). */
export const FORMULA_LOCALE = 'en_US';

/** True when writing the plan parses a formula: a formula cell, a formula validation or conditional format. */
function hasFormulas(plan: ResolvedPlan): boolean {
  return (
    blocksHaveFormulas(plan.blocks) ||
    plan.validations.some((validation) => validation.rule.kind === 'wholeNumber') ||
    plan.conditionalFormats.some((format) => format.kind !== 'colorScale')
  );
}

/**
 * Runs `write` while the spreadsheet's locale is {@link FORMULA_LOCALE}, then puts the user's locale
 * back, also when `write` throws; a spreadsheet already in that locale is left alone.
 */
function inFormulaLocale(spreadsheet: SpreadsheetApi, write: () => void): void {
  const locale = spreadsheet.getSpreadsheetLocale();
  if (locale === FORMULA_LOCALE) {
    write();
    return;
  }
  spreadsheet.setSpreadsheetLocale(FORMULA_LOCALE);
  try {
    write();
  } finally {
    spreadsheet.setSpreadsheetLocale(locale);
  }
}

function writeSheet(services: AppsScriptServices, spreadsheet: SpreadsheetApi, plan: ResolvedPlan): void {
  if (!hasFormulas(plan)) {
    writePlan(services, spreadsheet, plan);
    return;
  }
  inFormulaLocale(spreadsheet, () => {
    writePlan(services, spreadsheet, plan);
  });
}

function writePlan(services: AppsScriptServices, spreadsheet: SpreadsheetApi, plan: ResolvedPlan): void {
  const sheet = spreadsheet.insertSheet(plan.finalName, spreadsheet.getNumSheets());
  // Values before formats: the apostrophe that keeps text as text is read on entry.
  for (const block of plan.blocks) writeBlock(sheet, block.row, block.column, block.cells);
  writeLayout(services, spreadsheet, sheet, plan);
  sheet.addDeveloperMetadata(MARKER_KEY, markerText(plan), services.SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

/** Everything of a plan but its sheet, its cells and its marker: formats, names, rules, layout, charts. */
function writeLayout(services: AppsScriptServices, spreadsheet: SpreadsheetApi, sheet: SheetApi, plan: ResolvedPlan): void {
  const range = (r: CellRange): RangeApi => sheet.getRange(r.row, r.column, r.rowCount, r.columnCount);
  for (const { range: r, format } of plan.numberFormats) range(r).setNumberFormat(NUMBER_FORMATS[format]);
  for (const { range: r, style } of plan.styles) applyStyle(services, range(r), STYLES[style]);
  // Names before validations: a list validation may read a named range of this sheet.
  if (plan.namedRanges.length > 0) {
    const planned = new Set(plan.namedRanges.map((named) => named.name));
    // A name is global to the spreadsheet: one left over from a removed sheet is replaced.
    for (const existing of spreadsheet.getNamedRanges()) if (planned.has(existing.getName())) existing.remove();
    for (const named of plan.namedRanges) spreadsheet.setNamedRange(named.name, range(named.range));
  }
  for (const validation of plan.validations) range(validation.range).setDataValidation(validationRule(services, spreadsheet, sheet, validation));
  if (plan.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(plan.conditionalFormats.map((format) => conditionalRule(services, range(format.range), format)));
  }
  for (const merge of plan.merges) range(merge).merge();
  // Excel's width unit is a character of the default font: about 7 pixels plus padding in Sheets.
  for (const { column, width } of plan.columnWidths) sheet.setColumnWidth(column, Math.round(width * 7 + 5));
  for (const { row, height } of plan.rowHeights) sheet.setRowHeight(row, Math.round((height * 4) / 3));
  if (plan.freeze !== undefined) {
    if (plan.freeze.rows > 0) sheet.setFrozenRows(plan.freeze.rows);
    if (plan.freeze.columns > 0) sheet.setFrozenColumns(plan.freeze.columns);
  }
  for (const chart of plan.charts) sheet.insertChart(chartOf(services, sheet, chart));
  if (plan.tabColor !== undefined) sheet.setTabColor(plan.tabColor);
  if (plan.showGridLines === false) sheet.setHiddenGridlines(true);
  // Apps Script has no page setup: a plan's print settings apply in Excel and the .xlsx file only.
  protectSheet(services, sheet, plan);
}

/** What a protected generated sheet says in Data › Protected sheets and ranges. */
export const PROTECTION_DESCRIPTION = {
  fr: 'Prométhée : formules protégées, cellules de saisie (jaunes) modifiables',
  en: 'Prométhée: formulas protected, input cells (yellow) editable',
} as const;

/**
 * Protects a written sheet, its input cells left open, in a number of calls that does not grow with
 * the rows: `Sheet.protect`, `Protection.setUnprotectedRanges` with the rectangles of `editableRanges`,
 * then `setWarningOnly(true)` — or, in `owner` mode, the editors reduced to the user who built the
 * sheet (the spreadsheet's owner can always edit), as Google's own example does
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). A protected sheet can
 * still be deleted by whoever may edit it: in warning mode every editor of the spreadsheet, in owner
 * mode the owner and the builder — so rebuilding and "Remove generated sheets" keep working for them.
 */
function protectSheet(services: AppsScriptServices, sheet: SheetApi, plan: ResolvedPlan): void {
  if (plan.protection === undefined || plan.protection === 'none') return;
  const protection = sheet.protect().setDescription(PROTECTION_DESCRIPTION[plan.language]);
  const open = editableRanges(plan).map((r) => sheet.getRange(r.row, r.column, r.rowCount, r.columnCount));
  if (open.length > 0) protection.setUnprotectedRanges(open);
  if (plan.protection === 'warning') {
    protection.setWarningOnly(true);
    return;
  }
  // Ensure the builder stays an editor before the others are removed (else, with edit rights that come
  // from a group, removing the group throws).
  const me = services.Session.getEffectiveUser().getEmail();
  if (me !== '') protection.addEditor(me);
  const others = protection
    .getEditors()
    .map((user) => user.getEmail())
    .filter((email) => email !== me);
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * A plan too large for one `google.script.run` payload is written in parts (see gas/client/bridge.ts):
 * {@link startSheet} with the first cells, {@link appendBlocks} with the next ones, {@link finishSheet}
 * with the formats and the rest — in the order a whole plan is written, values before formats.
 */
export interface ChunkedSheetWriter {
  /** Adds the plan's sheet with its marker and writes the plan's blocks (the first ones), nothing else. */
  startSheet(plan: ResolvedPlan): void;
  /** Writes more blocks into the sheet a plan of this key is being written to. */
  appendBlocks(sheetName: string, key: string, blocks: readonly Block[]): void;
  /** Writes everything of the plan but its cells into its sheet, started before. */
  finishSheet(plan: ResolvedPlan): void;
}

/**
 * The writer of plans in parts, over the active spreadsheet. Each part is written in the formula locale
 * when it parses formulas, as a whole plan is.
 * @param services - the Apps Script services
 * @returns the three steps
 */
export function chunkedSheetWriter(services: AppsScriptServices): ChunkedSheetWriter {
  const spreadsheet = (): SpreadsheetApi => services.SpreadsheetApp.getActiveSpreadsheet();
  const inLocale = (book: SpreadsheetApi, formulas: boolean, write: () => void): void => {
    if (formulas) inFormulaLocale(book, write);
    else write();
  };
  return {
    startSheet: (plan) => {
      const book = spreadsheet();
      inLocale(book, blocksHaveFormulas(plan.blocks), () => {
        const sheet = book.insertSheet(plan.finalName, book.getNumSheets());
        for (const block of plan.blocks) writeBlock(sheet, block.row, block.column, block.cells);
        sheet.addDeveloperMetadata(MARKER_KEY, markerText(plan), services.SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
      });
    },
    appendBlocks: (sheetName, key, blocks) => {
      const book = spreadsheet();
      const sheet = sheetBeingWritten(book, sheetName, key);
      inLocale(book, blocksHaveFormulas(blocks), () => {
        for (const block of blocks) writeBlock(sheet, block.row, block.column, block.cells);
      });
    },
    finishSheet: (plan) => {
      const book = spreadsheet();
      const sheet = sheetBeingWritten(book, plan.finalName, plan.key);
      inLocale(book, hasFormulas({ ...plan, blocks: [] }), () => {
        writeLayout(services, book, sheet, plan);
      });
    },
  };
}

/** The sheet a plan of this key is being written to: never a user's sheet, whatever its name. */
function sheetBeingWritten(spreadsheet: SpreadsheetApi, name: string, key: string): SheetApi {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null || markerOf(sheet)?.key !== key) throw new Error(`No generated sheet "${name}" of kind ${key} is being written`);
  return sheet;
}

function blocksHaveFormulas(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.cells.some((row) => row.some((cell) => 'formula' in cell)));
}

/** A run of cells of one kind, written in one call. */
interface Run {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly formulas: boolean;
}

/**
 * The runs of a block: maximal groups of adjacent columns that are all values or all formulas, and,
 * for a column that mixes both, its runs of rows.
 * @param cells - the block's cells, rows of equal length
 * @returns runs relative to the block's top-left cell (0-based)
 * @example blockRuns([[{ value: 'a' }, { formula: 'A1' }]]) // [{ row: 0, column: 0, rows: 1, columns: 1, formulas: false }, { row: 0, column: 1, …, formulas: true }]
 */
export function blockRuns(cells: readonly (readonly PlanCell[])[]): Run[] {
  const height = cells.length;
  const width = cells[0]?.length ?? 0;
  const isFormula = (i: number, j: number): boolean => {
    const cell = cells[i]?.[j];
    return cell !== undefined && 'formula' in cell;
  };
  const kindOf = (j: number): 'values' | 'formulas' | 'mixed' => {
    let formulas = 0;
    for (let i = 0; i < height; i++) if (isFormula(i, j)) formulas++;
    return formulas === 0 ? 'values' : formulas === height ? 'formulas' : 'mixed';
  };
  const runs: Run[] = [];
  for (let j = 0; j < width; ) {
    const kind = kindOf(j);
    if (kind === 'mixed') {
      for (let i = 0; i < height; ) {
        const formulas = isFormula(i, j);
        let end = i + 1;
        while (end < height && isFormula(end, j) === formulas) end++;
        runs.push({ row: i, column: j, rows: end - i, columns: 1, formulas });
        i = end;
      }
      j++;
      continue;
    }
    let end = j + 1;
    while (end < width && kindOf(end) === kind) end++;
    runs.push({ row: 0, column: j, rows: height, columns: end - j, formulas: kind === 'formulas' });
    j = end;
  }
  return runs;
}

/**
 * What `setValues` receives for a value cell: text with a leading apostrophe (Sheets keeps it as
 * text and drops the apostrophe), numbers and booleans as they are, an empty cell as "".
 * @example sheetsValue('=1+1') // "'=1+1"
 */
export function sheetsValue(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

function writeBlock(sheet: SheetApi, top: number, left: number, cells: readonly (readonly PlanCell[])[]): void {
  for (const run of blockRuns(cells)) {
    const rowsPerCall = Math.max(1, Math.floor(MAX_CELLS_PER_WRITE / run.columns));
    for (let start = 0; start < run.rows; start += rowsPerCall) {
      const count = Math.min(rowsPerCall, run.rows - start);
      const range = sheet.getRange(top + run.row + start, left + run.column, count, run.columns);
      const rows = cells.slice(run.row + start, run.row + start + count);
      if (run.formulas) {
        range.setFormulas(rows.map((row) => row.slice(run.column, run.column + run.columns).map((cell) => ('formula' in cell ? `=${cell.formula}` : ''))));
      } else {
        range.setValues(rows.map((row) => row.slice(run.column, run.column + run.columns).map((cell) => ('value' in cell ? sheetsValue(cell.value) : ''))));
      }
    }
  }
}

function applyStyle(services: AppsScriptServices, range: RangeApi, spec: StyleSpec): void {
  if (spec.bold === true) range.setFontWeight('bold');
  if (spec.italic === true) range.setFontStyle('italic');
  if (spec.fontSize !== undefined) range.setFontSize(spec.fontSize);
  if (spec.fontColor !== undefined) range.setFontColor(spec.fontColor);
  if (spec.fill !== undefined) range.setBackground(spec.fill);
  if (spec.horizontal !== undefined) range.setHorizontalAlignment(spec.horizontal);
  range.setVerticalAlignment(spec.vertical ?? 'middle');
  if (spec.wrap === true) range.setWrap(true);
  const { SOLID, SOLID_MEDIUM } = services.SpreadsheetApp.BorderStyle;
  if (spec.border === 'box') range.setBorder(true, true, true, true, true, true, PALETTE.border, SOLID);
  else if (spec.border === 'bottom') range.setBorder(null, null, true, null, null, null, PALETTE.navy, SOLID_MEDIUM);
  else if (spec.border === 'top') range.setBorder(true, null, null, null, null, null, PALETTE.border, SOLID);
}

/** A named range's name (letters, digits, underscores, periods) as opposed to an A1 reference. */
const RANGE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function validationRule(services: AppsScriptServices, spreadsheet: SpreadsheetApi, sheet: SheetApi, validation: ValidationRange): Built {
  const rule = validation.rule;
  let builder = services.SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder = builder.requireValueInList([...rule.values], true);
      break;
    case 'listFromRange': {
      // Spreadsheet.getRange reads an address without a sheet name on the first sheet
      // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)):
      // a source in the plan's own sheet is qualified with that sheet's name.
      const source = RANGE_NAME.test(rule.source)
        ? spreadsheet.getRangeByName(rule.source)
        : spreadsheet.getRange(rule.source.includes('!') ? rule.source : `${quoteSheetName(sheet.getName())}!${rule.source}`);
      if (source === null) throw new Error(`Validation source not found: ${rule.source}`);
      builder = builder.requireValueInRange(source, true);
      break;
    }
    case 'wholeNumber': {
      // Sheets' builder has no whole-number rule: a custom formula on the top-left cell, relative as
      // in conditional formats, checks the number, its integrality and the bounds.
      const cell = cellAddress(validation.range.row, validation.range.column);
      builder = builder.requireFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=${rule.min},${cell}<=${rule.max})`);
      break;
    }
    case 'decimal':
      builder = builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'date':
      builder = builder.requireDate();
      break;
  }
  builder = builder.setAllowInvalid(validation.strict !== true);
  if (validation.message !== undefined) builder = builder.setHelpText(validation.message);
  return builder.build();
}

function conditionalRule(services: AppsScriptServices, range: RangeApi, format: ConditionalFormat): Built {
  let builder = services.SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  if (format.kind === 'colorScale') {
    builder = builder.setGradientMinpoint(format.minColor);
    if (format.midColor !== undefined) builder = builder.setGradientMidpointWithValue(format.midColor, services.SpreadsheetApp.InterpolationType.PERCENTILE, '50');
    return builder.setGradientMaxpoint(format.maxColor).build();
  }
  builder = builder.whenFormulaSatisfied(`=${format.formula}`);
  if (format.style.fill !== undefined) builder = builder.setBackground(format.style.fill);
  if (format.style.fontColor !== undefined) builder = builder.setFontColor(format.style.fontColor);
  if (format.style.bold === true) builder = builder.setBold(true);
  return builder.build();
}

function chartOf(services: AppsScriptServices, sheet: SheetApi, chart: ChartPlan): Built {
  if (chart.kind === 'scatter' || chart.kind === 'bubble') return xyChartOf(services, sheet, chart);
  const types = services.Charts.ChartType;
  const type = { column: types.COLUMN, bar: types.BAR, line: types.LINE, radar: types.RADAR, pareto: types.COMBO }[chart.kind];
  const range = (r: CellRange): RangeApi => sheet.getRange(r.row, r.column, r.rowCount, r.columnCount);
  let builder = sheet.newChart().setChartType(type).addRange(range(chart.categories));
  for (const series of chart.series) builder = builder.addRange(range(series.values));
  const seriesOptions: Record<number, { labelInLegend: string; type?: string; targetAxisIndex?: number }> = {};
  chart.series.forEach((series, index) => {
    // A Pareto chart: columns, with the cumulative share as a line on the right-hand axis.
    seriesOptions[index] =
      chart.kind === 'pareto' ? { labelInLegend: series.name, type: series.line === true ? 'line' : 'bars', targetAxisIndex: series.line === true ? 1 : 0 } : { labelInLegend: series.name };
  });
  // Roughly the anchor's size: 100 pixels per column, 21 per row.
  return builder
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('series', seriesOptions)
    .setOption('width', chart.anchor.columnCount * 100)
    .setOption('height', chart.anchor.rowCount * 21)
    .build();
}

/**
 * A bubble or scatter chart of the plan's first series. Sheets reads a bubble chart's ranges by position
 * (its documented data layout): the bubbles' names, x, y, the series each bubble belongs to (the names
 * again: one colour and legend entry per bubble, so each is named), then the sizes. A scatter chart
 * reads x then y.
 */
function xyChartOf(services: AppsScriptServices, sheet: SheetApi, chart: ChartPlan): Built {
  const types = services.Charts.ChartType;
  const range = (r: CellRange): RangeApi => sheet.getRange(r.row, r.column, r.rowCount, r.columnCount);
  const [series] = chart.series;
  if (series?.x === undefined) throw new Error(`the ${chart.kind} chart "${chart.title}" has no x values`);
  const ranges =
    chart.kind === 'bubble' && series.sizes !== undefined
      ? [chart.categories, series.x, series.values, chart.categories, series.sizes]
      : [series.x, series.values];
  let builder = sheet.newChart().setChartType(chart.kind === 'bubble' ? types.BUBBLE : types.SCATTER);
  for (const r of ranges) builder = builder.addRange(range(r));
  return builder
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', chart.anchor.columnCount * 100)
    .setOption('height', chart.anchor.rowCount * 21)
    .build();
}

/**
 * The active selection as the sidebar's port describes it: sheet-qualified address, the cells as
 * Sheets gives them, whether it crosses merged cells. `getValues()` gives a date cell as the instant its
 * day starts in the spreadsheet's time zone: `readDay` turns it into that day at midnight of the
 * script's zone, the day the core reads (see calendar.ts).
 * @param spreadsheet - the active spreadsheet
 * @param readDay - the spreadsheet's day reader
 * @returns the selection, or undefined when nothing is selected
 */
export function activeSelection(spreadsheet: SpreadsheetApi, readDay: DayReader): SelectionData | undefined {
  const range = spreadsheet.getActiveRange();
  if (range === null) return undefined;
  return {
    address: `${range.getSheet().getName()}!${range.getA1Notation()}`,
    values: range.getValues().map((row) => row.map((cell) => rawCell(cell, readDay))),
    hasMergedCells: range.getMergedRanges().length > 0,
  };
}

function rawCell(cell: unknown, readDay: DayReader): RawCell {
  if (isDateObject(cell)) return readDay(cell);
  if (typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  return null;
}

/**
 * A selection that can cross `google.script.run`, which refuses `Date` values: each date becomes its
 * serial number (days since 1899-12-30, as Sheets and Excel count them), which the core reads as that
 * date.
 * @example serialSelection({ address: 'A1', values: [[new Date(2024, 0, 1)]] }).values // [[45292]]
 */
export function serialSelection(selection: SelectionData): SelectionData {
  return {
    ...selection,
    values: selection.values.map((row) =>
      row.map((cell) => {
        if (!isDateObject(cell)) return cell;
        const day = dayFromDateObject(cell);
        return day === null ? null : day + EXCEL_SERIAL_OF_EPOCH;
      }),
    ),
  };
}
