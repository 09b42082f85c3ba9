// Writes docs/FUNCTIONS.md from the catalogue (npm run docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOGUE } from '../src/catalogue/index.js';
import { functionReferenceDocument } from '../src/catalogue/docs.js';

// Run by npm from the package root: the compiled script lives under dist/, the docs at the root.
mkdirSync(resolve('docs'), { recursive: true });
writeFileSync(resolve('docs', 'FUNCTIONS.md'), functionReferenceDocument(CATALOGUE));
