/**
 * The task pane's entry. In Excel it mounts the shared sidebar on the office-js workbook host. The
 * same page is the shared runtime that hosts the custom functions, so it must load even outside Excel:
 * there it says where to open it from.
 */
import { mountSidebar } from '../../src/ui/mount.js';
import { languageFromTag } from '../../src/cells/language.js';
import { officeAutoOpenTag } from '../host/auto-open.js';
import { officeLanguageSetting } from '../host/language-setting.js';
import { excelWorkbookHost } from '../host/workbook-host.js';

const OUTSIDE_EXCEL = {
  fr: 'Ouvrez cette page depuis Excel (onglet Accueil, bouton Prométhée).',
  en: 'Open this page from Excel (Home tab, Prométhée button).',
} as const;

function showStatus(text: string, language: 'fr' | 'en'): void {
  document.documentElement.lang = language;
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function start(): void {
  const root = document.getElementById('root');
  if (root === null) throw new Error('taskpane.html has no #root element.');
  document.getElementById('loading')?.remove();
  mountSidebar(
    root,
    excelWorkbookHost({
      run: (batch) => Excel.run(batch),
      displayLanguage: Office.context.displayLanguage,
      supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
      languageSetting: officeLanguageSetting(Office.context.document.settings, Office.AsyncResultStatus.Succeeded),
      autoOpen: officeAutoOpenTag(Office.context.document.settings, Office.AsyncResultStatus.Succeeded),
    }),
  );
}

if (typeof Office === 'undefined') {
  showStatus(OUTSIDE_EXCEL.fr, 'fr');
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) start();
    else showStatus(OUTSIDE_EXCEL[languageFromTag(Office.context.displayLanguage)], languageFromTag(Office.context.displayLanguage));
  });
}
