import { describe, expect, it } from 'vitest';
import { buildKpiPlan, kpiLayout, kpiTables, type KpiChannelInput } from './kpi.js';
import { tableCell } from './table.js';
import type { PlanCell, SheetPlan } from './types.js';
import { validatePlan } from './validate.js';

const formulas = (plan: SheetPlan): string[] =>
  plan.blocks.flatMap((block) => block.cells.flat().flatMap((cell: PlanCell) => ('formula' in cell ? [cell.formula] : [])));

const channel = (name: string): KpiChannelInput => ({ channel: name, spend: 1000, leads: 10, opportunities: 5, newCustomers: 2, revenue: 3000 });

describe('buildKpiPlan', () => {
  it('builds a valid sheet in French and in English', () => {
    expect(validatePlan(buildKpiPlan({ language: 'fr' }))).toEqual([]);
    expect(buildKpiPlan({ language: 'en' }).name).toBe('Acquisition KPIs');
  });

  it('marks the example channels in their name and with the example style when the user gives none', () => {
    const plan = buildKpiPlan({ language: 'fr' });
    const names = plan.blocks.find((block) => block.row === 7)?.cells.map((row) => row[0]);
    expect(names?.slice(0, 4).every((cell) => cell !== undefined && 'value' in cell && String(cell.value).endsWith(' (exemple)'))).toBe(true);
    expect(plan.styles.some((style) => style.style === 'example' && style.range.row === 7 && style.range.rowCount === 4)).toBe(true);
  });

  it("writes the user's channels without the example mark", () => {
    const plan = buildKpiPlan({ language: 'en', channels: [channel('Trade shows')], emptyRows: 0 });
    expect(plan.blocks.find((block) => block.row === 7)?.cells[0]?.[0]).toEqual({ value: 'Trade shows' });
    expect(plan.styles.some((style) => style.style === 'example')).toBe(false);
  });

  it('guards every division with IF(denominator=0,"",…) and never hides an error with IFERROR', () => {
    const all = formulas(buildKpiPlan({ language: 'fr' }));
    expect(all.some((formula) => formula.includes('IFERROR'))).toBe(false);
    const divisions = all.filter((formula) => formula.includes('/'));
    expect(divisions.length).toBeGreaterThan(50);
    for (const formula of divisions) expect(formula).toMatch(/^IF\(/);
  });

  it('computes cost per lead of row 7 as spend ÷ leads of the same row', () => {
    const { inputs, indicators } = kpiTables(4, 5);
    expect(kpiLayout(4, 5).firstIndicatorRow).toBe(indicators.firstRow);
    const plan = buildKpiPlan({ language: 'fr' });
    // Inputs on rows 7–15 (B spend, C leads, E new customers), their totals on 16.
    expect(tableCell(plan, indicators, 'costPerLead', 0)).toEqual({ formula: 'IF(C7=0,"",B7/C7)' });
    expect(tableCell(plan, indicators, 'cac', inputs.rowCount)).toEqual({ formula: 'IF(E16=0,"",B16/E16)' });
    expect(tableCell(plan, inputs, 'leads', inputs.rowCount)).toEqual({ formula: 'SUM(C7:C15)' });
    expect(tableCell(plan, inputs, 'channel', 0)).toEqual({ value: 'Google Ads (exemple)' });
  });

  it('writes as many blocks for 1 000 channels as for 1', () => {
    const one = buildKpiPlan({ language: 'fr', channels: [channel('a')] });
    const many = buildKpiPlan({ language: 'fr', channels: Array.from({ length: 1000 }, (_, i) => channel(`c${i}`)) });
    expect(many.blocks.length).toBe(one.blocks.length);
    expect(validatePlan(many)).toEqual([]);
  });
});
