import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { SQLITE_MIGRATIONS } from "../../src/store/migrations/sqlite.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { parseFixtures, variant } from "./corpus.js";
import { runStoreSuite } from "./suite.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-sqlite-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreSuite("SQLite", async () => new SqliteStore(join(dir, `store-${++n}.db`)));

/** FTS5's own check that each full-text index holds exactly the rows of its table. */
function checkFullTextIndexes(location: string): void {
  const db = new Database(location);
  try {
    for (const fts of ["items_fts", "exhibits_fts"])
      db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
  } finally {
    db.close();
  }
}

describe("SQLite full-text index, written by the store", () => {
  const fixtures = parseFixtures();
  const results = fixtures.map((f) => f.result);

  it("matches the rows after writes, replacements and a failed batch", async () => {
    const location = join(dir, `fts-${++n}.db`);
    const store = new SqliteStore(location);
    try {
      await store.write(results);
      const first = results[0];
      const newer = variant(first, {
        parserVersion: "999.0.0",
        edit: (p) => {
          p.items = p.items.map((i) => ({ ...i, text: `${i.text} wombatword` }));
          p.exhibits = p.exhibits.slice(1);
        },
      });
      expect(await store.write([newer])).toEqual(["replaced"]);
      const broken = variant(results[1], {
        key: "0009999999-26-000999",
        edit: (p) => {
          (p.items[0] as { number: unknown }).number = null; // NOT NULL: the batch rolls back
        },
      });
      const lost = variant(results[2], { key: "0009999999-26-000998", parserVersion: "999.0.0" });
      await expect(store.write([lost, broken])).rejects.toThrow();
      expect((await store.search({ text: "wombatword" })).map((h) => h.key)).toEqual([
        first.prepared.filing.key,
      ]);
    } finally {
      await store.close();
    }
    checkFullTextIndexes(location);
  });

  it("upgrades a database indexed by the version-1 triggers without losing what it holds", async () => {
    const location = join(dir, `upgrade-${++n}.db`);
    const v1 = new Database(location);
    v1.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    v1.exec(SQLITE_MIGRATIONS[0].sql);
    v1.prepare("INSERT INTO schema_migrations VALUES (1, ?, '2026-01-01')").run(SQLITE_MIGRATIONS[0].name);
    // A filing written before the upgrade: its item is indexed by the version-1 insert trigger.
    v1.exec(`
      INSERT INTO filings (id, filing_key, content_hash, source, parser_version, amendment, ingested_at)
        VALUES (1, '0009999999-26-000001', 'x', 'old.txt', '0.0.1', 0, '2026-01-01');
      INSERT INTO records VALUES (1, '{}');
      INSERT INTO items (id, filing_id, position, number, furnished, text)
        VALUES (4096, 1, 0, '8.01', 0, 'an old platypusword');`);
    v1.close();

    const store = new SqliteStore(location);
    try {
      expect(await store.migrations()).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
      await store.write(results);
      expect((await store.search({ text: "platypusword" })).map((h) => h.key)).toEqual([
        "0009999999-26-000001",
      ]);
      // Replaced after the upgrade: the old rows leave the index through the delete trigger.
      const replacement = variant(results[0], {
        key: "0009999999-26-000001",
        parserVersion: "999.0.0",
      });
      expect(await store.write([replacement])).toEqual(["replaced"]);
      expect(await store.search({ text: "platypusword" })).toEqual([]);
    } finally {
      await store.close();
    }
    checkFullTextIndexes(location);
  });
});
