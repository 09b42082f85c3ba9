import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError } from '../cells/errors.js';
import { expectError } from '../../test/support/errors.js';
import { readArgument, readArguments } from './arguments.js';
import { choiceParam, languageParam, optionalNumber, optionalParam, optionalRangeParam, rangeParam } from './define.js';
import { invoke } from './invoke.js';
import type { InvokeContext } from './types.js';

const FR: InvokeContext = { language: 'fr' };
const EN: InvokeContext = { language: 'en' };
const TIMINGS = [
  { value: 'retained', names: ['retained'] },
  { value: 'end', names: ['end', 'fin'] },
] as const;

describe('readArgument', () => {
  it('passes a range parameter on as the host gave it, left out as undefined', () => {
    const param = rangeParam('x', 'number', 'x', 'x');
    const range = [[1], ['2'], ['']];
    expect(readArgument(param, range, FR)).toBe(range);
    expect(readArgument(optionalRangeParam('m', 'number', undefined, 'm', 'm'), undefined, FR)).toBeUndefined();
  });

  it('reads a number, text included, and gives the default when empty or left out', () => {
    const bins = optionalParam('bins', 'number', 5, 'bins', 'bins');
    expect(readArgument(bins, '1 234,5', FR)).toBe(1234.5);
    expect(readArgument(bins, [[3]], FR)).toBe(3);
    expect(readArgument(bins, '', FR)).toBe(5);
    expect(readArgument(bins, undefined, FR)).toBe(5);
    expect(readArgument(bins, [], FR)).toBe(5);
    // A shown default that is not the value used: "80 %" in the help, 0.8 in the call.
    const share = optionalNumber('a_share', 0.8, '80 %', 'a', 'a');
    expect(share.defaultValue).toBe('80 %');
    expect(readArgument(share, null, FR)).toBe(0.8);
    expect(readArgument(share, '70 %', FR)).toBeCloseTo(0.7, 12);
    expect(readArgument(optionalNumber('bins', undefined, 5, 'b', 'b'), '', FR)).toBeUndefined();
  });

  it('reads a date as a day number; none when empty and no default', () => {
    const asOf = optionalParam('as_of', 'date', undefined, 'as_of', 'as_of');
    expect(readArgument(asOf, '31/12/2024', FR)).toBe(dayFromCivil(2024, 12, 31));
    expect(readArgument(asOf, '2024-12-31', FR)).toBe(dayFromCivil(2024, 12, 31));
    expect(readArgument(asOf, '', FR)).toBeUndefined();
  });

  it('reads a choice by name (case and accents ignored) or by position, empty for the fallback', () => {
    const timing = choiceParam('timing', 'any', TIMINGS, 'retained', 0, 'timing', 'timing');
    expect(readArgument(timing, ' FIN ', FR)).toBe('end');
    expect(readArgument(timing, 1, FR)).toBe('end');
    expect(readArgument(timing, '', FR)).toBe('retained');
    expect(expectError(readArgument(timing, 'soon', FR), '#VALUE!').message.en).toBe('timing: unknown value "soon" (expected 0 = "retained", 1 = "end")');
  });

  it("gives a language parameter the call's language when empty", () => {
    const language = languageParam('Langue', 'Language');
    expect(readArgument(language, undefined, FR)).toBe('fr');
    expect(readArgument(language, '', EN)).toBe('en');
    expect(readArgument(language, 'Français', EN)).toBe('fr');
  });

  it('refuses a range for a single-cell parameter, naming it', () => {
    const bins = optionalParam('bins', 'number', 5, 'bins', 'bins');
    expect(expectError(readArgument(bins, [[1], [2]], FR), '#VALUE!').message.en).toBe('bins must be a single cell (got 2×1)');
    expect(expectError(readArgument(bins, 'many', FR), '#VALUE!').message.en).toBe('bins: "many" is not a number');
  });
});

describe('readArguments', () => {
  it('reads in the order of the parameters and stops at the first error', () => {
    const params = [rangeParam('x', 'number', 'x', 'x'), optionalParam('bins', 'number', 5, 'b', 'b'), languageParam('l', 'l')];
    expect(readArguments(params, [[[1]], undefined, undefined], EN)).toEqual([[[1]], 5, 'en']);
    const both = readArguments(params, [1, 'x', 'de'], EN);
    expect(isSheetError(both) && both.message.en).toBe('bins: "x" is not a number');
  });
});

describe('invoke reads the arguments of every function the same way', () => {
  it('applies the declared defaults: ABC at 80 % / 95 %, whether the shares are left out or empty', () => {
    // Ranked 70, 15, 10, 5 of 100; the share of the items before each: 0 and 70 % (< 80 %: A), 85 %
    // (< 95 %: B), 95 % (not < 95 %: C). With a at 60 %, 15 (70 % before it) would be B.
    const expected = [['B'], ['A'], ['A'], ['C']];
    expect(invoke('ABC_CLASS', [[[10], [70], [15], [5]]])).toEqual(expected);
    expect(invoke('ABC_CLASS', [[[10], [70], [15], [5]], '', null])).toEqual(expected);
    expect(invoke('ABC_CLASS', [[[10], [70], [15], [5]], '80 %', 0.95])).toEqual(expected);
    expect(invoke('ABC_CLASS', [[[10], [70], [15], [5]], '60 %'])).toEqual([['B'], ['A'], ['B'], ['C']]);
  });

  it('gives the workbook language to a left-out language argument', () => {
    expect(invoke('RFM_SEGMENT', ['111'], { language: 'fr' })).toEqual([['Perdus']]);
    expect(invoke('RFM_SEGMENT', ['111'], { language: 'en' })).toEqual([['Lost']]);
    expect(invoke('RFM_SEGMENT', ['111', undefined, undefined, 'anglais'], { language: 'fr' })).toEqual([['Lost']]);
  });
});
