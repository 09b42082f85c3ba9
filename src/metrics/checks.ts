/**
 * Shared argument checks for the metric kernels: each returns the matching spreadsheet error with a
 * message naming the argument, or null when the value is fine.
 */
import { divisionByZero, numberError, type LocalizedText, type SheetError } from '../cells/errors.js';
import { cannotBeNegative, cannotDivideByZero, percentPointsHint, rateOutOfRange, resultOutsideLimits } from '../messages/index.js';

/** #NUM! unless `value` ≥ 0; `what` names the argument ({@link cannotBeNegative}). */
export function nonNegative(value: number, what: LocalizedText): SheetError | null {
  return value >= 0 ? null : numberError(cannotBeNegative(what, value));
}

/** #NUM! unless 0 ≤ `value` ≤ 1, with a hint for rates typed in percent points (40 instead of 40 %). */
export function rateBetweenZeroAndOne(value: number, what: LocalizedText): SheetError | null {
  if (value >= 0 && value <= 1) return null;
  const hint = value > 1 && value <= 100 ? percentPointsHint(value) : { fr: '', en: '' };
  return numberError(rateOutOfRange(what, value, hint));
}

/** #DIV/0! when `denominator` is zero. */
export function nonZero(denominator: number, what: LocalizedText): SheetError | null {
  return denominator !== 0 ? null : divisionByZero(cannotDivideByZero(what));
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
    : numberError(resultOutsideLimits);
}
