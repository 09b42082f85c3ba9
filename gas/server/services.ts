/// <reference types="google-apps-script" />
/**
 * The Apps Script services the server code uses, narrowed to the methods it calls. The entry binds the
 * real globals to these interfaces (`const services: AppsScriptServices = { SpreadsheetApp, … }`), so
 * TypeScript checks that the real API, as @types/google-apps-script declares it, provides every method
 * used here with compatible parameters: a method that does not exist, or a wrong argument, fails the
 * type check. The tests implement the same interfaces with an in-memory spreadsheet.
 *
 * Built objects (a data-validation rule, a conditional-format rule, a chart, an HTML output) are
 * opaque: the code only hands them back to the service that made them.
 */
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type InterpolationType = GoogleAppsScript.Spreadsheet.InterpolationType;
type MetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type ChartType = GoogleAppsScript.Charts.ChartType;

/** Something a builder built, handed back untouched. */
export type Built = object;

export interface RangeApi {
  getA1Notation(): string;
  getValues(): unknown[][];
  getFormulas(): string[][];
  getMergedRanges(): readonly unknown[];
  getSheet(): SheetApi;
  setValues(values: (string | number | boolean | Date)[][]): unknown;
  clearContent(): unknown;
  setFormulas(formulas: string[][]): unknown;
  setNumberFormat(numberFormat: string): unknown;
  setFontWeight(fontWeight: 'normal' | 'bold' | null): unknown;
  setFontStyle(fontStyle: 'normal' | 'italic' | null): unknown;
  setFontSize(size: number): unknown;
  setFontColor(color: string | null): unknown;
  setBackground(color: string | null): unknown;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): unknown;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): unknown;
  setWrap(isWrapEnabled: boolean): unknown;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): unknown;
  setDataValidation(rule: Built | null): unknown;
  merge(): unknown;
}

export interface ChartBuilderApi {
  setChartType(type: ChartType): ChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  build(): Built;
}

export interface DeveloperMetadataApi {
  getKey(): string;
  getValue(): string | null;
}

export interface NamedRangeApi {
  getName(): string;
  remove(): void;
}

/** A Google account, as Protection.getEditors and Session.getEffectiveUser give it. */
export interface UserApi {
  getEmail(): string;
}

/** A protected sheet or range (https://developers.google.com/apps-script/reference/spreadsheet/protection). */
export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi;
  addEditor(emailAddress: string): ProtectionApi;
  removeEditors(emailAddresses: string[]): ProtectionApi;
  getEditors(): UserApi[];
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
}

export interface SheetApi {
  getName(): string;
  protect(): ProtectionApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getDataRange(): RangeApi;
  getDeveloperMetadata(): readonly DeveloperMetadataApi[];
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): unknown;
  setColumnWidth(columnPosition: number, width: number): unknown;
  setRowHeight(rowPosition: number, height: number): unknown;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setConditionalFormatRules(rules: Built[]): void;
  setTabColor(color: string | null): unknown;
  setHiddenGridlines(hideGridlines: boolean): unknown;
  newChart(): ChartBuilderApi;
  insertChart(chart: Built): void;
}

export interface SpreadsheetApi {
  getSheets(): readonly SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getNumSheets(): number;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  insertSheet(): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getActiveRange(): RangeApi | null;
  getRange(a1Notation: string): RangeApi;
  getRangeByName(name: string): RangeApi | null;
  getNamedRanges(): readonly NamedRangeApi[];
  setNamedRange(name: string, range: RangeApi): void;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetLocale(locale: string): void;
}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireFormulaSatisfied(formula: string): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): Built;
}

export interface ConditionalFormatRuleBuilderApi {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderApi;
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderApi;
  setGradientMidpointWithValue(color: string, type: InterpolationType, value: string): ConditionalFormatRuleBuilderApi;
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): Built;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addToUi(): void;
}

export interface UiApi {
  createMenu(caption: string): MenuApi;
  showSidebar(userInterface: Built): void;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi;
  flush(): void;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  readonly BorderStyle: { readonly SOLID: BorderStyle; readonly SOLID_MEDIUM: BorderStyle };
  readonly InterpolationType: { readonly PERCENTILE: InterpolationType };
  readonly DeveloperMetadataVisibility: { readonly DOCUMENT: MetadataVisibility };
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  getContent(): string;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
}

export interface SessionApi {
  getActiveUserLocale(): string;
  getEffectiveUser(): UserApi;
}

export interface ChartsApi {
  readonly ChartType: {
    readonly BAR: ChartType;
    readonly COLUMN: ChartType;
    readonly LINE: ChartType;
    readonly RADAR: ChartType;
    readonly COMBO: ChartType;
    readonly SCATTER: ChartType;
    readonly BUBBLE: ChartType;
  };
}

/** The services, as the entry binds them to the globals. */
export interface AppsScriptServices {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly HtmlService: HtmlServiceApi;
  readonly Session: SessionApi;
  readonly Charts: ChartsApi;
  readonly Utilities: UtilitiesApi;
}

/** Compile-time check, kept next to the interfaces: the real spreadsheet fits {@link SpreadsheetApi}. */
export type RealSpreadsheetFits = GasSpreadsheet extends SpreadsheetApi ? true : never;
