/**
 * Sheet names and cross-sheet references. Plans never spell another generated sheet's name: they hold
 * a `{sheet:KEY}` token. {@link resolvePlans}, the one function every host calls, chooses the final
 * names (a user's own sheet keeps its name, ours takes a free one) and replaces the tokens.
 */
import { rangeAddress } from './a1.js';
import {
  PlanError,
  type CellRange,
  type ConditionalFormat,
  type ExistingSheet,
  type NamedRange,
  type PlanCell,
  type PlanResolution,
  type ResolvedPlan,
  type SheetPlan,
  type ValidationRange,
} from './types.js';

/** The longest sheet name Excel accepts. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters no sheet name may hold in Excel (Sheets and LibreOffice accept a superset). */
const FORBIDDEN_SHEET_CHARACTERS = /[[\]:*?/\\]/g;

/** A plan key: lower-case words joined by periods or underscores ('rfm.customers'). */
const PLAN_KEY = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$/;

const SHEET_TOKEN = /\{sheet:([^{}]*)\}/g;

/**
 * The token a formula uses to refer to another generated sheet, replaced by its quoted final name
 * when plans are resolved.
 * @param key - the key of the referenced plan, e.g. 'rfm.parameters'
 * @returns the token, to be followed by "!" and an address
 * @example `VLOOKUP(H5,${sheetRef('rfm.parameters')}!$A$5:$B$129,2,FALSE)`
 * // "VLOOKUP(H5,{sheet:rfm.parameters}!$A$5:$B$129,2,FALSE)"
 */
export function sheetRef(key: string): string {
  if (!PLAN_KEY.test(key)) throw new PlanError(`Invalid plan key: "${key}"`);
  return `{sheet:${key}}`;
}

/**
 * True when a plan key is well formed: lower-case words joined by "." or "_".
 * @param key - the key
 * @returns whether plans may use it
 * @example isPlanKey('rfm.customers') // true
 */
export function isPlanKey(key: string): boolean {
  return PLAN_KEY.test(key);
}

/**
 * A sheet name quoted for a formula: always between apostrophes, inner apostrophes doubled, which
 * every host reads whatever the name holds (spaces, accents, digits first).
 * @param name - the sheet name
 * @returns the quoted name
 * @example quoteSheetName("Synthèse d'audit") // "'Synthèse d''audit'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * A name every host accepts as a sheet name: forbidden characters become "-", no apostrophe at
 * either end, at most 31 characters, never empty.
 * @param preferred - the wished name
 * @returns a valid sheet name as close to it as possible
 * @example cleanSheetName('Ventes 2024/2025') // "Ventes 2024-2025"
 */
export function cleanSheetName(preferred: string): string {
  const cleaned = preferred
    .replace(FORBIDDEN_SHEET_CHARACTERS, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

/**
 * The first free name among `preferred`, `preferred (2)`, `preferred (3)` …, comparing names without
 * regard to case as Excel does, and shortening the base so that the suffix fits in 31 characters.
 * @param preferred - the wished name (already valid, see {@link cleanSheetName})
 * @param taken - names already used in the workbook
 * @returns a name not in `taken`
 * @example freeSheetName('Segmentation ABC', ['segmentation abc']) // "Segmentation ABC (2)"
 */
export function freeSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(sheetNameKey(name));
  if (!used.has(sheetNameKey(preferred))) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${preferred.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Excel compares sheet names without regard to case. */
function sheetNameKey(name: string): string {
  return name.toUpperCase();
}

/**
 * Chooses the final sheet names and resolves the sheet tokens of a list of plans against the sheets
 * already in a workbook:
 * - a generated sheet (with a marker) whose key is planned again is removed and replaced;
 * - every other sheet — the user's own, and generated sheets of other keys — keeps its name, and a
 *   plan whose preferred name is taken gets the first free "Name (n)";
 * - `{sheet:KEY}` tokens become the quoted final name of the plan with that key, or of an existing
 *   generated sheet with that key when it is not planned again;
 * - a list validation whose source names a sheet that is neither planned nor in the workbook (the team
 *   list of an audit summary, for a grid built on its own) is left out: its cells stay free to type in.
 * @param plans - the plans to apply, in the order their sheets are added (keys unique)
 * @param existing - the sheets of the workbook, in any order
 * @returns the resolved plans and the sheets to remove first
 * @throws PlanError for two plans with one key, or a token naming a key that is nowhere
 * @example
 * resolvePlans([abcPlan], [{ name: 'Segmentation ABC' }]).plans[0].finalName // "Segmentation ABC (2)"
 */
export function resolvePlans(plans: readonly SheetPlan[], existing: readonly ExistingSheet[]): PlanResolution {
  const plannedKeys = new Set<string>();
  for (const plan of plans) {
    if (plannedKeys.has(plan.key)) throw new PlanError(`Two plans share the key "${plan.key}"`);
    plannedKeys.add(plan.key);
  }
  const replaced = new Map<string, string>();
  const sheetsToRemove: string[] = [];
  const taken: string[] = [];
  const namesByKey = new Map<string, string>();
  for (const sheet of existing) {
    const key = sheet.marker?.key;
    if (key !== undefined && plannedKeys.has(key)) {
      sheetsToRemove.push(sheet.name);
      if (!replaced.has(key)) replaced.set(key, sheet.name);
    } else {
      taken.push(sheet.name);
      if (key !== undefined && !namesByKey.has(key)) namesByKey.set(key, sheet.name);
    }
  }
  const finalNames = plans.map((plan) => {
    const finalName = freeSheetName(cleanSheetName(plan.name), taken);
    taken.push(finalName);
    namesByKey.set(plan.key, finalName);
    return finalName;
  });
  const resolved = plans.map(
    (plan, i): ResolvedPlan => ({
      ...resolveTokens(plan, namesByKey),
      finalName: finalNames[i] ?? plan.name,
      replaces: replaced.get(plan.key) ?? null,
    }),
  );
  return { plans: resolved, sheetsToRemove };
}

/**
 * Replaces the sheet tokens of one text (a formula, a validation source).
 * @param text - text holding `{sheet:KEY}` tokens
 * @param namesByKey - final sheet name of each key
 * @returns the text with each token replaced by the quoted sheet name
 * @throws PlanError when a token names an unknown key
 * @example resolveSheetTokens('SUM({sheet:kpi}!B2:B4)', new Map([['kpi', 'KPI']])) // "SUM('KPI'!B2:B4)"
 */
export function resolveSheetTokens(text: string, namesByKey: ReadonlyMap<string, string>): string {
  if (!text.includes('{sheet:')) return text;
  return text.replace(SHEET_TOKEN, (_token, key: string) => {
    const name = namesByKey.get(key);
    if (name === undefined) throw new PlanError(`A formula refers to the sheet "${key}", which is neither planned nor in the workbook`);
    return quoteSheetName(name);
  });
}

/** True when every sheet token of a text names a known key. */
function tokensResolve(text: string, namesByKey: ReadonlyMap<string, string>): boolean {
  return [...text.matchAll(SHEET_TOKEN)].every((match) => namesByKey.has(match[1] ?? ''));
}

function resolveTokens(plan: SheetPlan, namesByKey: ReadonlyMap<string, string>): SheetPlan {
  const resolveCell = (cell: PlanCell): PlanCell =>
    'formula' in cell && cell.formula.includes('{sheet:') ? { formula: resolveSheetTokens(cell.formula, namesByKey) } : cell;
  const blocks = plan.blocks.map((block) => {
    const hasToken = block.cells.some((row) => row.some((cell) => 'formula' in cell && cell.formula.includes('{sheet:')));
    return hasToken ? { ...block, cells: block.cells.map((row) => row.map(resolveCell)) } : block;
  });
  const validations = plan.validations
    .filter((validation) => validation.rule.kind !== 'listFromRange' || tokensResolve(validation.rule.source, namesByKey))
    .map((validation): ValidationRange =>
      validation.rule.kind === 'listFromRange'
        ? { ...validation, rule: { kind: 'listFromRange', source: resolveSheetTokens(validation.rule.source, namesByKey) } }
        : validation,
    );
  const conditionalFormats = plan.conditionalFormats.map((format): ConditionalFormat =>
    format.kind === 'formula' ? { ...format, formula: resolveSheetTokens(format.formula, namesByKey) } : format,
  );
  return { ...plan, blocks, validations, conditionalFormats };
}

/**
 * The workbook-level reference of a named range of a resolved plan, as a host defines the name.
 * @param plan - the resolved plan that holds the range
 * @param named - one of its named ranges
 * @returns the absolute reference with the quoted final sheet name
 * @example namedRangeReference(abc, { name: 'abc_threshold_a', range: cellRange(4, 3) }) // "'Segmentation ABC'!$C$4"
 */
export function namedRangeReference(plan: ResolvedPlan, named: NamedRange): string {
  return rangeReference(plan.finalName, named.range);
}

/**
 * An absolute reference to a range of a named sheet.
 * @param sheetName - the sheet name (quoted here)
 * @param range - the range
 * @returns e.g. "'KPI'!$B$5:$B$9"
 * @example rangeReference('KPI', cellRange(5, 2, 5)) // "'KPI'!$B$5:$B$9"
 */
export function rangeReference(sheetName: string, range: CellRange): string {
  return `${quoteSheetName(sheetName)}!${rangeAddress(range, { absolute: true })}`;
}
