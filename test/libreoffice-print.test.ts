// Every generated sheet printed to PDF by LibreOffice (recalculated), in ONE conversion shared by
// every check below: LibreOffice costs seconds to start. What a person holding the printed workbook
// checks: the column headers of a long table on every page, a heading never alone at the bottom of a
// page (a checklist section with its first items, its comment block with its last item, an interview
// guide's header with its questions), no "###" where a number is too wide for its column, counts
// without decimals, and nothing cut. PNG images of the pages are kept in .tmp/screens/ (the test
// artefacts) for a person to look at.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCdnowMaster } from '../bench/cdnow.js';
import { AUDIT_SECTIONS } from '../src/audit/checklist.js';
import { INTERVIEW_GUIDES } from '../src/audit/interviews.js';
import { isSheetError, type Language, type SheetError } from '../src/cells/errors.js';
import { aggregateTransactions } from '../src/metrics/rfm/index.js';
import { buildWeightedAbcPlan } from '../src/plans/abc-weighted.js';
import { buildAuditPlans, buildSegmentationPlans } from '../src/plans/audit.js';
import type { ChecklistEntry } from '../src/plans/checklist.js';
import { buildClvPlan } from '../src/plans/clv.js';
import type { SheetPlan } from '../src/plans/types.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { printWorkbooks, type PrintedWorkbook } from './libreoffice.js';

function ok<T>(result: T | SheetError): T {
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

function entries(language: Language): Readonly<Record<string, ChecklistEntry>> {
  const fr = language === 'fr';
  return {
    '1.01': { answer: fr ? 'Site web, salons, recommandations de clients' : 'Website, trade shows, customer referrals', maturity: 2, status: 'done', evidence: fr ? 'Rapport Google Analytics 2024' : 'Google Analytics report 2024', owner: fr ? 'Dirigeant' : 'CEO' },
    '1.02': { answer: fr ? 'Oui' : 'Yes', maturity: 3, status: 'in_progress' },
    '1.07': { answer: fr ? 'Non' : 'No', maturity: 0, status: 'todo', owner: fr ? 'Resp. commercial' : 'Sales manager' },
    '2.02': { answer: 120, maturity: 1 },
    '4.03': { answer: fr ? 'Haute' : 'High', maturity: 3 },
    '6.01': { answer: fr ? 'Mensuelles' : 'Monthly', maturity: 1 },
  };
}

function auditPlans(language: Language): SheetPlan[] {
  const comment = language === 'fr' ? 'Processus clair mais non écrit ; relances à systématiser.' : 'A clear process, not written down; follow-ups to make systematic.';
  return buildAuditPlans({
    language,
    entries: entries(language),
    comments: { 'sales-process': comment },
    interviewees: { sales: ['Julie Martin, commerciale', 'Karim B., KAM'] },
  });
}

const transactions = readCdnowMaster(600);
const table = ok(aggregateTransactions(transactions));
const WORKBOOKS: readonly { readonly name: string; readonly plans: readonly SheetPlan[] }[] = [
  { name: 'print-audit-fr', plans: auditPlans('fr') },
  { name: 'print-audit-en', plans: auditPlans('en') },
  { name: 'print-segments-fr', plans: ok(buildSegmentationPlans({ language: 'fr', table })) },
  { name: 'print-segments-en', plans: ok(buildSegmentationPlans({ language: 'en', table })) },
  { name: 'print-abc-weighted-fr', plans: [buildWeightedAbcPlan({ language: 'fr' })] },
  { name: 'print-clv-fr', plans: [ok(buildClvPlan({ language: 'fr', transactions })).plan] },
];

/** The printed pages of one sheet, told apart by the footer every page carries ("<sheet> — 2 / 5"). */
interface PrintedSheet {
  readonly plan: SheetPlan;
  readonly pages: readonly string[];
}

let printed: PrintedWorkbook[] = [];
const sheets = new Map<string, PrintedSheet>();

function sheetPages(workbook: PrintedWorkbook, plans: readonly SheetPlan[]): Map<string, PrintedSheet> {
  const found = new Map<string, PrintedSheet>();
  for (const plan of plans) {
    const footer = new RegExp(`^\\s*${escape(plan.name)} — \\d+ / \\d+\\s*$`, 'm');
    found.set(`${workbook.name}/${plan.key}`, { plan, pages: workbook.pages.filter((page) => footer.test(page)) });
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sheet(workbook: string, key: string): PrintedSheet {
  const found = sheets.get(`${workbook}/${key}`);
  if (found === undefined) throw new Error(`no printed sheet ${workbook}/${key}`);
  return found;
}

/** The page (0-based) where a text first shows, or -1. */
function pageOf(pages: readonly string[], text: string | RegExp): number {
  return pages.findIndex((page) => (typeof text === 'string' ? page.includes(text) : text.test(page)));
}

beforeAll(async () => {
  const files = await Promise.all(WORKBOOKS.map(async (workbook) => ({ name: workbook.name, data: (await writeXlsx(workbook.plans)).data })));
  printed = await printWorkbooks(files, path.resolve(process.cwd(), '.tmp/screens'), 14);
  WORKBOOKS.forEach((workbook, i) => {
    const pdf = printed[i];
    if (pdf === undefined) throw new Error(workbook.name);
    for (const [key, value] of sheetPages(pdf, workbook.plans)) sheets.set(key, value);
  });
}, 240_000);

describe('every generated sheet printed by LibreOffice', () => {
  it('prints every sheet on pages of its own, each with its footer, and keeps images of them', () => {
    for (const workbook of WORKBOOKS) {
      const pdf = printed.find((candidate) => candidate.name === workbook.name);
      expect(pdf?.images.length, workbook.name).toBeGreaterThan(0);
      let footed = 0;
      for (const plan of workbook.plans) {
        const pages = sheet(workbook.name, plan.key).pages;
        expect(pages.length, `${workbook.name}/${plan.key}`).toBeGreaterThan(0);
        footed += pages.length;
      }
      expect(footed, workbook.name).toBe(pdf?.pages.length);
    }
  });

  it('never shows ### where a number is too wide for its column', () => {
    for (const pdf of printed) {
      pdf.pages.forEach((page, i) => {
        expect(page.includes('###'), `${pdf.name} page ${i + 1}`).toBe(false);
      });
    }
  });

  it('repeats the column headers of a long table at the top of each of its pages', () => {
    // The header row as printed: its words in order on one line of text.
    const long: [string, string, RegExp][] = [
      ['print-segments-fr', 'abc', /Rang\s+Client\s.*Classe/],
      ['print-segments-fr', 'rfm.customers', /Client\s+Dernier achat\s.*Montant/],
      ['print-segments-fr', 'rfm.parameters', /Code RFM\s+Segment/],
      ['print-segments-en', 'abc', /Rank\s+Customer\s.*Class/],
      ['print-segments-en', 'rfm.customers', /Customer\s+Last purchase\s.*Monetary/],
      ['print-audit-fr', 'audit.checklist', /N°\s+Question\s+Repères/],
      ['print-audit-en', 'audit.checklist', /No\.\s+Question\s+What to look for/],
      ['print-clv-fr', 'clv', /Client\s+Segment RFM\s+x\s+t_x/],
    ];
    for (const [workbook, key, header] of long) {
      const { pages, plan } = sheet(workbook, key);
      expect(plan.print?.repeatRows, key).toBeDefined();
      // From the page where the table starts (a table may follow smaller ones) to the last.
      const start = pages.findIndex((page) => header.test(page));
      expect(start, `${workbook}/${key} prints its table`).toBeGreaterThanOrEqual(0);
      expect(pages.length - start, `${workbook}/${key}: the table is longer than a page`).toBeGreaterThan(1);
      pages.slice(start + 1).forEach((page, i) => {
        expect(header.test(page), `${workbook}/${key} page ${start + i + 2} repeats the header`).toBe(true);
      });
    }
  });

  it('prints no header row of a long table on its pages when the plan sets no print titles (the check can fail)', () => {
    // The KPI sheet sets none: its headers print once each.
    const kpi = sheet('print-audit-fr', 'kpi');
    expect(kpi.plan.print?.repeatRows).toBeUndefined();
    expect(kpi.pages.filter((page) => /Canal\s+Dépenses/.test(page))).toHaveLength(1);
  });

  it('keeps each checklist section heading on the page of its first items, and its comment block with its last item', () => {
    for (const language of ['fr', 'en'] as const) {
      const { pages } = sheet(`print-audit-${language}`, 'audit.checklist');
      expect(pages.length).toBeGreaterThan(2);
      for (const section of AUDIT_SECTIONS) {
        const heading = pageOf(pages, `${section.number}. ${section.title[language]}`);
        const first = section.items[0]?.id ?? '';
        const last = section.items[section.items.length - 1]?.id ?? '';
        const itemLine = (id: string): RegExp => new RegExp(`^\\s*${escape(id)}\\s`, 'm');
        expect(heading, `section ${section.number} heading`).toBeGreaterThanOrEqual(0);
        expect(pageOf(pages, itemLine(first)), `section ${section.number}: first item ${first}`).toBe(heading);
        // The comment block follows the last item on its page.
        const lastPage = pageOf(pages, itemLine(last));
        const page = pages[lastPage] ?? '';
        const after = page.slice(page.search(itemLine(last)));
        expect(after, `section ${section.number}: comment block after item ${last}`).toContain(section.commentLabel[language]);
      }
    }
  });

  it('keeps each interview guide heading and header on the page of its first questions', () => {
    for (const language of ['fr', 'en'] as const) {
      const { pages } = sheet(`print-audit-${language}`, 'audit.interviews');
      for (const guide of INTERVIEW_GUIDES) {
        const heading = pageOf(pages, guide.title[language]);
        expect(heading, guide.audience).toBeGreaterThanOrEqual(0);
        for (const question of guide.questions.slice(0, 2)) expect(pageOf(pages, new RegExp(`^\\s*${question.id}\\s`, 'm')), question.id).toBe(heading);
      }
    }
  });

  it('sets the page breaks of the plan at block boundaries, and LibreOffice prints them there', () => {
    const { plan, pages } = sheet('print-audit-fr', 'audit.checklist');
    const breaks = plan.print?.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    // Each explicit break starts a page: at least as many pages as breaks + 1.
    expect(pages.length).toBeGreaterThanOrEqual(breaks.length + 1);
  });

  it('prints counts as whole numbers and LTV:CAC as a multiple', () => {
    const kpi = sheet('print-audit-fr', 'kpi').pages.join('\n');
    expect(kpi).toMatch(/\d,\d×/);
    const kpiEn = sheet('print-audit-en', 'kpi').pages.join('\n');
    expect(kpiEn).toMatch(/\d\.\d×/);
    const parameters = sheet('print-segments-fr', 'rfm.parameters').pages[0] ?? '';
    // The cut points of recency (days) and frequency (orders) are counts.
    const cutLine = parameters.split('\n').find((line) => /^\s*1\s/.test(line)) ?? '';
    expect(cutLine).not.toMatch(/\d[.,]00\b/);
  });
});
