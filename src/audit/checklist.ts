/**
 * The audit checklist: the eight themed sections of the consultant's grid, in the grid's order, and
 * ways to find an item by its permanent id.
 */
import { ACQUISITION_SECTION, MARKETING_SECTION, SALES_PROCESS_SECTION, STEERING_SECTION } from './sections-1-4.js';
import { COLLABORATION_SECTION, RETENTION_SECTION, SEGMENTATION_SECTION, TOOLS_SECTION } from './sections-5-8.js';
import type { AuditItem, AuditSection } from './types.js';

/**
 * The sections 1 to 8 of the checklist, in order: 59 items in all, each with its answer input and
 * the grid line it covers.
 *
 * @example
 * AUDIT_SECTIONS.map((section) => section.items.length) // [11, 12, 8, 7, 5, 5, 6, 5]
 */
export const AUDIT_SECTIONS: readonly AuditSection[] = [
  SALES_PROCESS_SECTION,
  ACQUISITION_SECTION,
  MARKETING_SECTION,
  STEERING_SECTION,
  SEGMENTATION_SECTION,
  COLLABORATION_SECTION,
  TOOLS_SECTION,
  RETENTION_SECTION,
];

/**
 * Every item of the checklist, section after section.
 *
 * @example
 * AUDIT_ITEMS.length // 59
 * AUDIT_ITEMS[0]?.id // '1.01'
 */
export const AUDIT_ITEMS: readonly AuditItem[] = AUDIT_SECTIONS.flatMap((section) => section.items);

const ITEMS_BY_ID: ReadonlyMap<string, AuditItem> = new Map(AUDIT_ITEMS.map((item) => [item.id, item]));

/**
 * The checklist item with a given permanent id.
 *
 * @param id - the item id, "section.rank" (e.g. "2.03")
 * @returns the item, or undefined when no item has that id
 * @example
 * auditItem('4.03')?.label.en // 'How high a priority is marketing for the company’s leadership?'
 * auditItem('9.99') // undefined
 */
export function auditItem(id: string): AuditItem | undefined {
  return ITEMS_BY_ID.get(id);
}
