/**
 * A small typed fake of the part of office-js the Excel host uses, for tests that count round trips
 * and check what a sheet ends up holding. office-addin-mock covers reads of fixed objects well but
 * has no worksheets to add, no ranges by index and no formats, so the writes are checked here.
 *
 * It behaves like Excel where the tests need it to:
 * - a loaded property throws until `context.sync()` (like Excel's PropertyNotLoaded);
 * - what is written through `Range.formulas` is read the way Excel reads typed input: "=…", "+…",
 *   "-…", "@…" become formulas, "0612" a number, "VRAI" a boolean — unless the cell's number format
 *   is text ("@"), where it stays text;
 * - matrices whose size does not match the range are refused (Excel's InvalidArgument), a 1×1
 *   number format is spread over the range, as Excel does;
 * - one request holds at most 5 MB (estimated as the JSON of what was queued), as on the web;
 * - a protected sheet refuses any change to a range that is not wholly unlocked
 *   (`format.protection.locked = false` before `protection.protect`), as Excel does; deleting a
 *   protected sheet is allowed (only the workbook's structure protection guards that).
 * - a formula's result is what a test says Excel calculated ({@link FakeWorksheet.calculate}); a 2-D
 *   result spills into the cells right and below, which hold no formula of their own, and shows
 *   #SPILL! without spilling when one of them is not empty; `Range.formulas` reads a formula cell's
 *   formula and any other cell's value; `getSpillingToRangeOrNullObject()` gives an anchor's spilled
 *   range, a null object for a cell that does not spill; writing into an anchor drops its result
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays).
 */

/** What a cell holds after Excel read the input. */
export type FakeCell =
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'boolean'; readonly boolean: boolean };

/** Excel on the web's limit for one request. */
export const FAKE_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

class NotLoadedError extends Error {
  override readonly name = 'PropertyNotLoaded';
}

/** The request context: counts syncs and the bytes queued since the last one. */
export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspended: 0,
    suspendApiCalculationUntilNextSync: (): void => {
      this.application.suspended++;
    },
  };
  private pending: Loadable[] = [];
  /** Bytes queued since the last sync (values and formats written, plus a little per operation). */
  queuedBytes = 0;
  /** The largest request sent. */
  largestRequestBytes = 0;
  /** Cells whose values the pending loads read, and the most one response carried. */
  private pendingValueCells = 0;
  largestResponseCells = 0;

  constructor(readonly requestLimit: number = FAKE_REQUEST_LIMIT_BYTES) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Marks what was loaded as readable, like the round trip to Excel. */
  sync(): Promise<void> {
    if (this.queuedBytes > this.requestLimit) {
      return Promise.reject(new Error(`RichApi.Error: The request payload size has exceeded the limit (${this.queuedBytes} bytes).`));
    }
    this.largestRequestBytes = Math.max(this.largestRequestBytes, this.queuedBytes);
    this.queuedBytes = 0;
    this.largestResponseCells = Math.max(this.largestResponseCells, this.pendingValueCells);
    this.pendingValueCells = 0;
    for (const loadable of this.pending) loadable.loaded = true;
    this.pending = [];
    return Promise.resolve();
  }

  /** @internal */
  queueLoad(loadable: Loadable, valueCells: number): void {
    loadable.loaded = false;
    this.pending.push(loadable);
    this.pendingValueCells += valueCells;
    this.queuedBytes += 50;
  }

  /** @internal */
  queue(bytes: number): void {
    this.queuedBytes += bytes;
  }
}

/** Something whose properties can be read only after load + sync. */
class Loadable {
  loaded = false;
  constructor(protected readonly context: FakeContext) {}

  load(properties?: string): this {
    const readsValues = properties?.split(',').some((property) => property.trim() === 'values') === true;
    this.context.queueLoad(this, readsValues ? this.valueCells() : 0);
    return this;
  }

  /** How many cells a load of `values` brings back (0 for what has no values). */
  protected valueCells(): number {
    return 0;
  }

  protected read<T>(value: T, what: string): T {
    if (!this.loaded) throw new NotLoadedError(`The property '${what}' is not available: call load() then context.sync().`);
    return value;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  /** The selection, as `getSelectedRange` sees it. */
  selection: { sheet: string; row: number; column: number; values: (string | number | boolean | null)[][]; merged?: number } = {
    sheet: 'Feuil1',
    row: 0,
    column: 0,
    values: [],
  };

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.names = new FakeNames(context);
  }

  getSelectedRange(): FakeSelectedRange {
    return new FakeSelectedRange(this.context, this.selection);
  }
}

export class FakeWorksheets extends Loadable {
  readonly sheets: FakeWorksheet[] = [];

  /** A snapshot, like the collection Excel returns. */
  get items(): FakeWorksheet[] {
    return this.read([...this.sheets], 'items');
  }

  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Feuil${this.sheets.length + 1}`;
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: a sheet called "${sheetName}" exists.`);
    }
    const sheet = new FakeWorksheet(this.context, sheetName, this);
    this.sheets.push(sheet);
    this.context.queue(100);
    return sheet;
  }

  getItem(name: string): FakeWorksheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) throw new Error(`ItemNotFound: no sheet "${name}".`);
    return sheet;
  }
}

export class FakeCustomProperty extends Loadable {
  constructor(
    context: FakeContext,
    private readonly stored: string | undefined,
  ) {
    super(context);
  }

  get isNullObject(): boolean {
    return this.read(this.stored === undefined, 'isNullObject');
  }

  get value(): string {
    return this.read(this.stored ?? '', 'value');
  }
}

export class FakeWorksheet {
  /** Cells by `row * 16384 + column` (0-based): numbers keep a 1,000,000-cell sheet quick to fill. */
  readonly cells = new Map<number, FakeCell>();
  /** Number formats as set, range by range (the last one over a cell wins), as Excel layers them. */
  readonly formatLayers: { row: number; column: number; rowCount: number; columnCount: number; single?: string; matrix?: string[][] }[] = [];
  readonly properties = new Map<string, string>();
  /** Every formatting call, in order, for the tests to inspect. */
  readonly operations: { readonly what: string; readonly address: string; readonly detail?: unknown }[] = [];
  readonly charts = new FakeCharts(this);
  tabColor = '';
  showGridlines = true;
  deleted = false;
  active = false;
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  /** Ranges whose cells were unlocked (0-based), in order. */
  readonly unlocked: { row: number; column: number; rowCount: number; columnCount: number }[] = [];
  /** The options and password of `protection.protect`, once called. */
  protectedWith: { options: unknown; password: string | undefined } | undefined;
  readonly protection = {
    protect: (options?: unknown, password?: string): void => {
      if (this.protectedWith !== undefined) throw new Error('InvalidOperation: the sheet is protected already.');
      this.protectedWith = { options, password };
      this.operations.push({ what: 'protect', address: this.name, detail: options });
      this.context.queue(200);
    },
  };
  readonly pageLayout: { orientation?: string; zoom?: unknown; printTitleRows?: string; setPrintTitleRows(rows: string): void } = {
    setPrintTitleRows: (rows: string): void => {
      this.pageLayout.printTitleRows = rows;
    },
  };
  /** Rows (1-based) that start a new printed page, as `horizontalPageBreaks.add` received them. */
  readonly pageBreakRows: number[] = [];
  readonly horizontalPageBreaks = {
    add: (address: string): void => {
      this.pageBreakRows.push(Number(/^A(\d+)$/.exec(address)?.[1] ?? Number.NaN));
    },
  };
  readonly freezePanes = {
    freezeAt: (range: FakeRange): void => {
      this.frozen = { rows: range.rowCount, columns: range.columnCount };
    },
    freezeRows: (rows: number): void => {
      this.frozen = { rows, columns: 0 };
    },
    freezeColumns: (columns: number): void => {
      this.frozen = { rows: 0, columns };
    },
  };
  readonly customProperties = {
    add: (key: string, value: string): void => {
      this.properties.set(key, value);
    },
    getItemOrNullObject: (key: string): FakeCustomProperty => new FakeCustomProperty(this.context, this.properties.get(key)),
  };

  constructor(
    readonly context: FakeContext,
    readonly name: string,
    private readonly collection: FakeWorksheets,
  ) {}

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this, row, column, rowCount, columnCount);
  }

  delete(): void {
    const index = this.collection.sheets.indexOf(this);
    if (index < 0) throw new Error(`ItemNotFound: sheet "${this.name}" was deleted already.`);
    if (this.collection.sheets.length === 1) throw new Error('InvalidOperation: a workbook must keep at least one sheet.');
    this.collection.sheets.splice(index, 1);
    this.deleted = true;
  }

  activate(): void {
    for (const sheet of this.collection.sheets) sheet.active = sheet === this;
  }

  /** What a cell holds, 0-based. */
  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(row * 16_384 + column);
  }

  /** True when every cell of the range (0-based) is unlocked. */
  isUnlocked(row: number, column: number, rowCount: number, columnCount: number): boolean {
    for (let r = row; r < row + rowCount; r++) {
      for (let c = column; c < column + columnCount; c++) {
        if (!this.unlocked.some((u) => r >= u.row && r < u.row + u.rowCount && c >= u.column && c < u.column + u.columnCount)) return false;
      }
    }
    return true;
  }

  /** Throws as Excel does when a change touches a locked cell of a protected sheet. */
  checkEditable(range: { row: number; column: number; rowCount: number; columnCount: number }): void {
    if (this.protectedWith === undefined) return;
    if (!this.isUnlocked(range.row, range.column, range.rowCount, range.columnCount)) {
      throw new Error(`InvalidOperation: the cell or chart you're trying to change is on a protected sheet (${this.name}).`);
    }
  }

  /** The number format of a cell, 0-based. */
  formatOf(row: number, column: number): string {
    for (let i = this.formatLayers.length - 1; i >= 0; i--) {
      const layer = this.formatLayers[i];
      if (layer === undefined) continue;
      const r = row - layer.row;
      const c = column - layer.column;
      if (r >= 0 && r < layer.rowCount && c >= 0 && c < layer.columnCount) return layer.single ?? layer.matrix?.[r]?.[c] ?? 'General';
    }
    return 'General';
  }

  /** How many cells hold something. */
  get cellCount(): number {
    return this.cells.size;
  }

  /** Calculated results of formula cells, by cell key: a 1×1 matrix for one value. */
  readonly results = new Map<number, unknown[][]>();

  /**
   * What Excel calculated for the formula in a cell (0-based): one value, or a matrix that spills
   * right and down — or #SPILL! when a cell it would fill holds something.
   */
  calculate(row: number, column: number, result: unknown): void {
    const key = row * 16_384 + column;
    if (this.cells.get(key)?.kind !== 'formula') throw new Error(`No formula at R${row + 1}C${column + 1} to calculate.`);
    const matrix = Array.isArray(result) ? (result as unknown[][]) : [[result]];
    for (let i = 0; i < matrix.length; i++) {
      for (let j = 0; j < (matrix[0]?.length ?? 0); j++) {
        if ((i > 0 || j > 0) && (this.cells.has(key + i * 16_384 + j) || this.spillOwner(row + i, column + j) !== undefined)) {
          this.results.set(key, [['#SPILL!']]);
          return;
        }
      }
    }
    this.results.set(key, matrix);
  }

  /** The anchor (0-based) whose spilled result covers a cell, the anchor itself excluded. */
  spillOwner(row: number, column: number): { row: number; column: number; result: unknown[][] } | undefined {
    for (const [key, result] of this.results) {
      const top = Math.floor(key / 16_384);
      const left = key - top * 16_384;
      if (row === top && column === left) continue;
      if (row >= top && row < top + result.length && column >= left && column < left + (result[0]?.length ?? 0)) return { row: top, column: left, result };
    }
    return undefined;
  }

  /** The value a cell shows (0-based), as `Range.values` reads it: "" when empty. */
  valueAt(row: number, column: number): unknown {
    const key = row * 16_384 + column;
    const cell = this.cells.get(key);
    if (cell === undefined) {
      const owner = this.spillOwner(row, column);
      return owner === undefined ? '' : (owner.result[row - owner.row]?.[column - owner.column] ?? '');
    }
    switch (cell.kind) {
      case 'formula':
        return this.results.get(key)?.[0]?.[0] ?? '';
      case 'text':
        return cell.text;
      case 'number':
        return cell.number;
      case 'boolean':
        return cell.boolean;
    }
  }

  /** The text `Range.formulas` reads for a cell (0-based): its formula, else its value. */
  formulaAt(row: number, column: number): unknown {
    const cell = this.cells.get(row * 16_384 + column);
    return cell?.kind === 'formula' ? cell.formula : this.valueAt(row, column);
  }

  /** Empties cells (0-based rectangle), their results included. */
  clearCells(row: number, column: number, rowCount: number, columnCount: number): void {
    for (let i = 0; i < rowCount; i++) {
      for (let j = 0; j < columnCount; j++) {
        const key = (row + i) * 16_384 + column + j;
        this.cells.delete(key);
        this.results.delete(key);
      }
    }
  }

  /** The used range of values (cells holding something, spilled results included), or a null object. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const extend = (row: number, column: number, rows: number, columns: number): void => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row + rows - 1);
      right = Math.max(right, column + columns - 1);
    };
    for (const key of this.cells.keys()) extend(Math.floor(key / 16_384), key % 16_384, 1, 1);
    for (const [key, result] of this.results) extend(Math.floor(key / 16_384), key % 16_384, result.length, result[0]?.length ?? 1);
    if (bottom < 0) return new FakeRange(this, 0, 0, 1, 1, true);
    return new FakeRange(this, top, left, bottom - top + 1, right - left + 1);
  }
}

/** Reads typed input the way Excel does (a cell of General format). */
function parseInput(input: string | number | boolean, format: string): FakeCell | undefined {
  if (typeof input === 'number') return { kind: 'number', number: input };
  if (typeof input === 'boolean') return { kind: 'boolean', boolean: input };
  if (input === '') return undefined;
  if (format === '@') return { kind: 'text', text: input };
  if (/^[=+\-@]/.test(input)) return { kind: 'formula', formula: input.startsWith('=') ? input : `=${input}` };
  if (/^\s*-?[\d\s]+([.,]\d+)?\s*%?\s*$/.test(input)) return { kind: 'number', number: Number(input.replace(/[\s%]/g, '').replace(',', '.')) };
  if (/^(true|false|vrai|faux)$/i.test(input)) return { kind: 'boolean', boolean: /^(true|vrai)$/i.test(input) };
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(input)) return { kind: 'number', number: Number.NaN };
  return { kind: 'text', text: input };
}

function matrixBytes(matrix: readonly (readonly unknown[])[]): number {
  return JSON.stringify(matrix).length;
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: { add: (type: string) => FakeConditionalFormat };
  readonly dataValidation: { rule?: unknown; errorAlert?: unknown };

  constructor(
    readonly sheet: FakeWorksheet,
    readonly row: number,
    readonly column: number,
    readonly rowCount: number,
    readonly columnCount: number,
    private readonly nullObject = false,
  ) {
    super(sheet.context);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = {
      add: (type: string): FakeConditionalFormat => {
        this.record('conditionalFormat', type);
        return new FakeConditionalFormat();
      },
    };
    const record = (what: string, detail: unknown): void => {
      this.record(what, detail);
    };
    this.dataValidation = {
      set rule(rule: unknown) {
        record('validation', rule);
      },
      set errorAlert(alert: unknown) {
        record('errorAlert', alert);
      },
    };
  }

  get address(): string {
    return `${this.sheet.name}!R${this.row + 1}C${this.column + 1}:R${this.row + this.rowCount}C${this.column + this.columnCount}`;
  }

  /** @internal */
  record(what: string, detail?: unknown): void {
    this.sheet.checkEditable(this);
    this.sheet.operations.push({ what, address: this.address, detail });
    this.sheet.context.queue(200);
  }

  private checkShape(matrix: readonly (readonly unknown[])[], what: string): void {
    if (matrix.length !== this.rowCount || matrix.some((row) => row.length !== this.columnCount)) {
      throw new Error(`InvalidArgument: ${what} of ${matrix.length}×${matrix[0]?.length ?? 0} for a range of ${this.rowCount}×${this.columnCount}.`);
    }
  }

  set numberFormat(matrix: string[][]) {
    this.sheet.checkEditable(this);
    const single = matrix.length === 1 && matrix[0]?.length === 1 ? matrix[0][0] : undefined;
    if (single === undefined) this.checkShape(matrix, 'numberFormat');
    const shape = { row: this.row, column: this.column, rowCount: this.rowCount, columnCount: this.columnCount };
    this.sheet.formatLayers.push(single === undefined ? { ...shape, matrix } : { ...shape, single });
    this.sheet.context.queue(matrixBytes(matrix) + 100);
  }

  set formulas(matrix: (string | number | boolean)[][]) {
    this.sheet.checkEditable(this);
    this.checkShape(matrix, 'formulas');
    matrix.forEach((cells, i) => {
      cells.forEach((input, j) => {
        const key = (this.row + i) * 16_384 + this.column + j;
        const cell = parseInput(input, typeof input === 'string' && input !== '' ? this.sheet.formatOf(this.row + i, this.column + j) : 'General');
        // A new content: its old result goes (Excel calculates the new one: calculate() in tests).
        this.sheet.results.delete(key);
        if (cell === undefined) this.sheet.cells.delete(key);
        else this.sheet.cells.set(key, cell);
      });
    });
    this.sheet.operations.push({ what: 'formulas', address: this.address });
    this.sheet.context.queue(matrixBytes(matrix) + 100);
  }

  merge(_across: boolean): void {
    this.record('merge');
  }

  protected override valueCells(): number {
    return this.rowCount * this.columnCount;
  }

  private matrix(read: (row: number, column: number) => unknown): unknown[][] {
    return Array.from({ length: this.rowCount }, (_, i) => Array.from({ length: this.columnCount }, (__, j) => read(this.row + i, this.column + j)));
  }

  get isNullObject(): boolean {
    return this.read(this.nullObject, 'isNullObject');
  }

  get rowIndex(): number {
    return this.read(this.row, 'rowIndex');
  }

  get columnIndex(): number {
    return this.read(this.column, 'columnIndex');
  }

  /** Formulas as Excel reads them: a formula cell's "=…", any other cell's value. */
  get formulas(): (string | number | boolean)[][] {
    // What a cell holds is one of these (an empty cell reads "").
    return this.read(this.matrix((row, column) => this.sheet.formulaAt(row, column)) as (string | number | boolean)[][], 'formulas');
  }

  get values(): unknown[][] {
    return this.read(
      this.matrix((row, column) => this.sheet.valueAt(row, column)),
      'values',
    );
  }

  get numberFormat(): string[][] {
    return this.read(this.matrix((row, column) => this.sheet.formatOf(row, column)) as string[][], 'numberFormat');
  }

  /** The range an anchor's result spilled into (anchor included), or a null object. */
  getSpillingToRangeOrNullObject(): FakeRange {
    const result = this.sheet.results.get(this.row * 16_384 + this.column);
    const rows = result?.length ?? 0;
    const columns = result?.[0]?.length ?? 0;
    if (rows * columns <= 1) return new FakeRange(this.sheet, this.row, this.column, 1, 1, true);
    return new FakeRange(this.sheet, this.row, this.column, rows, columns);
  }

  /** `Range.clear(applyTo)`: "Contents" empties the cells, formats kept. */
  clear(applyTo: string): void {
    if (applyTo !== 'Contents') throw new Error(`The fake clears contents only, not ${applyTo}.`);
    this.sheet.clearCells(this.row, this.column, this.rowCount, this.columnCount);
    this.record('clear', applyTo);
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.sheet, 0, this.column, 1_048_576, this.columnCount);
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.sheet, this.row, 0, this.rowCount, 16_384);
  }
}

class FakeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly edge: string,
  ) {}
  set style(style: string) {
    this.range.record('border', `${this.edge}:${style}`);
  }
  set weight(_weight: string) {
    this.range.sheet.context.queue(50);
  }
  set color(_color: string) {
    this.range.sheet.context.queue(50);
  }
}

export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly protection: { locked: boolean };
  readonly borders: { getItem: (edge: string) => FakeBorder };

  constructor(private readonly range: FakeRange) {
    const recorder = (prefix: string): Record<string, unknown> =>
      new Proxy<Record<string, unknown>>(
        {},
        {
          set: (target, property, value) => {
            target[String(property)] = value;
            range.record(`${prefix}.${String(property)}`, value);
            return true;
          },
        },
      );
    this.font = recorder('font');
    this.fill = recorder('fill');
    this.protection = {
      set locked(locked: boolean) {
        range.record('protection.locked', locked);
        if (!locked) range.sheet.unlocked.push({ row: range.row, column: range.column, rowCount: range.rowCount, columnCount: range.columnCount });
      },
    };
    this.borders = { getItem: (edge: string) => new FakeBorder(range, edge) };
  }

  set horizontalAlignment(value: string) {
    this.range.record('horizontalAlignment', value);
  }
  set verticalAlignment(value: string) {
    this.range.record('verticalAlignment', value);
  }
  set wrapText(value: boolean) {
    this.range.record('wrapText', value);
  }
  set columnWidth(value: number) {
    this.range.record('columnWidth', value);
  }
  set rowHeight(value: number) {
    this.range.record('rowHeight', value);
  }
}

export class FakeConditionalFormat {
  readonly colorScale: { criteria?: unknown } = {};
  readonly custom = { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '', bold: false } } };
}

export class FakeChartSeries {
  name = '';
  chartType = '';
  axisGroup = 'Primary';
  values?: FakeRange;
  xValues?: FakeRange;
  bubbleSizes?: FakeRange;
  setBubbleSizes(range: FakeRange): void {
    this.bubbleSizes = range;
  }
  setValues(range: FakeRange): void {
    this.values = range;
  }
  setXAxisValues(range: FakeRange): void {
    this.xValues = range;
  }
}

export class FakeChart {
  readonly title = { text: '' };
  readonly legend = { visible: true, position: '' };
  readonly axes = { valueAxis: { numberFormat: '' }, categoryAxis: { numberFormat: '' } };
  readonly seriesList: FakeChartSeries[] = [];
  readonly series = {
    getItemAt: (index: number): FakeChartSeries => {
      const series = this.seriesList[index];
      if (series === undefined) throw new Error(`ItemNotFound: no series ${index}.`);
      return series;
    },
    add: (name?: string): FakeChartSeries => {
      const series = new FakeChartSeries();
      series.name = name ?? '';
      this.seriesList.push(series);
      return series;
    },
  };
  position?: { start: FakeRange; end: FakeRange };

  constructor(
    readonly type: string,
    source: FakeRange,
  ) {
    const first = new FakeChartSeries();
    first.values = source;
    this.seriesList.push(first);
  }

  setPosition(start: FakeRange, end: FakeRange): void {
    this.position = { start, end };
  }
}

export class FakeCharts {
  readonly list: FakeChart[] = [];
  constructor(private readonly sheet: FakeWorksheet) {}
  add(type: string, source: FakeRange, _seriesBy: string): FakeChart {
    const chart = new FakeChart(type, source);
    this.list.push(chart);
    this.sheet.context.queue(300);
    return chart;
  }
}

export class FakeNamedItem extends Loadable {
  deleted = false;
  constructor(
    context: FakeContext,
    readonly storedName: string,
    public target: FakeRange | undefined,
    private readonly owner: FakeNames,
  ) {
    super(context);
  }

  get name(): string {
    return this.read(this.storedName, 'name');
  }

  get isNullObject(): boolean {
    return this.read(this.target === undefined && !this.owner.has(this.storedName), 'isNullObject');
  }

  /** Like Excel: a name over a deleted sheet reads #REF!. */
  get formula(): string {
    const target = this.target;
    if (target === undefined) return this.read('', 'formula');
    return this.read(target.sheet.deleted ? '=#REF!' : `='${target.sheet.name.replaceAll("'", "''")}'!$A$1`, 'formula');
  }

  delete(): void {
    this.owner.remove(this.storedName);
  }
}

export class FakeNames extends Loadable {
  private readonly entries = new Map<string, FakeNamedItem>();

  get items(): FakeNamedItem[] {
    return this.read([...this.entries.values()], 'items');
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  add(name: string, range: FakeRange): FakeNamedItem {
    if (this.has(name)) throw new Error(`ItemAlreadyExists: the name "${name}" exists.`);
    const item = new FakeNamedItem(this.context, name, range, this);
    item.loaded = true;
    this.entries.set(name.toLowerCase(), item);
    this.context.queue(150);
    return item;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.entries.get(name.toLowerCase()) ?? new FakeNamedItem(this.context, name, undefined, this);
  }

  remove(name: string): void {
    this.entries.delete(name.toLowerCase());
  }

  /** Names in the workbook (for assertions). */
  list(): string[] {
    return [...this.entries.values()].map((item) => item.storedName);
  }
}

type SelectionState = FakeWorkbook['selection'];

/** The selected range: address, used part, merged areas and values, read after sync. */
export class FakeSelectedRange extends Loadable {
  constructor(
    context: FakeContext,
    private readonly state: SelectionState,
    private readonly top = 0,
    private readonly rows = state.values.length,
    private readonly columns = state.values[0]?.length ?? 0,
    private readonly empty = false,
  ) {
    super(context);
  }

  get address(): string {
    const first = `${columnName(this.state.column)}${this.state.row + this.top + 1}`;
    const last = `${columnName(this.state.column + Math.max(this.columns, 1) - 1)}${this.state.row + this.top + Math.max(this.rows, 1)}`;
    return this.read(`${this.state.sheet}!${first}${first === last ? '' : `:${last}`}`, 'address');
  }

  get isNullObject(): boolean {
    return this.read(this.empty, 'isNullObject');
  }

  get rowCount(): number {
    return this.read(this.rows, 'rowCount');
  }

  get columnCount(): number {
    return this.read(this.columns, 'columnCount');
  }

  get values(): (string | number | boolean)[][] {
    const rows = this.state.values.slice(this.top, this.top + this.rows);
    // Excel returns "" for an empty cell.
    return this.read(
      rows.map((row) => row.slice(0, this.columns).map((cell) => cell ?? '')),
      'values',
    );
  }

  get areaCount(): number {
    return this.read(this.state.merged ?? 0, 'areaCount');
  }

  protected override valueCells(): number {
    return this.rows * this.columns;
  }

  getUsedRangeOrNullObject(_valuesOnly: boolean): FakeSelectedRange {
    const used = this.state.values.some((row) => row.some((cell) => cell !== null && cell !== ''));
    return new FakeSelectedRange(this.context, this.state, 0, this.rows, this.columns, !used);
  }

  getMergedAreasOrNullObject(): FakeSelectedRange {
    return new FakeSelectedRange(this.context, this.state, 0, 0, 0, (this.state.merged ?? 0) === 0);
  }

  getCell(row: number, _column: number): FakeSelectedRange {
    return new FakeSelectedRange(this.context, this.state, this.top + row, 1, this.columns);
  }

  getAbsoluteResizedRange(rows: number, columns: number): FakeSelectedRange {
    return new FakeSelectedRange(this.context, this.state, this.top, rows, columns);
  }
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A fake workbook and the `run` function the Excel host takes.
 * @param sheets - names of the sheets the workbook starts with (the user's own)
 * @param requestLimit - the most bytes one request may carry (default Excel on the web's 5 MB)
 */
export function fakeExcel(
  sheets: readonly string[] = ['Feuil1'],
  requestLimit: number = FAKE_REQUEST_LIMIT_BYTES,
): {
  context: FakeContext;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
} {
  const context = new FakeContext(requestLimit);
  for (const name of sheets) context.workbook.worksheets.add(name);
  context.queuedBytes = 0;
  // The one place the fake stands for office-js: it implements only what the host calls.
  const run = <T>(batch: (excel: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext);
  return { context, run };
}
