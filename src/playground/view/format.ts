/**
 * How the playground's grid shows a value: the product's number formats (theme.ts) drawn with the
 * reader's conventions (French: 1 234,56 € and dd/mm/yyyy; English: 1,234.56 €), errors as their code.
 */
import type { Language } from '../../cells/errors.js';
import { civilFromDay, dayFromExcelSerial } from '../../cells/dates.js';
import type { NumberFormatName } from '../../plans/types.js';
import { isCellError, type EngineValue } from '../engine/engine.js';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const id = `${language}|${digits}|${style}`;
  let formatter = formatters.get(id);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[language], { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(id, formatter);
  }
  return formatter;
}

/** A number without a format: up to 10 significant decimals, as a spreadsheet's General format. */
function general(value: number, language: Language): string {
  if (Number.isInteger(value)) return numberFormat(language, 0).format(value).replace(/\s/g, '');
  const rounded = Number(value.toPrecision(10));
  return language === 'fr' ? String(rounded).replace('.', ',') : String(rounded);
}

function date(serial: number): string {
  const { year, month, day } = civilFromDay(dayFromExcelSerial(Math.floor(serial)));
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The text a cell shows.
 * @param value - the computed value
 * @param format - the cell's number format, if any
 * @param language - the reader's language
 * @returns the text (empty for an empty cell)
 * @example displayText(1234.5, 'currency', 'fr') // "1 234,50 €" (with narrow no-break spaces)
 */
export function displayText(value: EngineValue, format: NumberFormatName | undefined, language: Language): string {
  if (value === null) return '';
  if (isCellError(value)) return value.code;
  if (typeof value === 'boolean') return language === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'integer':
      return numberFormat(language, 0).format(value);
    case 'decimal':
      return numberFormat(language, 2).format(value);
    case 'percent':
      return numberFormat(language, 1, 'percent').format(value);
    case 'currency':
      return `${numberFormat(language, 2).format(value)} €`;
    case 'currencyRounded':
      return `${numberFormat(language, 0).format(value)} €`;
    case 'date':
      return value > 0 && value < 2_958_466 ? date(value) : general(value, language);
    case 'ratio':
      return `${numberFormat(language, 1).format(value)}x`;
    case 'text':
    case undefined:
      return general(value, language);
  }
}
