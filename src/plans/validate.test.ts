import { describe, expect, it } from 'vitest';
import { cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder, valueCell } from './sheet-builder.js';
import { PlanError, type PlanCell, type SheetPlan } from './types.js';
import { assertValidPlan, validatePlan } from './validate.js';

const base = (): SheetPlanBuilder => new SheetPlanBuilder({ key: 'test.sheet', version: 1, name: 'Test', language: 'en' });
const withCell = (cell: PlanCell): SheetPlan => base().block(1, 1, [[cell]]).build();
const messages = (plan: SheetPlan): string[] => validatePlan(plan).map((problem) => `${problem.where}: ${problem.message}`);

describe('validatePlan', () => {
  it('accepts a plan of values, classic formulas, text that looks like a formula and a sheet token', () => {
    const plan = base()
      .block(1, 1, [[valueCell('=1+1'), valueCell('@SUM(A1)'), formulaCell('IF(B2=0,"",SUMPRODUCT(--({sheet:rfm.parameters}!A1:A4<=B2)))')]])
      .build();
    expect(validatePlan(plan)).toEqual([]);
  });

  it('refuses NaN and ±Infinity, which no cell can hold', () => {
    expect(messages(withCell(valueCell(Number.NaN)))).toEqual(['blocks[0].cells[0][0]: NaN cannot be written to a cell']);
    expect(messages(withCell(valueCell(Number.POSITIVE_INFINITY)))).toHaveLength(1);
  });

  it('refuses a formula written with its leading "="', () => {
    expect(messages(withCell(formulaCell('=SUM(A1:A2)')))).toEqual(['blocks[0].cells[0][0]: a formula is written without its leading "="']);
  });

  it('refuses the functions LibreOffice 7.4 or Excel 2016 lack, but not the same words inside a text', () => {
    expect(messages(withCell(formulaCell('XLOOKUP(A1,B:B,C:C)')))).toHaveLength(1);
    expect(messages(withCell(formulaCell('SUM(FILTER(A1:A9,A1:A9>0))')))).toHaveLength(1);
    expect(messages(withCell(formulaCell('IF(A1="SORT(x)","",1)')))).toEqual([]);
  });

  it('refuses the French ";" argument separator', () => {
    expect(messages(withCell(formulaCell('SUM(A1;A2)')))).toHaveLength(1);
  });

  it('refuses unbalanced parentheses and an empty formula', () => {
    expect(messages(withCell(formulaCell('SUM(A1:A2')))).toHaveLength(1);
    expect(messages(withCell(formulaCell(' ')))).toEqual(['blocks[0].cells[0][0]: an empty formula']);
  });

  it('refuses a ragged block and overlapping blocks', () => {
    expect(messages(base().block(1, 1, [[valueCell(1), valueCell(2)], [valueCell(3)]]).build())).toHaveLength(1);
    expect(messages(base().block(1, 1, [[valueCell(1), valueCell(2)]]).block(1, 2, [[valueCell(3)]]).build())).toEqual(['blocks[1]: overlaps blocks[0]']);
  });

  it('refuses a range outside the grid', () => {
    expect(messages(base().style(cellRange(0, 1), 'note').build())).toHaveLength(1);
    expect(messages(base().format(cellRange(1_048_576, 1, 2), 'integer').build())).toHaveLength(1);
  });

  it('refuses a name that looks like a cell address, and a name defined twice', () => {
    expect(messages(base().name('ABC12', cellRange(1, 1)).build())).toHaveLength(1);
    expect(messages(base().name('R1C1', cellRange(1, 1)).build())).toHaveLength(1);
    expect(messages(base().name('abc_threshold_a', cellRange(1, 1)).name('ABC_THRESHOLD_A', cellRange(2, 1)).build())).toHaveLength(1);
  });

  it('refuses a list value with a comma and a list longer than Excel allows', () => {
    expect(messages(base().validate(cellRange(1, 1), { kind: 'list', values: ['Oui', 'Non, pas encore'] }).build())).toHaveLength(1);
    expect(messages(base().validate(cellRange(1, 1), { kind: 'list', values: new Array<string>(30).fill('abcdefghij') }).build())).toHaveLength(1);
  });

  it('refuses a colour that is not #RRGGBB', () => {
    const plan = base().conditional({ kind: 'colorScale', range: cellRange(1, 1, 5), minColor: 'red', maxColor: '#00FF00' }).build();
    expect(messages(plan)).toHaveLength(1);
  });

  it('refuses overlapping merges', () => {
    expect(messages(base().merge(cellRange(1, 1, 1, 3)).merge(cellRange(1, 3, 2)).build())).toEqual(['merges[1]: overlaps merges[0]']);
  });

  it('refuses a value axis whose top is not a number above 0', () => {
    const plan = base()
      .chart({ kind: 'bar', title: 't', categories: cellRange(1, 1, 5), series: [{ name: 's', values: cellRange(1, 2, 5) }], anchor: cellRange(1, 4, 10, 5), valueMax: 0 })
      .build();
    expect(messages(plan)).toEqual(['charts[0]: the top of the value axis must be a number above 0']);
  });

  it('refuses a chart series not as long as its categories', () => {
    const plan = base()
      .chart({ kind: 'column', title: 't', categories: cellRange(1, 1, 5), series: [{ name: 's', values: cellRange(1, 2, 4) }], anchor: cellRange(1, 4, 10, 5) })
      .build();
    expect(messages(plan)).toEqual(['charts[0].series[0]: not as long as the categories']);
  });

  it('refuses an invalid key, version or sheet name', () => {
    const plan = new SheetPlanBuilder({ key: 'Bad Key', version: 0, name: 'a/b', language: 'fr' }).build();
    expect(validatePlan(plan).map((problem) => problem.where)).toEqual(['key', 'version', 'name']);
  });
});

describe('assertValidPlan', () => {
  it('returns a valid plan and throws a PlanError naming the problems of an invalid one', () => {
    const good = withCell(valueCell(1));
    expect(assertValidPlan(good)).toBe(good);
    expect(() => assertValidPlan(withCell(valueCell(Number.NaN)))).toThrow(/NaN cannot be written/);
    expect(() => assertValidPlan(withCell(valueCell(Number.NaN)))).toThrow(PlanError);
  });
});
