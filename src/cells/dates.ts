import { valueError, type LocalizedText, type SheetError } from './errors.js';
import { bothDateOrders, rowNamed } from '../messages/cells.js';

/**
 * Dates as whole day numbers: days since 1970-01-01 on the civil calendar, no time zone, no time of
 * day. Every date a host or a file gives (Excel serial, `Date` object, "31/12/2024", "2024-12-31",
 * "20241231") becomes one of these, so that differences of dates are plain integer subtraction.
 */

/** Days since 1970-01-01 (may be negative). */
export type DayNumber = number;

/** Excel's serial of 1970-01-01 (its calendar starts at serial 1 = 1900-01-01, with the 1900 leap bug). */
export const EXCEL_SERIAL_OF_EPOCH = 25569;
/** Serial of 9999-12-31, the last date Excel shows. */
export const EXCEL_MAX_SERIAL = 2958465;

/** Day number of a civil date (proleptic Gregorian). Month 1–12. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  // Howard Hinnant's days_from_civil: exact integer arithmetic, no Date object, no time zone.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when (year, month, day) is a real calendar date. */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const c = civilFromDay(dayFromCivil(year, month, day));
  return c.day === day && c.month === month;
}

/** An Excel serial (time of day ignored) as a day number. */
export function dayFromExcelSerial(serial: number): DayNumber {
  return Math.floor(serial) - EXCEL_SERIAL_OF_EPOCH;
}

/** A day number as an Excel/Sheets/LibreOffice serial (the same in all three after 1900-03-01). */
export function excelSerialFromDay(dayNumber: DayNumber): number {
  return dayNumber + EXCEL_SERIAL_OF_EPOCH;
}

/** ISO text "YYYY-MM-DD" of a day number. */
export function isoFromDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a `Date` object from any realm (Apps Script and test sandboxes have their own `Date`). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The day number of a `Date` object, read in the runtime's own time zone (its local calendar fields).
 * Hosts hand dates over as local midnight of the day the user sees: Sheets itself gives a date cell as
 * midnight of the *spreadsheet's* zone, which the Sheets host turns into that day at midnight of the
 * script's zone before calling the core (gas/server/calendar.ts).
 */
export function dayFromDateObject(date: Date): DayNumber | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  return dayFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The order of a date written with slashes (or `-`, `.`): `dmy` = day first (31/12/2024, France and
 * most of the world), `mdy` = month first (12/31/2024, a US export).
 */
export type DateOrder = 'dmy' | 'mdy';

/**
 * Parses a date written as text: ISO "2024-12-31" (time ignored), "31/12/2024" (also with `-` or `.`;
 * day first unless `order` is `mdy`), or compact "20241231". Returns null when the text is no such date.
 *
 * @param text - the text
 * @param order - the order of a slashed date, day first by default (see {@link decideDateOrder})
 * @example dayFromText('02/03/2024') // 2 March 2024
 * @example dayFromText('12/25/2024', 'mdy') // 25 December 2024
 */
export function dayFromText(text: string, order: DateOrder = 'dmy'): DayNumber | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return civilOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(t);
  if (m) return order === 'dmy' ? civilOrNull(Number(m[4]), Number(m[3]), Number(m[1])) : civilOrNull(Number(m[4]), Number(m[1]), Number(m[3]));
  m = COMPACT.exec(t);
  if (m) return civilOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function civilOrNull(year: number, month: number, day: number): DayNumber | null {
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}

/**
 * The two numbers before the year of a slashed date in `text[start, end)` ("31/12/2024",
 * "1.2.2024", "12-25-2024 10:30"), as first × 100 + second, or −1 when the field is no slashed date.
 * Read from the character codes: a column of a million dates is checked without a string per field.
 */
export function slashedDateParts(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  // One or two digits, a separator, one or two digits, the same separator, four digits.
  let first = text.charCodeAt(i) - 0x30;
  if (!(first >= 0 && first <= 9)) return -1;
  let c = text.charCodeAt(++i) - 0x30;
  if (c >= 0 && c <= 9) {
    first = first * 10 + c;
    i++;
  }
  const separator = text.charCodeAt(i);
  if (separator !== 0x2f && separator !== 0x2e && separator !== 0x2d) return -1;
  let second = text.charCodeAt(++i) - 0x30;
  if (!(second >= 0 && second <= 9)) return -1;
  c = text.charCodeAt(++i) - 0x30;
  if (c >= 0 && c <= 9) {
    second = second * 10 + c;
    i++;
  }
  if (text.charCodeAt(i) !== separator) return -1;
  i++;
  if (i + 4 > end) return -1;
  for (let k = 0; k < 4; k++, i++) {
    c = text.charCodeAt(i) - 0x30;
    if (!(c >= 0 && c <= 9)) return -1;
  }
  const next = text.charCodeAt(i);
  if (i < end && next !== 0x20 && next !== 0x54) return -1; // the end, or a time after a space or T
  return first * 100 + second;
}

/**
 * What the slashed dates of one column say about their order: a first number above 12 proves day
 * first, a second number above 12 proves month first; both at most 12 and different (01/02/2024)
 * leave it open. Feed it every field with {@link DateOrderEvidence.add}, then ask
 * {@link decideDateOrder}.
 */
export class DateOrderEvidence {
  /** The row of the first date proving day first (31/12/2024), if any. */
  dayFirstRow: number | null = null;
  /** The row of the first date proving month first (12/31/2024), if any. */
  monthFirstRow: number | null = null;
  /** The row of the first date read differently in the two orders (01/02/2024), if any. */
  ambiguousRow: number | null = null;

  /**
   * Takes one field into account.
   * @param parts - {@link slashedDateParts} of the field (−1 for a field that is no slashed date)
   * @param row - the field's row or line, for messages
   */
  add(parts: number, row: number): void {
    if (parts < 0) return;
    const first = Math.floor(parts / 100);
    const second = parts % 100;
    if (first > 12 && second <= 12) this.dayFirstRow ??= row;
    else if (second > 12 && first <= 12) this.monthFirstRow ??= row;
    else if (first !== second && first >= 1 && second >= 1 && first <= 12 && second <= 12) this.ambiguousRow ??= row;
  }
}

/** The order chosen for a column, and whether it was a default (no date proved it, some were ambiguous). */
export interface DateOrderDecision {
  readonly order: DateOrder;
  /** The row of an ambiguous date read day first by default, or null when the order was proved or forced. */
  readonly defaultedAt: number | null;
}

/**
 * Decides the order of a column's slashed dates (see {@link DateOrderEvidence}): forced by the user,
 * proved by the column, else day first (the French reading), saying where an ambiguous date was so
 * that a note can tell the user.
 *
 * @param evidence - what the column's dates said
 * @param forced - the order the user chose, if any
 * @param where - how to name a row in the message ("ligne 5" / "line 5")
 * @param hint - what else the user can do, appended to the message (", or choose --date-format")
 * @returns the decision, or #VALUE! when the column proves both orders, naming a row of each
 * @example decideDateOrder(evidence of ['12/25/2024', '01/02/2024']) // { order: 'mdy', defaultedAt: null }
 */
export function decideDateOrder(
  evidence: DateOrderEvidence,
  forced?: DateOrder,
  where: (row: number) => LocalizedText = rowNamed,
  hint?: LocalizedText,
): DateOrderDecision | SheetError {
  if (forced !== undefined) return { order: forced, defaultedAt: null };
  const { dayFirstRow, monthFirstRow, ambiguousRow } = evidence;
  if (dayFirstRow !== null && monthFirstRow !== null) {
    const day = where(dayFirstRow);
    const month = where(monthFirstRow);
    return valueError(bothDateOrders(day, month, hint));
  }
  if (monthFirstRow !== null) return { order: 'mdy', defaultedAt: null };
  if (dayFirstRow !== null) return { order: 'dmy', defaultedAt: null };
  return { order: 'dmy', defaultedAt: ambiguousRow };
}
