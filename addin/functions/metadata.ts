/**
 * The custom-functions metadata Excel reads (functions.json), generated from the catalogue at build
 * time: one file per language, because Excel shows one description per function and picks the file
 * through the manifest's locale override of the metadata URL (Microsoft's documented way to localise
 * custom functions). Function names stay the catalogue ids in every language, so a formula reads the
 * same in a French and an English Excel and in Google Sheets; parameter names, which Excel only shows,
 * are French in the French file (parameter-names.ts).
 */
import type { Language } from '../../src/cells/errors.js';
import { paramDimensionality } from '../../src/catalogue/arguments.js';
import type { FunctionSpec, ParamSpec } from '../../src/catalogue/types.js';
import { parameterName } from './parameter-names.js';

/**
 * How Excel passes an argument: `scalar` "a non-array value", `matrix` "a 2-dimensional array"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#parameters). Excel never
 * hands a range to a scalar parameter, so every parameter that accepts a range (the catalogue's
 * `range`, optional ones included) is a matrix: `paramDimensionality`, from the declaration `invoke`
 * reads arguments by, decides it.
 */
export type Dimensionality = 'scalar' | 'matrix';

/** One parameter as Excel's metadata describes it. */
export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  /** Always `any`: the core reads numbers typed as text ("1 234,50") and empty cells itself. */
  readonly type: 'any';
  readonly dimensionality: Dimensionality;
  readonly optional?: true;
}

/** One function as Excel's metadata describes it. */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type: 'any'; readonly dimensionality: 'matrix' };
}

/** The content of a functions.json file. */
export interface FunctionsMetadata {
  /**
   * Always true: every parameter is `any`, so Excel calls the functions even when an input range holds
   * an error cell, and hands that cell over as a `CustomFunctions.Error`; the core then answers where
   * the first one is (src/cells/error-cells.ts). Without it Excel does not call the function and
   * shows the error without a word
   * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
   */
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly FunctionMetadata[];
}

const OPTIONAL_NOTE: Readonly<Record<Language, { readonly bare: string; readonly withDefault: (value: string) => string }>> = {
  fr: { bare: 'Facultatif.', withDefault: (value) => `Facultatif, ${value} par défaut.` },
  en: { bare: 'Optional.', withDefault: (value) => `Optional, default ${value}.` },
};

/**
 * The metadata of one parameter. Every parameter is declared `any`: with `number`, Excel would refuse
 * "1 234,50" or a French date typed as text before the function runs, and would turn empty cells into
 * 0, which the core must see as empty.
 *
 * @param param - the catalogue's parameter
 * @param language - the language of the description
 * @returns the parameter as Excel lists it
 * @example parameterMetadata(optionalParam('timing', 'any', 0, 'Moment des marges', 'When margins come'), 'en')
 * // { name: 'timing', description: 'When margins come. Optional, default 0.', type: 'any', dimensionality: 'scalar', optional: true }
 */
export function parameterMetadata(param: ParamSpec, language: Language): ParameterMetadata {
  const dimensionality = paramDimensionality(param);
  const name = parameterName(param.name, language);
  if (param.optional !== true) return { name, description: param.description[language], type: 'any', dimensionality };
  const note = OPTIONAL_NOTE[language];
  const suffix = param.defaultValue === undefined ? note.bare : note.withDefault(String(param.defaultValue));
  const description = param.description[language].trim();
  const sentence = /[.!?…]$/.test(description) ? description : `${description}.`;
  return { name, description: `${sentence} ${suffix}`, type: 'any', dimensionality, optional: true };
}

/**
 * The metadata of one function: its summary as description, its parameters, and a 2-D result (a
 * single value is a 1×1 array, which Excel shows in the calling cell).
 *
 * @example functionMetadata(CHURN_RATE, 'fr').description // "Taux d'attrition : clients perdus ÷ clients en début de période."
 */
export function functionMetadata(spec: FunctionSpec, language: Language): FunctionMetadata {
  return {
    id: spec.id,
    name: spec.id,
    description: spec.summary[language],
    parameters: spec.params.map((param) => parameterMetadata(param, language)),
    result: { type: 'any', dimensionality: 'matrix' },
  };
}

/**
 * The whole functions.json of one language, in the catalogue's order.
 *
 * @param catalogue - every function (the product passes `CATALOGUE`)
 * @param language - `en` for functions.json, `fr` for the French file
 * @returns the object to serialise with `JSON.stringify`
 * @example functionsMetadata(CATALOGUE, 'en').functions.map((f) => f.id) // ['CAC', 'COST_PER_LEAD', …]
 */
export function functionsMetadata(catalogue: readonly FunctionSpec[], language: Language): FunctionsMetadata {
  return { allowErrorForDataTypeAny: true, functions: catalogue.map((spec) => functionMetadata(spec, language)) };
}
