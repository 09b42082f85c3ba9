import { describe, expect, it } from 'vitest';
import { AUDIT_SECTIONS } from '../../audit/checklist.js';
import { resolvePlans } from '../names.js';
import { editableRanges } from '../protection.js';
import { PRIORITY_COUNT } from '../summary.js';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { ACTION_PLAN_KEY, actionPlanLayout, buildActionPlan, FREE_ACTION_ROWS, SUGGESTED_ACTIONS } from './action-plan.js';

describe('the action-plan sheet', () => {
  const { plan, layout } = buildActionPlan({ language: 'fr' });
  const en = buildActionPlan({ language: 'en' }).plan;

  it('is a valid plan in both languages, laid out as its layout says', () => {
    assertValidPlan(plan);
    assertValidPlan(en);
    expect(plan.key).toBe(ACTION_PLAN_KEY);
    expect([plan.name, en.name]).toEqual(['Plan d’actions', 'Action plan']);
    expect(actionPlanLayout().owners.firstRow).toBe(layout.owners.firstRow);
    expect(layout.actions.firstRow).toBe(12);
    expect(layout.actions.rowCount).toBe(PRIORITY_COUNT + FREE_ACTION_ROWS);
    expect(layout.owners.rowCount).toBe(10);
    expect(layout.suggestions.rowCount).toBe(AUDIT_SECTIONS.length);
  });

  it('refers to no other sheet by token: built alone, it resolves in an empty workbook', () => {
    expect(JSON.stringify(plan)).not.toContain('{sheet:');
    expect(() => resolvePlans([plan], [])).not.toThrow();
  });

  it('reads the summary’s priorities through INDIRECT, guarded by ISREF through the "found" cell', () => {
    expect(tableCell(plan, layout.actions, 'theme', 0)).toEqual({ formula: `IF($D$7="Oui",T(INDIRECT("'"&SUBSTITUTE($D$6,"'","''")&"'!$A$30")),"")` });
    expect(tableCell(plan, layout.actions, 'theme', 2)).toEqual({ formula: `IF($D$7="Oui",T(INDIRECT("'"&SUBSTITUTE($D$6,"'","''")&"'!$A$32")),"")` });
    const found = plan.blocks.find((block) => block.row === 7 && block.column === 4)?.cells[0]?.[0];
    expect(found).toEqual({ formula: `IF(ISREF(INDIRECT("'"&SUBSTITUTE($D$6,"'","''")&"'!A1")),"Oui","Non")` });
    expect(plan.blocks.find((block) => block.row === 6 && block.column === 4)?.cells[0]?.[0]).toEqual({ value: 'Synthèse' });
    // The proposal's text: the suggestion of the section whose number opens the label.
    expect(tableCell(plan, layout.actions, 'action', 0)).toEqual({ formula: 'IF(A12="","",IFERROR(T(INDEX($B$54:$B$61,VALUE(LEFT(A12,FIND(".",A12)-1)))),""))' });
  });

  it('places each action in the Eisenhower matrix and checks one R and one A by formula', () => {
    const quadrant = tableCell(plan, layout.actions, 'quadrant', 5);
    expect(quadrant).toEqual({
      formula:
        'IF(OR(C17="",J17="",K17=""),"",IF(OR(J17="Oui",J17="Yes",IFERROR(--J17,0)>=$D$8),IF(OR(K17="Oui",K17="Yes",IFERROR(--K17,0)>=$D$8),"Faire","Déléguer"),IF(OR(K17="Oui",K17="Yes",IFERROR(--K17,0)>=$D$8),"Planifier","Abandonner")))',
    });
    const raci = tableCell(plan, layout.actions, 'raci', 0);
    expect(raci && 'formula' in raci ? raci.formula : '').toMatch(/^IF\(C12="","",IF\(TRIM\(E12\)="","Pas de R",/);
    const english = tableCell(en, layout.actions, 'quadrant', 0);
    expect(english && 'formula' in english ? english.formula : '').toContain('"Do","Delegate"),IF(');
  });

  it('writes the examples in orange, the suggestions per section, and makes the inputs editable', () => {
    expect(tableCell(plan, layout.actions, 'action', PRIORITY_COUNT)).toEqual({ value: 'Relancer les devis de plus de 30 jours (exemple)' });
    expect(tableCell(plan, layout.actions, 'due', PRIORITY_COUNT)).toEqual({ value: 46037 });
    expect(tableCell(plan, layout.suggestions, 'section', 2)).toEqual({ value: `3. ${AUDIT_SECTIONS[2]?.title.fr ?? ''}` });
    expect(tableCell(en, layout.suggestions, 'suggestion', 7)).toEqual({ value: SUGGESTED_ACTIONS[7]?.en });
    const editable = editableRanges(plan);
    const covers = (row: number, column: number): boolean =>
      editable.some((range) => row >= range.row && row < range.row + range.rowCount && column >= range.column && column < range.column + range.columnCount);
    expect(covers(layout.actions.firstRow, layout.actions.column('owner'))).toBe(true);
    expect(covers(layout.actions.firstRow, layout.actions.column('action'))).toBe(false);
    expect(covers(layout.actions.lastRow, layout.actions.column('action'))).toBe(true);
    expect(covers(layout.owners.firstRow, 1)).toBe(true);
    expect(covers(layout.owners.firstRow, layout.owners.column('actions'))).toBe(false);
  });

  it('offers the team of table 3 as owners, the statuses of the checklist, and scores 1–5 or Oui/Non', () => {
    const at = (column: number) => plan.validations.find((v) => v.range.row === layout.actions.firstRow && v.range.column === column);
    expect(at(layout.actions.column('owner'))?.rule).toEqual({ kind: 'listFromRange', source: '$A$32:$A$41' });
    expect(at(layout.actions.column('owner'))?.strict).toBe(false);
    expect(at(layout.actions.column('status'))?.rule).toEqual({ kind: 'list', values: ['À faire', 'En cours', 'Fait'] });
    expect(at(layout.actions.column('urgency'))?.rule).toEqual({ kind: 'list', values: ['1', '2', '3', '4', '5', 'Oui', 'Non'] });
    expect(tableCell(plan, layout.owners, 'progress', 0)).toEqual({ formula: 'IF(N(B32)=0,"",SUMPRODUCT(($D$12:$D$28=A32)*($C$12:$C$28<>""),$O$12:$O$28)/B32)' });
    expect(tableCell(plan, layout.quadrants, 'name', 3)).toEqual({ value: 'Abandonner' });
  });
});
