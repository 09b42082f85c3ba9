import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../metrics/rfm/segments.js';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildPersonas, personaSegments } from './personas.js';

describe('the personas grid', () => {
  it('writes three example cards marked as examples, the segment as a list of the RFM segments and ABC classes', () => {
    const { plan, layout } = buildPersonas({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(plan.name).toBe('Personas');
    expect(tableCell(plan, layout.cards, 'name', 0)).toEqual({ value: 'Sophie, gérante de TPE (exemple)' });
    expect(tableCell(plan, layout.cards, 'segment', 0)).toEqual({ value: 'Champions' });
    expect(tableCell(plan, layout.cards, 'segment', 1)).toEqual({ value: 'Classe A' });
    expect(tableCell(plan, layout.cards, 'influence', 1)).toEqual({ value: null });
    expect(plan.styles).toContainEqual({ range: { row: layout.cards.firstRow, column: layout.cards.column('name'), rowCount: 3, columnCount: 1 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { row: layout.cards.firstRow + 3, column: layout.cards.column('goals'), rowCount: 5, columnCount: 1 }, style: 'inputText' });
    expect(personaSegments('fr')).toEqual([...SEGMENTS.map((segment) => segment.name.fr), 'Classe A', 'Classe B', 'Classe C']);
    expect(plan.validations).toContainEqual({
      range: layout.cards.range('segment'),
      rule: { kind: 'list', values: personaSegments('fr') },
      message: 'Choisissez un segment RFM ou une classe ABC de la liste.',
    });
  });

  it('computes the completeness over the eight fields and reads the segment’s action from the reference table', () => {
    const { plan, layout } = buildPersonas({ language: 'en', personas: [{ name: 'Ana', segment: 'Lost', profile: null, goals: null, buying: null, channels: null, objections: null, influence: null }], emptyRows: 0 });
    const r = layout.cards.firstRow;
    expect(tableCell(plan, layout.cards, 'completeness', 0)).toEqual({ formula: `IF(COUNTA(A${r}:H${r})=0,"",COUNTA(A${r}:H${r})/8)` });
    const s = layout.segments;
    expect(tableCell(plan, layout.cards, 'action', 0)).toEqual({ formula: `IF(B${r}="","",IFERROR(INDEX($C$${s.firstRow}:$C$${s.lastRow},MATCH(B${r},$A$${s.firstRow}:$A$${s.lastRow},0)),""))` });
    expect(tableCell(plan, s, 'segment', 10)).toEqual({ value: 'Lost' });
    expect(tableCell(plan, s, 'cards', 0)).toEqual({ formula: `COUNTIF($B$${r}:$B$${r},A${s.firstRow})` });
    expect(plan.styles.some((style) => style.style === 'example')).toBe(false);
  });
});
