/**
 * `eightk serve` as a user runs it: a child process on a free port, asked over HTTP, stopped
 * with SIGTERM (as Ctrl-C or a service manager would).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { StoreStats } from "../../src/store/types.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { BIN, requireBuilt } from "../ingest/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-serve-"));
const db = join(dir, "serve.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eightk serve", () => {
  beforeAll(async () => {
    requireBuilt();
    const code = await main(["ingest", join(FIXTURES, "sgml"), "--db", db, "--jobs", "0"], {
      out: () => {},
      err: () => {},
    });
    expect(code).toBe(0);
  });

  it("serves the store until stopped, then exits 0", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (d) => {
        err += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
        if (m) resolve(m[1]);
      });
      child.once("exit", (c) => reject(new Error(`exited ${c}: ${err}`)));
    });
    const stats = (await (await fetch(`${url}api/stats`)).json()) as StoreStats;
    expect(stats.filings).toBeGreaterThan(10);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${stats.filings} filings match`);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses a port that is no port, as a usage error", async () => {
    let err = "";
    const code = await main(["serve", "--db", db, "--port", "http"], {
      out: () => {},
      err: (s) => (err += s),
    });
    expect(code).toBe(2);
    expect(err).toContain("--port wants a port number");
  });
});
