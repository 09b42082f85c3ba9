/**
 * The words of the sidebar's sharing section, in French and English (kept apart from strings.ts so
 * that the section is one component with its own texts).
 */
import type { Language } from '../cells/errors.js';

/** The sharing section's texts in one language. */
export interface ShareStrings {
  readonly title: string;
  readonly hint: string;
  readonly check: string;
  readonly checking: string;
  readonly readyTitle: string;
  readonly ready: (generated: number) => string;
  readonly findingsTitle: string;
  /** Names a list of changed computed cells. */
  readonly changedList: string;
  /** One changed cell: the plan's formula and what the cell holds now ("" when no formula). */
  readonly changedCell: (expected: string, found: string) => string;
  readonly makeShareable: string;
  readonly making: string;
  readonly nothingToReplace: string;
  readonly confirmTitle: (count: number) => string;
  readonly confirmText: string;
  readonly more: (count: number) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly madeTitle: (count: number) => string;
  readonly madeText: (cells: number, logSheet: string, unchanged: number) => string;
  readonly restore: string;
  readonly restoring: string;
  readonly restoredTitle: (count: number) => string;
  readonly restoredText: (skipped: number) => string;
  readonly nothingToRestore: string;
  readonly failedTitle: string;
  readonly dismiss: string;
}

const plural = (count: number, one: string, many: string): string => (count <= 1 ? one : many);

const SHARE_FR: ShareStrings = {
  title: 'Partager le classeur',
  hint: 'Vos collègues sans Prométhée voient les feuilles construites, mais les résultats des fonctions Prométhée s’y affichent en erreur. Vérifiez, puis rendez le classeur partageable : les formules sont gardées et peuvent être restaurées.',
  check: 'Vérifier avant de partager',
  checking: 'Vérification…',
  readyTitle: 'Prêt à partager',
  ready: (generated) => `Aucune cellule n’appelle une fonction Prométhée ; ${generated} ${plural(generated, 'feuille générée', 'feuilles générées')}, en formules natives.`,
  findingsTitle: 'Avant de partager',
  changedList: 'Formules calculées remplacées ou modifiées',
  changedCell: (expected, found) =>
    expected === '' ? `formule ajoutée ${found}` : found === '' ? `attendu ${expected}, plus de formule` : `attendu ${expected}, trouvé ${found}`,
  makeShareable: 'Rendre partageable',
  making: 'Remplacement…',
  nothingToReplace: 'Aucune cellule n’appelle une fonction Prométhée : le classeur est partageable tel quel.',
  confirmTitle: (count) => `Remplacer ${count} ${plural(count, 'formule', 'formules')} par ${plural(count, 'sa valeur', 'leurs valeurs')} ?`,
  confirmText: 'Chaque cellule (et tout le tableau qu’elle déverse) prendra la valeur affichée. Les formules d’origine sont notées dans une feuille « Formules remplacées » : « Restaurer les formules » les remet en place.',
  more: (count) => `… et ${count} ${plural(count, 'autre', 'autres')}`,
  confirm: 'Remplacer',
  cancel: 'Annuler',
  madeTitle: (count) => `${count} ${plural(count, 'formule remplacée', 'formules remplacées')}`,
  madeText: (cells, logSheet, unchanged) =>
    `${cells} ${plural(cells, 'cellule', 'cellules')} en valeurs ; formules notées dans « ${logSheet} ».${unchanged > 0 ? ` ${unchanged} ${plural(unchanged, 'cellule modifiée', 'cellules modifiées')} entre-temps n’${plural(unchanged, 'a', 'ont')} pas été ${plural(unchanged, 'touchée', 'touchées')}.` : ''}`,
  restore: 'Restaurer les formules',
  restoring: 'Restauration…',
  restoredTitle: (count) => `${count} ${plural(count, 'formule restaurée', 'formules restaurées')}`,
  restoredText: (skipped) =>
    skipped === 0
      ? 'La feuille « Formules remplacées » a été supprimée.'
      : `${skipped} ${plural(skipped, 'formule n’a pas pu être restaurée (feuille supprimée ou renommée) : elle reste', 'formules n’ont pas pu être restaurées (feuille supprimée ou renommée) : elles restent')} dans « Formules remplacées ».`,
  nothingToRestore: 'Aucune formule à restaurer dans ce classeur.',
  failedTitle: 'Action impossible',
  dismiss: 'Fermer',
};

const SHARE_EN: ShareStrings = {
  title: 'Share the workbook',
  hint: 'Teammates without Prométhée see the sheets it built, but not the results of Prométhée functions (#NAME?). Check, then make the workbook shareable: the formulas are kept and can be restored.',
  check: 'Check before sharing',
  checking: 'Checking…',
  readyTitle: 'Ready to share',
  ready: (generated) => `No cell calls a Prométhée function; ${generated} generated ${plural(generated, 'sheet', 'sheets')}, in native formulas, intact.`,
  findingsTitle: 'Before sharing',
  changedList: 'Computed formulas overwritten or edited',
  changedCell: (expected, found) => (expected === '' ? `formula added ${found}` : found === '' ? `expected ${expected}, no formula left` : `expected ${expected}, found ${found}`),
  makeShareable: 'Make shareable',
  making: 'Replacing…',
  nothingToReplace: 'No cell calls a Prométhée function: the workbook can be shared as it is.',
  confirmTitle: (count) => `Replace ${count} ${plural(count, 'formula', 'formulas')} by ${plural(count, 'its value', 'their values')}?`,
  confirmText: 'Each cell (and the whole table it spills) will hold the value it shows. The original formulas are noted in a “Replaced formulas” sheet: “Restore formulas” puts them back.',
  more: (count) => `… and ${count} more`,
  confirm: 'Replace',
  cancel: 'Cancel',
  madeTitle: (count) => `${count} ${plural(count, 'formula', 'formulas')} replaced`,
  madeText: (cells, logSheet, unchanged) =>
    `${cells} ${plural(cells, 'cell', 'cells')} now values; formulas noted in “${logSheet}”.${unchanged > 0 ? ` ${unchanged} ${plural(unchanged, 'cell', 'cells')} edited meanwhile, left as ${plural(unchanged, 'it was', 'they were')}.` : ''}`,
  restore: 'Restore formulas',
  restoring: 'Restoring…',
  restoredTitle: (count) => `${count} ${plural(count, 'formula', 'formulas')} restored`,
  restoredText: (skipped) =>
    skipped === 0
      ? 'The “Replaced formulas” sheet was removed.'
      : `${skipped} ${plural(skipped, 'formula', 'formulas')} could not be restored (sheet removed or renamed): kept in “Replaced formulas”.`,
  nothingToRestore: 'No formula to restore in this workbook.',
  failedTitle: 'Could not do it',
  dismiss: 'Close',
};

/**
 * The sharing section's texts.
 * @param language - the sidebar's language
 * @example shareStrings('en').makeShareable // "Make shareable"
 */
export function shareStrings(language: Language): ShareStrings {
  return language === 'fr' ? SHARE_FR : SHARE_EN;
}
