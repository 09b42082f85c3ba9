import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import { byCategory, CATEGORY_TITLES, functionReference } from './docs.js';

describe('the function reference', () => {
  it('lists each function once, under the title of its family, in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const doc = functionReference(CATALOGUE, language);
      const sections = doc.split(/^### /m).slice(1);
      expect(sections.map((section) => section.split('\n')[0])).toEqual(byCategory(CATALOGUE).map(([category]) => CATEGORY_TITLES[category][language]));
      for (const spec of CATALOGUE) {
        const holding = sections.filter((section) => section.includes(`#### ${spec.id}(`));
        expect(holding, spec.id).toEqual([sections.find((section) => section.startsWith(`${CATEGORY_TITLES[spec.category][language]}\n`))]);
      }
    }
  });

  it('groups the families in catalogue order, the functions of a family kept in order', () => {
    const groups = byCategory(CATALOGUE);
    expect(groups.map(([category]) => category)).toEqual(['rfm', 'abc', 'acquisition', 'conversion', 'pricing', 'retention', 'value', 'strategy']);
    expect(groups.find(([category]) => category === 'value')?.[1].map((spec) => spec.id)).toEqual([
      'LTV', 'LTV_DISCOUNTED', 'CLV_FIT', 'CLV_PREDICT', 'CLV_P_ALIVE', 'CLV_EXPECTED_PURCHASES', 'CLV_EXPECTED_SPEND',
    ]);
    expect(groups.flatMap(([, specs]) => specs).length).toBe(CATALOGUE.length);
  });
});
