import { isSheetError } from '../../cells/errors.js';
import type { OutMatrix } from '../../cells/values.js';
import { classifyAbc } from '../../metrics/abc.js';
import { defineFunction, optionalNumber, rangeParam, t } from '../define.js';
import { numberList } from '../lists.js';
import type { FunctionSpec } from '../types.js';

export const ABC_CLASS = defineFunction({
  id: 'ABC_CLASS',
  category: 'abc',
  summary: t('Classe A, B ou C de chaque élément (loi de Pareto).', 'A, B or C class of each item (Pareto rule).'),
  help: t(
    "Trie les valeurs (chiffre d’affaires, marge…) de la plus grande à la plus petite et cumule leur part du total. Règle du franchissement : un élément est A quand la part cumulée des éléments classés avant lui est inférieure à a (défaut 80 %) ; l’élément qui franchit a est donc A, et le plus grand élément l’est toujours (un élément valant 96 % du total est A). Il est B quand cette part est inférieure à b (défaut 95 %), C au-delà. Un élément qui porte la part cumulée exactement à a est A, le suivant B. Les ex æquo sont départagés par leur ordre dans la liste. Une valeur ≤ 0 (avoir, vente nulle) n’entre pas dans le total et reçoit « - ». Le résultat est aligné sur la colonne donnée ; les cellules vides en fin de colonne restent vides.",
    'Sorts the values (revenue, margin…) from largest to smallest and accumulates their share of the total. The crossing rule: an item is A when the cumulative share of the items ranked before it is below a (default 80%); so the item that crosses a is A, and the largest item always is (an item worth 96% of the total is A). It is B when that share is below b (default 95%), C beyond. An item that brings the cumulative share exactly to a is A, the next one B. Ties are ranked by their order in the list. A value ≤ 0 (refund, no sale) is left out of the total and gets "-". The result is aligned with the given column; empty cells at the end of the column stay empty.',
  ),
  example: { formula: '=ABC_CLASS({10;70;15;5})', result: t('B ; A ; A ; C', 'B; A; A; C') },
  params: [
    rangeParam('values', 'number', 'Valeur de chaque élément (une colonne ou une ligne)', 'Value of each item (a column or a row)'),
    optionalNumber('a_share', 0.8, '80 %', 'Part cumulée que la classe A atteint (défaut 80 %)', 'Cumulative share class A reaches (default 80%)'),
    optionalNumber('b_share', 0.95, '95 %', 'Part cumulée que les classes A et B atteignent (défaut 95 %)', 'Cumulative share classes A and B reach (default 95%)'),
  ],
  result: 'column',
  implementation: ([valuesArg, a, b]) => {
    const list = numberList(valuesArg, 'values');
    if (isSheetError(list)) return list;
    // Items are their positions, zero-padded so that ties keep the order of the list.
    const width = String(list.values.length).length;
    const items = list.values.map((_, index) => String(index).padStart(width, '0'));
    const result = classifyAbc(items, list.values, { a, b });
    if (isSheetError(result)) return result;
    const out: OutMatrix = list.values.map(() => ['-']);
    for (const row of result.rows) out[row.index] = [row.abcClass];
    for (let i = 0; i < list.trailing; i++) out.push(['']);
    return out;
  },
});

export const ABC_FUNCTIONS: readonly FunctionSpec[] = [ABC_CLASS];
