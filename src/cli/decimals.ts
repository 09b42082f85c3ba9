/**
 * Decimal figures for outputs of many rows: the text of {@link formatDecimal}, built from whole numbers
 * (and a table of the fractional parts, or their digits written one by one: see `OutputBytes`)
 * instead of `toFixed` for each figure.
 */
import { formatDecimal } from './common.js';

/**
 * Beyond this, value × 10^decimals could be off by more than {@link TIE_MARGIN} from its exact value
 * (the product is rounded once, by at most half a unit in its last place: 2³⁶ × 2⁻⁵³ = 2⁻¹⁷ < 10⁻⁵):
 * `toFixed` decides.
 */
const LARGEST_SCALED = 2 ** 36;
/** Scaled values within this of a tie (k + ½) are left to `toFixed`, which rounds the exact value. */
const TIE_MARGIN = 1e-5;

/**
 * |value| × scale (a power of ten) rounded to a whole number as `toFixed` rounds it, from the
 * product of two doubles instead of the exact decimal value: the same away from a tie.
 * @param value - a number
 * @param scale - 10^places, places from 0 to 10
 * @returns the whole number, or −1 when `toFixed` must decide (near a tie, too large, not finite)
 * @example scaledRounded(-1.236, 100) // 124
 */
export function scaledRounded(value: number, scale: number): number {
  const scaled = Math.abs(value) * scale;
  if (!(scaled < LARGEST_SCALED)) return -1;
  const units = Math.floor(scaled);
  const rest = scaled - units;
  // The product is within 2⁻¹⁷ of |value| × scale: away from a tie, it rounds the same way.
  if (Math.abs(rest - 0.5) < TIE_MARGIN) return -1;
  return rest > 0.5 ? units + 1 : units;
}

/**
 * A formatter giving formatDecimal(value, decimals) for every number: `decimals` places at most,
 * trailing zeros and a trailing dot dropped, "0" for minus zero.
 * @param decimals - places after the dot, 0 to 6
 * @example decimalFormatter(2)(1234.5) // "1234.5"
 */
export function decimalFormatter(decimals: number): (value: number) => string {
  const scale = 10 ** decimals;
  // ".5", ".25", ".0001" …: the fractional part k ÷ scale as formatDecimal writes it ('' for 0).
  const fractions = Array.from({ length: scale }, (_, k) => (k === 0 ? '' : `.${String(k).padStart(decimals, '0').replace(/0+$/, '')}`));
  return (value) => {
    const rounded = scaledRounded(value, scale);
    if (rounded < 0) return formatDecimal(value, decimals);
    if (rounded === 0) return '0';
    const whole = Math.floor(rounded / scale);
    return `${value < 0 ? '-' : ''}${String(whole)}${fractions[rounded - whole * scale] ?? ''}`;
  };
}
