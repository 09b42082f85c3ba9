/**
 * RFM analysis: per-customer aggregation of transactions, scoring, and the named segments.
 */
export {
  aggregateCodedTransactions,
  aggregateTransactions,
  type AggregateOptions,
  type CodedTransactions,
  type CustomerTable,
  type RefundPolicy,
  type TransactionColumns,
} from './aggregate.js';
export {
  quantileCutPoints,
  quantileType7,
  RFM_METHODS,
  rawScore,
  rfmCode,
  rfmCutPoints,
  scoreRfm,
  type CutPoints,
  type RfmMethod,
  type RfmScores,
  type ScoreOptions,
} from './score.js';
export {
  DEFAULT_SEGMENT_MAP,
  SEGMENT_NAMES,
  SEGMENTS,
  SegmentMapError,
  segmentInfo,
  segmentOfCode,
  type SegmentId,
  type SegmentInfo,
} from './segments.js';
export { FIRST_DATE_SERIAL, rfmCodesOfCustomerTable, type CustomerTableCode, type CustomerTableColumns } from './customer-table.js';
