/**
 * What the sidebar says about the selection before a build: its size, whether a header row was
 * detected, and the problem the build would report, read with the very readers the hosts use (so the
 * sidebar's warning and the build's error are the same words).
 */
import type { LocalizedText } from '../cells/errors.js';
import { isEmptyCell } from '../cells/coerce.js';
import { hasHeaderRow } from '../plans/header.js';
import { UserFacingError, type BuildTarget, type SelectionData } from '../workbook/port.js';
import { describedBuild } from '../workbook/build-list.js';
import { isEmptySelection, portfolioFromSelection } from '../workbook/portfolio-selection.js';
import { hasTransactionHeader, itemValuesFromSelection, transactionsFromSelection } from '../workbook/selection.js';

/** The selection as the sidebar shows it. */
export interface SelectionSummary {
  readonly address: string;
  /** Non-empty rows, header included. */
  readonly rows: number;
  readonly columns: number;
  /** True when the first row is read as column titles. */
  readonly header: boolean;
  /** The problem the build would report with this selection, if any. */
  readonly problem?: LocalizedText;
}

/**
 * Summarises a selection for a build target that reads one (ABC or RFM).
 * @param selection - the range read from the workbook
 * @param target - what the user is about to build
 * @returns size, header detection and the problem the build would meet
 * @throws Error when the check fails with anything but a {@link UserFacingError} (a defect)
 * @example summariseSelection({ address: 'A1:B3', values: [['Client', 'CA'], ['Dupont', 1200], ['Martin', 950]] }, 'abc')
 *   // { address: 'A1:B3', rows: 3, columns: 2, header: true }
 */
export function summariseSelection(selection: SelectionData, target: BuildTarget): SelectionSummary {
  const rows = selection.values.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  // The same header rules as the selection readers: ABC looks at the value column, RFM at the date.
  const header = describedBuild(target).selection === 'itemValues' ? hasHeaderRow(rows, columns - 1) : hasTransactionHeader(rows);
  const problem = problemOf(selection, target);
  return { address: selection.address, rows: rows.length, columns, header, ...(problem === undefined ? {} : { problem }) };
}

function problemOf(selection: SelectionData, target: BuildTarget): LocalizedText | undefined {
  try {
    const need = describedBuild(target).selection;
    if (need === 'transactions') transactionsFromSelection(selection);
    // The portfolio builds its examples from an empty selection: nothing to fix then.
    else if (need === 'categoryTransactions') {
      if (!isEmptySelection(selection)) portfolioFromSelection(selection);
    } else itemValuesFromSelection(selection);
    return undefined;
  } catch (error) {
    if (error instanceof UserFacingError) return error.text;
    throw error;
  }
}
