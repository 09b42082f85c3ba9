/** Every case of `npm run bench`, in the order they run. Add a case by adding its module here. */
import type { BenchCase } from '../case.js';
import { auditWorkbookCase } from './audit-workbook.js';
import { bundlesCase } from './bundles.js';
import { CLV_CASE } from './clv.js';
import { clvScipyCase } from './clv-scipy.js';
import { gasBundleCase } from './gas-bundle.js';
import { playgroundCase } from './playground.js';
import { rfmAbcCase } from './rfm-abc.js';

export const BENCH_CASES: readonly BenchCase[] = [rfmAbcCase, auditWorkbookCase, CLV_CASE, clvScipyCase, bundlesCase, gasBundleCase, playgroundCase];
