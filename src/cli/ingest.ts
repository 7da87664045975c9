/**
 * `eightk ingest PATH... [--db FILE|URL] [--jobs N]`: files, folders, submission .txt, .zip and
 * .tar.gz archives into a store, with a progress bar on a terminal and a summary at the end.
 * With PostgreSQL, `--enqueue` puts the work on a shared queue and `--worker` takes from it.
 * Ctrl-C stops cleanly (what is in flight is committed); a second Ctrl-C exits at once, and a
 * rerun resumes either way.
 */
import { SingleBar } from "cli-progress";
import type { IngestProgress, IngestSummary } from "../ingest/ingest.js";
import { DEFAULT_DB, isPostgresTarget } from "../store/open.js";
import type { Io } from "./parse.js";
import { openStoreOrSay } from "./store.js";

export interface IngestCommandOptions {
  db?: string;
  jobs?: string;
  batchSize?: string;
  json?: boolean;
  worker?: boolean;
  enqueue?: boolean;
  idleExit?: string;
}

const MB = 1e6;
const PLAIN_EVERY_MS = 10_000;

const rate = (n: number, ms: number) => (ms > 0 ? (n * 1000) / ms : 0);

/** A terminal gets a live bar; anything else a plain line every ten seconds. */
export function progressReporter(io: Io, tty: NodeJS.WriteStream | null) {
  let bar: SingleBar | null = null;
  let lastPlain = Date.now();
  const fields = (p: IngestProgress) => ({
    files: p.filesDone,
    filesTotal: p.filesTotal ?? "?",
    rate: rate(p.filesDone, p.elapsedMs).toFixed(0),
    mbps: rate(p.bytesDone / MB, p.elapsedMs).toFixed(1),
    failed: p.failed,
  });
  return {
    update(p: IngestProgress) {
      if (tty) {
        if (!bar && !p.filesDone) return; // no rate yet: an ETA would read "infinite"
        if (!bar) {
          bar = new SingleBar({
            stream: tty,
            format:
              " {bar} {percentage}% | {files}/{filesTotal} filings | {rate} filings/s | {mbps} MB/s | {failed} failed | ETA {eta_formatted}",
            hideCursor: true,
            etaBuffer: 200,
            fps: 5,
          });
          bar.start(Math.max(1, p.bytesTotal), 0, fields(p));
        }
        bar.setTotal(Math.max(1, p.bytesTotal, p.bytesDone));
        bar.update(p.bytesDone, fields(p));
      } else if (Date.now() - lastPlain >= PLAIN_EVERY_MS) {
        lastPlain = Date.now();
        const f = fields(p);
        const left =
          p.bytesTotal > p.bytesDone && p.bytesDone > 0
            ? ((p.bytesTotal - p.bytesDone) / p.bytesDone) * p.elapsedMs
            : 0;
        io.err(
          `eightk: ${f.files}/${f.filesTotal} filings, ${f.rate} filings/s, ${f.mbps} MB/s, ${f.failed} failed` +
            `${left ? `, ETA ${Math.ceil(left / 1000)} s` : ""}\n`,
        );
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

export function formatSummary(s: IngestSummary, location: string): string {
  const lines = [
    `eightk: ${s.interrupted ? "interrupted: " : ""}${location}: ${s.parsed} parsed${s.replaced ? ` (${s.replaced} replacing an older parse)` : ""}, ` +
      `${s.skipped} skipped as already present, ${s.failed} failed — ${s.filesDone} filings in ${(s.elapsedMs / 1000).toFixed(1)} s ` +
      `(${rate(s.filesDone, s.elapsedMs).toFixed(0)} filings/s, ${rate(s.bytesDone / MB, s.elapsedMs).toFixed(1)} MB/s)`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.label}: ${f.error}`);
  if (s.failed > s.failures.length) lines.push(`  … and ${s.failed - s.failures.length} more (eightk stats)`);
  if (s.interrupted) lines.push("  run the same command again to resume");
  return `${lines.join("\n")}\n`;
}

function positiveInt(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} wants a whole number ≥ ${min}, not "${value}"`);
  return n;
}

class UsageError extends Error {}

/** Ctrl-C (and SIGTERM) once: stop taking work and commit; twice: exit now (a rerun resumes). */
function interruptOnSignals(io: Io): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    io.err("\neightk: stopping after the filings in flight (Ctrl-C again to quit now)\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

export async function runIngest(
  paths: string[],
  opts: IngestCommandOptions,
  io: Io,
  tty: NodeJS.WriteStream | null = null,
): Promise<number> {
  const db = opts.db ?? DEFAULT_DB;
  let jobs: number | undefined;
  let batchSize: number | undefined;
  let idleExit: number | undefined;
  try {
    jobs = positiveInt("jobs", opts.jobs, 0);
    batchSize = positiveInt("batch-size", opts.batchSize, 1);
    idleExit = positiveInt("idle-exit", opts.idleExit, 0);
    if ((opts.worker || opts.enqueue) && !isPostgresTarget(db))
      throw new UsageError("--worker and --enqueue share a queue in PostgreSQL: give --db postgres://…");
    if (!paths.length && !opts.worker) throw new UsageError("give the files or folders to ingest");
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`eightk: ${e.message}\n`);
    return 2;
  }

  if (paths.length && (opts.enqueue || opts.worker)) {
    const { enqueuePaths } = await import("../ingest/queue.js");
    const { jobs: queued, files } = await enqueuePaths(db, paths);
    io.err(`eightk: queued ${queued} jobs (${files} files and archives)\n`);
    if (!opts.worker) return 0;
  }

  const store = await openStoreOrSay(db, io);
  if (!store) return 1;
  const progress = progressReporter(io, tty);
  const interrupt = interruptOnSignals(io);
  let summary: IngestSummary & { jobs?: number };
  try {
    const common = { store, jobs, batchSize, signal: interrupt.signal, onProgress: progress.update };
    if (opts.worker) {
      const { runQueueWorker } = await import("../ingest/queue.js");
      summary = await runQueueWorker(db, { ...common, idleExitSeconds: idleExit });
    } else {
      const { ingestPaths } = await import("../ingest/ingest.js");
      summary = await ingestPaths(paths, common);
    }
  } finally {
    progress.stop();
    interrupt.dispose();
    await store.close();
  }
  if (opts.json) {
    const usage = process.resourceUsage();
    // CPU of the whole process (every thread: parse workers, V8's compiler and GC threads).
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    io.out(
      `${JSON.stringify({ db: store.location, ...summary, peakRssBytes: usage.maxRSS * 1024, cpuMs })}\n`,
    );
  }
  io.err(formatSummary(summary, store.location));
  return summary.failed || summary.interrupted ? 1 : 0;
}
