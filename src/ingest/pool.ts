/**
 * Parsing off the main thread: a piscina pool of worker threads running parse-worker.ts, one per
 * core by default. `jobs: 0` parses inline on the calling thread instead (no threads at all).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ParseResult, SourceStamp } from "../store/types.js";
import parseTask from "./parse-worker.js";

export interface ParseTask {
  source: SourceStamp;
  /** A file the worker reads itself… */
  path?: string;
  /** …or the bytes of an archive member, handed over (transferred, not copied). */
  bytes?: Uint8Array;
}

export interface ParsePool {
  readonly threads: number;
  parse(task: ParseTask): Promise<ParseResult>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/**
 * Tasks queued inside each worker (~3-5 ms of parsing each). Only the main thread hands out
 * tasks, and it is away for a whole (synchronous) database write: with two queued, workers sat
 * idle ~15% of an ingest; with 32 (~150 ms of work), ~8%.
 */
export const TASKS_PER_WORKER = 32;

/**
 * The compiled worker. Under the test runner this module is TypeScript source, which a worker
 * thread cannot load; the build's copy in dist/ is used then (`npm test` builds first).
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const js = here.replace(/pool\.(?:ts|js)$/, "parse-worker.js");
  if (here.endsWith(".js")) return js;
  const built = js.replace(
    /([\\/])src([\\/])ingest([\\/])parse-worker\.js$/,
    "$1dist$2ingest$3parse-worker.js",
  );
  if (!existsSync(built)) throw new Error(`the parse worker is not built (${built}): run npm run build`);
  return built;
}

function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes);
}

export function createParsePool(jobs: number = defaultJobs()): ParsePool {
  if (jobs <= 0) {
    return { threads: 0, parse: async (task) => parseTask(task), close: async () => {} };
  }
  const piscina = new Piscina<ParseTask, ParseResult>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    idleTimeout: 60_000,
  });
  return {
    threads: jobs,
    parse(task) {
      if (!task.bytes) return piscina.run(task);
      const bytes = ownBuffer(task.bytes);
      return piscina.run({ ...task, bytes }, { transferList: [bytes.buffer as ArrayBuffer] });
    },
    close: () => piscina.destroy(),
  };
}
