import { describe, expect, it } from 'vitest';
import { chartXml } from '../xlsx/charts.js';
import { buildChecklistPlan } from './checklist.js';
import { resolvePlans } from './names.js';
import { buildSummaryPlan, summaryLayout } from './summary.js';
import type { PlanCell, SheetPlan } from './types.js';
import { validatePlan } from './validate.js';

function cellAt(plan: SheetPlan, row: number, column: number): PlanCell | undefined {
  for (const block of plan.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

const formulaAt = (plan: SheetPlan, row: number, column: number): string => {
  const cell = cellAt(plan, row, column);
  return cell !== undefined && 'formula' in cell ? cell.formula : '';
};

const summary = buildSummaryPlan({ language: 'fr' });
const layout = summaryLayout();

describe('buildSummaryPlan', () => {
  it('builds a valid sheet in French and in English, with classic functions only', () => {
    expect(validatePlan(summary)).toEqual([]);
    const en = buildSummaryPlan({ language: 'en' });
    expect(validatePlan(en)).toEqual([]);
    expect([summary.name, en.name]).toEqual(['Synthèse', 'Summary']);
  });

  it('counts the answers and averages the maturities of section 1 over checklist rows 8–18', () => {
    const row = layout.firstSectionRow;
    expect(cellAt(summary, row, 1)).toEqual({ value: '1. Cartographie du processus de vente' });
    expect(formulaAt(summary, row, 2)).toBe('ROWS({sheet:audit.checklist}!$D$8:$D$18)');
    expect(formulaAt(summary, row, 3)).toBe('SUMPRODUCT(--({sheet:audit.checklist}!$D$8:$D$18<>""))');
    expect(formulaAt(summary, row, 5)).toBe('COUNT({sheet:audit.checklist}!$E$8:$E$18)');
    expect(formulaAt(summary, row, 6)).toBe('IF(E17=0,"",AVERAGE({sheet:audit.checklist}!$E$8:$E$18))');
  });

  it('reads section 2 over checklist rows 23–34, after section 1’s comment block and an empty row', () => {
    expect(formulaAt(summary, layout.firstSectionRow + 1, 3)).toBe('SUMPRODUCT(--({sheet:audit.checklist}!$D$23:$D$34<>""))');
  });

  it('scores the whole checklist as the average of every rated item, not of the section averages', () => {
    expect(formulaAt(summary, layout.totalRow, 6)).toMatch(/^IF\(E25=0,"",AVERAGE\(\{sheet:audit\.checklist\}!\$E\$8:\$E\$\d+\)\)$/);
    expect(layout.score).toBe('B11');
    expect(formulaAt(summary, 11, 2)).toBe('F25');
  });

  it('lists the priorities by looking up ranks 1, 2 and 3', () => {
    expect(formulaAt(summary, layout.firstPriorityRow, 1)).toBe('IF(COUNT($G$17:$G$24)<1,"",INDEX($A$17:$A$24,MATCH(1,$G$17:$G$24,0)))');
    expect(formulaAt(summary, layout.firstPriorityRow + 2, 2)).toBe('IF(COUNT($G$17:$G$24)<3,"",INDEX($F$17:$F$24,MATCH(3,$G$17:$G$24,0)))');
  });

  it('names the final checklist sheet in its formulas once plans are resolved, even when that sheet had to take a free name', () => {
    const resolved = resolvePlans([summary, buildChecklistPlan({ language: 'fr' })], [{ name: "Grille d’audit" }]);
    expect(resolved.plans[1]?.finalName).toBe("Grille d’audit (2)");
    const plan = resolved.plans[0];
    expect(plan === undefined ? '' : formulaAt(plan, layout.firstSectionRow, 3)).toBe("SUMPRODUCT(--('Grille d’audit (2)'!$D$8:$D$18<>\"\"))");
  });

  it('draws the average maturity per section as a bar chart over the table', () => {
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({ kind: 'bar', categories: { row: 17, column: 1, rowCount: 8 }, series: [{ values: { row: 17, column: 6, rowCount: 8 } }] });
    // The axis spans the whole scale, 0 to 3, whatever the scores.
    const chart = summary.charts[0];
    expect(chart === undefined ? '' : chartXml('Synthèse', chart)).toContain('<c:max val="3"/><c:min val="0"/>');
  });
});
