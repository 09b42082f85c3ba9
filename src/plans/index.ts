/**
 * Sheet plans: host-neutral descriptions of the sheets the product builds, the resolver that gives
 * them free names and resolves their cross-sheet references, and the validator every host runs.
 */
export type * from './types.js';
export { PlanError } from './types.js';
export { cellAddress, cellRange, columnLetters, rangeAddress, MAX_COLUMNS, MAX_ROWS, type AddressOptions } from './a1.js';
export {
  cleanSheetName,
  freeSheetName,
  isPlanKey,
  MAX_SHEET_NAME_LENGTH,
  namedRangeReference,
  quoteSheetName,
  rangeReference,
  resolvePlans,
  resolveSheetTokens,
  sheetRef,
} from './names.js';
export { CLASS_FILLS, COLOR_SCALE, NUMBER_FORMATS, PALETTE, STYLES, type StyleSpec } from './theme.js';
export { formulaCell, SheetPlanBuilder, valueCell, valueRow, type SheetIdentity } from './sheet-builder.js';
export { addTable, tableCell, tableLayout, type ColumnCell, type PerRow, type RowContext, type TableColumn, type TableLayout, type TableSpec } from './table.js';
export { assertValidPlan, validatePlan } from './validate.js';
export { MARKER_KEY, markerText, parseMarker } from './marker.js';
export { hasHeaderRow } from './header.js';
export { buildKpiPlan, kpiLayout, KPI_PLAN_KEY, KPI_PLAN_VERSION, type KpiChannelInput, type KpiLayout, type KpiPlanOptions } from './kpi.js';
export { abcLayout, buildAbcPlan, ABC_PLAN_KEY, ABC_PLAN_VERSION, ABC_THRESHOLD_NAMES, type AbcLayout, type AbcPlanOptions } from './abc.js';
export {
  buildWeightedAbcPlan,
  weightedAbcLayout,
  WEIGHTED_ABC_PLAN_KEY,
  WEIGHTED_ABC_PLAN_VERSION,
  WEIGHTED_ABC_SHARE_NAMES,
  type WeightedAbcLayout,
  type WeightedAbcPlanOptions,
  type WeightedCriterion,
} from './abc-weighted.js';
export { buildRfmPlans, rfmLayout, RFM_NAMES, RFM_PLAN_KEYS, RFM_PLAN_VERSION, type RfmLayout, type RfmPlanOptions, type RfmPlans } from './rfm.js';
export {
  buildChecklistPlan,
  checklistLayout,
  questionText,
  CHECKLIST_COLUMNS,
  CHECKLIST_PLAN_KEY,
  CHECKLIST_PLAN_VERSION,
  type ChecklistEntry,
  type ChecklistLayout,
  type ChecklistPlanOptions,
  type ChecklistSectionRows,
} from './checklist.js';
export {
  buildInterviewsPlan,
  interviewsLayout,
  INTERVIEW_COLUMNS,
  INTERVIEWEE_COLUMNS,
  INTERVIEWS_PLAN_KEY,
  INTERVIEWS_PLAN_VERSION,
  type InterviewGuideRows,
  type InterviewsPlanOptions,
} from './interviews.js';
export { buildSummaryPlan, summaryLayout, PRIORITY_COUNT, SUMMARY_PLAN_KEY, SUMMARY_PLAN_VERSION, type SummaryLayout, type SummaryPlanOptions } from './summary.js';
export { TEAM_HEADER_ROW, TEAM_RANGE_NAME, TEAM_ROWS, TEAM_SHEET_KEY, teamNamesRange, teamSource, teamValidation } from './team.js';
export { buildAuditPlans, buildCustomerAbcPlan, buildSegmentationPlans, type AuditPlansOptions } from './audit.js';
export { rowHeightFor, wrappedLines, type WrappedText } from './row-height.js';
export { buildClvPlan, clvLayout, CLV_PLAN_KEY, CLV_PLAN_VERSION, type ClvLayout, type ClvPlan, type ClvPlanOptions } from './clv.js';
