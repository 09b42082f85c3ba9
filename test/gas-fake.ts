/**
 * An in-memory Google spreadsheet implementing the Apps Script interfaces of gas/server/services.ts
 * (which the real API is type-checked against), for running the built Code.js in a Node `vm`.
 *
 * It behaves as Sheets does where the product depends on it:
 * - `setValues` reads a string as a user's entry: "'…" is text (the apostrophe dropped), "=…" a
 *   formula, "123" / "-4.5" / "1e3" a number, "TRUE"/"FALSE" a boolean, anything else text;
 * - `setFormulas` stores "=…" as a formula, "" clears the cell, and reads anything else as an entry;
 * - a sheet name is unique; the last sheet cannot be deleted; a named range name is unique;
 * - `getValues` returns what `setValues` stored, formulas as "" unless a test says what Sheets
 *   calculated ({@link FakeSheet.calculate}); a custom function's 2-D result fills the cells right and
 *   below, which hold no formula of their own (`getFormulas` gives ""), and shows #REF! without
 *   expanding when one of them holds something; a new content in the formula's cell drops its result
 *   (https://developers.google.com/apps-script/guides/sheets/functions, "Return values": a 2-D array
 *   overflows into adjacent cells "as long as those cells are empty");
 * - `getDataRange` is A1 to the last row and column holding something, spilled results included
 *   (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange());
 * - a spreadsheet has a locale and a time zone of its own (File › Settings); a date cell holds a
 *   calendar day, and Apps Script hands it to a script (custom-function arguments, `getValues`) as the
 *   `Date` of the instant that day starts in the *spreadsheet's* zone, which the script's `Date`
 *   methods then read in the *script's* zone (appsscript.json's `timeZone`): {@link zonedMidnight}
 *   makes those instants, `Utilities.formatDate` formats in a given zone as Apps Script's does
 *   (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * - a sheet can be protected (`Sheet.protect()`, https://developers.google.com/apps-script/reference/spreadsheet/protection):
 *   its protection starts with the spreadsheet's editors as editors, can never lose the owner, and a
 *   protected sheet that is not in warning mode can be deleted only by the owner or one of its editors
 *   (Sheets refuses the others: "You are trying to edit a protected cell or object");
 * - a formula written by a script is parsed in the spreadsheet's locale (what reports of the real host
 *   say; Google documents no locale for it, see gas/server/adapter.ts): in a locale whose decimal
 *   separator is ",", a "," outside quotes makes it a parse error, `#ERROR!` ({@link commaDecimalLocale});
 * It counts every call, per object kind, so tests can check that writes are batched, and the reads of
 * the spreadsheet's settings, which are server calls in a custom function.
 */
import { cellAddress } from '../src/plans/a1.js';
import type {
  AppsScriptServices,
  Built,
  ChartBuilderApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  DeveloperMetadataApi,
  MenuApi,
  NamedRangeApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
  UserApi,
} from '../gas/server/services.js';

type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type InterpolationType = GoogleAppsScript.Spreadsheet.InterpolationType;
type MetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type ChartType = GoogleAppsScript.Charts.ChartType;

// The enum values of Apps Script are opaque objects; here, their names.
const DOCUMENT = 'DOCUMENT' as unknown as MetadataVisibility;
const ENUMS = {
  SOLID: 'SOLID' as unknown as BorderStyle,
  SOLID_MEDIUM: 'SOLID_MEDIUM' as unknown as BorderStyle,
  PERCENTILE: 'PERCENTILE' as unknown as InterpolationType,
  BAR: 'BAR' as unknown as ChartType,
  COLUMN: 'COLUMN' as unknown as ChartType,
  LINE: 'LINE' as unknown as ChartType,
  RADAR: 'RADAR' as unknown as ChartType,
  COMBO: 'COMBO' as unknown as ChartType,
  SCATTER: 'SCATTER' as unknown as ChartType,
  BUBBLE: 'BUBBLE' as unknown as ChartType,
};

/** The fake behind an interface: the adapter only hands back objects the fake gave it. */
function fakeRange(range: RangeApi): FakeRange {
  if (!(range instanceof FakeRange)) throw new Error('not a range of this spreadsheet');
  return range;
}

/** A stored cell: a value (text, number, boolean, Date) or a formula. */
export interface FakeCell {
  readonly value: unknown;
  readonly formula?: string;
}

/** Counts of calls, by the kind of object called. */
export interface CallCounts {
  /** Range methods that write (set…, merge). */
  rangeWrites: number;
  /** Every call to a Range, Sheet, Spreadsheet or builder method. */
  all: number;
  /** Spreadsheet.getSpreadsheetLocale() calls. */
  locale: number;
  /** Spreadsheet.getSpreadsheetTimeZone() calls. */
  timeZone: number;
  /** Utilities.formatDate() calls. */
  formatDate: number;
}

/** The calendar fields of an instant in a time zone, as the zone's wall clock shows them. */
const clocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(time: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(new Date(time));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), second: field('second') };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function zoneOffset(time: number, timeZone: string): number {
  const c = wallClock(time, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(time / 1000) * 1000;
}

/**
 * The instant a calendar day starts in a time zone (its midnight; the first minute after midnight where
 * a clock change skips it), in milliseconds since the epoch: the `Date` Sheets hands a script for a
 * date cell of a spreadsheet in that zone.
 * @example zonedMidnight(2024, 3, 1, 'Asia/Tokyo') // Date.UTC(2024, 1, 29, 15) — 2024-02-29T15:00Z
 */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let time = wall - zoneOffset(wall, timeZone);
  // Once more, with the offset in force at the instant found (a clock change between the two).
  time = wall - zoneOffset(time, timeZone);
  return time;
}

/**
 * Apps Script's `Utilities.formatDate`, for the patterns the code uses (letters y, M, d, H, m, s of
 * java.text.SimpleDateFormat, which the documentation names); any other letter throws, so that a new
 * pattern gets its fake first.
 */
export function formatDateInZone(date: Date, timeZone: string, format: string): string {
  const c = wallClock(date.getTime(), timeZone);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const fields: Record<string, string> = { yyyy: pad(c.year, 4), MM: pad(c.month, 2), dd: pad(c.day, 2), HH: pad(c.hour, 2), mm: pad(c.minute, 2), ss: pad(c.second, 2) };
  return format.replace(/([A-Za-z])\1*/g, (letters) => {
    const value = fields[letters];
    if (value === undefined) throw new Error(`the fake Utilities.formatDate does not know the pattern ${letters}`);
    return value;
  });
}

/** A recorded format, style, rule or chart: what the adapter asked for, by A1 range. */
export interface Recorded {
  readonly a1: string;
  readonly what: string;
  readonly args: readonly unknown[];
}

const NUMBER_ENTRY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** How Sheets reads a string typed into a cell. */
export function enteredCell(text: string): FakeCell | undefined {
  if (text === '') return undefined;
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { value: '', formula: text };
  if (NUMBER_ENTRY.test(text)) return { value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  return { value: text };
}

/**
 * Locales whose decimal separator is "," (so "," cannot separate a formula's arguments): the French,
 * German, Spanish, Italian, Portuguese, Dutch, Russian, Turkish… locales of Sheets' File › Settings.
 * A sample, not the whole list: enough for the tests' locales.
 */
export function commaDecimalLocale(locale: string): boolean {
  return /^(fr|de|es|it|pt|nl|ru|tr|pl|cs|da|fi|sv|nb|el|hu|ro|uk|id|vi)_/.test(locale) && !['es_MX'].includes(locale);
}

export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private count(write: boolean): void {
    this.sheet.book.calls.all++;
    if (write) this.sheet.book.calls.rangeWrites++;
  }

  getA1Notation(): string {
    this.count(false);
    const start = cellAddress(this.row, this.column);
    return this.rows === 1 && this.columns === 1 ? start : `${start}:${cellAddress(this.row + this.rows - 1, this.column + this.columns - 1)}`;
  }

  /** The A1 address without counting a call (for the tests' records). */
  get a1(): string {
    const start = cellAddress(this.row, this.column);
    return this.rows === 1 && this.columns === 1 ? start : `${start}:${cellAddress(this.row + this.rows - 1, this.column + this.columns - 1)}`;
  }

  getValues(): unknown[][] {
    this.count(false);
    const rows: unknown[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < this.columns; j++) {
        row.push(this.sheet.shown(this.row + i, this.column + j));
      }
      rows.push(row);
    }
    return rows;
  }

  getFormulas(): string[][] {
    this.count(false);
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.columns }, (__, j) => this.sheet.cell(this.row + i, this.column + j)?.formula ?? ''));
  }

  clearContent(): unknown {
    this.count(true);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.sheet.put(this.row + i, this.column + j, undefined);
    this.sheet.writes.push({ a1: this.a1, what: 'clearContent', args: [] });
    return this;
  }

  getMergedRanges(): readonly unknown[] {
    this.count(false);
    return this.sheet.merges.filter((merge) => this.overlaps(merge));
  }

  private overlaps(other: FakeRange): boolean {
    return other.row < this.row + this.rows && this.row < other.row + other.rows && other.column < this.column + this.columns && this.column < other.column + other.columns;
  }

  getSheet(): SheetApi {
    this.count(false);
    return this.sheet;
  }

  private checkShape(cells: readonly (readonly unknown[])[], method: string): void {
    if (cells.length !== this.rows || cells.some((row) => row.length !== this.columns)) {
      throw new Error(`${method}: the data has ${cells.length} rows but the range has ${this.rows} (${this.a1})`);
    }
  }

  setValues(values: (string | number | boolean | Date)[][]): unknown {
    this.count(true);
    this.checkShape(values, 'setValues');
    values.forEach((row, i) => {
      row.forEach((value, j) => {
        this.sheet.put(this.row + i, this.column + j, typeof value === 'string' ? enteredCell(value) : { value });
      });
    });
    this.sheet.writes.push({ a1: this.a1, what: 'setValues', args: [] });
    return this;
  }

  setFormulas(formulas: string[][]): unknown {
    this.count(true);
    this.checkShape(formulas, 'setFormulas');
    formulas.forEach((row, i) => {
      row.forEach((formula, j) => {
        const cell = enteredCell(formula);
        const parsed = cell?.formula === undefined ? undefined : this.sheet.book.parsed(cell.formula);
        if (parsed !== undefined && !parsed.ok) this.sheet.book.formulaErrors.push(parsed.reason);
        this.sheet.put(this.row + i, this.column + j, parsed !== undefined && !parsed.ok ? { value: '#ERROR!', formula } : cell);
      });
    });
    this.sheet.writes.push({ a1: this.a1, what: 'setFormulas', args: [] });
    return this;
  }

  private record(what: string, args: readonly unknown[]): this {
    this.count(true);
    this.sheet.formats.push({ a1: this.a1, what, args });
    return this;
  }

  setNumberFormat(numberFormat: string): unknown {
    return this.record('numberFormat', [numberFormat]);
  }
  setFontWeight(fontWeight: 'normal' | 'bold' | null): unknown {
    return this.record('fontWeight', [fontWeight]);
  }
  setFontStyle(fontStyle: 'normal' | 'italic' | null): unknown {
    return this.record('fontStyle', [fontStyle]);
  }
  setFontSize(size: number): unknown {
    return this.record('fontSize', [size]);
  }
  setFontColor(color: string | null): unknown {
    return this.record('fontColor', [color]);
  }
  setBackground(color: string | null): unknown {
    return this.record('background', [color]);
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): unknown {
    return this.record('horizontalAlignment', [alignment]);
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): unknown {
    return this.record('verticalAlignment', [alignment]);
  }
  setWrap(isWrapEnabled: boolean): unknown {
    return this.record('wrap', [isWrapEnabled]);
  }
  setBorder(...args: [boolean | null, boolean | null, boolean | null, boolean | null, boolean | null, boolean | null, string | null, BorderStyle | null]): unknown {
    return this.record('border', args);
  }
  setDataValidation(rule: Built | null): unknown {
    this.count(true);
    const requirement = rule as FakeValidation | null;
    if (requirement?.requirement === 'formulaSatisfied') {
      const parsed = this.sheet.book.parsed(String(requirement.args[0]));
      if (!parsed.ok) this.sheet.book.formulaErrors.push(parsed.reason);
    }
    this.sheet.validations.push({ a1: this.a1, what: 'validation', args: [rule] });
    return this;
  }
  merge(): unknown {
    this.count(true);
    this.sheet.merges.push(this);
    return this;
  }
}

class FakeDeveloperMetadata implements DeveloperMetadataApi {
  constructor(
    readonly key: string,
    readonly value: string | null,
  ) {}
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
}

class FakeChartBuilder implements ChartBuilderApi {
  readonly chart: { type?: ChartType; ranges: string[]; position?: number[]; options: Record<string, unknown> } = { ranges: [], options: {} };
  constructor(private readonly book: FakeSpreadsheet) {}
  private step(): this {
    this.book.calls.all++;
    return this;
  }
  setChartType(type: ChartType): ChartBuilderApi {
    this.chart.type = type;
    return this.step();
  }
  addRange(range: RangeApi): ChartBuilderApi {
    this.chart.ranges.push(fakeRange(range).a1);
    return this.step();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi {
    this.chart.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this.step();
  }
  setOption(option: string, value: unknown): ChartBuilderApi {
    this.chart.options[option] = value;
    return this.step();
  }
  build(): Built {
    this.step();
    return { ...this.chart };
  }
}

/** A sheet's protection, with what the script set on it. */
export class FakeProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];
  editors: string[];
  domainEdit = true;
  /** Calls made to this protection. */
  calls = 0;

  constructor(private readonly book: FakeSpreadsheet) {
    this.editors = [...book.editors];
  }

  private step(): this {
    this.calls++;
    this.book.calls.all++;
    return this;
  }

  setDescription(description: string): ProtectionApi {
    this.description = description;
    return this.step();
  }
  setWarningOnly(warningOnly: boolean): ProtectionApi {
    this.warningOnly = warningOnly;
    return this.step();
  }
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi {
    this.unprotected = ranges.map(fakeRange);
    return this.step();
  }
  addEditor(emailAddress: string): ProtectionApi {
    if (!this.editors.includes(emailAddress)) this.editors.push(emailAddress);
    return this.step();
  }
  removeEditors(emailAddresses: string[]): ProtectionApi {
    // The owner always stays an editor.
    this.editors = this.editors.filter((email) => email === this.book.owner || !emailAddresses.includes(email));
    return this.step();
  }
  getEditors(): UserApi[] {
    this.step();
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  canDomainEdit(): boolean {
    this.step();
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): ProtectionApi {
    this.domainEdit = editable;
    return this.step();
  }

  /** True when the user may change what this protects without being stopped. */
  lets(user: string): boolean {
    return this.warningOnly || user === this.book.owner || this.editors.includes(user);
  }
}

export class FakeSheet implements SheetApi {
  private readonly cells = new Map<number, FakeCell>();
  readonly writes: Recorded[] = [];
  readonly formats: Recorded[] = [];
  readonly validations: Recorded[] = [];
  readonly merges: FakeRange[] = [];
  readonly metadata: FakeDeveloperMetadata[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: Built[] = [];
  conditionalRules: Built[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hiddenGridlines = false;
  protection: FakeProtection | undefined;

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
  ) {}

  private static key(row: number, column: number): number {
    return row * 20_000 + column;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }

  put(row: number, column: number, cell: FakeCell | undefined): void {
    // A new content: the old formula's result goes (Sheets calculates the new one: calculate() in tests).
    this.results.delete(FakeSheet.key(row, column));
    if (cell === undefined) this.cells.delete(FakeSheet.key(row, column));
    else this.cells.set(FakeSheet.key(row, column), cell);
  }

  /** Calculated results of formula cells, by cell key. */
  readonly results = new Map<number, unknown[][]>();

  /**
   * What Sheets calculated for the formula in a cell (1-based): one value, or a matrix that fills the
   * cells right and below — or #REF! when one of them holds something.
   */
  calculate(row: number, column: number, result: unknown): void {
    if (this.cell(row, column)?.formula === undefined) throw new Error(`No formula at ${cellAddress(row, column)} to calculate.`);
    const matrix = Array.isArray(result) ? (result as unknown[][]) : [[result]];
    for (let i = 0; i < matrix.length; i++) {
      for (let j = 0; j < (matrix[0]?.length ?? 0); j++) {
        if ((i > 0 || j > 0) && (this.cell(row + i, column + j) !== undefined || this.spillOwner(row + i, column + j) !== undefined)) {
          this.results.set(FakeSheet.key(row, column), [['#REF!']]);
          return;
        }
      }
    }
    this.results.set(FakeSheet.key(row, column), matrix);
  }

  private spillOwner(row: number, column: number): { row: number; column: number; result: unknown[][] } | undefined {
    for (const [key, result] of this.results) {
      const top = Math.floor(key / 20_000);
      const left = key - top * 20_000;
      if (row === top && column === left) continue;
      if (row >= top && row < top + result.length && column >= left && column < left + (result[0]?.length ?? 0)) return { row: top, column: left, result };
    }
    return undefined;
  }

  /** What `getValues` gives for a cell (1-based): its value, a formula's calculated result, a spilled value, or "". */
  shown(row: number, column: number): unknown {
    const cell = this.cell(row, column);
    if (cell === undefined) {
      const owner = this.spillOwner(row, column);
      return owner === undefined ? '' : (owner.result[row - owner.row]?.[column - owner.column] ?? '');
    }
    if (cell.formula !== undefined) return this.results.get(FakeSheet.key(row, column))?.[0]?.[0] ?? '';
    return cell.value;
  }

  /** Every non-empty cell as "A1" → value or "=formula", for comparisons. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const cell = this.cells.get(key);
      if (cell === undefined) continue;
      const row = Math.floor(key / 20_000);
      out[cellAddress(row, key - row * 20_000)] = cell.formula ?? cell.value;
    }
    return out;
  }

  /** The formula cells only: "A1" → "=formula". */
  formulaCells(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, cell] of this.cells) {
      if (cell.formula === undefined) continue;
      const row = Math.floor(key / 20_000);
      out[cellAddress(row, key - row * 20_000)] = cell.formula;
    }
    return out;
  }

  /** The values of the value cells (formulas left out). */
  valueCells(): unknown[] {
    return [...this.cells.values()].filter((cell) => cell.formula === undefined).map((cell) => cell.value);
  }

  /** Fills cells from rows of values, as a user typing (or pasting) them would. */
  fill(row: number, column: number, values: readonly (readonly unknown[])[]): void {
    values.forEach((cells, i) => {
      cells.forEach((value, j) => {
        this.put(row + i, column + j, value === '' || value === null ? undefined : { value });
      });
    });
  }

  private step(): void {
    this.book.calls.all++;
  }

  getName(): string {
    this.step();
    return this.name;
  }
  protect(): ProtectionApi {
    this.step();
    if (this.protection !== undefined) throw new Error(`Sheet ${this.name} is protected already`);
    this.protection = new FakeProtection(this.book);
    return this.protection;
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi {
    this.step();
    if (![row, column, numRows, numColumns].every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`getRange(${row}, ${column}, ${numRows}, ${numColumns}): invalid range`);
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getDataRange(): RangeApi {
    this.step();
    let rows = 1;
    let columns = 1;
    for (const key of this.cells.keys()) {
      const row = Math.floor(key / 20_000);
      rows = Math.max(rows, row);
      columns = Math.max(columns, key - row * 20_000);
    }
    for (const [key, result] of this.results) {
      const row = Math.floor(key / 20_000);
      rows = Math.max(rows, row + result.length - 1);
      columns = Math.max(columns, key - row * 20_000 + (result[0]?.length ?? 1) - 1);
    }
    return new FakeRange(this, 1, 1, rows, columns);
  }
  getDeveloperMetadata(): readonly DeveloperMetadataApi[] {
    this.step();
    return [...this.metadata];
  }
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): unknown {
    this.step();
    if (visibility !== DOCUMENT) throw new Error('metadata must be visible to the document');
    this.metadata.push(new FakeDeveloperMetadata(key, value));
    return this;
  }
  setColumnWidth(columnPosition: number, width: number): unknown {
    this.step();
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): unknown {
    this.step();
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.step();
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.step();
    this.frozenColumns = columns;
  }
  setConditionalFormatRules(rules: Built[]): void {
    this.step();
    for (const rule of rules as FakeConditionalRule[]) {
      if (rule.formula === undefined) continue;
      const parsed = this.book.parsed(rule.formula);
      if (!parsed.ok) this.book.formulaErrors.push(parsed.reason);
    }
    this.conditionalRules = [...rules];
  }
  setTabColor(color: string | null): unknown {
    this.step();
    this.tabColor = color;
    return this;
  }
  setHiddenGridlines(hideGridlines: boolean): unknown {
    this.step();
    this.hiddenGridlines = hideGridlines;
    return this;
  }
  newChart(): ChartBuilderApi {
    this.step();
    return new FakeChartBuilder(this.book);
  }
  insertChart(chart: Built): void {
    this.step();
    this.charts.push(chart);
  }
}

class FakeNamedRange implements NamedRangeApi {
  constructor(
    private readonly book: FakeSpreadsheet,
    readonly name: string,
    readonly range: FakeRange,
  ) {}
  getName(): string {
    return this.name;
  }
  remove(): void {
    this.book.namedRanges.delete(this.name);
  }
}

/** A data-validation rule as built: the requirement and its settings. */
export interface FakeValidation {
  readonly requirement: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText?: string;
}

class FakeValidationBuilder implements DataValidationBuilderApi {
  private requirement = '';
  private args: readonly unknown[] = [];
  private allowInvalid = true;
  private helpText: string | undefined;
  private require(name: string, args: readonly unknown[]): this {
    this.requirement = name;
    this.args = args;
    return this;
  }
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi {
    return this.require('valueInList', [values, showDropdown]);
  }
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi {
    const fake = fakeRange(range);
    return this.require('valueInRange', [`${fake.sheet.name}!${fake.a1}`, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi {
    return this.require('numberBetween', [start, end]);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilderApi {
    return this.require('formulaSatisfied', [formula]);
  }
  requireDate(): DataValidationBuilderApi {
    return this.require('date', []);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderApi {
    this.helpText = helpText;
    return this;
  }
  build(): Built {
    if (this.requirement === '') throw new Error('a data validation needs a requirement');
    const rule: FakeValidation = { requirement: this.requirement, args: this.args, allowInvalid: this.allowInvalid, ...(this.helpText === undefined ? {} : { helpText: this.helpText }) };
    return rule;
  }
}

/** A conditional-format rule as built. */
export interface FakeConditionalRule {
  readonly ranges: readonly string[];
  readonly formula?: string;
  readonly gradient?: readonly unknown[];
  readonly format: Readonly<Record<string, unknown>>;
}

class FakeConditionalBuilder implements ConditionalFormatRuleBuilderApi {
  private ranges: string[] = [];
  private formula: string | undefined;
  private readonly gradient: unknown[] = [];
  private readonly format: Record<string, unknown> = {};
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi {
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi {
    this.format.background = color;
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi {
    this.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderApi {
    this.format.bold = bold;
    return this;
  }
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderApi {
    this.gradient.push(['min', color]);
    return this;
  }
  setGradientMidpointWithValue(color: string, type: InterpolationType, value: string): ConditionalFormatRuleBuilderApi {
    this.gradient.push(['mid', color, type, value]);
    return this;
  }
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderApi {
    this.gradient.push(['max', color]);
    return this;
  }
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi {
    this.ranges = ranges.map((range) => fakeRange(range).a1);
    return this;
  }
  build(): Built {
    if (this.ranges.length === 0) throw new Error('a conditional format needs ranges');
    if ((this.formula === undefined) === (this.gradient.length === 0)) throw new Error('a conditional format is a formula or a gradient');
    const rule: FakeConditionalRule = {
      ranges: this.ranges,
      format: this.format,
      ...(this.formula === undefined ? { gradient: this.gradient } : { formula: this.formula }),
    };
    return rule;
  }
}

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges = new Map<string, FakeNamedRange>();
  readonly calls: CallCounts = { rangeWrites: 0, all: 0, locale: 0, timeZone: 0, formatDate: 0 };
  activeRange: FakeRange | null = null;
  /** The spreadsheet's owner, and the user running the script (Session.getEffectiveUser()). */
  owner = 'owner@example.com';
  user = 'owner@example.com';
  /** Who may edit the spreadsheet (the owner included). */
  editors: string[] = ['owner@example.com', 'teammate@example.com'];
  /** Every setSpreadsheetLocale(locale), in order. */
  readonly localeChanges: string[] = [];
  /** Formulas (cells, validations, conditional formats) that did not parse, with why. */
  readonly formulaErrors: string[] = [];
  private untitled = 0;

  /**
   * @param locale - File › Settings › Locale, as getSpreadsheetLocale() reports it
   * @param sheetNames - the sheets, in order
   * @param timeZone - File › Settings › Time zone (an IANA name), as getSpreadsheetTimeZone() reports it
   */
  constructor(
    public locale = 'fr_FR',
    sheetNames: readonly string[] = ['Feuille 1'],
    readonly timeZone = 'Europe/Paris',
  ) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(this, name));
  }

  /**
   * The instant of a date cell holding this calendar day: the day's midnight in the spreadsheet's
   * time zone (make the `Date` in the realm of the code under test).
   */
  dateCellTime(year: number, month: number, day: number): number {
    return zonedMidnight(year, month, day, this.timeZone);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** Selects a range of a sheet, as the user would. */
  select(sheetName: string, row: number, column: number, rows: number, columns: number): void {
    this.activeRange = new FakeRange(this.sheet(sheetName), row, column, rows, columns);
  }

  private step(): void {
    this.calls.all++;
  }

  getSheets(): readonly SheetApi[] {
    this.step();
    return [...this.sheets];
  }
  getSheetByName(name: string): SheetApi | null {
    this.step();
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }
  getNumSheets(): number {
    this.step();
    return this.sheets.length;
  }
  insertSheet(sheetName?: string, sheetIndex?: number): SheetApi {
    this.step();
    let name = sheetName;
    if (name === undefined) {
      do name = `Feuille ${++this.untitled + this.sheets.length}`;
      while (this.sheets.some((sheet) => sheet.name === name));
    }
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name);
    this.sheets.splice(sheetIndex ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: SheetApi): void {
    this.step();
    if (this.sheets.length === 1) throw new Error('You can’t remove all the sheets in a document.');
    const index = this.sheets.findIndex((candidate) => candidate === sheet);
    if (index < 0) throw new Error('no such sheet');
    const protection = this.sheets[index]?.protection;
    if (protection !== undefined && !protection.lets(this.user)) {
      throw new Error('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
    this.sheets.splice(index, 1);
  }
  getActiveRange(): RangeApi | null {
    this.step();
    return this.activeRange;
  }
  getRange(a1Notation: string): RangeApi {
    this.step();
    // As Apps Script reads a quoted sheet name and an A1 range ("'Synthèse'!$A$45:$A$54", a validation
    // source); other notations are not needed by the adapter.
    const match = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1Notation);
    const sheet = match === null ? null : this.getSheetByName((match[1] ?? '').replaceAll("''", "'"));
    if (match === null || sheet === null) throw new Error(`getRange("${a1Notation}"): the fake reads 'Sheet'!A1:B2 ranges and names only`);
    const column = (letters: string): number => {
      let n = 0;
      for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
      return n;
    };
    const [row, first] = [Number(match[3]), column(match[2] ?? '')];
    const [lastRow, last] = match[4] === undefined ? [row, first] : [Number(match[5]), column(match[4])];
    return sheet.getRange(row, first, lastRow - row + 1, last - first + 1);
  }
  getRangeByName(name: string): RangeApi | null {
    this.step();
    return this.namedRanges.get(name)?.range ?? null;
  }
  getNamedRanges(): readonly NamedRangeApi[] {
    this.step();
    return [...this.namedRanges.values()];
  }
  setNamedRange(name: string, range: RangeApi): void {
    this.step();
    if (this.namedRanges.has(name)) throw new Error(`The named range ${name} already exists.`);
    this.namedRanges.set(name, new FakeNamedRange(this, name, fakeRange(range)));
  }
  getSpreadsheetLocale(): string {
    this.step();
    this.calls.locale++;
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.step();
    this.calls.timeZone++;
    return this.timeZone;
  }
  setSpreadsheetLocale(locale: string): void {
    this.step();
    this.localeChanges.push(locale);
    this.locale = locale;
  }

  /** The formula as Sheets parses it in the spreadsheet's current locale: its text, or why it fails. */
  parsed(formula: string): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
    if (commaDecimalLocale(this.locale) && /,/.test(formula.replace(/"[^"]*"/g, ''))) {
      return { ok: false, reason: `"," in ${formula} is the decimal separator in ${this.locale}` };
    }
    return { ok: true };
  }
}

/** What the menu and the sidebar asked the UI for. */
export interface FakeUi {
  readonly menuItems: [string, string][];
  menusAdded: number;
  /** The menus added, each with the title the spreadsheet shows and where: the menu bar or Extensions. */
  readonly menus: { readonly title: string; readonly place: 'menu bar' | 'Extensions'; readonly items: readonly [string, string][] }[];
  readonly sidebars: { file: string; title: string }[];
}

/**
 * The name of a new Apps Script project, which a script bound to a spreadsheet keeps until renamed in
 * the editor: the title Sheets gives its add-on menu.
 */
export const UNTITLED_PROJECT = 'Untitled project';

/**
 * The services over one in-memory spreadsheet.
 * @param book - the spreadsheet SpreadsheetApp.getActiveSpreadsheet() returns
 * @param userLocale - Session.getActiveUserLocale()
 * @param projectName - the name of the script project bound to the spreadsheet
 */
export function fakeServices(
  book: FakeSpreadsheet,
  userLocale = 'fr_FR',
  projectName = UNTITLED_PROJECT,
  htmlFiles: Readonly<Record<string, string>> = {},
): { services: AppsScriptServices; ui: FakeUi } {
  const ui: FakeUi = { menuItems: [], menusAdded: 0, menus: [], sidebars: [] };
  const menu = (title: string, place: 'menu bar' | 'Extensions'): MenuApi => {
    const items: [string, string][] = [];
    const builder: MenuApi = {
      addItem(caption: string, functionName: string): MenuApi {
        items.push([caption, functionName]);
        ui.menuItems.push([caption, functionName]);
        return builder;
      },
      addToUi(): void {
        ui.menusAdded++;
        ui.menus.push({ title, place, items: [...items] });
      },
    };
    return builder;
  };
  // Ui.createMenu(caption): a menu of the menu bar with that caption. Ui.createAddonMenu(): a sub-menu
  // of Extensions titled with the add-on's name when the script runs as an add-on, and with the script
  // project's name when the script is bound to the document
  // (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()): here, bound.
  const sheetsUi = {
    createMenu: (caption: string) => menu(caption, 'menu bar'),
    createAddonMenu: () => menu(projectName, 'Extensions'),
    showSidebar: (output: Built) => {
      ui.sidebars.push(output as { file: string; title: string });
    },
  };
  const services: AppsScriptServices = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => book,
      // Writes are applied at once here: flushing has nothing left to apply.
      flush: () => {
        book.calls.all++;
      },
      getUi: () => sheetsUi,
      newDataValidation: () => new FakeValidationBuilder(),
      newConditionalFormatRule: () => new FakeConditionalBuilder(),
      BorderStyle: { SOLID: ENUMS.SOLID, SOLID_MEDIUM: ENUMS.SOLID_MEDIUM },
      InterpolationType: { PERCENTILE: ENUMS.PERCENTILE },
      DeveloperMetadataVisibility: { DOCUMENT },
    },
    HtmlService: {
      // The project's HTML files by name (without .html); a missing one throws, as Apps Script does.
      createHtmlOutputFromFile: (file: string) => {
        const content = htmlFiles[file];
        if (content === undefined && Object.keys(htmlFiles).length > 0) throw new Error(`No HTML file named ${file} was found.`);
        const output = {
          file,
          title: '',
          setTitle(title: string) {
            output.title = title;
            return output;
          },
          getContent: () => content ?? '',
        };
        return output;
      },
    },
    Session: { getActiveUserLocale: () => userLocale, getEffectiveUser: () => ({ getEmail: () => book.user }) },
    Utilities: {
      formatDate: (date: Date, timeZone: string, format: string) => {
        book.calls.formatDate++;
        return formatDateInZone(date, timeZone, format);
      },
    },
    Charts: {
      ChartType: { BAR: ENUMS.BAR, COLUMN: ENUMS.COLUMN, LINE: ENUMS.LINE, RADAR: ENUMS.RADAR, COMBO: ENUMS.COMBO, SCATTER: ENUMS.SCATTER, BUBBLE: ENUMS.BUBBLE },
    },
  };
  return { services, ui };
}
