// The action plan recalculated by LibreOffice, in one soffice run: built alone (French and English: no
// summary, so empty proposals and no error), in the audit workbook unanswered (the summary is found but
// ranks nothing yet), and in the audit workbook with the checklist answered so that sections 3, 6 and 8
// score lowest, a team typed in the summary and a few actions filled in (French and English). The
// computed cells equal the values worked by hand in the comments. The sheet is also printed to PDF and
// kept as PNG images in .tmp/screens/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_SECTIONS } from '../src/audit/checklist.js';
import type { Language } from '../src/cells/errors.js';
import { buildAuditPlans } from '../src/plans/audit.js';
import { checklistLayout, CHECKLIST_COLUMNS } from '../src/plans/checklist.js';
import { cellAddress } from '../src/plans/a1.js';
import { ACTION_PLAN_KEY, buildActionPlan, PARAMETER_COLUMN, SUGGESTED_ACTIONS } from '../src/plans/planning/action-plan.js';
import { SUMMARY_PLAN_KEY } from '../src/plans/summary.js';
import { teamNamesRange } from '../src/plans/team.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, type CheckedWorkbook, editCells, errorCells, recalculateAndPrint } from './libreoffice.js';

const LAYOUT = buildActionPlan({ language: 'fr' }).layout;
const { actions, owners, quadrants } = LAYOUT;
/** The parameter cell of a row (column D). */
const parameter = (row: number): string => cellAddress(row, PARAMETER_COLUMN);

/** Maturity typed for every item of each section (1 to 8): section 3 lowest, then 6 and 8 (tie broken by the grid's order). */
const MATURITY_BY_SECTION = [3, 2, 0, 2, 2, 1, 2, 1];
const WORDS = {
  fr: { yes: 'Oui', no: 'Non', done: 'Fait', inProgress: 'En cours' },
  en: { yes: 'Yes', no: 'No', done: 'Done', inProgress: 'In progress' },
} as const;

/** The audit workbook with the action plan first (so that it prints first), its plans by key. */
function auditWorkbook(language: Language): SheetPlan[] {
  return [buildActionPlan({ language }).plan, ...buildAuditPlans({ language })].map((plan) => assertValidPlan(plan));
}

/** Answers the checklist, types a team in the summary and fills two proposals; the threshold goes from 3 to 5. */
async function answered(language: Language, plans: readonly SheetPlan[], data: Uint8Array): Promise<Uint8Array> {
  const named = (key: string): string => plans.find((plan) => plan.key === key)?.name ?? '';
  const checklist = checklistLayout();
  const maturities: Record<string, number> = {};
  AUDIT_SECTIONS.forEach((section, s) => {
    for (const item of section.items) {
      const row = checklist.itemRows.get(item.id);
      if (row !== undefined) maturities[cellAddress(row, CHECKLIST_COLUMNS.maturity)] = MATURITY_BY_SECTION[s] ?? 0;
    }
  });
  const team = teamNamesRange();
  const w = WORDS[language];
  let edited = await editCells(data, named('audit.checklist'), maturities);
  edited = await editCells(edited, named(SUMMARY_PLAN_KEY), { [`A${team.row}`]: 'Commercial 1', [`A${team.row + 1}`]: 'Marketing', [`A${team.row + 2}`]: 'Direction' });
  const at = (key: Parameters<typeof actions.address>[0], index: number): string => actions.address(key, index);
  return editCells(edited, named(ACTION_PLAN_KEY), {
    // Proposal 1: Marketing, one R and one A, urgent (5) and important, done at 100 %.
    [at('owner', 0)]: 'Marketing',
    [at('r', 0)]: 'X',
    [at('a', 0)]: 'Direction',
    [at('urgency', 0)]: 5,
    [at('importance', 0)]: w.yes,
    [at('status', 0)]: w.done,
    [at('progress', 0)]: 1,
    // Proposal 2: two people as R, neither urgent nor important, due 15/01/2026 (past), in progress at 20 %.
    [at('owner', 1)]: 'Commercial 1',
    [at('r', 1)]: 'Commercial 1, Marketing',
    [at('a', 1)]: 'Direction',
    [at('urgency', 1)]: w.no,
    [at('importance', 1)]: w.no,
    [at('due', 1)]: 46037,
    [at('status', 1)]: w.inProgress,
    [at('progress', 1)]: 0.2,
    // A high score from 5 on: the first example (urgency 4, importance 5) is no longer urgent.
    [parameter(LAYOUT.thresholdRow)]: 5,
  });
}

/** The action plan's rows by workbook name. */
const sheets = new Map<string, string[][]>();

beforeAll(async () => {
  /** Each workbook under its short name, the action plan's sheet name first among the sheets read. */
  const files: (CheckedWorkbook & { readonly short: string })[] = [];
  const add = (short: string, data: Uint8Array, sheetNames: readonly string[]): void => {
    files.push({ short, name: `action-plan-${short}`, data, sheets: sheetNames });
  };
  let unanswered: Parameters<typeof add> | undefined;
  for (const language of ['fr', 'en'] as const) {
    const alone = assertValidPlan(buildActionPlan({ language }).plan);
    add(`alone-${language}`, (await writeXlsx([alone])).data, [alone.name]);
    const plans = auditWorkbook(language);
    const written = (await writeXlsx(plans)).data;
    const sheetNames = plans.map((plan) => plan.name);
    if (language === 'fr') unanswered = ['audit-fr', written, sheetNames];
    add(`answered-${language}`, await answered(language, plans, written), sheetNames);
  }
  // The unanswered audit workbook is recalculated but not printed: it comes last.
  if (unanswered !== undefined) add(...unanswered);
  const batch = await recalculateAndPrint(files, files.length - 1, 2);
  for (const file of files) {
    const rows = batch.rows(file.name, file.sheets[0] ?? '');
    if (rows.length > 0) sheets.set(file.short, rows);
  }
}, 240_000);

const sheet = (name: string): string[][] => sheets.get(name) ?? [];
const text = (name: string, address: string): string => cellText(sheet(name), address);
const number = (name: string, address: string): number => cellNumber(sheet(name), address);

describe('the action plan recalculated by LibreOffice', () => {
  it('shows no error value, alone, in the audit workbook and answered', () => {
    expect(sheets.size).toBe(5);
    for (const [name, rows] of sheets) {
      expect(rows.length, name).toBeGreaterThan(50);
      expect(errorCells(rows), name).toEqual([]);
    }
  });

  it('alone: no summary found, empty proposals, the examples placed and counted by quadrant', () => {
    for (const [name, w] of [['alone-fr', WORDS.fr], ['alone-en', WORDS.en]] as const) {
      expect(text(name, parameter(LAYOUT.foundRow))).toBe(w.no);
      for (let i = 0; i < 3; i++) {
        expect(text(name, actions.address('theme', i))).toBe('');
        expect(text(name, actions.address('action', i))).toBe('');
        expect(text(name, actions.address('raci', i))).toBe('');
      }
      // Example 1: R "X", A "Direction" → OK; urgency 4 and importance 5 ≥ 3 → Do; due 15/01/2026, in progress → overdue.
      expect(text(name, actions.address('raci', 3))).toBe('OK');
      expect(text(name, actions.address('late', 3))).toBe(w.yes);
      // Example 2: not urgent, important → Schedule; due 30/06/2030 → not overdue.
      expect(text(name, actions.address('late', 4))).toBe('');
      // No team without the summary: the per-owner table is empty.
      expect(text(name, owners.address('name', 0))).toBe('');
      expect(number(name, owners.totalAddress('actions'))).toBe(0);
    }
    expect(text('alone-fr', actions.address('quadrant', 3))).toBe('Faire');
    expect(text('alone-fr', actions.address('quadrant', 4))).toBe('Planifier');
    expect(text('alone-en', actions.address('quadrant', 3))).toBe('Do');
    expect(text('alone-en', actions.address('quadrant', 4))).toBe('Schedule');
    // Per quadrant: Do 1 action, 1 overdue, 50 %; Schedule 1 action, 0 %; Delegate and Drop none; total 2, (0.5 + 0) / 2 = 25 %.
    const name = 'alone-en';
    expect([0, 1, 2, 3].map((i) => number(name, quadrants.address('actions', i)))).toEqual([1, 1, 0, 0]);
    expect([0, 1, 2, 3].map((i) => number(name, quadrants.address('late', i)))).toEqual([1, 0, 0, 0]);
    expect(number(name, quadrants.address('progress', 0))).toBeCloseTo(0.5, 12);
    expect(number(name, quadrants.address('progress', 1))).toBeCloseTo(0, 12);
    expect(text(name, quadrants.address('progress', 2))).toBe('');
    expect(number(name, quadrants.totalAddress('actions'))).toBe(2);
    expect(number(name, quadrants.totalAddress('progress'))).toBeCloseTo(0.25, 12);
  });

  it('in the audit workbook unanswered: the summary is found but proposes nothing yet', () => {
    expect(text('audit-fr', parameter(LAYOUT.foundRow))).toBe('Oui');
    for (let i = 0; i < 3; i++) expect(text('audit-fr', actions.address('theme', i))).toBe('');
    expect(text('audit-fr', owners.address('name', 0))).toBe('');
  });

  it('answered: proposes the actions of sections 3, 6 and 8 with their maturity', () => {
    for (const language of ['fr', 'en'] as const) {
      const name = `answered-${language}`;
      [2, 5, 7].forEach((s, i) => {
        const section = AUDIT_SECTIONS[s];
        expect(text(name, actions.address('theme', i))).toBe(`${section?.number ?? ''}. ${section?.title[language] ?? ''}`);
        expect(text(name, actions.address('action', i))).toBe(SUGGESTED_ACTIONS[s]?.[language]);
        expect(number(name, actions.address('score', i))).toBe(MATURITY_BY_SECTION[s]);
      });
    }
  });

  it('answered: checks the RACI, places the actions with the new threshold, counts per owner and per quadrant', () => {
    const name = 'answered-fr';
    expect(text(name, actions.address('raci', 0))).toBe('OK');
    expect(text(name, actions.address('raci', 1))).toBe('Un seul R');
    expect(text(name, actions.address('raci', 2))).toBe('Pas de R');
    // Threshold 5: proposal 1 (5, Oui) → Faire; proposal 2 (Non, Non) → Abandonner; example 1 (4, 5) → Planifier.
    expect(text(name, actions.address('quadrant', 0))).toBe('Faire');
    expect(text(name, actions.address('quadrant', 1))).toBe('Abandonner');
    expect(text(name, actions.address('quadrant', 2))).toBe('');
    expect(text(name, actions.address('quadrant', 3))).toBe('Planifier');
    expect(text('answered-en', actions.address('quadrant', 1))).toBe('Drop');
    expect(text(name, actions.address('late', 1))).toBe('Oui');
    // The team read from the summary.
    expect([0, 1, 2, 3].map((i) => text(name, owners.address('name', i)))).toEqual(['Commercial 1', 'Marketing', 'Direction', '']);
    // Commercial 1: proposal 2 (20 %, overdue) and example 1 (50 %, overdue) → 2 actions, 0 done, 2 overdue, 35 %.
    // Marketing: proposal 1 (done, 100 %) and example 2 (0 %) → 2 actions, 1 done, 0 overdue, 50 %. Direction: none.
    expect([0, 1, 2].map((i) => number(name, owners.address('actions', i)))).toEqual([2, 2, 0]);
    expect([0, 1].map((i) => number(name, owners.address('done', i)))).toEqual([0, 1]);
    expect([0, 1].map((i) => number(name, owners.address('late', i)))).toEqual([2, 0]);
    expect(number(name, owners.address('progress', 0))).toBeCloseTo(0.35, 12);
    expect(number(name, owners.address('progress', 1))).toBeCloseTo(0.5, 12);
    expect(text(name, owners.address('progress', 2))).toBe('');
    // Total: 4 actions, 1 done, 2 overdue, (2 × 0.35 + 2 × 0.5) / 4 = 42.5 %.
    expect(number(name, owners.totalAddress('actions'))).toBe(4);
    expect(number(name, owners.totalAddress('progress'))).toBeCloseTo(0.425, 12);
    // Per quadrant: Faire 1 (done, 100 %); Planifier 2 (examples, 1 overdue, 25 %); Déléguer 0; Abandonner 1 (overdue, 20 %).
    expect([0, 1, 2, 3].map((i) => number(name, quadrants.address('actions', i)))).toEqual([1, 2, 0, 1]);
    expect([0, 1, 2, 3].map((i) => number(name, quadrants.address('done', i)))).toEqual([1, 0, 0, 0]);
    expect([0, 1, 2, 3].map((i) => number(name, quadrants.address('late', i)))).toEqual([0, 1, 0, 1]);
    expect(number(name, quadrants.address('progress', 1))).toBeCloseTo(0.25, 12);
    expect(number(name, quadrants.address('progress', 3))).toBeCloseTo(0.2, 12);
    // Total: 4 placed actions (proposal 3 has no urgency yet), (1 + 2 × 0.25 + 0.2) / 4 = 42.5 %.
    expect(number(name, quadrants.totalAddress('actions'))).toBe(4);
    expect(number(name, quadrants.totalAddress('progress'))).toBeCloseTo(0.425, 12);
  });
});
