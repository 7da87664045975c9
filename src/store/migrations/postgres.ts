/**
 * PostgreSQL schema. Full-text search: a stored tsvector per item and exhibit (title or
 * description weighted above the text) with a GIN index.
 */
import type { Migration } from "./index.js";

/**
 * Characters of a text that go into its tsvector. A tsvector holds at most 1 MB; English text
 * of this length stays far below it, and filings longer than this are tables of numbers.
 */
export const TSVECTOR_TEXT_CHARS = 250_000;

const tsv = (heading: string, text: string) =>
  `tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(${heading}, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, left(coalesce(${text}, ''), ${TSVECTOR_TEXT_CHARS})), 'B')
  ) STORED`;

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "filings, items, exhibits, signatures, facts, sources; full-text search",
    sql: `
CREATE TABLE filings (
  id BIGSERIAL PRIMARY KEY,
  filing_key TEXT NOT NULL UNIQUE,
  accession_number TEXT,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  form TEXT,
  amendment BOOLEAN NOT NULL,
  date_of_report TEXT,
  filed_date TEXT,
  cik BIGINT,
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
  record JSONB NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX filings_date ON filings(date_of_report);
CREATE INDEX filings_cik ON filings(cik);
CREATE INDEX filings_form ON filings(form);

CREATE TABLE items (
  id BIGSERIAL PRIMARY KEY,
  filing_id BIGINT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  code TEXT,
  title TEXT,
  catalog_title TEXT,
  furnished BOOLEAN NOT NULL,
  text TEXT NOT NULL,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER,
  ${tsv("title", "text")}
);
CREATE INDEX items_filing ON items(filing_id);
CREATE INDEX items_code ON items(code, filing_id);
CREATE INDEX items_number ON items(number, filing_id);
CREATE INDEX items_tsv ON items USING GIN (tsv);

CREATE TABLE exhibits (
  id BIGSERIAL PRIMARY KEY,
  filing_id BIGINT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  description TEXT,
  filing TEXT,
  document INTEGER,
  text TEXT,
  text_doc INTEGER, text_start INTEGER, text_end INTEGER,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER,
  ${tsv("description", "text")}
);
CREATE INDEX exhibits_filing ON exhibits(filing_id);
CREATE INDEX exhibits_number ON exhibits(number, filing_id);
CREATE INDEX exhibits_tsv ON exhibits USING GIN (tsv);

CREATE TABLE signatures (
  id BIGSERIAL PRIMARY KEY,
  filing_id BIGINT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  registrant TEXT,
  name TEXT,
  title TEXT,
  date TEXT,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX signatures_filing ON signatures(filing_id);

CREATE TABLE facts (
  id BIGSERIAL PRIMARY KEY,
  filing_id BIGINT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  value JSONB NOT NULL,
  amount DOUBLE PRECISION,
  span_doc INTEGER, span_start INTEGER, span_end INTEGER
);
CREATE INDEX facts_filing ON facts(filing_id);
CREATE INDEX facts_kind_amount ON facts(kind, amount);

CREATE TABLE sources (
  label TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  mtime_ms BIGINT NOT NULL,
  content_hash TEXT,
  filing_key TEXT,
  outcome TEXT NOT NULL,
  error TEXT,
  parser_version TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
  },
];
