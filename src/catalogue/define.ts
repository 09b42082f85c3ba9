/**
 * Small builders that keep catalogue entries short and uniform.
 */
import type { LocalizedText, SheetError } from '../cells/errors.js';
import { mapNumbers } from './broadcast.js';
import type { FunctionSpec, Implementation, ParamKind, ParamSpec } from './types.js';

/** A text in French and English. */
export const t = (fr: string, en: string): LocalizedText => ({ fr, en });

/** A parameter that accepts one cell or a range. */
export function rangeParam(name: string, kind: ParamKind, fr: string, en: string): ParamSpec {
  return { name, kind, range: true, description: t(fr, en) };
}

/** An optional single-cell parameter with its default. */
export function optionalParam(name: string, kind: ParamKind, defaultValue: number | string | undefined, fr: string, en: string): ParamSpec {
  return defaultValue === undefined
    ? { name, kind, range: false, optional: true, description: t(fr, en) }
    : { name, kind, range: false, optional: true, defaultValue, description: t(fr, en) };
}

/** The implementation of a function applied row by row over numeric columns. */
export function rowByRow(params: readonly ParamSpec[], kernel: (values: readonly number[]) => number | SheetError): Implementation {
  const names = params.map((p) => p.name);
  return (args) => mapNumbers(args.slice(0, names.length), names, kernel);
}

/** Declares a function, checking the id against both hosts' rules once, when the catalogue loads. */
export function defineFunction(spec: FunctionSpec): FunctionSpec {
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
  return spec;
}

/** A mistake in the catalogue itself (caught by the tests, never by a user). */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}
