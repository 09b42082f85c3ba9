// The strategy grids recalculated by LibreOffice, French and English, in one soffice run: no error
// value anywhere, the computed cells equal to values worked by hand from the example rows, and an
// edited input moving the results. A second run prints them to PDF and keeps PNG images of the pages
// in .tmp/screens/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { buildBcg } from '../src/plans/strategy/bcg.js';
import { buildBudget } from '../src/plans/strategy/budget.js';
import { buildFiveForces } from '../src/plans/strategy/five-forces.js';
import { buildPestel } from '../src/plans/strategy/pestel.js';
import { buildPortfolio } from '../src/plans/strategy/portfolio.js';
import { buildVrio } from '../src/plans/strategy/vrio.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { batchProblems, cellNumber, cellText, type CheckedBatch, editCells, type PrintedWorkbook, recalculateAndPrint } from './libreoffice.js';

function grids(language: Language) {
  return { bcg: buildBcg({ language }), vrio: buildVrio({ language }), budget: buildBudget({ language }), portfolio: buildPortfolio({ language }), pestel: buildPestel({ language }), fiveForces: buildFiveForces({ language }) };
}

const FR = grids('fr');
const EN = grids('en');
const plansOf = (set: ReturnType<typeof grids>): SheetPlan[] => Object.values(set).map((built) => assertValidPlan(built.plan));

let rows: CheckedBatch['rows'] = () => [];
let printed: readonly PrintedWorkbook[] = [];

beforeAll(async () => {
  const fr = (await writeXlsx(plansOf(FR))).data;
  const en = (await writeXlsx(plansOf(EN))).data;
  // The user edits one input of each grid: the growth threshold to 20 %, the organisation of the
  // brand (example 5) to Oui, the budget to 120 000 €.
  let edited = await editCells(fr, FR.bcg.plan.name, { [FR.bcg.layout.parameters.address('value', 0)]: 0.2 });
  edited = await editCells(edited, FR.vrio.plan.name, { [FR.vrio.layout.resources.address('organisation', 4)]: 'Oui' });
  edited = await editCells(edited, FR.budget.plan.name, { [FR.budget.layout.parameters.address('value', 0)]: 120_000 });
  // The year analysed goes back to 2024 (N − 1 is then 2023, without sales).
  edited = await editCells(edited, FR.portfolio.plan.name, { [FR.portfolio.layout.parameters.address('value', 0)]: 2024 });
  // The impact of the first PESTEL factor goes from 3 to 5.
  edited = await editCells(edited, FR.pestel.plan.name, { [FR.pestel.layout.factors.address('impact', 0)]: 5 });
  // The barriers to entry are rated 5 instead of 2.
  edited = await editCells(edited, FR.fiveForces.plan.name, { [FR.fiveForces.layout.drivers.address('rating', 3)]: 5 });
  const files = [
    { name: 'strategy-fr', data: fr, sheets: plansOf(FR).map((plan) => plan.name) },
    { name: 'strategy-en', data: en, sheets: plansOf(EN).map((plan) => plan.name) },
    { name: 'strategy-fr-edited', data: edited, sheets: plansOf(FR).map((plan) => plan.name) },
  ];
  const batch = await recalculateAndPrint(files);
  rows = batch.rows;
  printed = batch.printed;
}, 240_000);

describe('the strategy grids recalculated by LibreOffice', () => {
  it('show no error value, in French, in English and once edited', () => {
    const sets = [['strategy-fr', FR], ['strategy-en', EN], ['strategy-fr-edited', FR]] as const;
    expect(batchProblems({ rows }, sets.map(([workbook, set]) => [workbook, Object.values(set).map(({ plan }) => plan.name)] as const))).toEqual([]);
  });

  it('BCG: relative shares and quadrants as worked by hand', () => {
    const { plan, layout } = FR.bcg;
    const sheet = rows('strategy-fr', plan.name);
    const at = (key: 'relative' | 'quadrant', i: number): string => layout.products.address(key, i);
    // 12 % ÷ 9 % = 1.333 ≥ 1 with a growth of 18 % ≥ 10 %: Vedette; 25 % ÷ 10 % = 2.5 at 3 %: Vache à lait;
    // 3 % ÷ 15 % = 0.2 at 22 %: Dilemme; 2 % ÷ 20 % = 0.1 at −4 %: Poids mort.
    expect(cellNumber(sheet, at('relative', 0))).toBeCloseTo(0.12 / 0.09, 12);
    expect([0, 1, 2, 3, 4, 5].map((i) => cellText(sheet, at('quadrant', i)))).toEqual(['Vedette', 'Vache à lait', 'Dilemme', 'Poids mort', 'Vache à lait', 'Dilemme']);
    // Vache à lait: 650 000 + 210 000 = 860 000 € of 1 535 000 €.
    expect(cellNumber(sheet, layout.summary.address('revenue', 1))).toBe(860_000);
    expect(cellNumber(sheet, layout.summary.address('revenueShare', 1))).toBeCloseTo(860_000 / 1_535_000, 12);
    expect(cellText(rows('strategy-en', EN.bcg.plan.name), EN.bcg.layout.products.address('quadrant', 1))).toBe('Cash cow');
  });

  it('BCG: a growth threshold raised to 20 % turns the 18 % product into a Vache à lait', () => {
    const { plan, layout } = FR.bcg;
    const sheet = rows('strategy-fr-edited', plan.name);
    expect(cellText(sheet, layout.products.address('quadrant', 0))).toBe('Vache à lait');
    expect(cellText(sheet, layout.products.address('quadrant', 2))).toBe('Dilemme');
    expect(cellNumber(sheet, layout.summary.address('revenue', 1))).toBe(1_280_000);
  });

  it('VRIO: the implication of each resource as worked by hand, and an edited answer moving it', () => {
    const { plan, layout } = FR.vrio;
    const implications = (workbook: string): string[] => [0, 1, 2, 3, 4, 5, 6].map((i) => cellText(rows(workbook, plan.name), layout.resources.address('implication', i)));
    // V R I O: OOOO durable; O N parity; N disadvantage; O N parity; O O O N unused; O O N temporary; OOOO durable.
    expect(implications('strategy-fr')).toEqual([
      'Avantage durable',
      'Parité concurrentielle',
      'Désavantage concurrentiel',
      'Parité concurrentielle',
      'Avantage inexploité',
      'Avantage temporaire',
      'Avantage durable',
    ]);
    expect(cellNumber(rows('strategy-fr', plan.name), layout.summary.address('count', 4))).toBe(2);
    expect(implications('strategy-fr-edited')[4]).toBe('Avantage durable');
    expect(cellNumber(rows('strategy-fr-edited', plan.name), layout.summary.address('count', 4))).toBe(3);
    expect(cellText(rows('strategy-en', EN.vrio.plan.name), EN.vrio.layout.resources.address('implication', 5))).toBe('Temporary advantage');
  });

  it('Zero-based budget: ranks, cumulative costs and the cut as worked by hand', () => {
    const { plan, layout } = FR.budget;
    const sheet = rows('strategy-fr', plan.name);
    const column = (key: 'rank' | 'cumulative' | 'decision', workbook = 'strategy-fr'): string[] =>
      [0, 1, 2, 3, 4, 5, 6].map((i) => cellText(rows(workbook, plan.name), layout.packages.address(key, i)));
    // Priority 1: site 90/30 = 3 before hiring 120/45 = 2.67; priority 2: e-mailing 4, LinkedIn 2.5, trade show 2.4;
    // priority 3: loyalty 1.8, catalogue 0.8.
    expect(column('rank')).toEqual(['5', '1', '4', '2', '6', '3', '7']);
    // Cumulated in rank order: 30 000, 75 000, 80 000, 92 000, then 117 000 > 100 000: the trade show is the first cut.
    expect(column('cumulative').map(Number)).toEqual([117_000, 30_000, 92_000, 75_000, 132_000, 80_000, 142_000]);
    expect(column('decision')).toEqual(['Coupé', 'Financé', 'Financé', 'Financé', 'Coupé', 'Financé', 'Coupé']);
    const summary = (i: number, workbook = 'strategy-fr'): number => cellNumber(rows(workbook, plan.name), layout.summary.address('value', i));
    expect([summary(2), summary(3), summary(4)]).toEqual([92_000, 8_000, 50_000]);
    expect(sheet.length).toBeGreaterThan(20);
    // With 120 000 €, the trade show (117 000 cumulated) is funded; the loyalty programme still cut.
    expect(column('decision', 'strategy-fr-edited')).toEqual(['Financé', 'Financé', 'Financé', 'Financé', 'Coupé', 'Financé', 'Coupé']);
    expect([summary(2, 'strategy-fr-edited'), summary(3, 'strategy-fr-edited')]).toEqual([117_000, 3_000]);
    expect(cellText(rows('strategy-en', EN.budget.plan.name), EN.budget.layout.packages.address('decision', 0))).toBe('Cut');
  });

  it('Portfolio: revenue, taux d’évolution, customers, basket and margins per category as worked by hand', () => {
    const { plan, layout } = FR.portfolio;
    const sheet = rows('strategy-fr', plan.name);
    const value = (key: Parameters<typeof layout.categories.address>[0], i: number, workbook = 'strategy-fr'): number => cellNumber(rows(workbook, plan.name), layout.categories.address(key, i));
    const total = (key: Parameters<typeof layout.categories.totalAddress>[0]): number => cellNumber(sheet, layout.categories.totalAddress(key));
    // Particuliers: 2024 120 + 80 = 200; 2025 150 + 90 + 60 = 300, 3 orders by 2 customers (Dupont twice, Petit):
    // +50 %, basket 100; cost 90 + 55 + 35 = 180, margin 120: taux de marge 120 ÷ 180, taux de marque 120 ÷ 300.
    expect([value('previous', 0), value('current', 0), value('orders', 0), value('customers', 0), value('basket', 0)]).toEqual([200, 300, 3, 2, 100]);
    expect(value('growth', 0)).toBeCloseTo(0.5, 12);
    expect(value('margin', 0)).toBe(120);
    expect(value('marginRate', 0)).toBeCloseTo(120 / 180, 12);
    expect(value('markupRate', 0)).toBeCloseTo(0.4, 12);
    // Collectivités: 4 000 → 3 600, −10 %. All: 8 200 → 9 700.
    expect(value('growth', 2)).toBeCloseTo(-0.1, 12);
    expect([total('previous'), total('current')]).toEqual([8_200, 9_700]);
    expect(total('growth')).toBeCloseTo(9_700 / 8_200 - 1, 12);
    expect(value('share', 1)).toBeCloseTo(5_800 / 9_700, 12);
    // Year N set to 2024: Particuliers 200 in N, nothing in 2023, so no growth rate.
    expect(value('current', 0, 'strategy-fr-edited')).toBe(200);
    expect(cellText(rows('strategy-fr-edited', plan.name), layout.categories.address('growth', 0))).toBe('');
    expect(cellNumber(rows('strategy-en', EN.portfolio.plan.name), EN.portfolio.layout.categories.totalAddress('current'))).toBe(9_700);
  });

  it('PESTEL: priority = impact × probability and its level, as worked by hand', () => {
    const { plan, layout } = FR.pestel;
    const at = (key: 'priority' | 'level', i: number, workbook = 'strategy-fr'): string => cellText(rows(workbook, plan.name), layout.factors.address(key, i));
    // 3 × 3 = 9 Moyenne; 4 × 4 = 16 Élevée; 2 × 5 = 10 Moyenne.
    expect([at('priority', 0), at('level', 0), at('priority', 1), at('level', 1), at('priority', 5), at('level', 5)]).toEqual(['9', 'Moyenne', '16', 'Élevée', '10', 'Moyenne']);
    // Average priority over the six factors: (9 + 16 + 12 + 20 + 9 + 10) ÷ 6 = 12.667.
    expect(cellNumber(rows('strategy-fr', plan.name), layout.summary.totalAddress('average'))).toBeCloseTo(76 / 6, 12);
    // Impact 5: 5 × 3 = 15, Élevée.
    expect([at('priority', 0, 'strategy-fr-edited'), at('level', 0, 'strategy-fr-edited')]).toEqual(['15', 'Élevée']);
  });

  it('Five forces: intensity = average of the drivers, level and overall pressure, as worked by hand', () => {
    const { plan, layout } = FR.fiveForces;
    const sheet = rows('strategy-fr', plan.name);
    const intensity = (i: number, workbook = 'strategy-fr'): number => cellNumber(rows(workbook, plan.name), layout.forces.address('intensity', i));
    // Rivalry (4 + 3 + 3) ÷ 3; entrants (2 + 2) ÷ 2 = 2 Faible; buyers (4 + 3 + 5) ÷ 3 = 4 Forte.
    expect(intensity(0)).toBeCloseTo(10 / 3, 12);
    expect([intensity(1), intensity(2)]).toEqual([2, 4]);
    expect([1, 2].map((i) => cellText(sheet, layout.forces.address('level', i)))).toEqual(['Faible', 'Forte']);
    // Overall: (10/3 + 2 + 4 + 2.5 + 2.5) ÷ 5.
    expect(cellNumber(sheet, layout.forces.totalAddress('intensity'))).toBeCloseTo((10 / 3 + 11) / 5, 12);
    // Barriers rated 5: entrants (5 + 2) ÷ 2 = 3.5, Forte.
    expect(intensity(1, 'strategy-fr-edited')).toBe(3.5);
    expect(cellText(rows('strategy-fr-edited', plan.name), layout.forces.address('level', 1))).toBe('Forte');
  });

  it('prints every grid and keeps images of the pages', () => {
    for (const pdf of printed) {
      expect(pdf.images.length, pdf.name).toBeGreaterThan(0);
      expect(pdf.pages.join('\n'), pdf.name).toContain(pdf.name.endsWith('fr') ? 'Matrice BCG' : 'BCG matrix');
    }
  });
});
