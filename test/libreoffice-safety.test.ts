// User text through a real spreadsheet engine: text that looks like a formula, a phone number, a
// signed word or an id with leading zeros must come back from LibreOffice exactly as written — a value,
// never evaluated — while a real formula beside it is computed.
import { describe, expect, it } from 'vitest';
import { cellRange } from '../src/plans/a1.js';
import { formulaCell, SheetPlanBuilder, valueCell } from '../src/plans/sheet-builder.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellText, errorCells, recalculate } from './libreoffice.js';

const TEXTS = ['=1+1', '@SUM(A1)', '+33 6 12 34 56 78', '-foo', '=HYPERLINK("http://example.com","clic")', '00123', "'quoted", '=A2*2', '#N/A text'];

describe('user text in a generated workbook recalculated by LibreOffice', () => {
  it('comes back exactly as written, while a real formula is computed', async () => {
    const plan = assertValidPlan(
      new SheetPlanBuilder({ key: 'safety', version: 1, name: 'Safety', language: 'en' })
        .block(1, 1, TEXTS.map((text) => [valueCell(text)]))
        .block(1, 2, [[formulaCell('1+1')]])
        .style(cellRange(1, 1, TEXTS.length), 'data')
        .build(),
    );
    const written = await writeXlsx([plan]);
    const results = await recalculate([{ name: 'safety', data: written.data }], new Map([['safety', ['Safety']]]));
    const rows = results.get('safety')?.get('Safety') ?? [];
    expect(TEXTS.map((_, i) => cellText(rows, `A${i + 1}`))).toEqual(TEXTS);
    expect(cellText(rows, 'B1')).toBe('2');
    expect(errorCells(rows.map((row) => row.slice(1)))).toEqual([]);
  });
});
