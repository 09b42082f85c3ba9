/**
 * Row heights for wrapped text. Hosts do not agree on fitting a row to its wrapped text when a file is
 * opened (LibreOffice does, Excel keeps the default height), so the audit sheets state a height
 * estimated from the text and the column widths: the same look everywhere.
 */

/** One wrapped cell of a row: its text, the width of its column(s) in characters, its font size. */
export interface WrappedText {
  readonly text: string;
  readonly width: number;
  /** Font size in points, default 11. */
  readonly fontSize?: number;
}

/** Points per line of an 11-point font, spacing included. */
const LINE_POINTS = 15;
/** The average letter of a text is narrower than the "0" a column width counts. */
const LETTER_WIDTH = 0.85;

/**
 * The lines a text takes in a column: the words are laid out greedily, as a spreadsheet wraps them.
 * @param text - the text (line breaks start a new line)
 * @param width - column width in characters of the default font
 * @param fontSize - font size in points (a smaller font fits more letters)
 * @returns the number of lines, at least 1
 * @example wrappedLines('Oui', 10) // 1
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * (11 / fontSize)) / LETTER_WIDTH));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines++;
        used = length;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * The height of a row holding wrapped cells: enough for the tallest, never under `minimum`.
 * @param cells - the wrapped cells of the row
 * @param minimum - the least height in points, default 20
 * @returns the height in points
 * @example rowHeightFor([{ text: 'Oui', width: 10 }]) // 20
 */
export function rowHeightFor(cells: readonly WrappedText[], minimum = 20): number {
  let height = minimum;
  for (const cell of cells) {
    const fontSize = cell.fontSize ?? 11;
    const lines = wrappedLines(cell.text, cell.width, fontSize);
    height = Math.max(height, Math.ceil(lines * LINE_POINTS * (fontSize / 11) + 5));
  }
  return Math.min(height, 409);
}
