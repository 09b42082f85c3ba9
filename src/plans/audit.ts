/**
 * The audit workbook: the plans the sidebar's "build the audit workbook" and `promethee audit` write,
 * in reading order — the summary first (what a client reads), then the checklist it is computed
 * from, the interview guides and the KPI sheet; and, when transactions are at hand, the ABC
 * segmentation of the customers' revenue and the RFM sheets.
 */
import { isSheetError, type Language, type SheetError } from '../cells/errors.js';
import type { CustomerTable } from '../metrics/rfm/aggregate.js';
import { buildAbcPlan } from './abc.js';
import { buildChecklistPlan, type ChecklistEntry } from './checklist.js';
import { buildInterviewsPlan } from './interviews.js';
import { buildKpiPlan, type KpiChannelInput } from './kpi.js';
import { buildRfmPlans } from './rfm.js';
import { buildSummaryPlan, type SummaryGrid } from './summary.js';
import type { InterviewAudience } from '../audit/types.js';
import type { SheetPlan } from './types.js';

/** Options of {@link buildAuditPlans}. */
export interface AuditPlansOptions {
  readonly language: Language;
  /** The team's names, written in the summary's team list (see buildSummaryPlan); absent: left empty. */
  readonly team?: readonly string[];
  /** What is already known of the checklist items, by item id (see buildChecklistPlan). */
  readonly entries?: Readonly<Record<string, ChecklistEntry>>;
  /** The auditor's comment per section id. */
  readonly comments?: Readonly<Record<string, string>>;
  /** The interviewees' names per audience. */
  readonly interviewees?: Partial<Readonly<Record<InterviewAudience, readonly string[]>>>;
  /** The KPI channels; example channels when absent. */
  readonly channels?: readonly KpiChannelInput[];
  /** The grids the summary lists (present or not) in its section 6; none when absent. */
  readonly grids?: readonly SummaryGrid[];
}

/**
 * The four sheets of the audit workbook, in order: summary, checklist, interviews, KPI.
 * @param options - language and what is already known
 * @returns the plans, in the order their sheets are added
 * @example buildAuditPlans({ language: 'fr' }).map((plan) => plan.name) // ['Synthèse', "Grille d’audit", 'Entretiens', 'KPI acquisition']
 */
export function buildAuditPlans(options: AuditPlansOptions): SheetPlan[] {
  const { language } = options;
  return [
    buildSummaryPlan({ language, ...(options.team === undefined ? {} : { team: options.team }), ...(options.grids === undefined ? {} : { grids: options.grids }) }),
    buildChecklistPlan({
      language,
      ...(options.entries === undefined ? {} : { entries: options.entries }),
      ...(options.comments === undefined ? {} : { comments: options.comments }),
    }),
    buildInterviewsPlan({ language, ...(options.interviewees === undefined ? {} : { interviewees: options.interviewees }) }),
    buildKpiPlan({ language, ...(options.channels === undefined ? {} : { channels: options.channels }) }),
  ];
}

/** Column titles of the ABC sheet of customers. */
const ABC_LABELS = {
  fr: { item: 'Client', value: "Chiffre d’affaires" },
  en: { item: 'Customer', value: 'Revenue' },
} as const;

/**
 * The ABC segmentation of the customers' revenue (their monetary value).
 * @param options - language and the per-customer table (from aggregateTransactions)
 * @returns the plan, or the builder's error
 */
export function buildCustomerAbcPlan(options: { readonly language: Language; readonly table: CustomerTable }): SheetPlan | SheetError {
  const { language, table } = options;
  const labels = ABC_LABELS[language];
  return buildAbcPlan({ language, items: table.customers, values: table.monetary, itemLabel: labels.item, valueLabel: labels.value, valueFormat: 'currency' });
}

/**
 * The segmentation sheets of a customer table: the ABC segmentation of the customers' revenue (their
 * monetary value), then the RFM summary, customers and parameters.
 * @param options - language and the per-customer table (from aggregateTransactions)
 * @returns the plans, or the error of the builder that could not use the table
 * @example buildSegmentationPlans({ language: 'fr', table }).map((p) => p.key) // ['abc', 'rfm.summary', 'rfm.customers', 'rfm.parameters']
 */
export function buildSegmentationPlans(options: { readonly language: Language; readonly table: CustomerTable }): SheetPlan[] | SheetError {
  const { language, table } = options;
  const abc = buildCustomerAbcPlan(options);
  if (isSheetError(abc)) return abc;
  const rfm = buildRfmPlans({ language, table });
  if (isSheetError(rfm)) return rfm;
  return [abc, rfm.summary, rfm.customers, rfm.parameters];
}
