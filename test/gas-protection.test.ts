// Formulas protected, inputs open, in Google Sheets: each generated sheet is a protected sheet whose
// input cells are unprotected ranges, in warning mode (or editable by the owner and the builder only),
// in a few calls whatever the rows; rebuilding and removing still work for whoever may edit it.
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../src/cells/errors.js';
import { rangeAddress } from '../src/plans/a1.js';
import { buildAbcPlan } from '../src/plans/abc.js';
import { buildKpiPlan } from '../src/plans/kpi.js';
import { editableRanges, type ProtectionMode } from '../src/plans/protection.js';
import type { SheetPlan } from '../src/plans/types.js';
import { applyPlansTo, removeGeneratedSheetsWith } from '../src/workbook/apply.js';
import type { SheetAdapter } from '../src/workbook/port.js';
import { chunkedSheetWriter, PROTECTION_DESCRIPTION, spreadsheetAppAdapter } from '../gas/server/adapter.js';
import { FakeSpreadsheet, fakeServices, type FakeProtection } from './gas-fake.js';

function abcPlan(items: number): SheetPlan {
  const plan = buildAbcPlan({ language: 'fr', items: Array.from({ length: items }, (_, i) => `Client ${i + 1}`), values: Array.from({ length: items }, (_, i) => ((i * 7919) % 10007) + 1) });
  if (isSheetError(plan)) throw new Error(plan.message.en);
  return plan;
}

/** The Apps Script adapter as the shared apply step drives it (through the sidebar's bridge, in Sheets). */
function adapterOver(book: FakeSpreadsheet): SheetAdapter {
  const adapter = spreadsheetAppAdapter(fakeServices(book).services);
  return {
    listSheets: () => Promise.resolve(adapter.listSheets()),
    removeSheets: async (names) => {
      adapter.removeSheets(names);
      return Promise.resolve();
    },
    writeSheet: async (plan) => {
      adapter.writeSheet(plan);
      return Promise.resolve();
    },
  };
}

async function build(book: FakeSpreadsheet, plans: SheetPlan[], protection?: ProtectionMode): Promise<FakeProtection[]> {
  const report = await applyPlansTo(adapterOver(book), plans, [], undefined, protection);
  return report.sheets.map((name) => {
    const protected_ = book.sheet(name).protection;
    if (protected_ === undefined) throw new Error(`${name} is not protected`);
    return protected_;
  });
}

describe('protecting the generated sheets in Google Sheets', () => {
  it('protects the KPI sheet in warning mode with its input table unprotected', async () => {
    const book = new FakeSpreadsheet('fr_FR', ['Feuille 1']);
    const plan = buildKpiPlan({ language: 'fr' });
    const [protection] = await build(book, [plan]);
    expect(protection?.warningOnly).toBe(true);
    expect(protection?.description).toBe(PROTECTION_DESCRIPTION.fr);
    // kpiLayout(4 examples, 5 empty rows): the input table is A7:G15.
    expect(protection?.unprotected.map((range) => range.a1)).toEqual(['A7:G15']);
    expect(editableRanges(plan).map((range) => rangeAddress(range))).toEqual(['A7:G15']);
  });

  it('makes the same protection calls on 10 and 10,000 items', async () => {
    const calls = async (items: number): Promise<{ calls: number; ranges: string[] }> => {
      const [protection] = await build(new FakeSpreadsheet(), [abcPlan(items)]);
      return { calls: protection?.calls ?? -1, ranges: (protection?.unprotected ?? []).map((range) => range.a1) };
    };
    const small = await calls(10);
    const large = await calls(10_000);
    expect(large.calls).toBe(small.calls);
    // description, unprotected ranges, warning mode.
    expect(small.calls).toBe(3);
    expect(large.ranges).toEqual(small.ranges);
  });

  it('lets any editor rebuild and remove sheets protected in warning mode', async () => {
    const book = new FakeSpreadsheet('fr_FR', ['Ventes']);
    await build(book, [buildKpiPlan({ language: 'fr' })]);
    book.user = 'teammate@example.com';
    const again = await applyPlansTo(adapterOver(book), [buildKpiPlan({ language: 'fr' })]);
    expect(again.replaced).toEqual(['KPI acquisition']);
    expect((await removeGeneratedSheetsWith(adapterOver(book))).removed).toEqual(['KPI acquisition']);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Ventes']);
  });

  it('restricts a sheet to its owner and its builder in owner mode: another editor cannot remove it, the owner can', async () => {
    const book = new FakeSpreadsheet('fr_FR', ['Ventes']);
    book.editors = ['owner@example.com', 'teammate@example.com', 'other@example.com'];
    book.user = 'teammate@example.com';
    const [protection] = await build(book, [buildKpiPlan({ language: 'fr' })], 'owner');
    expect(protection?.warningOnly).toBe(false);
    expect(protection?.editors.sort()).toEqual(['owner@example.com', 'teammate@example.com']);
    expect(protection?.domainEdit).toBe(false);
    expect(protection?.unprotected.map((range) => range.a1)).toEqual(['A7:G15']);
    book.user = 'other@example.com';
    await expect(removeGeneratedSheetsWith(adapterOver(book))).rejects.toThrow(/protected/);
    book.user = 'owner@example.com';
    expect((await removeGeneratedSheetsWith(adapterOver(book))).removed).toEqual(['KPI acquisition']);
  });

  it('protects a plan written in parts when its layout is finished', () => {
    const book = new FakeSpreadsheet();
    const writer = chunkedSheetWriter(fakeServices(book).services);
    const plan = { ...buildKpiPlan({ language: 'en' }), finalName: 'KPIs', replaces: null, protection: 'warning' as const };
    writer.startSheet({ ...plan, blocks: plan.blocks.slice(0, 1) });
    writer.appendBlocks('KPIs', plan.key, plan.blocks.slice(1));
    expect(book.sheet('KPIs').protection).toBeUndefined();
    writer.finishSheet({ ...plan, blocks: [] });
    expect(book.sheet('KPIs').protection?.description).toBe(PROTECTION_DESCRIPTION.en);
    expect(book.sheet('KPIs').protection?.unprotected.map((range) => range.a1)).toEqual(['A7:G15']);
  });

  it('protects nothing when the option is off', async () => {
    const book = new FakeSpreadsheet();
    const report = await applyPlansTo(adapterOver(book), [buildKpiPlan({ language: 'fr' })], [], undefined, 'none');
    expect(book.sheet(report.sheets[0] ?? '').protection).toBeUndefined();
  });
});
