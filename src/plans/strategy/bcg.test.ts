import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { validatePlan } from '../validate.js';
import { BCG_NAMES, buildBcg } from './bcg.js';

describe('the BCG grid', () => {
  it('writes example products marked as examples, then empty input rows', () => {
    const { plan, layout } = buildBcg({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(tableCell(plan, layout.products, 'product', 0)).toEqual({ value: 'Logiciel de gestion (SaaS) (exemple)' });
    expect(tableCell(plan, layout.products, 'product', 6)).toEqual({ value: null });
    expect(layout.products.rowCount).toBe(12);
    const product = layout.products.column('product');
    expect(plan.styles).toContainEqual({ range: { row: layout.products.firstRow, column: product, rowCount: 6, columnCount: 1 }, style: 'example' });
    expect(plan.styles).toContainEqual({ range: { row: layout.products.firstRow + 6, column: product, rowCount: 6, columnCount: 1 }, style: 'input' });
  });

  it('names the two thresholds and computes the relative share, the quadrant and the strategy by formula', () => {
    const { plan, layout } = buildBcg({ language: 'en', products: [{ name: 'A', revenue: 10, growth: 0.2, share: 0.3, leaderShare: 0.1 }], emptyRows: 0 });
    const value = layout.parameters.address('value', 0, true);
    expect(plan.namedRanges).toContainEqual({ name: BCG_NAMES.growth, range: { row: layout.parameters.firstRow, column: 2, rowCount: 1, columnCount: 1 } });
    expect(value).toBe('$B$7');
    const r = layout.products.firstRow;
    expect(tableCell(plan, layout.products, 'relative', 0)).toEqual({ formula: `IF(OR(D${r}="",E${r}="",E${r}=0),"",D${r}/E${r})` });
    expect(tableCell(plan, layout.products, 'quadrant', 0)).toEqual({
      formula: `IF(OR(C${r}="",F${r}=""),"",IF(C${r}>=bcg_growth_threshold,IF(F${r}>=bcg_share_threshold,"Star","Question mark"),IF(F${r}>=bcg_share_threshold,"Cash cow","Dog")))`,
    });
    expect(tableCell(plan, layout.summary, 'quadrant', 1)).toEqual({ value: 'Cash cow' });
    expect(tableCell(plan, layout.summary, 'count', 0)).toEqual({ formula: `COUNTIF(${layout.products.all('quadrant')},A${layout.summary.firstRow})` });
    expect(plan.styles).toContainEqual({ range: layout.products.range('product'), style: 'input' });
  });

  it('draws the matrix as a bubble chart: x the relative share, y the market growth, size the revenue', () => {
    const { plan, layout } = buildBcg({ language: 'fr' });
    expect(plan.charts).toHaveLength(1);
    expect(plan.charts[0]).toMatchObject({ kind: 'bubble', valueFormat: 'percent', xFormat: 'ratio', categories: layout.products.range('product') });
    expect(plan.charts[0]?.series).toEqual([
      { name: 'Produits', values: layout.products.range('growth'), x: layout.products.range('relative'), sizes: layout.products.range('revenue') },
    ]);
  });
});
