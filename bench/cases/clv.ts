/**
 * Probabilistic CLV on the full CDNOW cohort (23,570 customers, 69,659 transactions): the summary,
 * each fit and the predictions, timed separately — the fits must stay well inside the 30 s limit of a
 * custom function (budget: a few seconds together).
 */
import { dayFromCivil } from '../../src/cells/dates.js';
import { isSheetError } from '../../src/cells/errors.js';
import { fitClv, predictClv, summarizeTransactions } from '../../src/metrics/clv/index.js';
import type { BenchCase, BenchFigure } from '../case.js';
import { readCdnowMaster } from '../cdnow.js';

function milliseconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const CLV_CASE: BenchCase = {
  title: 'Probabilistic CLV (BG/NBD + Gamma-Gamma), CDNOW master, 23,570 customers',
  run() {
    const transactions = readCdnowMaster();
    let start = process.hrtime.bigint();
    const summary = summarizeTransactions(transactions, { calibrationEnd: dayFromCivil(1997, 9, 30), timeUnit: 'week' });
    const summaryMs = milliseconds(start);
    if (isSheetError(summary)) throw new Error(summary.message.en);
    start = process.hrtime.bigint();
    const fit = fitClv(summary);
    const fitMs = milliseconds(start);
    start = process.hrtime.bigint();
    const predictions = predictClv(summary, fit, { horizon: 52, discountRate: 0.1 });
    const predictMs = milliseconds(start);
    if (isSheetError(predictions)) throw new Error(predictions.message.en);
    if (fit.frequency.model !== 'bgnbd' || fit.spend.model !== 'gamma-gamma') throw new Error('the CDNOW master should fit both models');
    const bg = fit.frequency.fit;
    const gg = fit.spend.fit;
    const figures: BenchFigure[] = [
      { name: 'customers', value: summary.customers.length, unit: 'customers' },
      { name: 'summary from 69,659 transactions', value: summaryMs, unit: 'ms' },
      { name: 'BG/NBD + Gamma-Gamma fits', value: fitMs, unit: 'ms', note: 'budget < 5,000 ms; no time cap, custom-function limit 30 s' },
      { name: 'BG/NBD fit iterations', value: bg.iterations, unit: 'iterations', note: `r ${bg.params.r.toFixed(4)}, α ${bg.params.alpha.toFixed(4)}, a ${bg.params.a.toFixed(4)}, b ${bg.params.b.toFixed(4)}, LL ${bg.logLikelihood.toFixed(2)}` },
      { name: 'Gamma-Gamma fit iterations', value: gg.iterations, unit: 'iterations', note: `p ${gg.params.p.toFixed(3)}, q ${gg.params.q.toFixed(3)}, γ ${gg.params.gamma.toFixed(3)}, LL ${gg.logLikelihood.toFixed(2)}` },
      { name: 'predictions, 52 weeks, 10 %/year, 52 slices', value: predictMs, unit: 'ms', note: 'budget < 2,000 ms' },
    ];
    return Promise.resolve(figures);
  },
};
