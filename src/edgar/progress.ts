/**
 * The fetch progress line: filings done of planned, requests per second over the last few
 * seconds, and counts. Drawn only on a terminal; elsewhere (a pipe, a log, a test) lines go out
 * as they are and no bar is drawn.
 */
import { MultiBar, type SingleBar } from "cli-progress";

export interface FetchProgress {
  /** Listing is done: `total` filings to go. */
  planned(total: number): void;
  request(): void;
  filingDone(status: "fetched" | "skipped" | "failed"): void;
  /** A diagnostic line (ends with \n), printed above the bar when there is one. */
  log(line: string): void;
  stop(): void;
}

/** Requests per second are averaged over this window. */
const RATE_WINDOW_MS = 5000;

export function createProgress(
  stream: NodeJS.WriteStream | undefined,
  err: (s: string) => void,
): FetchProgress {
  if (!stream?.isTTY) return plainProgress(err);
  const multibar = new MultiBar(
    {
      stream,
      format:
        " {phase} {bar} {value}/{total} filings | {rate} req/s | {fetched} fetched, {skipped} skipped, {failed} failed",
      hideCursor: true,
      clearOnComplete: false,
      emptyOnZero: true,
      fps: 5,
      // Its own handler would swallow the first Ctrl-C and let the downloads go on; ours below
      // restores the terminal and then lets the signal end the process as usual.
      gracefulExit: false,
    },
    { barCompleteChar: "█", barIncompleteChar: "░", format: "" },
  );
  const counts = { fetched: 0, skipped: 0, failed: 0 };
  const sentAt: number[] = [];
  let phase = "listing ";
  const bar: SingleBar = multibar.create(0, 0, payload());
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // Events alone would leave the rate frozen while everyone waits out a Retry-After.
  const refresh = setInterval(() => bar.update({ ...payload(), rate: rate() }), 1000);
  refresh.unref();
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(refresh);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    // stop() alone drops lines still waiting in the log buffer: redraw once to print them.
    multibar.update();
    multibar.stop();
  }
  const startedAt = performance.now();
  /** Requests in the last few seconds over the time they span (at least a second, against spikes). */
  function rate(): string {
    const now = performance.now();
    while (sentAt.length && sentAt[0] < now - RATE_WINDOW_MS) sentAt.shift();
    const spanMs = Math.max(1000, Math.min(RATE_WINDOW_MS, now - startedAt));
    return (sentAt.length / (spanMs / 1000)).toFixed(1);
  }
  function payload() {
    return { phase, rate: "0.0", ...counts };
  }
  return {
    planned(total) {
      phase = "fetching";
      bar.setTotal(total);
      bar.update({ ...payload(), rate: rate() });
    },
    request() {
      sentAt.push(performance.now());
      bar.update({ ...payload(), rate: rate() });
    },
    filingDone(status) {
      counts[status]++;
      bar.increment(1, { ...payload(), rate: rate() });
    },
    log(line) {
      multibar.log(line);
    },
    stop,
  };
}

function plainProgress(err: (s: string) => void): FetchProgress {
  return {
    planned() {},
    request() {},
    filingDone() {},
    log: err,
    stop() {},
  };
}
