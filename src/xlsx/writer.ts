/**
 * The .xlsx writer: applies resolved sheet plans to an ExcelJS workbook in bulk (a block at a time,
 * styles and formats by range) and returns the file's bytes. Free of Node APIs: ExcelJS writes to an
 * ArrayBuffer in browsers too.
 *
 * How a plan maps to the file:
 * - value cells are written as values (text as shared strings, so "=1+1" stays text), formulas as
 *   formulas without a cached result, and the workbook asks for a full recalculation on load;
 * - the "generated" marker is a workbook name `promethee.<key>.v<version>` over the sheet's A1 cell:
 *   it follows the sheet when a user renames it, and names the key and the layout version;
 * - charts are added to the file afterwards by {@link addChartsToXlsx} (ExcelJS writes none);
 * - protection (on by default): each generated sheet is protected WITHOUT a password (Review ›
 *   Unprotect Sheet lifts it, no secret to lose), with the input cells of `editableRanges` unlocked
 *   (`locked="0"` in their cell style) and sorting, filtering and resizing rows and columns allowed.
 */
import ExcelJS from 'exceljs';
import { cellAddress, MAX_COLUMNS, rangeAddress } from '../plans/a1.js';
import { namedRangeReference, rangeReference, resolvePlans } from '../plans/names.js';
import { DEFAULT_PROTECTION, editableRanges, type ProtectionMode } from '../plans/protection.js';
import { NUMBER_FORMATS, PALETTE, STYLES, type StyleSpec } from '../plans/theme.js';
import type {
  CellRange,
  ConditionalFormat,
  ExistingSheet,
  GeneratedMarker,
  NumberFormatName,
  PlanResolution,
  ResolvedPlan,
  SheetPlan,
  StyleName,
  ValidationRange,
} from '../plans/types.js';
import { addChartsToXlsx, type SheetCharts } from './charts.js';

/** How much work a write took, counted as a host would count its calls. */
export interface WriterStats {
  readonly sheets: number;
  /** Blocks written, one call each whatever their size. */
  readonly blocks: number;
  /** Cells written (values and formulas). */
  readonly cells: number;
  /** Ranges given a style, a number format, a validation or a conditional format, merged or named. */
  readonly ranges: number;
  readonly charts: number;
  /** blocks + ranges + charts + one per sheet for its settings (widths, freeze, tab, marker). */
  readonly calls: number;
}

/** The written file and the work it took. */
export interface XlsxResult {
  readonly data: Uint8Array;
  readonly stats: WriterStats;
  /** The final sheet names, in the order of the plans. */
  readonly sheetNames: readonly string[];
}

/** Options of {@link writeXlsx}. */
export interface WriteXlsxOptions {
  /** A workbook to add the sheets to (its generated sheets with planned keys are replaced); default a new one. */
  readonly workbook?: ExcelJS.Workbook;
  /** Author written in the document properties, default "Prométhée". */
  readonly creator?: string;
  /**
   * How the sheets are protected: one mode for all, or one per plan in the plans' order (the
   * playground's export keeps each sheet's). Default {@link DEFAULT_PROTECTION}; `none` writes no
   * protection. The file has no owner: `owner` protects as `warning` does.
   */
  readonly protection?: ProtectionMode | readonly ProtectionMode[];
}

const MARKER_NAME = /^promethee\.([a-z0-9._]+)\.v(\d+)$/;

/**
 * The name that marks a sheet as generated.
 * @param marker - key and version of the plan
 * @returns the workbook name
 * @example markerName({ key: 'rfm.customers', version: 1 }) // "promethee.rfm.customers.v1"
 */
export function markerName(marker: GeneratedMarker): string {
  return `promethee.${marker.key}.v${marker.version}`;
}

/**
 * The sheets of a workbook with the markers read from its names: what {@link resolvePlans} needs.
 * @param workbook - an ExcelJS workbook (new, or read from a file)
 * @returns every sheet, with its marker when the product generated it
 * @example existingSheets(new ExcelJS.Workbook()) // []
 */
export function existingSheets(workbook: ExcelJS.Workbook): ExistingSheet[] {
  const markers = new Map<string, GeneratedMarker>();
  for (const definedName of workbook.definedNames.model) {
    const match = MARKER_NAME.exec(definedName.name);
    const sheetName = sheetOfReference(definedName.ranges[0] ?? '');
    if (match !== null && sheetName !== null) markers.set(sheetName, { key: match[1] ?? '', version: Number(match[2]) });
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, marker: markers.get(sheet.name) }));
}

/**
 * Resolves plans against a workbook's sheets, applies them and writes the .xlsx file, charts included.
 * @param plans - the plans, in the order their sheets are added
 * @param options - an existing workbook, the author
 * @returns the bytes, the work counted, the final sheet names
 * @example (await writeXlsx([buildKpiPlan({ language: 'fr' })])).sheetNames // ["KPI acquisition"]
 */
export async function writeXlsx(plans: readonly SheetPlan[], options: WriteXlsxOptions = {}): Promise<XlsxResult> {
  const workbook = options.workbook ?? new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Prométhée';
  const chosen = options.protection ?? DEFAULT_PROTECTION;
  const resolved = resolvePlans(plans, existingSheets(workbook));
  const resolution: PlanResolution = {
    ...resolved,
    plans: resolved.plans.map((plan, i) => {
      const protection = typeof chosen === 'string' ? chosen : (chosen[i] ?? DEFAULT_PROTECTION);
      return protection === 'none' ? plan : { ...plan, protection };
    }),
  };
  const stats = applyPlans(workbook, resolution);
  const charts: SheetCharts[] = resolution.plans
    .filter((plan) => plan.charts.length > 0)
    .map((plan) => ({ sheetName: plan.finalName, charts: plan.charts }));
  // With charts to add, the file is zipped again afterwards: compress it once, then.
  const compression = charts.length > 0 ? 'STORE' : 'DEFLATE';
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: true, zip: { compression } }));
  const data = charts.length > 0 ? await addChartsToXlsx(written, charts) : written;
  return { data, stats, sheetNames: resolution.plans.map((plan) => plan.finalName) };
}

/**
 * Applies resolved plans to a workbook: removes the generated sheets they replace, then adds one
 * sheet per plan, written in bulk. Charts are not drawn here (see {@link writeXlsx}).
 * @param workbook - the ExcelJS workbook to change
 * @param resolution - the output of {@link resolvePlans} for this workbook
 * @returns the work counted
 * @example applyPlans(new ExcelJS.Workbook(), resolvePlans([plan], [])).sheets // 1
 */
export function applyPlans(workbook: ExcelJS.Workbook, resolution: PlanResolution): WriterStats {
  removeSheets(workbook, resolution.sheetsToRemove);
  workbook.calcProperties.fullCalcOnLoad = true;
  let blocks = 0;
  let cells = 0;
  let ranges = 0;
  let charts = 0;
  const names = [...workbook.definedNames.model];
  for (const plan of resolution.plans) {
    const sheet = workbook.addWorksheet(plan.finalName);
    for (const block of plan.blocks) {
      cells += writeBlock(sheet, block.row, block.column, block.cells);
      blocks++;
    }
    applyStylesAndFormats(sheet, plan);
    for (const validation of plan.validations) addValidation(sheet, validation);
    plan.conditionalFormats.forEach((format, i) => {
      sheet.addConditionalFormatting(conditionalFormatting(format, i + 1));
    });
    for (const range of plan.merges) sheet.mergeCells(rangeAddress(range));
    for (const { column, width } of plan.columnWidths) sheet.getColumn(column).width = width;
    for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
    applySheetSettings(sheet, plan);
    if (plan.protection !== undefined && plan.protection !== 'none') {
      // Without a password ExcelJS computes no hash: the <sheetProtection> it writes has none.
      (sheet as unknown as ProtectedSheet).sheetProtection = { sheet: true, ...ALLOWED_ON_PROTECTED_SHEETS };
    }
    for (const named of plan.namedRanges) names.push({ name: named.name, ranges: [namedRangeReference(plan, named)] });
    names.push({ name: markerName(plan), ranges: [rangeReference(plan.finalName, { row: 1, column: 1, rowCount: 1, columnCount: 1 })] });
    ranges +=
      plan.styles.length +
      plan.numberFormats.length +
      plan.validations.length +
      plan.conditionalFormats.length +
      plan.merges.length +
      plan.namedRanges.length;
    charts += plan.charts.length;
  }
  workbook.definedNames.model = names;
  const sheets = resolution.plans.length;
  return { sheets, blocks, cells, ranges, charts, calls: blocks + ranges + charts + sheets };
}

function removeSheets(workbook: ExcelJS.Workbook, sheetNames: readonly string[]): void {
  if (sheetNames.length === 0) return;
  const removed = new Set(sheetNames);
  for (const name of sheetNames) {
    const sheet = workbook.getWorksheet(name);
    if (sheet !== undefined) workbook.removeWorksheet(sheet.id);
  }
  // Names over a removed sheet (its marker, its parameters) would point nowhere.
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (definedName) => !definedName.ranges.some((reference) => removed.has(sheetOfReference(reference) ?? '')),
  );
}

/** The sheet name of a reference "'Sheet'!$A$1" or "Sheet!$A$1", or null. */
function sheetOfReference(reference: string): string | null {
  const quoted = /^'((?:[^']|'')*)'!/.exec(reference);
  if (quoted !== null) return (quoted[1] ?? '').replaceAll("''", "'");
  const plain = /^([^'!]+)!/.exec(reference);
  return plain === null ? null : (plain[1] ?? null);
}

function writeBlock(sheet: ExcelJS.Worksheet, top: number, left: number, rows: ResolvedPlan['blocks'][number]['cells']): number {
  let written = 0;
  rows.forEach((cells, i) => {
    const row = sheet.getRow(top + i);
    cells.forEach((cell, j) => {
      if ('formula' in cell) {
        row.getCell(left + j).value = { formula: cell.formula, date1904: false };
        written++;
      } else if (cell.value !== null) {
        // A string is always stored as text: ExcelJS never reads "=…" in a string as a formula.
        row.getCell(left + j).value = cell.value;
        written++;
      }
    });
  });
  return written;
}

/**
 * What a user may still do on a protected sheet: sort and filter (the tables of customers and items
 * are read sorted), widen columns and heighten rows. In the file, a protection attribute set to "0"
 * allows the action (ECMA-376 `CT_SheetProtection`); ExcelJS writes "0" for an option set to true.
 */
const ALLOWED_ON_PROTECTED_SHEETS = Object.freeze({ sort: true, autoFilter: true, formatColumns: true, formatRows: true });

/** ExcelJS sets this field from `protect()`, which is asynchronous for a password hash we never use. */
interface ProtectedSheet {
  sheetProtection: Record<string, boolean> | null;
}

/**
 * Gives every styled or formatted cell one shared style object per (named style, number format) pair.
 * The last style range over a cell sets its font, fill, border and alignment, the last format range
 * its number format. Sharing the object matters: ExcelJS then writes each distinct style once instead
 * of serialising a copy per cell (seconds saved on 100 000 rows).
 */
function applyStylesAndFormats(sheet: ExcelJS.Worksheet, plan: ResolvedPlan): void {
  const styleOf = new Map<number, StyleName>();
  const formatOf = new Map<number, NumberFormatName>();
  const keyOf = (row: number, column: number): number => row * MAX_COLUMNS + column;
  for (const { range, style } of plan.styles) forEachAddress(range, (row, column) => styleOf.set(keyOf(row, column), style));
  for (const { range, format } of plan.numberFormats) forEachAddress(range, (row, column) => formatOf.set(keyOf(row, column), format));
  // On a protected sheet, the input cells are unlocked: an unlocked cell has a style of its own.
  const unlocked = new Set<number>();
  if (plan.protection !== undefined && plan.protection !== 'none') {
    for (const range of editableRanges(plan)) forEachAddress(range, (row, column) => unlocked.add(keyOf(row, column)));
  }
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  const apply = (key: number): void => {
    const style = styleOf.get(key);
    const format = formatOf.get(key);
    const open = unlocked.has(key);
    const id = `${style ?? ''}|${format ?? ''}|${open ? 'open' : ''}`;
    let object = shared.get(id);
    if (object === undefined) {
      object = {
        ...(style === undefined ? {} : excelStyle(STYLES[style])),
        ...(format === undefined ? {} : { numFmt: numberFormat(format, plan.language) }),
        ...(open ? { protection: { locked: false } } : {}),
      };
      shared.set(id, object);
    }
    const row = Math.floor(key / MAX_COLUMNS);
    sheet.getRow(row).getCell(key - row * MAX_COLUMNS).style = object;
  };
  for (const key of styleOf.keys()) apply(key);
  for (const key of formatOf.keys()) if (!styleOf.has(key)) apply(key);
}

/**
 * The number format code of a plan's language. A French plan's codes carry the French locale
 * ([$-40C]), so that a reader whose software is set to English still sees "1 234,50 €" and "4,0×"
 * on a French sheet; the codes themselves keep the file format's "." and ",".
 */
function numberFormat(format: NumberFormatName, language: ResolvedPlan['language']): string {
  const code = NUMBER_FORMATS[format];
  if (language !== 'fr' || format === 'text') return code;
  // French typography: a no-break space before % and €.
  return `[$-40C]${code.replace(' "€"', '"\u00A0€"').replace(/%$/, '"\u00A0"%')}`;
}

function forEachAddress(range: CellRange, visit: (row: number, column: number) => void): void {
  for (let r = range.row; r < range.row + range.rowCount; r++) {
    for (let c = range.column; c < range.column + range.columnCount; c++) visit(r, c);
  }
}

interface ExcelStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

const excelStyles = new Map<StyleSpec, ExcelStyle>();

/** The ExcelJS style of a theme style, built once and shared by every cell that uses it. */
function excelStyle(spec: StyleSpec): ExcelStyle {
  const known = excelStyles.get(spec);
  if (known !== undefined) return known;
  const style: ExcelStyle = {};
  // A font without a name is drawn in the reader's own default (a serif in LibreOffice): name the
  // workbook's default font so that styled cells look like the others.
  const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11 };
  if (spec.bold === true) font.bold = true;
  if (spec.italic === true) font.italic = true;
  if (spec.fontSize !== undefined) font.size = spec.fontSize;
  if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor) };
  if (Object.keys(font).length > 0) style.font = font;
  if (spec.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(PALETTE.border) } };
  if (spec.border === 'box') style.border = { top: line, left: line, bottom: line, right: line };
  else if (spec.border === 'bottom') style.border = { bottom: { style: 'medium', color: { argb: argb(PALETTE.navy) } } };
  else if (spec.border === 'top') style.border = { top: line };
  const alignment: Partial<ExcelJS.Alignment> = { vertical: spec.vertical ?? 'middle' };
  if (spec.horizontal !== undefined) alignment.horizontal = spec.horizontal;
  if (spec.wrap === true) alignment.wrapText = true;
  style.alignment = alignment;
  excelStyles.set(spec, style);
  return style;
}

function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** ExcelJS keeps data validations in a map it does not declare in its types. */
interface DataValidationsHolder {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function addValidation(sheet: ExcelJS.Worksheet, validation: ValidationRange): void {
  const rule = validation.rule;
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: validation.strict === true ? 'stop' : 'warning',
    ...(validation.message === undefined ? {} : { error: validation.message }),
  } as const;
  let excel: ExcelJS.DataValidation;
  switch (rule.kind) {
    case 'list':
      excel = { ...base, type: 'list', formulae: [`"${rule.values.map((v) => v.replaceAll('"', '""')).join(',')}"`] };
      break;
    case 'listFromRange':
      excel = { ...base, type: 'list', formulae: [rule.source] };
      break;
    case 'wholeNumber':
      excel = { ...base, type: 'whole', operator: 'between', formulae: [rule.min, rule.max] };
      break;
    case 'decimal':
      excel = { ...base, type: 'decimal', operator: 'between', formulae: [rule.min, rule.max] };
      break;
    case 'date':
      excel = { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
      break;
  }
  (sheet as unknown as DataValidationsHolder).dataValidations.add(rangeAddress(validation.range), excel);
}

function conditionalFormatting(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const ref = rangeAddress(format.range);
  if (format.kind === 'colorScale') {
    const cfvo: ExcelJS.Cvfo[] =
      format.midColor === undefined
        ? [{ type: 'min' }, { type: 'max' }]
        : [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }];
    const colors = [format.minColor, ...(format.midColor === undefined ? [] : [format.midColor]), format.maxColor];
    return { ref, rules: [{ type: 'colorScale', priority, cfvo, color: colors.map((c) => ({ argb: argb(c) })) }] };
  }
  const style: Partial<ExcelJS.Style> = {};
  if (format.style.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.style.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.style.fontColor !== undefined) font.color = { argb: argb(format.style.fontColor) };
  if (format.style.bold === true) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  return { ref, rules: [{ type: 'expression', priority, formulae: [format.formula], style }] };
}

function applySheetSettings(sheet: ExcelJS.Worksheet, plan: ResolvedPlan): void {
  const freeze = plan.freeze;
  const showGridLines = plan.showGridLines ?? true;
  sheet.views =
    freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)
      ? [
          {
            state: 'frozen',
            xSplit: freeze.columns,
            ySplit: freeze.rows,
            topLeftCell: cellAddress(freeze.rows + 1, freeze.columns + 1),
            showGridLines,
          },
        ]
      : [{ state: 'normal', showGridLines }];
  if (plan.tabColor !== undefined) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
  if (plan.print !== undefined) {
    sheet.pageSetup = {
      // A4 (9) and the margins the plans' page breaks are estimated with (src/plans/print.ts).
      // ExcelJS declares its paper sizes as a const enum, which a per-file compiler cannot inline.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      orientation: plan.print.orientation,
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      // ExcelJS quotes the sheet name of the print titles without doubling an apostrophe inside it,
      // which spoils the whole file's names for LibreOffice: such a sheet prints without them.
      ...(plan.print.repeatRows === undefined || plan.finalName.includes("'")
        ? {}
        : { printTitlesRow: `${plan.print.repeatRows.first}:${plan.print.repeatRows.last}` }),
    };
    // Every printed page says which sheet it comes from and where it stands: "Synthèse — 1 / 3".
    sheet.headerFooter = { oddFooter: '&C&8&A — &P / &N' };
    // A break is stored on the row above the one that starts the new page.
    for (const row of plan.print.pageBreaks ?? []) if (row > 1) sheet.getRow(row - 1).addPageBreak();
  }
}
