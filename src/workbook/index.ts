/**
 * The workbook layer shared by every host: the port the sidebar talks to, the selection readers, the
 * request → plans step and the apply orchestration over a host's few sheet operations.
 */
export * from './port.js';
export { applyPlansTo, removeGeneratedSheetsWith } from './apply.js';
export { needsSelection, plansForRequest, type PlannedBuild } from './requests.js';
export { BUILDS, describedBuild, isBuildKey, type AuditMembership, type BuildDescription, type BuildGroup, type BuildKey, type BuildTexts, type SelectionNeed } from './build-list.js';
export { buildOf, PLANNERS, type BuildContext, type BuildDefinition } from './builds.js';
export { hasTransactionHeader, itemValuesFromSelection, transactionsFromSelection, type ItemValues, type SelectedTransactions } from './selection.js';
