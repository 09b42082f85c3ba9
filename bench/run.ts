/**
 * `npm run bench`: runs every benchmark case and prints its figures, one line each. Run with
 * `--expose-gc` so that memory figures start from a collected heap. `npm run bench -- NAME` runs only
 * the cases whose title contains NAME.
 */
import { BENCH_CASES } from './cases/index.js';

const filter = process.argv[2]?.toLowerCase();

function formatted(value: number): string {
  // Counts print as counts ("0 customers"), measures to three significant digits.
  if (Number.isInteger(value) || value >= 100) return Math.round(value).toLocaleString('en');
  return value.toPrecision(3);
}

for (const benchCase of BENCH_CASES) {
  if (filter !== undefined && !benchCase.title.toLowerCase().includes(filter)) continue;
  console.log(`\n## ${benchCase.title}`);
  for (const figure of await benchCase.run()) {
    const note = figure.note === undefined ? '' : `   (${figure.note})`;
    console.log(`${figure.name.padEnd(56)} ${formatted(figure.value).padStart(14)} ${figure.unit}${note}`);
  }
}
