/**
 * The answer inputs the checklist reuses, and the list of values a sheet offers for a list input.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import type { AnswerInput } from './types.js';

/** The two values of a yes / no answer, in the order the list shows them. */
export const YES_NO_VALUES: readonly LocalizedText[] = [
  { fr: 'Oui', en: 'Yes' },
  { fr: 'Non', en: 'No' },
];

/** A Oui / Non (Yes / No) answer. */
export const YES_NO: AnswerInput = { kind: 'yes-no' };

/** A free-text answer. */
export const TEXT: AnswerInput = { kind: 'text' };

/** A rate, entered as a percentage. */
export const PERCENT: AnswerInput = { kind: 'percent' };

/** A delay counted in days (a recontact or re-engagement delay). */
export const DAYS: AnswerInput = { kind: 'number', unit: { fr: 'jours', en: 'days' } };

/** An amount in euros (a cost per opportunity, a cost per customer). */
export const EUROS: AnswerInput = { kind: 'number', unit: { fr: '€', en: '€' } };

/**
 * A one-value choice list.
 *
 * @param choices - the values, French and English, in the order the list shows them
 * @returns a `choice` answer input allowing one value
 * @example
 * singleChoice([{ fr: 'Haute', en: 'High' }, { fr: 'Faible', en: 'Low' }])
 * // { kind: 'choice', choices: [Haute/High, Faible/Low] }
 */
export function singleChoice(choices: readonly LocalizedText[]): AnswerInput {
  return { kind: 'choice', choices };
}

/**
 * A choice list where several values may be ticked (written as text in the cell).
 *
 * @param choices - the values, French and English, in the order they are suggested
 * @returns a `choice` answer input with `multiple: true`
 * @example
 * multipleChoice([{ fr: 'SEO', en: 'SEO' }, { fr: 'SEA', en: 'SEA' }])
 * // { kind: 'choice', choices: [SEO, SEA], multiple: true }
 */
export function multipleChoice(choices: readonly LocalizedText[]): AnswerInput {
  return { kind: 'choice', choices, multiple: true };
}

/**
 * The values a data-validation list offers for an answer cell, in one language: the yes / no pair or
 * the choices of a one-value choice list. Other inputs get no list: numbers and rates are validated
 * as numbers, free text is free, and a multiple choice cannot be a list (a list cell holds one value),
 * so its choices are shown as a hint instead.
 *
 * @param answer - the item's answer input
 * @param language - the language of the workbook
 * @returns the allowed values in display order, or null when the input is not a list
 * @example
 * answerValidationList({ kind: 'yes-no' }, 'fr') // ['Oui', 'Non']
 * answerValidationList({ kind: 'percent' }, 'en') // null
 */
export function answerValidationList(answer: AnswerInput, language: Language): readonly string[] | null {
  switch (answer.kind) {
    case 'yes-no':
      return YES_NO_VALUES.map((value) => value[language]);
    case 'choice':
      return answer.multiple === true ? null : answer.choices.map((choice) => choice[language]);
    case 'number':
    case 'percent':
    case 'text':
    case 'tally':
      return null;
  }
}
