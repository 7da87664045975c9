/**
 * The embedded store: one SQLite file (better-sqlite3), WAL so readers never wait for the
 * ingest, FTS5 over item and exhibit text. better-sqlite3 is synchronous; each batch is one
 * IMMEDIATE transaction, so a second writer waits (busy_timeout) rather than failing midway.
 */
import Database from "better-sqlite3";
import { PARSER_VERSION } from "../form8k/record.js";
import { FilingRecordSchema } from "../form8k/schema.js";
import { readAgreements } from "./agreements.js";
import { type BatchPlan, decideExisting, planBatch, sourceRows } from "./batch.js";
import { pendingMigrations } from "./migrations/index.js";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite.js";
import { runSearch, type TextRanker } from "./search.js";
import type { Row, SqlRunner } from "./sql.js";
import { sqliteDialect, sqliteRanker } from "./sqlite-search.js";
import {
  insertChildren,
  insertFiling,
  prepareFilingStatements,
  replaceFiling,
  upsertSource,
} from "./sqlite-write.js";
import { exportPages, readSource, readStats } from "./tables.js";
import type {
  AgreementQuery,
  AgreementsFound,
  ExportRow,
  ExportTable,
  FailedSource,
  FilingQuery,
  FilingSource,
  ParseResult,
  SearchHit,
  SearchQuery,
  SourceStamp,
  Store,
  StoreStats,
  WriteOutcome,
} from "./types.js";

export class SqliteStore implements Store {
  readonly backend = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly runner: SqlRunner;
  private ranker: TextRanker | null = null;
  private readonly statements: ReturnType<SqliteStore["prepareStatements"]>;

  constructor(readonly location: string) {
    this.db = new Database(location);
    // Takes effect only when the file is new. Large pages: a filing's record and texts fit in
    // one page (no overflow chains), and a bulk ingest writes far fewer pages to the WAL and
    // back (write CPU per filing 0.84 → 0.61 ms over 20,000 filings, search no slower).
    this.db.pragma("page_size = 65536");
    this.db.pragma("journal_mode = WAL");
    // NORMAL in WAL: a commit survives a killed process; only a power cut can lose the last ones.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 30000");
    this.db.pragma("cache_size = -65536");
    this.migrate();
    this.statements = this.prepareStatements();
    const db = this.db;
    this.runner = {
      all: async <T extends Row>(sql: string, params: readonly unknown[]) =>
        db.prepare(sql).all(...params) as T[],
      dialect: sqliteDialect,
      listAgg: (expr) => `group_concat(${expr}, ';')`,
      jsonText: (expr, field) => `json_extract(${expr}, '$.${field}')`,
    };
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const apply = this.db.transaction(() => {
      const applied = this.appliedMigrations();
      for (const m of pendingMigrations(SQLITE_MIGRATIONS, applied)) {
        this.db.exec(m.sql);
        this.db
          .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .run(m.version, m.name, new Date().toISOString());
      }
    });
    apply.immediate();
  }

  private appliedMigrations(): number[] {
    return (
      this.db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as { version: number }[]
    ).map((r) => r.version);
  }

  private prepareStatements() {
    return {
      ...prepareFilingStatements(this.db),
      knownSource: this.db.prepare(
        "SELECT 1 FROM sources WHERE label = ? AND size = ? AND mtime_ms = ? AND parser_version = ? AND outcome <> 'failed'",
      ),
    };
  }

  async knownSources(sources: readonly SourceStamp[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const s of sources)
      if (this.statements.knownSource.get(s.label, s.size, Math.floor(s.mtimeMs), PARSER_VERSION))
        known.add(s.label);
    return known;
  }

  async write(results: readonly ParseResult[]): Promise<WriteOutcome[]> {
    const run = this.db.transaction((batch: readonly ParseResult[]) => {
      const plan: BatchPlan = planBatch(batch);
      const outcomes = plan.outcomes.slice();
      const now = new Date().toISOString();
      const s = this.statements;
      for (const c of plan.candidates) {
        const existing = s.selectFiling.get(c.prepared.filing.key) as
          | { id: number; parser_version: string }
          | undefined;
        let id: number;
        if (!existing) {
          id = insertFiling(s, c.prepared, now);
          outcomes[c.index] = "stored";
        } else {
          const decision = decideExisting(existing.parser_version, c);
          outcomes[c.index] = decision;
          if (decision === "duplicate") continue;
          id = existing.id;
          replaceFiling(s, id, c.prepared, now);
        }
        insertChildren(s, id, c.prepared);
      }
      const final = outcomes as WriteOutcome[];
      for (const row of sourceRows(batch, final)) upsertSource(s, row, now);
      return final;
    });
    return run.immediate(results);
  }

  search(query: SearchQuery): Promise<SearchHit[]> {
    this.ranker ??= sqliteRanker(this.db);
    return runSearch(this.runner, this.ranker, query);
  }

  stats(query?: FilingQuery): Promise<StoreStats> {
    return readStats(this.runner, query);
  }

  async failures(limit = 100): Promise<FailedSource[]> {
    return this.db
      .prepare("SELECT label, error FROM sources WHERE outcome = 'failed' ORDER BY label LIMIT ?")
      .all(limit) as FailedSource[];
  }

  async getRecord(key: string): Promise<unknown | null> {
    const row = this.db
      .prepare("SELECT r.record FROM filings f JOIN records r ON r.filing_id = f.id WHERE f.filing_key = ?")
      .get(key) as { record: string } | undefined;
    return row ? FilingRecordSchema.parse(JSON.parse(row.record)) : null;
  }

  agreements(query: AgreementQuery): Promise<AgreementsFound> {
    return readAgreements(this.runner, query);
  }

  getSource(key: string): Promise<FilingSource | null> {
    return readSource(this.runner, key);
  }

  exportRows(table: ExportTable, query: FilingQuery, pageSize = 500): AsyncIterable<ExportRow[]> {
    return exportPages(this.runner, table, query, pageSize);
  }

  async migrations(): Promise<number[]> {
    return this.appliedMigrations();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
