/**
 * A query as the user gives it → checked, normalised values, and the search text in the two
 * engines' syntaxes. Both backends read the same parse, so a query means the same on both.
 */
import { normalizeExhibitNumber } from "../form8k/exhibits.js";
import { itemKey } from "../form8k/item-catalog.js";
import type { FilingQuery, SearchQuery } from "./types.js";

/** A query that cannot run as given: a usage error (exit 2), with a one-line message. */
export class QueryError extends Error {}

export const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 10_000;

/** A query as text, as a command line or a URL gives it (names as in SearchQuery). */
export interface QueryStrings {
  text?: string;
  item?: string;
  form?: string;
  cik?: string;
  company?: string;
  since?: string;
  until?: string;
  hasExhibit?: string;
  minAmount?: string;
  limit?: string;
}

/**
 * The query those strings say; numbers may have thousands separators ("10,000,000"). A number
 * that is none is a QueryError naming it as the user wrote it: `prefix` is "--" for a flag, ""
 * for a URL parameter.
 */
export function queryFromStrings(s: QueryStrings, prefix: string): SearchQuery {
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value.replace(/[,_]/g, ""));
    if (value.trim() === "" || !Number.isFinite(n))
      throw new QueryError(`${prefix}${name} wants a number, not "${value}"`);
    return n;
  };
  return {
    text: s.text,
    item: s.item,
    form: s.form,
    cik: number("cik", s.cik),
    company: s.company,
    since: s.since,
    until: s.until,
    hasExhibit: s.hasExhibit,
    minAmount: number("min-amount", s.minAmount),
    limit: number("limit", s.limit),
  };
}

/** YYYY, YYYY-MM or YYYY-MM-DD → the first (since) or last (until) day it covers. */
function isoBound(value: string, edge: "since" | "until"): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) throw new QueryError(`--${edge} wants a date as YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`);
  const [, y, mo, d] = m;
  if ((mo && !(Number(mo) >= 1 && Number(mo) <= 12)) || (d && !(Number(d) >= 1 && Number(d) <= 31)))
    throw new QueryError(`--${edge} wants a real date as YYYY-MM-DD, not "${value}"`);
  // Dates are compared as ISO text, so "-31" closes any month.
  if (edge === "since") return `${y}-${mo ?? "01"}-${d ?? "01"}`;
  return `${y}-${mo ?? "12"}-${d ?? "31"}`;
}

/** A query checked and normalised, its search text read once (null when it has none). */
export type NormalizedQuery<Q extends FilingQuery = FilingQuery> = Q & { searchText: SearchText | null };

export function normalizeQuery<Q extends SearchQuery>(q: Q): NormalizedQuery<Q> {
  const text = q.text?.trim() || undefined;
  // Throws on a query with nothing to look for.
  const out: NormalizedQuery<Q> = { ...q, text, searchText: text ? parseSearchText(text) : null };
  if (q.item !== undefined) out.item = itemKey(q.item) ?? q.item.trim();
  if (q.form !== undefined) out.form = q.form.trim().toUpperCase();
  if (q.company !== undefined) out.company = q.company.trim();
  if (q.hasExhibit !== undefined) out.hasExhibit = normalizeExhibitNumber(q.hasExhibit.trim());
  if (q.since !== undefined) out.since = isoBound(q.since, "since");
  if (q.until !== undefined) out.until = isoBound(q.until, "until");
  if (q.cik !== undefined && !(Number.isInteger(q.cik) && q.cik >= 0))
    throw new QueryError(`--cik wants a number, not "${q.cik}"`);
  if (q.minAmount !== undefined && !Number.isFinite(q.minAmount))
    throw new QueryError(`--min-amount wants a number, not "${q.minAmount}"`);
  if (q.limit !== undefined && !(Number.isInteger(q.limit) && q.limit >= 1 && q.limit <= MAX_LIMIT))
    throw new QueryError(`--limit wants a whole number from 1 to ${MAX_LIMIT}, not "${q.limit}"`);
  return out;
}

/** Alternatives (OR) of terms that must all occur (AND), and terms that must not. */
export interface SearchText {
  anyOf: string[][];
  excluded: string[];
}

/**
 * Web-search syntax, as PostgreSQL's websearch_to_tsquery reads it: words and "quoted
 * phrases" must all occur, `OR` separates alternatives, a leading `-` excludes a term.
 */
export function parseSearchText(text: string): SearchText {
  const anyOf: string[][] = [[]];
  const excluded: string[] = [];
  for (const m of text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const quoted = m[2] !== undefined;
    let term = quoted ? m[2] : m[3];
    let negated = m[1] === "-";
    if (!quoted && term === "OR") {
      if (anyOf[anyOf.length - 1].length) anyOf.push([]);
      continue;
    }
    if (!quoted && term.startsWith("-")) {
      negated = true;
      term = term.slice(1);
    }
    // Only letters and digits are indexed; a term without any matches nothing on either engine.
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    if (negated) excluded.push(term);
    else anyOf[anyOf.length - 1].push(term);
  }
  const groups = anyOf.filter((g) => g.length);
  if (!groups.length) throw new QueryError(`nothing to search for in "${text}": give a word or a "phrase"`);
  return { anyOf: groups, excluded };
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** SQLite FTS5 MATCH expression: every term a quoted string, so no user text is syntax. */
export function fts5Match(s: SearchText): string {
  const positive = s.anyOf.map((g) => `(${g.map(quote).join(" AND ")})`).join(" OR ");
  return s.excluded.reduce((expr, term) => `(${expr}) NOT ${quote(term)}`, `(${positive})`);
}

/** The same query re-spelt for websearch_to_tsquery, quoting each term. */
export function websearchText(s: SearchText): string {
  const positive = s.anyOf.map((g) => g.map((t) => `"${t.replaceAll('"', " ")}"`).join(" ")).join(" or ");
  return [positive, ...s.excluded.map((t) => `-"${t.replaceAll('"', " ")}"`)].join(" ");
}

/** Filter conditions on filings `f`, in a backend's SQL. */
export interface SqlDialect {
  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string;
  /** Case-insensitive LIKE. */
  ilike: string;
  /** A condition true when filing `f` has an item or exhibit matching the search text. */
  textMatch(text: SearchText): string;
}

/**
 * @param withText also require the search text to match (export); a search ranks the text itself
 *   and leaves only its exclusions to the filter.
 */
export function filterConditions(q: NormalizedQuery, d: SqlDialect, withText: boolean): string[] {
  const where: string[] = [];
  const text = q.searchText;
  if (text) {
    if (withText) where.push(d.textMatch({ anyOf: text.anyOf, excluded: [] }));
    // An excluded word excludes the filing, wherever in it the word is.
    if (text.excluded.length)
      where.push(`NOT ${d.textMatch({ anyOf: text.excluded.map((t) => [t]), excluded: [] })}`);
  }
  if (q.item !== undefined)
    where.push(
      `f.id IN (SELECT i.filing_id FROM items i WHERE i.code = ${d.param(q.item)} UNION SELECT i.filing_id FROM items i WHERE i.number = ${d.param(q.item)})`,
    );
  if (q.form !== undefined) where.push(`f.form = ${d.param(q.form)}`);
  if (q.cik !== undefined) where.push(`f.cik = ${d.param(q.cik)}`);
  if (q.company) {
    const like = `%${q.company.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`f.registrant_name ${d.ilike} ${d.param(like)} ESCAPE '\\'`);
  }
  if (q.since !== undefined) where.push(`f.date_of_report >= ${d.param(q.since)}`);
  if (q.until !== undefined) where.push(`f.date_of_report <= ${d.param(q.until)}`);
  if (q.hasExhibit !== undefined)
    where.push(`f.id IN (SELECT e.filing_id FROM exhibits e WHERE e.number = ${d.param(q.hasExhibit)})`);
  if (q.minAmount !== undefined)
    where.push(
      `f.id IN (SELECT x.filing_id FROM facts x WHERE x.kind = 'money' AND x.amount >= ${d.param(q.minAmount)})`,
    );
  return where;
}
