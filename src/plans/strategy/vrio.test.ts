import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildVrio } from './vrio.js';

describe('the VRIO grid', () => {
  it('writes the example resources marked as examples, answers as Oui/Non lists', () => {
    const { plan, layout } = buildVrio({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.resources, 'resource', 0)).toEqual({ value: 'Commerciaux expérimentés du secteur (exemple)' });
    expect(tableCell(plan, layout.resources, 'value', 2)).toEqual({ value: 'Non' });
    expect(tableCell(plan, layout.resources, 'rarity', 2)).toEqual({ value: null });
    expect(plan.styles).toContainEqual({ range: { row: layout.resources.firstRow, column: layout.resources.column('value'), rowCount: 7, columnCount: 1 }, style: 'example' });
    expect(plan.validations).toContainEqual({ range: layout.resources.range('organisation'), rule: { kind: 'list', values: ['Oui', 'Non'] }, strict: true, message: 'Répondez Oui ou Non.' });
  });

  it('reads the answers in the method’s order in one formula', () => {
    const { plan, layout } = buildVrio({
      language: 'en',
      resources: [{ category: 'Sales team', resource: 'X', value: true, rarity: true, imitability: true, organisation: false }],
      emptyRows: 0,
    });
    const r = layout.resources.firstRow;
    expect(tableCell(plan, layout.resources, 'implication', 0)).toEqual({
      formula: `IF(D${r}="","",IF(D${r}="No","Competitive disadvantage",IF(E${r}="","",IF(E${r}="No","Competitive parity",IF(F${r}="","",IF(F${r}="No","Temporary advantage",IF(G${r}="","",IF(G${r}="Yes","Sustained advantage","Unused advantage"))))))))`,
    });
    expect(tableCell(plan, layout.resources, 'organisation', 0)).toEqual({ value: 'No' });
    expect(tableCell(plan, layout.summary, 'implication', 3)).toEqual({ value: 'Unused advantage' });
    expect(tableCell(plan, layout.summary, 'count', 0)).toEqual({ formula: `COUNTIF(${layout.resources.all('implication')},A${layout.summary.firstRow})` });
    expect(plan.charts[0]?.series[0]?.values).toEqual(layout.summary.range('count'));
  });
});
