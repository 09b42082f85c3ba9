/**
 * From a build request (and the selection, for the builds that read one) to the sheet plans: the pure
 * half of every host's `build`. Hosts read the selection, call {@link plansForRequest}, then apply the
 * plans with {@link applyPlansTo}.
 */
import { isSheetError, type LocalizedText } from '../cells/errors.js';
import { aggregateTransactions } from '../metrics/rfm/aggregate.js';
import { buildAbcPlan } from '../plans/abc.js';
import { buildAuditPlans } from '../plans/audit.js';
import { buildWeightedAbcPlan } from '../plans/abc-weighted.js';
import { buildClvPlan } from '../plans/clv.js';
import { buildKpiPlan } from '../plans/kpi.js';
import { buildRfmPlans } from '../plans/rfm.js';
import type { SheetPlan } from '../plans/types.js';
import { UserFacingError, type BuildRequest, type BuildTarget, type SelectionData } from './port.js';
import { itemValuesFromSelection, transactionsFromSelection } from './selection.js';

/** The plans of a request and the notes to show the user. */
export interface PlannedBuild {
  readonly plans: readonly SheetPlan[];
  readonly notes: readonly LocalizedText[];
}

/** True for the builds that read the current selection. */
export function needsSelection(target: BuildTarget): boolean {
  return target === 'abc' || target === 'rfm' || target === 'clv';
}

/**
 * The plans of one request.
 * @param request - what to build, in which language
 * @param selection - the current selection (read only for ABC and RFM)
 * @returns the plans in the order their sheets are added, and notes for the user
 * @throws UserFacingError when the selection cannot be used (said in both languages)
 */
export function plansForRequest(request: BuildRequest, selection?: SelectionData): PlannedBuild {
  const { language } = request;
  switch (request.target) {
    case 'audit':
      return { plans: buildAuditPlans({ language }), notes: [] };
    case 'kpi':
      return { plans: [buildKpiPlan({ language })], notes: [] };
    case 'abc.weighted':
      return { plans: [buildWeightedAbcPlan({ language })], notes: [] };
    case 'abc': {
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
    }
    case 'rfm': {
      const input = transactionsFromSelection(requireSelection(selection));
      const table = aggregateTransactions(input.transactions);
      if (isSheetError(table)) throw new UserFacingError(table.message);
      const plans = buildRfmPlans({ language, table });
      if (isSheetError(plans)) throw new UserFacingError(plans.message);
      const notes = [...input.notes];
      if (table.nonPositiveCustomers > 0) {
        notes.push({
          fr: `${table.nonPositiveCustomers} client(s) à montant net ≤ 0 (avoirs) : gardés dans la table.`,
          en: `${table.nonPositiveCustomers} customer(s) with a net amount ≤ 0 (refunds): kept in the table.`,
        });
      }
      if (table.customersWithoutPurchase > 0) {
        notes.push({
          fr: `${table.customersWithoutPurchase} client(s) sans aucun achat (que des avoirs) : listés sans score ni segment, hors du calcul des seuils.`,
          en: `${table.customersWithoutPurchase} customer(s) without any purchase (refunds only): listed with no score or segment, left out of the cut points.`,
        });
      }
      // The summary's points to watch (cut points that coincide, empty scores, "recent" customers
      // inactive for more than a year), said in the result note too.
      notes.push(...plans.warnings);
      return { plans: [plans.summary, plans.customers, plans.parameters], notes };
    }
    case 'clv': {
      const input = transactionsFromSelection(requireSelection(selection));
      const built = buildClvPlan({ language, transactions: input.transactions });
      if (isSheetError(built)) throw new UserFacingError(built.message);
      const notes = [...input.notes];
      // Say so when a model could not be fitted: the sheet then holds the simple formula's figures.
      for (const part of [built.fit.frequency, built.fit.spend]) if (part.model === 'simple') notes.push(part.reason);
      return { plans: [built.plan], notes };
    }
  }
}

function requireSelection(selection: SelectionData | undefined): SelectionData {
  if (selection === undefined) throw new UserFacingError({ fr: 'Sélectionnez d’abord une plage.', en: 'Select a range first.' });
  return selection;
}
