/**
 * The RFM segmentation sheets, built together because their formulas read each other (one module
 * per sheet in rfm/, where their tables are in rfm/shared.ts):
 * - `rfm.parameters`: the cut points of each score and the code → segment map, both editable;
 * - `rfm.customers`: one row per customer (recency, frequency, monetary as values), the R, F, M
 *   scores, the code and the segment as formulas over the parameters — edit a cut point or the map and
 *   the scores and segments move;
 * - `rfm.summary`: customers, revenue share and recommended action per segment, and an R × F heat
 *   map, by COUNTIF / SUMIF / COUNTIFS over the customer table.
 *
 * Scores follow the core's convention (src/metrics/rfm/score.ts): raw score = 1 + number of cut
 * points ≤ value — or < value for the default method's quantiles (`strict` cut points) — recency
 * reversed. The sheet compares numbers with SUMPRODUCT rather than COUNTIF ("<="&value), which would
 * go through text and could round a monetary value. A customer without any purchase (frequency 0,
 * only refunds) has no last purchase, no recency, and empty scores, code and segment: every score
 * formula starts with IF(frequency=0,"",…), so such a customer counts in no segment.
 */
import { isSheetError, valueError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import { DEFAULT_SEGMENT_MAP, scoreRfm, type CustomerTable, type CutPoints, type RfmMethod, type SegmentId } from '../metrics/rfm/index.js';
import { buildRfmCustomers } from './rfm/customers.js';
import { buildRfmParameters } from './rfm/parameters.js';
import { rfmLayout, rfmTables } from './rfm/shared.js';
import { buildRfmSummary } from './rfm/summary.js';
import { rfmWarnings } from './rfm-reading.js';
import type { NumberFormatName, SheetPlan } from './types.js';

export { RFM_NAMES, RFM_PLAN_KEYS, RFM_PLAN_VERSION, rfmLayout, rfmTables, type RfmLayout, type RfmTables } from './rfm/shared.js';

/** Options of {@link buildRfmPlans}. */
export interface RfmPlanOptions {
  readonly language: Language;
  /** The per-customer measures, from aggregateTransactions. */
  readonly table: CustomerTable;
  /** Scores per measure, default 5. */
  readonly bins?: number;
  /** How the cut points are chosen, default 'quantile' (see scoreRfm); ignored when cuts are given. */
  readonly method?: RfmMethod;
  /** Cut points to write as they are. */
  readonly cuts?: CutPoints;
  /** Code ("545") → segment; default the product's map, which covers 5 scores. */
  readonly segmentMap?: ReadonlyMap<string, SegmentId>;
  /** How monetary values show, default `currency`. */
  readonly monetaryFormat?: NumberFormatName;
}

/** The three plans, in reading order (summary, customers, parameters), and what the tests check. */
export interface RfmPlans {
  readonly summary: SheetPlan;
  readonly customers: SheetPlan;
  readonly parameters: SheetPlan;
  /** The cut points written in the parameters sheet. */
  readonly cuts: CutPoints;
  readonly bins: number;
  /** The points to watch the summary shows, as sentences for the sidebar's note (empty when none). */
  readonly warnings: readonly LocalizedText[];
}

/**
 * Builds the three RFM sheets from a customer table.
 * @param options - language, customer table, scoring options, segment map
 * @returns the plans and the cut points written, or #VALUE! / #NUM! from the scoring (see scoreRfm),
 *   or #VALUE! when the default map is asked for another number of scores than 5, or when a given
 *   map lacks a code
 * @example (buildRfmPlans({ language: 'fr', table }) as RfmPlans).summary.name // "Synthèse RFM"
 */
export function buildRfmPlans(options: RfmPlanOptions): RfmPlans | SheetError {
  const { table, language } = options;
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, {
    bins: options.bins,
    method: options.method,
    cuts: options.cuts,
  });
  if (isSheetError(scores)) return scores;
  const bins = scores.cuts.recency.length + 1;
  if (options.segmentMap === undefined && bins !== 5) {
    // The default map reads "5" as the best score: with other scales its segments would mislead.
    return valueError(
      `La table des segments par défaut est faite pour 5 scores (reçu ${bins}) : donnez une table pour ${bins} scores`,
      `The default segment map is made for 5 scores (got ${bins}): give a map for ${bins} scores`,
    );
  }
  const map = options.segmentMap ?? DEFAULT_SEGMENT_MAP;
  const codes = allCodes(bins);
  const missing = codes.find((code) => !map.has(code));
  if (missing !== undefined) {
    return valueError(
      `La table des segments n’a pas le code ${missing} : avec ${bins} scores, elle doit couvrir les ${codes.length} codes`,
      `The segment map lacks the code ${missing}: with ${bins} scores it must cover all ${codes.length} codes`,
    );
  }
  const tables = rfmTables(table.customers.length, bins);
  const monetaryFormat = options.monetaryFormat ?? 'currency';
  return {
    parameters: buildRfmParameters({ language, cuts: scores.cuts, bins, codes, map, tables }),
    customers: buildRfmCustomers({ language, table, monetaryFormat, tables, passes: scores.cuts.strict === true ? '<' : '<=' }),
    summary: buildRfmSummary({ language, bins, monetaryFormat, tables, layout: rfmLayout(table.customers.length, bins) }),
    cuts: scores.cuts,
    bins,
    warnings: rfmWarnings({ ...scores, recencyDays: table.recencyDays, bins }),
  };
}

/** Every code of `bins` scores, "111" first. */
function allCodes(bins: number): string[] {
  const codes: string[] = [];
  for (let r = 1; r <= bins; r++) for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) codes.push(`${r}${f}${m}`);
  return codes;
}
