// "Make shareable" and "restore formulas" in the playground: the sample workbook with a typed
// RFM_TABLE spilling over 80-odd customers and two scalar CAC cells, replaced by the values the
// engine computed, then the formulas written back and computed again to the same values.
import { describe, expect, it } from 'vitest';
import { SHARE_LOG_KEY } from '../src/plans/share-log.js';
import type { SheetModel } from '../src/playground/workbook/model.js';
import { samplePlayground } from './playground-support.js';

function formulas(sheet: SheetModel): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [key, input] of sheet.cells) if ('formula' in input) out[key] = input.formula;
  return out;
}

describe('make shareable in the playground', () => {
  it('replaces the spilled table and the scalars by their values, logs them, and restores the same formulas', async () => {
    const { playground, host, sheet } = samplePlayground();
    const orders = sheet('Commandes');
    const channels = sheet('Canaux');
    const rows = orders.extent().rows;
    orders.setInput(1, 8, { formula: `RFM_TABLE(A2:A${rows},B2:B${rows},C2:C${rows})` });
    channels.setInput(2, 12, { formula: 'CAC(B2,E2)' });
    channels.setInput(3, 12, { formula: 'CAC(B3,E3)' });
    playground.changed();
    const extent = playground.engine.spillExtent(orders);
    const table = Array.from({ length: extent.rows }, (_, i) => Array.from({ length: 9 }, (__, j) => playground.engine.value(orders, 1 + i, 8 + j)));
    expect(table[0]?.[0]).toBe('Client');
    const cac = [playground.engine.value(channels, 2, 12), playground.engine.value(channels, 3, 12)];
    // CAC = spend / new customers of the first two channels, worked from the sheet's own inputs.
    const spend = [playground.engine.value(channels, 2, 2), playground.engine.value(channels, 3, 2)] as number[];
    const newCustomers = [playground.engine.value(channels, 2, 5), playground.engine.value(channels, 3, 5)] as number[];
    expect(cac[0]).toBeCloseTo((spend[0] ?? 0) / (newCustomers[0] ?? 1), 9);
    expect(cac[1]).toBeCloseTo((spend[1] ?? 0) / (newCustomers[1] ?? 1), 9);
    const before = { orders: formulas(orders), channels: formulas(channels) };
    const share = host.share;

    const cells = await share.findCustomFormulas();
    expect(cells.map((cell) => `${cell.sheet}!${cell.address}`)).toEqual(['Commandes!H1', 'Canaux!L2', 'Canaux!L3']);
    const report = await share.makeShareable(cells, 'fr');
    expect(report.replaced).toBe(3);
    expect(report.cells).toBe(table.length * 9 + 2);
    expect(formulas(orders)).toEqual({});
    table.forEach((row, i) => {
      row.forEach((value, j) => {
        expect(playground.engine.value(orders, 1 + i, 8 + j)).toEqual(value);
      });
    });
    expect([playground.engine.value(channels, 2, 12), playground.engine.value(channels, 3, 12)]).toEqual(cac);
    const log = playground.workbook.sheet(report.logSheet);
    expect(log?.marker?.key).toBe(SHARE_LOG_KEY);

    const restored = await share.restoreFormulas('fr');
    expect(restored).toEqual({ restored: 3, skipped: 0, logRemoved: true });
    expect({ orders: formulas(orders), channels: formulas(channels) }).toEqual(before);
    expect(playground.workbook.sheet(report.logSheet)).toBeUndefined();
    // Computed again, the same table (it spills: its range was emptied).
    expect(playground.engine.value(orders, table.length, 16)).toEqual(table[table.length - 1]?.[8]);
  });
});
