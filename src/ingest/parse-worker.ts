/**
 * The piscina worker: reads a file itself (so the main thread never copies it) or takes the
 * bytes of an archive member, and prepares it (prepare.ts).
 *
 * The read is synchronous: the worker has nothing else to do meanwhile, and an async readFile
 * is four round trips through libuv's thread pool (open, stat, read, close) that cost more CPU
 * than the read itself (~0.4 ms a filing across those threads).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { AttachmentFiles } from "../container/attachment-files.js";
import { describeError, FilingError } from "../form8k/record.js";
import type { ParseResult } from "../store/types.js";
import type { ParseTask } from "./pool.js";
import { MAX_FILING_BYTES, prepareSource, tooLarge } from "./prepare.js";

export default function parseTask(task: ParseTask): ParseResult {
  if (task.source.size > MAX_FILING_BYTES) return tooLarge(task.source);
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readIntoScratch(task.path as string);
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

/**
 * One buffer a worker reads every file into, grown as needed. A fresh buffer per file (readFileSync)
 * is new memory each time: it outlives a young-generation collection while the file is parsed, so
 * it is freed only by a full one, and the kernel maps and zeroes new pages for the next. Reading
 * into the same pages saved ~4% of an ingest's CPU. Safe because a parse keeps no view of its
 * bytes: the record and rows are strings and numbers (parse-worker.test.ts checks).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

export function readIntoScratch(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > scratch.length)
      scratch = Buffer.allocUnsafeSlow(Math.max(size, Math.min(MAX_FILING_BYTES, size * 2)));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** This worker's folder listings, read once each for the whole ingest. */
const exhibitFiles = new AttachmentFiles();
