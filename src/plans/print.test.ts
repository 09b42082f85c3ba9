import { describe, expect, it } from 'vitest';
import { columnPoints, pageBreaks, pageHeight, PAGE_FILL, type PageModel } from './print.js';
import { buildChecklistPlan, checklistLayout } from './checklist.js';

/** A portrait sheet one column wide, 20 points a row: 734 points of rows fit an A4 page. */
function model(lastRow: number, repeat?: { first: number; last: number }): PageModel {
  return {
    print: { orientation: 'portrait', fitToWidth: true, ...(repeat === undefined ? {} : { repeatRows: repeat }) },
    columnWidths: new Map([[1, 10]]),
    columnCount: 1,
    rowHeights: new Map(Array.from({ length: lastRow }, (_, i) => [i + 1, 20])),
    lastRow,
  };
}

describe('page breaks from the plan', () => {
  it('measures an A4 page less the margins, scaled down when the columns are wider than the paper', () => {
    expect(pageHeight(model(1))).toBeCloseTo(842 - 108, 6);
    const wide: PageModel = { ...model(1), columnWidths: new Map([[1, 200]]) };
    // 200 characters are at most 1,440 points, on 494.2 points of paper: scaled to 34.3 %.
    expect(columnPoints(200)).toBeCloseTo(1440, 6);
    expect(pageHeight(wide)).toBeCloseTo(734 / ((595 - 100.8) / 1440), 3);
  });

  it('breaks before a group that would be split, not before one that fits', () => {
    // 734 × 0.85 = 623.9 points: 31 rows of 20 fill a page.
    const rowsPerPage = Math.floor((734 * PAGE_FILL) / 20);
    expect(rowsPerPage).toBe(31);
    expect(pageBreaks(model(60), [{ first: 5, last: 10 }])).toEqual([]);
    expect(pageBreaks(model(60), [{ first: 28, last: 35 }])).toEqual([28]);
  });

  it('leaves a group taller than a page to the spreadsheet, and honours the smaller group that starts with it', () => {
    expect(pageBreaks(model(120), [{ first: 20, last: 90 }])).toEqual([]);
    expect(pageBreaks(model(120), [{ first: 20, last: 90 }, { first: 20, last: 23 }])).toEqual([]);
    expect(pageBreaks(model(120), [{ first: 29, last: 90 }, { first: 29, last: 33 }])).toEqual([29]);
  });

  it('counts the repeated header rows on every page after the first', () => {
    // Page 1 holds rows 1–36 (734 points); page 2 starts at row 37 under the 60 points of repeated
    // headers, so row 64 starts 600 points down: a group of 60 points no longer fits the 623.9.
    expect(pageBreaks(model(100, { first: 1, last: 3 }), [{ first: 64, last: 66 }])).toEqual([64]);
    expect(pageBreaks(model(100), [{ first: 64, last: 66 }])).toEqual([]);
  });

  it('starts a page where the builder asks in any case', () => {
    expect(pageBreaks(model(40), [], [12])).toEqual([12]);
  });

  it('breaks the checklist only before a section heading or before the last item of a section', () => {
    const plan = buildChecklistPlan({ language: 'fr' });
    const layout = checklistLayout();
    const allowed = new Set(layout.sections.flatMap((section) => [section.headingRow, section.lastItemRow]));
    const breaks = plan.print?.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(1);
    for (const row of breaks) expect(allowed.has(row), `row ${row}`).toBe(true);
  });
});
