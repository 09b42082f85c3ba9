// The catalogue's messages: every entry listed and well written in both languages, and every error
// branch of invoke, of its reading of arguments and of the catalogue's shared readers (shapes, lists,
// transactions) answering with one of them, word for word.
import { describe, expect, it } from 'vitest';
import { singleCell, numberFromCell } from '../cells/coerce.js';
import { isSheetError, type ErrorCode, type LocalizedText, type SheetError } from '../cells/errors.js';
import type { OutMatrix, RawArg } from '../cells/values.js';
import { defineFunction, rangeParam, t } from '../catalogue/define.js';
import { invoke, invokeSpec } from '../catalogue/invoke.js';
import type { Implementation } from '../catalogue/types.js';
import { frenchTypographyProblems } from '../typography/french.js';
import * as catalogueMessages from './catalogue.js';

const { INTERNAL_ERROR_MARK, ...M } = catalogueMessages;

/** Each entry with sample values, so that the listing below fails when an entry is added or removed. */
const SAMPLES: Readonly<Record<keyof typeof M, LocalizedText>> = {
  tooManyArguments: M.tooManyArguments('CAC', 2, 3),
  missingArgument: M.missingArgument('CAC', 'new_customers'),
  internalError: M.internalError('CAC', 'boom'),
  nonFiniteResult: M.nonFiniteResult('CAC', NaN),
  differentRowCounts: M.differentRowCounts('a', 'b', 2, 3),
  differentShapes: M.differentShapes('a', 'b', '2×1', '1×2'),
  emptyRange: M.emptyRange('a'),
  emptyOnRow: M.emptyOnRow('a'),
  emptyCellInList: M.emptyCellInList('values', 2),
  unknownChoice: M.unknownChoice('timing', '"x"', '0 = "retained"'),
  transactionRow: M.transactionRow(4, M.emptyDate),
  emptyCustomer: M.emptyCustomer,
  emptyDate: M.emptyDate,
  emptyAmount: M.emptyAmount,
  rfmCutPointRows: M.rfmCutPointRows(4, 2),
  clvParametersPositive: M.clvParametersPositive,
  clvRepeatPurchasesWhole: M.clvRepeatPurchasesWhole(1.5),
  clvHistoryOrder: M.clvHistoryOrder(5, 3),
  clvHorizonNegative: M.clvHorizonNegative(-1),
  clvHorizonTooLong: M.clvHorizonTooLong,
  clvSpendScalePositive: M.clvSpendScalePositive,
  clvSpendShapeAboveOne: M.clvSpendShapeAboveOne(1),
  clvSpendInputsNonNegative: M.clvSpendInputsNonNegative,
  clvSimpleFormula: M.clvSimpleFormula(t('trop peu de clients', 'too few customers')),
};

describe('the catalogue messages', () => {
  it('are these entries', () => {
    expect(Object.keys(M).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(Object.entries(SAMPLES))('%s is written in both languages, French typography in French', (_, message) => {
    expect(message.fr.trim().length).toBeGreaterThan(3);
    expect(message.en.trim().length).toBeGreaterThan(3);
    expect(message.fr).not.toBe(message.en);
    expect(frenchTypographyProblems(message.fr)).toEqual([]);
  });

  it('mark the internal errors, which only a defect produces', () => {
    expect(M.internalError('CAC', 'boom').en).toBe(`${INTERNAL_ERROR_MARK} internal error in CAC: boom`);
    expect(M.nonFiniteResult('CAC', Infinity).fr).toBe(`${INTERNAL_ERROR_MARK} CAC a produit Infinity`);
  });
});

/** The one error of a call's result. */
function onlyError(result: OutMatrix, code: ErrorCode): SheetError {
  expect(result.length).toBe(1);
  const cell = result[0]?.[0];
  if (!isSheetError(cell)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  expect(cell.code).toBe(code);
  return cell;
}

/** The error at a row of a column result. */
function errorAt(result: OutMatrix, row: number): SheetError {
  const cell = result[row]?.[0];
  if (!isSheetError(cell)) throw new Error(`expected an error at row ${row}, got ${JSON.stringify(result)}`);
  return cell;
}

function testSpec(id: string, implementation: Implementation) {
  return defineFunction({
    id,
    category: 'value',
    summary: t('Essai', 'Test'),
    help: t('Essai', 'Test'),
    example: { formula: `=${id}(1)`, result: t('1', '1') },
    params: [rangeParam('x', 'number', 'x', 'x')],
    result: 'value',
    implementation,
  });
}

const column = (...values: RawArg[]): RawArg => values.map((value) => [value]) as RawArg;

describe('each error branch of invoke answers with its catalogue message', () => {
  it('too many arguments', () => {
    expect(onlyError(invoke('CAC', [1, 2, 3]), '#VALUE!').message).toEqual(M.tooManyArguments('CAC', 2, 3));
  });

  it('a required argument left out', () => {
    expect(onlyError(invoke('CAC', [1]), '#VALUE!').message).toEqual(M.missingArgument('CAC', 'new_customers'));
  });

  it('an exception of the implementation', () => {
    const spec = testSpec('THROWS', () => {
      throw new RangeError('index out of range');
    });
    expect(onlyError(invokeSpec(spec, [1]), '#VALUE!').message).toEqual(M.internalError('THROWS', 'index out of range'));
  });

  it('a non-finite number in the result', () => {
    const spec = testSpec('NON_FINITE', () => [[1, -Infinity]]);
    const cell = invokeSpec(spec, [1])[0]?.[1];
    expect(isSheetError(cell) && cell.code).toBe('#NUM!');
    expect((cell as SheetError).message).toEqual(M.nonFiniteResult('NON_FINITE', -Infinity));
  });
});

describe('each error branch of the reading of arguments answers with its message', () => {
  it('an unknown choice (LTV_DISCOUNTED timing)', () => {
    const error = onlyError(invoke('LTV_DISCOUNTED', [100, 0.8, 0.1, 'soon']), '#VALUE!');
    expect(error.message).toEqual(M.unknownChoice('timing', '"soon"', '0 = "retained", 1 = "immediate", 2 = "end"'));
  });

  it('an unknown language', () => {
    const error = onlyError(invoke('RFM_SEGMENT', ['545', undefined, undefined, 'de']), '#VALUE!');
    expect(error.message).toEqual(M.unknownChoice('language', '"de"', '0 = "fr", 1 = "en"'));
  });

  // The two branches below answer with the cells' own messages (src/cells/coerce.ts), named by the parameter.
  it('a range where one cell is expected', () => {
    const error = onlyError(invoke('ABC_CLASS', [[[1], [2]], [[0.8], [0.9]]]), '#VALUE!');
    expect(error).toEqual(singleCell([[0.8], [0.9]], 'a_share'));
  });

  it('a single cell that is not of its kind', () => {
    const error = onlyError(invoke('ABC_CLASS', [[[1], [2]], 'most']), '#VALUE!');
    expect(error).toEqual(numberFromCell('most', 'a_share'));
  });
});

describe('each error branch of the shared readers answers with its catalogue message', () => {
  it('columns of different heights', () => {
    expect(onlyError(invoke('CAC', [column(1, 2), column(1, 2, 3)]), '#VALUE!').message).toEqual(M.differentRowCounts('acquisition_costs', 'new_customers', 2, 3));
  });

  it('blocks of different shapes', () => {
    const error = onlyError(invoke('CAC', [[[1, 2]], [[1], [2]]]), '#VALUE!');
    expect(error.message).toEqual(M.differentShapes('acquisition_costs', 'new_customers', '1×2', '2×1'));
  });

  it('an empty range', () => {
    expect(onlyError(invoke('CAC', [[], 3]), '#VALUE!').message).toEqual(M.emptyRange('acquisition_costs'));
  });

  it('one argument empty on a row', () => {
    expect(errorAt(invoke('CAC', [column(1500, 800), column(5, '')]), 1).message).toEqual(M.emptyOnRow('new_customers'));
  });

  it('an empty cell inside a list', () => {
    expect(onlyError(invoke('FUNNEL', [column(100, '', 10)]), '#VALUE!').message).toEqual(M.emptyCellInList('stage_counts', 2));
  });

  it('lists of different lengths (transactions)', () => {
    const error = onlyError(invoke('RFM_TABLE', [column('a', 'b'), column('2024-01-01'), column(10, 20)]), '#VALUE!');
    expect(error.message).toEqual(M.differentRowCounts('customers', 'dates', 2, 1));
  });

  it('a transaction without customer', () => {
    const error = onlyError(invoke('RFM_TABLE', [column('a', ''), column('2024-01-01', '2024-01-02'), column(10, 20)]), '#VALUE!');
    expect(error.message).toEqual(M.transactionRow(2, M.emptyCustomer));
  });

  it('a transaction without date', () => {
    const error = onlyError(invoke('RFM_TABLE', [column('a', 'b'), column('2024-01-01', ''), column(10, 20)]), '#VALUE!');
    expect(error.message).toEqual(M.transactionRow(2, M.emptyDate));
  });

  it('a transaction without amount', () => {
    const error = onlyError(invoke('CLV_FIT', [column('a', 'b'), column('2024-01-01', '2024-01-02'), column('', 20)]), '#VALUE!');
    expect(error.message).toEqual(M.transactionRow(1, M.emptyAmount));
  });

  it('RFM cut points on other than 3 rows', () => {
    const error = onlyError(invoke('RFM_SCORE', [column(1, 2), column(1, 2), column(1, 2), undefined, 3, [[1, 2], [3, 4]]]), '#VALUE!');
    expect(error.message).toEqual(M.rfmCutPointRows(2, 2));
  });
});

describe('each error of the CLV row-by-row functions answers with its catalogue message', () => {
  const bg = [0.24, 4.4, 0.79, 2.4];
  it('a model parameter ≤ 0', () => {
    expect(onlyError(invoke('CLV_P_ALIVE', [2, 30, 38, 0, 4.4, 0.79, 2.4]), '#NUM!').message).toEqual(M.clvParametersPositive);
  });
  it('x not a whole number', () => {
    expect(onlyError(invoke('CLV_P_ALIVE', [1.5, 30, 38, ...bg]), '#NUM!').message).toEqual(M.clvRepeatPurchasesWhole(1.5));
  });
  it('t_x after T', () => {
    expect(onlyError(invoke('CLV_P_ALIVE', [2, 40, 38, ...bg]), '#NUM!').message).toEqual(M.clvHistoryOrder(40, 38));
  });
  it('a negative horizon', () => {
    expect(onlyError(invoke('CLV_EXPECTED_PURCHASES', [2, 30, 38, -1, ...bg]), '#NUM!').message).toEqual(M.clvHorizonNegative(-1));
  });
  it('a horizon too long to compute', () => {
    expect(onlyError(invoke('CLV_EXPECTED_PURCHASES', [2, 30, 38, 1e9, ...bg]), '#NUM!').message).toEqual(M.clvHorizonTooLong);
  });
  it('p or gamma ≤ 0', () => {
    expect(onlyError(invoke('CLV_EXPECTED_SPEND', [2, 22, 0, 3.7, 15]), '#NUM!').message).toEqual(M.clvSpendScalePositive);
  });
  it('q ≤ 1', () => {
    expect(onlyError(invoke('CLV_EXPECTED_SPEND', [2, 22, 6, 1, 15]), '#NUM!').message).toEqual(M.clvSpendShapeAboveOne(1));
  });
  it('a negative x or mean value', () => {
    expect(onlyError(invoke('CLV_EXPECTED_SPEND', [2, -22, 6, 3.7, 15]), '#NUM!').message).toEqual(M.clvSpendInputsNonNegative);
  });
});

describe('the notes inside results', () => {
  it('CLV_FIT says the simple formula replaced a model, and why', () => {
    const result = invoke('CLV_FIT', [column('a', 'b'), column('2024-01-01', '2024-01-02'), column(10, 20), undefined, undefined, 'en']);
    const notes = result.slice(-2).map((row) => row[1]);
    expect(notes.every((note) => typeof note === 'string' && note.startsWith('simple formula: '))).toBe(true);
  });
});
