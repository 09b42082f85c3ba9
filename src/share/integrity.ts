/**
 * Are the generated sheets intact? The part of the check before sharing that reads the generated
 * sheets: each one's computed formulas (its formula cells outside its input cells, as the hosts read
 * them) against the fingerprint its marker carries (src/plans/fingerprint.ts). Pure: a host reads each
 * generated sheet's used range once and hands the formulas here.
 *
 * - Same count and hash: intact. A value or a formula typed into an input cell is never a change.
 * - Otherwise the sheet's plan is planned again when its build reads no selection (the same key and
 *   language give the same plan) and used only when its own fingerprint is the stored one: then each
 *   cell whose formula is gone or changed is listed with the plan's formula. A sheet built from a
 *   selection (ABC, RFM, CLV) cannot be planned again: the count of formulas expected and found says
 *   what changed.
 * - A marker without a fingerprint (a sheet built before it existed): "cannot check", never "intact".
 * - A sheet without a marker whose name is the name of a generated sheet: its marker was removed (or
 *   the sheet copied), so Prométhée treats it as the user's and will neither replace nor remove it.
 */
import { cellAddress } from '../plans/a1.js';
import { computedFormulas, formulaFingerprint, formulaHash, normaliseFormula, type FormulaAt } from '../plans/fingerprint.js';
import { cleanSheetName } from '../plans/names.js';
import { inRanges } from '../plans/protection.js';
import type { CellRange, ExistingSheet, FormulaFingerprint, SheetPlan } from '../plans/types.js';
import type { Language } from '../cells/errors.js';
import { BUILDS } from '../workbook/build-list.js';
import { PLANNERS } from '../workbook/builds.js';
import { parseRange, type SheetFormulas } from './shareable.js';

/** A computed cell whose formula is not the plan's any more. */
export interface ChangedFormula {
  /** A1 address in its sheet. */
  readonly address: string;
  /** The plan's formula with its "=", or "" when the plan has none there (a formula added). */
  readonly expected: string;
  /** The formula the sheet holds, or "" when it holds none (typed over by a value, cleared). */
  readonly found: string;
}

/** The most changed cells listed per sheet (the rest is counted): keeps a host's reply small. */
export const MAX_LISTED_CHANGES = 50;

/** What the check found on one sheet. */
export type SheetIntegrity =
  | { readonly sheet: string; readonly key: string; readonly status: 'intact'; readonly formulas: number }
  /** Built before the fingerprint existed: nothing to compare with. */
  | { readonly sheet: string; readonly key: string; readonly status: 'unchecked' }
  | {
      readonly sheet: string;
      readonly key: string;
      readonly status: 'changed';
      /** Computed formulas the build wrote. */
      readonly expected: number;
      /** Formulas outside the input cells now. */
      readonly found: number;
      /** True when the plan could be planned again: `cells` then lists the changes (at most {@link MAX_LISTED_CHANGES}). */
      readonly listed: boolean;
      readonly cells: readonly ChangedFormula[];
      /** How many cells changed, when listed (may exceed `cells.length`). */
      readonly changed: number;
    }
  /** No marker, but the name of a generated sheet. */
  | { readonly sheet: string; readonly status: 'unmarked' };

/**
 * The generated sheets whose formulas the check reads: those with a fingerprint.
 * @param sheets - the workbook's sheets with their markers
 * @returns their names, in the workbook's order
 */
export function sheetsToCheck(sheets: readonly ExistingSheet[]): string[] {
  return sheets.filter((sheet) => sheet.marker?.fingerprint !== undefined).map((sheet) => sheet.name);
}

/**
 * The input cells a fingerprint names.
 * @param inputs - A1 ranges joined by ","
 * @returns the rectangles (an unreadable part is left out)
 */
export function inputRanges(inputs: string): CellRange[] {
  return inputs === '' ? [] : inputs.split(',').flatMap((part) => parseRange(part) ?? []);
}

/**
 * The formula cells outside the input cells of a sheet as read.
 * @param read - the sheet's used range, formulas as the host reports them ("=…")
 * @param inputs - the input cells
 * @returns the cells, top to bottom
 */
export function formulasOutside(read: SheetFormulas | undefined, inputs: readonly CellRange[]): FormulaAt[] {
  const cells: FormulaAt[] = [];
  read?.formulas.forEach((rowCells, i) => {
    rowCells.forEach((formula, j) => {
      const row = read.row + i;
      const column = read.column + j;
      if (typeof formula === 'string' && formula.startsWith('=') && !inRanges(inputs, row, column)) cells.push({ row, column, formula });
    });
  });
  return cells;
}

const planned = new Map<string, SheetPlan | null>();

/**
 * The plan a generated sheet was built from, when its build reads no selection and planning it again
 * gives the stored fingerprint (count, hash and input cells); undefined otherwise.
 * @param key - the marker's key
 * @param fingerprint - the marker's fingerprint
 * @returns the plan, or undefined
 */
export function plannedAgain(key: string, fingerprint: FormulaFingerprint): SheetPlan | undefined {
  const matches = (plan: SheetPlan): boolean => {
    const again = formulaFingerprint(plan);
    return again.count === fingerprint.count && again.hash === fingerprint.hash && again.inputs === fingerprint.inputs;
  };
  const cacheKey = `${key}\u0000${fingerprint.language}\u0000${fingerprint.hash}`;
  const cached = planned.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  let found: SheetPlan | undefined;
  for (const plan of plansWithoutSelection(fingerprint.language)) {
    if (plan.key === key && matches(plan)) {
      found = plan;
      break;
    }
  }
  planned.set(cacheKey, found ?? null);
  return found;
}

/** Every plan of the builds that read no selection, in a language (the audit with and without its optional sheets). */
function plansWithoutSelection(language: Language): SheetPlan[] {
  const optional = BUILDS.filter((build) => build.audit === 'optional').map((build) => build.key);
  return BUILDS.filter((build) => build.selection === 'none').flatMap((build) => {
    const variants = build.key === 'audit' ? [[], optional] : [[]];
    return variants.flatMap((include) => PLANNERS[build.key]({ language, include }).plans);
  });
}

/** Where two lists of formula cells differ, as the plan's formula against the sheet's. */
function differences(expected: readonly FormulaAt[], found: readonly FormulaAt[]): ChangedFormula[] {
  const at = (cell: FormulaAt): string => cellAddress(cell.row, cell.column);
  const read = new Map(found.map((cell) => [at(cell), cell]));
  const changes: (ChangedFormula & { row: number; column: number })[] = [];
  for (const cell of expected) {
    const address = at(cell);
    const now = read.get(address);
    read.delete(address);
    if (now !== undefined && normaliseFormula(now.formula) === normaliseFormula(cell.formula)) continue;
    changes.push({ row: cell.row, column: cell.column, address, expected: `=${cell.formula}`, found: now?.formula ?? '' });
  }
  for (const cell of read.values()) changes.push({ row: cell.row, column: cell.column, address: at(cell), expected: '', found: cell.formula });
  return changes.sort((a, b) => a.row - b.row || a.column - b.column).map(({ address, expected: formula, found: now }) => ({ address, expected: formula, found: now }));
}

/**
 * One generated sheet checked against its marker.
 * @param sheet - the sheet and its marker
 * @param read - its used range's formulas (undefined for an empty sheet)
 * @returns what the check found
 */
export function checkGeneratedSheet(sheet: ExistingSheet & { readonly marker: NonNullable<ExistingSheet['marker']> }, read: SheetFormulas | undefined): SheetIntegrity {
  const { key, fingerprint } = sheet.marker;
  if (fingerprint === undefined) return { sheet: sheet.name, key, status: 'unchecked' };
  const found = formulasOutside(read, inputRanges(fingerprint.inputs));
  const now = formulaHash(found);
  if (now.count === fingerprint.count && now.hash === fingerprint.hash) return { sheet: sheet.name, key, status: 'intact', formulas: now.count };
  const plan = plannedAgain(key, fingerprint);
  const changes = plan === undefined ? [] : differences(computedFormulas(plan), found);
  return {
    sheet: sheet.name,
    key,
    status: 'changed',
    expected: fingerprint.count,
    found: now.count,
    listed: plan !== undefined,
    cells: changes.slice(0, MAX_LISTED_CHANGES),
    changed: changes.length,
  };
}

const namesOfGenerated = new Map<Language, Set<string>>();

/** The names generated sheets get (without a " (2)" suffix), upper case, in both languages. */
function generatedNames(): Set<string> {
  const names = new Set<string>();
  for (const language of ['fr', 'en'] as const) {
    let set = namesOfGenerated.get(language);
    if (set === undefined) {
      set = new Set(plansWithoutSelection(language).map((plan) => cleanSheetName(plan.name).toUpperCase()));
      namesOfGenerated.set(language, set);
    }
    for (const name of set) names.add(name);
  }
  return names;
}

/**
 * Every sheet of the workbook checked: the generated ones against their markers, then the sheets
 * without a marker that bear a generated sheet's name.
 * @param sheets - the workbook's sheets with their markers
 * @param formulas - the used ranges read, by sheet name (for the sheets of {@link sheetsToCheck})
 * @returns the findings, intact sheets included, in the workbook's order
 */
export function checkGeneratedSheets(sheets: readonly ExistingSheet[], formulas: ReadonlyMap<string, SheetFormulas>): SheetIntegrity[] {
  const unmarked = sheets.filter((sheet) => sheet.marker === undefined);
  const names = unmarked.length === 0 ? new Set<string>() : generatedNames();
  return sheets.flatMap((sheet): SheetIntegrity[] => {
    const { marker } = sheet;
    if (marker !== undefined) return [checkGeneratedSheet({ ...sheet, marker }, formulas.get(sheet.name))];
    const base = sheet.name.replace(/ \(\d+\)$/, '').toUpperCase();
    return names.has(base) ? [{ sheet: sheet.name, status: 'unmarked' }] : [];
  });
}
