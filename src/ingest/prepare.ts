/**
 * One source's bytes → what the store writes, or the one-line reason it cannot be read as an
 * 8-K. Runs in the parse workers (parse-worker.ts), or inline with `jobs: 0`.
 */
import { createHash } from "node:crypto";
import type { Attachment } from "../container/attachments.js";
import { DEFAULT_MAX_BYTES, describeError, parseFilingWithDocuments } from "../form8k/record.js";
import { prepareFiling } from "../store/rows.js";
import type { ParseResult, SourceStamp } from "../store/types.js";
import { exhibitTexts } from "./exhibit-text.js";

/** parseFiling's own limit: larger inputs are refused before they are read. */
export const MAX_FILING_BYTES = DEFAULT_MAX_BYTES;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * `attachments`: the exhibit files saved beside a bare document (container/attachments.ts);
 * `explain`: a better reason than the error's own for a source that fails, if any.
 */
export function prepareSource(
  bytes: Uint8Array,
  source: SourceStamp,
  attachments?: () => readonly Attachment[],
  explain: (e: unknown) => string | null = () => null,
): ParseResult {
  const contentHash = sha256(bytes);
  try {
    const { record, docs } = parseFilingWithDocuments(bytes, { maxBytes: MAX_FILING_BYTES, attachments });
    const prepared = prepareFiling(record, {
      source: source.label,
      contentHash,
      exhibitTexts: exhibitTexts(record, docs),
    });
    return { ok: true, source, bytes: bytes.length, prepared };
  } catch (e) {
    return { ok: false, source, bytes: bytes.length, contentHash, error: explain(e) ?? describeError(e) };
  }
}

export function tooLarge(source: SourceStamp): ParseResult {
  return {
    ok: false,
    source,
    bytes: source.size,
    contentHash: null,
    error: `file too large: ${source.size} bytes (limit ${MAX_FILING_BYTES})`,
  };
}
