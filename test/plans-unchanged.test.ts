/**
 * The generated sheets, cell for cell: the digests of every plan the product builds (audit, KPI, ABC,
 * weighted ABC, RFM, customer value; French and English) against the committed reference. A change
 * of builder code that moves nothing in the sheets keeps every digest; a deliberate layout change
 * raises the plan's version and rewrites the reference (`UPDATE_PLAN_DIGESTS=1 npx vitest run
 * test/plans-unchanged.test.ts`), which the review then reads. On a difference, the canonical form of
 * each plan is in the system's temporary folder (promethee-plans/), to diff against the same run on
 * the previous commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSheetError, type Language, type SheetError } from '../src/cells/errors.js';
import { aggregateTransactions, type TransactionColumns } from '../src/metrics/rfm/aggregate.js';
import { buildAbcPlan } from '../src/plans/abc.js';
import { buildWeightedAbcPlan } from '../src/plans/abc-weighted.js';
import { buildAuditPlans, buildSegmentationPlans } from '../src/plans/audit.js';
import { buildClvPlan } from '../src/plans/clv.js';
import { buildKpiPlan } from '../src/plans/kpi.js';
import { buildActionPlan } from '../src/plans/planning/action-plan.js';
import { buildSalesDashboardPlan } from '../src/plans/planning/sales-dashboard.js';
import { buildSlaPlan } from '../src/plans/planning/sla.js';
import { buildTimeAllocationPlan } from '../src/plans/planning/time-allocation.js';
import { buildObjectivesPlan } from '../src/plans/planning/objectives.js';
import { buildProspectingPlan } from '../src/plans/planning/prospecting.js';
import { buildRfmPlans } from '../src/plans/rfm.js';
import { buildGdprWatchPlan } from '../src/plans/strategy/gdpr-watch.js';
import { buildJourneyPlan } from '../src/plans/strategy/journey.js';
import { buildNetworkingPlan } from '../src/plans/strategy/networking.js';
import { buildPersonasPlan } from '../src/plans/strategy/personas.js';
import { buildAarrrPlan } from '../src/plans/strategy/aarrr.js';
import { buildQualificationPlan } from '../src/plans/strategy/qualification.js';
import { buildSwotPlan } from '../src/plans/strategy/swot.js';
import type { SheetPlan } from '../src/plans/types.js';
import { canonicalPlan, planDigests } from './support/plan-canon.js';

const REFERENCE = new URL('./fixtures/plan-digests.json', import.meta.url);

/** 60 transactions of 14 customers over a year, a refund and a refund-only customer among them. */
function transactions(): TransactionColumns {
  const customer: string[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < 60; i++) {
    customer.push(`C${(i * 7) % 13}`);
    day.push(45_000 + ((i * 53) % 365));
    amount.push(10 + ((i * 37) % 90) + (i % 4) / 4);
  }
  customer.push('C3', 'R1');
  day.push(45_300, 45_310);
  amount.push(-25, -40);
  return { customer, day, amount };
}

function must<T>(value: T | SheetError): T {
  if (isSheetError(value)) throw new Error(value.message.en);
  return value;
}

function plansOf(language: Language): SheetPlan[] {
  const table = must(aggregateTransactions(transactions()));
  const rfm = must(buildRfmPlans({ language, table }));
  const items = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'zero', 'neg'];
  const values = [500, 300, 120, 80, 80, 40, 30, 20, 15, 5, 0, -10];
  return [
    // The summary with two grids in its section 6 (a fixed list: a build added to the registry leaves it).
    ...buildAuditPlans({
      language,
      grids: [
        { label: 'BCG', sheet: 'Matrice BCG', entries: { row: 12, column: 1, rowCount: 12, columnCount: 1 } },
        { label: 'VRIO', sheet: 'VRIO' },
      ],
    }),
    buildKpiPlan({ language, channels: [{ channel: 'Salons', spend: 12_000, leads: 300, opportunities: 60, newCustomers: 12, revenue: 90_000, lifetimeValue: 9_000 }] }),
    must(buildAbcPlan({ language, items, values, thresholds: { a: 0.7, b: 0.9 }, valueFormat: 'currency' })),
    buildWeightedAbcPlan({ language }),
    buildWeightedAbcPlan({
      language,
      criteria: [
        { name: 'CA', weight: 3 },
        { name: 'Potentiel', weight: 2 },
      ],
      accounts: ['Alpha', 'Beta', 'Gamma', 'Delta'],
      scores: [
        [5, 3],
        [2, null],
        [4, 4],
        [1, 5],
      ],
    }),
    rfm.summary,
    rfm.customers,
    rfm.parameters,
    ...must(buildSegmentationPlans({ language, table })),
    must(buildClvPlan({ language, transactions: transactions() })).plan,
    buildPersonasPlan({ language }),
    buildJourneyPlan({ language }),
    buildGdprWatchPlan({ language }),
    buildNetworkingPlan({ language }),
    buildSwotPlan({ language }),
    buildQualificationPlan({ language }),
    buildAarrrPlan({ language }),
    buildActionPlan({ language }).plan,
    buildTimeAllocationPlan({ language }),
    buildSlaPlan({ language }),
    buildSalesDashboardPlan({ language }),
    buildProspectingPlan({ language }),
    buildObjectivesPlan({ language }),
  ];
}

describe('the generated sheets stay the same cell for cell', () => {
  const digests: Record<string, Record<string, string>> = {};
  const folder = join(tmpdir(), 'promethee-plans');
  mkdirSync(folder, { recursive: true });
  for (const language of ['fr', 'en'] as const) {
    plansOf(language).forEach((plan, i) => {
      const id = `${language}.${String(i).padStart(2, '0')}.${plan.key}`;
      digests[id] = planDigests(plan);
      writeFileSync(join(folder, `${id}.json`), JSON.stringify(canonicalPlan(plan), null, 1));
    });
  }
  if (process.env.UPDATE_PLAN_DIGESTS === '1' || !existsSync(REFERENCE)) {
    writeFileSync(REFERENCE, `${JSON.stringify(digests, null, 1)}\n`);
  }
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Record<string, Record<string, string>>;

  it('builds the same list of sheets', () => {
    expect(Object.keys(digests)).toEqual(Object.keys(reference));
  });
  for (const id of Object.keys(reference)) {
    it(`${id}: cells, styles, formats, validations, conditional formats, merges, sizes, names, charts`, () => {
      expect(digests[id]).toEqual(reference[id]);
    });
  }
});
