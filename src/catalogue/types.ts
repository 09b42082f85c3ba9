/**
 * The shape of the custom-function catalogue: every function declared once, as data, from which the
 * Excel metadata, the Apps Script entry, the CLI and the docs are generated.
 */
import type { Language, LocalizedText, SheetError } from '../cells/errors.js';
import type { OutMatrix, RawArg } from '../cells/values.js';

/** What a parameter holds, for help texts and host metadata. */
export type ParamKind = 'number' | 'date' | 'text' | 'boolean' | 'any';

/** One parameter of a custom function. */
export interface ParamSpec {
  /** snake_case name, shown in both hosts' autocomplete. */
  readonly name: string;
  readonly kind: ParamKind;
  /** True when a range (a column, a row or a block) is accepted, not just one cell. */
  readonly range: boolean;
  /** Optional parameters may be left out or given an empty cell. */
  readonly optional?: boolean;
  /** The value used when an optional parameter is left out, shown in the help. */
  readonly defaultValue?: number | string;
  readonly description: LocalizedText;
}

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
 * The implementation of a function: raw host arguments in (already padded to the declared arity,
 * missing optional arguments as `undefined`), a 2-D result or one error out.
 */
export type Implementation = (args: readonly RawArg[], context: InvokeContext) => OutMatrix | SheetError;

/** One custom function. */
export interface FunctionSpec {
  /** Permanent id, A–Z 0–9 _: the Sheets name; Excel adds the PROMETHEE. namespace. */
  readonly id: string;
  readonly category: FunctionCategory;
  /** One line, shown in autocomplete. */
  readonly summary: LocalizedText;
  /** The conventions an analyst needs (method, units, edge cases). */
  readonly help: LocalizedText;
  /** An example formula (Sheets syntax) and what it returns. */
  readonly example: { readonly formula: string; readonly result: LocalizedText };
  readonly params: readonly ParamSpec[];
  readonly result: ResultShape;
  readonly implementation: Implementation;
}
