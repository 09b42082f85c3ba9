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
 * instant (a column of 100,000 transactions holds a few hundred distinct days).
 */
import type { UtilitiesApi } from './services.js';

/** Turns a `Date` from Sheets into the same calendar day at midnight of the script's own zone. */
export type DayReader = (date: Date) => Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The reader of the days of one spreadsheet.
 * @param timeZone - gives the spreadsheet's time zone; called once, the first time a date is read
 * @param utilities - Apps Script's `Utilities` (formatDate)
 * @returns a reader that keeps what it has read (one call of formatDate per distinct instant)
 * @example spreadsheetDays(() => 'Asia/Tokyo', Utilities)(dateOfCell) // the day the cell shows, at local midnight
 */
export function spreadsheetDays(timeZone: () => string, utilities: UtilitiesApi): DayReader {
  let zone: string | undefined;
  const known = new Map<number, Date>();
  return (date) => {
    const time = date.getTime();
    // An invalid Date stays as it is: the core answers it with its own error.
    if (!Number.isFinite(time)) return date;
    const seen = known.get(time);
    if (seen !== undefined) return new Date(seen.getTime());
    zone ??= timeZone();
    const text = utilities.formatDate(date, zone, 'yyyy-MM-dd');
    const match = ISO_DAY.exec(text);
    if (match === null) throw new Error(`Utilities.formatDate gave "${text}" for the pattern yyyy-MM-dd`);
    const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    // Years 0–99 would be read as 1900–1999 by the constructor.
    local.setFullYear(Number(match[1]));
    known.set(time, local);
    return new Date(local.getTime());
  };
}

/**
 * The arguments of a custom function (or rows of cells) with every `Date` read by `readDay`, at any
 * depth of arrays; everything else unchanged.
 * @param value - an argument, a row or a cell
 * @param readDay - the spreadsheet's day reader
 * @returns the same shape, dates replaced
 */
export function withSpreadsheetDays(value: unknown, readDay: DayReader): unknown {
  if (isDate(value)) return readDay(value);
  if (Array.isArray(value)) return value.map((item: unknown) => withSpreadsheetDays(item, readDay));
  return value;
}
