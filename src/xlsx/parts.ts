/**
 * The .xlsx file as its OOXML parts, written straight from the resolved plans, one row at a time:
 * the streaming counterpart of `writeXlsx` (writer.ts) for large workbooks. No object per cell is
 * built: each sheet's XML is produced in chunks of rows while the zip step (src/cli/xlsx-file.ts)
 * compresses it, so beyond the plans the memory holds the distinct texts, the styles, one chunk and
 * the compressed file.
 *
 * It writes what the ExcelJS path writes, part for part (test/xlsx-streamed.test.ts reads both files
 * back and compares them): values as values (text as shared strings), formulas without a cached
 * result and a full recalculation on load, one style per (named style, number format, unlocked)
 * triple, the cells of a merged range styled as its first cell, the workbook name marking each sheet,
 * print titles, page breaks, protection without a password, and the charts' drawing parts.
 *
 * Free of Node APIs, as the core must be: it only yields strings.
 */
import { cellAddress, columnLetters, rangeAddress } from '../plans/a1.js';
import { quoteSheetName, rangeReference, resolvePlans } from '../plans/names.js';
import { DEFAULT_PROTECTION, editableRanges, type ProtectionMode } from '../plans/protection.js';
import { NUMBER_FORMATS, PALETTE, STYLES, type StyleSpec } from '../plans/theme.js';
import type {
  CellRange,
  ConditionalFormat,
  NumberFormatName,
  NumberFormatRange,
  PlanResolution,
  ResolvedPlan,
  SheetPlan,
  StyleName,
  StyleRange,
  ValidationRange,
} from '../plans/types.js';
import { DRAWING_RELATIONSHIP, drawingParts } from './charts.js';
import { markerName, type WriterStats } from './writer.js';

/** One part of the file: its path in the zip and its text, produced in chunks on demand. */
export interface XlsxPart {
  readonly path: string;
  readonly chunks: () => Iterable<string>;
}

/** Options of {@link xlsxParts}. */
export interface XlsxPartsOptions {
  /** Author written in the document properties, default "Prométhée". */
  readonly creator?: string;
  /** How the sheets are protected, as {@link writeXlsx}'s option of the same name. */
  readonly protection?: ProtectionMode | readonly ProtectionMode[];
  /** The theme part's XML (Office's default theme, which the default font refers to). */
  readonly theme: string;
  /** Creation time written in the document properties; default now. */
  readonly created?: Date;
}

/** The parts of a file and what writing them takes. */
export interface XlsxParts {
  /**
   * The parts, in order. Read them in that order, each one's chunks to the end before the next:
   * the sheets come first and the shared strings and styles they collect after them.
   */
  readonly parts: Iterable<XlsxPart>;
  readonly stats: WriterStats;
  /** The final sheet names, in the order of the plans. */
  readonly sheetNames: readonly string[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** Rows of a sheet put together before they are handed to the zip step. */
const ROWS_PER_CHUNK = 50;
/** What a user may still do on a protected sheet (see writer.ts): sort, filter, resize rows and columns. */
const SHEET_PROTECTION = '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';
const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Every printed page says which sheet it comes from and where it stands: "Synthèse — 1 / 3". */
const FOOTER = '<headerFooter><oddFooter>&amp;C&amp;8&amp;A — &amp;P / &amp;N</oddFooter></headerFooter>';
/** The format codes Excel knows by number; the others are declared in the styles part from 164 on. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/**
 * Resolves plans for a new workbook and describes the parts of its file.
 * @param plans - the plans, in the order their sheets are added
 * @param options - the theme part, the author, the protection
 * @returns the parts (produced as they are read), the work counted, the final sheet names
 * @example xlsxParts([buildKpiPlan({ language: 'fr' })], { theme }).sheetNames // ["KPI acquisition"]
 */
export function xlsxParts(plans: readonly SheetPlan[], options: XlsxPartsOptions): XlsxParts {
  const chosen = options.protection ?? DEFAULT_PROTECTION;
  const resolved = resolvePlans(plans, []);
  const resolution: PlanResolution = {
    ...resolved,
    plans: resolved.plans.map((plan, i) => {
      const protection = typeof chosen === 'string' ? chosen : (chosen[i] ?? DEFAULT_PROTECTION);
      return protection === 'none' ? plan : { ...plan, protection };
    }),
  };
  const sheets = resolution.plans;
  let blocks = 0;
  let cells = 0;
  let ranges = 0;
  let charts = 0;
  for (const plan of sheets) {
    blocks += plan.blocks.length;
    for (const block of plan.blocks) {
      for (const row of block.cells) for (const cell of row) if ('formula' in cell || cell.value !== null) cells++;
    }
    ranges += plan.styles.length + plan.numberFormats.length + plan.validations.length + plan.conditionalFormats.length + plan.merges.length + plan.namedRanges.length;
    charts += plan.charts.length;
  }
  const stats: WriterStats = { sheets: sheets.length, blocks, cells, ranges, charts, calls: blocks + ranges + charts + sheets.length };
  return { parts: parts(sheets, options), stats, sheetNames: sheets.map((plan) => plan.finalName) };
}

function* parts(sheets: readonly ResolvedPlan[], options: XlsxPartsOptions): Generator<XlsxPart> {
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const chartTypes: { path: string; type: string }[] = [];
  let drawing = 0;
  let chart = 0;
  for (const [i, plan] of sheets.entries()) {
    const sheetNumber = i + 1;
    const drawingNumber = plan.charts.length > 0 ? ++drawing : null;
    yield { path: `xl/worksheets/sheet${sheetNumber}.xml`, chunks: () => sheetXml(plan, styles, strings, drawingNumber === null ? null : 'rId1') };
    if (drawingNumber !== null) {
      const target = `../drawings/drawing${drawingNumber}.xml`;
      yield text(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`, relationships([`<Relationship Id="rId1" Type="${DRAWING_RELATIONSHIP}" Target="${target}"/>`]));
      for (const part of drawingParts(plan.finalName, plan.charts, drawingNumber, chart + 1)) {
        if (part.contentType !== undefined) chartTypes.push({ path: part.path, type: part.contentType });
        yield text(part.path, part.xml);
      }
      chart += plan.charts.length;
    }
  }
  yield { path: 'xl/sharedStrings.xml', chunks: () => strings.xml() };
  yield text('xl/styles.xml', styles.xml());
  yield text('xl/theme/theme1.xml', options.theme);
  yield text('xl/workbook.xml', workbookXml(sheets));
  yield text('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  yield text('docProps/core.xml', coreXml(options.creator ?? 'Prométhée', created));
  yield text('docProps/app.xml', appXml(sheets.map((plan) => plan.finalName)));
  yield text('_rels/.rels', ROOT_RELS);
  yield text('[Content_Types].xml', contentTypes(sheets.length, chartTypes));
}

function text(path: string, xml: string): XlsxPart {
  return { path, chunks: () => [xml] };
}

/** The text of a cell or an attribute, escaped; the control characters XML forbids are dropped, as ExcelJS does. */
function escapeXml(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replace(FORBIDDEN, '');
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- the same, and the characters escaped
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** The shared strings table: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  id(value: string): number {
    this.count++;
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(value, id);
    }
    return id;
  }

  *xml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">`;
    let chunk = '';
    for (const value of this.index.keys()) {
      const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
      chunk += `<si><t${space}>${escapeXml(value)}</t></si>`;
      if (chunk.length > 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sst>`;
  }
}

/** The styles part: fonts, fills, borders, number formats and cell formats, each distinct one once. */
class StyleSheet {
  private readonly fonts = ['<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>'];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly formats = new Map<string, number>();
  private readonly cellFormats = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly cellFormatIds = new Map<string, number>();
  private readonly differential: string[] = [];

  /** The cell format of a (named style, number format, unlocked) triple, added on first use. */
  cellFormat(style: StyleName | undefined, format: string | undefined, unlocked: boolean): number {
    const key = `${style ?? ''}|${format ?? ''}|${unlocked ? 'open' : ''}`;
    const known = this.cellFormatIds.get(key);
    if (known !== undefined) return known;
    const spec = style === undefined ? undefined : STYLES[style];
    const numFmtId = format === undefined ? 0 : this.numberFormat(format);
    const fontId = spec === undefined ? 0 : indexOf(this.fonts, fontXml(spec));
    const fillId = spec?.fill === undefined ? 0 : indexOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(spec.fill)}"/></patternFill></fill>`);
    const borderId = spec?.border === undefined ? 0 : indexOf(this.borders, borderXml(spec.border));
    let attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (format !== undefined) attributes += ' applyNumberFormat="1"';
    if (spec !== undefined) attributes += ' applyFont="1"';
    if (fillId > 0) attributes += ' applyFill="1"';
    if (borderId > 0) attributes += ' applyBorder="1"';
    if (spec !== undefined) attributes += ' applyAlignment="1"';
    if (unlocked) attributes += ' applyProtection="1"';
    const inner = (spec === undefined ? '' : alignmentXml(spec)) + (unlocked ? '<protection locked="0"/>' : '');
    const id = this.cellFormats.length;
    this.cellFormats.push(inner === '' ? `<xf ${attributes}/>` : `<xf ${attributes}>${inner}</xf>`);
    this.cellFormatIds.set(key, id);
    return id;
  }

  /** A differential format (a conditional format's look), added; its index. */
  differentialFormat(style: Extract<ConditionalFormat, { kind: 'formula' }>['style']): number {
    const font = (style.bold === true ? '<b/>' : '') + (style.fontColor === undefined ? '' : `<color rgb="${argb(style.fontColor)}"/>`);
    const fill = style.fill === undefined ? '' : `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`;
    this.differential.push(`<dxf>${font === '' ? '' : `<font>${font}</font>`}${fill}</dxf>`);
    return this.differential.length - 1;
  }

  private numberFormat(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[], extra = ''): string => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" ` +
      `xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
      (formats.length > 0 ? list('numFmts', formats) : '') +
      list('fonts', this.fonts, ' x14ac:knownFonts="1"') +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.cellFormats) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.differential) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

function indexOf(items: string[], item: string): number {
  const at = items.indexOf(item);
  if (at >= 0) return at;
  items.push(item);
  return items.length - 1;
}

/** A theme style's font, as writer.ts gives it: always named Calibri, 11 points unless said. */
function fontXml(spec: StyleSpec): string {
  return (
    `<font>${spec.bold === true ? '<b/>' : ''}${spec.italic === true ? '<i/>' : ''}` +
    `${spec.fontColor === undefined ? '' : `<color rgb="${argb(spec.fontColor)}"/>`}<sz val="${spec.fontSize ?? 11}"/><name val="Calibri"/></font>`
  );
}

function borderXml(border: NonNullable<StyleSpec['border']>): string {
  const thin = `style="thin"><color rgb="${argb(PALETTE.border)}"/>`;
  if (border === 'box') return `<border><left ${thin}</left><right ${thin}</right><top ${thin}</top><bottom ${thin}</bottom><diagonal/></border>`;
  if (border === 'top') return `<border><left/><right/><top ${thin}</top><bottom/><diagonal/></border>`;
  return `<border><left/><right/><top/><bottom style="medium"><color rgb="${argb(PALETTE.navy)}"/></bottom><diagonal/></border>`;
}

function alignmentXml(spec: StyleSpec): string {
  const horizontal = spec.horizontal === undefined ? '' : ` horizontal="${spec.horizontal}"`;
  const vertical = ` vertical="${spec.vertical === 'top' ? 'top' : 'center'}"`;
  return `<alignment${horizontal}${vertical}${spec.wrap === true ? ' wrapText="1"' : ''}/>`;
}

function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** The number format code of a plan's language (as writer.ts: French codes carry the French locale). */
function numberFormat(format: NumberFormatName, language: ResolvedPlan['language']): string {
  const code = NUMBER_FORMATS[format];
  if (language !== 'fr' || format === 'text') return code;
  return `[$-40C]${code.replace(' "€"', '"\u00A0€"').replace(/%$/, '"\u00A0"%')}`;
}

function covers(range: CellRange, row: number, column: number): boolean {
  return row >= range.row && row < range.row + range.rowCount && column >= range.column && column < range.column + range.columnCount;
}

function coversRow(range: CellRange, row: number): boolean {
  return row >= range.row && row < range.row + range.rowCount;
}

/**
 * The cell formats of a sheet, read from its ranges a row at a time (no map of its cells): the last
 * style range over a cell gives its look, the last format range its number format, and a merged
 * range's other cells take its first cell's format and lose their values (ExcelJS merges so).
 */
class SheetFormats {
  private rowStyles: StyleRange[] = [];
  private rowFormats: NumberFormatRange[] = [];
  private rowEditable: CellRange[] = [];
  private rowMerges: CellRange[] = [];
  private readonly editable: CellRange[];
  /** Per column, the ranges that gave the last format found and that format: the next row's cell usually has the same. */
  private readonly lastByColumn = new Map<number, { style: StyleRange | undefined; format: NumberFormatRange | undefined; unlocked: boolean; id: number }>();

  constructor(
    private readonly plan: ResolvedPlan,
    private readonly styles: StyleSheet,
  ) {
    this.editable = plan.protection !== undefined && plan.protection !== 'none' ? editableRanges(plan) : [];
  }

  /** Moves to a row: keeps the ranges that cross it. */
  startRow(row: number): void {
    this.rowStyles = this.plan.styles.filter(({ range }) => coversRow(range, row));
    this.rowFormats = this.plan.numberFormats.filter(({ range }) => coversRow(range, row));
    this.rowEditable = this.editable.filter((range) => coversRow(range, row));
    this.rowMerges = this.plan.merges.filter((range) => coversRow(range, row));
  }

  /** Whether the cell of the current row is a merged range's cell other than its first. */
  mergedAway(row: number, column: number): CellRange | undefined {
    return this.rowMerges.find((range) => covers(range, row, column) && (row !== range.row || column !== range.column));
  }

  /** The cell format of a cell of the current row (0: none). */
  at(row: number, column: number): number {
    const merged = this.mergedAway(row, column);
    if (merged !== undefined) return this.anywhere(merged.row, merged.column);
    const style = findLast(this.rowStyles, ({ range }) => covers(range, row, column));
    const format = findLast(this.rowFormats, ({ range }) => covers(range, row, column));
    const unlocked = this.rowEditable.some((range) => covers(range, row, column));
    const last = this.lastByColumn.get(column);
    if (last !== undefined && last.style === style && last.format === format && last.unlocked === unlocked) return last.id;
    const id = this.format(style?.style, format?.format, unlocked);
    this.lastByColumn.set(column, { style, format, unlocked, id });
    return id;
  }

  /** The format of any cell, from all the sheet's ranges (a merged range's first cell). */
  private anywhere(row: number, column: number): number {
    return this.format(
      findLast(this.plan.styles, ({ range }) => covers(range, row, column))?.style,
      findLast(this.plan.numberFormats, ({ range }) => covers(range, row, column))?.format,
      this.editable.some((range) => covers(range, row, column)),
    );
  }

  private format(style: StyleName | undefined, format: NumberFormatName | undefined, unlocked: boolean): number {
    if (style === undefined && format === undefined) return 0;
    return this.styles.cellFormat(style, format === undefined ? undefined : numberFormat(format, this.plan.language), unlocked);
  }
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (test(item)) return item;
  }
  return undefined;
}

/** The worksheet part, row after row, in chunks of {@link ROWS_PER_CHUNK} rows. */
function* sheetXml(plan: ResolvedPlan, styles: StyleSheet, strings: SharedStrings, drawing: string | null): Generator<string> {
  const formats = new SheetFormats(plan, styles);
  const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
  let lastRow = 0;
  let lastColumn = 0;
  for (const block of plan.blocks) {
    lastRow = Math.max(lastRow, block.row + block.cells.length - 1);
    lastColumn = Math.max(lastColumn, block.column + (block.cells[0]?.length ?? 0) - 1);
  }
  for (const range of [...plan.styles.map((style) => style.range), ...plan.numberFormats.map((format) => format.range), ...plan.merges]) {
    lastRow = Math.max(lastRow, range.row + range.rowCount - 1);
    lastColumn = Math.max(lastColumn, range.column + range.columnCount - 1);
  }
  for (const row of heights.keys()) lastRow = Math.max(lastRow, row);

  let head = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
  const fitToPage = plan.print?.fitToWidth === true;
  if (plan.tabColor !== undefined || fitToPage) {
    head += `<sheetPr>${plan.tabColor === undefined ? '' : `<tabColor rgb="${argb(plan.tabColor)}"/>`}${fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`;
  }
  head += `<dimension ref="${lastRow === 0 ? 'A1' : `A1:${cellAddress(lastRow, Math.max(lastColumn, 1))}`}"/>`;
  head += sheetViews(plan);
  head += '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
  if (plan.columnWidths.length > 0) {
    head += `<cols>${columnRuns(plan).map(({ min, max, width }) => `<col min="${min}" max="${max}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
  }
  yield `${head}<sheetData>`;

  let chunk = '';
  let rowsInChunk = 0;
  for (let row = 1; row <= lastRow; row++) {
    let cellsXml = '';
    formats.startRow(row);
    for (let column = 1; column <= lastColumn; column++) {
      const format = formats.at(row, column);
      let content = '';
      let type = '';
      if (formats.mergedAway(row, column) === undefined) {
        const cell = cellAt(plan.blocks, row, column);
        if (cell !== undefined) {
          if ('formula' in cell) content = `<f>${escapeXml(cell.formula)}</f>`;
          else if (typeof cell.value === 'string') {
            type = ' t="s"';
            content = `<v>${strings.id(cell.value)}</v>`;
          } else if (typeof cell.value === 'number') content = `<v>${String(cell.value)}</v>`;
          else if (typeof cell.value === 'boolean') {
            type = ' t="b"';
            content = `<v>${cell.value ? 1 : 0}</v>`;
          }
        }
      }
      if (content === '' && format === 0) continue;
      const s = format === 0 ? '' : ` s="${format}"`;
      cellsXml += content === '' ? `<c r="${columnLetters(column)}${row}"${s}/>` : `<c r="${columnLetters(column)}${row}"${s}${type}>${content}</c>`;
    }
    const height = heights.get(row);
    if (cellsXml === '' && height === undefined) continue;
    chunk += `<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cellsXml}</row>`;
    if (++rowsInChunk >= ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      rowsInChunk = 0;
    }
  }
  yield `${chunk}</sheetData>${sheetTail(plan, styles, drawing)}`;
}

/** The column widths, the last one given for a column, adjacent columns of one width as one run. */
function columnRuns(plan: ResolvedPlan): { min: number; max: number; width: number }[] {
  const widths = new Map<number, number>();
  for (const { column, width } of plan.columnWidths) widths.set(column, width);
  const runs: { min: number; max: number; width: number }[] = [];
  for (const [column, width] of [...widths].sort((a, b) => a[0] - b[0])) {
    const last = runs.at(-1);
    if (last !== undefined && last.max === column - 1 && last.width === width) last.max = column;
    else runs.push({ min: column, max: column, width });
  }
  return runs;
}

/** The plan cell written at (row, column), or none. */
function cellAt(blocks: ResolvedPlan['blocks'], row: number, column: number): ResolvedPlan['blocks'][number]['cells'][number][number] | undefined {
  let found: ResolvedPlan['blocks'][number]['cells'][number][number] | undefined;
  // Blocks may overlap: the last one written wins, as when they are written one after the other.
  for (const block of blocks) {
    if (row < block.row || column < block.column) continue;
    const cells = block.cells[row - block.row];
    if (cells === undefined) continue;
    const cell = cells[column - block.column];
    if (cell !== undefined && ('formula' in cell || cell.value !== null)) found = cell;
  }
  return found;
}

function sheetViews(plan: ResolvedPlan): string {
  const grid = plan.showGridLines === false ? ' showGridLines="0"' : '';
  const freeze = plan.freeze;
  if (freeze === undefined || (freeze.rows === 0 && freeze.columns === 0)) return `<sheetViews><sheetView workbookViewId="0"${grid}/></sheetViews>`;
  const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = (freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : '') + (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '');
  return (
    `<sheetViews><sheetView workbookViewId="0"${grid}><pane${split} topLeftCell="${cellAddress(freeze.rows + 1, freeze.columns + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** Everything after the cells, in the schema's order: protection … drawing. */
function sheetTail(plan: ResolvedPlan, styles: StyleSheet, drawing: string | null): string {
  let tail = plan.protection !== undefined && plan.protection !== 'none' ? SHEET_PROTECTION : '';
  // Listed row by row, as ExcelJS finds them in the cells.
  const merges = [...plan.merges].sort((a, b) => a.row - b.row || a.column - b.column);
  if (merges.length > 0) tail += `<mergeCells count="${merges.length}">${merges.map((range) => `<mergeCell ref="${rangeAddress(range)}"/>`).join('')}</mergeCells>`;
  plan.conditionalFormats.forEach((format, i) => {
    tail += `<conditionalFormatting sqref="${rangeAddress(format.range)}">${conditionalRule(format, i + 1, styles)}</conditionalFormatting>`;
  });
  if (plan.validations.length > 0) tail += `<dataValidations count="${plan.validations.length}">${plan.validations.map(validationXml).join('')}</dataValidations>`;
  tail += PAGE_MARGINS;
  if (plan.print !== undefined) {
    const fit = plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    tail += `<pageSetup paperSize="9" orientation="${plan.print.orientation}"${fit}/>${FOOTER}`;
    const breaks = (plan.print.pageBreaks ?? []).filter((row) => row > 1);
    // A break is stored on the row above the one that starts the new page.
    if (breaks.length > 0) tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row - 1}" max="16838" man="1"/>`).join('')}</rowBreaks>`;  } else {
    // ExcelJS's default page setup, written for a sheet the plan does not set up for printing.
    tail += '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>';
  }
  if (drawing !== null) tail += `<drawing r:id="${drawing}"/>`;
  return `${tail}</worksheet>`;
}

function conditionalRule(format: ConditionalFormat, priority: number, styles: StyleSheet): string {
  if (format.kind === 'colorScale') {
    const points = format.midColor === undefined ? '<cfvo type="min"/><cfvo type="max"/>' : '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>';
    const colors = [format.minColor, ...(format.midColor === undefined ? [] : [format.midColor]), format.maxColor].map((color) => `<color rgb="${argb(color)}"/>`).join('');
    return `<cfRule type="colorScale" priority="${priority}"><colorScale>${points}${colors}</colorScale></cfRule>`;
  }
  const dxf = styles.differentialFormat(format.style);
  return `<cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${escapeXml(format.formula)}</formula></cfRule>`;
}

function validationXml(validation: ValidationRange): string {
  const rule = validation.rule;
  let type: string;
  let operator = '';
  let formulas: string[];
  switch (rule.kind) {
    case 'list':
      type = 'list';
      formulas = [`"${rule.values.map((v) => v.replaceAll('"', '""')).join(',')}"`];
      break;
    case 'listFromRange':
      type = 'list';
      formulas = [rule.source];
      break;
    case 'wholeNumber':
    case 'decimal':
      type = rule.kind === 'wholeNumber' ? 'whole' : 'decimal';
      formulas = [String(rule.min), String(rule.max)];
      break;
    case 'date':
      type = 'date';
      operator = ' operator="greaterThan"';
      // 1 January 1900, as ExcelJS converts that date for a validation (serial number 2).
      formulas = ['2'];
      break;
  }
  const error = validation.message === undefined ? '' : ` error="${escapeXml(validation.message)}"`;
  return (
    `<dataValidation type="${type}"${operator} allowBlank="1" showErrorMessage="1" errorStyle="${validation.strict === true ? 'stop' : 'warning'}"${error} sqref="${rangeAddress(validation.range)}">` +
    formulas.map((formula, i) => `<formula${i + 1}>${escapeXml(formula)}</formula${i + 1}>`).join('') +
    '</dataValidation>'
  );
}

function workbookXml(sheets: readonly ResolvedPlan[]): string {
  const names: string[] = [];
  const name = (label: string, reference: string, sheet?: number): void => {
    names.push(`<definedName name="${label}"${sheet === undefined ? '' : ` localSheetId="${sheet}"`}>${escapeXml(reference)}</definedName>`);
  };
  // ExcelJS leaves a sheet name of letters and digits unquoted in a name's reference: so here.
  const reference = (plan: ResolvedPlan, range: CellRange): string =>
    /^[a-zA-Z0-9]*$/.test(plan.finalName) ? `${plan.finalName}!${rangeAddress(range, { absolute: true })}` : rangeReference(plan.finalName, range);
  for (const plan of sheets) {
    for (const named of plan.namedRanges) name(named.name, reference(plan, named.range));
    name(markerName(plan), reference(plan, { row: 1, column: 1, rowCount: 1, columnCount: 1 }));
  }
  sheets.forEach((plan, i) => {
    const rows = plan.print?.repeatRows;
    if (rows !== undefined) name('_xlnm.Print_Titles', `${quoteSheetName(plan.finalName)}!$${rows.first}:$${rows.last}`, i);
  });
  const sheetList = sheets.map((plan, i) => `<sheet sheetId="${i + 1}" name="${escapeXml(plan.finalName)}" state="visible" r:id="rId${i + 4}"/>`).join('');
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" ` +
    `xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/>` +
    `<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>${sheetList}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

function workbookRels(sheetCount: number): string {
  const type = (name: string): string => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
  const items = [
    `<Relationship Id="rId1" Type="${type('styles')}" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${type('theme')}" Target="theme/theme1.xml"/>`,
    `<Relationship Id="rId3" Type="${type('sharedStrings')}" Target="sharedStrings.xml"/>`,
  ];
  for (let i = 1; i <= sheetCount; i++) items.push(`<Relationship Id="rId${i + 3}" Type="${type('worksheet')}" Target="worksheets/sheet${i}.xml"/>`);
  return relationships(items);
}

function relationships(items: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${items.join('')}</Relationships>`;
}

const ROOT_RELS = relationships([
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>',
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
]);

function coreXml(creator: string, created: string): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`
  );
}

function appXml(sheetNames: readonly string[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

function contentTypes(sheetCount: number, charts: readonly { path: string; type: string }[]): string {
  const override = (path: string, type: string): string => `<Override PartName="/${path}" ContentType="${type}"/>`;
  const overrides = [override('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')];
  for (let i = 1; i <= sheetCount; i++) overrides.push(override(`xl/worksheets/sheet${i}.xml`, WORKSHEET_TYPE));
  overrides.push(
    override('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'),
    override('xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'),
    override('xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'),
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'),
    ...charts.map(({ path, type }) => override(path, type)),
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`
  );
}
