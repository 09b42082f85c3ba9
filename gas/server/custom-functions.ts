/**
 * The custom functions' side of the Sheets host: the arguments Sheets passes go to the core's `invoke`
 * unchanged (numbers, text, booleans, `Date` objects, "" for an empty cell, 2-D arrays for ranges,
 * `undefined` for a left-out argument: the core reads them all), and the core's result comes back in
 * the only forms a custom function can return.
 *
 * Errors: Apps Script custom functions cannot return an error value. An error of the whole call is
 * thrown as an `Error` whose message is the code and the explanation ("#DIV/0! Le nombre de …"):
 * Sheets then shows #ERROR! in the cell and the message on hover, and ISERROR sees it. An error in one
 * cell of a larger result becomes the text "#NUM! …" in that cell, since one bad row must not hide the
 * others: it reads as an error with its message, but it is text (ISERROR does not see it; ISTEXT does).
 */
import { errorMessage, isSheetError, type Language, type SheetError } from '../../src/cells/errors.js';
import type { OutCell, OutMatrix, RawArg } from '../../src/cells/values.js';
import { invoke } from '../../src/catalogue/invoke.js';
import type { InvokeContext } from '../../src/catalogue/types.js';
import { withSpreadsheetDays, type DayReader } from './calendar.js';

/** A cell a custom function returns. */
export type SheetsCell = number | string | boolean;

/**
 * The text an error shows in Sheets: its code, then its message in the spreadsheet's language.
 * @example sheetsErrorText(divisionByZero('Aucun client.', 'No customer.'), 'fr') // "#DIV/0! Aucun client."
 */
export function sheetsErrorText(error: SheetError, language: Language): string {
  return `${error.code} ${errorMessage(error, language)}`;
}

/**
 * What a custom function returns for a result of the core: a single value for a 1×1 result, rows of
 * cells otherwise.
 * @param language - the language of error messages, or a function giving it (asked only when the
 *   result holds an error)
 * @throws Error with {@link sheetsErrorText} when the whole result is one error
 * @example sheetsResult([[1], [numberError('…', 'too big')]], 'en') // [[1], ['#NUM! too big']]
 */
export function sheetsResult(result: OutMatrix, language: Language | (() => Language)): SheetsCell | SheetsCell[][] {
  const messages = (): Language => (typeof language === 'function' ? language() : language);
  const only = result.length === 1 && result[0]?.length === 1 ? result[0][0] : undefined;
  if (only !== undefined) {
    if (isSheetError(only)) throw new Error(sheetsErrorText(only, messages()));
    return only;
  }
  // One pass, nothing copied unless it holds an error: a row holding one is copied (and the list of
  // rows with it) before its error becomes text, so that the core's arrays stay as they were.
  let rows: OutCell[][] | undefined;
  for (let r = 0; r < result.length; r++) {
    const row = result[r] ?? [];
    let copy: OutCell[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // Numbers, text and booleans (every cell but an error) cost one test.
      if (typeof cell !== 'object' || !isSheetError(cell)) continue;
      copy ??= row.slice();
      copy[c] = sheetsErrorText(cell, messages());
    }
    if (copy === undefined) continue;
    rows ??= result.slice();
    rows[r] = copy;
  }
  // Every error cell is now text.
  return (rows ?? result) as SheetsCell[][];
}

/** What a custom function needs to know of its spreadsheet, each read only when needed. */
export interface SpreadsheetSettings {
  /** The spreadsheet's language: of messages and of texts inside results. */
  readonly language: () => Language;
  /** Reads a date cell as the day the spreadsheet shows (see calendar.ts). */
  readonly readDay: DayReader;
}

/**
 * Runs one catalogue function on the arguments Sheets passed.
 * @param id - the function's id (the generated top-level function's name)
 * @param sheetsArguments - the function's `arguments`, as Sheets passed them (all of them, so that a
 *   call with too many arguments gets its error)
 * @param settings - the spreadsheet's language and day reader; the language is asked only when the
 *   result depends on it (a text in the results, an error message), the time zone only when an
 *   argument holds a date
 * @returns the value or rows Sheets displays
 * @throws Error when the whole call is an error (see {@link sheetsResult})
 */
export function runCustomFunction(id: string, sheetsArguments: readonly unknown[], settings: SpreadsheetSettings): SheetsCell | SheetsCell[][] {
  // Sheets passes only numbers, strings, booleans, Dates, "" and arrays of rows of them: the core reads
  // each cell itself and answers anything else with #VALUE!.
  const args = sheetsArguments.map((arg) => withSpreadsheetDays(arg, settings.readDay)) as RawArg[];
  const context: InvokeContext = {
    get language() {
      return settings.language();
    },
  };
  return sheetsResult(invoke(id, args, context), settings.language);
}
