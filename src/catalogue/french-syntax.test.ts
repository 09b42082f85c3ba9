import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './index.js';
import { frenchFormula } from './french-syntax.js';

describe('a formula as a French spreadsheet writes it', () => {
  it('separates arguments with semicolons and writes decimals with a comma', () => {
    expect(frenchFormula('=CLV_P_ALIVE(2, 30.43, 38.86, 0.242593)')).toBe('=CLV_P_ALIVE(2; 30,43; 38,86; 0,242593)');
    expect(frenchFormula('=LTV(50, 4, 40%, 20%)')).toBe('=LTV(50; 4; 40%; 20%)');
  });

  it('keeps quoted text and column array constants as they are', () => {
    expect(frenchFormula('=CLV_FIT(A2:A70, B2:B70, C2:C70, "1997-09-30")')).toBe('=CLV_FIT(A2:A70; B2:B70; C2:C70; "1997-09-30")');
    expect(frenchFormula('=RFM_SEGMENT("5,4.5")')).toBe('=RFM_SEGMENT("5,4.5")');
    expect(frenchFormula('=ABC_CLASS({10;70;15;5})')).toBe('=ABC_CLASS({10;70;15;5})');
  });

  it('leaves no comma nor decimal point in the French form of any catalogue example', () => {
    for (const spec of CATALOGUE) {
      const french = frenchFormula(spec.example.formula).replace(/"[^"]*"/g, '');
      expect(french, spec.id).not.toMatch(/,\s|\d\.\d/);
    }
  });
});
