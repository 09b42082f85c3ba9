/** The Excel host: the office-js sheet adapter and the workbook host the task pane mounts. */
export { parseMarker } from '../../src/plans/marker.js';
export { excelSheetAdapter, sheetOfNameFormula, type ExcelRun, type ExcelSheetAdapter, type ExcelSheetAdapterOptions } from './sheet-adapter.js';
export { excelWorkbookHost, readExcelSelection, MAX_SELECTION_CELLS, REQUIRED_EXCEL_API, SELECTION_CELLS_PER_READ, type ExcelHostOptions } from './workbook-host.js';
export { MARKER_PROPERTY, columnWidthPoints } from './apply-plan.js';
export { blockChunks, needsTextFormat, TEXT_FORMAT } from './cells.js';
export { PayloadBatch, CHUNK_BUDGET_BYTES, REQUEST_BUDGET_BYTES } from './batch.js';
export { officeLanguageSetting, type OfficeSettingsLike, type WorkbookLanguageSetting } from './language-setting.js';
export { AUTO_SHOW_TASKPANE, officeAutoOpenTag, type AutoOpenSettings, type AutoOpenTag } from './auto-open.js';
export { excelShareAdapter, SHARE_CELLS_PER_READ } from './share.js';
