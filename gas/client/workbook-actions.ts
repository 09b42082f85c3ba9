/**
 * What the Sheets sidebar needs only for its first build, removal or sharing action, imported by the
 * bridge with `import()`: in the built add-on it comes with the sidebar's parts, fetched from the
 * server when first needed (gas/client/parts.ts), not with the first paint.
 */
export { applyPlansTo, removeGeneratedSheetsWith } from '../../src/workbook/apply.js';
export { shareHostWith } from '../../src/share/run.js';
export { remoteShareAdapter, remoteSheetAdapter } from './remote-sheets.js';
