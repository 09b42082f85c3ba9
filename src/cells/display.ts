/**
 * Text from a user's file shown in a message: control characters made visible and the length capped,
 * so that a header holding escape codes cannot drive the terminal that prints the message, and a
 * header of 20,000 columns gives a line, not 150 KB.
 */

/**
 * Characters that act rather than show: C0 controls (tab and line breaks included: a message is one
 * line), DEL, C1 controls, the bidirectional overrides and isolates (which reorder what follows them
 * on screen), the line and paragraph separators.
 */
function isControl(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** `\x1b`, `\u202e`: a control character as the escape a programmer would type. */
function escaped(code: number): string {
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character replaced by its escape; the same string when there is none. */
function withEscapes(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += text.slice(from, i) + escaped(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Text safe to print in a one-line message: every control character written as its escape (`\x1b`),
 * and, beyond `maxLength` characters, cut with "…" (never inside a surrogate pair).
 *
 * @param text - the text, as it came from the file or the command line
 * @param maxLength - the longest result, "…" included (at least 2)
 * @returns the text to show
 * @example displayText('\u001b[31mred') // '\\x1b[31mred'
 * @example displayText('abcdef', 4) // 'abc…'
 */
export function displayText(text: string, maxLength = Infinity): string {
  const visible = withEscapes(text);
  if (visible.length <= maxLength) return visible;
  let end = Math.max(1, maxLength - 1);
  const last = visible.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${visible.slice(0, end)}…`;
}

/**
 * A list of names for a message: the first `count` names, each shown by {@link displayText} and cut
 * at `nameLength`, then how many more there are.
 *
 * @param names - the names
 * @param more - how to say "and N more" in the message's language
 * @returns the names joined by ", "
 * @example displayList(['a', 'b', 'c'], (n) => `${n} more`, 2) // 'a, b, … (1 more)'
 */
export function displayList(names: readonly string[], more: (count: number) => string, count = 12, nameLength = 40): string {
  const shown = names.slice(0, count).map((name) => displayText(name, nameLength));
  return names.length > count ? `${shown.join(', ')}, … (${more(names.length - count)})` : shown.join(', ');
}
