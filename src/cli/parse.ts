/**
 * `eightk parse FILE|DIR...`: one record per file. A bad file gets its own error line and the
 * batch goes on; the exit status says whether any file failed.
 */

import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { AttachmentFiles } from "../container/attachment-files.js";
import { errorLine, toContractLine } from "../form8k/contract.js";
import { DEFAULT_MAX_BYTES, describeError, FilingError, parseFilingWithDocuments } from "../form8k/record.js";
import { renderFacts } from "./facts-view.js";

export interface ParseCommandOptions {
  jsonl?: boolean;
  /** Print the facts, each with the words it came from, instead of the record. */
  facts?: boolean;
  maxBytes?: number;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** A path to parse, or why one named (or found in a folder) cannot be. */
export interface ParseInput {
  path: string;
  error?: string;
}

/**
 * Files named by the arguments: a folder means every file in it (sorted, recursively). What a
 * folder holds that is no regular file (a FIFO, a socket, a device) is reported, not read: reading
 * a FIFO waits for a writer that may never come.
 */
export async function expandPaths(paths: string[], inFolder = false): Promise<ParseInput[]> {
  const out: ParseInput[] = [];
  for (const p of paths) {
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(p);
    } catch {
      out.push({ path: p }); // reported as unreadable when read
      continue;
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
      const found = await expandPaths(
        names.map((n) => join(p, n)),
        true,
      );
      out.push(...(found.length ? found : [{ path: p, error: "empty folder: no files to parse" }]));
    } else if (inFolder && !st.isFile()) out.push({ path: p, error: "not a regular file" });
    else out.push({ path: p });
  }
  return out;
}

/**
 * A file's bytes, refused before it is read when it is larger than `maxBytes`. A stream named on
 * the command line (a FIFO, /dev/stdin, a process substitution) is read up to the limit.
 */
export async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  const st = await stat(path);
  const tooLarge = (size: number | string) =>
    new FilingError(`file too large: ${size} bytes (limit ${maxBytes})`, "too-large");
  if (st.isFile()) {
    if (st.size > maxBytes) throw tooLarge(st.size);
    return readFile(path);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(`more than ${maxBytes}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function runParse(paths: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  const inputs = await expandPaths(paths);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let failed = 0;
  const exhibitFiles = new AttachmentFiles();
  for (const { path: file, error } of inputs) {
    try {
      if (error) throw new FilingError(error, "unreadable");
      const bytes = await readBounded(file, maxBytes);
      const attachments = () => exhibitFiles.read(file, maxBytes);
      const { record, docs } = parseFilingWithDocuments(bytes, { maxBytes, attachments });
      if (opts.jsonl) io.out(`${JSON.stringify(toContractLine(file, record))}\n`);
      else if (opts.facts) io.out(renderFacts(file, record, docs));
      else io.out(`${JSON.stringify({ source: file, error: null, ...record }, null, 2)}\n`);
    } catch (e) {
      failed++;
      const msg =
        (e instanceof FilingError && e.code === "not-8k" ? exhibitFiles.refusedExhibit(file) : null) ??
        describeError(e);
      if (opts.jsonl) io.out(`${JSON.stringify(errorLine(file, msg))}\n`);
      else io.out(`${JSON.stringify({ source: file, error: msg }, null, 2)}\n`);
      io.err(`eightk: ${file}: ${msg}\n`);
    }
  }
  return failed ? 1 : 0;
}
