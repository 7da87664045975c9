import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FetchCommandOptions, type FetchRuntime, runFetch } from "../../src/cli/fetch.js";
import { main } from "../../src/cli/main.js";
import { EDGAR_FIXTURES, FakeEdgar } from "./fake-edgar.js";

const UA = "Eightk Tests tests@example.com";
const APPLE_8KS = ["0000320193-96-000027.txt", "0000912057-00-002128.txt"];
const QUARTER_8KS = ["0000950137-05-004969.txt", "0001104540-02-000064.txt", "0001164150-07-000163.txt"];

let edgar: FakeEdgar;
beforeAll(async () => {
  edgar = await FakeEdgar.start();
  delete process.env.EIGHTK_USER_AGENT;
  delete process.env.EIGHTK_EDGAR_BASE_URL;
});
afterAll(async () => {
  await edgar.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => edgar.reset());

const scratch = mkdtempSync(join(tmpdir(), "eightk-fetch-"));
const newOut = () => mkdtempSync(join(scratch, "out-"));
const archivePaths = () =>
  edgar.requests.map((r) => r.path).filter((p) => p.startsWith("/Archives/edgar/data/"));
const otherPaths = () =>
  edgar.requests.map((r) => r.path).filter((p) => !p.startsWith("/Archives/edgar/data/"));

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** `eightk fetch` against the local EDGAR, with the User-Agent given. */
const fetchCli = (out: string, ...flags: string[]) =>
  run(["fetch", "--out", out, "--user-agent", UA, "--base-url", edgar.url, ...flags]);

/** The same through runFetch, with retry waits shortened so fault tests stay fast. */
async function fetchFast(
  opts: Omit<FetchCommandOptions, "userAgent" | "baseUrl">,
  runtime: FetchRuntime = {},
) {
  let err = "";
  const code = await runFetch(
    { userAgent: UA, baseUrl: edgar.url, ...opts },
    { out: () => {}, err: (s) => (err += s) },
    { tuning: { retry: { backoffBaseMs: 20, backoffMaxMs: 100 } }, ...runtime },
  );
  return { code, err };
}

describe("eightk fetch: the User-Agent", () => {
  it("refuses to run without one: one clear line, exit 2, no request sent", async () => {
    const r = await run(["fetch", "--out", newOut(), "--ticker", "AAPL", "--base-url", edgar.url]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'eightk fetch: the SEC requires a User-Agent naming you and your e-mail: --user-agent "Jane Doe jane@example.com" or EIGHTK_USER_AGENT\n',
    );
    expect(edgar.requests).toEqual([]);
  });

  it("refuses one without an e-mail address", async () => {
    const r = await run([
      "fetch",
      "--out",
      newOut(),
      "--ticker",
      "AAPL",
      "--user-agent",
      "curl/8.0",
      "--base-url",
      edgar.url,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^eightk fetch: the User-Agent "curl\/8.0" must give a name and an e-mail address/);
    expect(r.err.split("\n")).toHaveLength(2);
  });

  it("takes it, and the mirror, from EIGHTK_USER_AGENT and EIGHTK_EDGAR_BASE_URL", async () => {
    process.env.EIGHTK_USER_AGENT = UA;
    process.env.EIGHTK_EDGAR_BASE_URL = edgar.url;
    try {
      const r = await run(["fetch", "--out", newOut(), "--ticker", "aapl"]);
      expect(r.code).toBe(0);
    } finally {
      delete process.env.EIGHTK_USER_AGENT;
      delete process.env.EIGHTK_EDGAR_BASE_URL;
    }
    expect(new Set(edgar.requests.map((r) => r.userAgent))).toEqual(new Set([UA]));
  });

  it("stops the run when the SEC answers 403", async () => {
    edgar.failNext("/Archives/edgar/data/320193/0000320193-96-000027.txt", { kind: "status", status: 403 });
    const r = await fetchCli(newOut(), "--ticker", "AAPL", "--jobs", "1");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /stopped early: HTTP 403 Forbidden: the SEC refused the request \(check the User-Agent/,
    );
    // The filing after the refused one is never asked for.
    expect(archivePaths()).toEqual(["/Archives/edgar/data/320193/0000320193-96-000027.txt"]);
  });
});

describe("eightk fetch by company", () => {
  it("--ticker: company_tickers.json, the submissions JSON and its older page, 8-Ks only", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--ticker", "AAPL");
    expect(r.code).toBe(0);
    expect(otherPaths()).toEqual([
      "/files/company_tickers.json",
      "/submissions/CIK0000320193.json",
      "/submissions/CIK0000320193-submissions-001.json",
    ]);
    expect(readdirSync(out).sort()).toEqual(APPLE_8KS);
    for (const name of APPLE_8KS) {
      const original = readFileSync(join(EDGAR_FIXTURES, "Archives/edgar/data/320193", name));
      expect(readFileSync(join(out, name)).equals(original)).toBe(true);
    }
    expect(r.err).toMatch(
      /^eightk fetch: 2 filings: 2 fetched, 0 skipped \(already complete\), 0 failed; 5 requests in/,
    );
    expect(r.out).toBe("");
    expect(edgar.maxPerSlidingSecond()).toBeLessThanOrEqual(10);
  });

  it("--cik: recent filings and the older page; a filing missing on the server fails alone", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--cik", "723533");
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["0000723533-04-000001.txt", "0001164150-07-000163.txt"]);
    expect(r.err).toContain("eightk fetch: 0001164150-07-000171: HTTP 404 Not Found\n");
    expect(r.err).toMatch(
      /3 filings: 2 fetched, 0 skipped \(already complete\), 1 failed \(HTTP 404 Not Found: 1\)/,
    );
  });

  it("--cik with --since skips older pages that end before the period", async () => {
    const r = await fetchCli(newOut(), "--cik", "723533", "--since", "2007-01-01", "--forms", "8-K");
    expect(r.code).toBe(0);
    expect(otherPaths()).toEqual(["/submissions/CIK0000723533.json"]);
    expect(archivePaths()).toEqual(["/Archives/edgar/data/723533/0001164150-07-000163.txt"]);
  });

  it("--items and --forms filter by what the submissions JSON says", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--cik", "CIK0000723533", "--items", "8.01", "--forms", "8-K");
    expect(r.code).toBe(0);
    // The 2004 8-K lists no item codes (pre-2004 numbering), so --items leaves it out.
    expect(readdirSync(out)).toEqual(["0001164150-07-000163.txt"]);
  });

  it("an unknown ticker is a usage error", async () => {
    const r = await fetchCli(newOut(), "--ticker", "ZZZZ");
    expect(r.code).toBe(2);
    expect(r.err).toBe("eightk fetch: unknown ticker ZZZZ (not in company_tickers.json)\n");
  });
});

describe("eightk fetch by period", () => {
  it("reads the quarter's form.idx and fetches the 8-K family only", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--since", "2007-10-01", "--until", "2007-12-31");
    expect(otherPaths()).toEqual(["/Archives/edgar/full-index/2007/QTR4/form.idx"]);
    expect(readdirSync(out).sort()).toEqual(QUARTER_8KS);
    // The 8-K/A row points at a filing this mirror does not hold.
    expect(archivePaths()).toContain("/Archives/edgar/data/723533/0001164150-07-000171.txt");
    expect(archivePaths()).toHaveLength(4);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /4 filings: 3 fetched, 0 skipped \(already complete\), 1 failed \(HTTP 404 Not Found: 1\)/,
    );
  });

  it("--index master reads master.idx instead, to the same filings", async () => {
    const out = newOut();
    await fetchCli(
      out,
      "--since",
      "2007-10-01",
      "--until",
      "2007-12-31",
      "--index",
      "master",
      "--forms",
      "8-K",
    );
    expect(otherPaths()).toEqual(["/Archives/edgar/full-index/2007/QTR4/master.idx"]);
    expect(readdirSync(out).sort()).toEqual(QUARTER_8KS);
  });

  it("--since/--until within a quarter keep only the filings dated in the period", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--since", "2007-10-01", "--until", "2007-11-30");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["0001104540-02-000064.txt", "0001164150-07-000163.txt"]);
  });

  it("a few days are read from the daily index, found through the folder listing", async () => {
    const out = newOut();
    const r = await fetchCli(out, "--since", "2007-11-19", "--until", "2007-11-20");
    expect(r.code).toBe(0);
    expect(otherPaths()).toEqual([
      "/Archives/edgar/daily-index/2007/QTR4/index.json",
      "/Archives/edgar/daily-index/2007/QTR4/form.20071119.idx",
    ]);
    expect(readdirSync(out)).toEqual(["0001164150-07-000163.txt"]);
  });

  it("without a folder listing, each weekday's daily file is tried by name (a missing one: a holiday)", async () => {
    edgar.failNext("/Archives/edgar/daily-index/2007/QTR4/index.json", { kind: "status", status: 404 });
    const out = newOut();
    const r = await fetchCli(out, "--since", "2007-11-17", "--until", "2007-11-20", "--index", "master");
    expect(r.code).toBe(0);
    expect(otherPaths()).toEqual([
      "/Archives/edgar/daily-index/2007/QTR4/index.json",
      "/Archives/edgar/daily-index/2007/QTR4/master.20071119.idx",
      "/Archives/edgar/daily-index/2007/QTR4/master.20071120.idx",
    ]);
    expect(readdirSync(out)).toEqual(["0001164150-07-000163.txt"]);
  });

  it("a missing index file ends the run, naming its URL", async () => {
    const r = await fetchCli(newOut(), "--since", "2008-01-01", "--until", "2008-03-31");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `eightk fetch: HTTP 404 Not Found (${edgar.url}/Archives/edgar/full-index/2008/QTR1/form.idx)\n`,
    );
  });

  it("--forms picks the form types", async () => {
    const r = await fetchCli(newOut(), "--since", "2007-10-01", "--until", "2007-12-31", "--forms", "8-k/a");
    expect(archivePaths()).toEqual(["/Archives/edgar/data/723533/0001164150-07-000171.txt"]);
    expect(r.code).toBe(1);
  });

  it("--items looks each company up once in its submissions JSON", async () => {
    const out = newOut();
    await fetchCli(
      out,
      "--since",
      "2007-10-01",
      "--until",
      "2007-12-31",
      "--items",
      "5.02,8.01",
      "--forms",
      "8-K",
    );
    expect(otherPaths().sort()).toEqual([
      "/Archives/edgar/full-index/2007/QTR4/form.idx",
      "/submissions/CIK0000723533.json",
      "/submissions/CIK0001063262.json",
      "/submissions/CIK0001109357.json",
    ]);
    // Oasis's 2002 8-K lists no item codes.
    expect(readdirSync(out).sort()).toEqual(["0000950137-05-004969.txt", "0001164150-07-000163.txt"]);
  });
});

describe("eightk fetch: resuming and faults", () => {
  it("a resumed run downloads nothing twice", async () => {
    const out = newOut();
    expect((await fetchCli(out, "--ticker", "AAPL")).code).toBe(0);
    const first = archivePaths();
    edgar.reset();
    const again = await fetchCli(out, "--ticker", "AAPL");
    expect(again.code).toBe(0);
    expect(first).toHaveLength(2);
    expect(archivePaths()).toEqual([]);
    expect(again.err).toMatch(/2 filings: 0 fetched, 2 skipped \(already complete\), 0 failed/);
  });

  it("a file cut short by an earlier run is fetched again, and a dead run's temporary file removed", async () => {
    const out = newOut();
    const cut = readFileSync(join(EDGAR_FIXTURES, "Archives/edgar/data/320193", APPLE_8KS[0])).subarray(
      0,
      500,
    );
    writeFileSync(join(out, APPLE_8KS[0]), cut);
    writeFileSync(
      join(out, APPLE_8KS[1]),
      readFileSync(join(EDGAR_FIXTURES, "Archives/edgar/data/320193", APPLE_8KS[1])),
    );
    // pid 2^22 + 1 is above Linux's pid_max default, so no such process.
    writeFileSync(join(out, `.${APPLE_8KS[0]}.4194305-deadbeef.part`), cut);
    const r = await fetchCli(out, "--ticker", "AAPL");
    expect(r.code).toBe(0);
    expect(archivePaths()).toEqual([`/Archives/edgar/data/320193/${APPLE_8KS[0]}`]);
    expect(readdirSync(out).sort()).toEqual(APPLE_8KS);
    expect(r.err).toMatch(/1 fetched, 1 skipped/);
  });

  it("retries 429 (Retry-After), 503 and a truncated body, and never leaves a partial file", async () => {
    const out = newOut();
    edgar.failNext("/submissions/CIK0000320193.json", { kind: "status", status: 429, retryAfter: "1" });
    edgar.failNext(`/Archives/edgar/data/320193/${APPLE_8KS[0]}`, { kind: "truncate", fraction: 0.6 });
    edgar.failNext(`/Archives/edgar/data/320193/${APPLE_8KS[1]}`, { kind: "status", status: 503 });
    const r = await fetchFast({ out, ticker: "AAPL" });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(APPLE_8KS);
    expect(edgar.requestsFor("/submissions/CIK0000320193.json")).toHaveLength(2);
    expect(archivePaths()).toHaveLength(4);
    expect(r.err).toContain("HTTP 429 Too Many Requests; retrying");
    expect(r.err).toMatch(/body cut short after \d+ bytes/);
    expect(r.err).toMatch(/2 filings: 2 fetched, 0 skipped \(already complete\), 0 failed; 8 requests/);
    expect(edgar.maxPerSlidingSecond()).toBeLessThanOrEqual(10);
  });

  it("a body cut short on every attempt fails that filing and leaves no file for it", async () => {
    const out = newOut();
    const path = `/Archives/edgar/data/320193/${APPLE_8KS[0]}`;
    edgar.failNext(path, ...Array.from({ length: 5 }, () => ({ kind: "truncate" }) as const));
    const r = await fetchFast({ out, ticker: "AAPL" });
    expect(r.code).toBe(1);
    expect(edgar.requestsFor(path)).toHaveLength(5);
    expect(readdirSync(out)).toEqual([APPLE_8KS[1]]);
    expect(r.err).toMatch(/1 failed \(body cut short.*\(after 5 attempts\): 1\)/);
  });
});

describe("eightk fetch --ingest", () => {
  it("puts the fetched filings in the store, and a second run finds them there", async () => {
    const { openStore } = await import("../../src/store/open.js");
    const out = newOut();
    const db = join(out, "..", `${out.split("/").pop()}.db`);
    // Parse on this thread: worker threads would need the build in dist/.
    const first = await fetchFast({ out, ticker: "AAPL", ingest: true, db }, { ingestJobs: 0 });
    expect(first.code).toBe(0);
    expect(first.err).toContain(`eightk fetch: ingested into ${db}: 2 stored, 0 already there, 0 failed\n`);
    const again = await fetchFast({ out, ticker: "AAPL", ingest: true, db }, { ingestJobs: 0 });
    expect(again.code).toBe(0);
    expect(again.err).toContain("2 skipped (already complete)");
    expect(again.err).toContain(": 0 stored, 2 already there, 0 failed\n");
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      expect(stats.filings).toBe(2);
      expect(stats.byForm).toEqual({ "8-K": 2 });
    } finally {
      await store.close();
    }
  });
});

describe("eightk fetch: usage errors (exit 2)", () => {
  it.each([
    [["--since", "2007-13-01"], '--since: "2007-13-01" is not a date (YYYY-MM-DD)'],
    [["--since", "2008-01-01", "--until", "2007-01-01"], "--since 2008-01-01 is after --until 2007-01-01"],
    [[], "say what to fetch: --cik, --ticker, or a period with --since [--until]"],
    [["--cik", "12ab"], '--cik: "12ab" is not a CIK'],
    [["--cik", "1", "--jobs", "0"], '--jobs: "0" is not a whole number from 1 to 16'],
    [["--cik", "1", "--db", "x.db"], "--db is for --ingest"],
    [["--cik", "1", "--items", "1.1"], '--items: "1.1" is not an item code such as 1.01 (or 5 before 2004)'],
    [["--cik", "1", "--index", "company"], '--index: "company" is not form or master'],
    [["--cik", "1", "--base-url", "ftp://x"], '--base-url: "ftp://x" is not an http(s) URL'],
  ])("%j", async (flags, message) => {
    // The local EDGAR unless the flag under test is --base-url itself: never the real one.
    const base = flags.includes("--base-url") ? [] : ["--base-url", edgar.url];
    const r = await run(["fetch", "--out", newOut(), "--user-agent", UA, ...base, ...flags]);
    expect(r.err).toBe(`eightk fetch: ${message}\n`);
    expect(r.code).toBe(2);
    expect(edgar.requests).toEqual([]);
  });

  it("--out is required", async () => {
    const r = await run(["fetch", "--cik", "1", "--user-agent", UA, "--base-url", edgar.url]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out <dir>/);
  });
});
