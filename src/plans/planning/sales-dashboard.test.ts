import { describe, expect, it } from 'vitest';
import { resolvePlans } from '../names.js';
import { tableCell } from '../table.js';
import { teamSource } from '../team.js';
import { assertValidPlan } from '../validate.js';
import { buildSalesDashboard, SALES_DASHBOARD_HOURLY_COST_NAME } from './sales-dashboard.js';

describe('the sales dashboard', () => {
  const { plan, layout } = buildSalesDashboard({ language: 'fr' });
  const en = buildSalesDashboard({ language: 'en' }).plan;

  it('is a valid plan in both languages, its tables found by key', () => {
    expect(assertValidPlan(plan).name).toBe('Tableau de bord commercial');
    expect(assertValidPlan(en).name).toBe('Sales dashboard');
    // Parameter on row 7; activity header 10, rows 11–22, total 23; reps 26, rows 27–32, total 33; classes 36, 37–39, total 40.
    expect([layout.activity.firstRow, layout.activity.totalRow, layout.reps.firstRow, layout.classes.firstRow, layout.classes.totalRow]).toEqual([11, 23, 27, 37, 40]);
    expect(plan.namedRanges).toEqual([{ name: SALES_DASHBOARD_HOURLY_COST_NAME, range: { row: 7, column: 2, rowCount: 1, columnCount: 1 } }]);
  });

  it('guards every division against an empty or zero denominator', () => {
    // Columns: A owner, B class, C meetings, D won, E lost, F conversion, G hours, H revenue, I basket,
    // J previous basket, K change, L objective, M reached, N new customers, O other costs, P sales cost, Q CAC.
    expect(tableCell(plan, layout.activity, 'conversion', 0)).toEqual({ formula: 'IF(N(D11)+N(E11)=0,"",N(D11)/(N(D11)+N(E11)))' });
    expect(tableCell(plan, layout.activity, 'basket', 0)).toEqual({ formula: 'IF(N(D11)=0,"",N(H11)/D11)' });
    expect(tableCell(plan, layout.activity, 'basketChange', 0)).toEqual({ formula: 'IF(OR(I11="",N(J11)=0),"",I11/J11-1)' });
    expect(tableCell(plan, layout.activity, 'reached', 0)).toEqual({ formula: 'IF(N(L11)=0,"",N(H11)/L11)' });
    expect(tableCell(plan, layout.activity, 'salesCost', 0)).toEqual({ formula: `IF(COUNT(G11,O11)=0,"",N(G11)*${SALES_DASHBOARD_HOURLY_COST_NAME}+N(O11))` });
    expect(tableCell(plan, layout.activity, 'cac', 0)).toEqual({ formula: 'IF(OR(P11="",N(N11)=0),"",P11/N11)' });
  });

  it('sums per rep and per class from the activity rows', () => {
    expect(tableCell(plan, layout.reps, 'label', 0)).toEqual({ value: 'Commercial 1 (exemple)' });
    expect(tableCell(en, layout.reps, 'label', 1)).toEqual({ value: 'Sales rep 2 (example)' });
    expect(tableCell(plan, layout.reps, 'revenue', 0)).toEqual({ formula: 'IF(A27="","",SUMIF($A$11:$A$22,A27,$H$11:$H$22))' });
    expect(tableCell(plan, layout.classes, 'won', 2)).toEqual({ formula: 'IF(A39="","",SUMIF($B$11:$B$22,A39,$D$11:$D$22))' });
    expect(tableCell(plan, layout.activity, 'owner', 0)).toEqual({ value: 'Commercial 1 (exemple)' });
    expect(plan.charts).toHaveLength(1);
    expect(plan.charts[0]?.categories).toEqual(layout.reps.range('label'));
  });

  it('offers the team list on the owner columns, left out when the summary is absent', () => {
    const team = plan.validations.filter((v) => v.rule.kind === 'listFromRange');
    expect(team.map((v) => v.range)).toEqual([layout.activity.range('owner'), layout.reps.range('label')]);
    expect(team[0]?.rule).toEqual({ kind: 'listFromRange', source: teamSource() });
    expect(resolvePlans([plan], []).plans[0]?.validations.some((v) => v.rule.kind === 'listFromRange')).toBe(false);
  });
});
