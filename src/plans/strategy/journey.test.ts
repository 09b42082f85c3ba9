import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { teamSource } from '../team.js';
import { validatePlan } from '../validate.js';
import { buildJourney } from './journey.js';

describe('the customer journey grid', () => {
  it('writes the six stages with example content, emotions −2..+2, the owner from the team list', () => {
    const { plan, layout } = buildJourney({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    const s = layout.stages;
    expect([0, 1, 2, 3, 4, 5].map((i) => tableCell(plan, s, 'stage', i))).toEqual(['Découverte', 'Considération', 'Achat', 'Prise en main', 'Fidélisation', 'Recommandation'].map((value) => ({ value })));
    expect(tableCell(plan, s, 'actions', 0)).toEqual({ value: 'Cherche une solution en ligne (exemple)' });
    expect(tableCell(plan, s, 'emotion', 3)).toEqual({ value: -2 });
    expect(plan.styles).toContainEqual({ range: { row: s.firstRow, column: s.column('stage'), rowCount: 8, columnCount: 1 }, style: 'input' });
    expect(plan.styles).toContainEqual({ range: { row: s.firstRow, column: s.column('emotion'), rowCount: 6, columnCount: 1 }, style: 'example' });
    expect(plan.validations).toContainEqual({ range: s.range('emotion'), rule: { kind: 'wholeNumber', min: -2, max: 2 }, strict: true, message: 'Une note entière de −2 à +2.' });
    expect(plan.validations).toContainEqual({ range: s.range('momentOfTruth'), rule: { kind: 'list', values: ['Oui', 'Non'] }, strict: true, message: 'Répondez Oui ou Non.' });
    expect(plan.validations.find((v) => v.range.column === s.column('owner'))?.rule).toEqual({ kind: 'listFromRange', source: teamSource() });
  });

  it('flags a negative emotion, a moment of truth as a priority, and sums the journey up in one line', () => {
    const { plan, layout } = buildJourney({ language: 'en', stages: [{ stage: 'Purchase', actions: null, touchpoints: null, emotion: -1, friction: null, owner: null, momentOfTruth: true, remedy: null }], emptyRows: 0 });
    const r = layout.stages.firstRow;
    expect(tableCell(plan, layout.stages, 'flag', 0)).toEqual({ formula: `IF(NOT(ISNUMBER(D${r})),"",IF(D${r}<0,IF(G${r}="Yes","Moment of truth to fix","Point to fix"),""))` });
    expect(tableCell(plan, layout.summary, 'hardest', 0)).toEqual({ formula: `IF(COUNT($D$${r}:$D$${r})=0,"",INDEX($A$${r}:$A$${r},MATCH(MIN($D$${r}:$D$${r}),$D$${r}:$D$${r},0)))` });
    expect(tableCell(plan, layout.summary, 'toFix', 0)).toEqual({ formula: `COUNTIF($I$${r}:$I$${r},"Point to fix")+COUNTIF($I$${r}:$I$${r},"Moment of truth to fix")` });
    expect(layout.summary.rowCount).toBe(1);
  });
});
