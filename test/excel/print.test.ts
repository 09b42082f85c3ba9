// What Excel prints: the office-js adapter passes each plan's print titles and page breaks on to the
// sheet's page layout (ExcelApi 1.9), so the printed audit repeats its headers and keeps its blocks.
import { describe, expect, it } from 'vitest';
import { buildAuditPlans } from '../../src/plans/audit.js';
import { checklistLayout } from '../../src/plans/checklist.js';
import { applyPlansTo } from '../../src/workbook/index.js';
import { excelSheetAdapter } from '../../addin/host/sheet-adapter.js';
import { fakeExcel } from './fake-excel.js';

describe('printing from Excel', () => {
  it('sets the print title rows and the page breaks of every plan that has them', async () => {
    const excel = fakeExcel(['Feuil1']);
    const plans = buildAuditPlans({ language: 'fr' });
    const report = await applyPlansTo(excelSheetAdapter(excel.run), plans);
    const sheet = (index: number) => excel.context.workbook.worksheets.getItem(report.sheets[index] ?? '');
    const checklistIndex = plans.findIndex((plan) => plan.key === 'audit.checklist');
    const checklist = sheet(checklistIndex);
    const header = checklistLayout().headerRow;
    expect(checklist.pageLayout.printTitleRows).toBe(`$${header}:$${header}`);
    // Breaks fall on section headings (a page never starts inside a heading's first items).
    const headings = new Set(checklistLayout().sections.flatMap((section) => [section.headingRow, section.lastItemRow]));
    expect(checklist.pageBreakRows.length).toBeGreaterThan(0);
    for (const row of checklist.pageBreakRows) expect(headings.has(row), `break before row ${row}`).toBe(true);
    plans.forEach((plan, i) => {
      expect(sheet(i).pageBreakRows, plan.key).toEqual(plan.print?.pageBreaks ?? []);
    });
  });
});
