/**
 * The clv command against the scipy reference (bench/scipy_clv.py) on the CDNOW master file (23,570
 * customers, 69,659 transactions, calibration end 1997-09-30, weeks): both whole processes, run in
 * turn (command, scipy, command, scipy …), their median wall times, their ratio (goal ≤ 0.8×), their
 * peaks, and whether the seven fitted parameters agree to 3 significant digits. Skipped, with a figure
 * saying so, when Debian's python3 with numpy and scipy is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchFigure } from '../case.js';
import { CDNOW_MASTER } from '../cdnow.js';
import { CLI, measureInTurn, PANDAS_WRAPPER, PRELOAD, PYTHON, ROOT, type Command } from './rfm-abc.js';

const SCIPY_SCRIPT = join(ROOT, 'bench/scipy_clv.py');
const RUNS = 5;
/** Goal (issue #17): the command in at most 0.8 × the time of the scipy fit. */
const SCIPY_RATIO_GOAL = 0.8;
const PARAMETERS = ['r', 'alpha', 'a', 'b', 'p', 'q', 'gamma'] as const;
type Parameters = Record<(typeof PARAMETERS)[number], number>;

/** The command's arguments on the CDNOW master file (header customer_id date number_of_cds dollar_value). */
export function clvCommandArgs(out: string): string[] {
  return [CLI, 'clv', CDNOW_MASTER, '--delimiter', 'whitespace', '--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value', '--calibration-end', '1997-09-30', '--out', out];
}

/** The `name=value` lines the command writes on standard error. */
export function commandParameters(stderr: string): Parameters {
  const values = new Map<string, number>();
  for (const match of stderr.matchAll(/^(\w+)=(\S+)$/gm)) values.set(match[1] ?? '', Number(match[2]));
  return Object.fromEntries(PARAMETERS.map((name) => [name, values.get(name) ?? Number.NaN])) as Parameters;
}

/** The parameters the scipy script prints as JSON. */
export function scipyParameters(stdout: string): Parameters {
  const parsed = JSON.parse(stdout) as { bgnbd: Record<string, number>; gammaGamma: Record<string, number> };
  const all = { ...parsed.bgnbd, ...parsed.gammaGamma };
  return Object.fromEntries(PARAMETERS.map((name) => [name, all[name] ?? Number.NaN])) as Parameters;
}

/** Equal once both are rounded to 3 significant digits. */
function sameTo3Digits(x: number, y: number): boolean {
  return Number.isFinite(x) && x.toPrecision(3) === y.toPrecision(3);
}

function scipyAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import numpy, scipy'], { encoding: 'utf8' }).status === 0;
}

export const clvScipyCase: BenchCase = {
  title: 'CLV command against scipy, CDNOW master, 23,570 customers',
  run() {
    if (!scipyAvailable()) return Promise.resolve([{ name: 'scipy reference', value: 0, unit: 'runs', note: `not run: ${PYTHON} with numpy and scipy is missing` }]);
    const directory = mkdtempSync(join(tmpdir(), 'promethee-bench-clv-'));
    try {
      const out = join(directory, 'clv.csv');
      const ours: Command = { command: process.execPath, args: ['--import', PRELOAD, ...clvCommandArgs(out)] };
      const theirs: Command = { command: PYTHON, args: ['-c', PANDAS_WRAPPER, SCIPY_SCRIPT, CDNOW_MASTER] };
      const [command, scipy] = measureInTurn([ours, theirs], RUNS);
      if (command === undefined || scipy === undefined) throw new Error('the processes were not measured');
      // One more run of each, unmeasured, for the parameters.
      const commandRun = spawnSync(process.execPath, clvCommandArgs(out), { encoding: 'utf8' });
      const scipyRun = spawnSync(PYTHON, [SCIPY_SCRIPT, CDNOW_MASTER], { encoding: 'utf8' });
      if (commandRun.status !== 0 || scipyRun.status !== 0) throw new Error(`a run failed: ${commandRun.stderr}${scipyRun.stderr}`);
      const mine = commandParameters(commandRun.stderr);
      const reference = scipyParameters(scipyRun.stdout);
      const differing = PARAMETERS.filter((name) => !sameTo3Digits(mine[name], reference[name]));
      const ratio = command.ms / scipy.ms;
      const figures: BenchFigure[] = [
        { name: 'clv command, CDNOW master', value: command.ms, unit: 'ms', note: `whole process, median wall of ${String(RUNS)}` },
        { name: 'clv command, CDNOW master, peak RSS', value: command.peakMb, unit: 'MB' },
        { name: 'scipy BG/NBD + Gamma-Gamma, CDNOW master', value: scipy.ms, unit: 'ms', note: 'whole process, median wall; L-BFGS-B on log-parameters' },
        { name: 'scipy BG/NBD + Gamma-Gamma, CDNOW master, peak RSS', value: scipy.peakMb, unit: 'MB' },
        { name: 'clv command ÷ scipy, wall time', value: ratio, unit: '×', note: `same run, in turn; goal ≤ ${String(SCIPY_RATIO_GOAL)}: ${ratio <= SCIPY_RATIO_GOAL ? 'met' : 'NOT MET'}` },
        {
          name: 'parameters differing from scipy at 3 significant digits',
          value: differing.length,
          unit: 'of 7',
          note: `${differing.length === 0 ? 'all agree' : `differ: ${differing.join(', ')}`}; r ${mine.r.toPrecision(4)}, α ${mine.alpha.toPrecision(4)}, a ${mine.a.toPrecision(4)}, b ${mine.b.toPrecision(4)}, p ${mine.p.toPrecision(4)}, q ${mine.q.toPrecision(4)}, γ ${mine.gamma.toPrecision(4)}`,
        },
      ];
      return Promise.resolve(figures);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
