import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import type { RawCell } from '../../cells/values.js';
import { invoke } from '../invoke.js';

const column = (...values: RawCell[]): RawCell[][] => values.map((value) => [value]);
const codeOf = (result: readonly (readonly unknown[])[]) => result.map((row) => (isSheetError(row[0]) ? row[0].code : row[0]));

describe('BCG_QUADRANT', () => {
  it('names the quadrant of each row with the default thresholds (10 %, 1)', () => {
    // 15 %/1.2 both high: Vedette; 15 %/0.4: Dilemme; 3 %/2.5: Vache à lait; -2 %/0.3: Poids mort.
    expect(invoke('BCG_QUADRANT', [column(0.15, 0.15, 0.03, -0.02), column(1.2, 0.4, 2.5, 0.3)], { language: 'fr' })).toEqual(
      column('Vedette', 'Dilemme', 'Vache à lait', 'Poids mort'),
    );
  });

  it('answers in the language asked, over the workbook’s', () => {
    expect(invoke('BCG_QUADRANT', [column(0.15, 0.03), column(1.2, 2.5), null, null, 'en'], { language: 'fr' })).toEqual(column('Star', 'Cash cow'));
  });

  it('reads thresholds given as text percentages or numbers', () => {
    // 8 % against 5 %: high; 0.8 against 0.5: high → Vedette (it is Poids mort with the defaults).
    expect(invoke('BCG_QUADRANT', [0.08, 0.8, '5 %', 0.5], { language: 'fr' })).toEqual([['Vedette']]);
    expect(invoke('BCG_QUADRANT', [0.08, 0.8], { language: 'fr' })).toEqual([['Poids mort']]);
  });

  it('leaves an empty row empty and gives #VALUE! for a negative share or a half-empty row', () => {
    expect(codeOf(invoke('BCG_QUADRANT', [column(0.2, '', 0.2, 0.2), column(1, '', -1, '')], { language: 'en' }))).toEqual(['Star', '', '#VALUE!', '#VALUE!']);
  });
});
