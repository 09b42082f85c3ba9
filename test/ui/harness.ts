/**
 * The page the browser tests open: the real sidebar mounted on a fake host. The query string picks the
 * scenario (`?lang=en&selection=abc&delay=400&host=sheets`); `window.prometheeHarness` exposes what the host
 * recorded.
 */
import type { SelectionData } from '../../src/workbook/port.js';
import { mountSidebar } from '../../src/ui/mount.js';
import { createFakeHost, type FakeHost } from './fake-host.js';

declare global {
  interface Window {
    prometheeHarness?: FakeHost;
  }
}

/** Selections a test can ask for by name. */
const SELECTIONS: Readonly<Record<string, SelectionData>> = {
  abc: {
    address: 'Ventes!A1:B7',
    values: [
      ['Client', 'CA 2024'],
      ['Dupont SARL', 48200],
      ['Martin & Fils', 23150.5],
      ['=HYPERLINK("http://x")', 9800],
      ['Boulangerie Lefèvre', 5400],
      ['+33 6 12 34 56 78', 1200],
      ['Garage Morel', 640],
    ],
  },
  rfm: {
    address: 'Commandes!A1:C5',
    values: [
      ['Client', 'Date', 'Montant'],
      ['C001', 45300, 120],
      ['C002', 45310, 80.5],
      ['C001', 45400, 60],
      ['C003', 45420, 230],
    ],
  },
  merged: { address: 'Ventes!A1:B4', values: [['Client', 'CA'], ['Dupont', 100], [null, null], ['Martin', 50]], hasMergedCells: true },
  empty: { address: 'Ventes!D4', values: [[null]] },
  text: { address: 'Ventes!A1:B3', values: [['Client', 'Commentaire'], ['Dupont', 'bon client'], ['Martin', 'à relancer']] },
};

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
const selection = SELECTIONS[params.get('selection') ?? 'abc'];
const fake = createFakeHost({
  language: lang === 'en' ? 'en' : 'fr',
  ...(selection === undefined ? {} : { selection }),
  writeDelayMs: Number(params.get('delay') ?? '0'),
  customCells: Number(params.get('custom') ?? '0'),
  typedOver: params.getAll('typed'),
  sheets: [{ name: 'Ventes' }, { name: 'KPI acquisition' }],
  ...(params.get('host') === 'sheets' ? { kind: 'sheets' as const } : {}),
});
window.prometheeHarness = fake;
const root = document.getElementById('root');
if (root === null) throw new Error('The harness page has no #root element.');
mountSidebar(root, fake.host);
