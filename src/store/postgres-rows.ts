/**
 * Batched row writes for PostgreSQL: one statement per table per batch, each column sent as one
 * array parameter and spread back into rows by unnest().
 */
import type pg from "pg";
import type { Candidate, SourceRow } from "./batch.js";
import {
  type Child,
  type Column,
  columnsOf,
  EXHIBIT_COLUMNS,
  FACT_COLUMNS,
  FILING_COLUMNS,
  ITEM_COLUMNS,
  SIGNATURE_COLUMNS,
  SOURCE_COLUMNS,
  sourceConflictUpdate,
} from "./columns.js";
import type { PreparedFiling } from "./types.js";

function unnestArgs<T>(columns: readonly Column<T>[], rows: readonly T[]) {
  const names = columns.map((c) => c.name).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(", ");
  const params = columns.map((c) => rows.map((row) => c.value(row)));
  return { names, arrays, params };
}

async function unnestInsert<T>(
  client: pg.PoolClient,
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  tail = "",
): Promise<pg.QueryResult> {
  const { names, arrays, params } = unnestArgs(columns, rows);
  return client.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays}) ${tail}`, params);
}

/** The filing's columns, then its record (the ingest time is the column's default, now()). */
const FILING_ROW: Column<PreparedFiling>[] = [
  ...columnsOf(FILING_COLUMNS, (p: PreparedFiling) => p.filing),
  { name: "record", pgType: "jsonb", value: (p) => p.recordJson },
];

/** Inserts the filings not stored yet; returns their ids by key. */
export async function insertFilings(
  client: pg.PoolClient,
  candidates: readonly Candidate[],
): Promise<Map<string, number>> {
  if (!candidates.length) return new Map();
  const { rows } = await unnestInsert(
    client,
    "filings",
    FILING_ROW,
    candidates.map((c) => c.prepared),
    "ON CONFLICT (filing_key) DO NOTHING RETURNING id, filing_key",
  );
  return new Map(rows.map((r) => [r.filing_key as string, Number(r.id)]));
}

/** Overwrites the filing columns and record of replaced filings (their ids stay). */
export async function updateFilings(
  client: pg.PoolClient,
  candidates: readonly Candidate[],
  ids: readonly number[],
): Promise<void> {
  const withId: Column<{ id: number; p: PreparedFiling }>[] = [
    { name: "id", pgType: "bigint", value: (r) => r.id },
    ...columnsOf(FILING_ROW, (r: { id: number; p: PreparedFiling }) => r.p),
  ];
  const { names, arrays, params } = unnestArgs(
    withId,
    candidates.map((c, i) => ({ id: ids[i], p: c.prepared })),
  );
  const set = FILING_ROW.map((c) => `${c.name} = u.${c.name}`).join(", ");
  await client.query(
    `UPDATE filings f SET ${set}, ingested_at = now() FROM unnest(${arrays}) AS u(${names}) WHERE f.id = u.id`,
    params,
  );
}

export async function insertChildren(
  client: pg.PoolClient,
  filings: readonly { id: number; prepared: PreparedFiling }[],
): Promise<void> {
  const rows = <T>(pick: (p: PreparedFiling) => T[]): Child<T>[] =>
    filings.flatMap((f) => pick(f.prepared).map((row) => ({ filingId: f.id, row })));
  const items = rows((p) => p.items);
  const exhibits = rows((p) => p.exhibits);
  const signatures = rows((p) => p.signatures);
  const facts = rows((p) => p.facts);
  if (items.length) await unnestInsert(client, "items", ITEM_COLUMNS, items);
  if (exhibits.length) await unnestInsert(client, "exhibits", EXHIBIT_COLUMNS, exhibits);
  if (signatures.length) await unnestInsert(client, "signatures", SIGNATURE_COLUMNS, signatures);
  if (facts.length) await unnestInsert(client, "facts", FACT_COLUMNS, facts);
}

/** One row per source; a source seen before is updated. */
export async function upsertSources(client: pg.PoolClient, sources: readonly SourceRow[]): Promise<void> {
  await unnestInsert(client, "sources", SOURCE_COLUMNS, sources, sourceConflictUpdate("now()"));
}
