/**
 * The port between the sidebar and a workbook. One React sidebar serves Excel, Google Sheets and the
 * local playground: it talks only to a {@link WorkbookHost}, which each host implements (Excel with
 * office-js in the task pane, Sheets through `google.script.run` calls to server functions that use
 * SpreadsheetApp, the playground with an in-memory workbook).
 *
 * Everything that crosses the port is plain data (JSON-serialisable): the Sheets bridge sends it over
 * `google.script.run` as it is.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import type { RawCell } from '../cells/values.js';
import type { ProtectionMode } from '../plans/protection.js';
import type { ExistingSheet, ResolvedPlan } from '../plans/types.js';
import type { BuildKey } from './build-list.js';
import type { ShareHost } from '../share/run.js';

/** What the sidebar can build: a key of the registry of builds (builds.ts). */
export type BuildTarget = BuildKey;

/** One build the user asked for. */
export interface BuildRequest {
  readonly target: BuildTarget;
  readonly language: Language;
  /**
   * For the audit workbook: the optional builds added to its sheets (registry entries whose `audit`
   * is `optional`), in the registry's order whatever the order given.
   */
  readonly include?: readonly BuildTarget[];
  /**
   * How the sheets built are protected (formulas protected, input cells open); absent: the default,
   * `warning` (the sidebar's "Protect formulas" option, on by default).
   */
  readonly protection?: ProtectionMode;
}

/** The current selection of the workbook, read once. */
export interface SelectionData {
  /** Sheet-qualified A1 address, e.g. "Ventes!A1:C120", as the host shows it. */
  readonly address: string;
  /** The cells, rows of equal length, as the host passes them (Excel: serials; Sheets: Date objects). */
  readonly values: readonly (readonly RawCell[])[];
  /** True when the selection crosses merged cells (their values cannot be read as a table). */
  readonly hasMergedCells?: boolean;
}

/** Where a build stands, for the sidebar's progress bar. */
export interface BuildProgress {
  /** Sheets written so far. */
  readonly done: number;
  /** Sheets to write. */
  readonly total: number;
  /** The sheet being written, when there is one. */
  readonly sheet?: string;
}

/** What a build did. */
export interface BuildReport {
  /** Final names of the sheets written, in order. */
  readonly sheets: readonly string[];
  /** Generated sheets replaced (removed before writing). */
  readonly replaced: readonly string[];
  /** Notes for the user (rows skipped, customers with a total ≤ 0 …), in both languages. */
  readonly notes: readonly LocalizedText[];
}

/** What removing the generated sheets did. */
export interface RemovalReport {
  readonly removed: readonly string[];
}

/**
 * A problem the user can act on (empty selection, a range without numbers, merged cells …): hosts
 * throw it, the sidebar shows its message in the user's language.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/** What the sidebar talks to. Every method may reject with a {@link UserFacingError} or a defect. */
export interface WorkbookHost {
  /** Which host this is: the sidebar adapts a few words ("task pane", "sidebar"). */
  readonly kind: 'excel' | 'sheets' | 'local';
  /** The language of the host's interface, the sidebar's default. */
  displayLanguage(): Promise<Language>;
  /** The current selection, for the builds that read one (ABC, RFM). */
  readSelection(): Promise<SelectionData>;
  /** Builds the sheets of a request from the workbook's current selection where it needs one. */
  build(request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport>;
  /** Removes every sheet the product generated (the user's own sheets are never touched). */
  removeGeneratedSheets(): Promise<RemovalReport>;
  /** Sharing with teammates without the add-in: make shareable, restore, check (src/share/run.ts); absent where a host has not got it. */
  readonly share?: ShareHost;
}

/**
 * The few operations a host adapter provides so that {@link applyPlansTo} can do the rest. Each
 * operation is a few batched host calls, never one per cell or per row.
 */
export interface SheetAdapter {
  /** Every sheet of the workbook with its generated marker, read in one go. */
  listSheets(): Promise<readonly ExistingSheet[]>;
  /** Deletes sheets by name (generated ones only: the caller checked their markers). */
  removeSheets(names: readonly string[]): Promise<void>;
  /** Adds one sheet and writes a resolved plan into it, marker included. */
  writeSheet(plan: ResolvedPlan): Promise<void>;
}
