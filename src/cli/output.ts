/**
 * The output side of the commands: the help text that every command shares about `--out` and about
 * the ids written with a leading apostrophe, and the writer of their CSV bytes.
 */
import type { LocalizedText } from '../cells/errors.js';

/** The `--out` line of a command writing CSV, aligned as the options of the help are. */
export const OUT_OPTION_HELP: LocalizedText = {
  fr: `  --out FICHIER.csv   écrit le résultat dans ce fichier (« - » ou absent : sortie standard) ; voir
                      « Sorties » ci-dessous`,
  en: `  --out FILE.csv      write the result to this file ("-" or absent: standard output); see "Outputs"
                      below`,
};

/** How every output file is written: the atomic-output rule, as the help states it. */
export const ATOMIC_OUTPUT_HELP: LocalizedText = {
  fr: `Sorties : un fichier --out est d’abord écrit dans un fichier temporaire du même dossier, puis renommé
une fois complet : interrompue (Ctrl-C, disque plein), la commande laisse l’ancien fichier intact et
aucun fichier temporaire. --out ne peut pas désigner le fichier d’entrée (ni un lien vers lui).`,
  en: `Outputs: an --out file is first written to a temporary file in the same folder, then renamed once
complete: interrupted (Ctrl-C, a full disk), the command leaves the previous file intact and no
temporary file. --out cannot name the input file (nor a link to it).`,
};

/** Which ids the CSV output writes with a leading apostrophe (see `needsCsvTextMark`). */
export const TEXT_MARK_HELP: LocalizedText = {
  fr: `Protection : un identifiant qu’un tableur exécuterait ou transformerait est écrit précédé d’une
apostrophe (visible dans la cellule), pour rester le même texte : =, +, -, @, #, « ' » en tête
(sauf un entier négatif comme -42), chiffres et signes lus comme un nombre, une date ou une heure
(00123, 123456789012, 1/2, 2024-01-31, 12:30, 1,5, 12 %), VRAI, FAUX, TRUE, FALSE.`,
  en: `Protection: an id a spreadsheet would run or change is written with a leading apostrophe (visible in
the cell), so that it stays the same text: starting with =, +, -, @, #, "'" (but for a negative whole
number such as -42), digits and signs read as a number, a date or a time (00123, 123456789012, 1/2,
2024-01-31, 12:30, 1,5, 12 %), TRUE, FALSE, VRAI, FAUX.`,
};

const COMMA = 0x2c;
const LF = 0x0a;
const DOT = 0x2e;
const ZERO = 0x30;
const MINUS = 0x2d;
/** Bytes of the first buffer of an {@link OutputBytes} at least; each next one is twice as large. */
const FIRST_BUFFER_BYTES = 1 << 16;
const UTF8 = new TextEncoder();
const POWERS_OF_TEN = Array.from({ length: 11 }, (_, k) => 10 ** k);

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
function scaledRounded(value: number, scale: number): number {
  const scaled = Math.abs(value) * scale;
  if (!(scaled < LARGEST_SCALED)) return -1;
  const units = Math.floor(scaled);
  const rest = scaled - units;
  // The product is within 2⁻¹⁷ of |value| × scale: away from a tie, it rounds the same way.
  if (Math.abs(rest - 0.5) < TIE_MARGIN) return -1;
  return rest > 0.5 ? units + 1 : units;
}

/** Digits of a figure are written five at a time, from numbers below 10⁵. */
const HALF_DIGITS = 5;
const HALF_SCALE = 10 ** HALF_DIGITS;

/** Digits of a whole number 0 ≤ n < 2³¹. */
function digitCount(n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}

/** Writes the whole number 0 ≤ n < 2³¹ in `width` digits (zeros in front) from `at`; returns the end. */
function writeDigits(buffer: Uint8Array, at: number, n: number, width: number): number {
  let rest = n;
  for (let k = width - 1; k >= 0; k--) {
    const next = Math.floor(rest / 10);
    buffer[at + k] = ZERO + rest - 10 * next;
    rest = next;
  }
  return at + width;
}

/**
 * An output written straight into bytes, field after field: no string per line, per field joined, nor
 * the whole text, which the garbage collector would otherwise copy and the UTF-8 encoding read again.
 * The bytes are the UTF-8 encoding of the lines' text: fields separated by commas, each line ended by
 * `\n`, figures as `formatDecimal` writes them.
 */
export class OutputBytes {
  private buffer: Uint8Array;
  private length = 0;

  /**
   * @param expectedBytes - about how many bytes to expect: the buffer is made that large at once (the
   *   system gives memory as it is written, so a generous guess costs nothing), and doubled if need be
   */
  constructor(expectedBytes = FIRST_BUFFER_BYTES) {
    this.buffer = new Uint8Array(Math.max(expectedBytes, FIRST_BUFFER_BYTES));
  }

  /** Writes a text as it is (quote and mark it first, see `formatCsvText`). */
  text(text: string): void {
    this.room(3 * text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        // Beyond ASCII: the encoder writes the rest (3 bytes at most per UTF-16 unit, room made above).
        at += UTF8.encodeInto(text.slice(k), buffer.subarray(at)).written;
        break;
      }
      buffer[at++] = c;
    }
    this.length = at;
  }

  /**
   * Writes `formatDecimal(value, decimals)` (0 to 10 places): the digits of the rounded whole number
   * {@link scaledRounded} gives, without a string; `toFixed`'s text near a tie or for a large number.
   */
  decimal(value: number, decimals: number): void {
    const scale = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
    const rounded = scaledRounded(value, scale);
    if (rounded < 0) {
      this.fixed(value, decimals);
      return;
    }
    // Room for a sign, the whole part (below 2³⁶: 11 digits at most), a dot and the places.
    this.room(13 + decimals);
    const buffer = this.buffer;
    let at = this.length;
    if (value < 0 && rounded > 0) buffer[at++] = MINUS;
    const whole = Math.floor(rounded / scale);
    const part = rounded - whole * scale;
    // Each part (below 2³⁶) is written as its five last digits and what comes before them, two
    // numbers below 2³¹: their digits come of small whole numbers.
    if (whole < HALF_SCALE) {
      at = writeDigits(buffer, at, whole, digitCount(whole));
    } else {
      const high = Math.floor(whole / HALF_SCALE);
      at = writeDigits(buffer, at, high, digitCount(high));
      at = writeDigits(buffer, at, whole - high * HALF_SCALE, HALF_DIGITS);
    }
    if (part > 0) {
      buffer[at++] = DOT;
      if (decimals <= HALF_DIGITS) {
        at = writeDigits(buffer, at, part, decimals);
      } else {
        const high = Math.floor(part / HALF_SCALE);
        at = writeDigits(buffer, at, high, decimals - HALF_DIGITS);
        at = writeDigits(buffer, at, part - high * HALF_SCALE, HALF_DIGITS);
      }
      // The trailing zeros (the fraction is not 0: a digit other than 0 stays).
      while (buffer[at - 1] === ZERO) at--;
    }
    this.length = at;
  }

  /** Writes `formatDecimal(value, decimals)` from the text of `toFixed`. */
  private fixed(value: number, decimals: number): void {
    const text = value.toFixed(decimals);
    let end = text.length;
    if (decimals > 0 && !text.includes('e')) {
      while (text.charCodeAt(end - 1) === ZERO) end--;
      if (text.charCodeAt(end - 1) === DOT) end--;
    }
    // "-0" is written "0" (see formatDecimal).
    const start = end === 2 && text.charCodeAt(0) === MINUS && text.charCodeAt(1) === ZERO ? 1 : 0;
    this.room(end - start);
    const buffer = this.buffer;
    let at = this.length;
    for (let k = start; k < end; k++) buffer[at++] = text.charCodeAt(k);
    this.length = at;
  }

  /** Ends a field. */
  comma(): void {
    this.byte(COMMA);
  }

  /** Ends a line. */
  lineEnd(): void {
    this.byte(LF);
  }

  /** Every byte written. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** The bytes written, as text (a leading BOM kept, as any other character). */
  toString(): string {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.bytes());
  }

  private byte(c: number): void {
    this.room(1);
    this.buffer[this.length++] = c;
  }

  /** Makes room for `bytes` more bytes. */
  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(2 * this.buffer.length, this.length + bytes));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }
}
