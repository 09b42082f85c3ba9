/**
 * `npm run bench`: runs every benchmark case and prints its figures, one line each. Run with
 * `--expose-gc` so that memory figures start from a collected heap. `npm run bench -- NAME` runs only
 * the cases whose title contains NAME.
 *
 * The figures of each case run are also kept in .tmp/bench/figures.json (by case title, replacing
 * those of its previous run), from which `npm run bench:readme` writes the README's benchmark table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BENCH_CASES } from './cases/index.js';
import { BENCH_FIGURES_FILE, formatted, type SavedCase } from './saved.js';

const filter = process.argv[2]?.toLowerCase();

function saved(): SavedCase[] {
  try {
    return JSON.parse(readFileSync(BENCH_FIGURES_FILE, 'utf8')) as SavedCase[];
  } catch {
    return [];
  }
}

for (const benchCase of BENCH_CASES) {
  if (filter !== undefined && !benchCase.title.toLowerCase().includes(filter)) continue;
  console.log(`\n## ${benchCase.title}`);
  const figures = await benchCase.run();
  for (const figure of figures) {
    const note = figure.note === undefined ? '' : `   (${figure.note})`;
    console.log(`${figure.name.padEnd(56)} ${formatted(figure.value).padStart(14)} ${figure.unit}${note}`);
  }
  const cases = saved().filter((entry) => entry.title !== benchCase.title);
  cases.push({ title: benchCase.title, measured: new Date().toISOString().slice(0, 10), figures });
  cases.sort((a, b) => BENCH_CASES.findIndex((c) => c.title === a.title) - BENCH_CASES.findIndex((c) => c.title === b.title));
  mkdirSync(dirname(BENCH_FIGURES_FILE), { recursive: true });
  writeFileSync(BENCH_FIGURES_FILE, `${JSON.stringify(cases, null, 1)}\n`);
}
