/**
 * A CSV file read in parts (chunks of its text, in order), so that a command's memory follows what it
 * keeps (customers, items), not the size of the file: each part handed on is whole records, parsed by
 * `parseCsv` as the whole text would be — same records, same fields, same line numbers, same errors.
 *
 * A part ends at a line end outside quotes: the text up to the last line end is parsed, and when a
 * quote opened there is not closed yet (a field holding line breaks across the cut), the reader waits
 * for more text. The first part holds at least two records (or the whole file), so that the header line
 * is decided as over the whole file (see `resolveColumns`).
 */
import { isSheetError, type SheetError } from '../cells/errors.js';
import { delimiterOfFirstLine, parseCsv, TableBuilder, type CsvTable, type Delimiter } from './csv.js';

/** Number of line ends (CRLF, LF or a lone CR: one each) in a text that does not end inside a CRLF. */
function lineEnds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  if (text.indexOf('\r') < 0) return count;
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 0x0a) count++;
  return count;
}

/** Where the text can be cut after a line end: just past the last LF, or past the last CR that is not the last character. */
function cutAfterLastLine(text: string): number {
  const lf = text.lastIndexOf('\n');
  if (lf >= 0) return lf + 1;
  if (text.length < 2) return 0;
  return text.lastIndexOf('\r', text.length - 2) + 1;
}

/** The records of a CSV text given in parts: see the top of this module. */
export class CsvParts {
  private delimiter: Delimiter | undefined;
  private rest = '';
  /** Line number of the first line of `rest`. */
  private line = 1;
  private started = false;
  /** After a part ending inside quotes: the length of text to wait for before trying again. */
  private retryAt = 0;
  /**
   * The arrays the parts after the first are parsed into, one part after the other: a table handed on
   * is read before the next piece is pushed (the first one, which names the columns, is kept apart).
   */
  private readonly builder = new TableBuilder(1 << 16);

  /** @param delimiter - the delimiter, or undefined to detect it from the first line (see `detectDelimiter`) */
  constructor(delimiter?: Delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * When the records up to here were all handed on (the first part included) and no text waits: the
   * delimiter, and the line number of the text to come; else null.
   */
  get between(): { readonly delimiter: Delimiter; readonly line: number } | null {
    if (!this.started || this.rest !== '' || this.delimiter === undefined) return null;
    return { delimiter: this.delimiter, line: this.line };
  }

  /**
   * Skips lines read another way (see `PlainLines`), when {@link CsvParts.between} is not null: the text
   * pushed next starts so many lines further.
   */
  skipLines(count: number): void {
    if (this.between === null) throw new Error('lines skipped while text waits');
    this.line += count;
  }

  /**
   * Takes the next piece of text.
   * @param text - the text after the previous pieces
   * @param last - true for the last piece (the end of the file)
   * @returns the records now complete, as a table whose lines are lines of the whole file (after the
   *   first table, valid until the next push: read it before pushing more text); null when
   *   more text is needed first; #VALUE! for a quote never closed (naming the line where it opens).
   *   With `last`, always a table (perhaps of no record) or the error.
   */
  push(text: string, last: boolean): CsvTable | SheetError | null {
    this.rest = this.rest === '' ? text : this.rest + text;
    const rest = this.rest;
    if (!last && rest.length < this.retryAt) return null;
    let delimiter = this.delimiter;
    if (delimiter === undefined) {
      const found = delimiterOfFirstLine(rest);
      if (!found.lineEnded && !last) return null;
      delimiter = found.delimiter;
      this.delimiter = delimiter;
    }
    const cut = last ? rest.length : cutAfterLastLine(rest);
    if (cut === 0 && !last) return null;
    const part = cut === rest.length ? rest : rest.slice(0, cut);
    const table = parseCsv(part, { delimiter, firstLine: this.line, continued: this.started, ...(this.started ? { builder: this.builder } : {}) });
    if (isSheetError(table)) {
      if (last) return table;
      // A quote still open at the cut: wait for twice the text, so that a long quoted field costs linear time.
      this.retryAt = 2 * rest.length;
      return null;
    }
    if (!this.started && table.recordCount < 2 && !last) return null;
    this.retryAt = 0;
    this.started = true;
    this.line += lineEnds(part);
    this.rest = cut === rest.length ? '' : rest.slice(cut);
    return table;
  }
}
