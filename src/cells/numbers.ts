import { valueError, type LocalizedText, type SheetError } from './errors.js';
import { bothDecimalMarks, rowNamed } from '../messages/cells.js';

/**
 * Numbers typed as text, the way French and English users type them: "1 234,50", "1,234.50",
 * "12 %", "-3,5", "(1 234)", "1 234,50 €", "$1,234". French first: a lone comma is a decimal comma.
 */

// Spaces users and exports put between thousands: space, no-break space, narrow no-break space, thin space.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:€|\$|£|eur|usd|gbp)\s*|\s*(?:€|\$|£|eur|usd|gbp)$/i;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The decimal mark of a column: `,` (French: 1 234,50; 1.234,50) or `.` (English: 1,234.50). */
export type DecimalMark = ',' | '.';

/**
 * Reads a number written as text. Returns null when the text is not one.
 *
 * Rules: spaces (also no-break and narrow), apostrophes and a currency sign (€, $, £, EUR) are
 * ignored; a trailing `%` divides by 100; `(…)` means negative. With `decimal` given, that mark is the
 * decimal mark and the other one only groups thousands (by threes). Without it, each text decides for
 * itself: when both `,` and `.` appear, the last one is the decimal mark; a single `,` or `.` is a
 * decimal mark (1,234 is 1.234, French first); several `,` or several `.` are thousands separators.
 * A column decides its mark once for all its values with {@link DecimalEvidence}.
 *
 * @param text - the text as typed or exported
 * @param decimal - the decimal mark of the text's column, when it is known
 * @returns the number, or null when the text is not one
 * @example parseNumberText('1 234,50') // 1234.5
 * @example parseNumberText('12 %') // 0.12
 * @example parseNumberText('$1,234', '.') // 1234
 */
export function parseNumberText(text: string, decimal?: DecimalMark): number | null {
  let t = text.trim();
  if (t === '') return null;
  let negative = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(CURRENCY, '').replace(GROUP_SPACES, '');
  if (t.startsWith('-') || t.startsWith('+')) {
    if (t.startsWith('-')) negative = !negative;
    // A sign may come before the currency sign too: "-$12.50", "- 12 €".
    t = t.slice(1).replace(CURRENCY, '').replace(GROUP_SPACES, '');
  }
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (decimal !== undefined) {
    const group = decimal === ',' ? '.' : ',';
    const at = t.indexOf(decimal);
    if (at >= 0 && at !== t.lastIndexOf(decimal)) return null; // two decimal marks
    const whole = at < 0 ? t : t.slice(0, at);
    const fraction = at < 0 ? '' : t.slice(at + 1);
    if (fraction.includes(group)) return null;
    const digits = whole.includes(group) ? groupedOrNull(whole, group) : whole;
    if (digits === '' && whole !== '') return null;
    t = at < 0 ? digits : `${digits}.${fraction}`;
  } else if (lastComma >= 0 && lastDot >= 0) {
    const mark = lastComma > lastDot ? ',' : '.';
    const group = mark === ',' ? '.' : ',';
    if (t.indexOf(mark) !== (mark === ',' ? lastComma : lastDot)) return null; // two decimal marks
    t = t.split(group).join('');
    if (mark === ',') t = t.replace(',', '.');
  } else if (lastComma >= 0) {
    t = t.indexOf(',') === lastComma ? t.replace(',', '.') : groupedOrNull(t, ',');
  } else if (lastDot >= 0 && t.indexOf('.') !== lastDot) {
    t = groupedOrNull(t, '.');
  }
  if (!PLAIN.test(t)) return null;
  const value = Number(t);
  if (!Number.isFinite(value)) return null;
  const signed = negative ? -value : value;
  return percent ? signed / 100 : signed;
}

/**
 * What one value says about its column's decimal mark, see {@link decimalEvidence}; `$ambiguous` is a
 * value ambiguous by its digits whose $ or £ sign proves the point ($1,234).
 */
export type DecimalHint = ',' | '.' | 'ambiguous' | '$ambiguous' | 'none';

const POUND_OR_DOLLAR = /[$£]|\b(?:usd|gbp)\b/i;

/**
 * What a number written as text says about the decimal mark of its column: `.` for an English
 * writing (1,234.50; 12.5; 1,234,567; a $ or £ sign), `,` for a French one (1 234,50; 1.234,50; 12,5;
 * 1.234.567), `ambiguous` for a single mark followed by exactly three digits (1,234 or 1.234: a
 * thousand or a decimal), `none` for a value without a mark.
 *
 * @param text - the value
 * @returns the hint
 * @example decimalEvidence('$1,234') // '$ambiguous'
 * @example decimalEvidence('$12.50') // '.'
 * @example decimalEvidence('1,234') // 'ambiguous'
 */
export function decimalEvidence(text: string): DecimalHint {
  if (POUND_OR_DOLLAR.test(text)) return digitsEvidence(text) === 'ambiguous' ? '$ambiguous' : '.';
  return digitsEvidence(text);
}

/** {@link decimalEvidence} from the digits and marks alone. */
function digitsEvidence(text: string): DecimalHint {
  const t = text
    .trim()
    .replace(/^[(+-]+|[)%]+$/g, '')
    .replace(CURRENCY, '')
    .replace(GROUP_SPACES, '')
    .replace(/^[(+-]+|[)%]+$/g, '');
  const commas = t.split(',').length - 1;
  const dots = t.split('.').length - 1;
  if (commas > 0 && dots > 0) return t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
  if (commas > 1) return '.';
  if (dots > 1) return ',';
  if (commas === 0 && dots === 0) return 'none';
  const mark = commas === 1 ? ',' : '.';
  const [whole = '', fraction = ''] = t.split(mark);
  // A single mark can group thousands only before exactly three digits, after 1 to 3 digits not starting with 0.
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction)) return 'ambiguous';
  return mark;
}

/**
 * What the values of one column say about its decimal mark (see {@link decimalEvidence}): the row of
 * the first value proving each mark, and of the first ambiguous one.
 */
export class DecimalEvidence {
  commaRow: number | null = null;
  dotRow: number | null = null;
  ambiguousRow: number | null = null;

  /**
   * Takes one value's hint into account.
   * @param hint - the value's {@link decimalEvidence}
   * @param row - its row or line, for messages
   */
  add(hint: DecimalHint, row: number): void {
    if (hint === ',') this.commaRow ??= row;
    else if (hint === '.') this.dotRow ??= row;
    else if (hint === 'ambiguous') this.ambiguousRow ??= row;
    else if (hint === '$ambiguous') {
      this.dotRow ??= row;
      this.ambiguousRow ??= row;
    }
  }
}

/** The decimal mark chosen for a column, see {@link decideDecimalMark}. */
export interface DecimalDecision {
  /** The mark, or undefined when each value is read by itself (no value of the column is ambiguous, or none is proved). */
  readonly decimal: DecimalMark | undefined;
  /** The row of an ambiguous value read with its mark as a decimal mark for want of proof, else null. */
  readonly defaultedAt: number | null;
}

/**
 * Decides the decimal mark of a column. It matters only for ambiguous values (1,234 or 1.234): with
 * one, a column proving a single mark is read with it ($1,234 → 1234 beside 12.50; 1.234 → 1234
 * beside 12,50); proving both is an error naming a row of each; proving neither reads the lone mark
 * as a decimal mark (the French reading of 1,234) and says where. Without an ambiguous value, every
 * value has one reading and is read so.
 *
 * @param evidence - what the column's values said
 * @param forced - the mark the user chose, if any
 * @param where - how to name a row in the message
 * @param hint - what else the user can do, appended to the message
 * @returns the decision, or #VALUE! for a column proving both marks with an ambiguous value
 */
export function decideDecimalMark(
  evidence: DecimalEvidence,
  forced?: DecimalMark,
  where: (row: number) => LocalizedText = rowNamed,
  hint?: LocalizedText,
): DecimalDecision | SheetError {
  if (forced !== undefined) return { decimal: forced, defaultedAt: null };
  const { commaRow, dotRow, ambiguousRow } = evidence;
  if (ambiguousRow === null) return { decimal: undefined, defaultedAt: null };
  if (commaRow !== null && dotRow !== null) {
    const comma = where(commaRow);
    const dot = where(dotRow);
    const ambiguous = where(ambiguousRow);
    return valueError(bothDecimalMarks(comma, dot, ambiguous, hint));
  }
  if (commaRow !== null) return { decimal: ',', defaultedAt: null };
  if (dotRow !== null) return { decimal: '.', defaultedAt: null };
  return { decimal: undefined, defaultedAt: ambiguousRow };
}

/** "1,234,567" → "1234567" when every group after the first has three digits; otherwise "" (not a number). */
function groupedOrNull(text: string, separator: string): string {
  const parts = text.split(separator);
  const [head, ...rest] = parts;
  if (head === undefined || !/^\d{1,3}$/.test(head) || rest.some((p) => !/^\d{3}$/.test(p))) return '';
  return parts.join('');
}

/**
 * A total rounded to 15 significant digits, the precision a spreadsheet shows and compares: binary
 * floating point cannot hold most decimal amounts exactly, so a sum of amounts in cents can land one
 * step beside the decimal total (162.92000000000002 for 162.92). Rounded, two totals that read the
 * same are the same number — and a customer whose total equals a cut point gets the score above it.
 *
 * @param value - a finite number
 * @returns the nearest number written with 15 significant digits
 * @example toSpreadsheetPrecision(0.1 + 0.2) // 0.3
 */
export function toSpreadsheetPrecision(value: number): number {
  if (value === 0) return 0;
  // A number that is already a whole count of cents, n ÷ 100 with |n| < 10^15 (most totals of amounts),
  // is the double nearest a decimal of at most 15 digits: rounding it gives it back, without writing it.
  const cents = Math.round(value * 100);
  if (cents / 100 === value && Math.abs(cents) < 1e15) return value;
  const rounded = Number(value.toPrecision(15));
  // Next to the largest double, rounding up would overflow: keep the value as it is.
  return Number.isFinite(rounded) ? rounded : value;
}
