// The marketing–sales SLA and the sales dashboard recalculated by LibreOffice, French and English,
// plus a copy of each with an input changed, all in one soffice run: no error value anywhere, the
// computed cells equal the values worked by hand below from the example rows, and the edited input
// moves the results as the formulas say. The sheets are also printed to PDF and kept as PNG images in
// .tmp/screens/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { buildSalesDashboard, salesDashboardLayout, type ActivityColumn, type SummaryColumn } from '../src/plans/planning/sales-dashboard.js';
import { buildSla, slaLayout, type FollowColumn } from '../src/plans/planning/sla.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, type CheckedWorkbook, editCells, errorCells, recalculateAndPrint } from './libreoffice.js';

interface Case {
  readonly name: string;
  readonly plan: (language: Language) => SheetPlan;
  readonly edits: Readonly<Record<string, number | string>>;
}

const SLA = slaLayout();
const DASH = salesDashboardLayout();
const CASES: readonly Case[] = [
  // The marketing team commits to 86 MQLs a month instead of 80.
  { name: 'sla', plan: (language) => buildSla({ language }).plan, edits: { [SLA.commitments.address('target', 1)]: 86 } },
  // The hourly cost of a rep is 60 € instead of 45 €.
  { name: 'dashboard', plan: (language) => buildSalesDashboard({ language }).plan, edits: { [DASH.parameters.address('value', 0)]: 60 } },
];

const sheets = new Map<string, string[][]>();

beforeAll(async () => {
  /** Each workbook under its short name ("time-fr"), with the one sheet read back. */
  const files: (CheckedWorkbook & { readonly short: string })[] = [];
  const add = (short: string, data: Uint8Array, sheet: string): void => {
    files.push({ short, name: `planning-3-${short}`, data, sheets: [sheet] });
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
  // The workbooks printed come first (the edited copies are recalculated only).
  const printed = files.filter((file) => !file.short.endsWith('-edited'));
  const batch = await recalculateAndPrint([...printed, ...files.filter((file) => !printed.includes(file))], printed.length, 2);
  for (const file of files) {
    const rows = batch.rows(file.name, file.sheets[0] ?? '');
    if (rows.length > 0) sheets.set(file.short, rows);
  }
}, 180_000);

const sheet = (name: string): string[][] => sheets.get(name) ?? [];

describe('the SLA and the sales dashboard recalculated by LibreOffice', () => {
  it('show no error value, French, English and edited', () => {
    expect(sheets.size).toBe(CASES.length * 3);
    for (const [name, rows] of sheets) {
      expect(rows.length, name).toBeGreaterThan(30);
      expect(errorCells(rows), name).toEqual([]);
    }
  });

  describe('SLA', () => {
    const at = (name: string, key: FollowColumn, index: number): string => cellText(sheet(name), SLA.follow.address(key, index));
    const num = (name: string, key: FollowColumn, index: number): number => cellNumber(sheet(name), SLA.follow.address(key, index));
    const gaps = (name: string, index: number): number[] => Array.from({ length: 6 }, (_, j) => num(name, `g${j}`, index));

    it('reads the commitments into the follow-up headers', () => {
      expect(cellText(sheet('sla-fr'), `B${SLA.followHeaderRow}`)).toBe('Leads transmis par mois (tous) (exemple)');
      expect(cellText(sheet('sla-en'), `H${SLA.followHeaderRow}`)).toBe('Gap: Leads passed on per month (all) (example)');
      expect(cellText(sheet('sla-fr'), `B${SLA.targetRow}`)).toBe('≥ 200');
      expect(cellText(sheet('sla-fr'), `E${SLA.targetRow}`)).toBe('≤ 30');
      expect(cellText(sheet('sla-en'), `E${SLA.sideRow}`)).toBe('Sales');
    });

    it('computes the gaps as by hand: actual − target for "at least", target − actual for "at most"', () => {
      // Targets: ≥ 200 leads, ≥ 80 MQL, ≥ 40 SQL, ≤ 30 minutes, ≤ 5 without follow-up, ≤ 5 without feedback.
      // Month 1: 210, 85, 42, 25, 3, 6 → 10, 5, 2, 5, 2, −1: 5 of 6 kept, to fix.
      expect(gaps('sla-fr', 0)).toEqual([10, 5, 2, 5, 2, -1]);
      expect(num('sla-fr', 'kept', 0)).toBe(5);
      expect(num('sla-fr', 'rate', 0)).toBeCloseTo(5 / 6, 12);
      expect(at('sla-fr', 'status', 0)).toBe('À corriger');
      // Month 2: 190, 78, 41, 35, 6, 2 → −10, −2, 1, −5, −1, 3: 2 of 6.
      expect(gaps('sla-en', 1)).toEqual([-10, -2, 1, -5, -1, 3]);
      expect(num('sla-en', 'kept', 1)).toBe(2);
      // Month 3: 230, 90, 45, 20, 2, 1 → 30, 10, 5, 10, 3, 4: all kept.
      expect(gaps('sla-en', 2)).toEqual([30, 10, 5, 10, 3, 4]);
      expect(at('sla-en', 'status', 2)).toBe('Kept');
      // Month 4: nothing typed, nothing shown.
      expect([at('sla-fr', 'g0', 3), at('sla-fr', 'kept', 3), at('sla-fr', 'rate', 3), at('sla-fr', 'status', 3)]).toEqual(['', '', '', '']);
    });

    it('averages the months and counts the commitments kept: 13 of 18, 7 of 9 by marketing, 6 of 9 by sales', () => {
      const name = 'sla-fr';
      const total = (key: FollowColumn): number => cellNumber(sheet(name), SLA.follow.totalAddress(key));
      // MQL: (85 + 78 + 90) ÷ 3 = 84.33…; its gap (5 − 2 + 10) ÷ 3 = 4.33…; follow-ups (2 − 1 + 3) ÷ 3 = 1.33….
      expect(total('a1')).toBeCloseTo(253 / 3, 9);
      expect(total('g1')).toBeCloseTo(13 / 3, 9);
      expect(total('g4')).toBeCloseTo(4 / 3, 9);
      expect(total('kept')).toBe(13);
      expect(total('rate')).toBeCloseTo(13 / 18, 12);
      expect(cellText(sheet(name), SLA.follow.totalAddress('status'))).toBe('À corriger');
      // Months measured 3 per commitment; kept: leads 2, MQL 2, SQL 3, time 2, follow-ups 2, feedback 2.
      const counts = ['B', 'H', 'I', 'J', 'K', 'L', 'M'].map((letter) => cellNumber(sheet(name), `${letter}${SLA.countRow}`));
      expect(counts).toEqual([3, 2, 2, 3, 2, 2, 2]);
      const side = (key: 'measured' | 'kept' | 'rate', index: number): number => cellNumber(sheet(name), SLA.sides.address(key, index));
      expect([side('measured', 0), side('kept', 0), side('measured', 1), side('kept', 1)]).toEqual([9, 7, 9, 6]);
      expect(side('rate', 1)).toBeCloseTo(6 / 9, 12);
      expect(cellText(sheet(name), SLA.sides.address('rate', 2))).toBe('');
      expect(cellNumber(sheet(name), SLA.sides.totalAddress('kept'))).toBe(13);
    });

    it('moves with the MQL commitment: at 86 a month, month 1 falls to 4 of 6 and marketing to 6 of 9', () => {
      const name = 'sla-edited';
      // MQL gaps: 85 − 86 = −1, 78 − 86 = −8, 90 − 86 = 4.
      expect([num(name, 'g1', 0), num(name, 'g1', 1), num(name, 'g1', 2)]).toEqual([-1, -8, 4]);
      expect(num(name, 'kept', 0)).toBe(4);
      expect(cellNumber(sheet(name), SLA.sides.address('kept', 0))).toBe(6);
      expect(cellNumber(sheet(name), SLA.follow.totalAddress('kept'))).toBe(12);
      expect(cellText(sheet(name), `C${SLA.targetRow}`)).toBe('≥ 86');
    });
  });

  describe('sales dashboard', () => {
    const row = (name: string, key: ActivityColumn, index: number): number => cellNumber(sheet(name), DASH.activity.address(key, index));
    const rep = (name: string, key: SummaryColumn, index: number): number => cellNumber(sheet(name), DASH.reps.address(key, index));
    const cls = (name: string, key: SummaryColumn, index: number): number => cellNumber(sheet(name), DASH.classes.address(key, index));

    it('computes each row as by hand, at 45 € an hour', () => {
      const name = 'dashboard-fr';
      // Rep 1, A: 4 won, 2 lost → 66.7 %; 48 000 € ÷ 4 = 12 000 € basket, against 11 000 € → +9.09 %;
      // 48 000 ÷ 50 000 = 96 %; sales cost 60 h × 45 € + 1 500 € = 4 200 €, for 1 new customer.
      expect(row(name, 'conversion', 0)).toBeCloseTo(4 / 6, 12);
      expect(row(name, 'basket', 0)).toBeCloseTo(12_000, 9);
      expect(row(name, 'basketChange', 0)).toBeCloseTo(12_000 / 11_000 - 1, 12);
      expect(row(name, 'reached', 0)).toBeCloseTo(0.96, 12);
      expect(row(name, 'salesCost', 0)).toBeCloseTo(4_200, 9);
      expect(row(name, 'cac', 0)).toBeCloseTo(4_200, 9);
      // Rep 1, B: 45 h × 45 + 900 = 2 925 € for 3 new customers → 975 €; basket 5 000 against 5 500 → −9.09 %.
      expect(row(name, 'cac', 1)).toBeCloseTo(975, 9);
      expect(row(name, 'basketChange', 1)).toBeCloseTo(5_000 / 5_500 - 1, 12);
      // Rep 2, C: no new customer → no CAC, no #DIV/0!; an empty row shows nothing.
      expect(row(name, 'salesCost', 5)).toBeCloseTo(1_380, 9);
      expect(cellText(sheet(name), DASH.activity.address('cac', 5))).toBe('');
      expect(['conversion', 'basket', 'basketChange', 'reached', 'salesCost', 'cac'].map((key) => cellText(sheet(name), DASH.activity.address(key as ActivityColumn, 6)))).toEqual(['', '', '', '', '', '']);
    });

    it('sums per rep, per class and for the team, and divides the sums', () => {
      const name = 'dashboard-en';
      // Rep 1: 15 won, 13 lost → 15/28; 84 000 € ÷ 15 = 5 600 €; ÷ 83 000 € = 101.2 %; 8 325 € ÷ 8 new = 1 040.63 €.
      expect(rep(name, 'won', 0)).toBe(15);
      expect(rep(name, 'conversion', 0)).toBeCloseTo(15 / 28, 12);
      expect(rep(name, 'basket', 0)).toBeCloseTo(5_600, 9);
      expect(rep(name, 'reached', 0)).toBeCloseTo(84_000 / 83_000, 12);
      expect(rep(name, 'cac', 0)).toBeCloseTo(8_325 / 8, 9);
      // Rep 2: 72 900 € of 81 000 € = 90 %; 8 460 € ÷ 3 new = 2 820 €.
      expect(rep(name, 'reached', 1)).toBeCloseTo(0.9, 12);
      expect(rep(name, 'cac', 1)).toBeCloseTo(2_820, 9);
      expect(cellText(sheet(name), DASH.reps.address('revenue', 2))).toBe('');
      // Team: 156 900 € over 27 deals won; 16 785 € for 11 new customers.
      expect(cellNumber(sheet(name), DASH.reps.totalAddress('revenue'))).toBeCloseTo(156_900, 9);
      expect(cellNumber(sheet(name), DASH.reps.totalAddress('cac'))).toBeCloseTo(16_785 / 11, 9);
      expect(cellNumber(sheet(name), DASH.activity.totalAddress('conversion'))).toBeCloseTo(0.5, 12);
      // Classes: A 7 950 € ÷ 2 = 3 975 €; B 6 255 € ÷ 5 = 1 251 €; C 2 580 € ÷ 4 = 645 €; A basket 87 000 ÷ 7.
      expect([cls(name, 'cac', 0), cls(name, 'cac', 1), cls(name, 'cac', 2)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([3_975, 1_251, 645]);
      expect(cls(name, 'basket', 0)).toBeCloseTo(87_000 / 7, 9);
      expect(cellNumber(sheet(name), DASH.classes.totalAddress('salesCost'))).toBeCloseTo(16_785, 9);
    });

    it('moves with the hourly cost: at 60 € the team’s sales cost is 253 h × 60 + 5 400 = 20 580 €', () => {
      const name = 'dashboard-edited';
      expect(row(name, 'cac', 0)).toBeCloseTo(60 * 60 + 1_500, 9);
      expect(cellNumber(sheet(name), DASH.activity.totalAddress('salesCost'))).toBeCloseTo(20_580, 9);
      expect(cellNumber(sheet(name), DASH.reps.totalAddress('cac'))).toBeCloseTo(20_580 / 11, 9);
    });
  });
});
