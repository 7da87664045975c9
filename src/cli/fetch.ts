/**
 * `eightk fetch --out DIR …`: downloads 8-K family filings from EDGAR (or a mirror given by
 * --base-url) following the SEC's fair-access rules, then, with --ingest, puts them in the store.
 * Exit 0 when every planned filing is in DIR, 1 when any failed, 2 on a usage error (no
 * User-Agent among them).
 */
import type { FetchOptions, FetchSummary } from "../edgar/run.js";
import type { Io } from "./parse.js";

/** The flags as commander hands them over (all strings: checked here). */
export interface FetchCommandOptions {
  out: string;
  userAgent?: string;
  since?: string;
  until?: string;
  forms?: string;
  cik?: string;
  ticker?: string;
  items?: string;
  jobs?: string;
  baseUrl?: string;
  index?: string;
  ingest?: boolean;
  db?: string;
}

/** What the process supplies; tests replace parts of it. */
export interface FetchRuntime {
  env?: NodeJS.ProcessEnv;
  /** The terminal to draw the progress bar on (only drawn when it is a TTY). */
  progressStream?: NodeJS.WriteStream;
  /** Today's date on EDGAR's clock; --until never goes past it. */
  today?: string;
  /** Retry and timeout settings (tests shorten the waits). */
  tuning?: Pick<FetchOptions, "retry" | "idleTimeoutMs" | "requestsPerSecond">;
  /** Parse threads for --ingest (0: on this thread); the ingest's default when absent. */
  ingestJobs?: number;
}

export const DEFAULT_JOBS = 4;
const MAX_JOBS = 16;

class UsageError extends Error {}

export async function runFetch(
  opts: FetchCommandOptions,
  io: Io,
  runtime: FetchRuntime = {},
): Promise<number> {
  const { fetchFilings } = await import("../edgar/run.js");
  const { SelectionError } = await import("../edgar/plan.js");
  const { createProgress } = await import("../edgar/progress.js");
  const { EdgarFetchError } = await import("../edgar/retry.js");
  let options: FetchOptions;
  try {
    options = await readOptions(opts, runtime);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`eightk fetch: ${e.message}\n`);
    return 2;
  }
  const progress = createProgress(runtime.progressStream, io.err);
  const startedAt = performance.now();
  let summary: FetchSummary;
  try {
    summary = await fetchFilings(options, {
      onPlanned: (filings) => progress.planned(filings.length),
      onRequest: () => progress.request(),
      onFiling: (filing, outcome) => {
        progress.filingDone(outcome.status);
        if (outcome.status === "failed")
          progress.log(`eightk fetch: ${filing.accession}: ${outcome.reason}\n`);
      },
      onRetry: (n) =>
        progress.log(`eightk fetch: ${n.reason}; retrying ${n.url} in ${(n.delayMs / 1000).toFixed(1)} s\n`),
      onNote: (message) => progress.log(`eightk fetch: ${message}\n`),
    });
  } catch (e) {
    progress.stop();
    // A listing that failed (an index, a submissions JSON) is named by its URL.
    const where = e instanceof EdgarFetchError ? ` (${e.url})` : "";
    io.err(`eightk fetch: ${oneLine(e)}${where}\n`);
    return e instanceof SelectionError ? 2 : 1;
  }
  progress.stop();
  io.err(`${summaryLine(summary, performance.now() - startedAt)}\n`);
  let code = summary.failed.length > 0 || summary.stoppedBy ? 1 : 0;
  if (opts.ingest && summary.paths.length > 0) {
    const ingestCode = await ingestFetched(summary.paths, opts.db, runtime.ingestJobs, io);
    code = Math.max(code, ingestCode);
  }
  return code;
}

/** `eightk fetch: 6 filings: 4 fetched, 1 skipped (already complete), 1 failed (HTTP 404: 1); 9 requests in 1.2 s (7.5/s)`. */
export function summaryLine(summary: FetchSummary, elapsedMs: number): string {
  const reasons = new Map<string, number>();
  for (const { reason } of summary.failed) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const failed = summary.failed.length
    ? `${summary.failed.length} failed (${[...reasons].map(([r, n]) => `${r}: ${n}`).join("; ")})`
    : "0 failed";
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? (summary.requests / seconds).toFixed(1) : "0";
  const stopped = summary.stoppedBy ? `; stopped early: ${summary.stoppedBy}` : "";
  return (
    `eightk fetch: ${summary.planned} filings: ${summary.fetched} fetched, ` +
    `${summary.skipped} skipped (already complete), ${failed}; ` +
    `${summary.requests} requests in ${seconds.toFixed(1)} s (${rate}/s)${stopped}`
  );
}

async function readOptions(opts: FetchCommandOptions, runtime: FetchRuntime): Promise<FetchOptions> {
  const { parseIsoDate, todayInNewYork } = await import("../edgar/dates.js");
  const { EIGHT_K_FAMILY, parseFormList, parseItemList } = await import("../edgar/filings.js");
  const { hostsFor } = await import("../edgar/http.js");
  const env = runtime.env ?? process.env;

  const userAgent = (opts.userAgent ?? env.EIGHTK_USER_AGENT ?? "").trim();
  if (!userAgent) {
    throw new UsageError(
      'the SEC requires a User-Agent naming you and your e-mail: --user-agent "Jane Doe jane@example.com" or EIGHTK_USER_AGENT',
    );
  }
  if (!/\S+@\S+\.\S+/.test(userAgent) || userAgent.split(/\s+/).length < 2) {
    throw new UsageError(
      `the User-Agent "${userAgent}" must give a name and an e-mail address, e.g. "Jane Doe jane@example.com"`,
    );
  }

  const baseUrl = opts.baseUrl ?? env.EIGHTK_EDGAR_BASE_URL;
  if (baseUrl !== undefined && !/^https?:\/\/[^/]+/.test(baseUrl)) {
    throw new UsageError(`--base-url: "${baseUrl}" is not an http(s) URL`);
  }

  const today = runtime.today ?? todayInNewYork();
  const date = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const d = parseIsoDate(text);
    if (!d) throw new UsageError(`${flag}: "${text}" is not a date (YYYY-MM-DD)`);
    return d;
  };
  const since = date("--since", opts.since);
  let until = date("--until", opts.until);
  if (until && until > today) until = today; // no index exists yet for days to come
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);

  const ciks = listOf(opts.cik).map((text) => {
    const cik = Number.parseInt(text.replace(/^CIK/i, ""), 10);
    if (!/^(CIK)?\d{1,10}$/i.test(text) || cik <= 0) throw new UsageError(`--cik: "${text}" is not a CIK`);
    return cik;
  });
  const tickers = listOf(opts.ticker);
  if (ciks.length === 0 && tickers.length === 0 && !since) {
    throw new UsageError("say what to fetch: --cik, --ticker, or a period with --since [--until]");
  }

  const jobs = opts.jobs === undefined ? DEFAULT_JOBS : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(`--jobs: "${opts.jobs}" is not a whole number from 1 to ${MAX_JOBS}`);
  }
  const indexKind = opts.index ?? "form";
  if (indexKind !== "form" && indexKind !== "master") {
    throw new UsageError(`--index: "${indexKind}" is not form or master`);
  }
  if (opts.db !== undefined && !opts.ingest) throw new UsageError("--db is for --ingest");

  let forms: string[] = [...EIGHT_K_FAMILY];
  let items: string[] | undefined;
  try {
    if (opts.forms !== undefined) forms = parseFormList(opts.forms);
    if (opts.items !== undefined) items = parseItemList(opts.items);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }

  return {
    outDir: opts.out,
    userAgent,
    hosts: hostsFor(baseUrl),
    ciks,
    tickers,
    since,
    // A period needs an end: today when not given.
    until: until ?? (since ? today : undefined),
    forms,
    items,
    jobs,
    indexKind,
    ...runtime.tuning,
  };
}

function listOf(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0];
}

/**
 * --ingest: hands the files now in --out for this run's filings to the store's bulk ingest
 * (src/ingest/), loaded only when asked for, so a plain fetch never loads a database driver.
 * Files already ingested are skipped by the ingest itself.
 */
async function ingestFetched(
  paths: string[],
  db: string | undefined,
  jobs: number | undefined,
  io: Io,
): Promise<number> {
  const { ingestPaths } = await import("../ingest/ingest.js");
  const { openStore } = await import("../store/open.js");
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(db);
  } catch (e) {
    io.err(`eightk fetch: --ingest: cannot open the store ${db ?? "(default)"}: ${oneLine(e)}\n`);
    return 1;
  }
  try {
    const summary = await ingestPaths(paths, { store, jobs });
    for (const failure of summary.failures) io.err(`eightk fetch: ${failure.label}: ${failure.error}\n`);
    io.err(
      `eightk fetch: ingested into ${store.location}: ${summary.parsed} stored, ` +
        `${summary.skipped} already there, ${summary.failed} failed\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } catch (e) {
    io.err(`eightk fetch: --ingest: ${oneLine(e)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
