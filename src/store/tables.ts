/**
 * Export tables and stats, written once for both backends over a SqlRunner. Filings are paged
 * by id (keyset), so an export of any size holds one page in memory.
 */
import { filterConditions, normalizeQuery } from "./query.js";
import { type Row, type SqlRunner, toBool, toNumber } from "./sql.js";
import type { ExportRow, ExportTable, FilingQuery, FilingSource, StoreStats } from "./types.js";

export type ColumnType = "string" | "int" | "double" | "bool" | "json";

export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** The SQL expression (filings are `f`, the table's own rows `t`). */
  sql: string;
}

interface TableSpec {
  /** Joined to `filings f`; null for the filings table itself. */
  from: string | null;
  order: string;
  columns: (db: SqlRunner) => ExportColumn[];
}

const col = (name: string, type: ColumnType, sql = `t.${name}`): ExportColumn => ({ name, type, sql });
const filingRef = [
  col("filing_key", "string", "f.filing_key"),
  col("accession_number", "string", "f.accession_number"),
];
const span = (prefix: string, sqlPrefix = prefix) => [
  col(`${prefix}_doc`, "int", `t.${sqlPrefix}_doc`),
  col(`${prefix}_start`, "int", `t.${sqlPrefix}_start`),
  col(`${prefix}_end`, "int", `t.${sqlPrefix}_end`),
];

export const EXPORT_TABLES: Record<ExportTable, TableSpec> = {
  filings: {
    from: null,
    order: "f.id",
    columns: (db) => [
      col("filing_key", "string", "f.filing_key"),
      ...[
        ["accession_number", "string"],
        ["source", "string"],
        ["form", "string"],
        ["amendment", "bool"],
        ["date_of_report", "string"],
        ["filed_date", "string"],
        ["cik", "int"],
        ["registrant_name", "string"],
        ["state_of_incorporation", "string"],
        ["commission_file_number", "string"],
        ["irs_employer_id", "string"],
        ["street", "string"],
        ["city", "string"],
        ["state", "string"],
        ["zip", "string"],
        ["phone", "string"],
        ["sic_code", "string"],
        ["parser_version", "string"],
      ].map(([name, type]) => col(name, type as ColumnType, `f.${name}`)),
      col(
        "items",
        "string",
        `(SELECT ${db.listAgg("coalesce(i.code, i.number)", "i.position")} FROM items i WHERE i.filing_id = f.id)`,
      ),
      col(
        "exhibits",
        "string",
        `(SELECT ${db.listAgg("e.number", "e.position")} FROM exhibits e WHERE e.filing_id = f.id)`,
      ),
    ],
  },
  items: {
    from: "items t",
    order: "f.id, t.position",
    columns: () => [
      ...filingRef,
      col("position", "int"),
      col("number", "string"),
      col("code", "string"),
      col("title", "string"),
      col("furnished", "bool"),
      col("text", "string"),
      ...span("span"),
    ],
  },
  exhibits: {
    from: "exhibits t",
    order: "f.id, t.position",
    columns: () => [
      ...filingRef,
      col("position", "int"),
      col("number", "string"),
      col("description", "string"),
      col("filing", "string"),
      col("document", "int"),
      col("text", "string"),
      ...span("text_span", "text"),
    ],
  },
  agreements: {
    from: "facts t",
    order: "f.id, t.position",
    columns: () => [...filingRef, col("position", "int"), col("value", "json"), ...span("span")],
  },
};

export function exportColumns(table: ExportTable, db: SqlRunner): ExportColumn[] {
  return EXPORT_TABLES[table].columns(db);
}

function convert(value: unknown, type: ColumnType): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (type === "int" || type === "double") return toNumber(value);
  if (type === "bool") return toBool(value);
  if (type === "json") return typeof value === "string" ? value : JSON.stringify(value);
  return String(value);
}

export async function* exportPages(
  db: SqlRunner,
  table: ExportTable,
  query: FilingQuery,
  pageSize: number,
): AsyncGenerator<ExportRow[]> {
  const spec = EXPORT_TABLES[table];
  const columns = exportColumns(table, db);
  const q = normalizeQuery(query);
  let lastId = 0;
  for (;;) {
    const d = db.dialect();
    const where = [...filterConditions(q, d, true), `f.id > ${d.param(lastId)}`];
    const ids = (
      await db.all<{ id: unknown }>(
        `SELECT f.id FROM filings f WHERE ${where.join(" AND ")} ORDER BY f.id LIMIT ${pageSize}`,
        d.params,
      )
    ).map((r) => Number(r.id));
    if (!ids.length) return;
    lastId = ids[ids.length - 1];
    const select = columns.map((c) => `${c.sql} AS ${c.name}`).join(", ");
    const from = spec.from
      ? `${spec.from} JOIN filings f ON f.id = t.filing_id${table === "agreements" ? " AND t.kind = 'agreements'" : ""}`
      : "filings f";
    const rows = await db.all(
      `SELECT ${select} FROM ${from} WHERE f.id IN (${ids.join(",")}) ORDER BY ${spec.order}`,
      [],
    );
    yield rows.map((r: Row) => {
      const out: ExportRow = {};
      for (const c of columns) out[c.name] = convert(r[c.name], c.type);
      return out;
    });
  }
}

/**
 * Counts by year, form and item: of the whole store, or of the filings a query selects (the
 * facets of a search). Sources are counted for the whole store either way.
 */
export async function readStats(db: SqlRunner, query?: FilingQuery): Promise<StoreStats> {
  const q = query ? normalizeQuery(query) : null;
  // Each statement gets its own dialect: placeholders are numbered per statement.
  const run = async <T extends Row>(sql: (within: (alias: string) => string) => string) => {
    const d = db.dialect();
    // Conditions are built (and their values bound) only by a statement that narrows.
    const within = (alias: string) => {
      const where = q ? filterConditions(q, d, true) : [];
      return where.length ? `${alias} IN (SELECT f.id FROM filings f WHERE ${where.join(" AND ")})` : "1 = 1";
    };
    return db.all<T>(sql(within), d.params);
  };
  const count = async (sql: (within: (alias: string) => string) => string) =>
    Number((await run<{ n: unknown }>(sql))[0].n);
  const grouped = async (sql: (within: (alias: string) => string) => string) => {
    const out: Record<string, number> = {};
    for (const r of await run<{ k: unknown; n: unknown }>(sql)) out[String(r.k ?? "unknown")] = Number(r.n);
    return out;
  };
  const sources = await grouped(() => "SELECT outcome AS k, count(*) AS n FROM sources GROUP BY outcome");
  return {
    filings: await count((w) => `SELECT count(*) AS n FROM filings WHERE ${w("id")}`),
    items: await count((w) => `SELECT count(*) AS n FROM items WHERE ${w("filing_id")}`),
    exhibits: await count((w) => `SELECT count(*) AS n FROM exhibits WHERE ${w("filing_id")}`),
    facts: await count((w) => `SELECT count(*) AS n FROM facts WHERE ${w("filing_id")}`),
    sources: { stored: sources.stored ?? 0, duplicate: sources.duplicate ?? 0, failed: sources.failed ?? 0 },
    byYear: await grouped(
      (w) =>
        `SELECT substr(coalesce(date_of_report, filed_date), 1, 4) AS k, count(*) AS n FROM filings WHERE ${w("id")} GROUP BY 1 ORDER BY 1`,
    ),
    byForm: await grouped(
      (w) => `SELECT form AS k, count(*) AS n FROM filings WHERE ${w("id")} GROUP BY form ORDER BY 2 DESC, 1`,
    ),
    byItem: await grouped(
      (w) =>
        `SELECT coalesce(code, number) AS k, count(DISTINCT filing_id) AS n FROM items WHERE ${w("filing_id")} GROUP BY 1 ORDER BY 1`,
    ),
  };
}

/** Where a stored filing was read from, and the SHA-256 of its bytes; null when not stored. */
export async function readSource(db: SqlRunner, key: string): Promise<FilingSource | null> {
  const d = db.dialect();
  const rows = await db.all<{ source: string; content_hash: string }>(
    `SELECT source, content_hash FROM filings WHERE filing_key = ${d.param(key)}`,
    d.params,
  );
  return rows.length ? { source: rows[0].source, contentHash: rows[0].content_hash } : null;
}
