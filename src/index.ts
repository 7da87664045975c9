/** eightk's public surface. */
export { parseFiling, FilingError, PARSER_VERSION, type ParseOptions } from "./form8k/record.js";
export { splitSubmission, type Submission, type SubmissionDocument } from "./container/submission.js";
export type { SecHeader, HeaderParty } from "./container/header.js";
export { toDoc } from "./document/index.js";
export type { Doc, Line, Segment, Span as DocSpan } from "./document/types.js";
export { toContractLine, type ContractLine } from "./form8k/contract.js";
export { ITEMS, itemKey, catalogItem, modernCode } from "./form8k/item-catalog.js";
export {
  FilingRecordSchema,
  filingRecordJsonSchema,
  type FilingRecord,
  type Cover,
  type Item,
  type Exhibit,
  type Signature,
  type Span,
  type Sourced,
} from "./form8k/schema.js";
