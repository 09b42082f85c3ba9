// The office-js sheet adapter against a typed fake of Excel: every sheet plan built on 10, 1,000 and
// 100,000 rows with the round trips counted, user sheets of the same name kept, user text kept as text,
// markers, removal, and Excel on the web's 5 MB request limit.
import { describe, expect, it, vi } from 'vitest';
import { aggregateTransactions } from '../../src/metrics/rfm/aggregate.js';
import { buildAbcPlan } from '../../src/plans/abc.js';
import { buildWeightedAbcPlan } from '../../src/plans/abc-weighted.js';
import { buildAuditPlans } from '../../src/plans/audit.js';
import { buildKpiPlan, type KpiChannelInput } from '../../src/plans/kpi.js';
import { buildRfmPlans } from '../../src/plans/rfm.js';
import type { SheetPlan } from '../../src/plans/types.js';
import { isSheetError, type SheetError } from '../../src/cells/errors.js';
import { applyPlansTo, removeGeneratedSheetsWith } from '../../src/workbook/index.js';
import { MARKER_PROPERTY } from '../../addin/host/apply-plan.js';
import { REQUEST_BUDGET_BYTES } from '../../addin/host/batch.js';
import { excelSheetAdapter, sheetOfNameFormula } from '../../addin/host/sheet-adapter.js';
import { formulaFingerprint } from '../../src/plans/fingerprint.js';
import { parseMarker } from '../../src/plans/marker.js';
import { fakeExcel, type FakeWorksheet } from './fake-excel.js';

const SIZES = [10, 1_000, 100_000] as const;

function must<T>(value: T | SheetError): T {
  if (isSheetError(value)) throw new Error(`unexpected sheet error: ${value.message.en}`);
  return value;
}

const channels = (rows: number): KpiChannelInput[] =>
  Array.from({ length: rows }, (_, i) => ({
    channel: `Canal ${i + 1}`,
    spend: 1000 + i,
    leads: 50 + (i % 7),
    opportunities: 10 + (i % 5),
    newCustomers: 3 + (i % 4),
    revenue: 9000 + i,
  }));

/** The plans of each kind of sheet for a number of input rows. */
const PLANS: Readonly<Record<string, (rows: number) => SheetPlan[]>> = {
  // The audit workbook: checklist, interviews, summary, and its KPI sheet with the rows as channels.
  audit: (rows) => buildAuditPlans({ language: 'fr', channels: channels(rows) }),
  kpi: (rows) => [buildKpiPlan({ language: 'fr', channels: channels(rows) })],
  abc: (rows) => [
    must(buildAbcPlan({ language: 'fr', items: Array.from({ length: rows }, (_, i) => `Client ${i + 1}`), values: Array.from({ length: rows }, (_, i) => ((i * 7919) % 10007) + 1) })),
  ],
  'abc.weighted': (rows) => [
    buildWeightedAbcPlan({
      language: 'en',
      accounts: Array.from({ length: rows }, (_, i) => `Account ${i + 1}`),
      scores: Array.from({ length: rows }, (_, i) => [i % 6, (i * 3) % 6, (i * 5) % 6, 2, 4]),
    }),
  ],
  rfm: (rows) => {
    const customers = Math.max(1, Math.floor(rows / 3));
    const table = must(
      aggregateTransactions({
        customer: Array.from({ length: rows }, (_, i) => `C${String(i % customers).padStart(6, '0')}`),
        day: Array.from({ length: rows }, (_, i) => 19_000 + ((i * 37) % 700)),
        amount: Array.from({ length: rows }, (_, i) => 10 + ((i * 13) % 250)),
      }),
    );
    const plans = must(buildRfmPlans({ language: 'fr', table }));
    return [plans.summary, plans.customers, plans.parameters];
  },
};

/** Builds plans into a fresh fake workbook and counts the syncs. */
async function build(plans: SheetPlan[], requestLimit?: number): Promise<{ syncs: number; sheets: FakeWorksheet[]; largest: number }> {
  const limit = requestLimit ?? 5 * 1024 * 1024;
  const excel = fakeExcel(['Feuil1'], limit);
  const sync = vi.spyOn(excel.context, 'sync');
  const adapter = excelSheetAdapter(excel.run, requestLimit === undefined ? {} : { requestBudget: requestLimit });
  const report = await applyPlansTo(adapter, plans);
  const sheets = report.sheets.map((name) => excel.context.workbook.worksheets.getItem(name));
  return { syncs: sync.mock.calls.length, sheets, largest: excel.context.largestRequestBytes };
}

/** The cells a plan fills: formulas and values other than null and "", the last block over a cell winning. */
function plannedCells(plan: SheetPlan): number {
  const filled = new Map<string, boolean>();
  for (const block of plan.blocks) {
    block.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        filled.set(`${block.row + i},${block.column + j}`, 'formula' in cell || (cell.value !== null && cell.value !== ''));
      });
    });
  }
  return [...filled.values()].filter(Boolean).length;
}

function payloadBytes(plans: readonly SheetPlan[]): number {
  return plans.reduce((sum, plan) => sum + plan.blocks.reduce((blockSum, block) => blockSum + JSON.stringify(block.cells).length, 0), 0);
}

describe('writing sheet plans through office-js', () => {
  describe.each(Object.keys(PLANS))('the %s plans', (kind) => {
    const make = PLANS[kind];
    if (make === undefined) throw new Error(kind);
    // Plans are built once per size: building 100,000 rows is the slow part, not writing them.
    const plans = new Map<number, SheetPlan[]>();
    const plansFor = (rows: number): SheetPlan[] => {
      const known = plans.get(rows) ?? make(rows);
      plans.set(rows, known);
      return known;
    };

    it('take the same number of syncs on 10, 1,000 and 100,000 rows when the request size is not limited', async () => {
      const counts: number[] = [];
      for (const rows of SIZES) counts.push((await build(plansFor(rows), Number.POSITIVE_INFINITY)).syncs);
      expect(new Set(counts).size).toBe(1);
      // listSheets (2) + one per plan (its names looked up when it has some, then the write).
      expect(counts[0]).toBeLessThanOrEqual(2 + 2 * plansFor(10).length);
    });

    it('add syncs on 100,000 rows only for the bytes beyond the request limit, never sending more than 5 MB at once', async () => {
      const small = await build(plansFor(10));
      const largePlans = plansFor(100_000);
      const large = await build(largePlans);
      // One more sync per request budget of cells, at most (and one per sheet for rounding).
      const allowance = Math.ceil(payloadBytes(largePlans) / REQUEST_BUDGET_BYTES) + largePlans.length;
      expect(large.syncs - small.syncs).toBeLessThanOrEqual(allowance);
      expect(large.largest).toBeLessThanOrEqual(5 * 1024 * 1024);
      large.sheets.forEach((sheet, i) => {
        const plan = largePlans[i];
        if (plan === undefined) throw new Error('missing plan');
        expect(sheet.cellCount).toBe(plannedCells(plan));
      });
      plans.clear();
    });
  });

  it.each(Object.keys(PLANS))('lays out the %s plans by range: the same formatting calls on 10 and 1,000 rows', async (kind) => {
    const make = PLANS[kind];
    if (make === undefined) throw new Error(kind);
    const layoutCalls = async (rows: number): Promise<number[]> =>
      (await build(make(rows))).sheets.map((sheet) => sheet.operations.filter((operation) => operation.what !== 'formulas').length);
    expect(await layoutCalls(1_000)).toEqual(await layoutCalls(10));
  });

  it('applies what the plan asks besides cells: tab colour, grid lines, freeze panes, validations, conditional formats, merges, widths, charts', async () => {
    const seen = { charts: 0, validations: 0, conditionalFormats: 0, merges: 0 };
    for (const plans of [PLANS.rfm?.(60) ?? [], PLANS.abc?.(40) ?? [], PLANS.audit?.(3) ?? []]) {
      const { sheets } = await build(plans);
      for (const plan of plans) {
        seen.charts += plan.charts.length;
        seen.validations += plan.validations.length;
        seen.conditionalFormats += plan.conditionalFormats.length;
        seen.merges += plan.merges.length;
      }
      plans.forEach((plan, i) => {
        const sheet = sheets[i];
        if (sheet === undefined) throw new Error('missing sheet');
        const count = (what: string): number => sheet.operations.filter((operation) => operation.what === what).length;
        expect(sheet.tabColor, plan.key).toBe(plan.tabColor ?? '');
        expect(sheet.showGridlines, plan.key).toBe(plan.showGridLines ?? true);
        expect(sheet.frozen, plan.key).toEqual(plan.freeze ?? { rows: 0, columns: 0 });
        expect(count('validation'), plan.key).toBe(plan.validations.length);
        expect(count('conditionalFormat'), plan.key).toBe(plan.conditionalFormats.length);
        expect(count('merge'), plan.key).toBe(plan.merges.length);
        expect(count('columnWidth'), plan.key).toBe(plan.columnWidths.length);
        expect(sheet.charts.list.map((chart) => chart.seriesList.length), plan.key).toEqual(plan.charts.map((chart) => chart.series.length));
        expect(sheet.charts.list.map((chart) => chart.title.text), plan.key).toEqual(plan.charts.map((chart) => chart.title));
      });
    }
    // The plans chosen do exercise every kind of layout.
    expect(Object.values(seen).every((total) => total > 0)).toBe(true);
  });

  it('writes a formula as a formula and a number as a number, with the generated marker', async () => {
    const [plan] = PLANS.kpi?.(2) ?? [];
    if (plan === undefined) throw new Error('no plan');
    const { sheets } = await build([plan]);
    const sheet = sheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    const block = plan.blocks.find((candidate) => candidate.cells.flat().some((cell) => 'formula' in cell));
    if (block === undefined) throw new Error('no formula block');
    const j = block.cells.findIndex((row) => row.some((cell) => 'formula' in cell));
    const row = block.cells[j] ?? [];
    const k = row.findIndex((cell) => 'formula' in cell);
    const planned = row[k];
    expect(sheet.cell(block.row - 1 + j, block.column - 1 + k)).toEqual({ kind: 'formula', formula: `=${planned !== undefined && 'formula' in planned ? planned.formula : ''}` });
    // The marker carries the fingerprint of the plan's computed formulas (the apply step's).
    expect(parseMarker(sheet.properties.get(MARKER_PROPERTY) ?? '')).toEqual({ key: 'kpi', version: plan.version, fingerprint: formulaFingerprint(plan) });
  });

  it('keeps user text as text: formulas, phone numbers, codes with leading zeros, booleans', async () => {
    const texts = ['=HYPERLINK("http://x","clic")', '+33 6 12 34 56 78', '@SUM(A1)', '-remise', '0612', 'VRAI', '#N/A', 'Dupont SARL'];
    const plan = must(buildAbcPlan({ language: 'fr', items: texts, values: texts.map((_, i) => 100 - i) }));
    const { sheets } = await build([plan]);
    const sheet = sheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    const count = (text: string): number => plan.blocks.flatMap((block) => block.cells.flat()).filter((cell) => 'value' in cell && cell.value === text).length;
    const found = texts.map((text) => [...sheet.cells.values()].filter((cell) => cell.kind === 'text' && cell.text === text).length);
    expect(found).toEqual(texts.map(count));
    expect(Math.min(...found)).toBeGreaterThan(0);
    expect([...sheet.cells.values()].filter((cell) => cell.kind === 'formula' && /HYPERLINK|SUM\(A1\)|remise|33 6/.test(cell.formula))).toEqual([]);
  });

  it('is checked by a fake that does turn such text into formulas when nothing protects it', async () => {
    const excel = fakeExcel();
    await excel.run((context) => {
      const sheet = context.workbook.worksheets.getItem('Feuil1');
      sheet.getRangeByIndexes(0, 0, 1, 3).formulas = [['=HYPERLINK("x")', '+33 6 12', '0612']];
      return context.sync();
    });
    const sheet = excel.context.workbook.worksheets.getItem('Feuil1');
    expect([sheet.cell(0, 0)?.kind, sheet.cell(0, 1)?.kind, sheet.cell(0, 2)?.kind]).toEqual(['formula', 'formula', 'number']);
  });
});

describe('the user’s sheets and the generated ones', () => {
  it('gives a new sheet a free name next to a user sheet of the same name, and leaves the user sheet as it was', async () => {
    const excel = fakeExcel(['KPI acquisition']);
    const userSheet = excel.context.workbook.worksheets.getItem('KPI acquisition');
    userSheet.getRangeByIndexes(0, 0, 1, 1).formulas = [['mes chiffres']];
    const adapter = excelSheetAdapter(excel.run);
    const first = await applyPlansTo(adapter, [buildKpiPlan({ language: 'fr' })]);
    const second = await applyPlansTo(adapter, [buildKpiPlan({ language: 'fr' })]);
    expect(first.sheets).toEqual(['KPI acquisition (2)']);
    // The second build replaces the generated sheet, never the user's.
    expect(second).toMatchObject({ sheets: ['KPI acquisition (2)'], replaced: ['KPI acquisition (2)'] });
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['KPI acquisition', 'KPI acquisition (2)']);
    expect(userSheet.deleted).toBe(false);
    expect(userSheet.cellCount).toBe(1);
    expect(userSheet.cell(0, 0)).toEqual({ kind: 'text', text: 'mes chiffres' });
  });

  it('lists a sheet whose marker property is not one of ours as a user sheet', async () => {
    const excel = fakeExcel(['Ventes', 'Autre']);
    excel.context.workbook.worksheets.getItem('Autre').customProperties.add(MARKER_PROPERTY, 'not json');
    const sheets = await excelSheetAdapter(excel.run).listSheets();
    expect(sheets).toEqual([
      { name: 'Ventes', marker: undefined },
      { name: 'Autre', marker: undefined },
    ]);
  });

  it('removes only the generated sheets, with the names defined over them', async () => {
    const excel = fakeExcel(['Ventes']);
    const adapter = excelSheetAdapter(excel.run);
    const built = await applyPlansTo(adapter, PLANS.rfm?.(30) ?? []);
    expect(excel.context.workbook.names.list().length).toBeGreaterThan(0);
    const removal = await removeGeneratedSheetsWith(adapter);
    expect(removal.removed).toEqual(built.sheets);
    expect(excel.context.workbook.worksheets.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
    expect(excel.context.workbook.names.list()).toEqual([]);
  });

  it('keeps one blank sheet when every sheet of the workbook was generated', async () => {
    const excel = fakeExcel(['Feuil1']);
    const adapter = excelSheetAdapter(excel.run);
    await applyPlansTo(adapter, [buildKpiPlan({ language: 'fr' })]);
    excel.context.workbook.worksheets.getItem('Feuil1').delete();
    await removeGeneratedSheetsWith(adapter);
    const left = excel.context.workbook.worksheets.sheets;
    expect(left).toHaveLength(1);
    expect(left[0]?.properties.size).toBe(0);
  });

  it('builds again after a generated sheet was deleted by hand, its names left as #REF!', async () => {
    const excel = fakeExcel(['Feuil1']);
    const adapter = excelSheetAdapter(excel.run);
    const plans = PLANS.abc?.(20) ?? [];
    await applyPlansTo(adapter, plans);
    const names = excel.context.workbook.names.list();
    expect(names.length).toBeGreaterThan(0);
    excel.context.workbook.worksheets.getItem('Segmentation ABC').delete();
    await applyPlansTo(adapter, PLANS.abc?.(20) ?? []);
    expect(excel.context.workbook.names.list().sort()).toEqual([...names].sort());
  });
});

describe('helpers of the adapter', () => {
  it('reads the sheet of a name’s formula, quoted or not', () => {
    expect([sheetOfNameFormula("='KPI (2)'!$B$5"), sheetOfNameFormula('=KPI!$B$5:$B$9'), sheetOfNameFormula("='L''été'!$A$1"), sheetOfNameFormula('=#REF!')]).toEqual([
      'KPI (2)',
      'KPI',
      "L'été",
      null,
    ]);
  });
});
