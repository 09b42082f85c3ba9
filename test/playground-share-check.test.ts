// The check before sharing in the playground: the KPI sheet built into the sample workbook, then a
// computed cell typed over, a formula edited, an input edited (not reported) and the marker removed.
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../src/plans/a1.js';
import { computedFormulas } from '../src/plans/fingerprint.js';
import { editableRanges } from '../src/plans/protection.js';
import type { SheetPlan } from '../src/plans/types.js';
import { PLANNERS } from '../src/workbook/builds.js';
import { samplePlayground } from './playground-support.js';

const kpi = PLANNERS.kpi({ language: 'fr' }).plans[0] as SheetPlan;
const [first, second] = computedFormulas(kpi);
const [input] = editableRanges(kpi);
if (first === undefined || second === undefined || input === undefined) throw new Error('The KPI plan has computed and input cells');

async function built() {
  const found = samplePlayground();
  await found.host.build({ target: 'kpi', language: 'fr' });
  return { ...found, kpiSheet: found.sheet(kpi.name) };
}

describe('the check before sharing in the playground', () => {
  it('finds the sheet as built intact', async () => {
    const { host } = await built();
    const check = await host.share.checkSharing();
    // 76 computed formulas in the KPI plan (see src/share/integrity.test.ts); the sample's own sheets are not generated.
    expect(check.sheets).toEqual([{ sheet: kpi.name, key: 'kpi', status: 'intact', formulas: 76 }]);
  });

  it('lists a computed cell typed over and a formula edited, not an input edited', async () => {
    const { host, playground, kpiSheet } = await built();
    kpiSheet.setInput(first.row, first.column, { value: 1234 });
    kpiSheet.setInput(second.row, second.column, { formula: 'B7*2' });
    kpiSheet.setInput(input.row, input.column, { value: 42 });
    playground.changed();
    const check = await host.share.checkSharing();
    expect(check.sheets).toEqual([
      {
        sheet: kpi.name,
        key: 'kpi',
        status: 'changed',
        expected: 76,
        found: 75,
        listed: true,
        changed: 2,
        cells: [
          { address: cellAddress(first.row, first.column), expected: `=${first.formula}`, found: '' },
          { address: cellAddress(second.row, second.column), expected: `=${second.formula}`, found: '=B7*2' },
        ],
      },
    ]);
  });

  it('says a sheet whose marker was removed is no longer a generated sheet', async () => {
    const { host, kpiSheet } = await built();
    kpiSheet.marker = undefined;
    const check = await host.share.checkSharing();
    expect(check.generated).toEqual([]);
    expect(check.sheets).toEqual([{ sheet: kpi.name, status: 'unmarked' }]);
  });
});
