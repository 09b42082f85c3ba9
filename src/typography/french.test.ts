import { describe, expect, it } from 'vitest';
import { fixFrenchTypography, frenchTypographyProblems } from './french.js';

describe('French typography', () => {
  it('asks for a no-break space before : ; ! ? % and », after «, and the typographic apostrophe', () => {
    expect(fixFrenchTypography("Taux d'attrition : 12%")).toBe('Taux d’attrition\u00A0: 12\u00A0%');
    expect(fixFrenchTypography('Vraiment? Oui; « bien »')).toBe('Vraiment\u00A0? Oui\u00A0; «\u00A0bien\u00A0»');
    expect(fixFrenchTypography('Total: 3')).toBe('Total\u00A0: 3');
    expect(frenchTypographyProblems("d'accord")).toHaveLength(1);
    expect(frenchTypographyProblems('Taux d’attrition\u00A0: 12\u00A0%')).toEqual([]);
  });

  it('leaves formulas, ranges, ratios, code and addresses alone', () => {
    for (const text of ['LTV:CAC = 3', 'A2:A5000', '`--method rfm|ntile`', '=LTV(50; 4; 40%; 20%)', 'https://example.com', 'F = 5', '(%)', 'R \\ F']) {
      expect(frenchTypographyProblems(text), text).toEqual([]);
      expect(fixFrenchTypography(text)).toBe(text);
    }
  });

  it('fixes what it finds, so that a fixed text has no problem left', () => {
    const text = "Seuils : l'analyse ; 5% « récents » ! Pourquoi?";
    expect(frenchTypographyProblems(text).length).toBeGreaterThan(4);
    expect(frenchTypographyProblems(fixFrenchTypography(text))).toEqual([]);
  });
});
