/**
 * Scale-out: two `eightk ingest --worker` processes share one pg-boss queue in the database;
 * every filing lands exactly once, and no job is done twice.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticAccession } from "../../src/bench/replicate.js";
import { openStore } from "../../src/store/open.js";
import { type PgServer, postgresAvailable, startPostgres } from "../store/pg-server.js";
import { copies, eightk } from "./helpers.js";

const FILES = 300;
const dir = mkdtempSync(join(tmpdir(), "eightk-queue-"));
let server: PgServer | null = null;
afterAll(() => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!postgresAvailable())("ingest --worker (pg-boss)", () => {
  it("two workers on one database store every filing exactly once", async () => {
    copies(join(dir, "filings"), FILES);
    server = await startPostgres();
    const db = await server.createDatabase("queue");

    const enqueue = await eightk(["ingest", join(dir, "filings"), "--db", db, "--enqueue"]).done;
    expect(enqueue.code).toBe(0);
    expect(enqueue.stderr).toMatch(/queued 10 jobs \(300 files/);

    const worker = () =>
      eightk(["ingest", "--worker", "--db", db, "--jobs", "1", "--idle-exit", "2", "--json"]).done;
    const runs = await Promise.all([worker(), worker()]);
    const summaries = runs.map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    });
    // Each job went to one worker: parsed adds up to the files, nobody skipped another's work.
    expect(summaries.reduce((n, s) => n + s.parsed, 0)).toBe(FILES);
    expect(summaries.reduce((n, s) => n + s.skipped, 0)).toBe(0);
    expect(summaries.reduce((n, s) => n + s.jobs, 0)).toBe(10);

    const store = await openStore(db);
    try {
      const stats = await store.stats();
      expect(stats.filings).toBe(FILES);
      expect(stats.sources).toEqual({ stored: FILES, duplicate: 0, failed: 0 });
      const accessions: string[] = [];
      for await (const page of store.exportRows("filings", {}, 1000))
        for (const row of page) accessions.push(row.accession_number as string);
      expect(accessions.sort()).toEqual(
        Array.from({ length: FILES }, (_, i) => syntheticAccession(i + 1)).sort(),
      );
    } finally {
      await store.close();
    }
  }, 180_000);
});
