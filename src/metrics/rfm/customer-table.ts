/**
 * RFM codes of a customer table (a CRM export: one row per customer with the last order date or the
 * days since it, the number of orders and the total spent), each customer scored against the whole
 * table. The cells are read here, as the spreadsheet gave them, because what the first column holds
 * (dates or days) is decided by the whole column.
 */
import { dateOrderOfCells, dayFromCell, isEmptyCell, numberFromCell } from '../../cells/coerce.js';
import type { DayNumber } from '../../cells/dates.js';
import { isSheetError, valueError, type SheetError } from '../../cells/errors.js';
import type { RawCell } from '../../cells/values.js';
import { rfmCode, scoreRfm, type ScoreOptions } from './score.js';

/** Serials below this are counts of days; from it on (1950-01-01) they are dates. */
export const FIRST_DATE_SERIAL = 18264;

/** The columns of a customer table, of equal length (trailing empty rows already dropped). */
export interface CustomerTableColumns {
  /** Last order date (a date, a date text, or a serial from 1950 on), or days since the last order. */
  readonly recencyOrLastDate: readonly RawCell[];
  readonly frequency: readonly RawCell[];
  readonly monetary: readonly RawCell[];
}

/** One row's answer: its RFM code, "" (an empty row, or a customer without purchase), or the row's error. */
export type CustomerTableCode = string | SheetError;

/** True when a cell of the first column is a day count rather than a date (a number below 1950-01-01). */
function isDayCount(cell: RawCell): boolean {
  if (typeof cell === 'number') return cell < FIRST_DATE_SERIAL;
  return typeof cell === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(cell) && Number(cell.replace(',', '.')) < FIRST_DATE_SERIAL;
}

/**
 * The RFM code of every row of a customer table. The first column is read as dates when any of its
 * cells is a date (a date, a date text, or a serial from 1950 on), text dates in the order the column
 * proves (12/25/2024: month first); recency is then the days from the last order to `asOf` (default:
 * the day after the latest last order). Otherwise it is read as days. Empty rows stay "", as do rows
 * with a frequency ≤ 0 (a customer without purchase: no score, and out of the cut points). A row with
 * an unreadable or a missing value gets its own #VALUE!.
 *
 * @param columns - the three columns, of equal length
 * @param options - the analysis date (a day number) and the scoring options (bins, method, cut points)
 * @returns one code per row, or one error for the whole table (no complete row, an impossible method)
 * @example rfmCodesOfCustomerTable({ recencyOrLastDate: [10, 200, 40], frequency: [5, 1, 2], monetary: [500, 20, 90] }, { score: { bins: 3 } })
 * // ['333', '111', '222']
 */
export function rfmCodesOfCustomerTable(
  columns: CustomerTableColumns,
  options: { readonly asOf?: DayNumber | undefined; readonly score?: ScoreOptions } = {},
): CustomerTableCode[] | SheetError {
  const { recencyOrLastDate: lastCells, frequency: frequencyCells, monetary: monetaryCells } = columns;
  const readsDates = lastCells.some((cell) => !isEmptyCell(cell) && !isDayCount(cell));
  // Text dates in the order their column proves (12/25/2024: month first), as RFM_TABLE reads them.
  const order = readsDates ? dateOrderOfCells(lastCells, 'recency_or_last_date') : 'dmy';
  if (isSheetError(order)) return order;
  // One pass over the rows, the complete ones kept in columns (a range may hold 500,000 rows).
  const n = lastCells.length;
  const index = new Int32Array(n);
  const recency = new Float64Array(n);
  const frequencies = new Float64Array(n);
  const monetaries = new Float64Array(n);
  let count = 0;
  const out: CustomerTableCode[] = new Array<CustomerTableCode>(n).fill('');
  let latest = -Infinity;
  for (let i = 0; i < n; i++) {
    const lastCell = lastCells[i];
    const frequencyCell = frequencyCells[i];
    const monetaryCell = monetaryCells[i];
    if (isEmptyCell(lastCell) && isEmptyCell(frequencyCell) && isEmptyCell(monetaryCell)) continue;
    const frequency = numberFromCell(frequencyCell, 'frequency');
    // A customer without any purchase: no score, and out of the cut points (its recency may be empty).
    if (typeof frequency === 'number' && frequency <= 0) continue;
    const last = readsDates ? dayFromCell(lastCell, 'recency_or_last_date', order) : numberFromCell(lastCell, 'recency_or_last_date');
    const monetary = numberFromCell(monetaryCell, 'monetary');
    if (isSheetError(last)) out[i] = last;
    else if (isSheetError(frequency)) out[i] = frequency;
    else if (isSheetError(monetary)) out[i] = monetary;
    else if (last === null || frequency === null || monetary === null) {
      out[i] = valueError('Ligne incomplète : récence, fréquence et montant sont requis', 'Incomplete row: recency, frequency and monetary are required');
    } else {
      if (readsDates) latest = Math.max(latest, last);
      index[count] = i;
      recency[count] = last;
      frequencies[count] = frequency;
      monetaries[count] = monetary;
      count++;
    }
  }
  if (count === 0) return valueError('Aucune ligne complète à noter', 'No complete row to score');
  if (readsDates) {
    const asOf = options.asOf ?? latest + 1;
    for (let k = 0; k < count; k++) recency[k] = asOf - (recency[k] ?? 0);
  }
  const scores = scoreRfm(recency.subarray(0, count), frequencies.subarray(0, count), monetaries.subarray(0, count), options.score);
  if (isSheetError(scores)) return scores;
  // At most 9 × 9 × 9 codes: each text made once, shared by its rows.
  const codes = new Map<number, string>();
  for (let k = 0; k < count; k++) {
    const r = scores.r[k] ?? 0;
    const f = scores.f[k] ?? 0;
    const m = scores.m[k] ?? 0;
    const key = (r * 10 + f) * 10 + m;
    let code = codes.get(key);
    if (code === undefined) {
      code = rfmCode(r, f, m);
      codes.set(key, code);
    }
    out[index[k] ?? 0] = code;
  }
  return out;
}
