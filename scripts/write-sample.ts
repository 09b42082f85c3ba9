// Writes the playground's sample data (src/playground/sample/data/*.csv) from its seeded generator
// (npm run sample); a test checks that the shipped files are what the generator writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sampleCsvFiles } from '../src/playground/sample/generate.js';

// Run by npm from the package root: the compiled script lives under dist/, the data in src/.
const folder = resolve('src', 'playground', 'sample', 'data');
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(sampleCsvFiles())) writeFileSync(resolve(folder, name), text);
