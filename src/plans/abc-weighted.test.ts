import { describe, expect, it } from 'vitest';
import { buildWeightedAbcPlan, weightedAbcLayout, weightedAbcTables, WEIGHTED_ABC_SHARE_NAMES } from './abc-weighted.js';
import { tableCell } from './table.js';
import { validatePlan } from './validate.js';

describe('buildWeightedAbcPlan', () => {
  it('builds a valid sheet with the guide criteria and ten example accounts marked as examples', () => {
    const plan = buildWeightedAbcPlan({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    const { accounts, weights } = weightedAbcTables(5, 20);
    expect(weightedAbcLayout(5, 20).firstAccountRow).toBe(accounts.firstRow);
    expect(tableCell(plan, accounts, 'account', 0)).toEqual({ value: 'Alpha Industrie (exemple)' });
    expect(tableCell(plan, accounts, 'c0', 0)).toEqual({ value: 5 });
    // Ten example accounts then ten empty rows: the last row exists and is empty.
    expect(tableCell(plan, accounts, 'account', 19)).toEqual({ value: null });
    expect(tableCell(plan, accounts, 'account', 20)).toBeUndefined();
    // The weights row reads the criteria table: weights in B7:B11, so the third criterion's is $B$9.
    expect(tableCell(plan, weights, 'c2', 0)).toEqual({ formula: '$B$9' });
    expect(plan.styles).toContainEqual({ range: { row: accounts.firstRow, column: 1, rowCount: 10, columnCount: 1 }, style: 'example' });
  });

  it('computes the weighted score from the weights row and classes by rank share read from named cells', () => {
    const plan = buildWeightedAbcPlan({ language: 'en', criteria: [{ name: 'Size', weight: 2 }, { name: 'Growth', weight: 1 }], accounts: ['X', 'Y'] });
    const { accounts, summary } = weightedAbcTables(2, 2);
    // Two criteria in B and C: the weighted score in D, rank E, rank share F, class G; the weights row just above.
    const r = accounts.firstRow;
    expect(tableCell(plan, accounts, 'score', 0)).toEqual({ formula: `IF(OR(COUNT(B${r}:C${r})=0,SUM($B$${r - 1}:$C$${r - 1})=0),"",SUMPRODUCT(B${r}:C${r},$B$${r - 1}:$C$${r - 1})/SUM($B$${r - 1}:$C$${r - 1}))` });
    expect(tableCell(plan, accounts, 'abcClass', 1)).toEqual({
      formula: `IF(F${r + 1}="","",IF((E${r + 1}-1)/COUNT($D$${r}:$D$${r + 1})<${WEIGHTED_ABC_SHARE_NAMES.a}-1E-12,"A",IF((E${r + 1}-1)/COUNT($D$${r}:$D$${r + 1})<${WEIGHTED_ABC_SHARE_NAMES.b}-1E-12,"B","C")))`,
    });
    // The summary's share of B accounts (row 13) over the total count in F15.
    expect(tableCell(plan, summary, 'accountShare', 1)).toEqual({ formula: 'IF($F$15=0,"",F13/$F$15)' });
    expect(plan.styles.some((style) => style.style === 'example')).toBe(false);
  });

  it('writes as many blocks for 10 000 accounts as for 2', () => {
    const small = buildWeightedAbcPlan({ language: 'fr', accounts: ['a', 'b'] });
    const large = buildWeightedAbcPlan({ language: 'fr', accounts: Array.from({ length: 10_000 }, (_, i) => `a${i}`) });
    expect(large.blocks.length).toBe(small.blocks.length);
    expect(validatePlan(large)).toEqual([]);
  });
});
