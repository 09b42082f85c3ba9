import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { callsCustomFunction, customCallsIn, customFunctionIds } from './custom-calls.js';

const EXCEL = { namespace: 'PROMETHEE' };
const SHEETS = {};

describe('customCallsIn', () => {
  it('finds an Excel call in its namespace, whatever the case', () => {
    expect(customCallsIn('=PROMETHEE.CAC(B2,E2)', EXCEL)).toEqual(['CAC']);
    expect(customCallsIn('=promethee.rfm_table(A2:A9,B2:B9,C2:C9)', EXCEL)).toEqual(['RFM_TABLE']);
  });

  it('finds calls nested in native functions, each id once, in order of appearance', () => {
    expect(customCallsIn('=IFERROR(PROMETHEE.LTV(B2,C2,D2,E2)/PROMETHEE.CAC(F2,G2),PROMETHEE.CAC(1,2))', EXCEL)).toEqual(['LTV', 'CAC']);
  });

  it('reads the unregistered spelling Excel shows before the add-in loads', () => {
    expect(customCallsIn('=_xldudf_PROMETHEE_CAC(B2,E2)', EXCEL)).toEqual(['CAC']);
    expect(customCallsIn('=[2]!_xldudf_PROMETHEE_NPS(A1:A9)', EXCEL)).toEqual(['NPS']);
  });

  it('does not take a name inside a string literal or a quoted sheet name for a call', () => {
    expect(customCallsIn('="PROMETHEE.CAC(1,2)"', EXCEL)).toEqual([]);
    expect(customCallsIn('=CONCAT("say ""CAC(1)""",A1)', SHEETS)).toEqual([]);
    expect(customCallsIn("='CAC('!A1+1", SHEETS)).toEqual([]);
  });

  it('needs the parenthesis: a named range or a sheet called CAC is no call', () => {
    expect(customCallsIn('=CAC+1', SHEETS)).toEqual([]);
    expect(customCallsIn('=CAC!A1', SHEETS)).toEqual([]);
    expect(customCallsIn('=CAC (B2, E2)', SHEETS)).toEqual(['CAC']);
  });

  it('keeps each dialect to its own spelling', () => {
    // In Excel, a bare CAC( is another add-in's or a user's function; in Sheets, PROMETHEE.CAC( is unknown.
    expect(customCallsIn('=CAC(B2,E2)', EXCEL)).toEqual([]);
    expect(customCallsIn('=PROMETHEE.CAC(B2,E2)', SHEETS)).toEqual([]);
    expect(customCallsIn('=OTHER.CAC(B2,E2)', EXCEL)).toEqual([]);
    expect(customCallsIn('=XCAC(B2,E2)+CACX(1)', SHEETS)).toEqual([]);
  });

  it('knows every function of the catalogue, in both spellings: its list of ids (src/catalogue/ids.ts) is the catalogue\'s, in order', () => {
    for (const spec of CATALOGUE) {
      expect(customCallsIn(`=${spec.id}(A1)`, SHEETS)).toEqual([spec.id]);
      expect(customCallsIn(`=PROMETHEE.${spec.id}(A1)`, EXCEL)).toEqual([spec.id]);
    }
    expect(customFunctionIds()).toEqual(CATALOGUE.map((spec) => spec.id));
  });

  it('never finds a call inside any string literal', () => {
    const names = CATALOGUE.map((spec) => spec.id);
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...names), fc.string(), (before, name, after) => {
        const literal = `"${`${before}PROMETHEE.${name}(${after}`.replaceAll('"', '""')}"`;
        expect(customCallsIn(`=LEN(${literal})`, EXCEL)).toEqual([]);
        expect(customCallsIn(`=LEN(${literal.replace('PROMETHEE.', '')})`, SHEETS)).toEqual([]);
      }),
    );
  });
});

describe('callsCustomFunction', () => {
  it('is true for a formula only, not for text that looks like one', () => {
    expect(callsCustomFunction('=CAC(B2, E2)', SHEETS)).toBe(true);
    expect(callsCustomFunction('CAC(B2, E2)', SHEETS)).toBe(false);
    expect(callsCustomFunction(300, SHEETS)).toBe(false);
  });
});
