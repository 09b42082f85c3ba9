/**
 * The README's table of benchmark figures (scripts/bench-table.ts writes it): one heading row per
 * case, then one row per figure, for the cases listed in {@link TABLE_CASES}. A listed case with no
 * saved run keeps the rows the table already had for it, heading and date included, so that measuring
 * one case never drops another's figures; its heading still says the day it was measured.
 */
import { formatted, type SavedCase } from './saved.js';

/** The cases the table lists, in this order, by the start of their title. */
export const TABLE_CASES = ['RFM and ABC', 'Audit workbook', 'Probabilistic CLV', 'CLV command against scipy', 'Excel add-in bundles', 'Google Sheets add-on', 'Playground'] as const;

/** A table cell: pipes escaped, so that a note cannot split the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

const HEADER = ['| figure | value | note |', '|---|---|---|'];

/** The rows of each case in a table written before, by the listed case its heading starts with. */
function previousSections(previous: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of previous.split('\n')) {
    const heading = /^\| \*\*(.+?)\*\* \(measured [^)]*\) \| \| \|$/.exec(line);
    if (heading !== null) {
      const prefix = TABLE_CASES.find((name) => heading[1]?.startsWith(name));
      current = prefix === undefined ? undefined : [];
      if (prefix !== undefined && current !== undefined) sections.set(prefix, current);
    }
    if (current !== undefined && line.startsWith('|')) current.push(line);
  }
  return sections;
}

/**
 * The Markdown table.
 * @param cases - the saved figures of the last run of each case
 * @param previous - the table as the README has it now (its rows are kept for the cases not in `cases`)
 * @returns the table, without the markers around it
 */
export function benchTable(cases: readonly SavedCase[], previous = ''): string {
  const kept = previousSections(previous);
  const lines = [...HEADER];
  for (const prefix of TABLE_CASES) {
    const saved = cases.find((candidate) => candidate.title.startsWith(prefix));
    if (saved === undefined) {
      lines.push(...(kept.get(prefix) ?? []));
      continue;
    }
    lines.push(`| **${cell(saved.title)}** (measured ${saved.measured}) | | |`);
    for (const figure of saved.figures) lines.push(`| ${cell(figure.name)} | ${formatted(figure.value)} ${cell(figure.unit)} | ${cell(figure.note ?? '')} |`);
  }
  return lines.join('\n');
}
