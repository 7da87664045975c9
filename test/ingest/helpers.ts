/**
 * Inputs for the ingest tests: real fixture filings in folders and archives, copies of them
 * under new accession numbers, and the `eightk` command as a child process (built by `npm test`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import tar from "tar-stream";
import { replicate } from "../../src/bench/replicate.js";
import { FIXTURES, fixture } from "../helpers/fixtures.js";

export const ROOT = join(FIXTURES, "..", "..");
export const BIN = join(ROOT, "bin", "eightk.js");

/** Small real submissions (a few KB each): many of them ingest quickly. */
export const SMALL_SUBMISSIONS = [
  "sgml/0000703901-98-000003.txt",
  "sgml/0000723533-04-000001.txt",
  "sgml/0001104540-02-000064.txt",
  "sgml/0001164150-07-000163.txt",
  "sgml/0000891092-04-003383.txt",
];

export function copies(dir: string, count: number, first = 1): number {
  replicate(
    SMALL_SUBMISSIONS.map((p) => ({ name: p, bytes: fixture(p) })),
    count,
    dir,
    first,
  );
  return count;
}

export function zipOf(files: Record<string, Buffer>): Buffer {
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new Uint8Array(v)]))),
  );
}

export async function tarGzOf(files: Record<string, Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, bytes] of Object.entries(files)) pack.entry({ name, mtime: new Date(2020, 0, 1) }, bytes);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

export function put(dir: string, name: string, bytes: Buffer | string): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function requireBuilt(): void {
  if (!existsSync(join(ROOT, "dist", "ingest", "parse-worker.js")))
    throw new Error("dist/ is not built: run `npm test` (it builds first) or `npm run build`");
}

export interface ChildRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function eightk(args: string[]): ChildRun {
  requireBuilt();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}
