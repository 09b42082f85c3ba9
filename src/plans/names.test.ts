import { describe, expect, it } from 'vitest';
import { cellRange } from './a1.js';
import { cleanSheetName, freeSheetName, quoteSheetName, resolvePlans, resolveSheetTokens, sheetRef } from './names.js';
import { SheetPlanBuilder, formulaCell, valueCell } from './sheet-builder.js';
import { PlanError, type SheetPlan } from './types.js';

function plan(key: string, name: string, formula?: string): SheetPlan {
  const builder = new SheetPlanBuilder({ key, version: 1, name, language: 'fr' }).block(1, 1, [[valueCell(name)]]);
  if (formula !== undefined) {
    builder
      .block(2, 1, [[formulaCell(formula)]])
      .validate(cellRange(3, 1), { kind: 'listFromRange', source: `${sheetRef('abc')}!$G$6:$G$9` })
      .conditional({ kind: 'formula', range: cellRange(2, 1), formula: `A2>${sheetRef('abc')}!$J$6`, style: { bold: true } });
  }
  return builder.build();
}

describe('sheet names', () => {
  it('quotes a name between apostrophes and doubles the ones inside', () => {
    expect(quoteSheetName("Synthèse d'audit")).toBe("'Synthèse d''audit'");
    expect(quoteSheetName('KPI')).toBe("'KPI'");
  });

  it('replaces the characters Excel forbids and cuts the name to 31 characters', () => {
    expect(cleanSheetName('Ventes 2024/2025 [T1]: *?')).toBe('Ventes 2024-2025 -T1-- --');
    expect(cleanSheetName('A'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName("'quoted'")).toBe('quoted');
    expect(cleanSheetName('  ')).toBe('Sheet');
  });

  it('keeps a free name as it is', () => {
    expect(freeSheetName('Segmentation ABC', ['KPI'])).toBe('Segmentation ABC');
  });

  it('adds " (2)", then " (3)", comparing names without regard to case as Excel does', () => {
    expect(freeSheetName('Segmentation ABC', ['segmentation abc'])).toBe('Segmentation ABC (2)');
    expect(freeSheetName('Segmentation ABC', ['Segmentation ABC', 'Segmentation ABC (2)'])).toBe('Segmentation ABC (3)');
  });

  it('shortens a long name so that the suffix still fits in 31 characters', () => {
    const long = 'Segmentation ABC des clients 2024'.slice(0, 31);
    const free = freeSheetName(long, [long]);
    expect(free).toBe('Segmentation ABC des client (2)');
    expect(free).toHaveLength(31);
  });

  it('refuses a malformed plan key in a sheet reference', () => {
    expect(sheetRef('rfm.parameters')).toBe('{sheet:rfm.parameters}');
    expect(() => sheetRef('RFM params')).toThrow(PlanError);
  });
});

describe('resolvePlans', () => {
  it("gives our sheet a free name when the user's own sheet has the same name, and never removes the user's sheet", () => {
    const resolution = resolvePlans([plan('abc', 'Segmentation ABC')], [{ name: 'Segmentation ABC' }]);
    expect(resolution.plans[0]?.finalName).toBe('Segmentation ABC (2)');
    expect(resolution.plans[0]?.replaces).toBeNull();
    expect(resolution.sheetsToRemove).toEqual([]);
  });

  it('replaces a sheet generated with the same key and takes its name back', () => {
    const resolution = resolvePlans([plan('abc', 'Segmentation ABC')], [{ name: 'Segmentation ABC', marker: { key: 'abc', version: 1 } }]);
    expect(resolution.sheetsToRemove).toEqual(['Segmentation ABC']);
    expect(resolution.plans[0]?.finalName).toBe('Segmentation ABC');
    expect(resolution.plans[0]?.replaces).toBe('Segmentation ABC');
  });

  it('keeps a generated sheet of another key and its name', () => {
    const resolution = resolvePlans([plan('kpi', 'KPI')], [{ name: 'KPI', marker: { key: 'abc', version: 1 } }]);
    expect(resolution.sheetsToRemove).toEqual([]);
    expect(resolution.plans[0]?.finalName).toBe('KPI (2)');
  });

  it('resolves sheet tokens in formulas, validation sources and conditional formats to the final, quoted name', () => {
    const resolution = resolvePlans([plan('abc', "L'ABC"), plan('summary', 'Synthèse', `SUM(${sheetRef('abc')}!C6:C9)`)], [{ name: "L'ABC" }]);
    const summary = resolution.plans[1];
    expect(summary?.blocks[1]?.cells[0]?.[0]).toEqual({ formula: "SUM('L''ABC (2)'!C6:C9)" });
    expect(summary?.validations[0]?.rule).toEqual({ kind: 'listFromRange', source: "'L''ABC (2)'!$G$6:$G$9" });
    const conditional = summary?.conditionalFormats[0];
    expect(conditional?.kind === 'formula' ? conditional.formula : '').toBe("A2>'L''ABC (2)'!$J$6");
  });

  it('resolves a token to a generated sheet already in the workbook when its key is not planned again', () => {
    const resolution = resolvePlans([plan('summary', 'Synthèse', `SUM(${sheetRef('abc')}!C6:C9)`)], [{ name: 'Mon ABC', marker: { key: 'abc', version: 1 } }]);
    expect(resolution.plans[0]?.blocks[1]?.cells[0]?.[0]).toEqual({ formula: "SUM('Mon ABC'!C6:C9)" });
  });

  it('refuses a token naming a sheet that is nowhere', () => {
    expect(() => resolvePlans([plan('summary', 'Synthèse', `SUM(${sheetRef('abc')}!C6:C9)`)], [])).toThrow(PlanError);
  });

  it('leaves out a list validation whose source is on a sheet that is nowhere, and keeps the others', () => {
    const owned: SheetPlan = {
      ...plan('journey', 'Parcours'),
      validations: [
        { range: cellRange(5, 2, 3, 1), rule: { kind: 'listFromRange', source: `${sheetRef('audit.summary')}!$A$45:$A$54` }, strict: false },
        { range: cellRange(5, 3, 3, 1), rule: { kind: 'list', values: ['Oui', 'Non'] } },
      ],
    };
    expect(resolvePlans([owned], []).plans[0]?.validations).toEqual([{ range: cellRange(5, 3, 3, 1), rule: { kind: 'list', values: ['Oui', 'Non'] } }]);
    const withSummary = resolvePlans([owned], [{ name: 'Synthèse', marker: { key: 'audit.summary', version: 1 } }]).plans[0]?.validations;
    expect(withSummary?.[0]?.rule).toEqual({ kind: 'listFromRange', source: "'Synthèse'!$A$45:$A$54" });
  });

  it('refuses two plans with one key', () => {
    expect(() => resolvePlans([plan('abc', 'A'), plan('abc', 'B')], [])).toThrow(PlanError);
  });

  it('gives two plans with the same preferred name two free names', () => {
    const resolution = resolvePlans([plan('a', 'Synthèse'), plan('b', 'Synthèse')], []);
    expect(resolution.plans.map((p) => p.finalName)).toEqual(['Synthèse', 'Synthèse (2)']);
  });

  it('leaves a text without token untouched', () => {
    expect(resolveSheetTokens('SUM(A1:A3)', new Map())).toBe('SUM(A1:A3)');
  });
});
