/**
 * `npm run bench:readme`: writes the README's table of measured figures from the last run of each
 * benchmark case (.tmp/bench/figures.json, written by `npm run bench`), between the markers
 * `<!-- bench-table:start -->` and `<!-- bench-table:end -->`. The table is never typed by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_FIGURES_FILE, formatted, type SavedCase } from '../bench/saved.js';

const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';
/** The cases whose figures the table lists, by the start of their title. */
const CASES = ['RFM and ABC', 'Audit workbook'];

/** A table cell: pipes escaped, so that a note cannot split the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/**
 * The Markdown table of the saved figures of the listed cases.
 * @param cases - the saved cases
 * @returns the table, one heading row per case then one row per figure
 */
export function benchTable(cases: readonly SavedCase[]): string {
  const lines = ['| figure | value | note |', '|---|---|---|'];
  for (const saved of cases) {
    if (!CASES.some((prefix) => saved.title.startsWith(prefix))) continue;
    lines.push(`| **${cell(saved.title)}** (measured ${saved.measured}) | | |`);
    for (const figure of saved.figures) lines.push(`| ${cell(figure.name)} | ${formatted(figure.value)} ${cell(figure.unit)} | ${cell(figure.note ?? '')} |`);
  }
  return lines.join('\n');
}

const readmePath = resolve(process.cwd(), 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
const cases = JSON.parse(readFileSync(BENCH_FIGURES_FILE, 'utf8')) as SavedCase[];
writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${benchTable(cases)}\n${readme.slice(end)}`);
console.log(`README.md: benchmark table written from ${BENCH_FIGURES_FILE}`);
