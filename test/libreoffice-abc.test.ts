// The ABC sheets recalculated by LibreOffice. The value-based sheet must give, cell for cell, the
// core's classification (classifyAbc) on the same items — ties, values ≤ 0 and user text that looks
// like a formula included — and follow an edited threshold. The weighted-criteria sheet must give the
// scores, ranks and classes computed by hand from the guide's method, and follow an edited share.
import { beforeAll, describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import { classifyAbc, type AbcResult } from '../src/metrics/abc.js';
import { abcLayout, buildAbcPlan } from '../src/plans/abc.js';
import { buildWeightedAbcPlan, weightedAbcLayout } from '../src/plans/abc-weighted.js';
import type { SheetPlan } from '../src/plans/types.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, editCells, errorCells, numberFromText, recalculate } from './libreoffice.js';

const ITEMS = ['Dupont', 'Martin', '=1+1', '@SUM(A1)', '+33 6 12', '-foo', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Retour'];
const VALUES = [500, 300, 300, 120, 80, 0, 60, 40, 40, 35, 25, -50];
/** 57 items with values spread over three orders of magnitude, some equal. */
const LARGE_ITEMS = Array.from({ length: 57 }, (_, i) => `Client ${String(i + 1).padStart(2, '0')}`);
const LARGE_VALUES = LARGE_ITEMS.map((_, i) => Math.round(10_000 / (1 + ((i * 37) % 57)) + ((i * 13) % 7)) / 4);

/** One item worth 96 % of the total: A by the crossing rule (it was C when the rule was "cumulative share ≤ a"). */
const DOMINANT_ITEMS = ['Grand compte', 'Moyen', 'Petit'];
const DOMINANT_VALUES = [9600, 300, 100];

const ABC_SHEET = 'Segmentation ABC';
const WEIGHTED_SHEET = 'ABC multicritère';

function plan(result: SheetPlan | ReturnType<typeof buildAbcPlan>): SheetPlan {
  if (isSheetError(result)) throw new Error(result.message.en);
  return assertValidPlan(result);
}

function core(items: readonly string[], values: readonly number[], a = 0.8, b = 0.95): AbcResult {
  const result = classifyAbc(items, values, { a, b });
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

const sheets = new Map<string, string[][]>();
const sheet = (name: string): string[][] => sheets.get(name) ?? [];

beforeAll(async () => {
  const abc = await writeXlsx([plan(buildAbcPlan({ language: 'fr', items: ITEMS, values: VALUES, valueFormat: 'currency' }))]);
  const large = await writeXlsx([plan(buildAbcPlan({ language: 'fr', items: LARGE_ITEMS, values: LARGE_VALUES }))]);
  const weighted = await writeXlsx([assertValidPlan(buildWeightedAbcPlan({ language: 'fr' }))]);
  const dominant = await writeXlsx([plan(buildAbcPlan({ language: 'fr', items: DOMINANT_ITEMS, values: DOMINANT_VALUES }))]);
  const files = [
    { name: 'abc', data: abc.data, sheet: ABC_SHEET },
    // The user lowers threshold A from 80 % to 50 %.
    { name: 'abc-edited', data: await editCells(abc.data, ABC_SHEET, { [abcLayout(10).thresholdA]: 0.5 }), sheet: ABC_SHEET },
    { name: 'abc-large', data: large.data, sheet: ABC_SHEET },
    { name: 'abc-dominant', data: dominant.data, sheet: ABC_SHEET },
    { name: 'weighted', data: weighted.data, sheet: WEIGHTED_SHEET },
    // The user raises the share of A accounts from 20 % to 40 % (cell H6).
    { name: 'weighted-edited', data: await editCells(weighted.data, WEIGHTED_SHEET, { H6: 0.4 }), sheet: WEIGHTED_SHEET },
  ];
  const results = await recalculate(files, new Map(files.map((file) => [file.name, [file.sheet]])));
  for (const file of files) sheets.set(file.name, results.get(file.name)?.get(file.sheet) ?? []);
});

/** The item table as LibreOffice computed it: item, value, share, cumulative share, class. */
function itemRows(rows: string[][], count: number): { item: string; value: number; share: number; cumulativeShare: number; abcClass: string }[] {
  const layout = abcLayout(count);
  return rows.slice(layout.firstItemRow - 1, layout.lastItemRow).map((row) => ({
    item: row[1] ?? '',
    value: numberFromText(row[2] ?? ''),
    share: numberFromText(row[3] ?? ''),
    cumulativeShare: numberFromText(row[5] ?? ''),
    abcClass: row[6] ?? '',
  }));
}

function expectSameAsCore(rows: string[][], expected: AbcResult): void {
  const actual = itemRows(rows, expected.rows.length);
  expect(actual.map((row) => row.item)).toEqual(expected.rows.map((row) => row.item));
  expect(actual.map((row) => row.abcClass)).toEqual(expected.rows.map((row) => row.abcClass));
  actual.forEach((row, i) => {
    const reference = expected.rows[i];
    expect(row.value).toBe(reference?.value);
    expect(row.share).toBeCloseTo(reference?.share ?? Number.NaN, 13);
    expect(row.cumulativeShare).toBeCloseTo(reference?.cumulativeShare ?? Number.NaN, 13);
  });
}

describe('the ABC sheet recalculated by LibreOffice', () => {
  it('shows no error value anywhere', () => {
    for (const name of ['abc', 'abc-edited', 'abc-large', 'abc-dominant', 'weighted', 'weighted-edited']) {
      expect(sheet(name).length, name).toBeGreaterThan(10);
      expect(errorCells(sheet(name)), name).toEqual([]);
    }
  });

  it('sorts, shares and classes the items exactly as classifyAbc does, ties by item id', () => {
    expectSameAsCore(sheet('abc'), core(ITEMS, VALUES));
  });

  it('keeps user text that looks like a formula as text: "=1+1", "@SUM(A1)", "+33 6 12"', () => {
    const items = itemRows(sheet('abc'), 10).map((row) => row.item);
    expect(items).toContain('=1+1');
    expect(items).toContain('@SUM(A1)');
    expect(items).toContain('+33 6 12');
  });

  it('lists the items with a value ≤ 0 apart, as text and values', () => {
    const rows = sheet('abc');
    const excluded = rows.filter((row) => row[8] === '-foo' || row[8] === 'Retour').map((row) => [row[8], row[9]]);
    expect(excluded).toEqual([
      ['-foo', '0'],
      ['Retour', '-50'],
    ]);
  });

  it('sums each class: count, share of items, value and share of value', () => {
    const rows = sheet('abc');
    const reference = core(ITEMS, VALUES);
    const first = abcLayout(10).firstSummaryRow;
    (['A', 'B', 'C'] as const).forEach((abcClass, i) => {
      const members = reference.rows.filter((row) => row.abcClass === abcClass);
      const value = members.reduce((sum, row) => sum + row.value, 0);
      expect(cellText(rows, `I${first + i}`)).toBe(abcClass);
      expect(cellNumber(rows, `J${first + i}`)).toBe(members.length);
      expect(cellNumber(rows, `K${first + i}`)).toBeCloseTo(members.length / 10, 12);
      expect(cellNumber(rows, `L${first + i}`)).toBeCloseTo(value, 9);
      expect(cellNumber(rows, `M${first + i}`)).toBeCloseTo(value / reference.total, 12);
    });
    expect(cellNumber(rows, `J${first + 3}`)).toBe(10);
    expect(cellNumber(rows, `L${first + 3}`)).toBe(1500);
  });

  it('moves the classes when threshold A is lowered to 50 %, as classifyAbc with a = 0.5', () => {
    expectSameAsCore(sheet('abc-edited'), core(ITEMS, VALUES, 0.5, 0.95));
    const before = itemRows(sheet('abc'), 10).filter((row) => row.abcClass === 'A').length;
    const after = itemRows(sheet('abc-edited'), 10).filter((row) => row.abcClass === 'A').length;
    expect(after).toBeLessThan(before);
  });

  it('classes an item worth 96 % of the total A, the others C, as classifyAbc does', () => {
    const rows = sheet('abc-dominant');
    expectSameAsCore(rows, core(DOMINANT_ITEMS, DOMINANT_VALUES));
    expect(itemRows(rows, 3).map((row) => row.abcClass)).toEqual(['A', 'C', 'C']);
  });

  it('classifies 57 items as classifyAbc does, with 20 Pareto brackets ending on 100 %', () => {
    const reference = core(LARGE_ITEMS, LARGE_VALUES);
    const rows = sheet('abc-large');
    expectSameAsCore(rows, reference);
    const layout = abcLayout(57);
    expect(layout.paretoRows).toBe(20);
    for (let k = 1; k <= 20; k++) {
      const lastRank = Math.floor((k * 57) / 20);
      const r = layout.firstParetoRow + k - 1;
      expect(cellNumber(rows, `J${r}`)).toBe(lastRank);
      expect(cellNumber(rows, `M${r}`)).toBeCloseTo(reference.rows[lastRank - 1]?.cumulativeShare ?? Number.NaN, 12);
    }
    expect(cellNumber(rows, `M${layout.firstParetoRow + 19}`)).toBe(1);
  });
});

describe('the weighted-criteria ABC sheet recalculated by LibreOffice', () => {
  // Weights 30, 20, 15, 15, 20 (total 100); scores of the ten example accounts, computed by hand:
  // Alpha 4.35, Bâti 2.85, Cèdre 3.65, Delta 1.75, Élan 4.25, Forge 1.75, Gamma 3.2, Horizon 2.05, Iris 3.55, Jade 1.35.
  const layout = weightedAbcLayout(5, 20);
  const HAND = [
    { score: 4.35, rank: 1 },
    { score: 2.85, rank: 6 },
    { score: 3.65, rank: 3 },
    { score: 1.75, rank: 8 },
    { score: 4.25, rank: 2 },
    { score: 1.75, rank: 8 },
    { score: 3.2, rank: 5 },
    { score: 2.05, rank: 7 },
    { score: 3.55, rank: 4 },
    { score: 1.35, rank: 10 },
  ];
  // The crossing rule: the share of accounts ranked before, (rank − 1) ÷ 10, below the share of the class.
  const classOf = (rank: number, a: number, b: number): string => ((rank - 1) / 10 < a ? 'A' : (rank - 1) / 10 < b ? 'B' : 'C');

  it('computes each weighted score, rank and class (A ≤ 20 % of accounts, B ≤ 50 %) as by hand', () => {
    const rows = sheet('weighted');
    HAND.forEach((expected, i) => {
      const row = rows[layout.firstAccountRow - 1 + i] ?? [];
      expect(numberFromText(row[6] ?? '')).toBeCloseTo(expected.score, 12);
      expect(numberFromText(row[7] ?? '')).toBe(expected.rank);
      expect(row[9]).toBe(classOf(expected.rank, 0.2, 0.5));
    });
    // Equal scores (Delta and Forge, 1.75) share rank 8 and class C.
    expect(rows[layout.firstAccountRow + 2]?.[7]).toBe(rows[layout.firstAccountRow + 4]?.[7]);
  });

  it('leaves the empty account rows empty', () => {
    const rows = sheet('weighted');
    const empty = rows[layout.firstAccountRow - 1 + 10] ?? [];
    expect(empty.slice(0, 10).every((cell) => cell === '')).toBe(true);
  });

  it('counts the accounts of each class in the summary: 2 A, 3 B, 5 C', () => {
    const rows = sheet('weighted');
    expect([12, 13, 14].map((r) => cellNumber(rows, `F${r}`))).toEqual([2, 3, 5]);
    expect(cellNumber(rows, 'H12')).toBeCloseTo((4.35 + 4.25) / 2, 12);
    expect(cellNumber(rows, 'F15')).toBe(10);
  });

  it('moves the classes when the share of A accounts is raised to 40 %', () => {
    const rows = sheet('weighted-edited');
    HAND.forEach((expected, i) => {
      expect(rows[layout.firstAccountRow - 1 + i]?.[9]).toBe(classOf(expected.rank, 0.4, 0.5));
    });
    expect([12, 13, 14].map((r) => cellNumber(rows, `F${r}`))).toEqual([4, 1, 5]);
  });
});
