/**
 * What an ingest reads: the files named, every file under a folder named (sorted, recursively,
 * dot-files left out), and the members of .zip/.tar/.tar.gz archives among them. Planned first
 * (sizes, so progress can show an ETA), then read lazily in that order.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describeError } from "../form8k/record.js";
import type { SourceStamp } from "../store/types.js";
import { type ArchiveKind, archiveKind, archiveMembers, archiveSize } from "./archives.js";

export interface PlannedInput {
  path: string;
  archive: ArchiveKind | null;
  size: number;
  mtimeMs: number;
  /** Why it cannot be read (a FIFO, a socket, a device in a folder). */
  error?: string;
}

export interface InputPlan {
  inputs: PlannedInput[];
  /** Bytes of all filings (archives: uncompressed, estimated for .tar.gz). */
  bytesTotal: number;
  /** Number of filings, when known (not for .tar/.tar.gz archives). */
  filesTotal: number | null;
}

/** One source to ingest: a file the parser reads itself, member bytes, or why it cannot be read. */
export interface SourceItem {
  stamp: SourceStamp;
  path?: string;
  bytes?: Buffer;
  error?: string;
}

async function walk(path: string, out: PlannedInput[]): Promise<void> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch {
    out.push({ path, archive: null, size: 0, mtimeMs: 0 }); // fails when read, with its reason
    return;
  }
  if (st.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    for (const name of names) await walk(join(path, name), out);
  } else if (!st.isFile()) {
    // Reading a FIFO waits for a writer that may never come.
    out.push({ path, archive: null, size: 0, mtimeMs: 0, error: "not a regular file" });
  } else out.push({ path, archive: archiveKind(path), size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
}

/** Paths are made absolute: a source's label is what a rerun recognises it by. */
export async function planInputs(paths: readonly string[]): Promise<InputPlan> {
  const inputs: PlannedInput[] = [];
  for (const p of paths) await walk(resolve(p), inputs);
  let bytesTotal = 0;
  let filesTotal: number | null = 0;
  for (const input of inputs) {
    if (!input.archive) {
      bytesTotal += input.size;
      if (filesTotal !== null) filesTotal++;
      continue;
    }
    try {
      const { members, bytes } = await archiveSize(input.path, input.archive, input.size);
      bytesTotal += bytes;
      filesTotal = members === null || filesTotal === null ? null : filesTotal + members;
    } catch {
      if (filesTotal !== null) filesTotal++; // an unreadable archive fails as one source
    }
  }
  return { inputs, bytesTotal, filesTotal };
}

export async function* readSources(plan: InputPlan): AsyncGenerator<SourceItem> {
  for (const input of plan.inputs) {
    const stamp: SourceStamp = { label: input.path, size: input.size, mtimeMs: input.mtimeMs };
    if (input.error) {
      yield { stamp, error: input.error };
      continue;
    }
    if (!input.archive) {
      yield { stamp, path: input.path };
      continue;
    }
    try {
      for await (const m of archiveMembers(input.path, input.archive))
        yield {
          stamp: { label: `${input.path}!${m.name}`, size: m.bytes.length, mtimeMs: Math.floor(m.mtimeMs) },
          bytes: m.bytes,
        };
    } catch (e) {
      yield {
        stamp,
        error: `unreadable ${input.archive} archive: ${describeError(e).replace(/^internal error: /, "")}`,
      };
    }
  }
}
