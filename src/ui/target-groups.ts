/**
 * The families the sidebar groups its builds in, so that a list of some 25 builds stays usable in a
 * 300 px pane: one collapsible group per family, the chosen build's group open.
 */
import type { BuildTarget } from '../workbook/port.js';
import { TARGET_ORDER } from './strings.js';

/** A family of builds. Groups without a build yet are not shown. */
export type TargetGroupId = 'audit' | 'segmentation' | 'value' | 'action' | 'diagnostic' | 'other';

/** The family of each build. A build missing here is listed under "other" (and a test says so). */
export const TARGET_GROUP: Readonly<Partial<Record<BuildTarget, TargetGroupId>>> = {
  audit: 'audit',
  kpi: 'audit',
  abc: 'segmentation',
  'abc.weighted': 'segmentation',
  rfm: 'segmentation',
  clv: 'value',
  'time-allocation': 'action',
  'lead-scoring': 'action',
};

/** The order of the groups in the sidebar. */
export const GROUP_ORDER: readonly TargetGroupId[] = ['audit', 'segmentation', 'value', 'action', 'diagnostic', 'other'];

/** One group as shown: its id and its builds, in the sidebar's order. */
export interface TargetGroup {
  readonly id: TargetGroupId;
  readonly targets: readonly BuildTarget[];
}

/**
 * The groups that hold at least one build, each with its builds in {@link TARGET_ORDER}.
 *
 * @param targets - the builds offered (the product passes TARGET_ORDER)
 * @example targetGroups(['audit', 'kpi', 'rfm']) // [{ id: 'audit', targets: ['audit', 'kpi'] }, { id: 'segmentation', targets: ['rfm'] }]
 */
export function targetGroups(targets: readonly BuildTarget[] = TARGET_ORDER): TargetGroup[] {
  return GROUP_ORDER.map((id) => ({ id, targets: targets.filter((target) => (TARGET_GROUP[target] ?? 'other') === id) })).filter(
    (group) => group.targets.length > 0,
  );
}

/** The group a build is shown in. */
export function groupOf(target: BuildTarget): TargetGroupId {
  return TARGET_GROUP[target] ?? 'other';
}
