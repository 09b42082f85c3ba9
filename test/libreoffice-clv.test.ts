// The customer value sheet recalculated by LibreOffice on the CDNOW sample: no error value anywhere,
// and the per-segment summary (native formulas over the customer table) must count and sum what the
// core predicted, segment by segment.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromCivil } from '../src/cells/dates.js';
import { isSheetError } from '../src/cells/errors.js';
import { SEGMENTS } from '../src/metrics/rfm/index.js';
import { buildClvPlan, clvLayout, type ClvPlan } from '../src/plans/clv.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, errorCells, recalculate } from './libreoffice.js';
import { readShared } from './support/shared-data.js';

const rows = readShared('data/CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
const transactions = {
  customer: rows.map((row) => String(Number(row[1]))),
  day: rows.map((row) => {
    const text = row[2] ?? '';
    return dayFromCivil(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  }),
  amount: rows.map((row) => Number(row[4])),
};
const built = buildClvPlan({ language: 'fr', transactions, calibrationEnd: dayFromCivil(1997, 9, 30), horizon: 52, discountRate: 0.1 });
if (isSheetError(built)) throw new Error(built.message.en);
const result: ClvPlan = built;
const n = result.summary.customers.length;
const layout = clvLayout(n);
let sheet: string[][] = [];

beforeAll(async () => {
  const written = await writeXlsx([assertValidPlan(result.plan)]);
  const recalculated = await recalculate([{ name: 'clv', data: written.data }], new Map([['clv', ['Valeur client']]]));
  sheet = recalculated.get('clv')?.get('Valeur client') ?? [];
});

describe('the customer value sheet recalculated by LibreOffice', () => {
  it('shows no error value', () => {
    expect(sheet.length).toBeGreaterThan(n);
    expect(errorCells(sheet)).toEqual([]);
  });

  it('counts customers, mean P(alive), expected purchases and CLV per RFM segment as the core does', () => {
    let checkedCustomers = 0;
    SEGMENTS.forEach((segment, i) => {
      const r = layout.firstSegmentRow + i;
      expect(cellText(sheet, `A${r}`)).toBe(segment.name.fr);
      const members = result.segments.flatMap((name, c) => (name === segment.name.fr ? [c] : []));
      checkedCustomers += members.length;
      const sum = (values: Float64Array): number => members.reduce((s, c) => s + (values[c] ?? 0), 0);
      expect(cellNumber(sheet, `B${r}`), segment.name.fr).toBe(members.length);
      expect(cellNumber(sheet, `D${r}`)).toBeCloseTo(sum(result.predictions.expectedPurchases), 6);
      expect(cellNumber(sheet, `E${r}`)).toBeCloseTo(sum(result.predictions.clv), 6);
      if (members.length > 0) expect(cellNumber(sheet, `C${r}`)).toBeCloseTo(sum(result.predictions.probabilityAlive) / members.length, 9);
      else expect(cellText(sheet, `C${r}`)).toBe('');
    });
    expect(checkedCustomers).toBe(n);
    const total = result.predictions.clv.reduce((s, v) => s + v, 0);
    expect(cellNumber(sheet, `E${layout.totalRow}`)).toBeCloseTo(total, 6);
    expect(cellNumber(sheet, `G${layout.totalRow}`)).toBeCloseTo(total / n, 9);
  });
});
