import { describe, expect, it } from 'vitest';
import { AUDIT_ITEMS, AUDIT_SECTIONS } from '../audit/index.js';
import { dayFromCivil } from '../cells/dates.js';
import { buildChecklistPlan, CHECKLIST_COLUMNS, checklistLayout } from './checklist.js';
import { PlanError, type PlanCell, type SheetPlan, type ValidationRange } from './types.js';
import { validatePlan } from './validate.js';

/** The cell of a plan at (row, column), looked up through its blocks. */
function cellAt(plan: SheetPlan, row: number, column: number): PlanCell | undefined {
  for (const block of plan.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

function validationAt(plan: SheetPlan, row: number, column: number): ValidationRange | undefined {
  return plan.validations.find(
    (v) => row >= v.range.row && row < v.range.row + v.range.rowCount && column >= v.range.column && column < v.range.column + v.range.columnCount,
  );
}

function formatAt(plan: SheetPlan, row: number, column: number): string | undefined {
  return plan.numberFormats.filter((f) => row >= f.range.row && row < f.range.row + f.range.rowCount && column >= f.range.column && column < f.range.column + f.range.columnCount).at(-1)?.format;
}

function textAt(plan: SheetPlan, row: number, column: number): string {
  const cell = cellAt(plan, row, column);
  return cell !== undefined && 'value' in cell && typeof cell.value === 'string' ? cell.value : '';
}

const fr = buildChecklistPlan({ language: 'fr' });
const layout = checklistLayout();
const rowOf = (id: string): number => layout.itemRows.get(id) ?? 0;

describe('buildChecklistPlan', () => {
  it('builds a valid sheet in French and in English', () => {
    expect(validatePlan(fr)).toEqual([]);
    const en = buildChecklistPlan({ language: 'en' });
    expect(validatePlan(en)).toEqual([]);
    expect([fr.name, en.name]).toEqual(["Grille d’audit", 'Audit checklist']);
  });

  it('places section 1 under the frozen header: heading on row 6, its line on 7, its 11 items on rows 8–18, the comment block on 19', () => {
    expect(layout.headerRow).toBe(5);
    expect(layout.sections[0]).toEqual({ number: 1, id: 'sales-process', headingRow: 6, firstItemRow: 8, lastItemRow: 18, commentRow: 19 });
    // Section 2 starts after an empty row: heading 21, line 22, 12 items on rows 23–34.
    expect(layout.sections[1]).toMatchObject({ headingRow: 21, firstItemRow: 23, lastItemRow: 34, commentRow: 35 });
    expect(fr.freeze).toEqual({ rows: 5, columns: 2 });
  });

  it('writes every one of the 59 items on its own row, in the grid order, with its id and question', () => {
    const rows = AUDIT_ITEMS.map((item) => rowOf(item.id));
    expect(rows).toHaveLength(59);
    expect(new Set(rows).size).toBe(59);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    for (const item of AUDIT_ITEMS) {
      expect(cellAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.id)).toEqual({ value: item.id });
      expect(textAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.question)).toContain(item.label.fr);
    }
  });

  it('heads each of the 8 sections with its number and title and closes it with the auditor’s comment block', () => {
    AUDIT_SECTIONS.forEach((section, s) => {
      const rows = layout.sections[s];
      expect(rows).toBeDefined();
      if (rows === undefined) return;
      expect(cellAt(fr, rows.headingRow, 1)).toEqual({ value: `${section.number}. ${section.title.fr}` });
      expect(cellAt(fr, rows.commentRow, 1)).toEqual({ value: 'Commentaires de l’auditeur' });
      expect(fr.merges).toContainEqual({ row: rows.commentRow, column: 3, rowCount: 1, columnCount: 7 });
      const parts = section.items.reduce((sum, item) => sum + (item.parts?.length ?? 0), 0);
      expect(rows.lastItemRow - rows.firstItemRow + 1).toBe(section.items.length + parts);
    });
  });

  it('offers a Oui / Non list for a yes-no answer (1.02) and the choices for a one-value choice (4.03)', () => {
    expect(validationAt(fr, rowOf('1.02'), CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'list', values: ['Oui', 'Non'] });
    expect(validationAt(fr, rowOf('4.03'), CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'list', values: ['Haute', 'Moyenne', 'Faible'] });
  });

  it('formats a rate answer (2.06) as a percentage between 0 and 100 %', () => {
    expect(formatAt(fr, rowOf('2.06'), CHECKLIST_COLUMNS.answer)).toBe('percent');
    expect(validationAt(fr, rowOf('2.06'), CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'decimal', min: 0, max: 1 });
  });

  it('asks a number with its unit beside the question (1.08 in days, 2.05 in €)', () => {
    expect(textAt(fr, rowOf('1.08'), CHECKLIST_COLUMNS.question)).toMatch(/\(jours\)$/);
    expect(validationAt(fr, rowOf('1.08'), CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'decimal', min: 0, max: 1e12 });
    expect(formatAt(fr, rowOf('2.05'), CHECKLIST_COLUMNS.answer)).toBe('currency');
  });

  it('leaves a free-text answer (1.01) free, and ticks the marketing goals (3.01) one Oui / Non row each, counted on the item’s row', () => {
    expect(validationAt(fr, rowOf('1.01'), CHECKLIST_COLUMNS.answer)).toBeUndefined();
    const first = rowOf('3.01') + 1;
    ['Visibilité', 'Acquisition', 'Fidélisation', 'Recrutement', 'Notoriété'].forEach((choice, i) => {
      expect(textAt(fr, first + i, CHECKLIST_COLUMNS.question)).toBe(`– ${choice}`);
      expect(validationAt(fr, first + i, CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'list', values: ['Oui', 'Non'] });
    });
    expect(textAt(fr, first + 5, CHECKLIST_COLUMNS.question)).toBe('– Autres (précisez)');
    expect(validationAt(fr, first + 5, CHECKLIST_COLUMNS.answer)).toBeUndefined();
    const d = (row: number): string => `D${row}`;
    expect(cellAt(fr, rowOf('3.01'), CHECKLIST_COLUMNS.answer)).toEqual({
      formula: `IF(COUNTA(${d(first)}:${d(first + 5)})=0,"",${[0, 1, 2, 3, 4].map((i) => `COUNTIF(${d(first + i)},"Oui")`).join('+')}+IF(${d(first + 5)}="",0,1))`,
    });
  });

  it('asks whether churn is measured (8.02, Oui / Non) and its rate on the row under it (a %)', () => {
    expect(validationAt(fr, rowOf('8.02'), CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'list', values: ['Oui', 'Non'] });
    const rate = checklistLayout().partRows.get('8.02a') ?? 0;
    expect(rate).toBe(rowOf('8.02') + 1);
    expect(textAt(fr, rate, CHECKLIST_COLUMNS.id)).toBe('8.02a');
    expect(validationAt(fr, rate, CHECKLIST_COLUMNS.answer)?.rule).toEqual({ kind: 'decimal', min: 0, max: 1 });
  });

  it('rates every item 0–3 (a whole number, anything else refused) and follows it as À faire / En cours / Fait', () => {
    for (const item of AUDIT_ITEMS) {
      const maturity = validationAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.maturity);
      expect(maturity?.rule).toEqual({ kind: 'wholeNumber', min: 0, max: 3 });
      expect(maturity?.strict).toBe(true);
      expect(validationAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.status)?.rule).toEqual({ kind: 'list', values: ['À faire', 'En cours', 'Fait'] });
      expect(validationAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.due)?.rule).toEqual({ kind: 'date' });
    }
    expect(validationAt(buildChecklistPlan({ language: 'en' }), rowOf('1.01'), CHECKLIST_COLUMNS.status)?.rule).toEqual({ kind: 'list', values: ['To do', 'In progress', 'Done'] });
  });

  it('writes known entries as values: text that looks like a formula stays text, the status as its label, the due date as a serial', () => {
    const plan = buildChecklistPlan({
      language: 'fr',
      entries: { '1.01': { answer: '=1+1', maturity: 2, status: 'in_progress', evidence: '@SUM(A1)', owner: '+33 6 12 34 56 78', due: dayFromCivil(2025, 3, 31) } },
      comments: { 'sales-process': '=HYPERLINK("http://example.com")' },
    });
    const row = rowOf('1.01');
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.answer)).toEqual({ value: '=1+1' });
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.maturity)).toEqual({ value: 2 });
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.status)).toEqual({ value: 'En cours' });
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.evidence)).toEqual({ value: '@SUM(A1)' });
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.owner)).toEqual({ value: '+33 6 12 34 56 78' });
    expect(cellAt(plan, row, CHECKLIST_COLUMNS.due)).toEqual({ value: 45747 }); // 31/03/2025 in Excel's serials
    expect(cellAt(plan, 19, 3)).toEqual({ value: '=HYPERLINK("http://example.com")' });
    // Values only, but for the count of the marketing goals ticked.
    expect(plan.blocks.flatMap((block) => block.cells.flat()).filter((cell) => 'formula' in cell)).toHaveLength(1);
  });

  it('refuses an entry for an item the grid does not have', () => {
    expect(() => buildChecklistPlan({ language: 'fr', entries: { '9.99': { answer: 'Oui' } } })).toThrow(PlanError);
  });

  it('refuses a comment for a section the grid does not have', () => {
    expect(() => buildChecklistPlan({ language: 'fr', comments: { pricing: 'À revoir' } })).toThrow(/Unknown section comment id\(s\): pricing/);
  });

  it('refuses a maturity outside 0–3', () => {
    const entries = JSON.parse('{"1.01":{"maturity":4}}') as Parameters<typeof buildChecklistPlan>[0]['entries'];
    expect(() => buildChecklistPlan({ language: 'fr', ...(entries === undefined ? {} : { entries }) })).toThrow(/0, 1, 2 or 3 \(got 4\)/);
  });

  it('writes the body in as many blocks whatever is filled in, and prints landscape on one page width, the column headers on every page', () => {
    const filled = buildChecklistPlan({ language: 'fr', entries: Object.fromEntries(AUDIT_ITEMS.map((item) => [item.id, { answer: 'x', maturity: 1 as const }])) });
    expect(filled.blocks.length).toBe(fr.blocks.length);
    expect(fr.blocks.length).toBeLessThanOrEqual(5);
    expect(fr.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 5, last: 5 } });
  });

  it('offers the team list of the summary in the owner column of every line, a name outside it accepted with a warning', () => {
    for (const item of AUDIT_ITEMS) {
      const owner = validationAt(fr, rowOf(item.id), CHECKLIST_COLUMNS.owner);
      expect(owner?.rule).toEqual({ kind: 'listFromRange', source: '{sheet:audit.summary}!$A$45:$A$54' });
      expect(owner?.strict).toBe(false);
    }
    expect(validationAt(fr, layout.firstItemRow, CHECKLIST_COLUMNS.owner)?.message).toBe('Choisissez un nom de la liste de l’équipe (feuille Synthèse)\u00a0; un autre nom est accepté.');
    expect(validationAt(fr, layout.headerRow, CHECKLIST_COLUMNS.owner)).toBeUndefined();
    expect(validationAt(fr, layout.lastItemRow + 1, CHECKLIST_COLUMNS.owner)).toBeUndefined();
  });
});
