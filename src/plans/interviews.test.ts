import { describe, expect, it } from 'vitest';
import { INTERVIEW_GUIDES } from '../audit/index.js';
import { buildInterviewsPlan, INTERVIEW_COLUMNS, interviewsLayout } from './interviews.js';
import { PlanError, type PlanCell, type SheetPlan } from './types.js';
import { validatePlan } from './validate.js';

function cellAt(plan: SheetPlan, row: number, column: number): PlanCell | undefined {
  for (const block of plan.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

const fr = buildInterviewsPlan({ language: 'fr' });
const layout = interviewsLayout();

describe('buildInterviewsPlan', () => {
  it('builds a valid sheet in French and in English', () => {
    expect(validatePlan(fr)).toEqual([]);
    const en = buildInterviewsPlan({ language: 'en' });
    expect(validatePlan(en)).toEqual([]);
    expect([fr.name, en.name]).toEqual(['Entretiens', 'Interviews']);
  });

  it('lays out the sales guide first (questions on rows 10–22) and the marketing guide below it (rows 30–38)', () => {
    expect(layout.map((guide) => [guide.audience, guide.firstQuestionRow, guide.lastQuestionRow])).toEqual([
      ['sales', 10, 22],
      ['marketing', 30, 38],
    ]);
  });

  it('writes the 13 sales and 9 marketing questions, each with its id, theme and wording', () => {
    INTERVIEW_GUIDES.forEach((guide, g) => {
      const rows = layout[g];
      expect(rows).toBeDefined();
      guide.questions.forEach((question, i) => {
        const row = (rows?.firstQuestionRow ?? 0) + i;
        expect(cellAt(fr, row, INTERVIEW_COLUMNS.id)).toEqual({ value: question.id });
        expect(cellAt(fr, row, INTERVIEW_COLUMNS.theme)).toEqual({ value: question.theme.fr });
        expect(cellAt(fr, row, INTERVIEW_COLUMNS.question)).toEqual({ value: question.label.fr });
      });
    });
    expect(INTERVIEW_GUIDES.map((guide) => guide.questions.length)).toEqual([13, 9]);
  });

  it('gives one answer column per interviewee — the third marked optional — and a themes / notes column', () => {
    const header = [4, 5, 6, 7].map((column) => cellAt(fr, layout[0]?.headerRow ?? 0, column));
    expect(header).toEqual([{ value: 'Personne interrogée 1' }, { value: 'Personne interrogée 2' }, { value: 'Personne interrogée 3 (facultatif)' }, { value: 'Thèmes récurrents / notes' }]);
  });

  it('writes the interviewees’ names as values in the name row of their guide', () => {
    const plan = buildInterviewsPlan({ language: 'fr', interviewees: { marketing: ['=1+1', 'Chloé, responsable marketing'] } });
    const nameRow = layout[1]?.nameRow ?? 0;
    expect(cellAt(plan, nameRow, 4)).toEqual({ value: '=1+1' });
    expect(cellAt(plan, nameRow, 5)).toEqual({ value: 'Chloé, responsable marketing' });
    expect(cellAt(plan, layout[0]?.nameRow ?? 0, 4)).toEqual({ value: null });
  });

  it('refuses more than three interviewees for a guide', () => {
    expect(() => buildInterviewsPlan({ language: 'en', interviewees: { sales: ['a', 'b', 'c', 'd'] } })).toThrow(PlanError);
  });
});
