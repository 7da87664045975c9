/**
 * The piscina worker: reads a file itself (so the main thread never copies it) or takes the
 * bytes of an archive member, and prepares it (prepare.ts).
 */
import { readFile } from "node:fs/promises";
import type { ParseResult } from "../store/types.js";
import type { ParseTask } from "./pool.js";
import { errorMessage, MAX_FILING_BYTES, prepareSource, tooLarge } from "./prepare.js";

export default async function parseTask(task: ParseTask): Promise<ParseResult> {
  if (task.source.size > MAX_FILING_BYTES) return tooLarge(task.source);
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? (await readFile(task.path as string));
  } catch (e) {
    return { ok: false, source: task.source, bytes: 0, contentHash: null, error: errorMessage(e) };
  }
  return prepareSource(bytes, task.source);
}
