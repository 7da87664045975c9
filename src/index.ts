/** eightk's public surface. */

export type { HeaderParty, SecHeader } from "./container/header.js";
export { type Submission, type SubmissionDocument, splitSubmission } from "./container/submission.js";
export { toDoc } from "./document/index.js";
export type { Doc, Line, Segment, Span as DocSpan } from "./document/types.js";
export { type ContractLine, toContractLine } from "./form8k/contract.js";
export { catalogItem, ITEMS, itemKey, modernCode } from "./form8k/item-catalog.js";
export { FilingError, PARSER_VERSION, type ParseOptions, parseFiling } from "./form8k/record.js";
export {
  type Cover,
  type Exhibit,
  type FilingRecord,
  FilingRecordSchema,
  filingRecordJsonSchema,
  type Item,
  type Signature,
  type Sourced,
  type Span,
} from "./form8k/schema.js";
export {
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  ingestPaths,
} from "./ingest/ingest.js";
export { openStore } from "./store/open.js";
export type { FilingQuery, SearchHit, SearchQuery, Store, StoreStats } from "./store/types.js";
