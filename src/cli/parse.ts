/**
 * `eightk parse FILE|DIR...`: one record per file. A bad file gets its own error line and the
 * batch goes on; the exit status says whether any file failed.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorLine, toContractLine } from "../form8k/contract.js";
import { describeError, parseFilingWithDocuments } from "../form8k/record.js";
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

/** Files named by the arguments: a folder means every file in it (sorted, recursively). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(p);
    } catch {
      out.push(p); // reported as unreadable by the caller
      continue;
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
      out.push(...(await expandPaths(names.map((n) => join(p, n)))));
    } else out.push(p);
  }
  return out;
}

export async function runParse(paths: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  const files = await expandPaths(paths);
  let failed = 0;
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      const { record, docs } = parseFilingWithDocuments(bytes, { maxBytes: opts.maxBytes });
      if (opts.jsonl) io.out(`${JSON.stringify(toContractLine(file, record))}\n`);
      else if (opts.facts) io.out(renderFacts(file, record, docs));
      else io.out(`${JSON.stringify({ source: file, error: null, ...record }, null, 2)}\n`);
    } catch (e) {
      failed++;
      const msg = describeError(e);
      if (opts.jsonl) io.out(`${JSON.stringify(errorLine(file, msg))}\n`);
      else io.out(`${JSON.stringify({ source: file, error: msg }, null, 2)}\n`);
      io.err(`eightk: ${file}: ${msg}\n`);
    }
  }
  return failed ? 1 : 0;
}
