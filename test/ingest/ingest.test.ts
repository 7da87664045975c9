import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FilingRecord } from "../../src/form8k/schema.js";
import { type IngestProgress, ingestPaths } from "../../src/ingest/ingest.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { fixture } from "../helpers/fixtures.js";
import { put, requireBuilt, tarGzOf, zipOf } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-ingest-"));
const inputs = join(dir, "inputs");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apple = fixture("sgml/0000320193-96-000027.txt");
const amazon = fixture("sgml/0000891020-98-001352.txt");
const cisco = fixture("sgml/0000891618-95-000727.txt");
const sears = fixture("sgml/0000891092-04-003383.txt");
const seed = fixture("text/000_20800b8e38aa6f65.txt");
const exhibitAlone = fixture("text/0000891618-95-000727_EX-20.1.txt");

beforeAll(async () => {
  requireBuilt();
  put(inputs, "apple.txt", apple);
  put(join(inputs, "nested"), "seed.txt", seed);
  put(inputs, "garbage.bin", Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 0, 7, 0, 0]));
  put(inputs, ".hidden.txt", apple);
  put(
    inputs,
    "batch.zip",
    zipOf({ "feed/amazon.txt": amazon, "feed/exhibit.txt": exhibitAlone, "__MACOSX/._amazon.txt": amazon }),
  );
  put(inputs, "feed.tar.gz", await tarGzOf({ "cisco.txt": cisco, "sears.txt": sears }));
  put(inputs, "broken.zip", Buffer.from("PK\u0003\u0004 this is not a zip at all"));
  // Reading a FIFO would wait for a writer forever.
  execFileSync("mkfifo", [join(inputs, "pipe")]);
});

describe("ingestPaths (library, worker threads)", () => {
  let store: SqliteStore;
  beforeAll(() => {
    store = new SqliteStore(join(dir, "ingest.db"));
  });
  afterAll(() => store.close());

  it("reads files, folders, zip and tar.gz members; bad inputs are recorded as failed and the rest goes on", async () => {
    const progress: IngestProgress[] = [];
    const summary = await ingestPaths([inputs], { store, jobs: 2, onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ parsed: 5, skipped: 0, failed: 4, filesDone: 9, interrupted: false });
    const failures = Object.fromEntries(
      summary.failures.map((f) => [f.label.slice(inputs.length + 1), f.error]),
    );
    expect(failures).toEqual({
      "garbage.bin": "binary file, not a filing",
      "batch.zip!feed/exhibit.txt": "not an 8-K: exhibit 20.1 on its own, without its 8-K",
      "broken.zip": expect.stringMatching(/^unreadable zip archive: /),
      pipe: "not a regular file",
    });
    const keys = (await store.search({ limit: 50 }))
      .map((h) => h.accessionNumber ?? h.key.slice(0, 7))
      .sort();
    expect(keys).toEqual([
      "0000320193-96-000027",
      "0000891020-98-001352",
      "0000891092-04-003383",
      "0000891618-95-000727",
      "sha256:",
    ]);
    const sources = (await store.search({ text: "Combinet" })).map((h) => h.source);
    expect(sources).toEqual([join(inputs, "feed.tar.gz!cisco.txt")]);
    expect(progress.length).toBeGreaterThan(0);
    const last = progress[progress.length - 1];
    expect(last.filesDone).toBe(9);
    expect(last.bytesDone).toBeGreaterThan(apple.length + amazon.length);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].filesDone).toBeGreaterThanOrEqual(progress[i - 1].filesDone);
  });

  it("a rerun skips what is present and retries only what failed", async () => {
    const summary = await ingestPaths([inputs], { store, jobs: 1 });
    expect(summary).toMatchObject({ parsed: 0, skipped: 5, failed: 4 });
    expect((await store.stats()).filings).toBe(5);
  });

  it("a changed file is read again; the same filing from another file is skipped, not stored twice", async () => {
    const copy = put(join(dir, "elsewhere"), "apple-again.txt", apple);
    utimesSync(join(inputs, "apple.txt"), new Date(), new Date(Date.now() + 5000));
    const summary = await ingestPaths([copy, join(inputs, "apple.txt")], { store, jobs: 0 });
    expect(summary).toMatchObject({ parsed: 0, skipped: 2, failed: 0, filesDone: 2 });
    expect((await store.stats()).filings).toBe(5);
  });

  it("a bare document is stored with the exhibit files beside it, their text searchable", async () => {
    const bare = join(dir, "bare");
    put(bare, "0000891618-95-000727.txt", fixture("text/0000891618-95-000727.txt"));
    put(bare, "0000891618-95-000727_EX-20.1.txt", exhibitAlone);
    const other = new SqliteStore(join(dir, "bare.db"));
    try {
      const summary = await ingestPaths([bare], { store: other, jobs: 1 });
      expect(summary).toMatchObject({ parsed: 1, failed: 1 });
      expect(summary.failures.map((f) => f.error)).toEqual([
        "not an 8-K: exhibit EX-20.1 of 0000891618-95-000727.txt, read with that document",
      ]);
      // The press release alone tells the merger's indicated value.
      const [hit] = await other.search({ text: '"indicated value"' });
      const record = (await other.getRecord(hit.key)) as FilingRecord;
      expect(record.exhibits.map((e) => [e.number, e.document])).toEqual([["20.1", 1]]);
      expect(record.agreements[0].terms.map((t) => [t.kind, t.amount])).toContainEqual([
        "total_value",
        114_200_000,
      ]);
    } finally {
      await other.close();
    }
  });

  it("stops early on abort with what it committed, and a rerun finishes the rest", async () => {
    const other = new SqliteStore(join(dir, "abort.db"));
    try {
      const controller = new AbortController();
      controller.abort();
      const first = await ingestPaths([inputs], { store: other, jobs: 0, signal: controller.signal });
      expect(first.interrupted).toBe(true);
      expect(first.parsed).toBe(0);
      const second = await ingestPaths([inputs], { store: other, jobs: 0 });
      expect(second).toMatchObject({ parsed: 5, failed: 4, interrupted: false });
    } finally {
      await other.close();
    }
  });
});
