/**
 * Which formulas call Prométhée's custom functions: the cells a teammate without the add-in sees as
 * `#NAME?` (Excel) or `#NAME?` / "Unknown function" (Sheets). Pure: the hosts hand over formula texts.
 *
 * The names are the catalogue's ids (src/catalogue/ids.ts, which a test keeps equal to the catalogue),
 * without the functions' code, so that the sidebars do not bundle every kernel. A formula is scanned token by token:
 * a name inside a string literal (`"PROMETHEE.CAC"`) or a quoted sheet name (`'CAC'!A1`) is not a call,
 * names are compared without regard to case, and a name is a call only when "(" follows it.
 *
 * Excel's spellings of a custom function (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming):
 * `PROMETHEE.CAC(…)` once the add-in's functions are registered, and `_xldudf_PROMETHEE_CAC(…)` while
 * they are not, for instance when the workbook opens before the add-in loads or where it cannot load
 * (maintainers' explanation in https://github.com/OfficeDev/office-js/issues/3558; the same name
 * prefixed with an external-link index, `[2]!_xldudf_…`, in https://github.com/OfficeDev/office-js/issues/2568).
 * Sheets and the playground: the catalogue id alone, `CAC(…)`.
 */
import { FUNCTION_IDS } from '../catalogue/ids.js';

/** How a host spells the custom functions in a formula. */
export interface FormulaDialect {
  /** Excel's namespace ("PROMETHEE"): calls are `NAMESPACE.ID(`; absent for Sheets and the playground. */
  readonly namespace?: string;
}

/** Google Sheets and the playground spell the custom functions by their catalogue ids alone. */
export const SHEETS_DIALECT: FormulaDialect = {};

/** The ids of the catalogue, upper case: the Sheets names. */
const CATALOGUE_IDS: ReadonlySet<string> = new Set(FUNCTION_IDS);

/** The catalogue ids, in the catalogue's order (for messages and the docs). */
export function customFunctionIds(): readonly string[] {
  return FUNCTION_IDS;
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_PART = /[A-Za-z0-9_.\\]/;

/** The catalogue id a function name stands for in a dialect, or undefined. */
function idOfName(name: string, dialect: FormulaDialect): string | undefined {
  const upper = name.toUpperCase();
  const namespace = dialect.namespace?.toUpperCase();
  if (namespace === undefined) return CATALOGUE_IDS.has(upper) ? upper : undefined;
  const registered = `${namespace}.`;
  const unregistered = `_XLDUDF_${namespace}_`;
  const rest = upper.startsWith(registered) ? upper.slice(registered.length) : upper.startsWith(unregistered) ? upper.slice(unregistered.length) : undefined;
  return rest !== undefined && CATALOGUE_IDS.has(rest) ? rest : undefined;
}

/**
 * The custom functions a formula calls.
 * @param formula - the formula as the host reports it, with or without its "="
 * @param dialect - the host's spelling (Excel: `{ namespace: 'PROMETHEE' }`)
 * @returns the catalogue ids called, each once, in the order they first appear
 * @example customCallsIn('=IFERROR(PROMETHEE.CAC(B2,E2),"")', { namespace: 'PROMETHEE' }) // ['CAC']
 * @example customCallsIn('="PROMETHEE.CAC(1,2)"', { namespace: 'PROMETHEE' }) // []
 * @example customCallsIn('=rfm_table(A2:A9,B2:B9,C2:C9)', {}) // ['RFM_TABLE']
 */
export function customCallsIn(formula: string, dialect: FormulaDialect): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const char = formula.charAt(i);
    if (char === '"' || char === "'") {
      // A string literal or a quoted sheet name: a doubled quote stands for one.
      i++;
      while (i < formula.length) {
        if (formula.charAt(i) === char) {
          if (formula.charAt(i + 1) === char) i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (NAME_START.test(char) && (i === 0 || !NAME_PART.test(formula.charAt(i - 1)))) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula.charAt(end))) end++;
      let next = end;
      while (next < formula.length && /\s/.test(formula.charAt(next))) next++;
      if (formula.charAt(next) === '(') {
        const id = idOfName(formula.slice(i, end), dialect);
        if (id !== undefined && !found.includes(id)) found.push(id);
      }
      i = end;
      continue;
    }
    i++;
  }
  return found;
}

/**
 * True when a cell's content is a formula (starts with "=") that calls a custom function.
 * @example callsCustomFunction('=CAC(B2, E2)', {}) // true
 * @example callsCustomFunction('CAC(B2, E2)', {}) // false — text, not a formula
 */
export function callsCustomFunction(content: unknown, dialect: FormulaDialect): boolean {
  return typeof content === 'string' && content.startsWith('=') && customCallsIn(content, dialect).length > 0;
}
