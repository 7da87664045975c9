/**
 * A whole fetch: resolve tickers, list the filings (by company or by period), then download
 * them with `jobs` workers sharing one token bucket. Failures are collected per filing and the
 * run goes on, unless the SEC refuses us (403) or the disk cannot take more: then no new
 * download starts.
 */
import { mkdir } from "node:fs/promises";
import type { IsoDate } from "./dates.js";
import { downloadSubmission, removeAbandonedParts } from "./download.js";
import type { FilingFilter, FilingRef } from "./filings.js";
import { EdgarClient, type EdgarHosts, type RetryNotice } from "./http.js";
import type { IndexKind } from "./indexes.js";
import { listCompanyFilings, listPeriodFilings, type PlanContext, resolveTickers } from "./plan.js";
import { forEachConcurrently } from "./pool.js";
import { TokenBucket } from "./rate-limiter.js";
import { classifyFailure, type RetryPolicy } from "./retry.js";

export interface FetchOptions {
  outDir: string;
  userAgent: string;
  hosts: EdgarHosts;
  ciks: number[];
  tickers: string[];
  /** Without companies, both are needed: they choose the index files. */
  since?: IsoDate;
  until?: IsoDate;
  forms: string[];
  items?: string[];
  jobs: number;
  indexKind: IndexKind;
  retry?: Partial<RetryPolicy>;
  idleTimeoutMs?: number;
  /** Requests per second; the fair-access default when absent. Tests only lower it. */
  requestsPerSecond?: number;
}

export type FilingOutcome =
  | { status: "fetched"; path: string; bytes: number }
  | { status: "skipped"; path: string }
  | { status: "failed"; reason: string };

export interface FetchEvents {
  onPlanned?(filings: readonly FilingRef[]): void;
  onFiling?(filing: FilingRef, outcome: FilingOutcome): void;
  onRequest?(): void;
  onRetry?(notice: RetryNotice): void;
  onNote?(message: string): void;
}

export interface FetchSummary {
  planned: number;
  fetched: number;
  skipped: number;
  failed: { accession: string; reason: string }[];
  /** Files now complete in the output folder for the planned filings (fetched or already there). */
  paths: string[];
  /** Why the run stopped early, when it did. */
  stoppedBy?: string;
  requests: number;
}

export async function fetchFilings(options: FetchOptions, events: FetchEvents = {}): Promise<FetchSummary> {
  const bucket = new TokenBucket({ requestsPerSecond: options.requestsPerSecond });
  const client = new EdgarClient({
    userAgent: options.userAgent,
    bucket,
    hosts: options.hosts,
    retry: options.retry,
    idleTimeoutMs: options.idleTimeoutMs,
    maxSockets: options.jobs,
    onRequest: events.onRequest,
    onRetry: events.onRetry,
  });
  try {
    const filings = await planFilings(client, options, events.onNote ?? (() => {}));
    events.onPlanned?.(filings);
    await mkdir(options.outDir, { recursive: true });
    await removeAbandonedParts(options.outDir);
    const summary = await downloadAll(client, filings, options, events);
    return { ...summary, requests: client.requestCount };
  } finally {
    client.close();
  }
}

async function planFilings(
  client: EdgarClient,
  options: FetchOptions,
  note: (message: string) => void,
): Promise<FilingRef[]> {
  const filter: FilingFilter = {
    forms: new Set(options.forms),
    since: options.since,
    until: options.until,
    items: options.items ? new Set(options.items) : undefined,
  };
  const ctx: PlanContext = { client, filter, jobs: options.jobs, note };
  const ciks = [...new Set([...options.ciks, ...(await resolveTickers(client, options.tickers))])];
  let filings: FilingRef[] = [];
  if (ciks.length > 0) {
    for (const cik of ciks) filings.push(...(await listCompanyFilings(ctx, cik)));
  } else if (options.since && options.until) {
    filings = await listPeriodFilings(ctx, options.since, options.until, options.indexKind);
  } else {
    throw new Error("nothing to fetch: give --cik, --ticker or --since");
  }
  const seen = new Set<string>();
  return filings
    .filter((f) => !seen.has(f.accession) && seen.add(f.accession))
    .sort((a, b) => (a.filingDate < b.filingDate ? -1 : a.filingDate > b.filingDate ? 1 : 0));
}

async function downloadAll(
  client: EdgarClient,
  filings: readonly FilingRef[],
  options: FetchOptions,
  events: FetchEvents,
): Promise<Omit<FetchSummary, "requests">> {
  const summary: Omit<FetchSummary, "requests"> = {
    planned: filings.length,
    fetched: 0,
    skipped: 0,
    failed: [],
    paths: [],
  };
  await forEachConcurrently(
    filings,
    options.jobs,
    async (filing) => {
      let outcome: FilingOutcome;
      try {
        outcome = await downloadSubmission(client, filing.archivePath, filing.accession, options.outDir);
        summary[outcome.status]++;
        summary.paths.push(outcome.path);
      } catch (e) {
        const failure = classifyFailure(e, client.urlFor(filing.archivePath));
        if (failure.fatal && !summary.stoppedBy) summary.stoppedBy = failure.message;
        outcome = { status: "failed", reason: failure.message };
        summary.failed.push({ accession: filing.accession, reason: failure.message });
      }
      events.onFiling?.(filing, outcome);
    },
    () => summary.stoppedBy !== undefined,
  );
  summary.paths.sort();
  return summary;
}
