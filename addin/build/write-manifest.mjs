// Writes the top-level manifest.xml: the development manifest (https://localhost:3000/) that
// `npm run start:excel` sideloads. Generated, and committed so that it can be sideloaded without a
// build; test/addin-manifest.test.ts fails when it drifts from the generator.
//   node addin/build/write-manifest.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { loadAddinGenerator } from './load-generator.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const generator = await loadAddinGenerator(root);
const { version: packageVersion } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const target = path.join(root, 'manifest.xml');
writeFileSync(target, generator.manifestXml({ baseUrl: generator.ADDIN_BASE_URLS.development, packageVersion }));
process.stdout.write(`wrote ${path.relative(process.cwd(), target) || target}\n`);
