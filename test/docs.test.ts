import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/index.js';
import { functionReferenceDocument } from '../src/catalogue/docs.js';

describe('docs/FUNCTIONS.md', () => {
  it('is the reference generated from the catalogue (run `npm run docs` after changing a function)', () => {
    const committed = readFileSync(new URL('../docs/FUNCTIONS.md', import.meta.url), 'utf8');
    expect(committed).toBe(functionReferenceDocument(CATALOGUE));
  });

  it('lists every function in both languages', () => {
    const doc = functionReferenceDocument(CATALOGUE);
    for (const spec of CATALOGUE) expect(doc.split(`### ${spec.id}(`).length - 1).toBe(2);
  });
});
