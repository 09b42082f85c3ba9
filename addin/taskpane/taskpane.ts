/**
 * The task pane's entry, a placeholder until the shared sidebar arrives: once office.js is ready it
 * says so in the user's language. The same page is the shared runtime that hosts the custom
 * functions, so it must load even outside Excel.
 */
import { languageFromTag } from '../functions/language.js';

const READY = {
  fr: 'Prométhée est prêt : tapez =PROMETHEE. dans une cellule pour voir les fonctions.',
  en: 'Prométhée is ready: type =PROMETHEE. in a cell to see the functions.',
} as const;

const OUTSIDE_EXCEL = {
  fr: 'Ouvrez cette page depuis Excel (onglet Accueil, bouton Prométhée).',
  en: 'Open this page from Excel (Home tab, Prométhée button).',
} as const;

function showStatus(text: string, language: 'fr' | 'en'): void {
  document.documentElement.lang = language;
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

if (typeof Office === 'undefined') {
  showStatus(OUTSIDE_EXCEL.fr, 'fr');
} else {
  void Office.onReady((info) => {
    const language = languageFromTag(Office.context.displayLanguage);
    showStatus(info.host === Office.HostType.Excel ? READY[language] : OUTSIDE_EXCEL[language], language);
  });
}
