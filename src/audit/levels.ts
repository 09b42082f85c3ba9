/**
 * The two scales every checklist item is rated on: its maturity (0–3) and its follow-up status.
 */
import type { Language } from '../cells/errors.js';
import type { ItemStatus, MaturityLevel } from './types.js';

/**
 * The maturity scale, from 0 (nothing in place) to 3 (mastered). The descriptions are the rule an
 * auditor applies, so that two auditors give the same score to the same practice.
 */
export const MATURITY_LEVELS: readonly MaturityLevel[] = [
  {
    level: 0,
    label: { fr: 'Absent', en: 'Absent' },
    description: {
      fr: 'Rien n’est en place, ou la pratique n’est pas connue de l’équipe.',
      en: 'Nothing is in place, or the team does not know the practice.',
    },
  },
  {
    level: 1,
    label: { fr: 'Initial', en: 'Initial' },
    description: {
      fr: 'La pratique existe de façon ponctuelle, dépend des personnes et n’est ni écrite ni mesurée.',
      en: 'The practice exists now and then, depends on individuals and is neither written down nor measured.',
    },
  },
  {
    level: 2,
    label: { fr: 'Structuré', en: 'Structured' },
    description: {
      fr: 'La pratique est définie et appliquée, mais de façon inégale ou sans suivi chiffré régulier.',
      en: 'The practice is defined and applied, but unevenly or without regular measurement.',
    },
  },
  {
    level: 3,
    label: { fr: 'Maîtrisé', en: 'Mastered' },
    description: {
      fr: 'La pratique est écrite, appliquée par tous, mesurée et améliorée régulièrement.',
      en: 'The practice is written down, applied by everyone, measured and improved regularly.',
    },
  },
];

/** The follow-up statuses of an item, in the order of a list. */
export const ITEM_STATUSES: readonly ItemStatus[] = [
  { id: 'todo', label: { fr: 'À faire', en: 'To do' } },
  { id: 'in_progress', label: { fr: 'En cours', en: 'In progress' } },
  { id: 'done', label: { fr: 'Fait', en: 'Done' } },
];

/**
 * The values of the status list of the checklist, in one language.
 *
 * @param language - the language of the workbook
 * @returns the status labels in list order
 * @example
 * statusValidationList('fr') // ['À faire', 'En cours', 'Fait']
 */
export function statusValidationList(language: Language): readonly string[] {
  return ITEM_STATUSES.map((status) => status.label[language]);
}
