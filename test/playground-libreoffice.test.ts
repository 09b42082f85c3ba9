// The playground's formula engine against LibreOffice: every generated sheet built from the sidebar's
// requests on the sample data (audit, RFM over the orders, ABC over the customers, weighted ABC, then
// every other build that reads no selection, added one after another to the same workbook — so the
// sheets reading the summary, KPI or ABC sheet by INDIRECT find it present) is exported with the playground's .xlsx export, recalculated by headless LibreOffice, and every
// formula cell must show the value the engine computed in the browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { cellAddress } from '../src/plans/a1.js';
import { isCellError, type EngineValue } from '../src/playground/engine/engine.js';
import { exportXlsx } from '../src/playground/workbook/export.js';
import type { SheetModel } from '../src/playground/workbook/model.js';
import { keyCell } from '../src/playground/workbook/model.js';
import { BUILDS } from '../src/workbook/build-list.js';
import { numberFromText, recalculate, type RecalculatedSheets } from './libreoffice.js';
import { samplePlayground } from './playground-support.js';

const { playground, host, sheet } = samplePlayground();
let recalculated: RecalculatedSheets;
let generated: SheetModel[];
/** The builds that read no selection, besides the audit and the weighted ABC built above. */
/** Sheets each of them added to the workbook. */
const added = new Map<string, number>();
/** The build that added each of their sheets. */
const builtBy = new Map<SheetModel, string>();
/** Builds whose sheets the engine still computes differently from LibreOffice (without an error value): none. */
const AGREEMENT_GAPS: ReadonlySet<string> = new Set<string>([]);
const ALONE = BUILDS.filter((build) => build.selection === 'none' && build.key !== 'audit' && build.key !== 'abc.weighted');

beforeAll(async () => {
  await host.build({ target: 'audit', language: 'fr' });
  await host.build({ target: 'rfm', language: 'fr' });
  const customers = sheet('Clients');
  playground.select(customers, { row: 1, column: 1, rowCount: customers.extent().rows, columnCount: 4 });
  await host.build({ target: 'abc', language: 'fr' });
  await host.build({ target: 'abc.weighted', language: 'fr' });
  for (const build of ALONE) {
    const before = playground.workbook.sheets.length;
    await host.build({ target: build.key, language: 'fr' });
    added.set(build.key, playground.workbook.sheets.length - before);
    for (const target of playground.workbook.sheets.slice(before)) builtBy.set(target, build.key);
  }
  generated = playground.workbook.sheets.filter((s) => s.marker !== undefined);
  const file = await exportXlsx(playground.workbook, playground.engine);
  const names = playground.workbook.sheets.filter((s) => s.marker === undefined).map((s) => s.name).concat(file.sheetNames);
  const result = await recalculate([{ name: 'playground', data: file.data }], new Map([['playground', names]]));
  const sheets = result.get('playground');
  if (sheets === undefined) throw new Error('LibreOffice returned nothing');
  recalculated = sheets;
});

/** Where the engine and LibreOffice disagree on a formula cell, as "A1: engine … LibreOffice …" lines. */
function disagreements(target: SheetModel): string[] {
  const rows = recalculated.get(target.name);
  if (rows === undefined) return [`sheet ${target.name} missing from LibreOffice's output`];
  const found: string[] = [];
  for (const [key, input] of target.cells) {
    if (!('formula' in input)) continue;
    const { row, column } = keyCell(key);
    const engine: EngineValue = playground.engine.value(target, row, column);
    const office = rows[row - 1]?.[column - 1] ?? '';
    if (!same(engine, office)) found.push(`${cellAddress(row, column)} ${input.formula}: engine ${JSON.stringify(engine)}, LibreOffice ${JSON.stringify(office)}`);
  }
  return found;
}

function same(engine: EngineValue, office: string): boolean {
  if (isCellError(engine)) return office.startsWith('#') || office.startsWith('Err:');
  if (typeof engine === 'number') {
    // A date LibreOffice prints with its French format (dd/mm/yyyy) is compared as its serial number.
    const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(office);
    if (date !== null) return Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) / 86_400_000 + 25_569 === engine;
    const value = numberFromText(office);
    return office !== '' && Math.abs(value - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
  }
  if (typeof engine === 'boolean') return office.toUpperCase() === String(engine).toUpperCase();
  return (engine ?? '') === office;
}

describe('the playground engine agrees with LibreOffice on every generated sheet', () => {
  it('builds the sheets of the four requests, each with formulas', () => {
    expect(generated.map((s) => s.marker?.key).sort()).toEqual(
      expect.arrayContaining(['abc', 'abc.weighted', 'kpi', 'rfm.customers', 'rfm.parameters', 'rfm.summary']),
    );
    const withFormulas = generated.filter((target) => [...target.cells.values()].some((input) => 'formula' in input)).map((target) => target.marker?.key);
    expect(withFormulas).toEqual(expect.arrayContaining(['abc', 'abc.weighted', 'audit.summary', 'kpi', 'rfm.customers', 'rfm.parameters', 'rfm.summary']));
  });

  it('adds the sheets of every build that reads no selection', () => {
    expect(ALONE.length).toBeGreaterThanOrEqual(20);
    // The KPI sheet is part of the audit workbook built first: building it again rebuilds that sheet.
    expect(ALONE.filter((build) => build.key !== 'kpi' && (added.get(build.key) ?? 0) < 1).map((build) => build.key)).toEqual([]);
  });

  it('computes every formula cell as LibreOffice does', () => {
    const compared = generated.filter((target) => !AGREEMENT_GAPS.has(builtBy.get(target) ?? ''));
    // Every build that reads no selection is compared, but for the gaps above (the KPI sheet comes
    // with the audit workbook, built first).
    const comparedBuilds = new Set(compared.map((target) => builtBy.get(target)));
    expect(ALONE.filter((build) => build.key !== 'kpi' && !AGREEMENT_GAPS.has(build.key) && !comparedBuilds.has(build.key)).map((build) => build.key)).toEqual([]);
    const problems = compared.flatMap((target) => disagreements(target).map((line) => `${target.name}!${line}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('shows no error in any generated sheet', () => {
    const errors: string[] = [];
    for (const target of generated) {
      for (const [key, input] of target.cells) {
        if (!('formula' in input)) continue;
        const { row, column } = keyCell(key);
        const value = playground.engine.value(target, row, column);
        if (isCellError(value)) errors.push(`${target.name}!${cellAddress(row, column)} ${value.code} ${value.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
