/**
 * The Sheets sidebar page: the shared React sidebar mounted with the Sheets host, which talks to the
 * server functions through `google.script.run`. webpack inlines this bundle into sidebar.html, the
 * one file HtmlService serves; the parts shown after a click are fetched from the server when first
 * needed (./parts.ts).
 */
import { mountSidebar } from '../../src/ui/mount.js';
import { remoteServer, sheetsHost, type ScriptRunner } from './bridge.js';
import { runInlineScript, showPartFailure } from './part-page.js';
import { partLoader, type LoadScript } from './parts.js';

/** The page's `google.script.run`, present in every HtmlService page. */
declare const google: { readonly script: { readonly run: ScriptRunner } };

/** webpack's runtime, in this bundle: `l` loads a chunk's script. */
declare const __webpack_require__: { l: LoadScript };

const root = document.getElementById('root');
if (root === null) throw new Error('sidebar.html has no #root element');
const server = remoteServer(() => google.script.run);
__webpack_require__.l = partLoader({
  fetchPart: (name, part) => server.sidebarPart(name, part),
  runScript: (script) => {
    runInlineScript(document, script);
  },
  failed: (error, retry) => {
    showPartFailure(document, error, retry);
  },
});
mountSidebar(root, sheetsHost(server));
