import { describe, expect, it } from 'vitest';
import { chartXml } from '../xlsx/charts.js';
import { buildChecklistPlan, checklistLayout } from './checklist.js';
import { resolvePlans } from './names.js';
import { buildSummaryPlan, SUMMARY_PLAN_KEY, summaryGridsTable, summaryLayout, summaryTables } from './summary.js';
import { tableCell, type TableLayout } from './table.js';
import { TEAM_RANGE_NAME, TEAM_ROWS, TEAM_SHEET_KEY, teamNamesRange, teamSource } from './team.js';
import { PlanError, type SheetPlan } from './types.js';
import { validatePlan } from './validate.js';

/** The formula of a table's cell, by key ('' when the cell holds a value or nothing). */
function formulaAt<K extends string>(plan: SheetPlan, table: TableLayout<K>, key: K, index: number): string {
  const cell = tableCell(plan, table, key, index);
  return cell !== undefined && 'formula' in cell ? cell.formula : '';
}

const summary = buildSummaryPlan({ language: 'fr' });
const layout = summaryLayout();
const { overview, sections, priorities } = summaryTables();
const checklist = checklistLayout();

describe('buildSummaryPlan', () => {
  it('builds a valid sheet in French and in English, with classic functions only', () => {
    expect(validatePlan(summary)).toEqual([]);
    const en = buildSummaryPlan({ language: 'en' });
    expect(validatePlan(en)).toEqual([]);
    expect([summary.name, en.name]).toEqual(['Synthèse', 'Summary']);
  });

  it('counts the answers and averages the maturities of section 1 over checklist rows 8–18', () => {
    expect(layout.firstSectionRow).toBe(sections.firstRow);
    expect(tableCell(summary, sections, 'section', 0)).toEqual({ value: '1. Cartographie du processus de vente' });
    expect(formulaAt(summary, sections, 'questions', 0)).toBe('ROWS({sheet:audit.checklist}!$D$8:$D$18)');
    expect(formulaAt(summary, sections, 'answered', 0)).toBe('SUMPRODUCT(--({sheet:audit.checklist}!$D$8:$D$18<>""))');
    expect(formulaAt(summary, sections, 'rated', 0)).toBe('COUNT({sheet:audit.checklist}!$E$8:$E$18)');
    expect(formulaAt(summary, sections, 'maturity', 0)).toBe('IF(E17=0,"",AVERAGE({sheet:audit.checklist}!$E$8:$E$18))');
    // Rank of section 2 (row 18): the sections scored lower, and section 1 when it has the same maturity.
    expect(formulaAt(summary, sections, 'rank', 1)).toBe('IF(E18=0,"",1+SUMPRODUCT(ISNUMBER($F$17:$F$24)*($F$17:$F$24<F18))+SUMPRODUCT(ISNUMBER($F$17:F17)*($F$17:F17=F18)))');
  });

  it('reads section 2 over checklist rows 23–34, after section 1’s comment block and an empty row', () => {
    expect(formulaAt(summary, sections, 'answered', 1)).toBe('SUMPRODUCT(--({sheet:audit.checklist}!$D$23:$D$34<>""))');
  });

  it('scores the whole checklist as the average of every rated item, not of the section averages', () => {
    expect(formulaAt(summary, sections, 'maturity', sections.rowCount)).toMatch(/^IF\(E25=0,"",AVERAGE\(\{sheet:audit\.checklist\}!\$E\$8:\$E\$\d+\)\)$/);
    expect(layout.score).toBe('B11');
    expect(formulaAt(summary, overview, 'value', 4)).toBe('F25');
    expect(overview.address('value', 4)).toBe(layout.score);
  });

  it('lists the priorities by looking up ranks 1, 2 and 3', () => {
    expect(formulaAt(summary, priorities, 'section', 0)).toBe('IF(COUNT($G$17:$G$24)<1,"",INDEX($A$17:$A$24,MATCH(1,$G$17:$G$24,0)))');
    expect(formulaAt(summary, priorities, 'maturity', 2)).toBe('IF(COUNT($G$17:$G$24)<3,"",INDEX($F$17:$F$24,MATCH(3,$G$17:$G$24,0)))');
  });

  it('names the final checklist sheet in its formulas once plans are resolved, even when that sheet had to take a free name', () => {
    const resolved = resolvePlans([summary, buildChecklistPlan({ language: 'fr' })], [{ name: "Grille d’audit" }]);
    expect(resolved.plans[1]?.finalName).toBe("Grille d’audit (2)");
    const plan = resolved.plans[0];
    expect(plan === undefined ? '' : formulaAt(plan, sections, 'answered', 0)).toBe("SUMPRODUCT(--('Grille d’audit (2)'!$D$8:$D$18<>\"\"))");
  });

  it('draws the average maturity per section as a bar chart over the table', () => {
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({ kind: 'bar', categories: { row: 17, column: 1, rowCount: 8 }, series: [{ values: { row: 17, column: 6, rowCount: 8 } }] });
    // The axis spans the whole scale, 0 to 3, whatever the scores.
    const chart = summary.charts[0];
    expect(chart === undefined ? '' : chartXml('Synthèse', chart)).toContain('<c:max val="3"/><c:min val="0"/>');
  });

  it('lists the team in section 5: ten input cells, empty unless names are given, named promethee_team at the cells team.ts fixes', () => {
    const { team, scale } = summaryTables();
    expect(SUMMARY_PLAN_KEY).toBe(TEAM_SHEET_KEY);
    expect(team.range('name')).toEqual(teamNamesRange());
    expect([team.headerRow, team.firstRow, team.lastRow, TEAM_ROWS]).toEqual([44, 45, 54, 10]);
    expect(layout.firstTeamRow).toBe(45);
    // The heading, two notes, then the header: nothing of the scale above runs into them.
    expect(scale.lastRow).toBeLessThan(team.headerRow - 3);
    expect(teamSource()).toBe('{sheet:audit.summary}!$A$45:$A$54');
    expect(summary.namedRanges).toContainEqual({ name: TEAM_RANGE_NAME, range: { row: 45, column: 1, rowCount: 10, columnCount: 1 } });
    for (let i = 0; i < TEAM_ROWS; i++) expect(tableCell(summary, team, 'name', i)).toEqual({ value: null });
    expect(summary.styles).toContainEqual({ range: { row: 45, column: 1, rowCount: 10, columnCount: 1 }, style: 'input' });
    const named = buildSummaryPlan({ language: 'en', team: ['Alice', 'Bruno'] });
    expect(validatePlan(named)).toEqual([]);
    expect([0, 1, 2].map((i) => tableCell(named, team, 'name', i))).toEqual([{ value: 'Alice' }, { value: 'Bruno' }, { value: null }]);
    expect(() => buildSummaryPlan({ language: 'fr', team: Array.from({ length: 11 }, (_, i) => `P${i}`) })).toThrow(PlanError);
  });

  it('counts per owner the checklist lines assigned, answered and overdue (due before TODAY(), status not « Fait »), nothing for an empty name', () => {
    const { team } = summaryTables();
    const col = (letter: string): string => `{sheet:audit.checklist}!$${letter}$8:$${letter}$${checklist.lastItemRow}`;
    expect(formulaAt(summary, team, 'assigned', 0)).toBe(`IF(A45="","",SUMPRODUCT(--(${col('H')}=A45)))`);
    expect(formulaAt(summary, team, 'answered', 1)).toBe(`IF(A46="","",SUMPRODUCT((${col('H')}=A46)*(${col('D')}<>"")))`);
    expect(formulaAt(summary, team, 'overdue', 9)).toBe(`IF(A54="","",SUMPRODUCT((${col('H')}=A54)*(${col('I')}<>"")*(${col('I')}<TODAY())*(${col('F')}<>"Fait")))`);
    expect(formulaAt(buildSummaryPlan({ language: 'en' }), team, 'overdue', 0)).toContain('<>"Done"');
  });
});

describe('the summary’s section 6: the grids of the workbook', () => {
  const grids = [
    { label: 'Matrice BCG', sheet: 'Matrice BCG', entries: { row: 12, column: 1, rowCount: 12, columnCount: 1 } },
    { label: 'L’équipe', sheet: "L'équipe", entries: undefined },
  ].map(({ entries, ...grid }) => (entries === undefined ? grid : { ...grid, entries }));
  const plan = buildSummaryPlan({ language: 'fr', grids });
  const table = summaryTables();

  it('is absent without grids, and below the team list with them, the rows above unmoved', () => {
    expect(validatePlan(plan)).toEqual([]);
    expect(buildSummaryPlan({ language: 'fr' }).blocks.length).toBeLessThan(plan.blocks.length);
    const gridTable = summaryGridsTable(2);
    expect(gridTable.headerRow).toBe(table.team.lastRow + 4);
    expect(summaryLayout().firstPriorityRow).toBe(layout.firstPriorityRow);
    expect(tableCell(plan, gridTable, 'grid', 0)).toEqual({ value: 'Matrice BCG' });
  });

  it('says by formula whether each grid’s sheet is in the workbook, counts its rows filled in besides the examples, and links to it', () => {
    const gridTable = summaryGridsTable(2);
    const present = `ISREF(INDIRECT("'Matrice BCG'!A1"))`;
    expect(formulaAt(plan, gridTable, 'status', 0)).toBe(`IF(${present},"Présente","Absente")`);
    const range = `INDIRECT("'Matrice BCG'!A12:A23")`;
    expect(formulaAt(plan, gridTable, 'filled', 0)).toBe(`IF(${present},COUNTA(${range})-COUNTIF(${range},"* (exemple)")-COUNTIF(${range},"* (example)"),"")`);
    expect(formulaAt(plan, gridTable, 'link', 0)).toBe(`IF(${present},HYPERLINK("#'Matrice BCG'!A1","Matrice BCG"),"")`);
    // A name with an apostrophe is doubled inside the quoted sheet name; no input column, no count.
    expect(formulaAt(plan, gridTable, 'status', 1)).toBe(`IF(ISREF(INDIRECT("'L''équipe'!A1")),"Présente","Absente")`);
    expect(formulaAt(plan, gridTable, 'filled', 1)).toBe(`IF(ISREF(INDIRECT("'L''équipe'!A1")),"","")`);
  });
});
