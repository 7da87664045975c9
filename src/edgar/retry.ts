/**
 * What to do when a request fails: which failures are worth another attempt, how long to wait
 * (exponential backoff with jitter, or what the server's Retry-After says), and the one error
 * type the client throws.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles each time. */
  backoffBaseMs: number;
  /** Backoff never grows past this. */
  backoffMaxMs: number;
  /** A Retry-After longer than this ends the request instead of stalling the run. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  backoffBaseMs: 1000,
  backoffMaxMs: 60_000,
  maxRetryAfterMs: 10 * 60_000,
};

/** Why a request failed, with what the retry loop needs to decide. Its message is one line. */
export class EdgarFetchError extends Error {
  override readonly name = "EdgarFetchError";
  constructor(
    message: string,
    readonly url: string,
    readonly details: {
      status?: number;
      /** Another attempt may succeed (429, 5xx, timeouts, connections cut). */
      retryable?: boolean;
      /** The server's Retry-After, in milliseconds. */
      retryAfterMs?: number;
      /** The whole run should stop: the SEC refuses us (403), or the disk is full. */
      fatal?: boolean;
    } = {},
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.details.status;
  }
  get retryable(): boolean {
    return this.details.retryable === true;
  }
  get fatal(): boolean {
    return this.details.fatal === true;
  }
}

/** Network error codes where the same request, sent again, can work. */
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "ERR_STREAM_PREMATURE_CLOSE",
  // A gzip stream cut short ends in one of these.
  "Z_BUF_ERROR",
  "Z_DATA_ERROR",
]);

/** Local file-system failures: retrying the download will not help, and neither will the next. */
const LOCAL_FATAL_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EMFILE"]);

/** Turns anything thrown during one attempt into an {@link EdgarFetchError}. */
export function classifyFailure(error: unknown, url: string): EdgarFetchError {
  if (error instanceof EdgarFetchError) return error;
  const err = error as NodeJS.ErrnoException | undefined;
  const code = err?.code ?? "";
  const message = firstLine(err?.message ?? String(error));
  if (LOCAL_FATAL_CODES.has(code) && err?.syscall !== "connect") {
    return new EdgarFetchError(`cannot write: ${message}`, url, { fatal: true });
  }
  if (TRANSIENT_CODES.has(code) || message === "aborted" || message === "socket hang up") {
    return new EdgarFetchError(`network error: ${code || message}`, url, { retryable: true });
  }
  return new EdgarFetchError(`request failed: ${message}`, url);
}

/** An HTTP status that is not a success, as an error the retry loop understands. */
export function statusFailure(
  status: number,
  statusText: string,
  url: string,
  retryAfterHeader: string | undefined,
  now: Date = new Date(),
): EdgarFetchError {
  const what = `HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (status === 403) {
    // The SEC answers 403 to undeclared tools and to clients it has blocked for going too fast.
    // Carrying on would only prolong the block, so the run stops.
    return new EdgarFetchError(
      `${what}: the SEC refused the request (check the User-Agent: a name and an e-mail address)`,
      url,
      { status, fatal: true },
    );
  }
  const retryable = status === 429 || status >= 500;
  const retryAfterMs = retryable ? parseRetryAfter(retryAfterHeader, now) : undefined;
  return new EdgarFetchError(what, url, { status, retryable, retryAfterMs });
}

/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). Returns milliseconds
 * from `now`, never negative; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10) * 1000;
  // An HTTP date always names a weekday and GMT; Date.parse would accept much looser text.
  if (!/^[A-Za-z]{3},? .*GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/**
 * How long to wait before attempt `attempt + 1`. The server's Retry-After wins when given (plus
 * a little jitter, so that workers told the same moment do not all come back at once);
 * otherwise exponential backoff with "equal jitter": half the step fixed, half random, so the
 * wait grows but workers spread out.
 */
export function retryDelayMs(
  attempt: number,
  failure: EdgarFetchError,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const retryAfter = failure.details.retryAfterMs;
  if (retryAfter !== undefined) {
    if (retryAfter > policy.maxRetryAfterMs) {
      throw new EdgarFetchError(
        `${failure.message}: the server asks to wait ${Math.round(retryAfter / 1000)} s, longer than ${Math.round(policy.maxRetryAfterMs / 1000)} s`,
        failure.url,
        { status: failure.status },
      );
    }
    return retryAfter + random() * Math.min(250, policy.backoffBaseMs);
  }
  const step = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (attempt - 1));
  return step / 2 + (random() * step) / 2;
}

function firstLine(s: string): string {
  const i = s.indexOf("\n");
  return i < 0 ? s : s.slice(0, i);
}
