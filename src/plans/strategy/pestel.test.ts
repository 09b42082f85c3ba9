import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildPestel } from './pestel.js';

describe('the PESTEL grid', () => {
  it('writes example factors marked as examples, and the priority and level by formula', () => {
    const { plan, layout } = buildPestel({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.factors, 'dimension', 1)).toEqual({ value: 'Économique' });
    expect(plan.styles).toContainEqual({ range: { row: layout.factors.firstRow, column: layout.factors.column('impact'), rowCount: 6, columnCount: 1 }, style: 'example' });
    const r = layout.factors.firstRow;
    expect(tableCell(plan, layout.factors, 'priority', 0)).toEqual({ formula: `IF(OR(E${r}="",F${r}=""),"",E${r}*F${r})` });
    expect(tableCell(plan, layout.factors, 'level', 0)).toEqual({ formula: `IF(G${r}="","",IF(G${r}>=15,"Élevée",IF(G${r}>=8,"Moyenne","Faible")))` });
    expect(tableCell(plan, layout.summary, 'dimension', 5)).toEqual({ value: 'Légal' });
    expect(plan.charts[0]?.kind).toBe('radar');
  });

  it('marks the user’s own factors as input', () => {
    const { plan, layout } = buildPestel({ language: 'en', factors: [{ dimension: 'Legal', factor: 'GDPR', horizon: null, effect: null, impact: 2, probability: 2 }], emptyRows: 0 });
    expect(plan.styles).toContainEqual({ range: layout.factors.range('factor'), style: 'input' });
  });
});
