/** How a message entry is written: a frozen pair of texts, French first. */

/** A text in the two languages of the product, French first. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/**
 * A text in both languages, frozen.
 *
 * @example text('Aucun client à noter', 'No customer to score')
 */
export function text(fr: string, en: string): LocalizedText {
  return Object.freeze({ fr, en });
}
