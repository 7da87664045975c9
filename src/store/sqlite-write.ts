/**
 * The SQLite write path: one filing's rows through prepared statements, on the one writer thread.
 *
 * The full-text index (items_fts, exhibits_fts) is written here, next to each item and exhibit,
 * not by an insert trigger: a statement that fires a trigger opens a statement savepoint, and
 * FTS5 flushes its pending terms to disk at each one, so every item became a tiny segment that
 * later merges rewrote again and again. Written directly, one transaction's terms are flushed
 * once, at commit (migration 2 dropped the insert triggers). Anything else that inserts items or
 * exhibits must index them too.
 *
 * Parameters are positional arrays: better-sqlite3 binds them by index, with no property lookup
 * per named parameter.
 */
import type Database from "better-sqlite3";
import { KEEP_STORED, type SourceRow } from "./batch.js";
import { passageId } from "./sqlite-search.js";
import type { PreparedFiling } from "./types.js";

const bool = (b: boolean) => (b ? 1 : 0);

const FILING_COLUMNS = [
  "filing_key",
  "accession_number",
  "content_hash",
  "source",
  "parser_version",
  "form",
  "amendment",
  "date_of_report",
  "filed_date",
  "cik",
  "registrant_name",
  "state_of_incorporation",
  "commission_file_number",
  "irs_employer_id",
  "street",
  "city",
  "state",
  "zip",
  "phone",
  "sic_code",
  "ingested_at",
];

/** `INSERT INTO table (a, b) VALUES (?, ?)` for `columns`. */
const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;

/** Values in FILING_COLUMNS order. */
function filingValues(p: PreparedFiling, now: string): unknown[] {
  const f = p.filing;
  return [
    f.key,
    f.accessionNumber,
    f.contentHash,
    f.source,
    f.parserVersion,
    f.form,
    bool(f.amendment),
    f.dateOfReport,
    f.filedDate,
    f.cik,
    f.registrantName,
    f.stateOfIncorporation,
    f.commissionFileNumber,
    f.irsEmployerId,
    f.street,
    f.city,
    f.state,
    f.zip,
    f.phone,
    f.sicCode,
    now,
  ];
}

type Statement = Database.Statement<unknown[]>;

export interface FilingStatements {
  selectFiling: Statement;
  insertFiling: Statement;
  updateFiling: Statement;
  putRecord: Statement;
  deleteChildren: Statement[];
  insertItem: Statement;
  insertExhibit: Statement;
  insertSignature: Statement;
  insertFact: Statement;
  indexItem: Statement;
  indexExhibit: Statement;
  upsertSource: Statement;
}

export function prepareFilingStatements(db: Database.Database): FilingStatements {
  return {
    selectFiling: db.prepare("SELECT id, parser_version FROM filings WHERE filing_key = ?"),
    insertFiling: db.prepare(insertSql("filings", FILING_COLUMNS)),
    updateFiling: db.prepare(
      `UPDATE filings SET ${FILING_COLUMNS.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`,
    ),
    putRecord: db.prepare("INSERT INTO records (filing_id, record) VALUES (?, ?)"),
    deleteChildren: ["records", "items", "exhibits", "signatures", "facts"].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE filing_id = ?`),
    ),
    insertItem: db.prepare(
      insertSql("items", [
        "id",
        "filing_id",
        "position",
        "number",
        "code",
        "title",
        "catalog_title",
        "furnished",
        "text",
        "span_doc",
        "span_start",
        "span_end",
      ]),
    ),
    insertExhibit: db.prepare(
      insertSql("exhibits", [
        "id",
        "filing_id",
        "position",
        "number",
        "description",
        "filing",
        "document",
        "text",
        "text_doc",
        "text_start",
        "text_end",
        "span_doc",
        "span_start",
        "span_end",
      ]),
    ),
    insertSignature: db.prepare(
      insertSql("signatures", [
        "filing_id",
        "position",
        "registrant",
        "name",
        "title",
        "date",
        "span_doc",
        "span_start",
        "span_end",
      ]),
    ),
    insertFact: db.prepare(
      insertSql("facts", [
        "filing_id",
        "kind",
        "position",
        "value",
        "amount",
        "span_doc",
        "span_start",
        "span_end",
      ]),
    ),
    indexItem: db.prepare(insertSql("items_fts", ["rowid", "title", "text"])),
    indexExhibit: db.prepare(insertSql("exhibits_fts", ["rowid", "description", "text"])),
    upsertSource: db.prepare(
      `${insertSql("sources", [
        "label",
        "size",
        "mtime_ms",
        "content_hash",
        "filing_key",
        "outcome",
        "error",
        "parser_version",
        "ingested_at",
      ])} ON CONFLICT (label) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, ` +
        `content_hash = excluded.content_hash, filing_key = excluded.filing_key, outcome = ${KEEP_STORED}, ` +
        "error = excluded.error, parser_version = excluded.parser_version, ingested_at = excluded.ingested_at",
    ),
  };
}

/** A new filing's row; its id. */
export function insertFiling(s: FilingStatements, p: PreparedFiling, now: string): number {
  return Number(s.insertFiling.run(filingValues(p, now)).lastInsertRowid);
}

/**
 * A stored filing's row rewritten and its child rows removed, for `insertChildren` to write anew.
 * The delete triggers (kept by migration 2) take the old items and exhibits out of the full-text
 * index; FTS5 tokenizes their text again to do so, so a replacement costs about two inserts.
 */
export function replaceFiling(s: FilingStatements, id: number, p: PreparedFiling, now: string): void {
  const values = filingValues(p, now);
  values.push(id);
  s.updateFiling.run(values);
  for (const del of s.deleteChildren) del.run(id);
}

/** The record, items, exhibits, signatures and facts of filing `filingId`. */
export function insertChildren(s: FilingStatements, filingId: number, p: PreparedFiling): void {
  s.putRecord.run(filingId, p.recordJson);
  for (const it of p.items) {
    const id = passageId(filingId, it.position);
    s.insertItem.run(
      id,
      filingId,
      it.position,
      it.number,
      it.code,
      it.title,
      it.catalogTitle,
      bool(it.furnished),
      it.text,
      it.span.doc,
      it.span.start,
      it.span.end,
    );
    s.indexItem.run(id, it.title, it.text);
  }
  for (const e of p.exhibits) {
    const id = passageId(filingId, e.position);
    s.insertExhibit.run(
      id,
      filingId,
      e.position,
      e.number,
      e.description,
      e.filing,
      e.document,
      e.text,
      e.textSpan.doc,
      e.textSpan.start,
      e.textSpan.end,
      e.span.doc,
      e.span.start,
      e.span.end,
    );
    s.indexExhibit.run(id, e.description, e.text);
  }
  for (const g of p.signatures)
    s.insertSignature.run(
      filingId,
      g.position,
      g.registrant,
      g.name,
      g.title,
      g.date,
      g.span.doc,
      g.span.start,
      g.span.end,
    );
  for (const f of p.facts)
    s.insertFact.run(
      filingId,
      f.kind,
      f.position,
      f.valueJson,
      f.amount,
      f.span.doc,
      f.span.start,
      f.span.end,
    );
}

export function upsertSource(s: FilingStatements, row: SourceRow, now: string): void {
  s.upsertSource.run(
    row.label,
    row.size,
    row.mtimeMs,
    row.contentHash,
    row.filingKey,
    row.outcome,
    row.error,
    row.parserVersion,
    now,
  );
}
