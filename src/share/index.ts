/** Sharing a workbook with teammates without the add-in: detection, planning, the shared actions. */
export { customCallsIn, callsCustomFunction, customFunctionIds, SHEETS_DIALECT, type FormulaDialect } from './custom-calls.js';
export {
  cellBlocks,
  findCustomFormulas,
  parseRange,
  previewLines,
  replacementBlocks,
  restorePlan,
  shareLogRows,
  type CellBlock,
  type CustomFormulaCell,
  type CustomResult,
  type PreviewLine,
  type SheetFormulas,
  type SheetRestore,
  type ShareLogRow,
} from './shareable.js';
export {
  checkGeneratedSheets,
  checkGeneratedSheet,
  MAX_LISTED_CHANGES,
  sheetsToCheck,
  type ChangedFormula,
  type SheetIntegrity,
} from './integrity.js';
export { changedLines, shareFindings, shareHostWith, type ChangedLine, type RestoreReport, type ShareAdapter, type ShareCheck, type ShareHost, type ShareReport } from './run.js';
