/**
 * The one token bucket every EDGAR request goes through, first attempts and retries alike, so
 * that all workers together stay under the SEC's fair-access limit of 10 requests per second.
 *
 * The bucket holds one token. A larger bucket would let a burst through on top of the refill:
 * with 10 tokens and 10 per second refill, a sliding second could see 19 requests. With one
 * token, requests leave at least one interval apart, so no sliding second holds more than the
 * rate.
 *
 * What the SEC counts is arrivals, not the moment we decide to send. A request that waits for a
 * connection (a TLS handshake) arrives later than planned while the next one, on a warm
 * connection, does not, and the two arrive together. So the refill starts when the previous
 * request has actually been written to its socket ({@link SendTicket.sent}), and the interval
 * keeps a margin ({@link FAIR_ACCESS_MARGIN}) for the jitter that remains.
 */

/** The SEC's published ceiling, in requests per second. */
export const FAIR_ACCESS_REQUESTS_PER_SECOND = 10;

/** Fraction added to the interval between requests: 10/s becomes one every 110 ms (~9.1/s). */
export const FAIR_ACCESS_MARGIN = 0.1;

/** How long a granted request may take to reach its socket before the next one goes anyway. */
const SEND_WAIT_LIMIT_MS = 30_000;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Handed out with each token: the caller says when its request has left (or failed to). */
export interface SendTicket {
  /** Call once the request has been written to the network, or will never be. Idempotent. */
  sent(): void;
}

export interface TokenBucketOptions {
  requestsPerSecond?: number;
  margin?: number;
  clock?: Clock;
}

export class TokenBucket {
  /** Milliseconds between two requests. */
  readonly intervalMs: number;
  private readonly clock: Clock;
  /** Earliest time the next token may be granted. */
  private nextGrantAt = Number.NEGATIVE_INFINITY;
  /** Settles when the request holding the last token has been sent. */
  private previousSend: Promise<void> = Promise.resolve();
  /** Grants are handed out strictly in call order through this chain. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions = {}) {
    const rate = options.requestsPerSecond ?? FAIR_ACCESS_REQUESTS_PER_SECOND;
    if (!(rate > 0)) throw new RangeError(`requests per second must be positive, got ${rate}`);
    this.intervalMs = (1000 / rate) * (1 + (options.margin ?? FAIR_ACCESS_MARGIN));
    this.clock = options.clock ?? systemClock;
  }

  /** Waits for a token. Callers are served in the order they asked. */
  take(): Promise<SendTicket> {
    const turn = this.queue.then(() => this.waitForToken());
    // A rejected turn must not stall later callers; waitForToken does not reject, but be safe.
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /**
   * Holds every request back for `ms` from now: when the server says "slow down" (429, or 503
   * with Retry-After) to one worker, it means all of them.
   */
  pauseFor(ms: number): void {
    const until = this.clock.now() + ms;
    if (until > this.nextGrantAt) this.nextGrantAt = until;
  }

  private async waitForToken(): Promise<SendTicket> {
    await withTimeLimit(this.previousSend, SEND_WAIT_LIMIT_MS);
    // The refill runs from when the previous request left, not from when it was granted.
    // Bounded: each pass sleeps until nextGrantAt, which only pauseFor can move (forward).
    for (let pass = 0; pass < 1000; pass++) {
      const wait = this.nextGrantAt - this.clock.now();
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    let markSent: () => void = () => {};
    this.previousSend = new Promise<void>((resolve) => {
      markSent = resolve;
    });
    // Until the request says it has left, assume it leaves now; sent() moves this later.
    this.nextGrantAt = this.clock.now() + this.intervalMs;
    let done = false;
    return {
      sent: () => {
        if (done) return;
        done = true;
        const leftAt = this.clock.now();
        if (leftAt + this.intervalMs > this.nextGrantAt) this.nextGrantAt = leftAt + this.intervalMs;
        markSent();
      },
    };
  }
}

/**
 * Waits for `promise`, but no longer than `limitMs`: a request lost between grant and send must
 * not stop the others.
 */
async function withTimeLimit(promise: Promise<void>, limitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, limitMs);
    timer.unref();
  });
  try {
    await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}
