/**
 * Shared argument checks for the metric kernels: each returns the matching spreadsheet error with a
 * message naming the argument, or null when the value is fine.
 */
import { divisionByZero, numberError, type SheetError } from '../cells/errors.js';

/** #NUM! unless `value` ≥ 0. */
export function nonNegative(value: number, fr: string, en: string): SheetError | null {
  return value >= 0 ? null : numberError(`${fr} ne peut pas être négatif (${value})`, `${en} cannot be negative (${value})`);
}

/** #NUM! unless 0 ≤ `value` ≤ 1, with a hint for rates typed in percent points (40 instead of 40 %). */
export function rateBetweenZeroAndOne(value: number, fr: string, en: string): SheetError | null {
  if (value >= 0 && value <= 1) return null;
  const hint = value > 1 && value <= 100 ? ` — ${value} % ? saisissez ${value} % ou ${value / 100}` : '';
  const hintEn = value > 1 && value <= 100 ? ` — ${value}%? type ${value}% or ${value / 100}` : '';
  return numberError(
    `${fr} doit être entre 0 et 100 % (reçu ${value})${hint}`,
    `${en} must be between 0 and 100% (got ${value})${hintEn}`,
  );
}

/** #DIV/0! when `denominator` is zero. */
export function nonZero(denominator: number, fr: string, en: string): SheetError | null {
  return denominator !== 0 ? null : divisionByZero(`${fr} vaut 0 : division impossible`, `${en} is 0: cannot divide`);
}

/** The first error of a list of checks, or null. */
export function firstError(...checks: (SheetError | null)[]): SheetError | null {
  for (const check of checks) if (check !== null) return check;
  return null;
}

/** The value when it is finite; otherwise #NUM! (inputs so large or so small that the result overflows). */
export function finiteResult(value: number): number | SheetError {
  return Number.isFinite(value)
    ? value
    : numberError('Résultat hors des limites du tableur (valeurs trop grandes ou trop petites)', 'Result outside spreadsheet limits (values too large or too small)');
}
