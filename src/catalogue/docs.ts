/**
 * The function reference, generated from the catalogue (docs/FUNCTIONS.md), so the docs cannot drift
 * from what the hosts register.
 */
import type { Language } from '../cells/errors.js';
import { frenchFormula } from './french-syntax.js';
import type { FunctionSpec } from './types.js';

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

/** The reference of every function, in one language, as Markdown. */
export function functionReference(catalogue: readonly FunctionSpec[], language: Language): string {
  const h = HEADINGS[language];
  const lines = [`## ${h.title}`, '', h.intro, ''];
  for (const spec of catalogue) {
    const signature = spec.params.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(', ');
    lines.push(`### ${spec.id}(${signature})`, '', `${spec.summary[language]} → ${h.shapes[spec.result]}.`, '', spec.help[language], '');
    lines.push(`${h.params}:`, '');
    for (const p of spec.params) {
      const flags = p.optional === true ? ` (${h.optional}${p.defaultValue === undefined ? '' : `, ${h.default} ${String(p.defaultValue)}`})` : '';
      lines.push(`- \`${p.name}\`${flags}: ${p.description[language]}`);
    }
    const formula = language === 'fr' ? frenchFormula(spec.example.formula) : spec.example.formula;
    lines.push('', `${h.example}: \`${formula}\` → ${spec.example.result[language]}`, '');
  }
  return lines.join('\n');
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
