import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { buildSla, SLA_PLAN_KEY, slaLayout } from './sla.js';

describe('the marketing–sales SLA sheet', () => {
  const { plan, layout } = buildSla({ language: 'fr' });
  const en = buildSla({ language: 'en' }).plan;

  it('is a valid plan in both languages', () => {
    expect(assertValidPlan(plan).key).toBe(SLA_PLAN_KEY);
    expect(assertValidPlan(en).name).toBe('Marketing-sales SLA');
    expect(plan.name).toBe('Contrat marketing-ventes');
  });

  it('lays the vocabulary, commitments, rules, follow-up and sides out, found by key', () => {
    // Vocabulary header 6, rows 7–18; commitments header 21, rows 22–27; rules header 30, rows 31–38;
    // follow-up headers 41–43, months 44–55, average 56, counts 57; sides header 60, rows 61–63, total 64.
    expect(slaLayout()).toMatchObject({ followHeaderRow: 41, sideRow: 42, targetRow: 43, countRow: 57 });
    expect([layout.commitments.firstRow, layout.rules.firstRow, layout.follow.firstRow, layout.follow.totalRow, layout.sides.firstRow]).toEqual([22, 31, 44, 56, 61]);
    expect(layout.follow.letter('a0')).toBe('B');
    expect(layout.follow.letter('g0')).toBe('H');
    expect(layout.follow.letter('status')).toBe('P');
    expect(layout.commitments.letter('direction')).toBe('H');
    expect(layout.commitments.letter('target')).toBe('I');
  });

  it('holds the shared vocabulary as editable text, Lead to customer', () => {
    const terms = Array.from({ length: 5 }, (_, i) => tableCell(plan, layout.vocabulary, 'term', i));
    expect(terms).toEqual([{ value: 'Lead' }, { value: 'MQL (lead qualifié marketing)' }, { value: 'SQL (lead qualifié ventes)' }, { value: 'Opportunité' }, { value: 'Client' }]);
    expect(tableCell(en, layout.vocabulary, 'term', 4)).toEqual({ value: 'Customer' });
    expect(plan.styles).toContainEqual({ range: { row: 7, column: 1, rowCount: 12, columnCount: 1 }, style: 'inputText' });
    expect(plan.merges).toContainEqual({ row: 7, column: 2, rowCount: 1, columnCount: 6 });
  });

  it('computes the gap by the direction of each commitment and the month’s status by formula', () => {
    // Row 44 = month 1; commitment 1 ("at least") in B, its gap in H; commitment 4 ("at most") in E, gap in K.
    expect(tableCell(plan, layout.follow, 'g0', 0)).toEqual({ formula: 'IF(OR(B44="",$I$22=""),"",ROUND(IF($H$22="Au plus",$I$22-B44,B44-$I$22),9))' });
    expect(tableCell(plan, layout.follow, 'kept', 0)).toEqual({ formula: 'IF(COUNT(H44:M44)=0,"",COUNTIF(H44:M44,">=0"))' });
    expect(tableCell(plan, layout.follow, 'status', 0)).toEqual({ formula: 'IF(O44="","",IF(O44>=1,"Tenu","À corriger"))' });
    expect(tableCell(en, layout.follow, 'status', 0)).toEqual({ formula: 'IF(O44="","",IF(O44>=1,"Kept","To fix"))' });
    expect(tableCell(plan, layout.commitments, 'direction', 3)).toEqual({ value: 'Au plus' });
    expect(tableCell(plan, layout.follow, 'a0', 0)).toEqual({ value: 210 });
    expect(tableCell(plan, layout.follow, 'month', 0)).toEqual({ value: 'Mois 1 (exemple)' });
    expect(tableCell(plan, layout.follow, 'month', 3)).toEqual({ value: 'Mois 4' });
    expect(tableCell(plan, layout.sides, 'kept', 0)).toEqual({ formula: 'SUMIF($H$42:$M$42,A61,$H$57:$M$57)' });
  });

  it('offers the sides and directions as lists', () => {
    const lists = plan.validations.filter((v) => v.rule.kind === 'list').map((v) => v.rule);
    expect(lists).toContainEqual({ kind: 'list', values: ['Marketing', 'Ventes', 'Marketing et ventes'] });
    expect(lists).toContainEqual({ kind: 'list', values: ['Au moins', 'Au plus'] });
  });
});
