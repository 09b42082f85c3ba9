/**
 * A plan as a workbook sees it, cell by cell: what each cell holds, the style and number format that
 * win there (later ranges win, as every host applies them), and the sheet-level parts sorted. Two
 * plans with the same canonical form write the same sheet, however their builders ordered the calls.
 */
import { createHash } from 'node:crypto';
import { cellAddress, rangeAddress } from '../../src/plans/a1.js';
import type { CellRange, SheetPlan } from '../../src/plans/types.js';

function* cellsOf(range: CellRange): Generator<string> {
  for (let r = range.row; r < range.row + range.rowCount; r++) {
    for (let c = range.column; c < range.column + range.columnCount; c++) yield cellAddress(r, c);
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedJson = (items: readonly unknown[]): string[] => items.map((item) => JSON.stringify(item)).sort(byText);

/** The parts of a plan in a canonical form, each comparable on its own. */
export function canonicalPlan(plan: SheetPlan): Record<string, unknown> {
  const cells = new Map<string, Record<string, unknown>>();
  const at = (address: string): Record<string, unknown> => {
    let cell = cells.get(address);
    if (cell === undefined) {
      cell = {};
      cells.set(address, cell);
    }
    return cell;
  };
  for (const block of plan.blocks) {
    block.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        const target = at(cellAddress(block.row + i, block.column + j));
        delete target.value;
        delete target.formula;
        Object.assign(target, 'formula' in cell ? { formula: cell.formula } : { value: cell.value });
      });
    });
  }
  for (const { range, style } of plan.styles) for (const address of cellsOf(range)) at(address).style = style;
  for (const { range, format } of plan.numberFormats) for (const address of cellsOf(range)) at(address).format = format;
  const widths = new Map<number, number>();
  for (const { column, width } of plan.columnWidths) widths.set(column, width);
  const heights = new Map<number, number>();
  for (const { row, height } of plan.rowHeights) heights.set(row, height);
  return {
    meta: {
      key: plan.key,
      version: plan.version,
      name: plan.name,
      language: plan.language,
      tabColor: plan.tabColor ?? null,
      freeze: plan.freeze ?? null,
      print: plan.print ?? null,
      showGridLines: plan.showGridLines ?? true,
    },
    cells: [...cells.entries()].sort(([a], [b]) => byText(a, b)).map(([address, cell]) => `${address} ${JSON.stringify(cell)}`),
    validations: sortedJson(plan.validations.map((v) => ({ ...v, range: rangeAddress(v.range) }))),
    conditionalFormats: sortedJson(plan.conditionalFormats.map((f) => ({ ...f, range: rangeAddress(f.range) }))),
    merges: sortedJson(plan.merges.map((m) => rangeAddress(m))),
    columnWidths: [...widths.entries()].sort(([a], [b]) => a - b),
    rowHeights: [...heights.entries()].sort(([a], [b]) => a - b),
    namedRanges: sortedJson(plan.namedRanges.map((n) => ({ name: n.name, range: rangeAddress(n.range) }))),
    charts: plan.charts.map((chart) => JSON.stringify(chart)),
  };
}

/** A short digest of each canonical part, for a committed reference. */
export function planDigests(plan: SheetPlan): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [part, value] of Object.entries(canonicalPlan(plan))) {
    digests[part] = createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  }
  return digests;
}
