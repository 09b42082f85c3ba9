// The planning sheets recalculated by LibreOffice, French and English, plus a copy of each with an
// input changed, all in one soffice run: no error value anywhere, the computed cells equal the values
// worked by hand below, and the edited input moves the results as the formulas say. The sheets are
// also printed to PDF and kept as PNG images in .tmp/screens/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { buildAbcPlan } from '../src/plans/abc.js';
import { buildLeadScoringPlan, leadScoringLayout } from '../src/plans/planning/lead-scoring.js';
import { buildTimeAllocationPlan, timeAllocationLayout } from '../src/plans/planning/time-allocation.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, type CheckedWorkbook, editCells, errorCells, recalculateAndPrint } from './libreoffice.js';

/** One sheet to prove: its builder and the input edited in the changed copy. */
interface Case {
  readonly name: string;
  readonly plan: (language: Language) => SheetPlan;
  readonly edits: Readonly<Record<string, number | string>>;
}

const TIME = timeAllocationLayout(6); // 2 example reps + 4 empty rows
/**
 * Values of ten accounts for the ABC sheet (total 1 190), thresholds 80 / 95 %. The share of the
 * accounts above each: 0, 42.0, 67.2, 77.3 % → A (4 accounts); 84.0, 90.8, 94.1 % → B (3); 96.6,
 * 98.3, 99.6 % → C (3).
 */
const ABC_ITEMS = [500, 300, 120, 80, 80, 40, 30, 20, 15, 5];
const LEADS = leadScoringLayout();
const CASES: readonly Case[] = [
  // The user raises the threshold from 50 to 60 points.
  { name: 'leads', plan: (language) => buildLeadScoringPlan({ language }), edits: { [`C${LEADS.thresholdRow}`]: 60 } },
  // The user gives 40 % of the time to A accounts and 45 % to B (instead of 50 / 35 %).
  { name: 'time', plan: (language) => buildTimeAllocationPlan({ language }), edits: { [TIME.classes.address('share', 0)]: 0.4, [TIME.classes.address('share', 1)]: 0.45 } },
];

/** Recalculated sheets by workbook name ("time-fr", "time-en", "time-edited"). */
const sheets = new Map<string, string[][]>();

beforeAll(async () => {
  /** Each workbook under its short name ("time-fr"), with the one sheet read back. */
  const files: (CheckedWorkbook & { readonly short: string })[] = [];
  const add = (short: string, data: Uint8Array, sheet: string): void => {
    files.push({ short, name: `planning-${short}`, data, sheets: [sheet] });
  };
  for (const item of CASES) {
    for (const language of ['fr', 'en'] as const) {
      const plan = assertValidPlan(item.plan(language));
      const written = await writeXlsx([plan]);
      add(`${item.name}-${language}`, written.data, plan.name);
      if (language === 'fr') {
        add(`${item.name}-edited`, await editCells(written.data, plan.name, item.edits), plan.name);
      }
    }
  }
  // The time allocation next to an ABC segmentation of ten accounts, and the same with the name of the
  // ABC sheet changed to one that is not in the workbook.
  const abc = buildAbcPlan({ language: 'fr', items: ABC_ITEMS.map((_v, i) => `Compte ${i + 1}`), values: ABC_ITEMS });
  if (!('blocks' in abc)) throw new Error('no ABC plan');
  const time = assertValidPlan(buildTimeAllocationPlan({ language: 'fr' }));
  const withAbc = await writeXlsx([abc, time]);
  add('time-abc', withAbc.data, time.name);
  add('time-abc-other', await editCells(withAbc.data, time.name, { [`D${TIME.abcNameRow}`]: 'Autre feuille' }), time.name);
  // The workbooks printed come first (the edited copies are recalculated only).
  const printed = files.filter((file) => !file.short.endsWith('-edited') && !file.short.endsWith('-other'));
  const batch = await recalculateAndPrint([...printed, ...files.filter((file) => !printed.includes(file))], printed.length, 2);
  for (const file of files) {
    const rows = batch.rows(file.name, file.sheets[0] ?? '');
    if (rows.length > 0) sheets.set(file.short, rows);
  }
}, 180_000);

const sheet = (name: string): string[][] => sheets.get(name) ?? [];

describe('the planning sheets recalculated by LibreOffice', () => {
  it('show no error value, French, English and edited', () => {
    expect(sheets.size).toBe(CASES.length * 3 + 2);
    for (const [name, rows] of sheets) {
      expect(rows.length, name).toBeGreaterThan(10);
      expect(errorCells(rows), name).toEqual([]);
    }
  });

  describe('time allocation', () => {
    const at = (name: string, key: Parameters<typeof TIME.classes.address>[0], index: number): number => cellNumber(sheet(name), TIME.classes.address(key, index));
    it('gives the team 1 600 selling hours: 2 reps × 200 days × 8 h × 50 %', () => {
      for (const name of ['time-fr', 'time-en']) {
        expect(cellNumber(sheet(name), TIME.reps.address('hours', 0))).toBe(800);
        expect(cellNumber(sheet(name), TIME.reps.totalAddress('hours'))).toBe(1600);
        expect(cellText(sheet(name), TIME.reps.address('hours', 2))).toBe('');
      }
    });

    it('splits them 50 / 35 / 15 % over 20 A, 40 B and 80 C accounts, as by hand', () => {
      const name = 'time-en';
      // A: 800 h ÷ 20 = 40 h per account, ÷ 2 h a visit = 20 visits; 12 planned → 20 × 12 × 2 = 480 h needed, 320 h slack.
      expect(at(name, 'classHours', 0)).toBeCloseTo(800, 9);
      expect(at(name, 'hoursPerAccount', 0)).toBeCloseTo(40, 9);
      expect(at(name, 'visitsPossible', 0)).toBeCloseTo(20, 9);
      expect(at(name, 'hoursNeeded', 0)).toBeCloseTo(480, 9);
      expect(at(name, 'gap', 0)).toBeCloseTo(320, 9);
      // B: 560 h ÷ 40 = 14 h, 7 visits; 40 × 6 × 2 = 480 h needed, 80 h slack.
      expect(at(name, 'hoursPerAccount', 1)).toBeCloseTo(14, 9);
      expect(at(name, 'visitsPossible', 1)).toBeCloseTo(7, 9);
      expect(at(name, 'gap', 1)).toBeCloseTo(80, 9);
      // C: 240 h ÷ 80 = 3 h, 2 visits of 1.5 h; 80 × 2 × 1.5 = 240 h needed, no slack: still OK.
      expect(at(name, 'hoursPerAccount', 2)).toBeCloseTo(3, 9);
      expect(at(name, 'visitsPossible', 2)).toBeCloseTo(2, 9);
      expect(at(name, 'gap', 2)).toBeCloseTo(0, 9);
      expect(cellText(sheet(name), TIME.classes.address('status', 2))).toBe('OK');
      // 1 200 h needed of 1 600.
      expect(cellNumber(sheet(name), TIME.classes.totalAddress('hoursNeeded'))).toBeCloseTo(1200, 9);
      expect(cellNumber(sheet(name), TIME.classes.totalAddress('gap'))).toBeCloseTo(400, 9);
      expect(cellText(sheet(name), `B${TIME.checkRow}`)).toBe('The plan fits the time available');
      expect(cellText(sheet('time-fr'), `B${TIME.checkRow}`)).toBe('Le plan tient dans le temps disponible');
      // No ABC sheet in the workbook: not found, no count, the accounts typed are used.
      expect(cellText(sheet('time-fr'), `D${TIME.abcFoundRow}`)).toBe('Non');
      expect(cellText(sheet(name), `D${TIME.abcFoundRow}`)).toBe('No');
      expect(cellText(sheet(name), TIME.classes.address('abcAccounts', 0))).toBe('');
      expect([0, 1, 2].map((i) => at(name, 'accountsUsed', i))).toEqual([20, 40, 80]);
    });

    it('takes the accounts of the ABC sheet when it is in the workbook: 4 A, 3 B, 3 C', () => {
      const name = 'time-abc';
      expect(cellText(sheet(name), `D${TIME.abcFoundRow}`)).toBe('Oui');
      expect([0, 1, 2].map((i) => at(name, 'abcAccounts', i))).toEqual([4, 3, 3]);
      expect([0, 1, 2].map((i) => at(name, 'accountsUsed', i))).toEqual([4, 3, 3]);
      expect(cellNumber(sheet(name), TIME.classes.totalAddress('accountsUsed'))).toBe(10);
      // A: 800 h ÷ 4 = 200 h per account, 100 visits of 2 h; needed 4 × 12 × 2 = 96 h, slack 704 h.
      expect(at(name, 'hoursPerAccount', 0)).toBeCloseTo(200, 9);
      expect(at(name, 'visitsPossible', 0)).toBeCloseTo(100, 9);
      expect(at(name, 'gap', 0)).toBeCloseTo(704, 9);
      // B: 560 h ÷ 3 = 186.67 h; needed 3 × 6 × 2 = 36 h. C: 240 h ÷ 3 = 80 h; needed 3 × 2 × 1.5 = 9 h.
      expect(at(name, 'hoursPerAccount', 1)).toBeCloseTo(560 / 3, 9);
      expect(at(name, 'hoursNeeded', 1)).toBeCloseTo(36, 9);
      expect(at(name, 'hoursPerAccount', 2)).toBeCloseTo(80, 9);
      expect(at(name, 'hoursNeeded', 2)).toBeCloseTo(9, 9);
      // 96 + 36 + 9 = 141 h needed of 1 600.
      expect(cellNumber(sheet(name), TIME.classes.totalAddress('gap'))).toBeCloseTo(1_459, 9);
    });

    it('goes back to the accounts typed when the ABC sheet named is not found', () => {
      const name = 'time-abc-other';
      expect(cellText(sheet(name), `D${TIME.abcFoundRow}`)).toBe('Non');
      expect([0, 1, 2].map((i) => at(name, 'accountsUsed', i))).toEqual([20, 40, 80]);
      expect(at(name, 'hoursPerAccount', 0)).toBeCloseTo(40, 9);
    });

    it('moves with the shares: A at 40 % and B at 45 % give A 640 h and B 720 h', () => {
      const name = 'time-edited';
      // A: 0.4 × 1 600 = 640 h ÷ 20 = 32 h, 16 visits, slack 640 − 480 = 160. B: 720 h ÷ 40 = 18 h, 9 visits, slack 240.
      expect(at(name, 'classHours', 0)).toBeCloseTo(640, 9);
      expect(at(name, 'hoursPerAccount', 0)).toBeCloseTo(32, 9);
      expect(at(name, 'visitsPossible', 0)).toBeCloseTo(16, 9);
      expect(at(name, 'gap', 0)).toBeCloseTo(160, 9);
      expect(at(name, 'hoursPerAccount', 1)).toBeCloseTo(18, 9);
      expect(at(name, 'visitsPossible', 1)).toBeCloseTo(9, 9);
      expect(at(name, 'gap', 1)).toBeCloseTo(240, 9);
      expect(cellNumber(sheet(name), TIME.classes.totalAddress('share'))).toBeCloseTo(1, 12);
      expect(cellText(sheet(name), `B${TIME.checkRow}`)).toBe('Le plan tient dans le temps disponible');
    });
  });

  describe('lead scoring', () => {
    const scores = (name: string): number[] => Array.from({ length: 8 }, (_, i) => cellNumber(sheet(name), LEADS.leads.address('score', i)));
    const routes = (name: string): string[] => Array.from({ length: 8 }, (_, i) => cellText(sheet(name), LEADS.leads.address('route', i)));
    it('scores the example leads as by hand from the points 20, 15, 20, 30, 10, 10', () => {
      // Lead 1: 20 + 15 + 20 + 30 = 85; Lead 2: 20 + 10 + 10 = 40; Lead 3: 15 + 20 + 30 = 65; Lead 4: 10;
      // Lead 5: 20 + 15 + 10 + 10 = 55; Lead 6: 15 + 30 = 45; Lead 7: 20 + 15 + 20 + 10 + 10 = 75; Lead 8: 20 + 10 = 30.
      expect(scores('leads-fr')).toEqual([85, 40, 65, 10, 55, 45, 75, 30]);
      expect(scores('leads-en')).toEqual([85, 40, 65, 10, 55, 45, 75, 30]);
      expect(cellNumber(sheet('leads-fr'), LEADS.criteria.totalAddress('points'))).toBe(105);
      expect(cellText(sheet('leads-fr'), LEADS.leads.address('score', 8))).toBe('');
    });

    it('splits them at 50 points: 4 to sales converting 3 of 4, 4 in nurturing converting 1 of 4', () => {
      const name = 'leads-en';
      expect(routes(name)).toEqual(['To sales', 'Nurturing', 'To sales', 'Nurturing', 'To sales', 'Nurturing', 'To sales', 'Nurturing']);
      expect(cellNumber(sheet(name), `B${LEADS.salesRow}`)).toBe(4);
      expect(cellNumber(sheet(name), `C${LEADS.salesRow}`)).toBe(3);
      expect(cellNumber(sheet(name), `D${LEADS.salesRow}`)).toBeCloseTo(0.75, 12);
      expect(cellNumber(sheet(name), `B${LEADS.nurturingRow}`)).toBe(4);
      expect(cellNumber(sheet(name), `D${LEADS.nurturingRow}`)).toBeCloseTo(0.25, 12);
      expect(cellText(sheet(name), `B${LEADS.verdictRow}`)).toBe('separates well: the leads above it convert better');
      expect(cellText(sheet('leads-fr'), LEADS.leads.address('route', 0))).toBe('Aux ventes');
    });

    it('moves Lead 5 (55 points) to nurturing when the threshold is raised to 60: 3 to sales all converted, 1 of 5 below', () => {
      const name = 'leads-edited';
      expect(cellText(sheet(name), LEADS.leads.address('route', 4))).toBe('Nurturing');
      expect(cellNumber(sheet(name), `B${LEADS.salesRow}`)).toBe(3);
      expect(cellNumber(sheet(name), `D${LEADS.salesRow}`)).toBeCloseTo(1, 12);
      expect(cellNumber(sheet(name), `B${LEADS.nurturingRow}`)).toBe(5);
      expect(cellNumber(sheet(name), `D${LEADS.nurturingRow}`)).toBeCloseTo(0.2, 12);
    });
  });
});
