import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { buildPortfolio, PORTFOLIO_YEAR_NAME } from './portfolio.js';

describe('the portfolio grid', () => {
  it('writes example transactions and categories marked as examples', () => {
    const { plan, layout } = buildPortfolio({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.transactions, 'customer', 0)).toEqual({ value: 'Dupont (exemple)' });
    expect(tableCell(plan, layout.transactions, 'date', 0)).toEqual({ value: 45332 });
    expect(tableCell(plan, layout.categories, 'category', 2)).toEqual({ value: 'Collectivités' });
    expect(plan.styles).toContainEqual({ range: { row: layout.transactions.firstRow, column: 1, rowCount: 12, columnCount: 1 }, style: 'example' });
    expect(plan.namedRanges).toContainEqual({ name: PORTFOLIO_YEAR_NAME, range: layout.parameters.range('value') });
  });

  it('computes per category from the transactions by key, the year N read from its name', () => {
    const { plan, layout } = buildPortfolio({
      language: 'en',
      categories: ['Retail'],
      transactions: [{ date: 45672, customer: 'A', category: 'Retail', amount: 10, cost: 4 }],
      year: 2025,
      emptyRows: 0,
    });
    const tx = layout.transactions;
    const c = layout.categories.firstRow;
    const of = `${tx.all('category')},A${c},${tx.all('year')}`;
    expect(tableCell(plan, layout.categories, 'previous', 0)).toEqual({ formula: `IF(A${c}="","",SUMIFS(${tx.all('amount')},${of},${PORTFOLIO_YEAR_NAME}-1))` });
    expect(tableCell(plan, layout.categories, 'growth', 0)).toEqual({ formula: `IF(OR(B${c}="",B${c}=0),"",C${c}/B${c}-1)` });
    expect(tableCell(plan, layout.categories, 'customers', 0)).toEqual({ formula: `IF(A${c}="","",SUMIFS(${tx.all('first')},${of},${PORTFOLIO_YEAR_NAME}))` });
    expect(tableCell(plan, layout.transactions, 'year', 0)).toEqual({ formula: `IF(ISNUMBER(A${tx.firstRow}),YEAR(A${tx.firstRow}),"")` });
    expect(plan.styles).toContainEqual({ range: layout.parameters.range('value'), style: 'input' });
    expect(plan.charts[0]?.series.map((series) => series.values)).toEqual([layout.categories.range('previous'), layout.categories.range('current')]);
  });
});
