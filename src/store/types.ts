/**
 * The store: one interface, two backends (sqlite.ts, postgres.ts), one shared test suite
 * (test/store/suite.ts). Everything a backend receives is prepared off the main thread
 * (rows.ts, run in the ingest workers), so a backend only moves rows in and out.
 */

import type { Agreement } from "../form8k/schema.js";

export type Backend = "sqlite" | "postgres";

/** Where a filing came from: a file, or a member of an archive (`feed.tar.gz!0001….txt`). */
export interface SourceStamp {
  label: string;
  size: number;
  /** Whole milliseconds; 0 when the source has no time (some archive members). */
  mtimeMs: number;
}

/** The filing's searchable columns, beside the whole record kept as JSON. */
export interface FilingColumns {
  /** The accession number, or `sha256:<hex>` of the bytes for a bare document that has none. */
  key: string;
  accessionNumber: string | null;
  contentHash: string;
  source: string;
  parserVersion: string;
  form: string | null;
  amendment: boolean;
  dateOfReport: string | null;
  filedDate: string | null;
  cik: number | null;
  registrantName: string | null;
  stateOfIncorporation: string | null;
  commissionFileNumber: string | null;
  irsEmployerId: string | null;
  street: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  phone: string | null;
  sicCode: string | null;
}

/** A span flattened into three columns (all null when the value has none). */
export interface SpanColumns {
  doc: number | null;
  start: number | null;
  end: number | null;
}

export interface ItemRow {
  position: number;
  number: string;
  code: string | null;
  title: string | null;
  catalogTitle: string | null;
  furnished: boolean;
  text: string;
  span: SpanColumns;
}

export interface ExhibitRow {
  position: number;
  /** Lower case, as the record numbers exhibits ("99.1", "10.2(a)"). */
  number: string;
  description: string | null;
  filing: string | null;
  document: number | null;
  /** The exhibit's own text (its attached document or its pages in the 8-K), when the filing has it. */
  text: string | null;
  textSpan: SpanColumns;
  span: SpanColumns;
}

export interface SignatureRow {
  position: number;
  registrant: string | null;
  name: string | null;
  title: string | null;
  date: string | null;
  span: SpanColumns;
}

/** A fact of any kind (agreements, people, organizations, money): its value as JSON, its span. */
export interface FactRow {
  kind: string;
  position: number;
  valueJson: string;
  /** For money: the amount in units of its currency, so queries can compare it. */
  amount: number | null;
  span: SpanColumns;
}

export interface PreparedFiling {
  filing: FilingColumns;
  items: ItemRow[];
  exhibits: ExhibitRow[];
  signatures: SignatureRow[];
  facts: FactRow[];
  /** The whole FilingRecord, as JSON. */
  recordJson: string;
}

/** What a parse worker hands back for one source. */
export type ParseResult =
  | { ok: true; source: SourceStamp; bytes: number; prepared: PreparedFiling }
  | { ok: false; source: SourceStamp; bytes: number; contentHash: string | null; error: string };

/**
 * stored: new; replaced: an older parser version's rows were replaced; duplicate: already
 * present at this parser version or a newer one (nothing changed); failed: recorded as failed.
 */
export type WriteOutcome = "stored" | "replaced" | "duplicate" | "failed";

/** Which filings: every field narrows; none means all. */
export interface FilingQuery {
  /** Words, "quoted phrases", OR, -excluded (web-search syntax), over item and exhibit text. */
  text?: string;
  /** An item by its modern code or its number as filed ("1.01", "5"). */
  item?: string;
  form?: string;
  cik?: number;
  /** Part of the registrant's name, any case. */
  company?: string;
  /** Date of report, ISO (YYYY-MM-DD), inclusive. */
  since?: string;
  until?: string;
  hasExhibit?: string;
  /** At least one money fact of this amount or more. */
  minAmount?: number;
}

export interface SearchQuery extends FilingQuery {
  limit?: number;
}

export interface SearchHit {
  key: string;
  accessionNumber: string | null;
  source: string;
  form: string | null;
  registrantName: string | null;
  cik: number | null;
  dateOfReport: string | null;
  /** Items of the filing, by modern code (the number as filed when it has none). */
  items: string[];
  /** The best-matching passage, matches between `**`; null for a query without text. */
  snippet: string | null;
  /** Where the snippet is from. */
  match: { kind: "item" | "exhibit"; ref: string } | null;
  /** Higher is better; null for a query without text (newest first then). */
  score: number | null;
}

export interface StoreStats {
  filings: number;
  items: number;
  exhibits: number;
  facts: number;
  /** Sources (files, archive members) by their last outcome. */
  sources: { stored: number; duplicate: number; failed: number };
  /** Filings by year of the date of report ("unknown" without one). */
  byYear: Record<string, number>;
  byForm: Record<string, number>;
  /** Filings that hold each item, by modern code. */
  byItem: Record<string, number>;
}

/** Agreements of the filings a query selects; `type` narrows to one kind of agreement. */
export interface AgreementQuery extends FilingQuery {
  type?: Agreement["type"];
  limit?: number;
}

export interface AgreementHit {
  key: string;
  accessionNumber: string | null;
  registrantName: string | null;
  dateOfReport: string | null;
  /** Its place among the filing's agreements (record.agreements[position]). */
  position: number;
  agreement: Agreement;
}

export interface AgreementsFound {
  /** Agreements of the selected filings (of `type`, when given). */
  total: number;
  /** Agreements of the selected filings by type, whatever `type` says. */
  byType: Record<string, number>;
  /** Newest first, at most `limit`. */
  hits: AgreementHit[];
}

export interface FilingSource {
  /** The file (or `archive!member`) as it was given to ingest. */
  source: string;
  /** SHA-256 of the bytes that were parsed, hex. */
  contentHash: string;
}

export interface FailedSource {
  label: string;
  error: string;
}

export type ExportTable = "filings" | "items" | "exhibits" | "agreements";
export type ExportRow = Record<string, string | number | boolean | null>;

export interface Store {
  readonly backend: Backend;
  /** The database, for messages (a path, or a URL without its password). */
  readonly location: string;
  /** Labels of these sources already ingested at the current parser version, unchanged since. */
  knownSources(sources: readonly SourceStamp[]): Promise<Set<string>>;
  /** Writes a batch in one transaction: all of it lands, or none. One outcome per result. */
  write(results: readonly ParseResult[]): Promise<WriteOutcome[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Counts of the whole store, or of the filings a query selects (a search's facets). */
  stats(query?: FilingQuery): Promise<StoreStats>;
  failures(limit?: number): Promise<FailedSource[]>;
  /** The stored record, validated against FilingRecordSchema; null when not stored. */
  getRecord(key: string): Promise<unknown | null>;
  /** Agreements of the filings a query selects, newest first, with counts by type. */
  agreements(query: AgreementQuery): Promise<AgreementsFound>;
  /** Where a stored filing was read from (to read its words again); null when not stored. */
  getSource(key: string): Promise<FilingSource | null>;
  /** Rows of one export table for the filings a query selects, in pages. */
  exportRows(table: ExportTable, query: FilingQuery, pageSize?: number): AsyncIterable<ExportRow[]>;
  /** Applied schema migrations, ascending. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}
