/**
 * The product theme: one small palette, the named styles of {@link StyleName} and the number-format
 * codes of {@link NumberFormatName}. Every host reads its fonts, fills and formats from here, so a
 * workbook looks the same whether Excel, Google Sheets or the .xlsx writer built it.
 */
import type { NumberFormatName, StyleName } from './types.js';

/** The palette: a dark blue for structure, a warm yellow for what the user types, soft greys for notes. */
export const PALETTE = Object.freeze({
  navy: '#1F3A5F',
  blue: '#2E75B6',
  paleBlue: '#DDEBF7',
  inputYellow: '#FFF2CC',
  exampleYellow: '#FCE4D6',
  computedGrey: '#F2F2F2',
  border: '#A6A6A6',
  text: '#222222',
  noteGrey: '#6B6B6B',
  inputBlue: '#1F4E79',
  white: '#FFFFFF',
  good: '#63BE7B',
  middle: '#FFEB84',
  bad: '#F8696B',
  classA: '#C6EFCE',
  classB: '#FFEB9C',
  classC: '#FFC7CE',
});

/** How a named style draws a cell. Absent fields keep the host's default. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  /** Vertical alignment, default middle. */
  readonly vertical?: 'top' | 'middle';
  /** `box`: thin border all around each cell; `bottom` / `top`: one thin line. */
  readonly border?: 'box' | 'bottom' | 'top';
}

/**
 * The named styles. Inputs read as "type here" (blue text on pale yellow, a convention of financial
 * models), computed cells as "do not type here" (grey fill), examples in orange so nobody mistakes
 * them for real figures.
 */
export const STYLES: Readonly<Record<StyleName, StyleSpec>> = Object.freeze({
  title: { bold: true, fontSize: 16, fontColor: PALETTE.navy },
  subtitle: { italic: true, fontSize: 10, fontColor: PALETTE.noteGrey },
  section: { bold: true, fontSize: 12, fontColor: PALETTE.navy, border: 'bottom' },
  header: { bold: true, fontColor: PALETTE.white, fill: PALETTE.navy, horizontal: 'center', wrap: true, border: 'box' },
  label: { bold: true, fontColor: PALETTE.text, fill: PALETTE.paleBlue, border: 'box' },
  input: { fontColor: PALETTE.inputBlue, fill: PALETTE.inputYellow, border: 'box' },
  example: { italic: true, fontColor: PALETTE.inputBlue, fill: PALETTE.exampleYellow, border: 'box' },
  exampleText: { italic: true, fontColor: PALETTE.inputBlue, fill: PALETTE.exampleYellow, wrap: true, vertical: 'top', border: 'box' },
  computed: { fontColor: PALETTE.text, fill: PALETTE.computedGrey, border: 'box' },
  total: { bold: true, fontColor: PALETTE.navy, fill: PALETTE.paleBlue, border: 'box' },
  data: { fontColor: PALETTE.text, border: 'box' },
  note: { italic: true, fontSize: 9, fontColor: PALETTE.noteGrey },
  paragraph: { fontColor: PALETTE.text, wrap: true, vertical: 'top', border: 'box' },
  inputText: { fontColor: PALETTE.inputBlue, fill: PALETTE.inputYellow, wrap: true, vertical: 'top', border: 'box' },
  hint: { italic: true, fontSize: 9, fontColor: PALETTE.noteGrey, wrap: true, vertical: 'top', border: 'box' },
});

/**
 * Number-format codes in the invariant syntax Excel, Sheets and LibreOffice all read (the decimal and
 * thousands separators shown follow the user's locale).
 */
export const NUMBER_FORMATS: Readonly<Record<NumberFormatName, string>> = Object.freeze({
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  currency: '#,##0.00 "€"',
  currencyRounded: '#,##0 "€"',
  date: 'dd/mm/yyyy',
  ratio: '0.0"×"',
  text: '@',
});

/** Colours of the 3-colour scales: low values red, the median yellow, high values green. */
export const COLOR_SCALE = Object.freeze({ low: PALETTE.bad, middle: PALETTE.middle, high: PALETTE.good });

/** The fill of the rows of each ABC class in conditional formats. */
export const CLASS_FILLS: Readonly<Record<'A' | 'B' | 'C', string>> = Object.freeze({
  A: PALETTE.classA,
  B: PALETTE.classB,
  C: PALETTE.classC,
});
