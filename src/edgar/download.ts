/**
 * Full submissions on disk: `OUT/ACCESSION.txt`, written so that a file under its final name is
 * always whole. A download goes to a hidden temporary file beside it (`.ACCESSION.txt.PID-R.part`,
 * hidden so `eightk parse OUT` passes over it), is checked, synced, then renamed into place.
 * A file counts as complete when it ends with the submission's closing tag, so a resumed run
 * skips it, and a file cut short by anything else is fetched again.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, readdir, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { BodySink, EdgarClient } from "./http.js";
import { EdgarFetchError } from "./retry.js";

export function localPathOf(outDir: string, accession: string): string {
  return join(outDir, `${accession}.txt`);
}

/** How far from the end the closing tag may sit: a PEM trailer line can follow it. */
const TAIL_BYTES = 1024;
const HEAD_BYTES = 1024;

/** Every full submission ends with one of these (IMS: 1993–96), possibly inside a PEM envelope. */
const CLOSING_TAGS = ["</SEC-DOCUMENT>", "</IMS-DOCUMENT>"];
const OPENINGS = ["<SEC-DOCUMENT>", "<IMS-DOCUMENT>", "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"];

/** Whether `path` holds a whole submission (exists and ends with its closing tag). */
export async function isCompleteSubmission(path: string): Promise<boolean> {
  try {
    const { tail } = await readEnds(path);
    return CLOSING_TAGS.some((tag) => tail.includes(tag));
  } catch {
    return false;
  }
}

async function readEnds(path: string): Promise<{ head: string; tail: string }> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await file.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await file.read(tail, 0, tail.length, size - tail.length);
    return { head: head.toString("latin1"), tail: tail.toString("latin1") };
  } finally {
    await file.close();
  }
}

export type DownloadOutcome =
  | { status: "fetched"; path: string; bytes: number }
  | { status: "skipped"; path: string };

/** Downloads one full submission into `outDir` unless a complete copy is already there. */
export async function downloadSubmission(
  client: EdgarClient,
  archivePath: string,
  accession: string,
  outDir: string,
): Promise<DownloadOutcome> {
  const path = localPathOf(outDir, accession);
  if (await isCompleteSubmission(path)) return { status: "skipped", path };
  const bytes = await client.request(archivePath, () => submissionFileSink(client.urlFor(archivePath), path));
  return { status: "fetched", path, bytes };
}

/** One attempt's temporary file; renamed over `finalPath` only once it checks out. */
function submissionFileSink(url: string, finalPath: string): BodySink<number> {
  const tempName = `.${basename(finalPath)}.${process.pid}-${randomBytes(4).toString("hex")}.part`;
  const tempPath = join(dirname(finalPath), tempName);
  const writable = createWriteStream(tempPath, { flags: "w" });
  return {
    writable,
    async done() {
      const { head, tail } = await readEnds(tempPath);
      if (!OPENINGS.some((opening) => head.includes(opening))) {
        // A page that is not a submission (an error page served with 200) will not improve.
        throw new EdgarFetchError("not a full submission: no <SEC-DOCUMENT> at the start", url);
      }
      if (!CLOSING_TAGS.some((tag) => tail.includes(tag))) {
        throw new EdgarFetchError("body cut short: no </SEC-DOCUMENT> at the end", url, { retryable: true });
      }
      // Sync before the rename, so that after a crash the final name never holds a partial file.
      const file = await open(tempPath, "r+");
      try {
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(tempPath, finalPath);
      return (await stat(finalPath)).size;
    },
    async discard() {
      writable.destroy();
      // The stream opens its file asynchronously: unlink only once it is closed, or the open
      // could land after the unlink and leave an empty file behind.
      if (!writable.closed) await new Promise<void>((resolve) => writable.once("close", () => resolve()));
      await unlink(tempPath).catch(() => {});
    },
  };
}

/**
 * Removes temporary files left in `outDir` by runs that died (their process is gone). Files of a
 * run still going, in this or another process, are left alone.
 */
export async function removeAbandonedParts(outDir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = /^\.\d{10}-\d{2}-\d{6}\.txt\.(\d+)-[0-9a-f]+\.part$/.exec(name);
    if (!m || isRunning(Number(m[1]))) continue;
    await unlink(join(outDir, name)).catch(() => {});
    removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
