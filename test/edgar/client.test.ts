import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { downloadSubmission, isCompleteSubmission } from "../../src/edgar/download.js";
import { EdgarClient, hostsFor } from "../../src/edgar/http.js";
import { forEachConcurrently } from "../../src/edgar/pool.js";
import { TokenBucket } from "../../src/edgar/rate-limiter.js";
import { EdgarFetchError } from "../../src/edgar/retry.js";
import { EDGAR_FIXTURES, FakeEdgar } from "./fake-edgar.js";

const UA = "Eightk Tests tests@example.com";
const FILING = "/Archives/edgar/data/723533/0001164150-07-000163.txt";
const TICKERS = "/files/company_tickers.json";

let edgar: FakeEdgar;
const scratch = mkdtempSync(join(tmpdir(), "eightk-edgar-"));
beforeAll(async () => {
  edgar = await FakeEdgar.start();
});
afterAll(async () => {
  await edgar.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => edgar.reset());

/** A client with short waits, so retry tests take milliseconds, not seconds. */
function client(overrides: Partial<ConstructorParameters<typeof EdgarClient>[0]> = {}) {
  return new EdgarClient({
    userAgent: UA,
    bucket: new TokenBucket(),
    hosts: hostsFor(edgar.url),
    retry: { backoffBaseMs: 20, backoffMaxMs: 100 },
    idleTimeoutMs: 2000,
    ...overrides,
  });
}

describe("the shared token bucket", () => {
  it("keeps 8 concurrent workers, retries included, at 10 requests or fewer in any sliding second", async () => {
    const c = client();
    const paths = Array.from({ length: 36 }, (_, i) => (i % 2 ? FILING : TICKERS));
    // Four of the requests are refused once: their retries must queue for tokens like the rest.
    edgar.failNext(FILING, { kind: "status", status: 503 }, { kind: "status", status: 503 });
    edgar.failNext(TICKERS, { kind: "status", status: 500 }, { kind: "status", status: 502 });
    const started = performance.now();
    try {
      await forEachConcurrently(paths, 8, async (path) => {
        await c.getBuffer(path);
      });
    } finally {
      c.close();
    }
    const elapsed = performance.now() - started;
    expect(edgar.requests).toHaveLength(40);
    const max = edgar.maxPerSlidingSecond();
    console.info(
      `fair access: 40 requests, 8 workers, ${(elapsed / 1000).toFixed(2)} s, max ${max} in a sliding second`,
    );
    expect(max).toBeLessThanOrEqual(10);
    // 40 requests one per 110 ms: about 4.3 s; far less would mean the bucket leaked.
    expect(elapsed).toBeGreaterThan(39 * 100);
  }, 15_000);

  it("holds every worker back while the server's Retry-After runs", async () => {
    const bucket = new TokenBucket();
    const start = performance.now();
    bucket.pauseFor(300);
    const ticket = await bucket.take();
    ticket.sent();
    expect(performance.now() - start).toBeGreaterThanOrEqual(295);
  });
});

describe("requests", () => {
  it("declare the User-Agent and accept gzip, which the server then sends and the client inflates", async () => {
    const c = client();
    const body = await c.getBuffer(TICKERS).finally(() => c.close());
    expect(JSON.parse(body.toString("utf8"))["0"].ticker).toBe("AAPL");
    expect(edgar.requests[0]).toMatchObject({ userAgent: UA, acceptEncoding: "gzip, deflate" });
  });

  it("retry after 429 with Retry-After in seconds, then succeed", async () => {
    edgar.failNext(TICKERS, { kind: "status", status: 429, retryAfter: "1" });
    const c = client();
    const start = performance.now();
    await c.getJson(TICKERS).finally(() => c.close());
    const gap = edgar.requests[1].at - edgar.requests[0].at;
    expect(edgar.requests).toHaveLength(2);
    expect(gap).toBeGreaterThanOrEqual(990);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it("retry after 503 with Retry-After as an HTTP date", async () => {
    const when = new Date(Date.now() + 2000).toUTCString();
    edgar.failNext(TICKERS, { kind: "status", status: 503, retryAfter: when });
    const c = client();
    await c.getJson(TICKERS).finally(() => c.close());
    expect(edgar.requests).toHaveLength(2);
    // HTTP dates have whole seconds: the wait is between 1 and 2 s.
    expect(edgar.requests[1].at - edgar.requests[0].at).toBeGreaterThanOrEqual(950);
  });

  it("retry 5xx with backoff and give up after the bounded number of attempts", async () => {
    const notices: string[] = [];
    edgar.failNext(TICKERS, ...Array.from({ length: 6 }, () => ({ kind: "status", status: 503 }) as const));
    const c = client({
      retry: { maxAttempts: 4, backoffBaseMs: 10 },
      onRetry: (n) => notices.push(n.reason),
    });
    const error = await c.getJson(TICKERS).then(
      () => null,
      (e: unknown) => e,
    );
    c.close();
    expect(error).toBeInstanceOf(EdgarFetchError);
    expect((error as Error).message).toBe("HTTP 503 Service Unavailable (after 4 attempts)");
    expect(edgar.requests).toHaveLength(4);
    expect(notices).toEqual(Array(3).fill("HTTP 503 Service Unavailable"));
  });

  it("do not retry a 404", async () => {
    const c = client();
    const error = await c.getBuffer("/Archives/edgar/data/1/0000000001-00-000001.txt").catch((e) => e);
    c.close();
    expect(error).toMatchObject({ status: 404, retryable: false, fatal: false });
    expect(edgar.requests).toHaveLength(1);
  });

  it("stop at a 403: the SEC is refusing this User-Agent", async () => {
    edgar.failNext(TICKERS, { kind: "status", status: 403 });
    const c = client();
    const error = await c.getBuffer(TICKERS).catch((e) => e);
    c.close();
    expect(error).toMatchObject({ status: 403, fatal: true });
    expect(error.message).toMatch(/User-Agent/);
    expect(edgar.requests).toHaveLength(1);
  });

  it("time out when the server goes quiet, and try again", async () => {
    edgar.failNext(TICKERS, { kind: "slow", delayMs: 1500 });
    const retries: string[] = [];
    const c = client({ idleTimeoutMs: 200, onRetry: (n) => retries.push(n.reason) });
    await c.getJson(TICKERS).finally(() => c.close());
    expect(retries).toEqual(["timed out: no data for 200 ms"]);
    expect(edgar.requests).toHaveLength(2);
  });
});

describe("downloading a full submission", () => {
  const outDir = () => mkdtempSync(join(scratch, "out-"));
  const accession = "0001164150-07-000163";
  const original = readFileSync(join(EDGAR_FIXTURES, FILING));

  it("retries a body cut short and leaves no partial file, then keeps the whole one", async () => {
    const dir = outDir();
    edgar.failNext(FILING, { kind: "truncate", fraction: 0.5 }, { kind: "truncate", fraction: 0.9 });
    const c = client();
    const outcome = await downloadSubmission(c, FILING, accession, dir).finally(() => c.close());
    expect(outcome).toMatchObject({ status: "fetched", bytes: original.length });
    expect(edgar.requests).toHaveLength(3);
    expect(readdirSync(dir)).toEqual([`${accession}.txt`]);
    expect(readFileSync(join(dir, `${accession}.txt`)).equals(original)).toBe(true);
  });

  it("leaves nothing behind when every attempt is cut short", async () => {
    const dir = outDir();
    edgar.failNext(FILING, ...Array.from({ length: 3 }, () => ({ kind: "truncate" }) as const));
    const c = client({ retry: { maxAttempts: 3, backoffBaseMs: 10 } });
    const error = await downloadSubmission(c, FILING, accession, dir).catch((e) => e);
    c.close();
    expect(error.message).toMatch(/^body cut short.*\(after 3 attempts\)$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("skips a complete copy and replaces one cut short", async () => {
    const dir = outDir();
    const path = join(dir, `${accession}.txt`);
    writeFileSync(path, original.subarray(0, 1000));
    expect(await isCompleteSubmission(path)).toBe(false);
    const c = client();
    expect((await downloadSubmission(c, FILING, accession, dir)).status).toBe("fetched");
    expect(await isCompleteSubmission(path)).toBe(true);
    expect((await downloadSubmission(c, FILING, accession, dir)).status).toBe("skipped");
    c.close();
    expect(edgar.requests).toHaveLength(1);
  });

  it("refuses a 200 page that is not a submission, without retrying it", async () => {
    const dir = outDir();
    edgar.serve(
      "/Archives/edgar/data/1/0000000001-00-000001.txt",
      "<html>Request Rate Threshold Exceeded</html>",
    );
    const c = client();
    const error = await downloadSubmission(
      c,
      "/Archives/edgar/data/1/0000000001-00-000001.txt",
      "0000000001-00-000001",
      dir,
    ).catch((e) => e);
    c.close();
    expect(error.message).toBe("not a full submission: no <SEC-DOCUMENT> at the start");
    expect(edgar.requests).toHaveLength(1);
    expect(existsSync(join(dir, "0000000001-00-000001.txt"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
