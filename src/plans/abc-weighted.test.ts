import { describe, expect, it } from 'vitest';
import { buildWeightedAbcPlan, weightedAbcLayout, WEIGHTED_ABC_SHARE_NAMES } from './abc-weighted.js';
import { validatePlan } from './validate.js';

describe('buildWeightedAbcPlan', () => {
  it('builds a valid sheet with the guide criteria and ten example accounts marked as examples', () => {
    const plan = buildWeightedAbcPlan({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    const layout = weightedAbcLayout(5, 20);
    const accounts = plan.blocks.find((block) => block.row === layout.firstAccountRow);
    expect(accounts?.cells).toHaveLength(20);
    expect(accounts?.cells[0]?.[0]).toEqual({ value: 'Alpha Industrie (exemple)' });
    expect(plan.styles.some((style) => style.style === 'example' && style.range.row === layout.firstAccountRow)).toBe(true);
  });

  it('computes the weighted score from the weights row and classes by rank share read from named cells', () => {
    const plan = buildWeightedAbcPlan({ language: 'en', criteria: [{ name: 'Size', weight: 2 }, { name: 'Growth', weight: 1 }], accounts: ['X', 'Y'] });
    const layout = weightedAbcLayout(2, 2);
    const row = plan.blocks.find((block) => block.row === layout.firstAccountRow)?.cells[0] ?? [];
    const r = layout.firstAccountRow;
    expect(row[3]).toEqual({ formula: `IF(OR(COUNT(B${r}:C${r})=0,SUM($B$${r - 1}:$C$${r - 1})=0),"",SUMPRODUCT(B${r}:C${r},$B$${r - 1}:$C$${r - 1})/SUM($B$${r - 1}:$C$${r - 1}))` });
    expect(row[6] !== undefined && 'formula' in row[6] && row[6].formula.includes(WEIGHTED_ABC_SHARE_NAMES.a)).toBe(true);
    expect(plan.styles.some((style) => style.style === 'example')).toBe(false);
  });

  it('writes as many blocks for 10 000 accounts as for 2', () => {
    const small = buildWeightedAbcPlan({ language: 'fr', accounts: ['a', 'b'] });
    const large = buildWeightedAbcPlan({ language: 'fr', accounts: Array.from({ length: 10_000 }, (_, i) => `a${i}`) });
    expect(large.blocks.length).toBe(small.blocks.length);
    expect(validatePlan(large)).toEqual([]);
  });
});
