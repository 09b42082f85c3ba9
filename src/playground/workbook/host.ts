/**
 * The playground's host: the in-memory workbook behind the same `WorkbookHost` port as Excel and
 * Google Sheets. Its `SheetAdapter` writes resolved plans into the {@link WorkbookModel}; its `build`
 * is the one every host has (selection → `plansForRequest` → `applyPlansTo`); after each change the
 * formula engine computes the workbook again and the views are told.
 */
import type { Language } from '../../cells/errors.js';
import { selectRangeFirst } from '../../messages/workbook.js';
import type { RawCell } from '../../cells/values.js';
import { rangeAddress } from '../../plans/a1.js';
import { quoteSheetName } from '../../plans/names.js';
import { PROTECTED_CELL_MESSAGE } from '../../plans/protection.js';
import type { CellRange, ExistingSheet, ResolvedPlan } from '../../plans/types.js';
import { applyPlansTo, removeGeneratedSheetsWith } from '../../workbook/apply.js';
import {
  UserFacingError,
  type BuildProgress,
  type BuildReport,
  type BuildRequest,
  type RemovalReport,
  type SelectionData,
  type SheetAdapter,
  type WorkbookHost,
} from '../../workbook/port.js';
import { needsSelection, plansForRequest } from '../../workbook/requests.js';
import { FormulaEngine, isCellError } from '../engine/engine.js';
import { shareHostWith, type ShareHost } from '../../share/run.js';
import { playgroundShareAdapter } from './share.js';
import type { CellInput, SheetModel, WorkbookModel } from './model.js';

/** The selected range of one sheet. */
export interface Selection {
  readonly sheet: SheetModel;
  readonly range: CellRange;
}

/** The workbook, its engine, the selection and the active sheet: what the views show. */
export class Playground {
  readonly engine: FormulaEngine;
  selection: Selection | undefined;
  activeSheet: SheetModel | undefined;
  private readonly listeners = new Set<() => void>();
  /** Bumped at every change, so that views know when to draw again. */
  version = 0;

  constructor(
    readonly workbook: WorkbookModel,
    public language: Language,
  ) {
    this.engine = new FormulaEngine(workbook, language);
    this.activeSheet = workbook.sheets[0];
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Computes the workbook again and tells the views. */
  changed(): void {
    this.engine.language = this.language;
    this.engine.recalculate();
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Selects a range (the sheet becomes the active one). */
  select(sheet: SheetModel, range: CellRange): void {
    this.selection = { sheet, range };
    this.activeSheet = sheet;
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Shows a sheet. */
  activate(sheet: SheetModel): void {
    this.activeSheet = sheet;
    if (this.selection?.sheet !== sheet) this.selection = { sheet, range: { row: 1, column: 1, rowCount: 1, columnCount: 1 } };
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /**
   * Types into a cell and computes the workbook again.
   * @throws UserFacingError when the cell is a protected one (a formula, a header) of a generated sheet
   */
  setCell(sheet: SheetModel, row: number, column: number, input: CellInput | undefined): void {
    if (sheet.isLocked(row, column)) throw new UserFacingError(PROTECTED_CELL_MESSAGE);
    sheet.setInput(row, column, input);
    this.changed();
  }

  /** Replaces the user's sheets with new ones (sample data, a CSV of one's own), generated sheets kept. */
  addUserSheet(name: string, fill: (sheet: SheetModel) => void): SheetModel {
    const sheet = this.workbook.addSheet(name);
    fill(sheet);
    this.activeSheet = sheet;
    this.changed();
    return sheet;
  }
}

/** The playground's sheet operations, for `applyPlansTo`. */
export class MemorySheetAdapter implements SheetAdapter {
  /** Sheets written by the last build, in order. */
  readonly written: SheetModel[] = [];

  constructor(private readonly workbook: WorkbookModel) {}

  listSheets(): Promise<readonly ExistingSheet[]> {
    return Promise.resolve(this.workbook.sheets.map((sheet) => ({ name: sheet.name, marker: sheet.marker })));
  }

  removeSheets(names: readonly string[]): Promise<void> {
    this.workbook.removeSheets(names);
    return Promise.resolve();
  }

  writeSheet(plan: ResolvedPlan): Promise<void> {
    this.written.push(this.workbook.writePlan(plan));
    return Promise.resolve();
  }
}

/**
 * The selection as a host hands it to the sidebar: computed values (an error as its code, as Excel
 * gives it), dates as serial numbers.
 * @param playground - the workbook and its engine
 * @param selection - the range to read
 * @returns the address, values and whether merged cells are crossed
 */
export function selectionData(playground: Playground, selection: Selection): SelectionData {
  const { sheet, range } = selection;
  const values: RawCell[][] = [];
  for (let row = range.row; row < range.row + range.rowCount; row++) {
    const cells: RawCell[] = [];
    for (let column = range.column; column < range.column + range.columnCount; column++) {
      const value = playground.engine.value(sheet, row, column);
      cells.push(isCellError(value) ? value.code : value);
    }
    values.push(cells);
  }
  const hasMergedCells = sheet.merges.some((merge) => overlaps(merge, range));
  return { address: `${quoteSheetName(sheet.name)}!${rangeAddress(range)}`, values, hasMergedCells };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

/** The `WorkbookHost` of the playground. */
export class PlaygroundHost implements WorkbookHost {
  readonly kind = 'local';
  readonly share: ShareHost;

  constructor(private readonly playground: Playground) {
    this.share = shareHostWith(playgroundShareAdapter(playground));
  }

  displayLanguage(): Promise<Language> {
    return Promise.resolve(this.playground.language);
  }

  readSelection(): Promise<SelectionData> {
    const selection = this.playground.selection;
    if (selection === undefined) {
      return Promise.reject(new UserFacingError(selectRangeFirst));
    }
    return Promise.resolve(selectionData(this.playground, selection));
  }

  async build(request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport> {
    const selection = needsSelection(request.target) ? await this.readSelection() : undefined;
    const { plans, notes } = plansForRequest(request, selection);
    const adapter = new MemorySheetAdapter(this.playground.workbook);
    const report = await applyPlansTo(adapter, plans, notes, onProgress, request.protection);
    const first = adapter.written[0];
    if (first !== undefined) this.playground.activeSheet = first;
    this.playground.changed();
    return report;
  }

  async removeGeneratedSheets(): Promise<RemovalReport> {
    const report = await removeGeneratedSheetsWith(new MemorySheetAdapter(this.playground.workbook));
    const active = this.playground.activeSheet;
    if (active !== undefined && !this.playground.workbook.sheets.includes(active)) this.playground.activeSheet = this.playground.workbook.sheets[0];
    if (this.playground.selection !== undefined && !this.playground.workbook.sheets.includes(this.playground.selection.sheet)) this.playground.selection = undefined;
    this.playground.changed();
    return report;
  }
}
