/**
 * The audit content as data: the checklist of sections 1–8, the rating scales, the interview guides
 * of section 9, and the lists the sheets offer. French first, English second.
 */
export { AUDIT_SECTIONS, AUDIT_ITEMS, auditItem } from './checklist.js';
export { INTERVIEW_GUIDES, INTERVIEW_THEMES, SALES_INTERVIEW, MARKETING_INTERVIEW } from './interviews.js';
export { MATURITY_LEVELS, ITEM_STATUSES, statusValidationList } from './levels.js';
export { AUDIT_TITLE, AUDIT_PURPOSE, AUDITOR_COMMENT_LABEL } from './labels.js';
export { answerValidationList, YES_NO_VALUES } from './answers.js';
export type {
  AnswerInput,
  AnswerKind,
  AuditItem,
  AuditItemPart,
  AuditSection,
  GridSource,
  InterviewAudience,
  InterviewGuide,
  InterviewQuestion,
  InterviewThemeId,
  ItemStatus,
  ItemStatusId,
  MaturityLevel,
  MaturityScore,
} from './types.js';
