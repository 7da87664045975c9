/**
 * Parsing off the main thread: a piscina pool of worker threads running parse-worker.ts, one per
 * core by default. `jobs: 0` parses inline on the calling thread instead (no threads at all).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
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

/**
 * A smaller inlining budget for TurboFan (V8's default cumulative budget is 920 bytes of
 * bytecode), set once, before the workers start: V8's flags are per process, read as each
 * function is compiled.
 *
 * Why: a bulk parse is bound by CPU, and every parse isolate compiles the rule functions for
 * itself. The large ones that run once a filing (readCaptions, readPressRelease, extractFacts)
 * took 50-200 ms each to compile, inlining everything they call. With 300, compile time in one
 * parse isolate fell by a third (7.3 s to 4.6 s over 40 passes of the corpus), the warm parse
 * was no slower, and 4,000-filing ingests used 4-5% less CPU in interleaved runs. This flag only
 * steers compiles yet to come, so it can be set in a running process (unlike --single-threaded,
 * see bench/ingest.ts); worker isolates started later read it too.
 */
let inliningLimited = false;
function limitInlining(): void {
  if (inliningLimited) return;
  inliningLimited = true;
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");
}

function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : new Uint8Array(bytes);
}

export function createParsePool(jobs: number = defaultJobs()): ParsePool {
  limitInlining();
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
