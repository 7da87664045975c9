/**
 * The columns each table is written with and where each value comes from, once for both
 * backends: sqlite-write.ts binds them as positional parameters, postgres-rows.ts sends each
 * column as one array for unnest(). The tables themselves are in migrations/.
 */
import { KEEP_STORED, type SourceRow } from "./batch.js";
import type { ExhibitRow, FactRow, FilingColumns, ItemRow, SignatureRow, SpanColumns } from "./types.js";

export interface Column<T> {
  name: string;
  /** The PostgreSQL type of the column's values (its unnest() array is this type's array). */
  pgType: string;
  value: (row: T) => unknown;
}

const col = <T>(name: string, pgType: string, value: (row: T) => unknown): Column<T> => ({
  name,
  pgType,
  value,
});

/** `columns` read from the part of a wider row that `pick` gives. */
export function columnsOf<T, U>(columns: readonly Column<U>[], pick: (row: T) => U): Column<T>[] {
  return columns.map((c) => col(c.name, c.pgType, (row: T) => c.value(pick(row))));
}

/** The filing's own columns; each backend adds where the record goes and the ingest time. */
export const FILING_COLUMNS: readonly Column<FilingColumns>[] = [
  col("filing_key", "text", (f) => f.key),
  col("accession_number", "text", (f) => f.accessionNumber),
  col("content_hash", "text", (f) => f.contentHash),
  col("source", "text", (f) => f.source),
  col("parser_version", "text", (f) => f.parserVersion),
  col("form", "text", (f) => f.form),
  col("amendment", "boolean", (f) => f.amendment),
  col("date_of_report", "text", (f) => f.dateOfReport),
  col("filed_date", "text", (f) => f.filedDate),
  col("cik", "bigint", (f) => f.cik),
  col("registrant_name", "text", (f) => f.registrantName),
  col("state_of_incorporation", "text", (f) => f.stateOfIncorporation),
  col("commission_file_number", "text", (f) => f.commissionFileNumber),
  col("irs_employer_id", "text", (f) => f.irsEmployerId),
  col("street", "text", (f) => f.street),
  col("city", "text", (f) => f.city),
  col("state", "text", (f) => f.state),
  col("zip", "text", (f) => f.zip),
  col("phone", "text", (f) => f.phone),
  col("sic_code", "text", (f) => f.sicCode),
];

/** A row of a filing's child table, with its filing's id. */
export interface Child<T> {
  filingId: number;
  row: T;
}

const spanColumns = <T>(prefix: string, span: (row: T) => SpanColumns): Column<Child<T>>[] => [
  col(`${prefix}_doc`, "int", (r) => span(r.row).doc),
  col(`${prefix}_start`, "int", (r) => span(r.row).start),
  col(`${prefix}_end`, "int", (r) => span(r.row).end),
];

const filingId = <T>(): Column<Child<T>> => col("filing_id", "bigint", (r) => r.filingId);

export const ITEM_COLUMNS: readonly Column<Child<ItemRow>>[] = [
  filingId(),
  col("position", "int", (r) => r.row.position),
  col("number", "text", (r) => r.row.number),
  col("code", "text", (r) => r.row.code),
  col("title", "text", (r) => r.row.title),
  col("catalog_title", "text", (r) => r.row.catalogTitle),
  col("furnished", "boolean", (r) => r.row.furnished),
  col("text", "text", (r) => r.row.text),
  ...spanColumns<ItemRow>("span", (r) => r.span),
];

export const EXHIBIT_COLUMNS: readonly Column<Child<ExhibitRow>>[] = [
  filingId(),
  col("position", "int", (r) => r.row.position),
  col("number", "text", (r) => r.row.number),
  col("description", "text", (r) => r.row.description),
  col("filing", "text", (r) => r.row.filing),
  col("document", "int", (r) => r.row.document),
  col("text", "text", (r) => r.row.text),
  ...spanColumns<ExhibitRow>("text", (r) => r.textSpan),
  ...spanColumns<ExhibitRow>("span", (r) => r.span),
];

export const SIGNATURE_COLUMNS: readonly Column<Child<SignatureRow>>[] = [
  filingId(),
  col("position", "int", (r) => r.row.position),
  col("registrant", "text", (r) => r.row.registrant),
  col("name", "text", (r) => r.row.name),
  col("title", "text", (r) => r.row.title),
  col("date", "text", (r) => r.row.date),
  ...spanColumns<SignatureRow>("span", (r) => r.span),
];

export const FACT_COLUMNS: readonly Column<Child<FactRow>>[] = [
  filingId(),
  col("kind", "text", (r) => r.row.kind),
  col("position", "int", (r) => r.row.position),
  col("value", "jsonb", (r) => r.row.valueJson),
  col("amount", "float8", (r) => r.row.amount),
  ...spanColumns<FactRow>("span", (r) => r.span),
];

/** The tables whose rows belong to one filing, deleted with it when it is replaced. */
export const CHILD_TABLES = ["items", "exhibits", "signatures", "facts"] as const;

/** The source's columns; each backend adds the ingest time. */
export const SOURCE_COLUMNS: readonly Column<SourceRow>[] = [
  col("label", "text", (s) => s.label),
  col("size", "bigint", (s) => s.size),
  col("mtime_ms", "bigint", (s) => s.mtimeMs),
  col("content_hash", "text", (s) => s.contentHash),
  col("filing_key", "text", (s) => s.filingKey),
  col("outcome", "text", (s) => s.outcome),
  col("error", "text", (s) => s.error),
  col("parser_version", "text", (s) => s.parserVersion),
];

/** A source seen again takes its new values (see KEEP_STORED for its outcome); `ingestedAt` is SQL. */
export function sourceConflictUpdate(ingestedAt: string): string {
  const set = SOURCE_COLUMNS.filter((c) => c.name !== "label").map((c) =>
    c.name === "outcome" ? `outcome = ${KEEP_STORED}` : `${c.name} = excluded.${c.name}`,
  );
  return `ON CONFLICT (label) DO UPDATE SET ${[...set, `ingested_at = ${ingestedAt}`].join(", ")}`;
}
