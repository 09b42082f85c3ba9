/**
 * The playground's entry: loads the sample data into the in-memory workbook, draws the page and
 * mounts the product's sidebar beside it, talking to the in-memory host through the same port as in
 * Excel and Google Sheets.
 */
import { createRoot } from 'react-dom/client';
import type { Language } from '../cells/errors.js';
import { SAMPLE_SHEETS } from './sample/files.js';
import { App } from './view/App.js';
import { fillSheetFromCsv } from './workbook/csv-sheet.js';
import { Playground, PlaygroundHost } from './workbook/host.js';
import { WorkbookModel } from './workbook/model.js';
import { mountSidebar } from '../ui/mount.js';

// ?lang=fr or ?lang=en chooses; otherwise the browser's language (French for French browsers).
const requested = new URLSearchParams(window.location.search).get('lang');
const language: Language = requested === 'fr' || requested === 'en' ? requested : navigator.language.startsWith('fr') ? 'fr' : 'en';
const workbook = new WorkbookModel();
for (const [name, text] of SAMPLE_SHEETS) fillSheetFromCsv(workbook.addSheet(name), text);
const playground = new Playground(workbook, language);
const host = new PlaygroundHost(playground);
const orders = workbook.sheets[0];
// The orders are selected on start: the sidebar's RFM build reads them as they are.
if (orders !== undefined) playground.select(orders, { row: 1, column: 1, rowCount: orders.extent().rows, columnCount: 4 });

/** What the browser tests read: the workbook, its engine and the host the sidebar talks to. */
declare global {
  interface Window {
    promethee?: { playground: Playground; host: PlaygroundHost; ready: boolean };
  }
}
window.promethee = { playground, host, ready: false };

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
let sidebarMounted = false;
createRoot(root).render(
  <App
    playground={playground}
    onSidebarElement={(element) => {
      if (sidebarMounted) return;
      sidebarMounted = true;
      mountSidebar(element, host);
      if (window.promethee !== undefined) window.promethee.ready = true;
    }}
  />,
);
