import { describe, expect, it } from 'vitest';
import { BUILDS } from '../../workbook/build-list.js';
import { PLANNERS } from '../../workbook/builds.js';
import { buildAuditPlans } from '../audit.js';
import { resolvePlans } from '../names.js';
import { tableCell } from '../table.js';
import { assertValidPlan } from '../validate.js';
import { buildObjectives, buildObjectivesPlan, KEY_RESULT_ROWS, OBJECTIVE_ROWS, objectivesLayout } from './objectives.js';

describe('the SMART objectives / OKR sheet', () => {
  const { plan, layout } = buildObjectives({ language: 'fr' });
  assertValidPlan(plan);
  const formula = (key: Parameters<typeof layout.objectives.address>[0], index = 0): string => {
    const cell = tableCell(plan, layout.objectives, key, index);
    return cell && 'formula' in cell ? cell.formula : '';
  };

  it('lays the KPI link, the objectives and the key results out, found by key', () => {
    expect(objectivesLayout().keyResults.address('progress', 0)).toBe(layout.keyResults.address('progress', 0));
    expect(layout.objectives.firstRow).toBe(19);
    expect(layout.objectives.rowCount).toBe(OBJECTIVE_ROWS);
    expect(layout.keyResults.rowCount).toBe(KEY_RESULT_ROWS);
    expect(plan.key).toBe('objectives');
    expect(buildObjectivesPlan({ language: 'en' }).name).toBe('SMART objectives');
  });

  it('reads a KPI cell through INDIRECT guarded by ISREF, the value typed otherwise', () => {
    const prefix = `"'"&SUBSTITUTE($B$7,"'","''")&"'!"`;
    expect(formula('current')).toBe(`IF(D19="",IF(ISNUMBER(G19),G19,""),IF(ISREF(INDIRECT(${prefix}&D19)),IF(ISNUMBER(INDIRECT(${prefix}&D19)),INDIRECT(${prefix}&D19),IF(ISNUMBER(G19),G19,"")),IF(ISNUMBER(G19),G19,"")))`);
    expect(tableCell(plan, layout.objectives, 'kpiCell', 0)).toEqual({ value: 'D29' });
    expect(tableCell(plan, layout.link, 'value', 0)).toEqual({ value: 'KPI acquisition' });
  });

  it('computes a progress capped to 0–100 % that works both ways, and the status against TODAY()', () => {
    expect(formula('progress')).toBe('IF(OR(NOT(ISNUMBER(H19)),NOT(ISNUMBER(E19)),NOT(ISNUMBER(F19))),"",IF(F19=E19,"",MAX(0,MIN(1,(H19-E19)/(F19-E19)))))');
    expect(formula('status')).toContain('TODAY()>I19');
    expect(formula('status')).toContain('"Non commencé"');
    expect(formula('verdict')).toContain('"SMART"');
    expect(formula('verdict')).toContain('"À revoir\u00a0: "');
  });

  it('validates the criteria, the objective numbers, the dates and the owners', () => {
    const rules = plan.validations.map((validation) => validation.rule);
    expect(rules).toContainEqual({ kind: 'list', values: ['Oui', 'Non'] });
    expect(rules).toContainEqual({ kind: 'listFromRange', source: layout.objectives.all('id') });
    expect(rules).toContainEqual({ kind: 'listFromRange', source: '{sheet:audit.summary}!$A$45:$A$54' });
    expect(buildObjectives({ language: 'en' }).plan.validations.map((validation) => validation.rule)).toContainEqual({ kind: 'list', values: ['Yes', 'No'] });
  });

  it('offers the team list when the summary is in the workbook, and builds alone without it', () => {
    const alone = resolvePlans([plan], []).plans[0];
    expect(alone?.validations.some((validation) => validation.rule.kind === 'listFromRange' && validation.rule.source.includes('$A$45'))).toBe(false);
    const audit = buildAuditPlans({ language: 'fr' });
    const together = resolvePlans([...audit, plan], []).plans[audit.length];
    expect(together?.validations.filter((validation) => validation.rule.kind === 'listFromRange' && validation.rule.source.includes('$A$45'))).toHaveLength(2);
  });

  it('marks the examples and is in the registry', () => {
    expect(tableCell(plan, layout.objectives, 'objective', 2)).toEqual({ value: 'Améliorer notre notoriété (exemple)' });
    expect(tableCell(plan, layout.keyResults, 'objective', 4)).toEqual({ value: 'O3' });
    expect(BUILDS.find((build) => build.key === 'objectives')).toMatchObject({ group: 'action', selection: 'none', audit: 'optional' });
    expect(PLANNERS.objectives({ language: 'fr' }).plans.map((built) => built.key)).toEqual(['objectives']);
  });
});
