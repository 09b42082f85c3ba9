import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computedFormulas, formulaFingerprint, formulaHash, normaliseFormula } from './fingerprint.js';
import { markerText, parseMarker } from './marker.js';
import type { SheetPlan } from './types.js';

describe('normaliseFormula: the spellings the hosts keep count as the same formula', () => {
  it('drops the "=", spaces, "@" and _xlfn., and puts names in capitals', () => {
    expect(normaliseFormula('=sum( b5:b9 )')).toBe('SUM(B5:B9)');
    expect(normaliseFormula('=@_xlfn.IFS(A1>0,1)')).toBe('IFS(A1>0,1)');
  });

  it('leaves out a reference’s sheet name, quoted or not, or a plan token', () => {
    expect(normaliseFormula("='Tableau de bord'!$B$5*2")).toBe('!$B$5*2');
    expect(normaliseFormula('=KPI!$B$5*2')).toBe('!$B$5*2');
    expect(normaliseFormula('{sheet:kpi}!$B$5*2')).toBe('!$B$5*2');
    expect(normaliseFormula("='L''équipe'!A1")).toBe('!A1');
  });

  it('keeps text between double quotes as it is, and error literals whole', () => {
    expect(normaliseFormula('=IF(a1="Oui ; non","x, y","")')).toBe('IF(A1="Oui ; non","x, y","")');
    expect(normaliseFormula('=#REF!A1+1')).toBe('#REF!A1+1');
  });

  it('reads a locale’s ";" and decimal comma as the plans’ "," and "."', () => {
    // =ROUND(B5*0,5;2) in a French spreadsheet is ROUND(B5*0.5,2).
    expect(normaliseFormula('=ROUND(B5*0,5;2)')).toBe(normaliseFormula('ROUND(B5*0.5,2)'));
    expect(normaliseFormula('ROUND(B5*0.50,2)')).toBe('ROUND(B5*0.5,2)');
  });

  it('keeps an array constant’s ";" (rows) apart from a locale’s separator', () => {
    expect(normaliseFormula('SUM({1,2;3,4})')).toBe('SUM({1,2;3,4})');
  });

  it('never changes what a string literal holds (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const literal = `"${text.replaceAll('"', '""')}"`;
        expect(normaliseFormula(`=IF(A1=${literal},1,0)`)).toBe(`IF(A1=${literal},1,0)`);
      }),
    );
  });
});

describe('formulaHash', () => {
  it('is FNV-1a over "address=normalised formula" lines, by row then column', () => {
    // Worked out independently (Python, FNV-1a 32 bits over the UTF-8 bytes): "A1=SUM(B1)\n" → bacdcfbd;
    // "A1=SUM(B1)\nB2=!$A$1*2\n" → 8af3a83b.
    expect(formulaHash([{ row: 1, column: 1, formula: '=sum(b1)' }])).toEqual({ count: 1, hash: 'bacdcfbd' });
    expect(
      formulaHash([
        { row: 2, column: 2, formula: "='Feuille 2'!$A$1 * 2" },
        { row: 1, column: 1, formula: 'SUM(B1)' },
      ]),
    ).toEqual({ count: 2, hash: '8af3a83b' });
  });
});

const plan: SheetPlan = {
  key: 'test',
  version: 1,
  name: 'Test',
  language: 'fr',
  blocks: [
    {
      row: 1,
      column: 1,
      cells: [
        [{ value: 'Poids' }, { value: 0.5 }, { formula: 'B1*2' }],
        [{ value: 'Total' }, { formula: 'SUM(B1:B1)' }, { formula: 'C1+1' }],
      ],
    },
  ],
  numberFormats: [],
  // B1 and B2 are inputs: B2's formula (a default the user may replace) does not count.
  styles: [{ range: { row: 1, column: 2, rowCount: 2, columnCount: 1 }, style: 'input' }],
  validations: [],
  conditionalFormats: [],
  merges: [],
  columnWidths: [],
  rowHeights: [],
  namedRanges: [],
  charts: [],
};

describe('the fingerprint of a plan', () => {
  it('covers the formula cells outside the input cells only', () => {
    expect(computedFormulas(plan)).toEqual([
      { row: 1, column: 3, formula: 'B1*2' },
      { row: 2, column: 3, formula: 'C1+1' },
    ]);
    const fingerprint = formulaFingerprint(plan);
    expect(fingerprint).toMatchObject({ count: 2, inputs: 'B1:B2', language: 'fr' });
    expect(fingerprint.hash).toBe(formulaHash([{ row: 2, column: 3, formula: '=C1+1' }, { row: 1, column: 3, formula: '=b1 * 2' }]).hash);
  });

  it('travels in the marker and back; a malformed one is left out, the marker kept', () => {
    const fingerprint = formulaFingerprint(plan);
    expect(parseMarker(markerText({ key: 'test', version: 1, fingerprint }))).toEqual({ key: 'test', version: 1, fingerprint });
    expect(parseMarker('{"key":"test","version":1,"fingerprint":{"count":-1,"hash":"zz","inputs":"","language":"fr"}}')).toEqual({ key: 'test', version: 1 });
  });
});
