/**
 * The shared store: PostgreSQL through `pg`. Several ingest processes may write at once, so a
 * batch is one transaction that inserts with ON CONFLICT DO NOTHING and locks what it replaces,
 * in key order (no deadlocks); rows go in by unnest(arrays), a handful of statements a batch.
 */
import pg from "pg";
import { PARSER_VERSION } from "../form8k/record.js";
import { FilingRecordSchema } from "../form8k/schema.js";
import { readAgreements } from "./agreements.js";
import { type Candidate, decideExisting, planBatch, sourceRows } from "./batch.js";
import { CHILD_TABLES } from "./columns.js";
import { pendingMigrations } from "./migrations/index.js";
import { POSTGRES_MIGRATIONS } from "./migrations/postgres.js";
import { insertChildren, insertFilings, updateFilings, upsertSources } from "./postgres-rows.js";
import { postgresDialect, postgresRanker } from "./postgres-search.js";
import { runSearch } from "./search.js";
import type { Row, SqlRunner } from "./sql.js";
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

// BIGINT (ids, CIKs) comes back as text by default; every value here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** A lock key for migrations, so two processes opening a new database migrate it once. */
const MIGRATION_LOCK = 0x8e1947;

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

export class PostgresStore implements Store {
  readonly backend = "postgres" as const;
  readonly location: string;
  private readonly runner: SqlRunner;

  private constructor(
    readonly url: string,
    private readonly pool: pg.Pool,
  ) {
    this.location = redactUrl(url);
    this.runner = {
      all: async <T extends Row>(sql: string, params: readonly unknown[]) =>
        (await pool.query(sql, params as unknown[])).rows as T[],
      dialect: postgresDialect,
      listAgg: (expr, order) => `string_agg(${expr}, ';' ORDER BY ${order})`,
      jsonText: (expr, field) => `(${expr} ->> '${field}')`,
    };
  }

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client's error (the server went away) must not crash the process.
    pool.on("error", () => {});
    const store = new PostgresStore(url, pool);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await c.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
      );
      const applied = (await c.query("SELECT version FROM schema_migrations")).rows.map((r) =>
        Number(r.version),
      );
      for (const m of pendingMigrations(POSTGRES_MIGRATIONS, applied)) {
        await c.query(m.sql);
        await c.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      }
    });
  }

  private async transaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const out = await body(client);
      await client.query("COMMIT");
      return out;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async knownSources(sources: readonly SourceStamp[]): Promise<Set<string>> {
    if (!sources.length) return new Set();
    const { rows } = await this.pool.query(
      `SELECT s.label FROM sources s
         JOIN unnest($1::text[], $2::bigint[], $3::bigint[]) AS q(label, size, mtime_ms)
           ON s.label = q.label AND s.size = q.size AND s.mtime_ms = q.mtime_ms
        WHERE s.parser_version = $4 AND s.outcome <> 'failed'`,
      [
        sources.map((s) => s.label),
        sources.map((s) => s.size),
        sources.map((s) => Math.floor(s.mtimeMs)),
        PARSER_VERSION,
      ],
    );
    return new Set(rows.map((r) => r.label as string));
  }

  async write(results: readonly ParseResult[]): Promise<WriteOutcome[]> {
    const plan = planBatch(results);
    const outcomes = plan.outcomes.slice();
    await this.transaction(async (c) => {
      const ids = new Map<Candidate, number>();
      const inserted = await insertFilings(c, plan.candidates);
      const rest: Candidate[] = [];
      for (const cand of plan.candidates) {
        const id = inserted.get(cand.prepared.filing.key);
        if (id === undefined) rest.push(cand);
        else {
          ids.set(cand, id);
          outcomes[cand.index] = "stored";
        }
      }
      if (rest.length) {
        // Stored already (perhaps a moment ago by another worker): lock, then compare versions.
        const { rows } = await c.query(
          "SELECT id, filing_key, parser_version FROM filings WHERE filing_key = ANY($1::text[]) ORDER BY filing_key FOR UPDATE",
          [rest.map((r) => r.prepared.filing.key)],
        );
        const existing = new Map(
          rows.map((r) => [r.filing_key as string, r as { id: number; parser_version: string }]),
        );
        const replace: Candidate[] = [];
        for (const cand of rest) {
          const row = existing.get(cand.prepared.filing.key);
          const decision = row ? decideExisting(row.parser_version, cand) : "duplicate";
          outcomes[cand.index] = decision;
          if (row && decision === "replaced") {
            ids.set(cand, Number(row.id));
            replace.push(cand);
          }
        }
        if (replace.length) {
          const replacedIds = replace.map((r) => ids.get(r) as number);
          for (const t of CHILD_TABLES)
            await c.query(`DELETE FROM ${t} WHERE filing_id = ANY($1::bigint[])`, [replacedIds]);
          await updateFilings(c, replace, replacedIds);
        }
      }
      await insertChildren(
        c,
        [...ids].map(([cand, id]) => ({ id, prepared: cand.prepared })),
      );
      await upsertSources(c, sourceRows(results, outcomes as WriteOutcome[]));
    });
    return outcomes as WriteOutcome[];
  }

  search(query: SearchQuery): Promise<SearchHit[]> {
    return runSearch(this.runner, postgresRanker(this.pool), query);
  }

  stats(query?: FilingQuery): Promise<StoreStats> {
    return readStats(this.runner, query);
  }

  async failures(limit = 100): Promise<FailedSource[]> {
    const { rows } = await this.pool.query(
      "SELECT label, error FROM sources WHERE outcome = 'failed' ORDER BY label LIMIT $1",
      [limit],
    );
    return rows as FailedSource[];
  }

  async getRecord(key: string): Promise<unknown | null> {
    const { rows } = await this.pool.query("SELECT record FROM filings WHERE filing_key = $1", [key]);
    return rows.length ? FilingRecordSchema.parse(rows[0].record) : null;
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
    const { rows } = await this.pool.query("SELECT version FROM schema_migrations ORDER BY version");
    return rows.map((r) => Number(r.version));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
