/**
 * The shape of the custom-function catalogue: every function declared once, as data, from which the
 * Excel metadata, the Apps Script entry, the CLI and the docs are generated.
 */
import type { Language, LocalizedText, SheetError } from '../cells/errors.js';
import type { OutMatrix } from '../cells/values.js';

/** What a parameter holds: it drives how `invoke` reads a single-cell argument, and the help texts. */
export type ParamKind = 'number' | 'date' | 'text' | 'boolean' | 'any';

/** One option of a choice parameter: its value and the names a cell may give it by (its position works too). */
export interface Choice<T extends string = string> {
  readonly value: T;
  readonly names: readonly string[];
}

/** Only a type: the value `invoke` hands the implementation for a parameter (see {@link ArgValues}). */
declare const argValue: unique symbol;

/**
 * One parameter of a custom function. `V` is the value the implementation receives for it, after
 * `invoke` has read the argument: a range parameter (`range: true`) is passed as the host gave it
 * (cells, a 1-D or 2-D range, or `undefined` when left out), to be shaped by its kernel; a single-cell
 * parameter is read by its `choices` or its `kind` (a number, a day number, a text, a yes/no), and an
 * empty or left-out one gets its `default` (or `defaultFromContext`), else `undefined`.
 */
export interface ParamSpec<V = unknown> {
  /** snake_case name, shown in both hosts' autocomplete. */
  readonly name: string;
  readonly kind: ParamKind;
  /**
   * True when a range (a column, a row or a block) is accepted, not just one cell. The single source
   * of the parameter's dimensionality: Excel's metadata says `matrix` for it, `scalar` otherwise.
   */
  readonly range: boolean;
  /** Optional parameters may be left out or given an empty cell. */
  readonly optional?: boolean;
  /** The default as the help shows it (a label: "80 %", "week"); `default` is the value used. */
  readonly defaultValue?: number | string;
  /** The value used when a single-cell parameter is empty or left out. */
  readonly default?: V;
  /** The value used when a single-cell parameter is empty or left out, from the call (the workbook's language). */
  readonly defaultFromContext?: (context: InvokeContext) => V;
  /** For a single-cell choice: the options, read by name (case and accents ignored) or position 0, 1, 2… */
  readonly choices?: readonly Choice[];
  readonly description: LocalizedText;
  readonly [argValue]?: V;
}

/** The value an implementation receives for a parameter. */
export type ArgValue<P> = P extends ParamSpec<infer V> ? V : never;

/** The values an implementation receives, one per declared parameter, in order. */
export type ArgValues<P extends readonly ParamSpec[]> = { -readonly [K in keyof P]: ArgValue<P[K]> };

/**
 * The shape of a result: `value` a single cell; `column` aligned with the input rows; `table` a block
 * with a header row.
 */
export type ResultShape = 'value' | 'column' | 'table';

/** Family of a function, for grouping in the docs and the sidebar. */
export type FunctionCategory = 'rfm' | 'abc' | 'acquisition' | 'conversion' | 'pricing' | 'retention' | 'value' | 'strategy';

/** What every implementation receives besides its arguments. */
export interface InvokeContext {
  /** Language of texts inside results (segment names, headers), when the function has no language argument. */
  readonly language: Language;
}

/**
 * The implementation of a function: its arguments as `invoke` has read them (one per declared
 * parameter, see {@link ParamSpec}), a 2-D result or one error out.
 */
export type Implementation<P extends readonly ParamSpec[] = readonly ParamSpec[]> = (args: ArgValues<P>, context: InvokeContext) => OutMatrix | SheetError;

/** One custom function; `P` its parameters, which type the arguments of its implementation. */
export interface FunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  /** Permanent id, A–Z 0–9 _: the Sheets name; Excel adds the PROMETHEE. namespace. */
  readonly id: string;
  readonly category: FunctionCategory;
  /** One line, shown in autocomplete. */
  readonly summary: LocalizedText;
  /** The conventions an analyst needs (method, units, edge cases). */
  readonly help: LocalizedText;
  /** An example formula (Sheets syntax) and what it returns. */
  readonly example: { readonly formula: string; readonly result: LocalizedText };
  readonly params: P;
  readonly result: ResultShape;
  readonly implementation: Implementation<P>;
}

/**
 * What only the docs and the hosts' metadata read of a function (docs/FUNCTIONS.md, Excel's
 * functions.json, the JSDoc of Apps Script's Code.js), never a call: Excel's functions.js is built
 * without it (build/webpack/runtime-catalogue.mjs), so the code that calls a function reads a
 * {@link RuntimeFunctionSpec}.
 */
export type FunctionHelpKey = 'category' | 'summary' | 'help' | 'example' | 'result';

/** What only the docs and the hosts' metadata read of a parameter (see {@link FunctionHelpKey}). */
export type ParamHelpKey = 'description' | 'defaultValue';

/** A parameter as a call reads it: its name, kind, shape, choices and default, without its help. */
export type RuntimeParamSpec = Omit<ParamSpec, ParamHelpKey>;

/** A function as a call needs it (`invoke`, the hosts' registration): its id, parameters and implementation. */
export interface RuntimeFunctionSpec extends Omit<FunctionSpec, FunctionHelpKey | 'params'> {
  readonly params: readonly RuntimeParamSpec[];
}
