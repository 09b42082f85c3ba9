// The RFM sheets recalculated by LibreOffice on the first 5 000 CDNOW transactions, plus two customers
// who only have refunds (dated after every purchase): every customer's R, F, M scores and segment must
// equal the core's (scoreRfm, then the default code → segment map; none for the refund-only customers),
// the summary and the heat map must count what the core counts, and editing the parameters sheet (a
// cut point, a line of the code map) must move scores and segments as the formulas say.
import { beforeAll, describe, expect, it } from 'vitest';
import { readCdnowMaster } from '../bench/cdnow.js';
import { isSheetError } from '../src/cells/errors.js';
import { aggregateTransactions, scoreRfm, segmentInfo, segmentOfCode, SEGMENTS, type CustomerTable, type RfmScores } from '../src/metrics/rfm/index.js';
import { buildRfmPlans, rfmLayout, type RfmPlans } from '../src/plans/rfm.js';
import { assertValidPlan } from '../src/plans/validate.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { cellNumber, cellText, errorCells, loadWorkbook, numberFromText, recalculate } from './libreoffice.js';

const TRANSACTIONS = 5000;

/** Customers with refunds only, appended after the CDNOW rows. */
const REFUND_ONLY = ['AVOIR-1', 'AVOIR-2'];

function readCdnow(): CustomerTable {
  const cdnow = readCdnowMaster(TRANSACTIONS);
  const lastDay = Math.max(...cdnow.day);
  const table = aggregateTransactions({
    customer: [...cdnow.customer, ...REFUND_ONLY, 'AVOIR-1'],
    day: [...Array.from(cdnow.day), lastDay + 3, lastDay, lastDay + 5],
    amount: [...Array.from(cdnow.amount), -25, -10.5, -4],
  });
  if (isSheetError(table)) throw new Error(table.message.en);
  return table;
}

const table = readCdnow();
const n = table.customers.length;
const built = buildRfmPlans({ language: 'fr', table });
if (isSheetError(built)) throw new Error(built.message.en);
const plans: RfmPlans = built;
const layout = rfmLayout(n, 5);
const NAMES = { summary: 'Synthèse RFM', customers: 'Clients RFM', parameters: 'Paramètres RFM' };

function coreScores(cuts = plans.cuts): RfmScores {
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, { cuts });
  if (isSheetError(scores)) throw new Error(scores.message.en);
  return scores;
}

function segmentName(code: string, overrides: ReadonlyMap<string, string> = new Map()): string {
  const override = overrides.get(code);
  if (override !== undefined) return override;
  const id = segmentOfCode(code);
  if (isSheetError(id)) throw new Error(id.message.en);
  return segmentInfo(id).name.fr;
}

const results = new Map<string, Map<string, string[][]>>();
const sheetOf = (workbook: string, sheet: string): string[][] => results.get(workbook)?.get(sheet) ?? [];

// Edits: the highest monetary cut point is raised to 1 000 000 (nobody reaches M = 5 any more), and
// in the code map, the code of the first customer after that edit moves to another segment.
const MONETARY_CUT_ROW = layout.firstCutRow + 3;
const EDITED_CUTS = { ...plans.cuts, monetary: [...plans.cuts.monetary.slice(0, 3), 1_000_000] };
const editedScores = coreScores(EDITED_CUTS);
const EDITED_CODE = `${editedScores.r[0]}${editedScores.f[0]}${editedScores.m[0]}`;
const EDITED_SEGMENT = segmentName(EDITED_CODE) === 'Champions' ? 'Perdus' : 'Champions';
const [codeR, codeF, codeM] = [0, 1, 2].map((i) => Number(EDITED_CODE.charAt(i))) as [number, number, number];
const MAP_ROW = layout.firstMapRow + (codeR - 1) * 25 + (codeF - 1) * 5 + (codeM - 1);

beforeAll(async () => {
  const written = await writeXlsx([plans.summary, plans.customers, plans.parameters].map((plan) => assertValidPlan(plan)));
  expect(written.sheetNames).toEqual([NAMES.summary, NAMES.customers, NAMES.parameters]);
  const workbook = await loadWorkbook(written.data);
  const parameters = workbook.getWorksheet(NAMES.parameters);
  if (parameters === undefined) throw new Error('no parameters sheet');
  parameters.getCell(`D${MONETARY_CUT_ROW}`).value = 1_000_000;
  expect(parameters.getCell(`A${MAP_ROW}`).value).toBe(Number(EDITED_CODE));
  parameters.getCell(`B${MAP_ROW}`).value = EDITED_SEGMENT;
  const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
  const names = [NAMES.summary, NAMES.customers, NAMES.parameters];
  const recalculated = await recalculate(
    [
      { name: 'rfm', data: written.data },
      { name: 'rfm-edited', data: edited },
    ],
    new Map([
      ['rfm', names],
      ['rfm-edited', names],
    ]),
  );
  for (const [name, sheets] of recalculated) results.set(name, sheets);
});

/** R, F, M (0 for an empty cell: no score) and segment of every customer as LibreOffice computed them. */
function sheetScores(workbook: string): { r: number; f: number; m: number; segment: string }[] {
  const score = (text: string | undefined): number => (text === undefined || text === '' ? 0 : numberFromText(text));
  return sheetOf(workbook, NAMES.customers)
    .slice(layout.firstCustomerRow - 1, layout.lastCustomerRow)
    .map((row) => ({ r: score(row[5]), f: score(row[6]), m: score(row[7]), segment: row[9] ?? '' }));
}

/** The segment of a customer's core scores; none for a customer without any purchase (scores 0). */
function coreSegment(scores: RfmScores, i: number, overrides?: ReadonlyMap<string, string>): string {
  if (scores.r[i] === 0) return '';
  return segmentName(`${scores.r[i]}${scores.f[i]}${scores.m[i]}`, overrides);
}

describe('the RFM sheets recalculated by LibreOffice', () => {
  it('shows no error value in any of the three sheets', () => {
    for (const workbook of ['rfm', 'rfm-edited']) {
      for (const sheet of Object.values(NAMES)) {
        expect(sheetOf(workbook, sheet).length, `${workbook} ${sheet}`).toBeGreaterThan(10);
        expect(errorCells(sheetOf(workbook, sheet)), `${workbook} ${sheet}`).toEqual([]);
      }
    }
  });

  it(`gives each of the ${n} customers the core's R, F, M scores and segment`, () => {
    const scores = coreScores();
    const actual = sheetScores('rfm');
    expect(actual).toHaveLength(n);
    const expected = table.customers.map((_, i) => ({ r: scores.r[i], f: scores.f[i], m: scores.m[i], segment: coreSegment(scores, i) }));
    expect(actual).toEqual(expected);
  });

  it('leaves the refund-only customers without date, recency, scores or segment, and out of the cut points', () => {
    const rows = sheetOf('rfm', NAMES.customers).slice(layout.firstCustomerRow - 1, layout.lastCustomerRow);
    const refundOnly = rows.filter((row) => REFUND_ONLY.includes(row[0] ?? ''));
    expect(refundOnly.map((row) => [row[0], row[1], row[2], row[3], ...row.slice(5, 10)])).toEqual([
      ['AVOIR-1', '', '', '0', '', '', '', '', ''],
      ['AVOIR-2', '', '', '0', '', '', '', '', ''],
    ]);
    expect(table.customersWithoutPurchase).toBe(2);
    // The cut points are those of the CDNOW customers alone.
    const alone = aggregateTransactions(readCdnowMaster(TRANSACTIONS));
    if (isSheetError(alone)) throw new Error(alone.message.en);
    const cuts = scoreRfm(alone.recencyDays, alone.frequency, alone.monetary);
    if (isSheetError(cuts)) throw new Error(cuts.message.en);
    expect(plans.cuts).toEqual(cuts.cuts);
    expect(table.asOf).toBe(alone.asOf);
  });

  it('counts customers and revenue per segment as the core does', () => {
    const scores = coreScores();
    const summary = sheetOf('rfm', NAMES.summary);
    // The shares are of the segmented revenue: the refund-only customers' refunds are in no segment.
    const total = table.monetary.reduce((sum, value, c) => (scores.r[c] === 0 ? sum : sum + value), 0);
    SEGMENTS.forEach((segment, i) => {
      const r = layout.firstSummaryRow + i;
      let count = 0;
      let revenue = 0;
      table.customers.forEach((_, c) => {
        if (coreSegment(scores, c) === segment.name.fr) {
          count++;
          revenue += table.monetary[c] ?? 0;
        }
      });
      expect(cellText(summary, `A${r}`)).toBe(segment.name.fr);
      expect(cellNumber(summary, `B${r}`), segment.id).toBe(count);
      expect(cellNumber(summary, `D${r}`), segment.id).toBeCloseTo(revenue, 6);
      if (count > 0) expect(cellNumber(summary, `E${r}`), segment.id).toBeCloseTo(revenue / total, 12);
    });
    // The refund-only customers are in no segment.
    expect(cellNumber(summary, `B${layout.firstSummaryRow + SEGMENTS.length}`)).toBe(n - REFUND_ONLY.length);
  });

  it('fills the R × F heat map with the number of customers of each pair of scores', () => {
    const scores = coreScores();
    const summary = sheetOf('rfm', NAMES.summary);
    for (let i = 0; i < 5; i++) {
      const rScore = 5 - i;
      for (let fScore = 1; fScore <= 5; fScore++) {
        let count = 0;
        for (let c = 0; c < n; c++) if (scores.r[c] === rScore && scores.f[c] === fScore) count++;
        const column = String.fromCharCode(65 + fScore);
        expect(cellNumber(summary, `${column}${layout.firstHeatRow + i}`), `R=${rScore} F=${fScore}`).toBe(count);
      }
    }
  });

  it('moves scores and segments when a cut point and a line of the code map are edited', () => {
    const scores = editedScores;
    const overrides = new Map([[EDITED_CODE, EDITED_SEGMENT]]);
    const expected = table.customers.map((_, i) => ({ r: scores.r[i], f: scores.f[i], m: scores.m[i], segment: coreSegment(scores, i, overrides) }));
    const actual = sheetScores('rfm-edited');
    expect(actual).toEqual(expected);
    expect(actual.some((row) => row.m === 5)).toBe(false);
    expect(sheetScores('rfm').some((row) => row.m === 5)).toBe(true);
    expect(actual[0]?.segment).toBe(EDITED_SEGMENT);
  });

  it('shows per segment the lowest and highest days since the last purchase, orders and amount', () => {
    const scores = coreScores();
    const summary = sheetOf('rfm', NAMES.summary);
    SEGMENTS.forEach((segment, i) => {
      const r = layout.firstProfileRow + i;
      // Customers without any purchase (refunds only) are unscored (0): in no segment.
      const members = table.customers
        .map((_, c) => c)
        .filter((c) => scores.r[c] !== 0 && segmentName(`${scores.r[c]}${scores.f[c]}${scores.m[c]}`) === segment.name.fr);
      expect(cellText(summary, `A${r}`)).toBe(segment.name.fr);
      if (members.length === 0) {
        for (const column of ['B', 'C', 'D', 'E', 'F', 'G']) expect(cellText(summary, `${column}${r}`), `${segment.id} ${column}`).toBe('');
        return;
      }
      const range = (values: ArrayLike<number>): [number, number] => {
        const picked = members.map((c) => values[c] ?? 0);
        return [Math.min(...picked), Math.max(...picked)];
      };
      const [days, orders, amount] = [range(table.recencyDays), range(table.frequency), range(table.monetary)];
      expect([cellNumber(summary, `B${r}`), cellNumber(summary, `C${r}`)], `${segment.id} days`).toEqual(days);
      expect([cellNumber(summary, `D${r}`), cellNumber(summary, `E${r}`)], `${segment.id} orders`).toEqual(orders);
      expect(cellNumber(summary, `F${r}`), `${segment.id} lowest amount`).toBeCloseTo(amount[0], 6);
      expect(cellNumber(summary, `G${r}`), `${segment.id} highest amount`).toBeCloseTo(amount[1], 6);
    });
  });

  it('says in words when recent scores cover customers inactive for more than a year, as the sidebar note does', () => {
    const scores = coreScores();
    const summary = sheetOf('rfm', NAMES.summary);
    let inactive = 0;
    for (let c = 0; c < n; c++) if ((scores.r[c] ?? 0) >= 4 && (table.recencyDays[c] ?? 0) > 365) inactive++;
    const checkRow = summary.findIndex((row) => (row[2] ?? '').includes('notés récents')) + 1;
    expect(checkRow).toBeGreaterThan(0);
    expect(cellNumber(summary, `B${checkRow}`)).toBe(inactive);
    const sentence = cellText(summary, `C${checkRow}`);
    if (inactive > 0) {
      expect(sentence).toContain(`${inactive} client(s) notés récents`);
      expect(sentence).toContain('Paramètres RFM');
      expect(plans.warnings.some((warning) => warning.fr.includes(`${inactive} client(s) notés récents`))).toBe(true);
    } else expect(sentence).toMatch(/^Tous les clients notés récents/);
    // Customers per score: the R row counts the customers of each recency score.
    const scoreRow = summary.findIndex((row) => row[0] === 'R (récence)') + 1;
    for (let score = 1; score <= 5; score++) {
      let count = 0;
      for (let c = 0; c < n; c++) if (scores.r[c] === score) count++;
      expect(cellNumber(summary, `${String.fromCharCode(65 + score)}${scoreRow}`), `R = ${score}`).toBe(count);
    }
  });
});
