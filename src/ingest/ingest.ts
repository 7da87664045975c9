/**
 * Bulk ingest as a library function: files, folders and archives → parse workers → batched
 * transactions. Resumable by construction: a source is recorded (in `sources`) in the same
 * transaction as its filing, so after a crash at any moment a rerun skips exactly what was
 * committed and redoes the rest; filing keys are unique, so nothing lands twice.
 */
import { describeError } from "../form8k/record.js";
import type { FailedSource, ParseResult, SourceStamp, Store, WriteOutcome } from "../store/types.js";
import { createParsePool, defaultJobs, type ParsePool, TASKS_PER_WORKER } from "./pool.js";
import { type InputPlan, planInputs, readSources, type SourceItem } from "./sources.js";

export interface IngestOptions {
  store: Store;
  /** Parse threads: one per core by default; 0 parses on the calling thread. */
  jobs?: number;
  /** A pool to reuse across calls (then `jobs` is ignored and the pool is left open). */
  pool?: ParsePool;
  /** Filings per transaction. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Stop early: sources in flight are finished and committed, the rest left for a rerun. */
  signal?: AbortSignal;
}

export interface IngestProgress {
  /** Sources handled (parsed, skipped or failed) so far, and in all when known. */
  filesDone: number;
  filesTotal: number | null;
  bytesDone: number;
  bytesTotal: number;
  /** Stored new or replacing an older parser version's rows (`replaced` of them). */
  parsed: number;
  replaced: number;
  /** Already present: the same source unchanged, or the same filing from another source. */
  skipped: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** The first failures of this run (up to 100), with their reasons. */
  failures: FailedSource[];
  interrupted: boolean;
}

const MAX_FAILURES_KEPT = 100;
/**
 * Filings per transaction. Fewer, larger transactions leave the full-text index fewer segments
 * to merge (64 a transaction ingested no faster over 20,000 filings and left 25% more segments).
 * A write blocks the main thread for a few hundred ms; the work queued in each parse worker
 * (pool.ts) keeps them busy meanwhile.
 */
const DEFAULT_BATCH = 200;
const BATCH_BYTES = 32 * 1024 * 1024;
/** A batch waits at most this long for more results before it is committed. */
const BATCH_MS = 1000;

export function emptyProgress(plan?: InputPlan): IngestProgress {
  return {
    filesDone: 0,
    filesTotal: plan?.filesTotal ?? null,
    bytesDone: 0,
    bytesTotal: plan?.bytesTotal ?? 0,
    parsed: 0,
    replaced: 0,
    skipped: 0,
    failed: 0,
    elapsedMs: 0,
  };
}

/** Results gathered into transactions; one write at a time, in order. */
class BatchWriter {
  private batch: ParseResult[] = [];
  private batchBytes = 0;
  private batchStarted = 0;
  private chain: Promise<void> = Promise.resolve();
  pending = 0;
  error: unknown = null;

  constructor(
    private readonly store: Store,
    private readonly batchSize: number,
    private readonly onWritten: (batch: ParseResult[], outcomes: WriteOutcome[]) => void,
  ) {}

  add(result: ParseResult): void {
    if (!this.batch.length) this.batchStarted = Date.now();
    this.batch.push(result);
    this.batchBytes += result.bytes;
    if (
      this.batch.length >= this.batchSize ||
      this.batchBytes >= BATCH_BYTES ||
      Date.now() - this.batchStarted >= BATCH_MS
    )
      this.flush();
  }

  flush(): void {
    if (!this.batch.length) return;
    const batch = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.pending++;
    this.chain = this.chain
      .then(async () => {
        if (this.error) return;
        this.onWritten(batch, await this.store.write(batch));
      })
      .catch((e) => {
        this.error ??= e;
      })
      .finally(() => {
        this.pending--;
      });
  }

  /** Resolves when fewer than `n` writes are queued. */
  async below(n: number): Promise<void> {
    while (this.pending >= n) await this.chain;
  }

  async settle(): Promise<void> {
    this.flush();
    await this.chain;
    if (this.error) throw this.error;
  }
}

/** Groups sources so that "already ingested?" is asked once per group, not once per file. */
async function* groups(items: AsyncIterable<SourceItem>, size: number): AsyncGenerator<SourceItem[]> {
  let group: SourceItem[] = [];
  let bytes = 0;
  for await (const item of items) {
    group.push(item);
    bytes += item.bytes?.length ?? 0;
    if (group.length >= size || bytes >= BATCH_BYTES) {
      yield group;
      group = [];
      bytes = 0;
    }
  }
  if (group.length) yield group;
}

export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  return ingestPlan(await planInputs(paths), options);
}

export async function ingestPlan(plan: InputPlan, options: IngestOptions): Promise<IngestSummary> {
  const { store, signal } = options;
  const started = Date.now();
  const progress = emptyProgress(plan);
  const failures: FailedSource[] = [];
  const report = () => options.onProgress?.({ ...progress, elapsedMs: Date.now() - started });
  const count = (stamp: SourceStamp, bytes: number, outcome: WriteOutcome, error?: string) => {
    progress.filesDone++;
    progress.bytesDone += bytes || stamp.size;
    if (outcome === "stored" || outcome === "replaced") progress.parsed++;
    if (outcome === "replaced") progress.replaced++;
    if (outcome === "duplicate") progress.skipped++;
    if (outcome === "failed") {
      progress.failed++;
      if (failures.length < MAX_FAILURES_KEPT)
        failures.push({ label: stamp.label, error: error ?? "failed" });
    }
  };

  const pool = options.pool ?? createParsePool(options.jobs ?? defaultJobs());
  const writer = new BatchWriter(store, options.batchSize ?? DEFAULT_BATCH, (batch, outcomes) => {
    for (const [i, r] of batch.entries()) count(r.source, r.bytes, outcomes[i], r.ok ? undefined : r.error);
    report();
  });
  // Enough parses in flight to keep every thread busy through a database write (see pool.ts).
  const maxInFlight = Math.max(4, pool.threads * TASKS_PER_WORKER);
  const inFlight = new Set<Promise<void>>();
  let interrupted = false;

  try {
    outer: for await (const group of groups(readSources(plan), 256)) {
      const known = await store.knownSources(group.map((s) => s.stamp));
      for (const item of group) {
        if (signal?.aborted || writer.error) {
          interrupted = !!signal?.aborted;
          break outer;
        }
        if (known.has(item.stamp.label)) {
          count(item.stamp, item.stamp.size, "duplicate");
          continue;
        }
        if (item.error) {
          writer.add({ ok: false, source: item.stamp, bytes: 0, contentHash: null, error: item.error });
          continue;
        }
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        await writer.below(3);
        const task = pool.parse({ source: item.stamp, path: item.path, bytes: item.bytes }).then(
          (result) => writer.add(result),
          (e) =>
            writer.add({
              ok: false,
              source: item.stamp,
              bytes: 0,
              contentHash: null,
              error: describeError(e),
            }),
        );
        const tracked = task.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
      }
      report();
    }
    await Promise.all(inFlight);
    await writer.settle();
  } finally {
    await Promise.allSettled(inFlight);
    if (!options.pool) await pool.close();
  }
  report();
  return { ...progress, elapsedMs: Date.now() - started, failures, interrupted };
}
