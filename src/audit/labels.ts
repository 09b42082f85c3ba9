/**
 * The fixed texts of the audit workbook: its title, its purpose and the heading of the comment block
 * that closes every checklist section.
 */
import type { LocalizedText } from '../cells/errors.js';

/** Title of the audit workbook. */
export const AUDIT_TITLE: LocalizedText = {
  fr: 'Audit commercial & marketing',
  en: 'Sales & marketing audit',
};

/** What the audit is for, shown under the title (the grid's stated goal). */
export const AUDIT_PURPOSE: LocalizedText = {
  fr: 'Identifier en une demi-journée les leviers de performance commerciale et marketing.',
  en: 'Find the levers of sales and marketing performance in half a day.',
};

/**
 * Heading of the free comment block that closes each checklist section. Neutral on purpose: the
 * workbook is shared with the client, whoever the auditor is.
 */
export const AUDITOR_COMMENT_LABEL: LocalizedText = {
  fr: 'Commentaires de l’auditeur',
  en: 'Auditor’s comments',
};
