/**
 * The decisions a write makes, the same on both backends: within a batch a filing key is
 * written once; against the database a stored filing is replaced only by a newer parser
 * version; every source gets one row saying what became of it.
 */
import { PARSER_VERSION } from "../form8k/record.js";
import { cleanText } from "./json.js";
import { compareVersions } from "./rows.js";
import type { ParseResult, PreparedFiling, WriteOutcome } from "./types.js";

export interface Candidate {
  /** Index of the result in the batch. */
  index: number;
  prepared: PreparedFiling;
}

export interface BatchPlan {
  /** The first result for each filing key, in key order (a stable lock order for PostgreSQL). */
  candidates: Candidate[];
  /** Failed results and repeats of a key within the batch are decided already. */
  outcomes: (WriteOutcome | null)[];
}

export function planBatch(results: readonly ParseResult[]): BatchPlan {
  const outcomes: (WriteOutcome | null)[] = results.map((r) => (r.ok ? null : "failed"));
  const byKey = new Map<string, Candidate>();
  results.forEach((r, index) => {
    if (!r.ok) return;
    const key = r.prepared.filing.key;
    const first = byKey.get(key);
    if (!first) byKey.set(key, { index, prepared: r.prepared });
    else if (compareVersions(r.prepared.filing.parserVersion, first.prepared.filing.parserVersion) > 0) {
      outcomes[first.index] = "duplicate";
      byKey.set(key, { index, prepared: r.prepared });
    } else outcomes[index] = "duplicate";
  });
  const candidates = [...byKey.values()].sort((a, b) =>
    a.prepared.filing.key < b.prepared.filing.key
      ? -1
      : a.prepared.filing.key > b.prepared.filing.key
        ? 1
        : 0,
  );
  return { candidates, outcomes };
}

/** What to do with a candidate whose key is stored already at `storedVersion`. */
export function decideExisting(storedVersion: string, candidate: Candidate): "replaced" | "duplicate" {
  return compareVersions(candidate.prepared.filing.parserVersion, storedVersion) > 0
    ? "replaced"
    : "duplicate";
}

/** SQL for a source seen again with the filing it gave before: it stays "stored", not a duplicate of itself. */
export const KEEP_STORED =
  "CASE WHEN excluded.outcome = 'duplicate' AND sources.filing_key = excluded.filing_key THEN sources.outcome ELSE excluded.outcome END";

export interface SourceRow {
  label: string;
  size: number;
  mtimeMs: number;
  contentHash: string | null;
  filingKey: string | null;
  outcome: "stored" | "duplicate" | "failed";
  error: string | null;
  parserVersion: string;
}

/** One row per source label (the last result wins), in label order. */
export function sourceRows(results: readonly ParseResult[], outcomes: readonly WriteOutcome[]): SourceRow[] {
  const byLabel = new Map<string, SourceRow>();
  results.forEach((r, i) => {
    const outcome = outcomes[i];
    byLabel.set(r.source.label, {
      label: cleanText(r.source.label),
      size: r.source.size,
      mtimeMs: Math.floor(r.source.mtimeMs),
      contentHash: r.ok ? r.prepared.filing.contentHash : r.contentHash,
      filingKey: r.ok ? r.prepared.filing.key : null,
      outcome: outcome === "failed" ? "failed" : outcome === "duplicate" ? "duplicate" : "stored",
      error: r.ok ? null : cleanText(r.error),
      parserVersion: PARSER_VERSION,
    });
  });
  return [...byLabel.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
