import { describe, expect, it } from 'vitest';
import { BUILDS } from '../../workbook/build-list.js';
import { PLANNERS } from '../../workbook/builds.js';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { buildProspecting, buildProspectingPlan, METHOD_ROWS, MONTH_ROWS, PROSPECTING_NAMES, prospectingLayout } from './prospecting.js';

describe('the prospecting plan', () => {
  const { plan, layout } = buildProspecting({ language: 'fr' });
  assertValidPlan(plan);

  it('lays the parameters, funnel, methods, checks, months and profitability out, found by key', () => {
    expect(prospectingLayout().profit.address('actual', 0)).toBe(layout.profit.address('actual', 0));
    expect(layout.parameters.address('value', 0)).toBe('B7');
    expect(layout.funnel.address('needed', 0)).toBe('D23');
    expect(layout.methods.rowCount).toBe(METHOD_ROWS);
    expect(layout.months.rowCount).toBe(MONTH_ROWS);
    expect(layout.profit.lastRow).toBe(75);
    expect(plan.key).toBe('prospecting');
    expect(plan.name).toBe('Plan de prospection');
    expect(buildProspectingPlan({ language: 'en' }).name).toBe('Prospecting plan');
  });

  it('works the funnel back from the objective, rounding each step up', () => {
    // Signed = the objective; proposals = signed ÷ the proposal → signed rate, and so on up to the contacts.
    expect(tableCell(plan, layout.funnel, 'needed', 3)).toEqual({ formula: `IF(ISNUMBER(${PROSPECTING_NAMES.customers}),${PROSPECTING_NAMES.customers},"")` });
    expect(tableCell(plan, layout.funnel, 'needed', 0)).toEqual({ formula: 'IF(OR(D24="",N(B24)<=0),"",ROUNDUP(ROUND(D24/B24,6),0))' });
    expect([1, 2, 3].map((i) => tableCell(plan, layout.funnel, 'rate', i))).toEqual([{ value: 0.2 }, { value: 0.5 }, { value: 0.25 }]);
    expect(tableCell(plan, layout.funnel, 'actual', 0)).toEqual({ formula: `SUM(${layout.months.all('actualContacts')})` });
  });

  it('names its parameters and validates the inputs', () => {
    const names = plan.namedRanges.map((named) => named.name);
    expect(names).toEqual(Object.values(PROSPECTING_NAMES));
    const rules = plan.validations.map((validation) => validation.rule);
    expect(rules).toContainEqual({ kind: 'list', values: ['Base de données', 'Contacts', 'Rendez-vous', 'Propositions', 'Signatures', 'Forfait'] });
    expect(rules).toContainEqual({ kind: 'wholeNumber', min: 1, max: MONTH_ROWS });
    expect(rules).toContainEqual({ kind: 'date' });
  });

  it('computes quantities, costs and hours by formula, and marks the examples', () => {
    const quantity = tableCell(plan, layout.methods, 'quantity', 0);
    expect(quantity && 'formula' in quantity ? quantity.formula : '').toContain(`N(${PROSPECTING_NAMES.database})`);
    expect(tableCell(plan, layout.methods, 'hours', 2)).toEqual({ formula: 'IF(D32="","",D32*(N(G32)+N(H32))/60)' });
    expect(tableCell(plan, layout.methods, 'action', 0)).toEqual({ value: 'E-mailing de présentation (exemple)' });
    expect(tableCell(plan, layout.methods, 'action', 6)).toEqual({ value: null });
    expect(plan.styles).toContainEqual({ range: { row: layout.methods.firstRow, column: 1, rowCount: 6, columnCount: 1 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { row: layout.methods.firstRow + 6, column: 1, rowCount: 3, columnCount: 1 }, style: 'input' });
  });

  it('speaks English', () => {
    const en = buildProspecting({ language: 'en' });
    expect(tableCell(en.plan, en.layout.funnel, 'step', 1)).toEqual({ value: 'Meetings' });
    const status = tableCell(en.plan, en.layout.funnel, 'status', 0);
    expect(status && 'formula' in status ? status.formula : '').toContain('"Behind"');
    expect(tableCell(en.plan, en.layout.profit, 'label', 8)).toEqual({ value: 'Cost per new customer (time included)' });
  });

  it('is in the registry, in the action group, built alone or added to the audit workbook', () => {
    const entry = BUILDS.find((build) => build.key === 'prospecting');
    expect(entry).toMatchObject({ group: 'action', selection: 'none', audit: 'optional' });
    expect(PLANNERS.prospecting({ language: 'fr' }).plans.map((built) => built.key)).toEqual(['prospecting']);
    expect(PLANNERS.audit({ language: 'en', include: ['prospecting'] }).plans.map((built) => built.key)).toContain('prospecting');
  });
});
