/**
 * Full-text ranking on SQLite FTS5. bm25 over every match is the floor of a search's cost (a
 * common word matches most of a large store), so nothing else may cost per match:
 *
 *  - a passage's rowid (items.id, exhibits.id) is its filing's id × 4096 + its position, so the
 *    filing of a match is arithmetic, not a join;
 *  - first the best K passages of each table (FTS5 keeps only K while ranking); each filing's
 *    best passage, filters checked on those filings only. That answer is exact once `limit`
 *    filings pass whose scores are no worse than the K-th passage of either table (nothing
 *    unseen can beat them), or when a table has no more matches;
 *  - else once more with every match of the filings that pass the filters (evaluated once, as a
 *    set), so bm25 is computed for those only.
 */
import type Database from "better-sqlite3";
import { fts5Match, type SearchText, type SqlDialect } from "./query.js";
import { HIGHLIGHT, type RankedMatch, type TextRanker } from "./search.js";
import { makeDialect } from "./sql.js";

/** Items and exhibits a filing can have in the store (each, numbered by position). */
export const PASSAGES_PER_FILING = 4096;

export function passageId(filingId: number, position: number): number {
  if (position >= PASSAGES_PER_FILING)
    throw new RangeError(`a filing with more than ${PASSAGES_PER_FILING} items or exhibits cannot be stored`);
  return filingId * PASSAGES_PER_FILING + position;
}

const filingOf = (rowid: number) => Math.floor(rowid / PASSAGES_PER_FILING);

// Headings (item titles, exhibit descriptions) weigh more than body text. bm25: lower is better.
const TABLES = [
  { kind: "item", fts: "items_fts", table: "items", ref: "coalesce(code, number)", weights: "4.0, 1.0" },
  { kind: "exhibit", fts: "exhibits_fts", table: "exhibits", ref: "number", weights: "2.0, 1.0" },
] as const;

type Kind = (typeof TABLES)[number]["kind"];
type Passage = [rowid: number, score: number, kind: Kind];

function sqliteTextMatch(text: SearchText, param: (v: unknown) => string): string {
  const match = fts5Match(text);
  // rowid / 4096 is the filing id (see passageId).
  return `f.id IN (${TABLES.map((t) => `SELECT rowid / ${PASSAGES_PER_FILING} FROM ${t.fts} WHERE ${t.fts} MATCH ${param(match)}`).join(" UNION ")})`;
}

/** SQLite's SQL for the shared queries (filters, export, stats). */
export const sqliteDialect = () => makeDialect("?", "LIKE", sqliteTextMatch);

export function sqliteRanker(db: Database.Database): TextRanker {
  /** The best `k` passages of each table (all with k null), of filings in `only` when given. */
  const ranked = (match: string, k: number | null, only: Set<number> | null = null) =>
    TABLES.map((t) => {
      // Filings outside `only` are dropped before bm25 is computed for them.
      const within = only ? `AND (rowid / ${PASSAGES_PER_FILING}) IN (SELECT value FROM json_each(?))` : "";
      const rows = db
        .prepare(
          `SELECT rowid, bm25(${t.fts}, ${t.weights}) AS score FROM ${t.fts} WHERE ${t.fts} MATCH ? ${within}
            ORDER BY score${k ? ` LIMIT ${k}` : ""}`,
        )
        .raw()
        .all(...(only ? [match, JSON.stringify([...only])] : [match])) as [number, number][];
      return {
        passages: rows.map(([rowid, score]): Passage => [rowid, score, t.kind]),
        // Every unseen passage of this table scores no better than this.
        floor: k === null || rows.length < k ? Number.POSITIVE_INFINITY : rows[rows.length - 1][1],
      };
    });

  /** Filings that pass the filters: among `ids`, or all of them when `ids` is null. */
  const passing = (filters: (d: SqlDialect) => string[], ids: number[] | null): Set<number> | null => {
    const d = sqliteDialect();
    const where = filters(d);
    if (!where.length) return null;
    if (ids) where.push(`f.id IN (${ids.join(",")})`);
    return new Set(
      db
        .prepare(`SELECT f.id FROM filings f WHERE ${where.join(" AND ")}`)
        .pluck()
        .all(...d.params) as number[],
    );
  };

  /** Each filing's best passage, best filings first, at most `limit`. */
  const best = (passages: Passage[], ok: Set<number> | null, limit: number): Passage[] => {
    passages.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const seen = new Set<number>();
    const out: Passage[] = [];
    for (const p of passages) {
      const filing = filingOf(p[0]);
      if (seen.has(filing) || (ok && !ok.has(filing))) continue;
      seen.add(filing);
      out.push(p);
      if (out.length === limit) break;
    }
    return out;
  };

  const toMatches = (passages: Passage[]): RankedMatch[] => {
    const refs = new Map<string, string>();
    for (const t of TABLES) {
      const ids = passages.filter((p) => p[2] === t.kind).map((p) => p[0]);
      if (!ids.length) continue;
      for (const [id, ref] of db
        .prepare(`SELECT id, ${t.ref} FROM ${t.table} WHERE id IN (${ids.join(",")})`)
        .raw()
        .all() as [number, string][])
        refs.set(`${t.kind}:${id}`, ref);
    }
    return passages.map(([rowid, score, kind]) => ({
      filingId: filingOf(rowid),
      kind,
      partId: rowid,
      ref: refs.get(`${kind}:${rowid}`) ?? "",
      score: -score,
    }));
  };

  return {
    async rank(text, filters, limit) {
      const match = fts5Match(text);
      const tops = ranked(match, Math.max(500, limit * 25));
      const candidates = tops.flatMap((t) => t.passages);
      const ok = passing(filters, [...new Set(candidates.map((p) => filingOf(p[0])))]);
      const found = best(candidates, ok, limit);
      const floor = Math.min(...tops.map((t) => t.floor));
      if (floor === Number.POSITIVE_INFINITY || (found.length === limit && found[limit - 1][1] <= floor))
        return toMatches(found);
      const all = passing(filters, null);
      return toMatches(
        best(
          ranked(match, null, all).flatMap((t) => t.passages),
          all,
          limit,
        ),
      );
    },

    async snippets(text, matches) {
      const match = fts5Match(text);
      // The driver binds a number as REAL, and FTS5 then ignores a rowid constraint: hence CAST.
      const statements = Object.fromEntries(
        TABLES.map((t) => [
          t.kind,
          db
            .prepare(
              `SELECT snippet(${t.fts}, -1, '${HIGHLIGHT}', '${HIGHLIGHT}', '…', 24) FROM ${t.fts}
                WHERE ${t.fts} MATCH ? AND rowid = CAST(? AS INTEGER)`,
            )
            .pluck(),
        ]),
      );
      return matches.map((m) => {
        const s = statements[m.kind].get(match, m.partId) as string | undefined;
        return s ? s.replace(/\s+/g, " ").trim() : null;
      });
    },
  };
}
