/**
 * The Sheets sidebar page: the shared React sidebar mounted with the Sheets host, which talks to the
 * server functions through `google.script.run`. webpack inlines this bundle into sidebar.html, the
 * one file HtmlService serves.
 */
import { mountSidebar } from '../../src/ui/mount.js';
import { remoteServer, sheetsHost, type ScriptRunner } from './bridge.js';

/** The page's `google.script.run`, present in every HtmlService page. */
declare const google: { readonly script: { readonly run: ScriptRunner } };

const root = document.getElementById('root');
if (root === null) throw new Error('sidebar.html has no #root element');
mountSidebar(root, sheetsHost(remoteServer(() => google.script.run)));
