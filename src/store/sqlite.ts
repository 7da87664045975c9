/**
 * The embedded store: one SQLite file (better-sqlite3), WAL so readers never wait for the
 * ingest, FTS5 over item and exhibit text. better-sqlite3 is synchronous; each batch is one
 * IMMEDIATE transaction, so a second writer waits (busy_timeout) rather than failing midway.
 */
import Database from "better-sqlite3";
import { PARSER_VERSION } from "../form8k/record.js";
import { FilingRecordSchema } from "../form8k/schema.js";
import { type BatchPlan, decideExisting, KEEP_STORED, planBatch, sourceRows } from "./batch.js";
import { pendingMigrations } from "./migrations/index.js";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite.js";
import { runSearch, type TextRanker } from "./search.js";
import { makeDialect, type Row, type SqlRunner } from "./sql.js";
import { passageId, sqliteRanker, sqliteTextMatch } from "./sqlite-search.js";
import { exportPages, readStats } from "./tables.js";
import type {
  ExportRow,
  ExportTable,
  FailedSource,
  FilingQuery,
  ParseResult,
  PreparedFiling,
  SearchHit,
  SearchQuery,
  SourceStamp,
  SpanColumns,
  Store,
  StoreStats,
  WriteOutcome,
} from "./types.js";

const bool = (b: boolean) => (b ? 1 : 0);
const spanParams = (prefix: string, s: SpanColumns) => ({
  [`${prefix}_doc`]: s.doc,
  [`${prefix}_start`]: s.start,
  [`${prefix}_end`]: s.end,
});

const FILING_COLUMNS =
  "filing_key, accession_number, content_hash, source, parser_version, form, amendment, date_of_report, " +
  "filed_date, cik, registrant_name, state_of_incorporation, commission_file_number, irs_employer_id, " +
  "street, city, state, zip, phone, sic_code, ingested_at";
const FILING_PARAMS = FILING_COLUMNS.split(", ")
  .map((c) => `@${c}`)
  .join(", ");

function filingParams(p: PreparedFiling, now: string) {
  const f = p.filing;
  return {
    filing_key: f.key,
    accession_number: f.accessionNumber,
    content_hash: f.contentHash,
    source: f.source,
    parser_version: f.parserVersion,
    form: f.form,
    amendment: bool(f.amendment),
    date_of_report: f.dateOfReport,
    filed_date: f.filedDate,
    cik: f.cik,
    registrant_name: f.registrantName,
    state_of_incorporation: f.stateOfIncorporation,
    commission_file_number: f.commissionFileNumber,
    irs_employer_id: f.irsEmployerId,
    street: f.street,
    city: f.city,
    state: f.state,
    zip: f.zip,
    phone: f.phone,
    sic_code: f.sicCode,
    ingested_at: now,
  };
}

export class SqliteStore implements Store {
  readonly backend = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly runner: SqlRunner;
  private ranker: TextRanker | null = null;
  private readonly statements: ReturnType<SqliteStore["prepareStatements"]>;

  constructor(readonly location: string) {
    this.db = new Database(location);
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
      dialect: () => makeDialect("?", "LIKE", (text, param) => sqliteTextMatch(text, param)),
      listAgg: (expr) => `group_concat(${expr}, ';')`,
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
    const db = this.db;
    return {
      knownSource: db.prepare(
        "SELECT 1 FROM sources WHERE label = ? AND size = ? AND mtime_ms = ? AND parser_version = ? AND outcome <> 'failed'",
      ),
      selectFiling: db.prepare("SELECT id, parser_version FROM filings WHERE filing_key = ?"),
      insertFiling: db.prepare(`INSERT INTO filings (${FILING_COLUMNS}) VALUES (${FILING_PARAMS})`),
      updateFiling: db.prepare(
        `UPDATE filings SET ${FILING_COLUMNS.split(", ")
          .map((c) => `${c} = @${c}`)
          .join(", ")} WHERE id = @id`,
      ),
      putRecord: db.prepare("INSERT OR REPLACE INTO records (filing_id, record) VALUES (?, ?)"),
      deleteChildren: ["items", "exhibits", "signatures", "facts"].map((t) =>
        db.prepare(`DELETE FROM ${t} WHERE filing_id = ?`),
      ),
      insertItem: db.prepare(
        "INSERT INTO items (id, filing_id, position, number, code, title, catalog_title, furnished, text, span_doc, span_start, span_end) " +
          "VALUES (@id, @filing_id, @position, @number, @code, @title, @catalog_title, @furnished, @text, @span_doc, @span_start, @span_end)",
      ),
      insertExhibit: db.prepare(
        "INSERT INTO exhibits (id, filing_id, position, number, description, filing, document, text, text_doc, text_start, text_end, span_doc, span_start, span_end) " +
          "VALUES (@id, @filing_id, @position, @number, @description, @filing, @document, @text, @text_doc, @text_start, @text_end, @span_doc, @span_start, @span_end)",
      ),
      insertSignature: db.prepare(
        "INSERT INTO signatures (filing_id, position, registrant, name, title, date, span_doc, span_start, span_end) " +
          "VALUES (@filing_id, @position, @registrant, @name, @title, @date, @span_doc, @span_start, @span_end)",
      ),
      insertFact: db.prepare(
        "INSERT INTO facts (filing_id, kind, position, value, amount, span_doc, span_start, span_end) " +
          "VALUES (@filing_id, @kind, @position, @value, @amount, @span_doc, @span_start, @span_end)",
      ),
      upsertSource: db.prepare(
        "INSERT INTO sources (label, size, mtime_ms, content_hash, filing_key, outcome, error, parser_version, ingested_at) " +
          "VALUES (@label, @size, @mtimeMs, @contentHash, @filingKey, @outcome, @error, @parserVersion, @now) " +
          "ON CONFLICT (label) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, content_hash = excluded.content_hash, " +
          `filing_key = excluded.filing_key, outcome = ${KEEP_STORED}, error = excluded.error, ` +
          "parser_version = excluded.parser_version, ingested_at = excluded.ingested_at",
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
          id = Number(s.insertFiling.run(filingParams(c.prepared, now)).lastInsertRowid);
          outcomes[c.index] = "stored";
        } else {
          const decision = decideExisting(existing.parser_version, c);
          outcomes[c.index] = decision;
          if (decision === "duplicate") continue;
          id = existing.id;
          s.updateFiling.run({ ...filingParams(c.prepared, now), id });
          for (const del of s.deleteChildren) del.run(id);
        }
        s.putRecord.run(id, c.prepared.recordJson);
        this.insertChildren(id, c.prepared);
      }
      const final = outcomes as WriteOutcome[];
      for (const row of sourceRows(batch, final)) s.upsertSource.run({ ...row, now });
      return final;
    });
    return run.immediate(results);
  }

  private insertChildren(filingId: number, p: PreparedFiling): void {
    const s = this.statements;
    for (const it of p.items)
      s.insertItem.run({
        id: passageId(filingId, it.position),
        filing_id: filingId,
        position: it.position,
        number: it.number,
        code: it.code,
        title: it.title,
        catalog_title: it.catalogTitle,
        furnished: bool(it.furnished),
        text: it.text,
        ...spanParams("span", it.span),
      });
    for (const e of p.exhibits)
      s.insertExhibit.run({
        id: passageId(filingId, e.position),
        filing_id: filingId,
        position: e.position,
        number: e.number,
        description: e.description,
        filing: e.filing,
        document: e.document,
        text: e.text,
        ...spanParams("text", e.textSpan),
        ...spanParams("span", e.span),
      });
    for (const g of p.signatures)
      s.insertSignature.run({
        filing_id: filingId,
        position: g.position,
        registrant: g.registrant,
        name: g.name,
        title: g.title,
        date: g.date,
        ...spanParams("span", g.span),
      });
    for (const f of p.facts)
      s.insertFact.run({
        filing_id: filingId,
        kind: f.kind,
        position: f.position,
        value: f.valueJson,
        amount: f.amount,
        ...spanParams("span", f.span),
      });
  }

  search(query: SearchQuery): Promise<SearchHit[]> {
    this.ranker ??= sqliteRanker(this.db);
    return runSearch(this.runner, this.ranker, query);
  }

  stats(): Promise<StoreStats> {
    return readStats(this.runner);
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
