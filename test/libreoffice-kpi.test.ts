// The KPI sheet recalculated by LibreOffice: the indicators equal the ones computed by hand from the
// example figures, no error value appears (a zero denominator shows an empty cell), and changing a
// spend in the workbook moves the indicators as the formulas say.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKpiPlan, kpiLayout } from '../src/plans/kpi.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, editCells, errorCells, recalculate, type RecalculatedSheets } from './libreoffice.js';

const SHEET = 'KPI acquisition';
let original: string[][] = [];
let edited: string[][] = [];

beforeAll(async () => {
  const written = await writeXlsx([assertValidPlan(buildKpiPlan({ language: 'fr' }))]);
  // The user raises the Google Ads spend (first example row) from 12 000 to 18 000 €.
  const editedData = await editCells(written.data, SHEET, { B7: 18000 });
  const names = new Map([
    ['kpi', [SHEET]],
    ['kpi-edited', [SHEET]],
  ]);
  const results = await recalculate(
    [
      { name: 'kpi', data: written.data },
      { name: 'kpi-edited', data: editedData },
    ],
    names,
  );
  const sheetOf = (sheets: RecalculatedSheets | undefined): string[][] => sheets?.get(SHEET) ?? [];
  original = sheetOf(results.get('kpi'));
  edited = sheetOf(results.get('kpi-edited'));
});

describe('the KPI sheet recalculated by LibreOffice', () => {
  it('lays out 4 example channels and 5 empty rows: inputs on rows 7–16, indicators on rows 20–29', () => {
    expect(kpiLayout(4, 5)).toEqual({ firstInputRow: 7, inputRows: 9, inputTotalRow: 16, firstIndicatorRow: 20, indicatorTotalRow: 29 });
  });

  it('shows no error value anywhere', () => {
    expect(original.length).toBeGreaterThan(20);
    expect(errorCells(original)).toEqual([]);
    expect(errorCells(edited)).toEqual([]);
  });

  it('computes the Google Ads indicators as by hand: 12 000 € for 400 leads, 80 opportunities, 20 customers, 36 000 €, LTV 2 400 €', () => {
    expect(cellNumber(original, 'B20')).toBeCloseTo(30, 9); // 12 000 / 400
    expect(cellNumber(original, 'C20')).toBeCloseTo(150, 9); // 12 000 / 80
    expect(cellNumber(original, 'D20')).toBeCloseTo(600, 9); // 12 000 / 20
    expect(cellNumber(original, 'E20')).toBeCloseTo(0.05, 12); // 20 / 400
    expect(cellNumber(original, 'F20')).toBeCloseTo(1800, 9); // 36 000 / 20
    expect(cellNumber(original, 'G20')).toBeCloseTo(4, 12); // 2 400 / 600
  });

  it('leaves empty the indicators a zero denominator or a missing LTV makes impossible', () => {
    // LinkedIn (row 23): 0 new customers → no CAC, no average basket, no LTV:CAC; conversion 0.
    expect(cellText(original, 'D23')).toBe('');
    expect(cellText(original, 'F23')).toBe('');
    expect(cellText(original, 'G23')).toBe('');
    expect(cellNumber(original, 'E23')).toBe(0);
    // E-mailing (row 22): no LTV given.
    expect(cellText(original, 'G22')).toBe('');
    // An empty input row shows nothing at all.
    expect(original[23]?.slice(0, 7).every((cell) => cell === '')).toBe(true);
  });

  it('totals the channels: 34 000 € for 900 leads, 170 opportunities, 40 customers, 88 500 €', () => {
    expect(cellNumber(original, 'B16')).toBe(34000);
    expect(cellNumber(original, 'B29')).toBeCloseTo(34000 / 900, 9);
    expect(cellNumber(original, 'C29')).toBeCloseTo(200, 9);
    expect(cellNumber(original, 'D29')).toBeCloseTo(850, 9);
    expect(cellNumber(original, 'E29')).toBeCloseTo(40 / 900, 12);
    expect(cellNumber(original, 'F29')).toBeCloseTo(2212.5, 9);
  });

  it('weights the total LTV by the new customers of the channels that give one: (20 × 2 400 + 15 × 4 500) / 35 = 3 300 €', () => {
    expect(cellNumber(original, 'G16')).toBeCloseTo(3300, 9);
    expect(cellNumber(original, 'G29')).toBeCloseTo((3300 * 40) / 34000, 12);
  });

  it('moves the indicators when the Google Ads spend is raised to 18 000 €', () => {
    expect(cellNumber(edited, 'B20')).toBeCloseTo(45, 9); // 18 000 / 400
    expect(cellNumber(edited, 'D20')).toBeCloseTo(900, 9); // 18 000 / 20
    expect(cellNumber(edited, 'G20')).toBeCloseTo(2400 / 900, 12);
    expect(cellNumber(edited, 'B16')).toBe(40000);
    expect(cellNumber(edited, 'D29')).toBeCloseTo(1000, 9); // 40 000 / 40
    // The other channels do not move.
    expect(cellNumber(edited, 'D21')).toBeCloseTo(1000, 9); // Salons 15 000 / 15
  });
});
