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
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Parses a date written as text: ISO "2024-12-31" (time ignored), French "31/12/2024" (also with `-`
 * or `.`; day first, as in France), or compact "20241231". Returns null when the text is no such date.
 */
export function dayFromText(text: string): DayNumber | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return civilOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(t);
  if (m) return civilOrNull(Number(m[3]), Number(m[2]), Number(m[1]));
  m = COMPACT.exec(t);
  if (m) return civilOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function civilOrNull(year: number, month: number, day: number): DayNumber | null {
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}
