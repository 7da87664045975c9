/**
 * Full-text ranking on PostgreSQL: websearch_to_tsquery over the stored tsvectors (GIN), the
 * best passage per filing by ts_rank, and ts_headline for the snippet of the hits shown.
 */
import type pg from "pg";
import { TSVECTOR_TEXT_CHARS } from "./migrations/postgres.js";
import { type SearchText, websearchText } from "./query.js";
import { HIGHLIGHT, type RankedMatch, type TextRanker } from "./search.js";
import { makeDialect } from "./sql.js";

const tsquery = (param: string) => `websearch_to_tsquery('english'::regconfig, ${param})`;

function postgresTextMatch(text: SearchText, param: (v: unknown) => string): string {
  const q = tsquery(param(websearchText(text)));
  return `f.id IN (SELECT filing_id FROM items WHERE tsv @@ ${q} UNION SELECT filing_id FROM exhibits WHERE tsv @@ ${q})`;
}

/** PostgreSQL's SQL for the shared queries (filters, export, stats). */
export const postgresDialect = () => makeDialect("$n", "ILIKE", postgresTextMatch);

const HEADLINE = `StartSel=${HIGHLIGHT}, StopSel=${HIGHLIGHT}, MaxWords=35, MinWords=15, MaxFragments=1, FragmentDelimiter=" … "`;

export function postgresRanker(pool: pg.Pool): TextRanker {
  return {
    async rank(text, filters, limit) {
      const d = postgresDialect();
      const q = tsquery(d.param(websearchText(text)));
      const where = filters(d);
      const { rows } = await pool.query(
        `WITH q AS (SELECT ${q} AS query),
         matches AS (
           SELECT i.filing_id, 0 AS kind, i.id AS part_id, coalesce(i.code, i.number) AS ref, ts_rank(i.tsv, q.query) AS score
             FROM items i, q WHERE i.tsv @@ q.query
           UNION ALL
           SELECT e.filing_id, 1, e.id, e.number, ts_rank(e.tsv, q.query)
             FROM exhibits e, q WHERE e.tsv @@ q.query
         ), best AS (
           SELECT DISTINCT ON (filing_id) * FROM matches ORDER BY filing_id, score DESC, kind, part_id
         )
         SELECT b.filing_id, b.kind, b.part_id, b.ref, b.score FROM best b JOIN filings f ON f.id = b.filing_id
         ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY b.score DESC, (f.date_of_report IS NULL), f.date_of_report DESC, f.id LIMIT ${limit}`,
        d.params,
      );
      return rows.map(
        (r): RankedMatch => ({
          filingId: Number(r.filing_id),
          kind: Number(r.kind) === 0 ? "item" : "exhibit",
          partId: Number(r.part_id),
          ref: r.ref,
          score: Number(r.score),
        }),
      );
    },

    async snippets(text, matches) {
      const query = websearchText(text);
      const headlines = new Map<string, string>();
      for (const [kind, table, heading] of [
        ["item", "items", "title"],
        ["exhibit", "exhibits", "description"],
      ] as const) {
        const ids = matches.filter((m) => m.kind === kind).map((m) => m.partId);
        if (!ids.length) continue;
        const { rows } = await pool.query(
          `SELECT id, ts_headline('english'::regconfig,
                    coalesce(${heading}, '') || E'\\n' || left(coalesce(text, ''), ${TSVECTOR_TEXT_CHARS}),
                    ${tsquery("$1")}, $2) AS s
             FROM ${table} WHERE id = ANY($3::bigint[])`,
          [query, HEADLINE, ids],
        );
        for (const r of rows) headlines.set(`${kind}:${r.id}`, String(r.s).replace(/\s+/g, " ").trim());
      }
      return matches.map((m) => headlines.get(`${m.kind}:${m.partId}`) ?? null);
    },
  };
}
