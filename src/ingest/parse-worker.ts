/**
 * The piscina worker: reads a file itself (so the main thread never copies it) or takes the
 * bytes of an archive member, and prepares it (prepare.ts).
 *
 * The read is synchronous: the worker has nothing else to do meanwhile, and an async readFile
 * is four round trips through libuv's thread pool (open, stat, read, close) that cost more CPU
 * than the read itself (~0.4 ms a filing across those threads).
 */
import { readFileSync } from "node:fs";
import { AttachmentFiles } from "../container/attachment-files.js";
import { describeError, FilingError } from "../form8k/record.js";
import type { ParseResult } from "../store/types.js";
import type { ParseTask } from "./pool.js";
import { MAX_FILING_BYTES, prepareSource, tooLarge } from "./prepare.js";

export default function parseTask(task: ParseTask): ParseResult {
  if (task.source.size > MAX_FILING_BYTES) return tooLarge(task.source);
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readFileSync(task.path as string);
  } catch (e) {
    return { ok: false, source: task.source, bytes: 0, contentHash: null, error: describeError(e) };
  }
  // Exhibits beside a file read from disk; an archive's members come one at a time.
  const path = task.path;
  if (!path) return prepareSource(bytes, task.source);
  return prepareSource(
    bytes,
    task.source,
    () => exhibitFiles.read(path, MAX_FILING_BYTES),
    (e) => (e instanceof FilingError && e.code === "not-8k" ? exhibitFiles.refusedExhibit(path) : null),
  );
}

/** This worker's folder listings, read once each for the whole ingest. */
const exhibitFiles = new AttachmentFiles();
