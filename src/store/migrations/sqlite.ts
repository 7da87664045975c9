/** SQLite schema. FTS5 indexes item and exhibit text as external content (no second copy). */
import type { Migration } from "./index.js";

const fts = (table: string, columns: string[]) => {
  const cols = columns.join(", ");
  const news = columns.map((c) => `new.${c}`).join(", ");
  const olds = columns.map((c) => `old.${c}`).join(", ");
  return `
CREATE VIRTUAL TABLE ${table}_fts USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_fts(rowid, ${cols}) VALUES (new.id, ${news});
END;
CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, ${cols}) VALUES ('delete', old.id, ${olds});
END;`;
};

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "filings, items, exhibits, signatures, facts, sources; full-text search",
    sql: `
CREATE TABLE filings (
  id INTEGER PRIMARY KEY,
  filing_key TEXT NOT NULL UNIQUE,
  accession_number TEXT,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  form TEXT,
  amendment INTEGER NOT NULL,
  date_of_report TEXT,
  filed_date TEXT,
  cik INTEGER,
  registrant_name TEXT,
  state_of_incorporation TEXT,
  commission_file_number TEXT,
  irs_employer_id TEXT,
  street TEXT,
  city TEXT,
  state TEXT,
  zip TEXT,
  phone TEXT,
  sic_code TEXT,
  ingested_at TEXT NOT NULL
);
-- The whole record beside the columns, in a table of its own: filings rows stay small, so a
-- filter that scans them does not read every record too.
CREATE TABLE records (
  filing_id INTEGER PRIMARY KEY REFERENCES filings(id) ON DELETE CASCADE,
  record TEXT NOT NULL
);
CREATE INDEX filings_date ON filings(date_of_report);
CREATE INDEX filings_cik ON filings(cik);
CREATE INDEX filings_form ON filings(form);

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  code TEXT,
  title TEXT,
  catalog_title TEXT,
  furnished INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX items_filing ON items(filing_id);
CREATE INDEX items_code ON items(code, filing_id);
CREATE INDEX items_number ON items(number, filing_id);

CREATE TABLE exhibits (
  id INTEGER PRIMARY KEY,
  filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  description TEXT,
  filing TEXT,
  document INTEGER,
  text TEXT,
  text_doc INTEGER, text_start INTEGER, text_end INTEGER,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX exhibits_filing ON exhibits(filing_id);
CREATE INDEX exhibits_number ON exhibits(number, filing_id);

CREATE TABLE signatures (
  id INTEGER PRIMARY KEY,
  filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  registrant TEXT,
  name TEXT,
  title TEXT,
  date TEXT,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX signatures_filing ON signatures(filing_id);

CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  amount REAL,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX facts_filing ON facts(filing_id);
CREATE INDEX facts_kind_amount ON facts(kind, amount);

CREATE TABLE sources (
  label TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  content_hash TEXT,
  filing_key TEXT,
  outcome TEXT NOT NULL,
  error TEXT,
  parser_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
${fts("items", ["title", "text"])}
${fts("exhibits", ["description", "text"])}
`,
  },
  {
    version: 2,
    name: "full-text index written by the store, not by insert triggers",
    // Why: a statement that fires a trigger opens a statement savepoint, and FTS5 writes its
    // pending terms to disk at every savepoint, so each item became a segment of its own and
    // ingest spent most of its time merging them. Written directly (sqlite-write.ts), the terms of
    // a whole transaction are flushed once. The delete triggers stay: replacing a filing is rare,
    // and they keep the index right for any delete, cascades included.
    sql: `
DROP TRIGGER items_fts_insert;
DROP TRIGGER exhibits_fts_insert;
`,
  },
];
