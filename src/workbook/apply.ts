/**
 * Applying plans through a host adapter: the part every host shares. Names are chosen against the
 * workbook's sheets (a user's sheet is never replaced: the new sheet gets a free name), plans are
 * validated before anything is written, generated sheets planned again are removed, then each plan is
 * written, with progress after every sheet, its marker carrying the fingerprint of its computed
 * formulas (plans/fingerprint.ts).
 */
import { formulaFingerprint } from '../plans/fingerprint.js';
import { resolvePlans } from '../plans/names.js';
import { DEFAULT_PROTECTION, type ProtectionMode } from '../plans/protection.js';
import type { SheetPlan } from '../plans/types.js';
import { assertValidPlan } from '../plans/validate.js';
import type { LocalizedText } from '../cells/errors.js';
import type { BuildProgress, BuildReport, RemovalReport, SheetAdapter } from './port.js';

/**
 * Writes plans into a workbook through its adapter.
 * @param adapter - the host's sheet operations
 * @param plans - the plans, in the order their sheets are added
 * @param notes - notes of the build, passed through to the report
 * @param onProgress - called before each sheet and once at the end
 * @param protection - how the sheets are protected once written (the request's option)
 * @returns the final names and the sheets replaced
 * @throws PlanError when a plan is invalid (a defect: nothing has been written then)
 */
export async function applyPlansTo(
  adapter: SheetAdapter,
  plans: readonly SheetPlan[],
  notes: readonly LocalizedText[] = [],
  onProgress?: (progress: BuildProgress) => void,
  protection: ProtectionMode = DEFAULT_PROTECTION,
): Promise<BuildReport> {
  for (const plan of plans) assertValidPlan(plan);
  const resolution = resolvePlans(plans, await adapter.listSheets());
  if (resolution.sheetsToRemove.length > 0) await adapter.removeSheets(resolution.sheetsToRemove);
  const total = resolution.plans.length;
  for (const [done, plan] of resolution.plans.entries()) {
    onProgress?.({ done, total, sheet: plan.finalName });
    // The marker carries the fingerprint of the computed formulas, for the check before sharing.
    const marked = { ...plan, fingerprint: formulaFingerprint(plan) };
    await adapter.writeSheet(protection === 'none' ? marked : { ...marked, protection });
  }
  onProgress?.({ done: total, total });
  return { sheets: resolution.plans.map((plan) => plan.finalName), replaced: resolution.sheetsToRemove, notes };
}

/**
 * Removes every generated sheet (those with a marker); the user's own sheets stay.
 * @param adapter - the host's sheet operations
 * @returns the names removed
 */
export async function removeGeneratedSheetsWith(adapter: SheetAdapter): Promise<RemovalReport> {
  const generated = (await adapter.listSheets()).filter((sheet) => sheet.marker !== undefined).map((sheet) => sheet.name);
  if (generated.length > 0) await adapter.removeSheets(generated);
  return { removed: generated };
}
