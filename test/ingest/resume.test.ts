/**
 * Killed at any moment (kill -9, no chance to clean up), a rerun resumes: nothing lost, nothing
 * twice. The ingest runs as a child process and is killed once some batches have committed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticAccession } from "../../src/bench/replicate.js";
import { openStore } from "../../src/store/open.js";
import { type PgServer, postgresAvailable, startPostgres } from "../store/pg-server.js";
import { copies, eightk } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-resume-"));
const FILES = 400;
copies(join(dir, "filings"), FILES);
let server: PgServer | null = null;
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function filingsIn(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.stats()).filings;
  } finally {
    await store.close();
  }
}

async function killedThenResumed(db: string) {
  const args = ["ingest", join(dir, "filings"), "--db", db, "--jobs", "1", "--batch-size", "5", "--json"];
  const first = eightk(args);
  // Wait for a few committed batches, then kill without warning.
  const deadline = Date.now() + 60_000;
  let seen = 0;
  while (Date.now() < deadline && seen < 40) {
    await sleep(20);
    seen = await filingsIn(db).catch(() => 0);
  }
  first.child.kill("SIGKILL");
  const killed = await first.done;
  expect(killed.signal).toBe("SIGKILL");
  const atKill = await filingsIn(db);
  expect(atKill).toBeGreaterThanOrEqual(40);
  expect(atKill).toBeLessThan(FILES); // it really was killed midway

  const second = await eightk(args).done;
  expect(second.stderr).toMatch(/parsed/);
  expect(second.code).toBe(0);
  const summary = JSON.parse(second.stdout);
  // What the first run committed is skipped, the rest parsed: nothing redone, nothing missed.
  expect(summary.skipped).toBeGreaterThanOrEqual(atKill);
  expect(summary.parsed + summary.skipped).toBe(FILES);
  expect(summary.failed).toBe(0);

  const store = await openStore(db);
  try {
    expect((await store.stats()).filings).toBe(FILES);
    const accessions = new Set<string>();
    for await (const page of store.exportRows("filings", {}, 1000))
      for (const row of page) accessions.add(row.accession_number as string);
    expect(accessions.size).toBe(FILES);
    for (let i = 1; i <= FILES; i++) expect(accessions.has(syntheticAccession(i))).toBe(true);
  } finally {
    await store.close();
  }
}

describe("resume after kill -9", () => {
  it("SQLite", async () => {
    await killedThenResumed(join(dir, "resume.db"));
  }, 120_000);

  it.skipIf(!postgresAvailable())(
    "PostgreSQL",
    async () => {
      server = await startPostgres();
      await killedThenResumed(await server.createDatabase("resume"));
    },
    120_000,
  );
});
