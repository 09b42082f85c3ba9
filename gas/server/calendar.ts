/**
 * Dates as Sheets hands them to a script, read as the day the user sees.
 *
 * A date cell holds a calendar day in the spreadsheet's time zone (File › Settings). Apps Script hands
 * it to a custom function, and `Range.getValues()` to any script, as a `Date` at the instant that day
 * starts in the *spreadsheet's* zone, while the script's own `Date` methods (`getDate()`…) read the
 * *script's* zone (appsscript.json's `timeZone`). A spreadsheet east of the script's zone would
 * otherwise see every date one day early. So each `Date` is read with
 * `Utilities.formatDate(date, spreadsheetTimeZone, 'yyyy-MM-dd')` and handed to the core as the same
 * calendar day at midnight of the script's zone, which the core reads with the local getters.
 *
 * Host rules, from Google's documentation:
 * - the spreadsheet's zone: `Spreadsheet.getSpreadsheetTimeZone()`,
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 * - the day in a given zone: `Utilities.formatDate(date, timeZone, format)` with a
 *   java.text.SimpleDateFormat pattern,
 *   https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * - the script's zone, which `Date` methods use: the manifest's `timeZone`,
 *   https://developers.google.com/apps-script/manifest
 *
 * Cost: the zone is read at most once (and only when a `Date` is met), `formatDate` once per distinct
 * instant (a column of 100,000 transactions holds a few hundred distinct days), and one `Date` is made
 * per distinct instant, shared by every cell of that instant (the core only reads dates). Ranges are
 * walked once: a row without a date is passed on as it is, only a row holding one is copied.
 */
import type { UtilitiesApi } from './services.js';

/** Turns a `Date` from Sheets into the same calendar day at midnight of the script's own zone. */
export type DayReader = (date: Date) => Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `Date` of any realm (a script's, or a test's `vm`): `instanceof` would miss the other realm's. */
function isDate(value: object): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The reader of the days of one spreadsheet.
 * @param timeZone - gives the spreadsheet's time zone; called once, the first time a date is read
 * @param utilities - Apps Script's `Utilities` (formatDate)
 * @returns a reader that keeps what it has read (one call of formatDate per distinct instant) and
 *   gives the same `Date` for the same instant: it must be read, never changed
 * @example spreadsheetDays(() => 'Asia/Tokyo', Utilities)(dateOfCell) // the day the cell shows, at local midnight
 */
export function spreadsheetDays(timeZone: () => string, utilities: UtilitiesApi): DayReader {
  let zone: string | undefined;
  const known = new Map<number, Date>();
  // The last instant read: transactions often come by day, so most cells repeat the one above.
  let lastTime = Number.NaN;
  let lastDay: Date | undefined;
  return (date) => {
    const time = date.getTime();
    if (time === lastTime && lastDay !== undefined) return lastDay;
    // An invalid Date stays as it is: the core answers it with its own error.
    if (!Number.isFinite(time)) return date;
    const seen = known.get(time);
    if (seen !== undefined) {
      lastTime = time;
      lastDay = seen;
      return seen;
    }
    zone ??= timeZone();
    const text = utilities.formatDate(date, zone, 'yyyy-MM-dd');
    const match = ISO_DAY.exec(text);
    if (match === null) throw new Error(`Utilities.formatDate gave "${text}" for the pattern yyyy-MM-dd`);
    const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    // Years 0–99 would be read as 1900–1999 by the constructor.
    local.setFullYear(Number(match[1]));
    known.set(time, local);
    lastTime = time;
    lastDay = local;
    return local;
  };
}

/**
 * The arguments of a custom function (or rows of cells) with every `Date` read by `readDay`, at any
 * depth of arrays; everything else unchanged. The value given is never changed: an array holding a
 * date is copied, an array without any is returned itself.
 * @param value - an argument, a row or a cell
 * @param readDay - the spreadsheet's day reader
 * @returns the same shape, dates replaced
 */
export function withSpreadsheetDays(value: unknown, readDay: DayReader): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return arrayWithDays(value as readonly unknown[], readDay);
  return isDate(value) ? readDay(value) : value;
}

/** One pass over an array: copied at its first date (or inner array holding one), else itself. */
function arrayWithDays(items: readonly unknown[], readDay: DayReader): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // Numbers, text, booleans and "" (most cells) cost one test.
    if (typeof item !== 'object' || item === null) continue;
    const read = withSpreadsheetDays(item, readDay);
    if (read === item) continue;
    copy ??= items.slice();
    copy[i] = read;
  }
  return copy ?? items;
}
