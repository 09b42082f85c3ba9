import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { teamSource } from '../team.js';
import { validatePlan } from '../validate.js';
import { buildNetworking, NETWORK_TYPES } from './networking.js';

describe('the networking grid', () => {
  it('maps the contacts by network type with a strength 1–5, the means, and actions with date and owner', () => {
    const { plan, layout } = buildNetworking({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    const c = layout.contacts;
    expect(tableCell(plan, c, 'contact', 0)).toEqual({ value: 'Ancien camarade de promotion (exemple)' });
    expect(tableCell(plan, c, 'type', 2)).toEqual({ value: 'Vertical' });
    expect(plan.validations).toContainEqual({ range: c.range('type'), rule: { kind: 'list', values: ['Personnel', 'Vertical', 'Horizontal', 'Transversal'] }, strict: true, message: 'Choisissez un type de réseau.' });
    expect(plan.validations).toContainEqual({ range: c.range('strength'), rule: { kind: 'wholeNumber', min: 1, max: 5 }, strict: true, message: 'Une note entière de 1 à 5.' });
    expect(plan.styles).toContainEqual({ range: { row: c.firstRow, column: c.column('strength'), rowCount: 8, columnCount: 1 }, style: 'example' });
    expect(tableCell(plan, layout.means, 'means', 1)).toEqual({ value: 'Clubs d’affaires, réseaux d’entrepreneurs' });
    // 15 January 2027 as a date serial.
    expect(tableCell(plan, layout.actions, 'date', 0)).toEqual({ value: 46402 });
    expect(plan.validations.find((v) => v.range.column === layout.actions.column('owner') && v.range.row === layout.actions.firstRow)?.rule).toEqual({ kind: 'listFromRange', source: teamSource() });
  });

  it('counts and averages the contacts’ strength per network type', () => {
    const { plan, layout } = buildNetworking({ language: 'en' });
    const c = layout.contacts;
    const s = layout.summary;
    const types = `$D$${c.firstRow}:$D$${c.lastRow}`;
    const strengths = `$E$${c.firstRow}:$E$${c.lastRow}`;
    expect(NETWORK_TYPES.map((_, i) => tableCell(plan, s, 'type', i))).toEqual(['Personal', 'Vertical', 'Horizontal', 'Transversal'].map((value) => ({ value })));
    expect(tableCell(plan, s, 'strength', 0)).toEqual({ formula: `IF(COUNTIFS(${types},A${s.firstRow},${strengths},">0")=0,"",AVERAGEIFS(${strengths},${types},A${s.firstRow},${strengths},">0"))` });
    expect(tableCell(plan, s, 'strong', 3)).toEqual({ formula: `COUNTIFS(${types},A${s.firstRow + 3},${strengths},">=4")` });
  });
});
