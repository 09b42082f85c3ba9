/**
 * What the task pane does to the workbook — write plans, remove the generated sheets, share — in one
 * module that the host loads on the first such action (chunk-workbook.js): the first paint carries none
 * of it.
 */
export { applyPlansTo, removeGeneratedSheetsWith } from '../../src/workbook/apply.js';
export { shareHostWith } from '../../src/share/run.js';
export { excelShareAdapter } from './share.js';
export { excelSheetAdapter } from './sheet-adapter.js';
