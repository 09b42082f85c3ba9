// The custom-functions adapter against a stand-in for Excel's CustomFunctions runtime: registration,
// Excel's argument conventions (an invocation object appended, null for a left-out optional argument)
// and the mapping of the core's errors to CustomFunctions.Error (messages only under #VALUE! and #N/A,
// as Excel shows them only there).
import { describe, expect, it } from 'vitest';
import { divisionByZero, notAvailable, numberError, valueError } from '../src/cells/errors.js';
import { CATALOGUE, functionSpec } from '../src/catalogue/index.js';
import {
  catalogueArguments,
  excelError,
  excelResult,
  registerCatalogueFunctions,
  type CustomFunctionsRuntime,
} from '../addin/functions/register.js';
import { languageFromTag } from '../src/cells/language.js';

/** Stand-in for CustomFunctions.Error: keeps what Excel would show. */
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Implementation = (...excelArguments: unknown[]) => unknown;

function standInRuntime(): CustomFunctionsRuntime<string> & { readonly associated: Map<string, Implementation> } {
  const associated = new Map<string, Implementation>();
  return {
    associated,
    associate: (id, implementation) => associated.set(id, implementation),
    Error: StandInError,
    ErrorCode: { invalidValue: '#VALUE!', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
  };
}

/** What Excel appends after the declared arguments of every call. */
const INVOCATION = { address: 'Feuil1!B2', functionName: 'PROMETHEE.TEST' };

function registered(language: 'fr' | 'en' = 'fr'): (id: string) => Implementation {
  const runtime = standInRuntime();
  registerCatalogueFunctions(runtime, CATALOGUE, { language: () => language });
  return (id) => {
    const implementation = runtime.associated.get(id);
    if (!implementation) throw new Error(`${id} is not registered`);
    return implementation;
  };
}

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('the call did not throw');
}

describe('registering the catalogue', () => {
  it('associates every catalogue function with its id', () => {
    const runtime = standInRuntime();
    const ids = registerCatalogueFunctions(runtime, CATALOGUE, { language: () => 'fr' });
    expect(ids).toEqual(CATALOGUE.map((spec) => spec.id));
    expect([...runtime.associated.keys()]).toEqual(ids);
  });
});

describe('a registered function called the way Excel calls it', () => {
  const fn = registered();

  it('ignores the invocation object Excel appends after the arguments', () => {
    // (30 − 15) ÷ 15 = 1 and (45 − 30) ÷ 30 = 0.5
    expect(fn('MARKUP_RATE')([[30], [45]], [[15], [30]], INVOCATION)).toEqual([[1], [0.5]]);
  });

  it('reads null in an optional position as a left-out argument', () => {
    // m·r ÷ (1 + d − r) = 100 × 0.8 ÷ 0.3 = 266.67 (the catalogue's own worked example)
    const result = fn('LTV_DISCOUNTED')([[100]], [[0.8]], [[0.1]], null, INVOCATION) as number[][];
    expect(result[0]?.[0]).toBeCloseTo(266.6667, 4);
  });

  it('leaves blank rows of a range blank', () => {
    expect(fn('COST_PER_LEAD')([[1500], [null]], [[60], [null]], INVOCATION)).toEqual([[25], ['']]);
  });

  it('throws #DIV/0! without a message when the whole result is a division by zero', () => {
    const error = thrownBy(() => fn('CAC')([[1000]], [[0]], INVOCATION));
    expect(error).toBeInstanceOf(StandInError);
    expect(error).toEqual(new StandInError('#DIV/0!'));
  });

  it('throws #NUM! without a message when the whole result is an impossible value', () => {
    // 20 customers lost out of 10: a churn rate above 100 %
    expect(thrownBy(() => fn('CHURN_RATE')([[10]], [[20]], INVOCATION))).toEqual(new StandInError('#NUM!'));
  });

  it('throws #VALUE! with the French message by default', () => {
    expect(thrownBy(() => fn('MARKUP_RATE')([[1], [2]], [[1], [2], [3]], INVOCATION))).toEqual(
      new StandInError('#VALUE!', 'selling_price et cost doivent avoir le même nombre de lignes : 2 contre 3'),
    );
  });

  it('writes the #VALUE! message in English when the language is English', () => {
    const english = registered('en');
    expect(thrownBy(() => english('MARKUP_RATE')([[1], [2]], [[1], [2], [3]], INVOCATION))).toEqual(
      new StandInError('#VALUE!', 'selling_price and cost must have the same number of rows: 2 vs 3'),
    );
  });

  it('returns errors inside a larger result as error objects in their cells', () => {
    // 10 ÷ 100 = 0.1, then 20 lost out of 10: #NUM!
    expect(fn('CHURN_RATE')([[100], [10]], [[10], [20]], INVOCATION)).toEqual([[0.1], [new StandInError('#NUM!')]]);
  });
});

describe('the arguments handed to the core', () => {
  const ltvDiscounted = functionSpec('LTV_DISCOUNTED');

  it('keeps only the declared arguments and turns a null optional argument into undefined', () => {
    expect(catalogueArguments(ltvDiscounted, [[[100]], [[0.8]], [[0.1]], null, INVOCATION])).toEqual([[[100]], [[0.8]], [[0.1]], undefined]);
  });

  it('keeps null in a required position: there it is an empty cell', () => {
    expect(catalogueArguments(ltvDiscounted, [null, [[0.8]], [[0.1]]])).toEqual([null, [[0.8]], [[0.1]], undefined]);
  });
});

describe("the core's errors as Excel errors", () => {
  const runtime = standInRuntime();

  it('maps #VALUE! to invalidValue with its message', () => {
    expect(excelError(valueError('texte', 'text'), runtime, 'fr')).toEqual(new StandInError('#VALUE!', 'texte'));
  });

  it('maps #N/A to notAvailable with its message', () => {
    expect(excelError(notAvailable('client inconnu', 'unknown customer'), runtime, 'en')).toEqual(new StandInError('#N/A', 'unknown customer'));
  });

  it('maps #DIV/0! to divisionByZero without a message', () => {
    expect(excelError(divisionByZero('zéro', 'zero'), runtime, 'fr')).toEqual(new StandInError('#DIV/0!'));
  });

  it('maps #NUM! to invalidNumber without a message', () => {
    expect(excelError(numberError('trop', 'too much'), runtime, 'fr')).toEqual(new StandInError('#NUM!'));
  });

  it('passes plain values through unchanged', () => {
    expect(excelResult([[1, 'A', true]], runtime, 'fr')).toEqual([[1, 'A', true]]);
  });
});

describe('the language of messages', () => {
  it('is French for every French tag', () => {
    expect(['fr-FR', 'fr-CA', 'fr-BE', 'fr', 'FR-ch'].map(languageFromTag)).toEqual(['fr', 'fr', 'fr', 'fr', 'fr']);
  });

  it('is English for any other language', () => {
    expect(['en-US', 'de-DE', 'frr-DE'].map(languageFromTag)).toEqual(['en', 'en', 'en']);
  });

  it('is French when Office has not said', () => {
    expect([undefined, null, ''].map(languageFromTag)).toEqual(['fr', 'fr', 'fr']);
  });
});
