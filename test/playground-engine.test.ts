import { describe, expect, it } from 'vitest';
import { invoke } from '../src/catalogue/invoke.js';
import { FormulaEngine, isCellError, type EngineValue } from '../src/playground/engine/engine.js';
import { WorkbookModel, type SheetModel } from '../src/playground/workbook/model.js';

function sheetWith(rows: readonly (readonly (string | number | null)[])[], name = 'Données'): { workbook: WorkbookModel; sheet: SheetModel } {
  const workbook = new WorkbookModel();
  const sheet = workbook.addSheet(name);
  rows.forEach((cells, i) => {
    cells.forEach((cell, j) => {
      if (typeof cell === 'string' && cell.startsWith('=')) sheet.setInput(i + 1, j + 1, { formula: cell.slice(1) });
      else sheet.setInput(i + 1, j + 1, { value: cell });
    });
  });
  return { workbook, sheet };
}

function code(value: EngineValue): string | undefined {
  return isCellError(value) ? value.code : undefined;
}

describe('the playground formula engine', () => {
  it('computes classic functions over cells and ranges, hand-checked', () => {
    const { workbook, sheet } = sheetWith([
      [10, 'a', '=SUM(A1:A3)', '=MAX(A1:A3)', '=MIN(A1:A3)', '=COUNTIFS(B1:B3,"a",A1:A3,">5")', '=MATCH(30,A1:A3,0)', '=RANK(20,A1:A3)'],
      [20, 'b', '=SUMPRODUCT(A1:A3,A1:A3)', '=LARGE(A1:A3,2)', '=COUNTA(A1:B3)', '=VLOOKUP(20,A1:B3,2,FALSE)', '=INDEX(A1:A3,3)', '=ROUND(2/3,2)'],
      [30, 'A', '=SUMIF(B1:B3,"a",A1:A3)', '=AVERAGE(A1:A3)', '=IFERROR(1/0,"zéro")', '=COUNTIF(B1:B3,"a")', '=HYPERLINK("#Feuille!A1","Aller")', '=A1&"-"&B1'],
    ]);
    const engine = new FormulaEngine(workbook);
    const row = (r: number): EngineValue[] => [3, 4, 5, 6, 7, 8].map((c) => engine.value(sheet, r, c));
    expect(row(1)).toEqual([60, 30, 10, 1, 3, 2]);
    expect(row(2)).toEqual([1400, 20, 6, 'b', 30, 0.67]);
    // Text compares without regard to case, as in Excel: "a" and "A" both match.
    expect(row(3)).toEqual([40, 20, 'zéro', 2, 'Aller', '10-a']);
  });

  it('takes a blank cell for "" and for 0 in comparisons, as Excel does', () => {
    const { workbook, sheet } = sheetWith([[null, '=IF(A1="","vide","plein")', '=IF(A1=0,"zéro","non")', '=A1+1', '=A1', '=COUNTIF(A1:A2,"")']]);
    const engine = new FormulaEngine(workbook);
    expect([2, 3, 4, 5, 6].map((c) => engine.value(sheet, 1, c))).toEqual(['vide', 'zéro', 1, 0, 2]);
  });

  it('reads other sheets by quoted name and workbook names', () => {
    const { workbook, sheet } = sheetWith([[5]], 'Paramètres RFM');
    workbook.names.set('seuil_a', { name: 'seuil_a', sheet, range: { row: 1, column: 1, rowCount: 1, columnCount: 1 } });
    const other = workbook.addSheet('Calcul');
    other.setInput(1, 1, { formula: "'Paramètres RFM'!A1*2" });
    other.setInput(1, 2, { formula: 'seuil_a+1' });
    other.setInput(1, 3, { formula: "'Absente'!A1" });
    const engine = new FormulaEngine(workbook);
    expect(engine.value(other, 1, 1)).toBe(10);
    expect(engine.value(other, 1, 2)).toBe(6);
    expect(code(engine.value(other, 1, 3))).toBe('#REF!');
  });

  it('follows INDIRECT to a sheet by its quoted name, and answers #REF! (ISREF false) for an absent sheet', () => {
    const { workbook } = sheetWith([['Alpha (exemple)'], ['Beta'], ['Gamma'], [null]], 'Matrice BCG');
    const other = workbook.addSheet('Synthèse');
    other.setInput(1, 1, { formula: 'ISREF(INDIRECT("\'Matrice BCG\'!A1"))' });
    other.setInput(1, 2, { formula: 'ISREF(INDIRECT("\'Absente\'!A1"))' });
    // Three filled cells, one of them an example: 3 − 1 = 2.
    other.setInput(1, 3, { formula: 'COUNTA(INDIRECT("\'Matrice BCG\'!A1:A4"))-COUNTIF(INDIRECT("\'Matrice BCG\'!A1:A4"),"* (exemple)")' });
    other.setInput(1, 4, { formula: 'INDIRECT("\'Matrice BCG\'!$A$2")' });
    const engine = new FormulaEngine(workbook);
    expect([engine.value(other, 1, 1), engine.value(other, 1, 2), engine.value(other, 1, 3), engine.value(other, 1, 4)]).toEqual([true, false, 2, 'Beta']);
  });

  it('spills a catalogue function over a column and matches invoke over the same cells', () => {
    const recency = [5, 40, 200, 12, 90, 365, 2, 60];
    const frequency = [12, 3, 1, 8, 2, 1, 20, 4];
    const monetary = [5400, 800, 120, 2600, 300, 90, 9100, 1500];
    const rows = recency.map((r, i) => [r, frequency[i] ?? 0, monetary[i] ?? 0]);
    const { workbook, sheet } = sheetWith(rows);
    sheet.setInput(1, 5, { formula: 'RFM_SCORE(A1:A8,B1:B8,C1:C8)' });
    sheet.setInput(1, 6, { formula: 'COUNTA(E1:E8)' });
    const engine = new FormulaEngine(workbook);
    const expected = invoke('RFM_SCORE', [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]])]).map((r) => r[0]);
    expect(rows.map((_, i) => engine.value(sheet, i + 1, 5))).toEqual(expected);
    expect(engine.spillAnchor(sheet, 8, 5)).toEqual({ row: 1, column: 5 });
    // A formula that reads the spilled cells sees them, even when it was computed before the spill.
    expect(engine.value(sheet, 1, 6)).toBe(8);
  });

  it('computes the catalogue’s examples as its documentation says, hand-checked', () => {
    const { workbook, sheet } = sheetWith([
      ['=CAC(1500, 5)', '=CONVERSION_RATE(12, 300)', '=MARKUP_RATE(30, 15)', '=CAC_PAYBACK_MONTHS(300, 50, 40%)', '=PROMETHEE.LTV_CAC_RATIO(900, 300)', '=ABC_CLASS({10;70;15;5})'],
    ]);
    const engine = new FormulaEngine(workbook);
    expect([1, 2, 3, 4, 5].map((c) => engine.value(sheet, 1, c))).toEqual([300, 0.04, 1, 15, 3]);
    expect([1, 2, 3, 4].map((r) => engine.value(sheet, r, 6))).toEqual(['B', 'A', 'A', 'C']);
  });

  it('answers #SPILL! when the cells below a spilling formula are not empty', () => {
    const { workbook, sheet } = sheetWith([[1, '=PROMETHEE.MARKUP_RATE(A1:A2,A1:A2)'], [2, 'occupé']]);
    const engine = new FormulaEngine(workbook);
    expect(code(engine.value(sheet, 1, 2))).toBe('#SPILL!');
  });

  it('shows a catalogue error with its code and message', () => {
    const { workbook, sheet } = sheetWith([['=RFM_SEGMENT("999")']]);
    const engine = new FormulaEngine(workbook);
    const value = engine.value(sheet, 1, 1);
    expect(code(value)).toBe('#N/A');
    expect(isCellError(value) && value.message.length > 0).toBe(true);
  });

  it('shows #NAME? for a function it does not know and for a formula that does not parse', () => {
    const { workbook, sheet } = sheetWith([['=NOPE(1)', '=SUM(1']]);
    const engine = new FormulaEngine(workbook);
    expect(code(engine.value(sheet, 1, 1))).toBe('#NAME?');
    expect(code(engine.value(sheet, 1, 2))).toBe('#NAME?');
  });

  it('shows #REF! for a circular reference instead of looping', () => {
    const { workbook, sheet } = sheetWith([['=B1+1', '=A1+1']]);
    const engine = new FormulaEngine(workbook);
    expect(code(engine.value(sheet, 1, 1))).toBe('#REF!');
  });

  it('computes a running total down a long column without a deep recursion', () => {
    const rows: (number | string)[][] = [[1, '=A1']];
    for (let i = 2; i <= 3000; i++) rows.push([1, `=B${i - 1}+A${i}`]);
    const { workbook, sheet } = sheetWith(rows);
    const engine = new FormulaEngine(workbook);
    expect(engine.value(sheet, 3000, 2)).toBe(3000);
  });

  it('reads another sheet through INDIRECT only when it is there, as ISREF tells (FALSE, then TRUE once added)', () => {
    const { workbook, sheet } = sheetWith([
      ['=ISREF(INDIRECT("\'Autre feuille\'!A1"))', '=IF(ISREF(INDIRECT("\'Autre feuille\'!A1")),INDIRECT("\'Autre feuille\'!A1")+1,"absente")', '=SUM(INDIRECT("\'Autre feuille\'!A1:A2"))', '=INDEX(INDIRECT("\'Autre feuille\'!A:A"),2)', '=INDIRECT("B" & 1)'],
    ]);
    const engine = new FormulaEngine(workbook);
    const row = (): EngineValue[] => [1, 2, 3, 4].map((c) => engine.value(sheet, 1, c));
    expect(row()[0]).toBe(false);
    expect(row()[1]).toBe('absente');
    expect(code(row()[2] ?? null)).toBe('#REF!');
    // INDIRECT("B1") reads B1 of its own sheet: the text "absente".
    expect(engine.value(sheet, 1, 5)).toBe('absente');
    const other = workbook.addSheet('Autre feuille');
    other.setInput(1, 1, { value: 7 });
    other.setInput(2, 1, { value: 3 });
    engine.recalculate();
    // 7 + 1 = 8; SUM(7, 3) = 10; the 2nd cell of column A is 3.
    expect(row()).toEqual([true, 8, 10, 3]);
  });

  it('computes VALUE, COUNTIF with a criteria by reference or a numeric comparison, and text functions over numbers, as Excel does', () => {
    const { workbook, sheet } = sheetWith([
      [1, 'a', '=VALUE("12.5")', '=VALUE("50%")', '=VALUE("abc")', '=VALUE(3)'],
      [3, 'b', '=COUNTIF(B1:B4,B3)', '=COUNTIF(A1:A4,">=2")', '=SUMIF(B1:B4,B1,A1:A4)', '=SUBSTITUTE(5,"5","six")'],
      ['x', 'a', '=IF(ISNUMBER(G1),YEAR(G1),"")', '=COUNTIF(B1:B3,G1)', '=LEN(G1)', '=NUMBERVALUE(42)'],
    ]);
    const engine = new FormulaEngine(workbook);
    const row = (r: number): EngineValue[] => [3, 4, 5, 6].map((c) => engine.value(sheet, r, c));
    expect([engine.value(sheet, 1, 3), engine.value(sheet, 1, 4), code(engine.value(sheet, 1, 5)), engine.value(sheet, 1, 6)]).toEqual([12.5, 0.5, '#VALUE!', 3]);
    // B3 = "a": B1 and B3 match (2). ">=2" counts numbers only: 3, not "x" (1). SUMIF over "a": A1 + A3 = 1 + "x" → 1.
    expect(row(2)).toEqual([2, 1, 1, 'six']);
    // G1 is blank: ISNUMBER is FALSE; a blank criteria is 0, which no cell of B holds; LEN(blank) is 0.
    expect(row(3)).toEqual(['', 0, 0, 42]);
  });

  // The values of the two tests below are worked by hand; the same formulas typed in LibreOffice 7.4
  // give the same values (booleans aside, which it shows as TRUE / FALSE for ±1 / 0).
  it('turns the operand of minus signs into a number, TRUE as 1 and FALSE as 0, as Excel does (--J16 of the action plan)', () => {
    const { workbook, sheet } = sheetWith([
      ['=-TRUE', '=--TRUE', '=--FALSE', '=---TRUE', '=--(2>1)', '=-(1>2)'],
      ['=--"3"', '=--" 40% "', '=--G1', '=-"Non"', '=--""', '=+"Non"'],
      ['=IFERROR(--"Non",0)', '=IFERROR(--"Non",0)>=3', '=IFERROR(--"4",0)>=3', '=OR("Non"="Oui",IFERROR(--"Non",0)>=3)', '="Non">=3', '=--1/0'],
    ]);
    const engine = new FormulaEngine(workbook);
    const row = (r: number): EngineValue[] => [1, 2, 3, 4, 5, 6].map((c) => engine.value(sheet, r, c)).map((v) => (isCellError(v) ? v.code : v));
    // -1; two signs cancel but still coerce: TRUE → 1, FALSE → 0; three signs: -1; 2>1 is TRUE → 1; -(FALSE) → 0.
    expect(row(1)).toEqual([-1, 1, 0, -1, 1, 0]);
    // "3" → 3; " 40% " → 0.4; a blank G1 → 0; "Non" and "" are no numbers: #VALUE!; unary plus alone changes nothing.
    expect(row(2)).toEqual([3, 0.4, 0, '#VALUE!', '#VALUE!', 'Non']);
    // --"Non" fails, so IFERROR gives 0, and 0 >= 3 is FALSE; "4" → 4 >= 3. A text compared with a
    // number is greater than it (so the uncoerced "Non" made the action urgent). An error goes through.
    expect(row(3)).toEqual([0, false, true, false, true, '#DIV/0!']);
  });

  it('counts with minus signs, comparisons and IFERROR cell by cell inside SUMPRODUCT, as the action plan’s owner table does', () => {
    const { workbook, sheet } = sheetWith([
      ['Faire', 'Paul', 3, '=SUMPRODUCT(--(A1:A4="Faire"))', '=SUMPRODUCT((A1:A4="faire")*(B1:B4<>""))', '=SUMPRODUCT(IFERROR(--(C1:C4),0))'],
      ['Planifier', 'Paul', 'Non', '=SUMPRODUCT((A1:A4="Faire")*(B1:B4="Paul"),C1:C4)', '=SUMPRODUCT(--(C1:C4>=3))', '=SUMPRODUCT(-(A1:A4<>""))'],
      ['Faire', null, '4', '=SUMPRODUCT(C1:C4)', '=SUMPRODUCT(C1:C2,C1:C3)', '=SUMPRODUCT(--(C1:C4))'],
      ['Faire', 'Léa', null, null, null, null],
    ]);
    const engine = new FormulaEngine(workbook);
    // A is "Faire" in rows 1, 3, 4: 3. With a name in B too (case aside): rows 1 and 4: 2.
    // IFERROR(--C, 0) cell by cell: 3 + 0 ("Non") + 4 ("4") + 0 (blank) = 7.
    expect([4, 5, 6].map((c) => engine.value(sheet, 1, c))).toEqual([3, 2, 7]);
    // "Faire" with "Paul": row 1 only, × C1 = 3. C >= 3: 3 yes, "Non" yes (text is greater than any
    // number), the text "4" yes, a blank (0) no: 3. Four non-empty A cells negated: -4.
    expect([4, 5, 6].map((c) => engine.value(sheet, 2, c))).toEqual([3, 3, -4]);
    // Alone, C counts its numbers only: 3 (the text "4" is 0). Sizes 2 and 3 differ: #VALUE!. --"Non"
    // is #VALUE!, and an error cell is SUMPRODUCT's answer.
    expect([4, 5, 6].map((c) => engine.value(sheet, 3, c)).map((v) => (isCellError(v) ? v.code : v))).toEqual([3, '#VALUE!', '#VALUE!']);
  });
});
