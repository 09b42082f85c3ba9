// The personas, customer journey, GDPR and watch, and networking grids recalculated by LibreOffice,
// French and English, in one soffice run: no error value anywhere, the computed cells equal to values
// worked by hand from the example rows, and edited inputs moving the results. A second run prints them
// to PDF and keeps PNG images of the pages in .tmp/screens/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { dayFromCivil, excelSerialFromDay } from '../src/cells/dates.js';
import { buildGdprWatch } from '../src/plans/strategy/gdpr-watch.js';
import { buildJourney } from '../src/plans/strategy/journey.js';
import { buildNetworking } from '../src/plans/strategy/networking.js';
import { buildPersonas } from '../src/plans/strategy/personas.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { batchProblems, cellNumber, cellText, type CheckedBatch, editCells, type PrintedWorkbook, recalculateAndPrint } from './libreoffice.js';

function grids(language: Language) {
  return { personas: buildPersonas({ language }), journey: buildJourney({ language }), gdpr: buildGdprWatch({ language }), networking: buildNetworking({ language }) };
}

const FR = grids('fr');
const EN = grids('en');
const plansOf = (set: ReturnType<typeof grids>): SheetPlan[] => Object.values(set).map((built) => assertValidPlan(built.plan));
const serial = (year: number, month: number, day: number): number => excelSerialFromDay(dayFromCivil(year, month, day));

let rows: CheckedBatch['rows'] = () => [];
let printed: readonly PrintedWorkbook[] = [];

beforeAll(async () => {
  const fr = (await writeXlsx(plansOf(FR))).data;
  const en = (await writeXlsx(plansOf(EN))).data;
  // The third persona gets its objections.
  let edited = await editCells(fr, FR.personas.plan.name, { [FR.personas.layout.cards.address('objections', 2)]: '« Je peux attendre les soldes »' });
  // The onboarding's emotion goes from −2 to +1.
  edited = await editCells(edited, FR.journey.plan.name, { [FR.journey.layout.stages.address('emotion', 3)]: 1 });
  // The review is dated 30 June 2026; four GDPR points get a due date, two a new status; the legal
  // watch (point 16) becomes not applicable.
  const points = FR.gdpr.layout.points;
  edited = await editCells(edited, FR.gdpr.plan.name, {
    [FR.gdpr.layout.date.address('value', 0)]: serial(2026, 6, 30),
    [points.address('due', 5)]: serial(2026, 5, 31),
    [points.address('due', 6)]: serial(2026, 6, 15),
    [points.address('status', 6)]: 'Conforme',
    [points.address('due', 7)]: serial(2026, 9, 30),
    [points.address('due', 8)]: serial(2026, 1, 31),
    [points.address('status', 8)]: 'Non conforme',
    [points.address('status', 15)]: 'Sans objet',
  });
  // The banker's strength goes from 3 to 5.
  edited = await editCells(edited, FR.networking.plan.name, { [FR.networking.layout.contacts.address('strength', 7)]: 5 });
  const files = [
    { name: 'strategy-3-fr', data: fr, sheets: plansOf(FR).map((plan) => plan.name) },
    { name: 'strategy-3-en', data: en, sheets: plansOf(EN).map((plan) => plan.name) },
    { name: 'strategy-3-fr-edited', data: edited, sheets: plansOf(FR).map((plan) => plan.name) },
  ];
  const batch = await recalculateAndPrint(files);
  rows = batch.rows;
  printed = batch.printed;
}, 240_000);

describe('the personas, journey, GDPR and networking grids recalculated by LibreOffice', () => {
  it('show no error value, in French, in English and once edited', () => {
    const sets = [['strategy-3-fr', FR], ['strategy-3-en', EN], ['strategy-3-fr-edited', FR]] as const;
    expect(batchProblems({ rows }, sets.map(([workbook, set]) => [workbook, Object.values(set).map(({ plan }) => plan.name)] as const))).toEqual([]);
  });

  it('Personas: completeness = fields filled ÷ 8, the segment’s action, and the summary', () => {
    const { plan, layout } = FR.personas;
    const completeness = (i: number, workbook = 'strategy-3-fr'): number => cellNumber(rows(workbook, plan.name), layout.cards.address('completeness', i));
    // Card 1 complete: 8 ÷ 8; card 2 without influence factors: 7 ÷ 8; card 3 without objections nor influence: 6 ÷ 8.
    expect([completeness(0), completeness(1), completeness(2)]).toEqual([1, 0.875, 0.75]);
    expect(cellText(rows('strategy-3-fr', plan.name), layout.cards.address('completeness', 3))).toBe('');
    const summary = (i: number, workbook = 'strategy-3-fr'): number => cellNumber(rows(workbook, plan.name), layout.summary.address('value', i));
    // 3 cards, 1 complete, none without a segment, average (1 + 0.875 + 0.75) ÷ 3 = 0.875.
    expect([summary(0), summary(1), summary(2)]).toEqual([3, 1, 0]);
    expect(summary(3)).toBeCloseTo(0.875, 12);
    // Card 1 describes the Champions: the action of the Champions' row of the reference table.
    const sheet = rows('strategy-3-fr', plan.name);
    expect(cellText(sheet, layout.cards.address('action', 0))).toBe(cellText(sheet, layout.segments.address('action', 0)));
    expect(cellText(sheet, layout.cards.address('action', 0))).toMatch(/^Les récompenser/);
    expect(cellNumber(sheet, layout.segments.address('cards', 0))).toBe(1);
    // The third card's objections filled in: 7 ÷ 8, the average (1 + 0.875 + 0.875) ÷ 3.
    expect(completeness(2, 'strategy-3-fr-edited')).toBe(0.875);
    expect(summary(3, 'strategy-3-fr-edited')).toBeCloseTo(2.75 / 3, 12);
    expect(cellNumber(rows('strategy-3-en', EN.personas.plan.name), EN.personas.layout.cards.address('completeness', 1))).toBe(0.875);
  });

  it('Journey: a negative emotion flags the stage, a moment of truth as a priority; the summary line', () => {
    const { plan, layout } = FR.journey;
    const flags = (workbook: string): string[] => [0, 1, 2, 3, 4, 5].map((i) => cellText(rows(workbook, plan.name), layout.stages.address('flag', i)));
    // Emotions 1, 0, −1, −2, 1, 2; the purchase and the onboarding are moments of truth.
    expect(flags('strategy-3-fr')).toEqual(['', '', 'Moment de vérité à corriger', 'Moment de vérité à corriger', '', '']);
    const summary = (key: Parameters<typeof layout.summary.address>[0], workbook = 'strategy-3-fr'): string => cellText(rows(workbook, plan.name), layout.summary.address(key, 0));
    // 6 stages; average (1 + 0 − 1 − 2 + 1 + 2) ÷ 6 = 1/6; 3 moments of truth; 2 points to fix, both priorities; the onboarding is the hardest.
    expect([summary('stages'), summary('moments'), summary('toFix'), summary('priorities'), summary('hardest')]).toEqual(['6', '3', '2', '2', 'Prise en main']);
    expect(cellNumber(rows('strategy-3-fr', plan.name), layout.summary.address('emotion', 0))).toBeCloseTo(1 / 6, 12);
    // The onboarding at +1: one point to fix left (the purchase), average 4/6, the purchase now the hardest.
    expect(flags('strategy-3-fr-edited')[3]).toBe('');
    expect([summary('toFix', 'strategy-3-fr-edited'), summary('hardest', 'strategy-3-fr-edited')]).toEqual(['1', 'Achat']);
    expect(cellNumber(rows('strategy-3-fr-edited', plan.name), layout.summary.address('emotion', 0))).toBeCloseTo(4 / 6, 12);
    expect(cellText(rows('strategy-3-en', EN.journey.plan.name), EN.journey.layout.stages.address('flag', 2))).toBe('Moment of truth to fix');
  });

  it('GDPR and watch: overdue and compliance counts, as worked by hand once dates and statuses are typed', () => {
    const { plan, layout } = FR.gdpr;
    const summary = (key: Parameters<typeof layout.summary.address>[0], i: number, workbook = 'strategy-3-fr'): number => cellNumber(rows(workbook, plan.name), layout.summary.address(key, i));
    const total = (key: Parameters<typeof layout.summary.totalAddress>[0], workbook = 'strategy-3-fr'): number => cellNumber(rows(workbook, plan.name), layout.summary.totalAddress(key));
    // As built: 5 + 10 + 4 points, all to check, none due: nothing overdue, no compliance yet.
    expect([summary('points', 0), summary('points', 1), summary('points', 2), total('points')]).toEqual([5, 10, 4, 19]);
    expect([total('overdue'), total('compliant')]).toEqual([0, 0]);
    expect(total('rate')).toBe(0);
    // Reviewed on 30 June 2026: the legal basis (due 31 May, to check) and the B2C e-mail point (due
    // 31 January, not compliant) are overdue; the register (due 15 June) is compliant; the B2B point is
    // due 30 September.
    const points = (i: number): string => cellText(rows('strategy-3-fr-edited', plan.name), layout.points.address('overdue', i));
    expect([points(5), points(6), points(7), points(8)]).toEqual(['En retard', '', '', 'En retard']);
    expect([summary('overdue', 1, 'strategy-3-fr-edited'), summary('compliant', 1, 'strategy-3-fr-edited'), summary('notCompliant', 1, 'strategy-3-fr-edited')]).toEqual([2, 1, 1]);
    // RGPD: 1 compliant of 10 applicable; watch: 0 of 4 − 1 not applicable; in all 1 of 19 − 1.
    expect(summary('rate', 1, 'strategy-3-fr-edited')).toBeCloseTo(0.1, 12);
    expect(summary('rate', 2, 'strategy-3-fr-edited')).toBe(0);
    expect(total('rate', 'strategy-3-fr-edited')).toBeCloseTo(1 / 18, 12);
    expect(total('overdue', 'strategy-3-fr-edited')).toBe(2);
    // The date used: the one typed, else today (LibreOffice exports a date as the sheet shows it).
    expect(cellText(rows('strategy-3-fr-edited', plan.name), layout.date.address('value', 1))).toBe('30/06/2026');
    const today = new Date();
    const shown = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/');
    expect(cellText(rows('strategy-3-fr', plan.name), layout.date.address('value', 1))).toBe(`${shown}/${today.getFullYear()}`);
    expect(cellText(rows('strategy-3-en', EN.gdpr.plan.name), EN.gdpr.layout.summary.address('theme', 1))).toBe('GDPR and CNIL');
  });

  it('Networking: contacts, average strength and strong contacts per network type, as worked by hand', () => {
    const { plan, layout } = FR.networking;
    const value = (key: Parameters<typeof layout.summary.address>[0], i: number, workbook = 'strategy-3-fr'): number => cellNumber(rows(workbook, plan.name), layout.summary.address(key, i));
    // Personal 3, 2 → 2.5; vertical 4, 5 → 4.5; horizontal 3, 4 → 3.5; transversal 4, 3 → 3.5.
    expect([0, 1, 2, 3].map((i) => value('strength', i))).toEqual([2.5, 4.5, 3.5, 3.5]);
    expect([0, 1, 2, 3].map((i) => value('contacts', i))).toEqual([2, 2, 2, 2]);
    // Strong (4 or 5): vertical 2, horizontal 1, transversal 1; actions: 2 transversal, 1 vertical.
    expect([0, 1, 2, 3].map((i) => value('strong', i))).toEqual([0, 2, 1, 1]);
    expect([0, 1, 2, 3].map((i) => value('actions', i))).toEqual([0, 1, 0, 2]);
    const sheet = rows('strategy-3-fr', plan.name);
    expect(cellNumber(sheet, layout.summary.totalAddress('strength'))).toBe(3.5);
    // The banker at 5: transversal (4 + 5) ÷ 2 = 4.5, 2 strong; overall 30 ÷ 8 = 3.75.
    expect(value('strength', 3, 'strategy-3-fr-edited')).toBe(4.5);
    expect(value('strong', 3, 'strategy-3-fr-edited')).toBe(2);
    expect(cellNumber(rows('strategy-3-fr-edited', plan.name), layout.summary.totalAddress('strength'))).toBe(3.75);
    expect(cellNumber(rows('strategy-3-en', EN.networking.plan.name), EN.networking.layout.summary.address('strength', 1))).toBe(4.5);
  });

  it('prints every grid and keeps images of the pages', () => {
    for (const pdf of printed) {
      expect(pdf.images.length, pdf.name).toBeGreaterThan(0);
      expect(pdf.pages.join('\n'), pdf.name).toContain(pdf.name.endsWith('fr') ? 'Parcours client' : 'Customer journey');
    }
  });
});
