import { describe, expect, it } from 'vitest';
import { tableCell } from '../table.js';
import { teamSource } from '../team.js';
import { validatePlan } from '../validate.js';
import { buildGdprWatch, GDPR_WATCH_PLAN_KEY } from './gdpr-watch.js';

describe('the GDPR and watch checklist', () => {
  it('lists the points per theme, each to check, with a status list, the team list as owner and a due date', () => {
    const { plan, layout } = buildGdprWatch({ language: 'fr' });
    expect(validatePlan(plan)).toEqual([]);
    expect(GDPR_WATCH_PLAN_KEY).toBe('gdpr_watch');
    const p = layout.points;
    expect(p.rowCount).toBe(19 + 4);
    expect(tableCell(plan, p, 'theme', 5)).toEqual({ value: 'RGPD et CNIL' });
    expect(tableCell(plan, p, 'point', 11)).toEqual({ value: 'Durées de conservation' });
    expect(tableCell(plan, p, 'rule', 11)).toEqual({ value: 'Prospect : au plus 3 ans après la collecte ou son dernier contact (CNIL), puis suppression ou archivage.' });
    expect(tableCell(plan, p, 'status', 0)).toEqual({ value: 'À vérifier' });
    expect(tableCell(plan, p, 'status', 19)).toEqual({ value: null });
    expect(plan.validations).toContainEqual({ range: p.range('status'), rule: { kind: 'list', values: ['À vérifier', 'En cours', 'Conforme', 'Non conforme', 'Sans objet'] }, strict: true, message: 'Choisissez un statut de la liste.' });
    expect(plan.validations.find((v) => v.range.column === p.column('owner'))?.rule).toEqual({ kind: 'listFromRange', source: teamSource() });
    expect(plan.styles).toContainEqual({ range: { row: p.firstRow + 19, column: p.column('point'), rowCount: 4, columnCount: 1 }, style: 'inputText' });
    const texts = plan.blocks.flatMap((block) => block.cells.flat()).map((cell) => ('value' in cell ? String(cell.value) : ''));
    expect(texts.filter((text) => /Bloctel|opposition|consentement|registre|Registre/.test(text)).length).toBeGreaterThanOrEqual(4);
  });

  it('counts a point overdue against the date typed, else today, unless compliant or not applicable', () => {
    const { plan, layout } = buildGdprWatch({ language: 'en', emptyRows: 0 });
    const d = layout.date;
    expect(tableCell(plan, d, 'value', 1)).toEqual({ formula: `IF(B${d.firstRow}="",TODAY(),B${d.firstRow})` });
    const r = layout.points.firstRow;
    expect(tableCell(plan, layout.points, 'overdue', 0)).toEqual({ formula: `IF(AND(ISNUMBER(G${r}),G${r}<$B$${d.firstRow + 1},D${r}<>"Compliant",D${r}<>"Not applicable"),"Overdue","")` });
    const s = layout.summary;
    expect(tableCell(plan, s, 'overdue', 1)).toEqual({ formula: `COUNTIFS(${layout.points.all('theme')},A${s.firstRow + 1},${layout.points.all('overdue')},"Overdue")` });
    expect(tableCell(plan, s, 'rate', 0)).toEqual({ formula: `IF(B${s.firstRow}-E${s.firstRow}<=0,"",C${s.firstRow}/(B${s.firstRow}-E${s.firstRow}))` });
  });
});
