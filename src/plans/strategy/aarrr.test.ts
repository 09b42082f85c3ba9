import { describe, expect, it } from 'vitest';
import { buildKpiPlan, kpiTables } from '../kpi.js';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { AARRR_KPI_FIGURES, AARRR_KPI_SHEET, AARRR_NAMES, buildAarrr } from './aarrr.js';

const formulaOf = (cell: ReturnType<typeof tableCell>): string => (cell !== undefined && 'formula' in cell ? cell.formula : '');

describe('the AARRR grid', () => {
  it('reads by default the KPI sheet by the name that sheet is given', () => {
    for (const language of ['fr', 'en'] as const) expect(AARRR_KPI_SHEET[language]).toBe(buildKpiPlan({ language }).name);
  });

  it('writes example KPIs of the five stages marked as examples, with lists on the choice cells', () => {
    const { plan, layout } = buildAarrr({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.kpis, 'kpi', 0)).toEqual({ value: 'Leads générés par trimestre (exemple)' });
    expect(tableCell(plan, layout.kpis, 'link', 0)).toEqual({ value: 'Leads' });
    expect(tableCell(plan, layout.kpis, 'link', 1)).toEqual({ value: 'CAC' });
    expect(tableCell(plan, layout.kpis, 'stage', 6)).toEqual({ value: 'Recommandation' });
    expect(layout.kpis.rowCount).toBe(20);
    expect(plan.validations).toContainEqual({ range: layout.kpis.range('stage'), rule: { kind: 'list', values: ['Acquisition', 'Activation', 'Rétention', 'Recommandation', 'Revenu'] }, strict: true });
    expect(plan.validations).toContainEqual({ range: layout.kpis.range('direction'), rule: { kind: 'list', values: ['Hausse', 'Baisse'] }, strict: true });
    expect(plan.styles).toContainEqual({ range: { ...layout.kpis.range('entered'), rowCount: 10 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { ...layout.kpis.range('entered'), row: layout.kpis.firstRow + 10, rowCount: 10 }, style: 'input' });
    expect(tableCell(plan, layout.parameters, 'value', 0)).toEqual({ value: 'KPI acquisition' });
  });

  it('guards every reading of the KPI sheet with ISREF(INDIRECT(…)) and reads its totals row', () => {
    const { plan, layout } = buildAarrr({ language: 'en' });
    const prefix = `"'"&SUBSTITUTE(${AARRR_NAMES.kpiSheet},"'","''")&"'!"`;
    const row = layout.link.address('value', 1, true);
    expect(tableCell(plan, layout.link, 'value', 1)).toEqual({ formula: `IF(ISREF(INDIRECT(${prefix}&"A1")),IFERROR(MATCH("Total",INDIRECT(${prefix}&"A:A"),0),""),"")` });
    const inputs = kpiTables(0, 0).inputs;
    const total = (key: 'spend' | 'newCustomers'): string => `N(INDEX(INDIRECT(${prefix}&"${inputs.letter(key)}:${inputs.letter(key)}"),${row}))`;
    const cac = AARRR_KPI_FIGURES.findIndex((figure) => figure.name.en === 'CAC');
    expect(tableCell(plan, layout.figures, 'value', cac)).toEqual({ formula: `IF(${row}="","",IFERROR(IF(${total('newCustomers')}=0,"",${total('spend')}/${total('newCustomers')}),""))` });
    // Every INDIRECT sits behind the totals row, itself behind ISREF.
    for (let i = 0; i < AARRR_KPI_FIGURES.length; i++) expect(formulaOf(tableCell(plan, layout.figures, 'value', i)).startsWith(`IF(${row}="","",IFERROR(`)).toBe(true);
  });

  it('retains the KPI sheet’s figure when linked and found, else the typed value; gap, progress and status by formula', () => {
    const { plan, layout } = buildAarrr({ language: 'en', kpis: [{ stage: 'Revenue', kpi: 'X', direction: 'Up', baseline: 1, target: 2, current: 1.5 }], emptyRows: 0 });
    expect(validatePlan(plan)).toEqual([]);
    const t = layout.kpis;
    const at = (key: Parameters<typeof t.letter>[0]): string => `${t.letter(key)}${t.firstRow}`;
    expect(tableCell(plan, t, 'current', 0)).toEqual({
      formula: `IF(${at('source')}="KPI sheet",IFERROR(INDEX(${layout.figures.all('value')},MATCH(${at('link')},${layout.figures.all('figure')},0)),""),IF(${at('entered')}="","",${at('entered')}))`,
    });
    expect(tableCell(plan, t, 'gap', 0)).toEqual({ formula: `IF(OR(${at('current')}="",${at('target')}=""),"",${at('current')}-${at('target')})` });
    expect(formulaOf(tableCell(plan, t, 'progress', 0))).toContain(`(${at('current')}-${at('baseline')})/(${at('target')}-${at('baseline')})`);
    expect(formulaOf(tableCell(plan, t, 'status', 0))).toContain(`IF(${at('direction')}="Down",${at('current')}<=${at('target')},${at('current')}>=${at('target')}),"Reached"`);
    expect(formulaOf(tableCell(plan, t, 'status', 0))).toContain(`>=${AARRR_NAMES.onTrack},"On track","Behind"`);
    expect(plan.charts[0]?.series[0]?.values).toEqual(layout.summary.range('progress'));
  });
});
