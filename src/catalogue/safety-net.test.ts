/**
 * The catalogue's own guards, the ones no real function trips today: a function that throws or
 * returns NaN must still give a typed error, and a mistake in the catalogue itself must stop the build.
 */
import { describe, expect, it } from 'vitest';
import { isSheetError, type SheetError } from '../cells/errors.js';
import type { OutMatrix } from '../cells/values.js';
import { indexById } from './catalogue.js';
import { CatalogueError, defineFunction, optionalParam, rangeParam, t } from './define.js';
import { functionSpec, INTERNAL_ERROR_MARK, invokeSpec } from './invoke.js';
import type { FunctionSpec, Implementation } from './types.js';

function spec(id: string, implementation: Implementation, params = [rangeParam('x', 'number', 'x', 'x')]): FunctionSpec {
  return {
    id,
    category: 'value',
    summary: t('essai', 'test'),
    help: t('essai', 'test'),
    example: { formula: `=${id}(1)`, result: t('1', '1') },
    params,
    result: 'column',
    implementation,
  };
}

function onlyError(result: OutMatrix): SheetError {
  expect(result).toHaveLength(1);
  const cell = result[0]?.[0];
  expect(isSheetError(cell)).toBe(true);
  return cell as SheetError;
}

describe('invokeSpec, the safety net of every function', () => {
  it('turns an exception of the implementation into a marked #VALUE! naming the function', () => {
    const error = onlyError(
      invokeSpec(
        spec('THROWS', () => {
          throw new RangeError('index out of range');
        }),
        [1],
      ),
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message.en).toBe(`${INTERNAL_ERROR_MARK} internal error in THROWS: index out of range`);
    expect(error.message.fr).toBe(`${INTERNAL_ERROR_MARK} erreur interne dans THROWS : index out of range`);
  });

  it('reports something thrown that is not an Error by its text', () => {
    const error = onlyError(
      invokeSpec(
        spec('THROWS_TEXT', () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test: a library throwing a bare string
          throw 'disk full';
        }),
        [1],
      ),
    );
    expect(error.message.en).toBe(`${INTERNAL_ERROR_MARK} internal error in THROWS_TEXT: disk full`);
  });

  it('turns NaN and ±Infinity in a result into marked #NUM! cells, keeping the finite ones', () => {
    const result = invokeSpec(spec('NON_FINITE', () => [[1, Number.NaN], [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]]), [1]);
    expect(result[0]?.[0]).toBe(1);
    for (const cell of [result[0]?.[1], result[1]?.[0], result[1]?.[1]]) {
      expect(isSheetError(cell)).toBe(true);
      expect((cell as SheetError).code).toBe('#NUM!');
    }
    expect((result[0]?.[1] as SheetError).message.en).toBe(`${INTERNAL_ERROR_MARK} NON_FINITE produced NaN`);
  });

  it('pads ragged rows with empty cells, so that a host always gets a rectangle', () => {
    expect(invokeSpec(spec('RAGGED', () => [[1], [2, 3, 4], []]), [1])).toEqual([
      [1, '', ''],
      [2, 3, 4],
      ['', '', ''],
    ]);
  });

  it('gives one empty cell for an empty result', () => {
    expect(invokeSpec(spec('EMPTY', () => []), [1])).toEqual([['']]);
    expect(invokeSpec(spec('EMPTY_ROWS', () => [[], []]), [1])).toEqual([['']]);
  });

  it('counts trailing left-out arguments as not given', () => {
    const params = [rangeParam('x', 'number', 'x', 'x'), optionalParam('y', 'number', 2, 'y', 'y')];
    expect(invokeSpec(spec('ARITY', (args) => [[args.length]], params), [1, undefined, undefined])).toEqual([[2]]);
  });
});

describe('the catalogue guards', () => {
  it('throws a CatalogueError for an id outside the catalogue, which no host passes', () => {
    expect(() => functionSpec('NO_SUCH_FUNCTION')).toThrow(CatalogueError);
  });

  it('refuses an id given twice', () => {
    const one = spec('TWICE', () => [[1]]);
    expect(() => indexById([one, one])).toThrow('Duplicate function id "TWICE"');
    expect(indexById([one]).get('TWICE')).toBe(one);
  });

  it('refuses ids the hosts would refuse: lower case, under 3 characters, or a cell reference', () => {
    for (const id of ['markup', 'AB', 'ABC12', 'X1', '1ABC', 'MARK-UP']) {
      expect(() => defineFunction(spec(id, () => [[1]])), id).toThrow(CatalogueError);
    }
    expect(defineFunction(spec('LTV_2', () => [[1]])).id).toBe('LTV_2');
  });

  it('refuses a required parameter after an optional one', () => {
    const params = [optionalParam('a', 'number', 1, 'a', 'a'), rangeParam('b', 'number', 'b', 'b')];
    expect(() => defineFunction(spec('ORDER_OF_PARAMS', () => [[1]], params))).toThrow('ORDER_OF_PARAMS: required parameter "b" after an optional one');
  });
});
