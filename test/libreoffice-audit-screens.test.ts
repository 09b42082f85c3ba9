// Renders the audit sheets (summary, checklist, interview guides) through LibreOffice (recalculated)
// to PDF, then to PNG pages in .tmp/screens/, in French and English, for a person to look at: they
// must read like a consultant's deliverable. A few answers are filled in so that the summary shows
// figures, colours and priorities.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../src/cells/errors.js';
import { buildChecklistPlan, type ChecklistEntry } from '../src/plans/checklist.js';
import { buildInterviewsPlan } from '../src/plans/interviews.js';
import { buildSummaryPlan } from '../src/plans/summary.js';
import type { SheetPlan } from '../src/plans/types.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { renderScreens } from './libreoffice.js';

function entries(language: Language): Readonly<Record<string, ChecklistEntry>> {
  const fr = language === 'fr';
  return {
    '1.01': { answer: fr ? 'Site web, salons, recommandations de clients' : 'Website, trade shows, customer referrals', maturity: 2, status: 'done', evidence: fr ? 'Rapport Google Analytics 2024' : 'Google Analytics report 2024', owner: fr ? 'Dirigeant' : 'CEO' },
    '1.02': { answer: fr ? 'Oui' : 'Yes', maturity: 3, status: 'in_progress' },
    '1.07': { answer: fr ? 'Non' : 'No', maturity: 0, status: 'todo', owner: fr ? 'Resp. commercial' : 'Sales manager' },
    '2.02': { answer: 120, maturity: 1 },
    '2.06': { answer: 0.12, maturity: 1 },
    '4.03': { answer: fr ? 'Haute' : 'High', maturity: 3 },
    '6.01': { answer: fr ? 'Mensuelles' : 'Monthly', maturity: 1 },
    '8.02': { answer: 0.08, maturity: 2 },
  };
}

function sheets(language: Language): { name: string; plans: SheetPlan[]; pages: number }[] {
  const comment = language === 'fr' ? 'Processus clair mais non écrit ; relances à systématiser.' : 'A clear process, not written down; follow-ups to make systematic.';
  const checklist = buildChecklistPlan({ language, entries: entries(language), comments: { 'sales-process': comment } });
  return [
    // The summary reads the checklist: both go in, the summary's page comes first.
    { name: `audit-summary-${language}`, plans: [buildSummaryPlan({ language }), checklist], pages: 1 },
    { name: `audit-checklist-${language}`, plans: [checklist], pages: 6 },
    { name: `audit-interviews-${language}`, plans: [buildInterviewsPlan({ language, interviewees: { sales: ['Julie Martin, commerciale', 'Karim B., KAM'] } })], pages: 3 },
  ];
}

describe('screens of the audit sheets', () => {
  it('renders the summary, the checklist and the interview guides to PNG pages, in French and English', async () => {
    const workbooks = [...sheets('fr'), ...sheets('en')];
    const images: string[] = [];
    for (const pages of [1, 3, 6]) {
      const batch = workbooks.filter((workbook) => workbook.pages === pages);
      const files = await Promise.all(batch.map(async (workbook) => ({ name: workbook.name, data: (await writeXlsx(workbook.plans)).data })));
      images.push(...(await renderScreens(files, path.resolve(process.cwd(), '.tmp/screens'), pages, 100)));
    }
    for (const workbook of workbooks) expect(images.some((image) => path.basename(image).startsWith(`${workbook.name}-`)), workbook.name).toBe(true);
  });
});
