/**
 * Search, written once: filters and the hit's columns are plain SQL over a SqlRunner; only
 * ranking and snippets are the engine's own (FTS5 bm25 / tsvector ts_rank), behind a TextRanker.
 */
import {
  DEFAULT_LIMIT,
  filterConditions,
  normalizeQuery,
  type SearchText,
  type SqlDialect,
} from "./query.js";
import { type SqlRunner, toNumber } from "./sql.js";
import type { SearchHit, SearchQuery } from "./types.js";

export interface RankedMatch {
  filingId: number;
  kind: "item" | "exhibit";
  /** items.id or exhibits.id of the best passage. */
  partId: number;
  /** The item's code (or number) or the exhibit's number. */
  ref: string;
  /** Higher is better. */
  score: number;
}

export interface TextRanker {
  /** The best passage of each filing that matches and passes `filters`, best filings first. */
  rank(text: SearchText, filters: (d: SqlDialect) => string[], limit: number): Promise<RankedMatch[]>;
  /** A highlighted passage (matches between `**`) for each match. */
  snippets(text: SearchText, matches: readonly RankedMatch[]): Promise<(string | null)[]>;
}

export const HIGHLIGHT = "**";

interface FilingHitRow {
  id: unknown;
  filing_key: string;
  accession_number: string | null;
  source: string;
  form: string | null;
  registrant_name: string | null;
  cik: unknown;
  date_of_report: string | null;
  [k: string]: unknown;
}

const HIT_COLUMNS =
  "f.id, f.filing_key, f.accession_number, f.source, f.form, f.registrant_name, f.cik, f.date_of_report";

export async function runSearch(db: SqlRunner, ranker: TextRanker, query: SearchQuery): Promise<SearchHit[]> {
  const q = normalizeQuery(query);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const filters = (d: SqlDialect) => filterConditions(q, d, false);

  let ids: number[];
  let matches: RankedMatch[] = [];
  let snippets: (string | null)[] = [];
  const text = q.searchText;
  if (text) {
    matches = await ranker.rank(text, filters, limit);
    ids = matches.map((m) => m.filingId);
    snippets = await ranker.snippets(text, matches);
  } else {
    const d = db.dialect();
    const where = filters(d);
    const rows = await db.all<{ id: unknown }>(
      `SELECT f.id FROM filings f ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY (f.date_of_report IS NULL), f.date_of_report DESC, f.id DESC LIMIT ${limit}`,
      d.params,
    );
    ids = rows.map((r) => Number(r.id));
  }
  if (!ids.length) return [];

  const list = ids.join(",");
  const filings = new Map<number, FilingHitRow>();
  for (const r of await db.all<FilingHitRow>(
    `SELECT ${HIT_COLUMNS} FROM filings f WHERE f.id IN (${list})`,
    [],
  ))
    filings.set(Number(r.id), r);
  const items = new Map<number, string[]>();
  for (const r of await db.all<{ filing_id: unknown; c: string }>(
    `SELECT filing_id, coalesce(code, number) AS c FROM items WHERE filing_id IN (${list}) ORDER BY filing_id, position`,
    [],
  )) {
    const id = Number(r.filing_id);
    const codes = items.get(id) ?? [];
    if (!codes.includes(r.c)) codes.push(r.c);
    items.set(id, codes);
  }

  return ids.flatMap((id, i) => {
    const f = filings.get(id);
    if (!f) return [];
    const m = matches[i];
    return [
      {
        key: f.filing_key,
        accessionNumber: f.accession_number,
        source: f.source,
        form: f.form,
        registrantName: f.registrant_name,
        cik: toNumber(f.cik),
        dateOfReport: f.date_of_report,
        items: items.get(id) ?? [],
        snippet: m ? (snippets[i] ?? null) : null,
        match: m ? { kind: m.kind, ref: m.ref } : null,
        score: m ? m.score : null,
      },
    ];
  });
}
