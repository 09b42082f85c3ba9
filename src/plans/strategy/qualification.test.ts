import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildQualification, QUALIFICATION_CRITERIA, QUALIFICATION_NAMES } from './qualification.js';

describe('the qualification grid', () => {
  it('shows BANT, MEDDIC and GPCT as column groups over 0–2 scored criteria, examples marked', () => {
    const { plan, layout } = buildQualification({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(QUALIFICATION_CRITERIA.map((c) => c.framework).join(',')).toBe('bant,bant,bant,bant,meddic,meddic,meddic,meddic,meddic,meddic,gpct,gpct,gpct,gpct');
    expect(tableCell(plan, layout.opportunities, 'opportunity', 0)).toEqual({ value: 'Cabinet Martin, renouvellement du parc (exemple)' });
    expect(tableCell(plan, layout.opportunities, 'k0', 0)).toEqual({ value: 2 });
    expect(tableCell(plan, layout.opportunities, 'k0', 4)).toEqual({ value: null });
    const groups = plan.blocks.filter((block) => block.row === layout.groupRow).map((block) => [block.column, block.cells[0]?.[0]]);
    expect(groups).toEqual([
      [layout.opportunities.column('k0'), { value: 'BANT' }],
      [layout.opportunities.column('k4'), { value: 'MEDDIC' }],
      [layout.opportunities.column('k10'), { value: 'GPCT' }],
    ]);
    expect(plan.merges).toContainEqual({ row: layout.groupRow, column: layout.opportunities.column('k4'), rowCount: 1, columnCount: 6 });
    expect(plan.validations).toContainEqual({ range: layout.opportunities.range('k13'), rule: { kind: 'wholeNumber', min: 0, max: 2 }, strict: true, message: 'Une note de 0 (non ou inconnu), 1 (en partie) ou 2 (confirmé).' });
    expect(plan.validations).toContainEqual({ range: { row: layout.parameters.firstRow + 1, column: 2, rowCount: 1, columnCount: 1 }, rule: { kind: 'list', values: ['BANT', 'MEDDIC', 'GPCT', 'Moyenne des trois'] }, strict: true });
    expect(tableCell(plan, layout.parameters, 'value', 1)).toEqual({ value: 'BANT' });
    expect(tableCell(plan, layout.reference, 'criterion', 5)).toEqual({ value: 'MEDDIC · Acheteur économique' });
  });

  it('scores each framework, keeps the chosen one and decides against the threshold', () => {
    const { plan, layout } = buildQualification({ language: 'en', opportunities: [{ opportunity: 'X', amount: 10, scores: [] }], emptyRows: 0 });
    expect(validatePlan(plan)).toEqual([]);
    const t = layout.opportunities;
    const r = t.firstRow;
    const at = (key: Parameters<typeof t.letter>[0]): string => `${t.letter(key)}${r}`;
    expect(tableCell(plan, t, 'bant', 0)).toEqual({ formula: `IF(COUNT(${at('k0')}:${at('k3')})=0,"",SUM(${at('k0')}:${at('k3')})/8)` });
    expect(tableCell(plan, t, 'meddic', 0)).toEqual({ formula: `IF(COUNT(${at('k4')}:${at('k9')})=0,"",SUM(${at('k4')}:${at('k9')})/12)` });
    const retained = tableCell(plan, t, 'retained', 0);
    expect(retained && 'formula' in retained ? retained.formula : '').toContain(`IF(${QUALIFICATION_NAMES.framework}="MEDDIC",${at('meddic')}`);
    expect(tableCell(plan, t, 'decision', 0)).toEqual({
      formula: `IF(${at('opportunity')}="","",IF(${at('retained')}="","To qualify",IF(${at('retained')}>=${QUALIFICATION_NAMES.threshold},"Go","No-go")))`,
    });
    expect(plan.namedRanges.map((named) => named.name)).toEqual([QUALIFICATION_NAMES.threshold, QUALIFICATION_NAMES.framework]);
    expect(tableCell(plan, layout.summary, 'decision', 2)).toEqual({ value: 'To qualify' });
  });
});
