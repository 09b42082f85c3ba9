/**
 * Reading one field of a CSV file straight from the file's text, given where the field starts and
 * ends: numbers and dates (ids: see ids.ts). The common forms ("29.33", "2024-12-31") are read from
 * the character codes without building a string; the others go through the product's general rules
 * (`parseNumberText`, `dayFromText`), so the results are the same.
 */
import { dayFromCivil, dayFromText, isValidCivil, type DateOrder, type DayNumber } from '../cells/dates.js';
import { decimalEvidence, parseNumberText, type DecimalHint, type DecimalMark } from '../cells/numbers.js';

/** Largest count of digits read directly: below 2^53, so that digits ÷ 10^k is exactly rounded. */
const FAST_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: FAST_DIGITS + 1 }, (_, k) => 10 ** k);

/**
 * Reads a number from `text[start, end)` as exports write it: plain "-1234.5" straight from the
 * character codes (the common case: no string, no regular expression), anything else by the
 * French-first rules of `parseNumberText` ("1 234,50", "1,234.50", "12 €").
 *
 * @param text - the text holding the field
 * @param start - index of the field's first character
 * @param end - index just past its last character
 * @param decimal - the decimal mark of the field's column, when decided (see `decideDecimalMark`)
 * @returns the number, or null when the field is empty or not a number
 * @example numberFromRange('a,29.33,b', 2, 7) // 29.33
 */
export function numberFromRange(text: string, start: number, end: number, decimal?: DecimalMark): number | null {
  let i = start;
  const negative = text.charCodeAt(i) === 0x2d; // "-"
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1; // digits after the dot, −1 while no dot was seen
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 0x2e && decimals < 0) {
      decimals = 0;
    } else {
      break;
    }
  }
  // In a column whose decimal mark is the comma, a dot groups thousands: the general rules read it.
  if (i === end && digits > 0 && digits <= FAST_DIGITS && (decimal !== ',' || decimals < 0)) {
    // Both operands are exact doubles and IEEE division rounds once: the same number as Number(text).
    const value = decimals > 0 ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : mantissa;
    return negative ? -value : value;
  }
  return parseNumberText(text.slice(start, end), decimal);
}

/**
 * What the number in `text[start, end)` says about its column's decimal mark: `decimalEvidence` of the
 * field, read straight from the character codes for the common plain forms ("29.33", "-12", "1.250").
 *
 * @example decimalEvidenceOfRange('a;12,50', 2, 7) // ','
 */
export function decimalEvidenceOfRange(text: string, start: number, end: number): DecimalHint {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  let before = 0;
  let after = -1;
  let firstDigit = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (after >= 0) after++;
      else {
        if (before === 0) firstDigit = c - 0x30;
        before++;
      }
    } else if (c === 0x2e && after < 0) {
      after = 0;
    } else {
      return decimalEvidence(text.slice(start, end));
    }
  }
  if (after < 0) return 'none';
  return after === 3 && before >= 1 && before <= 3 && firstDigit !== 0 ? 'ambiguous' : '.';
}

/**
 * Reads a number from a field, see {@link numberFromRange}.
 * @param text - the field
 * @param decimal - the decimal mark of the field's column, when decided
 * @returns the number, or null when the field is empty or not a number
 * @example numberFromField('1 234,50') // 1234.5
 */
export function numberFromField(text: string, decimal?: DecimalMark): number | null {
  return numberFromRange(text, 0, text.length, decimal);
}

/** Reads a date from `text[start, end)`; see {@link createDayReader}. */
export type DayReader = (text: string, start: number, end: number) => DayNumber | null;

const DAY_CACHE_LIMIT = 100_000;

/** Value of the decimal digits of `text[from, to)`, or −1 when one is not a digit. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}


/**
 * A date reader for one column: ISO "2024-12-31" (a time after it is ignored), "31/12/2024" (also
 * with `-` or `.`; day first, or month first with `order` = `mdy`), or compact "20241231" — exactly
 * `dayFromText`'s forms; the three plain forms are
 * read straight from the character codes, the others by `dayFromText` with a cache, since an export
 * repeats the same few hundred dates. Spreadsheet serial numbers are refused: in a CSV file a bare
 * number in a date column is far more often a wrong column than a date.
 *
 * @param order - the order of slashed dates in the column (see `decideDateOrder`), day first by default
 * @returns a function from a field's range to its day number, or null when the field is no such date
 * @example createDayReader()('31/12/2024', 0, 10) // 20088
 * @example createDayReader('mdy')('12/31/2024', 0, 10) // 20088
 */
export function createDayReader(order: DateOrder = 'dmy'): DayReader {
  const cache = new Map<string, DayNumber | null>();
  // Checking a calendar date costs a round trip through day numbers: remember each one, by yyyymmdd.
  const civilCache = new Map<number, DayNumber | null>();
  // The previous date read: the rows of an export sorted by date repeat it, and it then costs no look-up.
  let previousKey = -1;
  let previousDay: DayNumber | null = null;
  const civilDay = (year: number, month: number, day: number): DayNumber | null => {
    const key = year * 10000 + month * 100 + day;
    if (key === previousKey) return previousDay;
    let known = civilCache.get(key);
    if (known === undefined) {
      known = isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
      if (civilCache.size < DAY_CACHE_LIMIT) civilCache.set(key, known);
    }
    previousKey = key;
    previousDay = known;
    return known;
  };
  return (text, start, end) => {
    const length = end - start;
    if (length === 10) {
      const c4 = text.charCodeAt(start + 4);
      if (c4 === 0x2d && text.charCodeAt(start + 7) === 0x2d) {
        const year = digitsValue(text, start, start + 4);
        const month = digitsValue(text, start + 5, start + 7);
        const day = digitsValue(text, start + 8, end);
        if (year >= 0 && month >= 0 && day >= 0) return civilDay(year, month, day);
      } else if (text.charCodeAt(start + 2) === 0x2f && text.charCodeAt(start + 5) === 0x2f) {
        const first = digitsValue(text, start, start + 2);
        const second = digitsValue(text, start + 3, start + 5);
        const year = digitsValue(text, start + 6, end);
        const dayFirst = order === 'dmy';
        const day = dayFirst ? first : second;
        const month = dayFirst ? second : first;
        if (year >= 0 && month >= 0 && day >= 0) return civilDay(year, month, day);
      }
    } else if (length === 8) {
      const year = digitsValue(text, start, start + 4);
      const month = digitsValue(text, start + 4, start + 6);
      const day = digitsValue(text, start + 6, end);
      if (year >= 0 && month >= 0 && day >= 0) return civilDay(year, month, day);
    }
    const field = text.slice(start, end);
    const known = cache.get(field);
    if (known !== undefined) return known;
    const day = dayFromText(field, order);
    if (cache.size < DAY_CACHE_LIMIT) cache.set(field, day);
    return day;
  };
}
