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
import type { SourceRow } from "./batch.js";
import {
  CHILD_TABLES,
  type Child,
  type Column,
  EXHIBIT_COLUMNS,
  FACT_COLUMNS,
  FILING_COLUMNS,
  ITEM_COLUMNS,
  SIGNATURE_COLUMNS,
  SOURCE_COLUMNS,
  sourceConflictUpdate,
} from "./columns.js";
import { passageId } from "./sqlite-search.js";
import type { PreparedFiling } from "./types.js";

/** SQLite has no boolean: better-sqlite3 binds 1 and 0. */
const bindable = (value: unknown) => (typeof value === "boolean" ? (value ? 1 : 0) : value);

/** The values of `columns` for `row`, in column order. */
const valuesOf = <T>(columns: readonly Column<T>[], row: T): unknown[] =>
  columns.map((c) => bindable(c.value(row)));

const names = (columns: readonly { name: string }[]) => columns.map((c) => c.name);

/** `INSERT INTO table (a, b) VALUES (?, ?)` for `columns`. */
const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;

/** The filing's columns, then the time it was written. */
const FILING_ROW = [...names(FILING_COLUMNS), "ingested_at"];

function filingValues(p: PreparedFiling, now: string): unknown[] {
  const values = valuesOf(FILING_COLUMNS, p.filing);
  values.push(now);
  return values;
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
    insertFiling: db.prepare(insertSql("filings", FILING_ROW)),
    updateFiling: db.prepare(
      `UPDATE filings SET ${FILING_ROW.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`,
    ),
    putRecord: db.prepare("INSERT INTO records (filing_id, record) VALUES (?, ?)"),
    deleteChildren: ["records", ...CHILD_TABLES].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE filing_id = ?`),
    ),
    // Items and exhibits take their ids from passageId (the full-text index's rowids).
    insertItem: db.prepare(insertSql("items", ["id", ...names(ITEM_COLUMNS)])),
    insertExhibit: db.prepare(insertSql("exhibits", ["id", ...names(EXHIBIT_COLUMNS)])),
    insertSignature: db.prepare(insertSql("signatures", names(SIGNATURE_COLUMNS))),
    insertFact: db.prepare(insertSql("facts", names(FACT_COLUMNS))),
    indexItem: db.prepare(insertSql("items_fts", ["rowid", "title", "text"])),
    indexExhibit: db.prepare(insertSql("exhibits_fts", ["rowid", "description", "text"])),
    upsertSource: db.prepare(
      `${insertSql("sources", [...names(SOURCE_COLUMNS), "ingested_at"])} ${sourceConflictUpdate("excluded.ingested_at")}`,
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
  const child = <T>(row: T): Child<T> => ({ filingId, row });
  for (const it of p.items) {
    const id = passageId(filingId, it.position);
    s.insertItem.run(id, ...valuesOf(ITEM_COLUMNS, child(it)));
    s.indexItem.run(id, it.title, it.text);
  }
  for (const e of p.exhibits) {
    const id = passageId(filingId, e.position);
    s.insertExhibit.run(id, ...valuesOf(EXHIBIT_COLUMNS, child(e)));
    s.indexExhibit.run(id, e.description, e.text);
  }
  for (const g of p.signatures) s.insertSignature.run(valuesOf(SIGNATURE_COLUMNS, child(g)));
  for (const f of p.facts) s.insertFact.run(valuesOf(FACT_COLUMNS, child(f)));
}

export function upsertSource(s: FilingStatements, row: SourceRow, now: string): void {
  const values = valuesOf(SOURCE_COLUMNS, row);
  values.push(now);
  s.upsertSource.run(values);
}
