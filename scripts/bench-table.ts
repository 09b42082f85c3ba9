/**
 * `npm run bench:readme`: writes the README's table of measured figures from the last run of each
 * benchmark case (.tmp/bench/figures.json, written by `npm run bench`), between the markers
 * `<!-- bench-table:start -->` and `<!-- bench-table:end -->`. The table is never typed by hand; a case
 * not measured since keeps its rows (bench/table.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_FIGURES_FILE, type SavedCase } from '../bench/saved.js';
import { benchTable } from '../bench/table.js';

const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';

const readmePath = resolve(process.cwd(), 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
const cases = existsSync(BENCH_FIGURES_FILE) ? (JSON.parse(readFileSync(BENCH_FIGURES_FILE, 'utf8')) as SavedCase[]) : [];
const previous = readme.slice(start + START.length, end);
writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${benchTable(cases, previous)}\n${readme.slice(end)}`);
console.log(`README.md: benchmark table written from ${BENCH_FIGURES_FILE}`);
