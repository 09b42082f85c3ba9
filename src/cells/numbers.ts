/**
 * Numbers typed as text, the way French and English users type them: "1 234,50", "1,234.50",
 * "12 %", "-3,5", "(1 234)", "1 234,50 €", "$1,234". French first: a lone comma is a decimal comma.
 */

// Spaces users and exports put between thousands: space, no-break space, narrow no-break space, thin space.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:€|\$|£|eur|usd|gbp)\s*|\s*(?:€|\$|£|eur|usd|gbp)$/i;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a number written as text. Returns null when the text is not a number.
 *
 * Rules: spaces (also no-break and narrow), apostrophes and a currency sign (€, $, £, EUR) are
 * ignored; a trailing `%` divides by 100; `(…)` means negative; when both `,` and `.` appear, the last
 * one is the decimal separator; a single `,` is a decimal comma (French); several `,` or several `.`
 * are thousands separators.
 *
 * @param text - the text as typed or exported
 * @returns the number, or null when the text is not one
 * @example parseNumberText('1 234,50') // 1234.5
 * @example parseNumberText('12 %') // 0.12
 */
export function parseNumberText(text: string): number | null {
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
    t = t.slice(1);
  }
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (t.indexOf(decimal) !== (decimal === ',' ? lastComma : lastDot)) return null; // two decimal marks
    t = t.split(group).join('');
    if (decimal === ',') t = t.replace(',', '.');
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
  const rounded = Number(value.toPrecision(15));
  // Next to the largest double, rounding up would overflow: keep the value as it is.
  return Number.isFinite(rounded) ? rounded : value;
}
