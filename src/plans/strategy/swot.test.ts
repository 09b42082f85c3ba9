import { describe, expect, it } from 'vitest';
import { AUDIT_SECTIONS } from '../../audit/checklist.js';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildSwot } from './swot.js';

describe('the SWOT grid', () => {
  it('writes the example items and strategies marked as examples, with lists on the choice cells', () => {
    const { plan, layout } = buildSwot({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.items, 'item', 0)).toEqual({ value: 'Portefeuille de clients fidèles (exemple)' });
    expect(tableCell(plan, layout.items, 'quadrant', 2)).toEqual({ value: 'Faiblesse' });
    expect(tableCell(plan, layout.items, 'section', 0)).toEqual({ value: 'Fidélisation et développement des clients' });
    expect(tableCell(plan, layout.items, 'item', 8)).toEqual({ value: null });
    expect(layout.items.rowCount).toBe(20);
    expect(plan.styles).toContainEqual({ range: { ...layout.items.range('weight'), rowCount: 8 }, style: 'example' });
    expect(plan.validations).toContainEqual({ range: layout.items.range('quadrant'), rule: { kind: 'list', values: ['Force', 'Faiblesse', 'Opportunité', 'Menace'] }, strict: true });
    expect(plan.validations).toContainEqual({
      range: layout.items.range('section'),
      rule: { kind: 'list', values: AUDIT_SECTIONS.map((section) => section.title.fr) },
      strict: false,
      message: 'Une section de la grille d’audit ; une autre source est acceptée.',
    });
    expect(plan.validations).toContainEqual({ range: layout.strategies.range('type'), rule: { kind: 'list', values: ['SO', 'ST', 'WO', 'WT'] }, strict: true });
    expect(plan.validations.find((v) => v.range.column === layout.strategies.column('internal') && v.range.row === layout.strategies.firstRow)?.rule).toEqual({ kind: 'listFromRange', source: layout.items.all('code') });
    expect(tableCell(plan, layout.strategies, 'strategy', 0)).toEqual({ value: 'Répondre aux appels d’offres locaux avec les références des clients fidèles (exemple)' });
    expect(tableCell(plan, layout.strategies, 'internal', 3)).toEqual({ value: 'W2' });
  });

  it('codes the items, sums the weights per quadrant and reads the posture from the two balances', () => {
    const { plan, layout } = buildSwot({ language: 'en', items: [{ quadrant: 'Strength', item: 'X', weight: 3 }], strategies: [], emptyRows: 0 });
    expect(validatePlan(plan)).toEqual([]);
    const r = layout.items.firstRow;
    expect(tableCell(plan, layout.items, 'code', 0)).toEqual({
      formula: `IF(B${r}="","",IF(B${r}="Strength","S",IF(B${r}="Weakness","W",IF(B${r}="Opportunity","O","T")))&COUNTIF($B$${r}:B${r},B${r}))`,
    });
    const s = layout.summary.firstRow;
    expect(tableCell(plan, layout.summary, 'weight', 0)).toEqual({ formula: `SUMIF(${layout.items.all('quadrant')},B${s},${layout.items.all('weight')})` });
    expect(tableCell(plan, layout.balance, 'value', 0)).toEqual({ formula: `$E$${s}-$E$${s + 1}` });
    expect(layout.balance.address('label', 0)).toBe(`C${(layout.summary.totalRow ?? 0) + 2}`);
    const posture = tableCell(plan, layout.balance, 'value', 2);
    expect(posture && 'formula' in posture ? posture.formula : '').toContain('"SO: offensive, use the strengths to seize the opportunities"');
    expect(layout.strategies.rowCount).toBe(1);
    expect(plan.charts[0]?.series[0]?.values).toEqual(layout.summary.range('weight'));
  });

  it('checks that a strategy crosses an internal and an external item of its type', () => {
    const { plan, layout } = buildSwot({ language: 'fr' });
    const r = layout.strategies.firstRow;
    expect([layout.strategies.letter('internal'), layout.strategies.letter('external')]).toEqual(['E', 'F']);
    const check = tableCell(plan, layout.strategies, 'check', 0);
    expect(check && 'formula' in check ? check.formula : '').toContain(`LEFT(E${r},1)=LEFT(B${r},1),LEFT(F${r},1)=RIGHT(B${r},1)`);
    expect(tableCell(plan, layout.strategies, 'priority', 0)).toEqual({
      formula: `IF(B${r}="","",SUMIF(${layout.items.all('code')},E${r},${layout.items.all('weight')})+SUMIF(${layout.items.all('code')},F${r},${layout.items.all('weight')}))`,
    });
  });
});
