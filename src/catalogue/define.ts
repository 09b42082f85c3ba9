/**
 * Small builders that keep catalogue entries short and uniform: a function is one declaration (its
 * parameters, read and defaulted by `invoke`) and a kernel.
 */
import type { Language, LocalizedText, SheetError } from '../cells/errors.js';
import type { DayNumber } from '../cells/dates.js';
import type { RawArg } from '../cells/values.js';
import { mapNumbers } from './broadcast.js';
import type { Choice, FunctionSpec, ParamKind, ParamSpec } from './types.js';

/** A text in French and English. */
export const t = (fr: string, en: string): LocalizedText => ({ fr, en });

/** What a single-cell parameter of a kind is read as. */
type CellValue<K extends ParamKind> = K extends 'number' ? number : K extends 'date' ? DayNumber : K extends 'text' ? string : K extends 'boolean' ? boolean : unknown;

/** A parameter that accepts one cell or a range, passed to the implementation as the host gave it. */
export function rangeParam(name: string, kind: ParamKind, fr: string, en: string): ParamSpec<RawArg> {
  return { name, kind, range: true, description: t(fr, en) };
}

/** An optional parameter that accepts one cell or a range (`undefined` when left out). */
export function optionalRangeParam(name: string, kind: ParamKind, defaultLabel: number | string | undefined, fr: string, en: string): ParamSpec<RawArg> {
  const param: ParamSpec<RawArg> = { name, kind, range: true, optional: true, description: t(fr, en) };
  return defaultLabel === undefined ? param : { ...param, defaultValue: defaultLabel };
}

/**
 * An optional single-cell parameter read by its kind; empty or left out, it is `defaultValue` (also
 * shown in the help), or `undefined` when there is none.
 */
export function optionalParam<K extends ParamKind>(name: string, kind: K, defaultValue: CellValue<K> & (number | string), fr: string, en: string): ParamSpec<CellValue<K>>;
export function optionalParam<K extends ParamKind>(name: string, kind: K, defaultValue: undefined, fr: string, en: string): ParamSpec<CellValue<K> | undefined>;
export function optionalParam(name: string, kind: ParamKind, defaultValue: number | string | undefined, fr: string, en: string): ParamSpec {
  return defaultValue === undefined
    ? { name, kind, range: false, optional: true, description: t(fr, en) }
    : { name, kind, range: false, optional: true, defaultValue, default: defaultValue, description: t(fr, en) };
}

/**
 * An optional single-cell number whose help shows its default another way than the value used (the
 * help says "80 %", the value is 0.8), or shows a default that its kernel applies (`undefined` here:
 * RFM's bins are 5 unless cut points say otherwise).
 */
export function optionalNumber(name: string, defaultValue: number, defaultLabel: number | string, fr: string, en: string): ParamSpec<number>;
export function optionalNumber(name: string, defaultValue: undefined, defaultLabel: number | string, fr: string, en: string): ParamSpec<number | undefined>;
export function optionalNumber(name: string, defaultValue: number | undefined, defaultLabel: number | string, fr: string, en: string): ParamSpec<number | undefined> {
  const param: ParamSpec<number | undefined> = { name, kind: 'number', range: false, optional: true, defaultValue: defaultLabel, description: t(fr, en) };
  return defaultValue === undefined ? param : { ...param, default: defaultValue };
}

/**
 * An optional single-cell choice among named options; empty or left out, it is `fallback`. The help
 * shows `defaultLabel` (the option's name, or its position).
 */
export function choiceParam<const T extends string>(
  name: string,
  kind: ParamKind,
  choices: readonly Choice<T>[],
  fallback: NoInfer<T>,
  defaultLabel: number | string,
  fr: string,
  en: string,
): ParamSpec<T> {
  return { name, kind, range: false, optional: true, defaultValue: defaultLabel, default: fallback, choices, description: t(fr, en) };
}

/** The languages of headers, segments and statuses, and the names a cell may give them by. */
export const LANGUAGES = [
  { value: 'fr', names: ['fr', 'français', 'francais', 'french'] },
  { value: 'en', names: ['en', 'anglais', 'english'] },
] as const satisfies readonly Choice<Language>[];

/** The optional [language] parameter: "fr", "en" (or their names); empty, the workbook's language. */
export function languageParam(fr: string, en: string): ParamSpec<Language> {
  return { name: 'language', kind: 'text', range: false, optional: true, choices: LANGUAGES, defaultFromContext: (context) => context.language, description: t(fr, en) };
}

/** The implementation of a function applied row by row over numeric columns. */
export function rowByRow(params: readonly ParamSpec<RawArg>[], kernel: (values: readonly number[]) => number | SheetError): (args: readonly RawArg[]) => ReturnType<typeof mapNumbers> {
  const names = params.map((p) => p.name);
  return (args) => mapNumbers(args.slice(0, names.length), names, kernel);
}

/**
 * Declares a function, checking the id against both hosts' rules once, when the catalogue loads. Its
 * implementation receives the arguments as its parameters declare them (see `ParamSpec`).
 */
export function defineFunction<const P extends readonly ParamSpec[]>(spec: FunctionSpec<P>): FunctionSpec {
  if (!/^[A-Z][A-Z0-9_]{2,}$/.test(spec.id) || /^[A-Z]{1,3}[0-9]+$/.test(spec.id)) {
    throw new CatalogueError(`Invalid function id "${spec.id}": A–Z, 0–9 and _, at least 3 characters, not a cell reference`);
  }
  let optionalSeen = false;
  for (const param of spec.params) {
    if (optionalSeen && param.optional !== true) {
      throw new CatalogueError(`${spec.id}: required parameter "${param.name}" after an optional one`);
    }
    optionalSeen ||= param.optional === true;
  }
  // The arguments invoke reads match the parameters (ArgValues<P>); the catalogue keeps the general type.
  return spec as unknown as FunctionSpec;
}

/** A mistake in the catalogue itself (caught by the tests, never by a user). */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}
