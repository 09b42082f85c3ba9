// Renders every generated sheet through LibreOffice (recalculated) to PDF, then to PNG pages in
// .tmp/screens/, for a person to look at: the sheets must read like a consultant's deliverable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCdnowMaster } from '../bench/cdnow.js';
import { isSheetError, type SheetError } from '../src/cells/errors.js';
import { aggregateTransactions } from '../src/metrics/rfm/index.js';
import { buildAbcPlan } from '../src/plans/abc.js';
import { buildWeightedAbcPlan } from '../src/plans/abc-weighted.js';
import { buildKpiPlan } from '../src/plans/kpi.js';
import { buildRfmPlans } from '../src/plans/rfm.js';
import type { SheetPlan } from '../src/plans/types.js';
import { writeXlsx } from '../src/xlsx/writer.js';
import { renderScreens } from './libreoffice.js';

function ok<T>(result: T | SheetError): T {
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

describe('screens of the generated sheets', () => {
  it('renders the KPI, ABC, weighted ABC and RFM sheets to PNG pages', async () => {
    const table = ok(aggregateTransactions(readCdnowMaster(400)));
    const rfm = ok(buildRfmPlans({ language: 'fr', table }));
    const abc = ok<SheetPlan>(buildAbcPlan({ language: 'fr', items: table.customers, values: table.monetary, itemLabel: 'Client', valueLabel: "Chiffre d'affaires", valueFormat: 'currency' }));
    const workbooks = [
      { name: 'kpi', plans: [buildKpiPlan({ language: 'fr' })] },
      { name: 'abc', plans: [abc] },
      { name: 'abc-weighted', plans: [buildWeightedAbcPlan({ language: 'fr' })] },
      { name: 'rfm', plans: [rfm.summary, rfm.parameters, rfm.customers] },
      { name: 'kpi-en', plans: [buildKpiPlan({ language: 'en' })] },
    ];
    const files = await Promise.all(workbooks.map(async (workbook) => ({ name: workbook.name, data: (await writeXlsx(workbook.plans)).data })));
    const images = await renderScreens(files, path.resolve(process.cwd(), '.tmp/screens'));
    for (const workbook of workbooks) expect(images.some((image) => path.basename(image).startsWith(`${workbook.name}-`)), workbook.name).toBe(true);
  });
});
