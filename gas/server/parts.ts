/**
 * Text carried by `google.script.run` in parts, so that no call and no reply exceeds a size that Google
 * does not document (see MAX_PAYLOAD_CHARS). The server cuts; the sidebar asks for each part in turn and
 * joins them. Every part carries a digest of the whole text, so that parts of two different texts (the
 * selection edited between two calls) are never joined.
 */
import { UserFacingError } from '../../src/workbook/port.js';

/**
 * The most characters of JSON one `google.script.run` call or reply carries. Google documents no size
 * limit for it (https://developers.google.com/apps-script/guides/html/reference/run lists the legal
 * types only, https://developers.google.com/apps-script/guides/services/quotas has no entry): larger
 * data goes in parts, each under it. One megabyte keeps a call far from any limit while an RFM build
 * over 100,000 transactions takes a few calls more.
 */
export const MAX_PAYLOAD_CHARS = 1_000_000;

/** One part of a text, with what the receiver needs to join the parts safely. */
export interface TextPart {
  /** The characters of this part. */
  readonly text: string;
  /** Its number, from 0. */
  readonly part: number;
  /** How many parts the whole text has. */
  readonly parts: number;
  /** A digest of the whole text: the same in every part of one text. */
  readonly digest: string;
}

/** FNV-1a over the UTF-16 code units, with the length: enough to tell two texts apart, not a security measure. */
function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/**
 * Part `part` of a text cut into pieces of at most `limit` code units, never between the two halves of
 * a surrogate pair. As a JSON string a piece takes at most twice its length (each `"` or `\` escaped),
 * so a reply stays under 2 × `limit` + a few characters.
 *
 * @param text - the whole text
 * @param part - which part, from 0
 * @param limit - the most code units a part holds (2 or more)
 * @returns the part, its number, the number of parts and the digest of the whole
 * @example textPart('abcdef', 1, 4) // { text: 'ef', part: 1, parts: 2, digest: … }
 */
export function textPart(text: string, part: number, limit: number): TextPart {
  const bounds = [0];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + limit);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    bounds.push(end);
    at = end;
  }
  const parts = Math.max(1, bounds.length - 1);
  if (!Number.isInteger(part) || part < 0 || part >= parts) throw new RangeError(`part ${part} asked of a text in ${parts} part(s)`);
  return { text: text.slice(bounds[part] ?? 0, bounds[part + 1] ?? text.length), part, parts, digest: digestOf(text) };
}

/**
 * The whole text, asked part by part.
 *
 * @param fetchPart - asks for one part (a server call)
 * @returns the parts joined
 * @throws UserFacingError when the parts do not belong to one text (it changed between two calls)
 */
export async function wholeText(fetchPart: (part: number) => Promise<TextPart>): Promise<string> {
  const first = await fetchPart(0);
  const pieces = [first.text];
  for (let k = 1; k < first.parts; k++) {
    const next = await fetchPart(k);
    if (next.digest !== first.digest || next.parts !== first.parts || next.part !== k) {
      throw new UserFacingError({
        fr: 'La sélection a changé pendant la préparation des feuilles\u00a0: relancez la construction.',
        en: 'The selection changed while the sheets were being prepared: build again.',
      });
    }
    pieces.push(next.text);
  }
  return pieces.join('');
}
