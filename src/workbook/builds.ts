/**
 * The plan function of each build of the registry (build-list.ts): from the request's language and
 * the selection, the plans to write and the notes to show. The record is typed by the registry's keys,
 * so a build without a plan function does not compile.
 */
import { isSheetError, type Language, type LocalizedText } from '../cells/errors.js';
import { aggregateTransactions } from '../metrics/rfm/aggregate.js';
import { nonPositiveKept, notAddableToAudit, portfolioExamplesKept, refundOnlyListed, selectRangeFirst } from '../messages/workbook.js';
import { buildAbcPlan } from '../plans/abc.js';
import { buildWeightedAbcPlan } from '../plans/abc-weighted.js';
import { buildAuditPlans } from '../plans/audit.js';
import { buildClvPlan } from '../plans/clv.js';
import { buildKpiPlan } from '../plans/kpi.js';
import { buildActionPlanPlan } from '../plans/planning/action-plan.js';
import { buildLeadScoringPlan } from '../plans/planning/lead-scoring.js';
import { buildSalesDashboardPlan } from '../plans/planning/sales-dashboard.js';
import { buildSlaPlan } from '../plans/planning/sla.js';
import { buildObjectivesPlan } from '../plans/planning/objectives.js';
import { buildProspectingPlan } from '../plans/planning/prospecting.js';
import { buildTimeAllocationPlan } from '../plans/planning/time-allocation.js';
import { buildRfmPlans } from '../plans/rfm.js';
import { buildAarrrPlan } from '../plans/strategy/aarrr.js';
import { buildBcgPlan } from '../plans/strategy/bcg.js';
import { buildBudgetPlan } from '../plans/strategy/budget.js';
import { buildFiveForcesPlan } from '../plans/strategy/five-forces.js';
import { buildGdprWatchPlan } from '../plans/strategy/gdpr-watch.js';
import { buildJourneyPlan } from '../plans/strategy/journey.js';
import { buildNetworkingPlan } from '../plans/strategy/networking.js';
import { buildPersonasPlan } from '../plans/strategy/personas.js';
import { buildPestelPlan } from '../plans/strategy/pestel.js';
import { buildPortfolioPlan } from '../plans/strategy/portfolio.js';
import { buildQualificationPlan } from '../plans/strategy/qualification.js';
import { buildSwotPlan } from '../plans/strategy/swot.js';
import { buildVrioPlan } from '../plans/strategy/vrio.js';
import { EXAMPLE_SUFFIX } from '../plans/strategy/common.js';
import { editableRanges } from '../plans/protection.js';
import type { SummaryGrid } from '../plans/summary.js';
import type { CellRange, PlanCell, SheetPlan } from '../plans/types.js';
import { BUILDS, describedBuild, isBuildKey, type BuildDescription, type BuildKey } from './build-list.js';
import { isEmptySelection, portfolioFromSelection } from './portfolio-selection.js';
import { UserFacingError, type SelectionData } from './port.js';
import { itemValuesFromSelection, transactionsFromSelection } from './selection.js';

/** What a build's plan function receives. */
export interface BuildContext {
  readonly language: Language;
  /** The current selection, read for the builds whose {@link BuildDescription.selection} is not `none`. */
  readonly selection?: SelectionData | undefined;
  /** For the audit workbook: the optional builds added to it. */
  readonly include?: readonly BuildKey[] | undefined;
}

/** The plans of a request and the notes to show the user. */
export interface PlannedBuild {
  readonly plans: readonly SheetPlan[];
  readonly notes: readonly LocalizedText[];
}

function requireSelection(selection: SelectionData | undefined): SelectionData {
  if (selection === undefined) throw new UserFacingError(selectRangeFirst);
  return selection;
}

/** The plans alone, without a note. */
const only = (...plans: SheetPlan[]): PlannedBuild => ({ plans, notes: [] });

/** The plan function of every build, by key. */
export const PLANNERS: Readonly<Record<BuildKey, (context: BuildContext) => PlannedBuild>> = {
  audit: ({ language, include = [] }) => {
    const added = BUILDS.filter((build) => include.includes(build.key));
    for (const key of include) {
      if (!isBuildKey(key) || describedBuild(key).audit !== 'optional') {
        throw new UserFacingError(notAddableToAudit(key));
      }
    }
    const plans = [...buildAuditPlans({ language, grids: summaryGrids(language) })];
    for (const build of added) plans.push(...PLANNERS[build.key]({ language }).plans);
    return only(...plans);
  },
  kpi: ({ language }) => only(buildKpiPlan({ language })),
  abc: ({ language, selection }) => {
    const input = itemValuesFromSelection(requireSelection(selection));
    const plan = buildAbcPlan({
      language,
      items: input.items,
      values: input.values,
      ...(input.itemLabel === undefined ? {} : { itemLabel: input.itemLabel }),
      ...(input.valueLabel === undefined ? {} : { valueLabel: input.valueLabel }),
    });
    if (isSheetError(plan)) throw new UserFacingError(plan.message);
    return { plans: [plan], notes: input.notes };
  },
  'abc.weighted': ({ language }) => only(buildWeightedAbcPlan({ language })),
  rfm: ({ language, selection }) => {
    const input = transactionsFromSelection(requireSelection(selection));
    const table = aggregateTransactions(input.transactions);
    if (isSheetError(table)) throw new UserFacingError(table.message);
    const plans = buildRfmPlans({ language, table });
    if (isSheetError(plans)) throw new UserFacingError(plans.message);
    const notes = [...input.notes];
    if (table.nonPositiveCustomers > 0) {
      notes.push(nonPositiveKept(table.nonPositiveCustomers));
    }
    if (table.customersWithoutPurchase > 0) {
      notes.push(refundOnlyListed(table.customersWithoutPurchase));
    }
    // The summary's points to watch (cut points that coincide, empty scores, "recent" customers
    // inactive for more than a year), said in the result note too.
    notes.push(...plans.warnings);
    return { plans: [plans.summary, plans.customers, plans.parameters], notes };
  },
  clv: ({ language, selection }) => {
    const input = transactionsFromSelection(requireSelection(selection));
    const built = buildClvPlan({ language, transactions: input.transactions });
    if (isSheetError(built)) throw new UserFacingError(built.message);
    const notes = [...input.notes];
    // Say so when a model could not be fitted: the sheet then holds the simple formula's figures.
    for (const part of [built.fit.frequency, built.fit.spend]) if (part.model === 'simple') notes.push(part.reason);
    return { plans: [built.plan], notes };
  },
  'time-allocation': ({ language }) => only(buildTimeAllocationPlan({ language })),
  'lead-scoring': ({ language }) => only(buildLeadScoringPlan({ language })),
  bcg: ({ language }) => only(buildBcgPlan({ language })),
  vrio: ({ language }) => only(buildVrioPlan({ language })),
  budget: ({ language }) => only(buildBudgetPlan({ language })),
  // Optional in the audit workbook (no selection there): its examples; alone, the selected transactions,
  // or the examples again when nothing is selected.
  portfolio: ({ language, selection }) => {
    if (selection === undefined) return only(buildPortfolioPlan({ language }));
    if (isEmptySelection(selection)) return { plans: [buildPortfolioPlan({ language })], notes: [portfolioExamplesKept] };
    const { data, notes } = portfolioFromSelection(selection);
    return { plans: [buildPortfolioPlan({ language, ...data })], notes };
  },
  pestel: ({ language }) => only(buildPestelPlan({ language })),
  'five-forces': ({ language }) => only(buildFiveForcesPlan({ language })),
  personas: ({ language }) => only(buildPersonasPlan({ language })),
  journey: ({ language }) => only(buildJourneyPlan({ language })),
  'gdpr-watch': ({ language }) => only(buildGdprWatchPlan({ language })),
  networking: ({ language }) => only(buildNetworkingPlan({ language })),
  swot: ({ language }) => only(buildSwotPlan({ language })),
  qualification: ({ language }) => only(buildQualificationPlan({ language })),
  aarrr: ({ language }) => only(buildAarrrPlan({ language })),
  'action-plan': ({ language }) => only(buildActionPlanPlan({ language })),
  sla: ({ language }) => only(buildSlaPlan({ language })),
  'sales-dashboard': ({ language }) => only(buildSalesDashboardPlan({ language })),
  prospecting: ({ language }) => only(buildProspectingPlan({ language })),
  objectives: ({ language }) => only(buildObjectivesPlan({ language })),
};

/**
 * The grids the audit summary lists in its section 6: every sheet of every optional build of the
 * registry, by its preferred name in the language, with the input column whose filled cells it counts.
 * Among the sheet's blocks of input cells of two rows or more, tallest first: the first column whose
 * example cells carry the « (exemple) » mark the summary leaves out of its count (a portfolio's
 * customers, not its dates); else the first column the build leaves blank (the five forces' findings,
 * not their factors and proposed ratings; the GDPR checks' findings, not their status « À vérifier »),
 * so that a grid just built counts 0 rows filled; else no count (a sheet of proposed values only).
 */
export function summaryGrids(language: Language): SummaryGrid[] {
  return BUILDS.filter((build) => build.audit === 'optional').flatMap((build) => {
    const { plans } = PLANNERS[build.key]({ language });
    return plans.map((plan): SummaryGrid => {
      const label = plans.length > 1 ? `${build.texts.label[language]} — ${plan.name}` : build.texts.label[language];
      const entries = countedColumn(plan, language);
      return entries === undefined ? { label, sheet: plan.name } : { label, sheet: plan.name, entries };
    });
  });
}

/** The column of {@link summaryGrids}, as a one-column range over its block's rows; undefined: none. */
function countedColumn(plan: SheetPlan, language: Language): CellRange | undefined {
  const mark = EXAMPLE_SUFFIX[language];
  const blocks = editableRanges(plan)
    .filter((range) => range.rowCount >= 2)
    .sort((a, b) => b.rowCount - a.rowCount);
  const blank = (cell: PlanCell): boolean => 'value' in cell && (cell.value === null || cell.value === '');
  const marked = (cell: PlanCell): boolean => 'value' in cell && typeof cell.value === 'string' && cell.value.endsWith(mark);
  const columns = blocks.flatMap((range) => Array.from({ length: range.columnCount }, (_, i) => ({ ...range, column: range.column + i, columnCount: 1 })));
  const cellsOf = columns.map((column) => plannedCells(plan, column));
  // Examples only (every written cell marked), else nothing written at all.
  const index = [cellsOf.findIndex((cells) => cells.some(marked) && cells.every((cell) => blank(cell) || marked(cell))), cellsOf.findIndex((cells) => cells.every(blank))].find((i) => i >= 0);
  return index === undefined ? undefined : columns[index];
}

/** The planned cells of `plan` inside `range`. */
function plannedCells(plan: SheetPlan, range: CellRange): PlanCell[] {
  return plan.blocks.flatMap((block) =>
    block.cells.flatMap((cells, i) => {
      const row = block.row + i;
      if (row < range.row || row >= range.row + range.rowCount) return [];
      return cells.filter((_, j) => block.column + j >= range.column && block.column + j < range.column + range.columnCount);
    }),
  );
}

/** A build of the registry with its plan function. */
export interface BuildDefinition<K extends string = string> extends BuildDescription<K> {
  /** The plans of this build. Throws a {@link UserFacingError} when the selection cannot be used. */
  readonly plan: (context: BuildContext) => PlannedBuild;
}

/**
 * The registry entry of a key with its plan function.
 * @throws Error for an unknown key (the callers check user input with {@link isBuildKey} first)
 */
export function buildOf(key: BuildKey): BuildDefinition<BuildKey> {
  return { ...describedBuild(key), plan: PLANNERS[key] };
}
