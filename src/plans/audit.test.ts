import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { aggregateTransactions, type CustomerTable } from '../metrics/rfm/aggregate.js';
import { plansForRequest } from '../workbook/requests.js';
import { buildAuditPlans, buildSegmentationPlans } from './audit.js';
import { validatePlan } from './validate.js';

function table(customers: string[], amounts: number[]): CustomerTable {
  const result = aggregateTransactions({ customer: customers, day: customers.map((_, i) => 20000 + i), amount: amounts });
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

describe('buildAuditPlans', () => {
  it('returns the summary, the checklist, the interview guides and the KPI sheet, in that order', () => {
    const plans = buildAuditPlans({ language: 'fr' });
    expect(plans.map((plan) => plan.key)).toEqual(['audit.summary', 'audit.checklist', 'audit.interviews', 'kpi']);
    expect(plans.map((plan) => plan.name)).toEqual(['Synthèse', "Grille d’audit", 'Entretiens', 'KPI acquisition']);
    for (const plan of plans) expect(validatePlan(plan)).toEqual([]);
  });

  it('names the sheets in English for an English workbook', () => {
    expect(buildAuditPlans({ language: 'en' }).map((plan) => plan.name)).toEqual(['Summary', 'Audit checklist', 'Interviews', 'Acquisition KPIs']);
  });

  it('is what the sidebar’s "audit" build plans', () => {
    const built = plansForRequest({ target: 'audit', language: 'en' });
    expect(built.plans.map((plan) => plan.key)).toEqual(['audit.summary', 'audit.checklist', 'audit.interviews', 'kpi']);
    expect(built.notes).toEqual([]);
  });
});

describe('buildSegmentationPlans', () => {
  it('segments the customers’ revenue ABC and adds the three RFM sheets', () => {
    const plans = buildSegmentationPlans({ language: 'fr', table: table(['a', 'b', 'c', 'a'], [100, 50, 10, 40]) });
    expect(isSheetError(plans)).toBe(false);
    if (isSheetError(plans)) return;
    expect(plans.map((plan) => plan.key)).toEqual(['abc', 'rfm.summary', 'rfm.customers', 'rfm.parameters']);
    // The ABC sheet ranks customers by their revenue: a (140), b (50), c (10).
    const abc = plans[0];
    const items = abc?.blocks.find((block) => block.row === 6)?.cells.map((row) => row[1]);
    expect(items).toEqual([{ value: 'a' }, { value: 'b' }, { value: 'c' }]);
  });

  it('writes as many blocks for 100 000 customers as for 3', () => {
    const count = (customers: number): number => {
      const ids = Array.from({ length: customers }, (_, i) => `c${i}`);
      const plans = buildSegmentationPlans({ language: 'fr', table: table(ids, ids.map((_, i) => 1 + (i % 97))) });
      return isSheetError(plans) ? -1 : plans.reduce((sum, plan) => sum + plan.blocks.length, 0);
    };
    expect(count(100_000)).toBe(count(3));
    expect(count(3)).toBeGreaterThan(0);
  });

  it('returns the ABC error when no customer has a positive revenue', () => {
    const plans = buildSegmentationPlans({ language: 'en', table: table(['a', 'b'], [-5, 0]) });
    expect(isSheetError(plans) ? plans.code : 'no error').toBe('#DIV/0!');
  });

  it('returns the RFM error when the table cannot be scored', () => {
    const good = table(['a', 'b'], [5, 10]);
    const broken: CustomerTable = { ...good, recencyDays: new Int32Array(1) };
    const plans = buildSegmentationPlans({ language: 'en', table: broken });
    expect(isSheetError(plans) ? plans.code : 'no error').toBe('#VALUE!');
  });
});
