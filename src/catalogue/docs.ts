/**
 * The function reference, generated from the catalogue (docs/FUNCTIONS.md), so the docs cannot drift
 * from what the hosts register.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { frenchFormula } from './french-syntax.js';
import type { FunctionCategory, FunctionSpec } from './types.js';

/** The title of each family of functions, under which the reference lists them. */
export const CATEGORY_TITLES: Readonly<Record<FunctionCategory, LocalizedText>> = {
  rfm: { fr: 'Segmentation RFM', en: 'RFM segmentation' },
  abc: { fr: 'Classement ABC', en: 'ABC classification' },
  strategy: { fr: 'Stratégie', en: 'Strategy' },
  acquisition: { fr: 'Acquisition', en: 'Acquisition' },
  conversion: { fr: 'Conversion', en: 'Conversion' },
  pricing: { fr: 'Prix, marges et ventes', en: 'Prices, margins and sales' },
  retention: { fr: 'Fidélisation', en: 'Retention' },
  value: { fr: 'Valeur client', en: 'Customer value' },
};

/**
 * The functions by family, families in the order their first function comes in the catalogue, and
 * functions in catalogue order within each.
 */
export function byCategory(catalogue: readonly FunctionSpec[]): [FunctionCategory, FunctionSpec[]][] {
  const groups = new Map<FunctionCategory, FunctionSpec[]>();
  for (const spec of catalogue) {
    const group = groups.get(spec.category);
    if (group) group.push(spec);
    else groups.set(spec.category, [spec]);
  }
  return [...groups];
}

const HEADINGS: Record<Language, { title: string; intro: string; params: string; example: string; optional: string; default: string; shapes: Record<FunctionSpec['result'], string> }> = {
  fr: {
    title: 'Référence des fonctions',
    intro: 'Dans Google Sheets : `=NOM(...)`. Dans Excel : `=PROMETHEE.NOM(...)`. Séparateur d’arguments : celui de votre tableur (`;` en français).',
    params: 'Arguments',
    example: 'Exemple',
    optional: 'facultatif',
    default: 'défaut',
    shapes: { value: 'une valeur', column: 'une colonne alignée sur les lignes données', table: 'un tableau avec une ligne d’en-têtes' },
  },
  en: {
    title: 'Function reference',
    intro: 'In Google Sheets: `=NAME(...)`. In Excel: `=PROMETHEE.NAME(...)`. Argument separator: your spreadsheet\'s (`,` in English).',
    params: 'Arguments',
    example: 'Example',
    optional: 'optional',
    default: 'default',
    shapes: { value: 'one value', column: 'a column aligned with the given rows', table: 'a table with a header row' },
  },
};

/** The reference of every function, in one language, as Markdown: one section per family. */
export function functionReference(catalogue: readonly FunctionSpec[], language: Language): string {
  const h = HEADINGS[language];
  const lines = [`## ${h.title}`, '', h.intro, ''];
  for (const [category, specs] of byCategory(catalogue)) {
    lines.push(`### ${CATEGORY_TITLES[category][language]}`, '', ...functionSections(specs, language));
  }
  return lines.join('\n');
}

function functionSections(specs: readonly FunctionSpec[], language: Language): string[] {
  const h = HEADINGS[language];
  const lines: string[] = [];
  for (const spec of specs) {
    const signature = spec.params.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(', ');
    lines.push(`#### ${spec.id}(${signature})`, '', `${spec.summary[language]} → ${h.shapes[spec.result]}.`, '', spec.help[language], '');
    lines.push(`${h.params}:`, '');
    for (const p of spec.params) {
      const flags = p.optional === true ? ` (${h.optional}${p.defaultValue === undefined ? '' : `, ${h.default} ${String(p.defaultValue)}`})` : '';
      lines.push(`- \`${p.name}\`${flags}: ${p.description[language]}`);
    }
    const formula = language === 'fr' ? frenchFormula(spec.example.formula) : spec.example.formula;
    lines.push('', `${h.example}: \`${formula}\` → ${spec.example.result[language]}`, '');
  }
  return lines;
}

/** The whole reference file: French first, then English. */
export function functionReferenceDocument(catalogue: readonly FunctionSpec[]): string {
  return [
    '# Prométhée — fonctions / functions',
    '',
    '<!-- Generated from src/catalogue by `npm run docs`; a test keeps it in sync. -->',
    '',
    functionReference(catalogue, 'fr'),
    functionReference(catalogue, 'en'),
  ].join('\n');
}
