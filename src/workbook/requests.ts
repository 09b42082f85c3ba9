/**
 * From a build request (and the selection, for the builds that read one) to the sheet plans: the pure
 * half of every host's `build`. Hosts read the selection, call {@link plansForRequest}, then apply the
 * plans with {@link applyPlansTo}. What each build does is in the registry (builds.ts).
 */
import { unknownBuild } from '../messages/workbook.js';
import { isBuildKey } from './build-list.js';
import { buildOf, type PlannedBuild } from './builds.js';
import { UserFacingError, type BuildRequest, type SelectionData } from './port.js';

export type { PlannedBuild } from './builds.js';
export { needsSelection } from './build-list.js';

/**
 * The plans of one request.
 * @param request - what to build, in which language
 * @param selection - the current selection (read only for the builds that need one)
 * @returns the plans in the order their sheets are added, and notes for the user
 * @throws UserFacingError when the selection cannot be used (said in both languages)
 */
export function plansForRequest(request: BuildRequest, selection?: SelectionData): PlannedBuild {
  // A request may come from a sidebar older than the server (Sheets caches its client): a key it
  // does not know is the user's to act on (reload the sidebar), not a defect.
  if (!isBuildKey(request.target)) {
    throw new UserFacingError(unknownBuild(String(request.target)));
  }
  return buildOf(request.target).plan({ language: request.language, selection, include: request.include });
}
