import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { BUDGET_NAME, buildBudget } from './budget.js';

describe('the zero-based budget grid', () => {
  it('writes the example packages and budget marked as examples', () => {
    const { plan, layout } = buildBudget({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.parameters, 'value', 0)).toEqual({ value: 100_000 });
    expect(plan.styles).toContainEqual({ range: layout.parameters.range('value'), style: 'example' });
    expect(tableCell(plan, layout.packages, 'name', 1)).toEqual({ value: 'Refonte du site et référencement (exemple)' });
    expect(plan.namedRanges).toContainEqual({ name: BUDGET_NAME, range: layout.parameters.range('value') });
  });

  it('ranks by priority, then benefit ÷ cost, then row order, and funds while the cumulative cost fits', () => {
    const { plan, layout } = buildBudget({ language: 'en', budget: 50, packages: [{ name: 'A', cost: 10, benefit: 30, priority: 1 }], emptyRows: 1 });
    const first = layout.packages.firstRow;
    const r = first + 1;
    expect(tableCell(plan, layout.packages, 'ratio', 1)).toEqual({ formula: `IF(OR(C${r}="",D${r}="",E${r}=""),"",IF(C${r}<=0,"",ROUND(D${r}/C${r},6)))` });
    expect(tableCell(plan, layout.packages, 'rank', 1)).toEqual({
      formula: `IF(F${r}="","",SUMPRODUCT(($E$${first}:$E$${r}<E${r})*($F$${first}:$F$${r}<>""))+COUNTIFS($E$${first}:$E$${r},E${r},$F$${first}:$F$${r},">"&F${r})+COUNTIFS($E$${first}:E${r},E${r},$F$${first}:F${r},F${r}))`,
    });
    expect(tableCell(plan, layout.packages, 'cumulative', 0)).toEqual({ formula: `IF(G${first}="","",SUMIF($G$${first}:$G$${r},"<="&G${first},$C$${first}:$C$${r}))` });
    expect(tableCell(plan, layout.packages, 'decision', 0)).toEqual({ formula: `IF(G${first}="","",IF(H${first}<=zbb_budget,"Funded","Cut"))` });
    expect(plan.styles).toContainEqual({ range: layout.parameters.range('value'), style: 'input' });
  });
});
