/**
 * The whole audit workbook as `promethee audit --transactions` writes it, from CDNOW_master.txt
 * (69,659 transactions, 23,570 customers): summary, checklist, interviews, KPI, ABC of the customers'
 * revenue and the three RFM sheets. Timed phase by phase (read + aggregate, plans, .xlsx writing by the
 * command's streamed writer) as the best of a few runs; the writer's calls counted as a host would
 * count them; and the number of blocks of the plans for 1,000, 69,659 and 100,000 transaction rows,
 * which must not grow with the rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSheetError, type SheetError } from '../../src/cells/errors.js';
import { dataTable, resolveColumn } from '../../src/io/columns.js';
import { parseCsv } from '../../src/io/csv.js';
import { readTransactions } from '../../src/io/transactions.js';
import { aggregateCodedTransactions, aggregateTransactions, type CodedTransactions, type CustomerTable } from '../../src/metrics/rfm/aggregate.js';
import { buildAuditPlans, buildSegmentationPlans } from '../../src/plans/audit.js';
import type { SheetPlan } from '../../src/plans/types.js';
import { writeXlsxStreamed } from '../../src/cli/xlsx-file.js';
import type { WriterStats } from '../../src/xlsx/writer.js';
import type { BenchCase, BenchFigure } from '../case.js';
import { generateTransactionColumns } from '../generate.js';
import { PEAK_RSS_MARKER } from '../peak-marker.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CDNOW = `${ROOT}../shared/data/CDNOW_master.txt`;
const RUNS = 3;
/** Goal of the command's peak memory on this file (issue #17). */
const AUDIT_PEAK_GOAL_MB = 300;
const DIST = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 20_241_231;

function ok<T>(result: T | SheetError): T {
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

/** CDNOW_master.txt read as the command reads it: whitespace columns, its header line. */
function readCdnow(): CodedTransactions {
  const table = ok(dataTable(ok(parseCsv(readFileSync(CDNOW, 'utf8'), { delimiter: 'whitespace' }))));
  const column = (name: string): number => ok(resolveColumn(table.header, name, name));
  const read = ok(readTransactions(table, { customer: column('customer_id'), date: column('date'), value: { kind: 'amount', column: column('dollar_value') } }));
  return read.transactions;
}

function workbookPlans(table: CustomerTable): SheetPlan[] {
  return [...buildAuditPlans({ language: 'fr' }), ...ok(buildSegmentationPlans({ language: 'fr', table }))];
}

function blocks(plans: readonly SheetPlan[]): number {
  return plans.reduce((sum, plan) => sum + plan.blocks.length, 0);
}

/** The best time of RUNS runs of `work`, and its last result. */
async function best<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let ms = Infinity;
  let result: T | undefined;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = await work();
    ms = Math.min(ms, performance.now() - start);
  }
  if (result === undefined) throw new Error('the measured work returned nothing');
  return { ms, result };
}

/** `promethee audit --transactions CDNOW_master.txt` as a user runs it: wall time and peak resident memory. */
function auditCommand(): { ms: number; peakMb: number } {
  const directory = mkdtempSync(join(tmpdir(), 'promethee-bench-audit-'));
  try {
    const args = ['--import', join(DIST, 'bench/peak-rss.js'), join(DIST, 'src/cli/main.js'), 'audit', '--out', join(directory, 'audit.xlsx'), '--transactions', CDNOW, '--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value'];
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`promethee audit failed (${String(child.status)}): ${child.stderr}`);
    const at = child.stderr.lastIndexOf(PEAK_RSS_MARKER);
    return { ms, peakMb: Number.parseInt(child.stderr.slice(at + PEAK_RSS_MARKER.length), 10) / 1024 };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export const auditWorkbookCase: BenchCase = {
  title: 'Audit workbook (.xlsx) from CDNOW_master.txt: 69,659 transactions, 23,570 customers',
  async run(): Promise<readonly BenchFigure[]> {
    const read = await best(() => ok(aggregateCodedTransactions(readCdnow())));
    const table = read.result;
    const planned = await best(() => workbookPlans(table));
    const written = await best(() => writeXlsxStreamed(planned.result));
    const stats: WriterStats = written.result.stats;
    const small = ok(aggregateTransactions(generateTransactionColumns(1_000, SEED)));
    const large = ok(aggregateTransactions(generateTransactionColumns(100_000, SEED)));
    const command = auditCommand();
    return [
      { name: 'promethee audit --transactions CDNOW_master.txt', value: command.ms, unit: 'ms', note: 'whole process, one run' },
      {
        name: 'promethee audit --transactions CDNOW_master.txt, peak RSS',
        value: command.peakMb,
        unit: 'MB',
        note: `goal ≤ ${String(AUDIT_PEAK_GOAL_MB)} MB: ${command.peakMb <= AUDIT_PEAK_GOAL_MB ? 'met' : 'NOT MET'}`,
      },
      { name: 'customers in the workbook', value: table.customers.length, unit: 'customers' },
      { name: 'read + aggregate the transactions', value: read.ms, unit: 'ms' },
      { name: 'build the 8 sheet plans', value: planned.ms, unit: 'ms' },
      { name: 'write the .xlsx (charts included)', value: written.ms, unit: 'ms' },
      { name: 'total', value: read.ms + planned.ms + written.ms, unit: 'ms', note: 'budget < 15,000 ms' },
      { name: 'file size', value: written.result.data.length / (1024 * 1024), unit: 'MB' },
      { name: 'writer calls (blocks + ranges + charts + sheets)', value: stats.calls, unit: 'calls', note: 'a few per sheet, whatever the rows' },
      { name: 'blocks written', value: stats.blocks, unit: 'blocks' },
      { name: 'ranges styled, formatted, validated, merged or named', value: stats.ranges, unit: 'ranges' },
      { name: 'cells written', value: stats.cells, unit: 'cells' },
      { name: 'plan blocks, 1,000 generated rows', value: blocks(workbookPlans(small)), unit: 'blocks' },
      { name: 'plan blocks, 69,659 CDNOW rows', value: blocks(planned.result), unit: 'blocks' },
      { name: 'plan blocks, 100,000 generated rows', value: blocks(workbookPlans(large)), unit: 'blocks', note: 'the same for every size' },
    ];
  },
};
