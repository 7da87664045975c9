/**
 * Scale-out on PostgreSQL: a job queue (pg-boss, in the same database) that any number of
 * `eightk ingest --worker` processes, on any machines that see the same paths, take jobs from.
 * pg-boss hands each job to one worker at a time and retries it when a worker dies (the job
 * expires); the store's sources table and unique filing keys make a retried job skip what its
 * first worker committed, so every filing lands exactly once.
 */
import { setTimeout as sleep } from "node:timers/promises";
import PgBoss from "pg-boss";
import { describeError } from "../form8k/record.js";
import type { FailedSource, Store } from "../store/types.js";
import { emptyProgress, type IngestProgress, type IngestSummary, ingestPlan } from "./ingest.js";
import { createParsePool, defaultJobs } from "./pool.js";
import { type InputPlan, type PlannedInput, planInputs } from "./sources.js";

export const INGEST_QUEUE = "eightk-ingest";

export interface IngestJob {
  /** Absolute paths: a group of files, or one archive. */
  inputs: PlannedInput[];
}

const FILES_PER_JOB = 32;
const BYTES_PER_JOB = 64 * 1024 * 1024;
/** A job not finished in this time is taken to be lost with its worker, and retried. */
const JOB_EXPIRE_SECONDS = 15 * 60;
const JOB_RETRIES = 5;

async function startBoss(url: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 3, schedule: false });
  boss.on("error", () => {}); // maintenance errors are retried by pg-boss; they must not crash a worker
  await boss.start();
  if (!(await boss.getQueue(INGEST_QUEUE))) {
    try {
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        retryLimit: JOB_RETRIES,
        expireInSeconds: JOB_EXPIRE_SECONDS,
      });
    } catch (e) {
      if (!(await boss.getQueue(INGEST_QUEUE))) throw e; // else another process created it first
    }
  }
  return boss;
}

/** Files in groups, each archive a job of its own. */
export function jobsOf(plan: InputPlan): IngestJob[] {
  const jobs: IngestJob[] = [];
  let group: PlannedInput[] = [];
  let bytes = 0;
  const close = () => {
    if (group.length) jobs.push({ inputs: group });
    group = [];
    bytes = 0;
  };
  for (const input of plan.inputs) {
    if (input.archive) {
      jobs.push({ inputs: [input] });
      continue;
    }
    group.push(input);
    bytes += input.size;
    if (group.length >= FILES_PER_JOB || bytes >= BYTES_PER_JOB) close();
  }
  close();
  return jobs;
}

export async function enqueuePaths(
  url: string,
  paths: readonly string[],
): Promise<{ jobs: number; files: number }> {
  const plan = await planInputs(paths);
  const jobs = jobsOf(plan);
  const boss = await startBoss(url);
  try {
    for (let i = 0; i < jobs.length; i += 500)
      await boss.insert(jobs.slice(i, i + 500).map((data) => ({ name: INGEST_QUEUE, data })));
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return { jobs: jobs.length, files: plan.inputs.length };
}

export interface WorkerOptions {
  store: Store;
  jobs?: number;
  batchSize?: number;
  /** Exit once no job has been waiting or running for this long; without it, run until aborted. */
  idleExitSeconds?: number;
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  /** Called when a job is taken, with its number in this worker. */
  onJob?: (n: number) => void;
}

const POLL_MS = 250;

function addUp(total: IngestProgress, s: IngestSummary): void {
  for (const k of [
    "filesDone",
    "bytesDone",
    "bytesTotal",
    "parsed",
    "replaced",
    "skipped",
    "failed",
  ] as const)
    total[k] += s[k];
}

/** Takes jobs until idle (or aborted); one parse pool for all of them. */
export async function runQueueWorker(
  url: string,
  options: WorkerOptions,
): Promise<IngestSummary & { jobs: number }> {
  const started = Date.now();
  const boss = await startBoss(url);
  const pool = createParsePool(options.jobs ?? defaultJobs());
  const total = emptyProgress();
  total.filesTotal = null;
  const failures: FailedSource[] = [];
  let jobsDone = 0;
  let interrupted = false;
  let idleSince = Date.now();
  try {
    while (!options.signal?.aborted) {
      const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
      if (!job) {
        if (options.idleExitSeconds !== undefined) {
          // Jobs still waiting or running elsewhere may yet fail over to this worker.
          const open = await boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
          if (open > 0) idleSince = Date.now();
          else if (Date.now() - idleSince >= options.idleExitSeconds * 1000) break;
        }
        await sleep(POLL_MS);
        continue;
      }
      jobsDone++;
      options.onJob?.(jobsDone);
      const plan: InputPlan = { inputs: job.data.inputs, bytesTotal: 0, filesTotal: null };
      try {
        const summary = await ingestPlan(plan, {
          store: options.store,
          pool,
          batchSize: options.batchSize,
          signal: options.signal,
          onProgress: (p) =>
            options.onProgress?.({ ...total, ...sum(total, p), elapsedMs: Date.now() - started }),
        });
        addUp(total, summary);
        failures.push(...summary.failures.slice(0, Math.max(0, 100 - failures.length)));
        if (summary.interrupted) {
          interrupted = true;
          await boss.fail(INGEST_QUEUE, job.id, { error: "interrupted" }); // retried by another worker
        } else await boss.complete(INGEST_QUEUE, job.id);
      } catch (e) {
        await boss.fail(INGEST_QUEUE, job.id, { error: describeError(e) });
        throw e;
      }
      idleSince = Date.now();
    }
    interrupted ||= !!options.signal?.aborted;
  } finally {
    await pool.close();
    await boss.stop({ graceful: false, wait: true });
  }
  return { ...total, elapsedMs: Date.now() - started, failures, interrupted, jobs: jobsDone };
}

function sum(total: IngestProgress, current: IngestProgress): Partial<IngestProgress> {
  return {
    filesDone: total.filesDone + current.filesDone,
    bytesDone: total.bytesDone + current.bytesDone,
    parsed: total.parsed + current.parsed,
    replaced: total.replaced + current.replaced,
    skipped: total.skipped + current.skipped,
    failed: total.failed + current.failed,
  };
}
