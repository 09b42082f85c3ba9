import { describe, expect, it } from 'vitest';
import type { ExistingSheet, ResolvedPlan } from '../plans/types.js';
import { applyPlansTo, removeGeneratedSheetsWith } from './apply.js';
import { UserFacingError, type SelectionData, type SheetAdapter } from './port.js';
import { plansForRequest } from './requests.js';
import { itemValuesFromSelection, transactionsFromSelection } from './selection.js';

/** A workbook kept as a list of sheets, counting the adapter's calls. */
function memoryAdapter(initial: ExistingSheet[]): SheetAdapter & { sheets: ExistingSheet[]; written: ResolvedPlan[]; calls: number } {
  const state = {
    sheets: [...initial],
    written: [] as ResolvedPlan[],
    calls: 0,
    listSheets() {
      state.calls++;
      return Promise.resolve([...state.sheets]);
    },
    removeSheets(names: readonly string[]) {
      state.calls++;
      state.sheets = state.sheets.filter((sheet) => !names.includes(sheet.name));
      return Promise.resolve();
    },
    writeSheet(plan: ResolvedPlan) {
      state.calls++;
      state.written.push(plan);
      state.sheets.push({ name: plan.finalName, marker: { key: plan.key, version: plan.version } });
      return Promise.resolve();
    },
  };
  return state;
}

const selection = (values: SelectionData['values']): SelectionData => ({ address: 'Feuil1!A1:C9', values });

describe('itemValuesFromSelection', () => {
  it('detects the header, sums duplicate items and keeps the column titles', () => {
    const read = itemValuesFromSelection(selection([['Client', 'CA'], ['Dupont', 100], ['Martin', '1 234,50'], ['Dupont', 50], ['', 7]]));
    expect(read.items).toEqual(['Dupont', 'Martin']);
    expect(read.values).toEqual([150, 1234.5]);
    expect(read.itemLabel).toBe('Client');
    expect(read.valueLabel).toBe('CA');
    expect(read.notes.map((note) => note.en)).toEqual(['1 row(s) without an item skipped.']);
  });

  it('names the row of a value that is not a number', () => {
    expect(() => itemValuesFromSelection(selection([['Dupont', 100], ['Martin', 'douze']]))).toThrow(/Row 2 of the selection: "douze" is not a number/);
  });

  it('refuses an empty selection, a single column and merged cells with a message to act on', () => {
    expect(() => itemValuesFromSelection(selection([['', ''], [null, null]]))).toThrow(UserFacingError);
    expect(() => itemValuesFromSelection(selection([['Dupont'], ['Martin']]))).toThrow(/1 column/);
    expect(() => itemValuesFromSelection({ ...selection([['a', 1]]), hasMergedCells: true })).toThrow(/merged/);
  });
});

describe('transactionsFromSelection', () => {
  it('reads Excel serials, French dates and a header row', () => {
    const read = transactionsFromSelection(selection([['Client', 'Date', 'Montant'], ['c1', 45657, 20], ['c2', '01/01/2025', '12,5']]));
    expect(read.transactions.customer).toEqual(['c1', 'c2']);
    // 2024-12-31 is day 20088 since 1970-01-01; 2025-01-01 the next.
    expect(Array.from(read.transactions.day)).toEqual([20088, 20089]);
    expect(Array.from(read.transactions.amount)).toEqual([20, 12.5]);
  });

  it('names the row and customer of a date that cannot be read', () => {
    expect(() => transactionsFromSelection(selection([['c0', 45657, 5], ['c1', 'hier', 20]]))).toThrow(/Row 2 of the selection: "hier" is not a date \(2nd column, customer c1\)/);
  });
});

describe('plansForRequest and applyPlansTo', () => {
  it('builds the three RFM sheets from a selection and writes them in order, with progress', async () => {
    const built = plansForRequest({ target: 'rfm', language: 'fr' }, selection([['c1', 45657, 20], ['c2', 45650, 5], ['c1', 45600, 7]]));
    expect(built.plans.map((plan) => plan.key)).toEqual(['rfm.summary', 'rfm.customers', 'rfm.parameters']);
    const adapter = memoryAdapter([]);
    const progress: number[] = [];
    const report = await applyPlansTo(adapter, built.plans, built.notes, (p) => progress.push(p.done));
    expect(report.sheets).toEqual(adapter.written.map((plan) => plan.finalName));
    expect(progress).toEqual([0, 1, 2, 3]);
    // One listing, no removal, one write per sheet: the count does not depend on the rows.
    expect(adapter.calls).toBe(4);
  });

  it('never replaces a user sheet of the same name, and replaces its own generated sheet', async () => {
    const plan = plansForRequest({ target: 'kpi', language: 'fr' }).plans[0];
    if (!plan) throw new Error('no plan');
    const adapter = memoryAdapter([{ name: plan.name }]);
    const first = await applyPlansTo(adapter, [plan]);
    expect(first.sheets).toEqual([`${plan.name} (2)`]);
    const second = await applyPlansTo(adapter, [plan]);
    expect(second.replaced).toEqual([`${plan.name} (2)`]);
    expect(adapter.sheets.map((sheet) => sheet.name).sort()).toEqual([plan.name, `${plan.name} (2)`].sort());
  });

  it('removes only the generated sheets', async () => {
    const adapter = memoryAdapter([{ name: 'Mes ventes' }, { name: 'KPI acquisition', marker: { key: 'kpi', version: 1 } }]);
    expect((await removeGeneratedSheetsWith(adapter)).removed).toEqual(['KPI acquisition']);
    expect(adapter.sheets).toEqual([{ name: 'Mes ventes' }]);
  });

  it('builds the customer value sheet from transactions and says why a model fell back', () => {
    // Three customers, one of whom bought again, cannot support either model: the simple formula is used, and said.
    const built = plansForRequest({ target: 'clv', language: 'en' }, selection([['c1', 45600, 20], ['c1', 45650, 30], ['c2', 45640, 5], ['c3', 45655, 8]]));
    expect(built.plans.map((plan) => plan.key)).toEqual(['clv']);
    expect(built.notes.map((note) => note.en)).toEqual([
      '3 customer(s), 1 of them repeat buyers: the BG/NBD model needs at least 30 with 10 repeat buyers',
      '1 repeat buyer(s) with a positive spend: the Gamma-Gamma model needs at least 10',
    ]);
  });

  it('asks for a selection where the build needs one', () => {
    expect(() => plansForRequest({ target: 'abc', language: 'en' })).toThrow(/Select a range first/);
  });
});
