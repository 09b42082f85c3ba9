// The prospecting plan and the SMART objectives / OKR sheet recalculated by LibreOffice, French and
// English, a French workbook with the KPI sheet (read by the objectives), and a French copy with
// inputs edited, all in one soffice run: no error value anywhere, the computed cells equal to the
// values worked by hand below from the example rows, and the edited inputs moving the results as the
// formulas say. The sheets are also printed to PDF and kept as PNG images in .tmp/screens/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKpiPlan } from '../src/plans/kpi.js';
import { buildObjectives, OBJECTIVE_STATUSES } from '../src/plans/planning/objectives.js';
import { buildProspecting } from '../src/plans/planning/prospecting.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, editCells, errorCells, printWorkbooks, recalculate, type WorkbookFile } from './libreoffice.js';

const FR = { prospecting: buildProspecting({ language: 'fr' }), objectives: buildObjectives({ language: 'fr' }) };
const EN = { prospecting: buildProspecting({ language: 'en' }), objectives: buildObjectives({ language: 'en' }) };
const KPI = buildKpiPlan({ language: 'fr' });
const P = FR.prospecting.layout;
const O = FR.objectives.layout;

const results = new Map<string, Map<string, string[][]>>();
const sheet = (workbook: string, name: string): string[][] => results.get(workbook)?.get(name) ?? [];
const prospecting = (workbook = 'planning2-fr'): string[][] => sheet(workbook, workbook === 'planning2-en' ? EN.prospecting.plan.name : FR.prospecting.plan.name);
const objectives = (workbook = 'planning2-fr'): string[][] => sheet(workbook, workbook === 'planning2-en' ? EN.objectives.plan.name : FR.objectives.plan.name);

/** Today as a spreadsheet serial (LibreOffice's TODAY() reads the same clock). */
const TODAY = Math.floor(Date.now() / 86_400_000) + 25_569;
/** 30/06/2027 as a serial. */
const JUNE_2027 = 46_568;

beforeAll(async () => {
  const plans = (set: typeof FR): SheetPlan[] => [assertValidPlan(set.prospecting.plan), assertValidPlan(set.objectives.plan)];
  const fr = (await writeXlsx(plans(FR))).data;
  const en = (await writeXlsx(plans(EN))).data;
  const withKpi = (await writeXlsx([assertValidPlan(KPI), assertValidPlan(FR.objectives.plan)])).data;
  // The user aims at 12 new customers instead of 10; types 700 as O1's current CAC (past the 800
  // target), answers Oui to "S" for O3, and brings the first key result's cost per lead to 30 €.
  let edited = await editCells(fr, FR.prospecting.plan.name, { [P.parameters.address('value', 0)]: 12 });
  edited = await editCells(edited, FR.objectives.plan.name, {
    [O.objectives.address('typed', 0)]: 700,
    [O.objectives.address('s', 2)]: 'Oui',
    [O.keyResults.address('current', 0)]: 30,
  });
  const files: WorkbookFile[] = [
    { name: 'planning2-fr', data: fr },
    { name: 'planning2-en', data: en },
    { name: 'planning2-kpi', data: withKpi },
    { name: 'planning2-edited', data: edited },
  ];
  const names = new Map<string, readonly string[]>([
    ['planning2-fr', [FR.prospecting.plan.name, FR.objectives.plan.name]],
    ['planning2-en', [EN.prospecting.plan.name, EN.objectives.plan.name]],
    ['planning2-kpi', [KPI.name, FR.objectives.plan.name]],
    ['planning2-edited', [FR.prospecting.plan.name, FR.objectives.plan.name]],
  ]);
  const [recalculated] = await Promise.all([recalculate(files, names), printWorkbooks(files.slice(0, 2), path.resolve(process.cwd(), '.tmp/screens'), 8, 60)]);
  for (const [name, book] of recalculated) results.set(name, book);
}, 240_000);

describe('the prospecting plan and the objectives recalculated by LibreOffice', () => {
  it('show no error value, in French, in English, with the KPI sheet and once edited', () => {
    for (const [workbook, books] of results) {
      for (const [name, rows] of books) {
        expect(rows.length, `${workbook}/${name}`).toBeGreaterThan(20);
        expect(errorCells(rows), `${workbook}/${name}`).toEqual([]);
      }
    }
  });

  it('Prospecting: the funnel worked back from 10 customers, as by hand', () => {
    const rows = prospecting();
    const funnel = (key: Parameters<typeof P.funnel.address>[0], i: number, book = rows): number => cellNumber(book, P.funnel.address(key, i));
    // 10 signed at 25 % from proposals: 10 ÷ 0.25 = 40 proposals; at 50 % from meetings: 40 ÷ 0.5 = 80
    // meetings; at 20 % from contacts: 80 ÷ 0.2 = 400 contacts (10 ÷ 0.25 ÷ 0.5 ÷ 0.2 = 400).
    expect([0, 1, 2, 3].map((i) => funnel('needed', i))).toEqual([400, 80, 40, 10]);
    // Cumulative rates: 100 %, 20 %, 20 % × 50 % = 10 %, 10 % × 25 % = 2.5 %.
    expect(funnel('cumulative', 3)).toBeCloseTo(0.025, 12);
    // Three months typed, shares 10 + 20 + 20 = 50 %: objective to date 200, 40, 20, 5.
    expect([0, 1, 2, 3].map((i) => funnel('toDate', i))).toEqual([200, 40, 20, 5]);
    // Actuals 45 + 85 + 75 = 205 contacts, 9 + 15 + 12 = 36 meetings, 3 + 6 + 5 = 14 proposals, 1 + 1 + 2 = 4 signed.
    expect([0, 1, 2, 3].map((i) => funnel('actual', i))).toEqual([205, 36, 14, 4]);
    expect([0, 1, 2, 3].map((i) => funnel('gap', i))).toEqual([5, -4, -6, -1]);
    expect(funnel('actualRate', 1)).toBeCloseTo(36 / 205, 12);
    expect(funnel('actualRate', 3)).toBeCloseTo(4 / 14, 12);
    // 205 ÷ 200 = 102.5 % ≥ 100 %; 36 ÷ 40 = 90 % ≥ 80 %; 14 ÷ 20 = 70 % < 80 %; 4 ÷ 5 = 80 %, at the threshold.
    expect(funnel('achievement', 0)).toBeCloseTo(1.025, 12);
    expect([0, 1, 2, 3].map((i) => cellText(rows, P.funnel.address('status', i)))).toEqual(['Atteint', 'Proche', 'En retrait', 'Proche']);
    expect([0, 1, 2, 3].map((i) => cellText(prospecting('planning2-en'), P.funnel.address('status', i)))).toEqual(['Achieved', 'Close', 'Behind', 'Close']);
  });

  it('Prospecting: methods, time needed against time available, and the monthly planning, as by hand', () => {
    const rows = prospecting();
    const method = (key: Parameters<typeof P.methods.address>[0], i: number): number => cellNumber(rows, P.methods.address(key, i));
    // Quantities: e-mailing to the 600 of the database, 400 calls, 80 visits, 40 proposals, 2 × 40 = 80 follow-ups, 1 trade show.
    expect([0, 1, 2, 3, 4, 5].map((i) => method('quantity', i))).toEqual([600, 400, 80, 40, 80, 1]);
    // Costs: 600 × 0.10 = 60, 400 × 0.50 = 200, 80 × 30 = 2 400, 0, 80 × 0.50 = 40, 2 500: 5 200 €.
    expect(cellNumber(rows, P.methods.totalAddress('cost'))).toBe(5_200);
    // Hours: 400 × 6 min = 40 h, 80 × (60 + 45) min = 140 h, 40 × 2 h = 80 h, 80 × 15 min = 20 h, 16 h: 296 h.
    expect(method('hours', 2)).toBe(140);
    expect(cellNumber(rows, P.methods.totalAddress('hours'))).toBe(296);
    // Available: 2 reps × 4 days × 7 h × 6 months = 336 h; slack 40 h. Database 600 ≥ 400 contacts.
    expect([cellNumber(rows, P.checks.address('needed', 1)), cellNumber(rows, P.checks.address('available', 1)), cellNumber(rows, P.checks.address('gap', 1))]).toEqual([296, 336, 40]);
    expect(cellText(rows, P.checks.address('verdict', 0))).toBe('Base suffisante');
    expect(cellText(rows, P.checks.address('verdict', 1))).toBe('Le temps disponible suffit');
    // Month 2 (20 %): 80 contacts, 16 meetings, 59.2 h of the 336 ÷ 6 = 56 h available: load 105.7 %.
    expect(cellNumber(rows, P.months.address('contacts', 1))).toBe(80);
    expect(cellNumber(rows, P.months.address('hours', 1))).toBeCloseTo(59.2, 9);
    expect(cellNumber(rows, P.months.address('load', 1))).toBeCloseTo(59.2 / 56, 12);
    expect(cellText(rows, P.months.address('month', 6))).toBe('');
    expect(cellNumber(rows, P.months.totalAddress('contacts'))).toBeCloseTo(400, 9);
  });

  it('Prospecting: profitability planned and to date, as by hand', () => {
    const rows = prospecting();
    const planned = (i: number): number => cellNumber(rows, P.profit.address('planned', i));
    const actual = (i: number): number => cellNumber(rows, P.profit.address('actual', i));
    // Planned: 10 × 5 000 = 50 000 € signed, margin 40 % = 20 000; costs 5 200 + 296 h × 40 € = 11 840, total 17 040;
    // result 2 960; 1 704 € per customer; return 2 960 ÷ 17 040; 17 040 ÷ 2 000 = 8.52 → 9 customers to break even.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(planned)).toEqual([10, 50_000, 20_000, 5_200, 296, 11_840, 17_040, 2_960, 1_704]);
    expect(planned(9)).toBeCloseTo(2_960 / 17_040, 12);
    expect(planned(10)).toBe(9);
    expect(cellText(rows, P.profit.address('planned', 11))).toBe('Rentable');
    // To date: 4 signed, 20 000 € signed, margin 8 000; costs 4 090 + 153 h × 40 = 6 120, total 10 210; result −2 210;
    // 2 552.50 € per customer; 10 210 ÷ (8 000 ÷ 4) = 5.1 → 6 customers to break even.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(actual)).toEqual([4, 20_000, 8_000, 4_090, 153, 6_120, 10_210, -2_210, 2_552.5]);
    expect(actual(9)).toBeCloseTo(-2_210 / 10_210, 12);
    expect(actual(10)).toBe(6);
    expect(cellText(rows, P.profit.address('actual', 11))).toBe('Non rentable');
    expect(cellText(prospecting('planning2-en'), P.profit.address('actual', 11))).toBe('Not profitable');
  });

  it('Prospecting: 12 customers instead of 10 move the funnel, the costs and the time check', () => {
    const rows = prospecting('planning2-edited');
    // 12 ÷ 0.25 = 48 proposals, 48 ÷ 0.5 = 96 meetings, 96 ÷ 0.2 = 480 contacts.
    expect([0, 1, 2, 3].map((i) => cellNumber(rows, P.funnel.address('needed', i)))).toEqual([480, 96, 48, 12]);
    // Hours: 48 + 96 × 1.75 = 168 + 96 + 96 × 0.25 = 24 + 16 = 352 h > 336 h; costs 60 + 240 + 2 880 + 48 + 2 500 = 5 728 €.
    expect(cellNumber(rows, P.methods.totalAddress('hours'))).toBe(352);
    expect(cellNumber(rows, P.methods.totalAddress('cost'))).toBe(5_728);
    expect(cellText(rows, P.checks.address('verdict', 1))).toBe('Temps insuffisant : ajouter des jours ou alléger les actions');
    // Contacts to date 480 × 50 % = 240: 205 ÷ 240 = 85.4 %, "Proche".
    expect(cellNumber(rows, P.funnel.address('achievement', 0))).toBeCloseTo(205 / 240, 12);
    expect(cellText(rows, P.funnel.address('status', 0))).toBe('Proche');
  });

  it('Objectives: SMART verdicts, progress capped to 0–100 % both ways, key results and statuses, as by hand', () => {
    const rows = objectives();
    const objective = (key: Parameters<typeof O.objectives.address>[0], i: number, book = rows): string => cellText(book, O.objectives.address(key, i));
    const kr = (key: Parameters<typeof O.keyResults.address>[0], i: number, book = rows): string => cellText(book, O.keyResults.address(key, i));
    const s = OBJECTIVE_STATUSES;
    const onTime = (deadline: number): string => (TODAY > deadline ? s.late.fr : s.inProgress.fr);
    expect([0, 1, 2].map((i) => objective('verdict', i))).toEqual(['SMART', 'SMART', 'À revoir : S, M, T']);
    expect(objective('verdict', 3)).toBe('');
    // No KPI sheet in this workbook: O1 uses the 900 typed, (900 − 1 000) ÷ (800 − 1 000) = 50 % (a decreasing target).
    expect(cellText(rows, O.link.address('value', 1))).toBe('Non');
    expect(Number(objective('current', 0))).toBe(900);
    expect(cellNumber(rows, O.objectives.address('progress', 0))).toBeCloseTo(0.5, 12);
    // O2: (31 − 25) ÷ (40 − 25) = 40 %.
    expect(cellNumber(rows, O.objectives.address('progress', 1))).toBeCloseTo(0.4, 12);
    // Key results: (36 − 40) ÷ (30 − 40) = 40 %; (4 % − 3 %) ÷ (5 % − 3 %) = 50 %; 100 %; (12 − 2) ÷ (10 − 2) = 125 % → 100 %; 0 %.
    const progress = [0, 1, 2, 3, 4].map((i) => cellNumber(rows, O.keyResults.address('progress', i)));
    [0.4, 0.5, 1, 1, 0].forEach((value, i) => {
      expect(progress[i]).toBeCloseTo(value, 12);
    });
    expect([0, 1, 2].map((i) => Number(objective('keyResults', i)))).toEqual([2, 2, 1]);
    // O1's progress used: the key results' average (40 + 50) ÷ 2 = 45 %; O2: 100 %, Atteint; O3: 0 %, no deadline.
    expect(cellNumber(rows, O.objectives.address('overall', 0))).toBeCloseTo(0.45, 12);
    expect([0, 1, 2].map((i) => objective('status', i))).toEqual([onTime(JUNE_2027), 'Atteint', 'Non commencé']);
    // The LinkedIn key result, at 0 % past its deadline of 30/06/2026: En retard.
    expect(kr('status', 4)).toBe('En retard');
    expect(kr('status', 2)).toBe('Atteint');
    expect(kr('status', 5)).toBe('');
    const en = objectives('planning2-en');
    expect(objective('verdict', 2, en)).toBe('To rework: S, M, T');
    expect([kr('status', 2, en), kr('status', 4, en)]).toEqual(['Achieved', 'Late']);
  });

  it('Objectives: with the KPI sheet, O1 reads the total CAC, 34 000 € ÷ 40 customers = 850 €', () => {
    const rows = objectives('planning2-kpi');
    expect(cellText(rows, O.link.address('value', 1))).toBe('Oui');
    expect(cellNumber(rows, O.landmarks.address('read', 0))).toBe(850);
    expect(cellNumber(rows, O.landmarks.address('read', 1))).toBeCloseTo(34_000 / 900, 9);
    expect(cellNumber(rows, O.objectives.address('current', 0))).toBe(850);
    // (850 − 1 000) ÷ (800 − 1 000) = 75 %.
    expect(cellNumber(rows, O.objectives.address('progress', 0))).toBeCloseTo(0.75, 12);
    // Without it, the landmarks read nothing and show no error.
    expect(cellText(objectives(), O.landmarks.address('read', 0))).toBe('');
  });

  it('Objectives: edited inputs move the progress, the verdict and the statuses', () => {
    const rows = objectives('planning2-edited');
    // 700 typed: (700 − 1 000) ÷ (−200) = 150 %, capped to 100 %.
    expect(cellNumber(rows, O.objectives.address('progress', 0))).toBe(1);
    expect(cellText(rows, O.objectives.address('verdict', 2))).toBe('À revoir : M, T');
    // The first key result at 30 €: 100 %, Atteint; O1's average (100 + 50) ÷ 2 = 75 %.
    expect(cellText(rows, O.keyResults.address('status', 0))).toBe('Atteint');
    expect(cellNumber(rows, O.objectives.address('overall', 0))).toBeCloseTo(0.75, 12);
  });
});
