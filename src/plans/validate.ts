/**
 * The plan validator hosts and tests run before writing: a plan that passes writes the same way in
 * every host (cells inside the grid, no NaN or ±Infinity, classic formulas only, valid names).
 */
import { MAX_COLUMNS, MAX_ROWS } from './a1.js';
import { isPlanKey, MAX_SHEET_NAME_LENGTH } from './names.js';
import { PlanError, type CellRange, type PlanProblem, type SheetPlan } from './types.js';

/** Functions some hosts lack (LibreOffice 7.4, Excel 2016): a plan must not use them. */
const NON_CLASSIC_FUNCTIONS = [
  'LET', 'LAMBDA', 'FILTER', 'SORT', 'SORTBY', 'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'XLOOKUP', 'XMATCH',
  'TEXTJOIN', 'CONCAT', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'VSTACK', 'HSTACK', 'TAKE', 'DROP', 'CHOOSECOLS',
];
const NON_CLASSIC = new RegExp(`(?<![A-Za-z0-9_.])(?:${NON_CLASSIC_FUNCTIONS.join('|')})\\s*\\(`, 'i');
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const QUOTED_SHEET_NAME = /'(?:[^']|'')*'/g;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_ADDRESS = /^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;
const FORBIDDEN_SHEET_CHARACTERS = /[[\]:*?/\\]/;
/** Excel's longest cell text. */
export const MAX_TEXT_LENGTH = 32_767;
/** Excel's longest list of a list validation written as values. */
const MAX_LIST_LENGTH = 255;

/**
 * Every problem of a plan, empty when the plan is valid.
 * @param plan - the plan to check
 * @returns the problems found, each with where and what
 * @example validatePlan(buildKpiPlan({ language: 'fr' })) // []
 */
export function validatePlan(plan: SheetPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const report = (where: string, message: string): void => {
    problems.push({ key: plan.key, where, message });
  };
  if (!isPlanKey(plan.key)) report('key', `invalid plan key "${plan.key}"`);
  if (!Number.isInteger(plan.version) || plan.version < 1) report('version', `the version must be a whole number ≥ 1 (got ${plan.version})`);
  if (plan.name.trim() === '' || plan.name.length > MAX_SHEET_NAME_LENGTH || FORBIDDEN_SHEET_CHARACTERS.test(plan.name)) {
    report('name', `"${plan.name}" is not a valid sheet name (1–31 characters, none of [ ] : * ? / \\)`);
  }
  checkBlocks(plan, report);
  const ranges: [string, CellRange][] = [
    ...plan.styles.map((s, i): [string, CellRange] => [`styles[${i}]`, s.range]),
    ...plan.numberFormats.map((s, i): [string, CellRange] => [`numberFormats[${i}]`, s.range]),
    ...plan.validations.map((s, i): [string, CellRange] => [`validations[${i}]`, s.range]),
    ...plan.conditionalFormats.map((s, i): [string, CellRange] => [`conditionalFormats[${i}]`, s.range]),
    ...plan.merges.map((range, i): [string, CellRange] => [`merges[${i}]`, range]),
    ...plan.namedRanges.map((s, i): [string, CellRange] => [`namedRanges[${i}]`, s.range]),
    ...plan.charts.flatMap((chart, i): [string, CellRange][] => [
      [`charts[${i}].anchor`, chart.anchor],
      [`charts[${i}].categories`, chart.categories],
      ...chart.series.map((series, j): [string, CellRange] => [`charts[${i}].series[${j}]`, series.values]),
      ...chart.series.flatMap((series, j): [string, CellRange][] => [
        ...(series.x === undefined ? [] : [[`charts[${i}].series[${j}].x`, series.x] as [string, CellRange]]),
        ...(series.sizes === undefined ? [] : [[`charts[${i}].series[${j}].sizes`, series.sizes] as [string, CellRange]]),
      ]),
    ]),
  ];
  for (const [where, range] of ranges) {
    const problem = rangeProblem(range);
    if (problem !== null) report(where, problem);
  }
  checkOverlaps(plan.merges, 'merges', report);
  plan.validations.forEach((validation, i) => {
    const rule = validation.rule;
    if (rule.kind === 'list') {
      if (rule.values.length === 0) report(`validations[${i}]`, 'an empty list');
      if (rule.values.some((value) => value.includes(','))) report(`validations[${i}]`, 'a list value holds a comma');
      if (rule.values.join(',').length > MAX_LIST_LENGTH) report(`validations[${i}]`, `the list is longer than ${MAX_LIST_LENGTH} characters`);
    } else if (rule.kind === 'wholeNumber' || rule.kind === 'decimal') {
      if (!Number.isFinite(rule.min) || !Number.isFinite(rule.max) || rule.min > rule.max) report(`validations[${i}]`, 'min and max must be finite, min ≤ max');
    } else if (rule.kind === 'listFromRange') {
      checkFormula(rule.source, `validations[${i}].source`, report);
    }
  });
  plan.conditionalFormats.forEach((format, i) => {
    const colors = format.kind === 'colorScale' ? [format.minColor, format.midColor, format.maxColor] : [format.style.fill, format.style.fontColor];
    if (colors.some((color) => color !== undefined && !COLOR.test(color))) report(`conditionalFormats[${i}]`, 'a colour is not #RRGGBB');
    if (format.kind === 'formula') checkFormula(format.formula, `conditionalFormats[${i}].formula`, report);
  });
  if (plan.tabColor !== undefined && !COLOR.test(plan.tabColor)) report('tabColor', 'not #RRGGBB');
  plan.columnWidths.forEach((width, i) => {
    if (!(width.width > 0 && width.width <= 255) || !(width.column >= 1 && width.column <= MAX_COLUMNS)) report(`columnWidths[${i}]`, 'a width is 0–255 characters of a column in the grid');
  });
  plan.rowHeights.forEach((height, i) => {
    if (!(height.height > 0 && height.height <= 409) || !(height.row >= 1 && height.row <= MAX_ROWS)) report(`rowHeights[${i}]`, 'a height is 0–409 points of a row in the grid');
  });
  const names = new Set<string>();
  plan.namedRanges.forEach((named, i) => {
    if (!NAME.test(named.name) || LOOKS_LIKE_ADDRESS.test(named.name)) report(`namedRanges[${i}]`, `"${named.name}" is not a valid name`);
    if (names.has(named.name.toUpperCase())) report(`namedRanges[${i}]`, `"${named.name}" is defined twice`);
    names.add(named.name.toUpperCase());
  });
  plan.charts.forEach((chart, i) => {
    if (chart.series.length === 0) report(`charts[${i}]`, 'a chart without series');
    if (chart.valueMax !== undefined && !(Number.isFinite(chart.valueMax) && chart.valueMax > 0)) report(`charts[${i}]`, 'the top of the value axis must be a number above 0');
    const length = Math.max(chart.categories.rowCount, chart.categories.columnCount);
    for (const [j, series] of chart.series.entries()) {
      if (Math.max(series.values.rowCount, series.values.columnCount) !== length) report(`charts[${i}].series[${j}]`, 'not as long as the categories');
      const xy = chart.kind === 'scatter' || chart.kind === 'bubble';
      if (xy !== (series.x !== undefined)) report(`charts[${i}].series[${j}]`, 'x values are for scatter and bubble charts, which need them');
      if ((chart.kind === 'bubble') !== (series.sizes !== undefined)) report(`charts[${i}].series[${j}]`, 'sizes are for bubble charts, which need them');
      for (const range of [series.x, series.sizes]) {
        if (range !== undefined && Math.max(range.rowCount, range.columnCount) !== length) report(`charts[${i}].series[${j}]`, 'x values or sizes not as long as the categories');
      }
    }
  });
  if (plan.freeze !== undefined && !(plan.freeze.rows >= 0 && plan.freeze.columns >= 0)) report('freeze', 'negative counts');
  return problems;
}

/**
 * Throws when a plan is not valid: for hosts and tests, where an invalid plan is a programming error.
 * @param plan - the plan to check
 * @returns the plan itself
 * @throws PlanError listing the first problems
 * @example assertValidPlan(buildKpiPlan({ language: 'en' })).key // 'kpi'
 */
export function assertValidPlan<T extends SheetPlan>(plan: T): T {
  const problems = validatePlan(plan);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`).join('; ');
    throw new PlanError(`Invalid sheet plan "${plan.key}" (${problems.length} problem(s)): ${shown}`);
  }
  return plan;
}

type Report = (where: string, message: string) => void;

function rangeProblem(range: CellRange): string | null {
  const { row, column, rowCount, columnCount } = range;
  if (![row, column, rowCount, columnCount].every(Number.isInteger)) return 'a range with a non-integer position or size';
  if (row < 1 || column < 1 || rowCount < 1 || columnCount < 1) return 'a range outside the grid or empty';
  if (row + rowCount - 1 > MAX_ROWS || column + columnCount - 1 > MAX_COLUMNS) return 'a range beyond the last row or column';
  return null;
}

function checkBlocks(plan: SheetPlan, report: Report): void {
  const areas: CellRange[] = [];
  plan.blocks.forEach((block, b) => {
    const width = block.cells[0]?.length ?? 0;
    const area = { row: block.row, column: block.column, rowCount: block.cells.length, columnCount: width };
    const problem = rangeProblem(area);
    if (problem !== null) report(`blocks[${b}]`, problem);
    areas.push(area);
    block.cells.forEach((row, i) => {
      if (row.length !== width) report(`blocks[${b}].cells[${i}]`, `a row of ${row.length} cells in a block ${width} wide`);
      row.forEach((cell, j) => {
        if ('formula' in cell) {
          checkFormula(cell.formula, `blocks[${b}].cells[${i}][${j}]`, report);
        } else if (typeof cell.value === 'number' && !Number.isFinite(cell.value)) {
          report(`blocks[${b}].cells[${i}][${j}]`, `${cell.value} cannot be written to a cell`);
        } else if (typeof cell.value === 'string' && cell.value.length > MAX_TEXT_LENGTH) {
          report(`blocks[${b}].cells[${i}][${j}]`, `a text longer than ${MAX_TEXT_LENGTH} characters`);
        }
      });
    });
  });
  checkOverlaps(areas, 'blocks', report);
}

function checkFormula(formula: string, where: string, report: Report): void {
  if (formula.trim() === '') {
    report(where, 'an empty formula');
    return;
  }
  if (formula.startsWith('=')) report(where, 'a formula is written without its leading "="');
  const code = formula.replace(STRING_LITERAL, '""').replace(QUOTED_SHEET_NAME, "''");
  if (NON_CLASSIC.test(code)) report(where, `a function some spreadsheets lack: ${formula}`);
  if (code.includes(';')) report(where, `a ";" separator (formulas use commas): ${formula}`);
  if ((code.match(/\(/g) ?? []).length !== (code.match(/\)/g) ?? []).length) report(where, `unbalanced parentheses: ${formula}`);
}

function checkOverlaps(areas: readonly CellRange[], what: string, report: Report): void {
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const a = areas[i];
      const b = areas[j];
      if (a === undefined || b === undefined) continue;
      const apart =
        a.row + a.rowCount <= b.row || b.row + b.rowCount <= a.row || a.column + a.columnCount <= b.column || b.column + b.columnCount <= a.column;
      if (!apart) report(`${what}[${j}]`, `overlaps ${what}[${i}]`);
    }
  }
}
