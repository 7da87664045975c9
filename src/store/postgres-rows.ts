/**
 * Batched row writes for PostgreSQL: one statement per table per batch, each column sent as one
 * array parameter and spread back into rows by unnest().
 */
import type pg from "pg";
import type { Candidate } from "./batch.js";
import type { PreparedFiling, SpanColumns } from "./types.js";

type Column<T> = [name: string, pgType: string, value: (row: T) => unknown];

function unnestArgs<T>(columns: readonly Column<T>[], rows: readonly T[]) {
  const names = columns.map(([name]) => name).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const params = columns.map(([, , value]) => rows.map(value));
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

const FILING_COLUMNS: Column<PreparedFiling>[] = [
  ["filing_key", "text", (p) => p.filing.key],
  ["accession_number", "text", (p) => p.filing.accessionNumber],
  ["content_hash", "text", (p) => p.filing.contentHash],
  ["source", "text", (p) => p.filing.source],
  ["parser_version", "text", (p) => p.filing.parserVersion],
  ["form", "text", (p) => p.filing.form],
  ["amendment", "boolean", (p) => p.filing.amendment],
  ["date_of_report", "text", (p) => p.filing.dateOfReport],
  ["filed_date", "text", (p) => p.filing.filedDate],
  ["cik", "bigint", (p) => p.filing.cik],
  ["registrant_name", "text", (p) => p.filing.registrantName],
  ["state_of_incorporation", "text", (p) => p.filing.stateOfIncorporation],
  ["commission_file_number", "text", (p) => p.filing.commissionFileNumber],
  ["irs_employer_id", "text", (p) => p.filing.irsEmployerId],
  ["street", "text", (p) => p.filing.street],
  ["city", "text", (p) => p.filing.city],
  ["state", "text", (p) => p.filing.state],
  ["zip", "text", (p) => p.filing.zip],
  ["phone", "text", (p) => p.filing.phone],
  ["sic_code", "text", (p) => p.filing.sicCode],
  ["record", "jsonb", (p) => p.recordJson],
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
    FILING_COLUMNS,
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
    ["id", "bigint", (r) => r.id],
    ...FILING_COLUMNS.map(
      ([name, type, value]): Column<{ id: number; p: PreparedFiling }> => [name, type, (r) => value(r.p)],
    ),
  ];
  const { names, arrays, params } = unnestArgs(
    withId,
    candidates.map((c, i) => ({ id: ids[i], p: c.prepared })),
  );
  const set = FILING_COLUMNS.map(([name]) => `${name} = u.${name}`).join(", ");
  await client.query(
    `UPDATE filings f SET ${set}, ingested_at = now() FROM unnest(${arrays}) AS u(${names}) WHERE f.id = u.id`,
    params,
  );
}

type Child<T> = { id: number; row: T };
const spanColumns = <T>(prefix: string, span: (row: T) => SpanColumns): Column<Child<T>>[] => [
  [`${prefix}_doc`, "int", (r) => span(r.row).doc],
  [`${prefix}_start`, "int", (r) => span(r.row).start],
  [`${prefix}_end`, "int", (r) => span(r.row).end],
];

type ItemRow = PreparedFiling["items"][number];
type ExhibitRow = PreparedFiling["exhibits"][number];
type SignatureRow = PreparedFiling["signatures"][number];
type FactRow = PreparedFiling["facts"][number];

const ITEM_COLUMNS: Column<Child<ItemRow>>[] = [
  ["filing_id", "bigint", (r) => r.id],
  ["position", "int", (r) => r.row.position],
  ["number", "text", (r) => r.row.number],
  ["code", "text", (r) => r.row.code],
  ["title", "text", (r) => r.row.title],
  ["catalog_title", "text", (r) => r.row.catalogTitle],
  ["furnished", "boolean", (r) => r.row.furnished],
  ["text", "text", (r) => r.row.text],
  ...spanColumns<ItemRow>("span", (r) => r.span),
];

const EXHIBIT_COLUMNS: Column<Child<ExhibitRow>>[] = [
  ["filing_id", "bigint", (r) => r.id],
  ["position", "int", (r) => r.row.position],
  ["number", "text", (r) => r.row.number],
  ["description", "text", (r) => r.row.description],
  ["filing", "text", (r) => r.row.filing],
  ["document", "int", (r) => r.row.document],
  ["text", "text", (r) => r.row.text],
  ...spanColumns<ExhibitRow>("text", (r) => r.textSpan),
  ...spanColumns<ExhibitRow>("span", (r) => r.span),
];

const SIGNATURE_COLUMNS: Column<Child<SignatureRow>>[] = [
  ["filing_id", "bigint", (r) => r.id],
  ["position", "int", (r) => r.row.position],
  ["registrant", "text", (r) => r.row.registrant],
  ["name", "text", (r) => r.row.name],
  ["title", "text", (r) => r.row.title],
  ["date", "text", (r) => r.row.date],
  ...spanColumns<SignatureRow>("span", (r) => r.span),
];

const FACT_COLUMNS: Column<Child<FactRow>>[] = [
  ["filing_id", "bigint", (r) => r.id],
  ["kind", "text", (r) => r.row.kind],
  ["position", "int", (r) => r.row.position],
  ["value", "jsonb", (r) => r.row.valueJson],
  ["amount", "float8", (r) => r.row.amount],
  ...spanColumns<FactRow>("span", (r) => r.span),
];

export async function insertChildren(
  client: pg.PoolClient,
  filings: readonly { id: number; prepared: PreparedFiling }[],
): Promise<void> {
  const rows = <T>(pick: (p: PreparedFiling) => T[]): Child<T>[] =>
    filings.flatMap((f) => pick(f.prepared).map((row) => ({ id: f.id, row })));
  const items = rows((p) => p.items);
  const exhibits = rows((p) => p.exhibits);
  const signatures = rows((p) => p.signatures);
  const facts = rows((p) => p.facts);
  if (items.length) await unnestInsert(client, "items", ITEM_COLUMNS, items);
  if (exhibits.length) await unnestInsert(client, "exhibits", EXHIBIT_COLUMNS, exhibits);
  if (signatures.length) await unnestInsert(client, "signatures", SIGNATURE_COLUMNS, signatures);
  if (facts.length) await unnestInsert(client, "facts", FACT_COLUMNS, facts);
}
