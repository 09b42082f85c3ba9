/**
 * French typography, as a French reader expects it on a printed page: a no-break space (U+00A0)
 * before : ; ! ? % and », and after «; the typographic apostrophe ’ between letters. The check and the
 * fix are the same rules, so that `scripts/french-typography.ts` can apply to the sources exactly
 * what the test in test/french-typography.test.ts asks for.
 */

/** The no-break space put before high punctuation and inside guillemets. */
export const NBSP = '\u00A0';

/** A rule: what it finds, and what it puts in place of what it finds. */
interface Rule {
  readonly name: string;
  readonly find: RegExp;
  readonly replace: string;
}

const RULES: readonly Rule[] = [
  { name: 'straight apostrophe', find: /(\p{L})'(?=\p{L})/gu, replace: '$1’' },
  { name: 'ordinary space before : ; ! ? % »', find: /[ \u2009]+([:;!?%»])/gu, replace: `${NBSP}$1` },
  { name: 'no space before ; ! ?', find: /(\p{L}|\p{N}|[)’»])([;!?])(?=\s|$|["”)])/gu, replace: `$1${NBSP}$2` },
  { name: 'no space before :', find: /(\p{L}|[)’»])(:)(?=\s|$)/gu, replace: `$1${NBSP}$2` },
  { name: 'no space before %', find: /(\p{N})%/gu, replace: `$1${NBSP}%` },
  { name: 'no space before »', find: /([^\s\u00A0\u202F])»/gu, replace: `$1${NBSP}»` },
  { name: 'ordinary space after «', find: /«[ \u2009]+/gu, replace: `«${NBSP}` },
  { name: 'no space after «', find: /«(?=[^\s\u00A0\u202F])/gu, replace: `«${NBSP}` },
];

/** Pieces of a text that follow another syntax: a formula, a cell range, code in backquotes, a URL. */
const FOREIGN = /`[^`]*`|=[A-Z][A-Z0-9_.]*\([^)]*\)|https?:\/\/\S+|\b[A-Z]{1,3}\d+:[A-Z]{1,3}\d+\b/g;

function outsideForeign(text: string, transform: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(FOREIGN)) {
    out += transform(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + transform(text.slice(last));
}

/**
 * The typography problems of a French text, one line each.
 * @param text - the text as shown to the reader
 * @returns e.g. ["ordinary space before : ; ! ? % »: « Total : »"], empty when the text is right
 * @example frenchTypographyProblems('Total : 3') // one problem
 * @example frenchTypographyProblems('Total\u00A0: 3') // []
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  outsideForeign(text, (part) => {
    for (const rule of RULES) {
      for (const match of part.matchAll(new RegExp(rule.find.source, rule.find.flags))) {
        const at = match.index;
        problems.push(`${rule.name}: “${part.slice(Math.max(0, at - 12), at + match[0].length + 12)}”`);
      }
    }
    return part;
  });
  return problems;
}

/**
 * A French text with its typography fixed by the rules of {@link frenchTypographyProblems}.
 * @param text - the text
 * @returns the text with no-break spaces and typographic apostrophes
 * @example fixFrenchTypography("Taux d'attrition : 12%") // "Taux d’attrition\u00A0: 12\u00A0%"
 */
export function fixFrenchTypography(text: string): string {
  return outsideForeign(text, (part) => RULES.reduce((fixed, rule) => fixed.replace(new RegExp(rule.find.source, rule.find.flags), rule.replace), part));
}
