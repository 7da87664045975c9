/**
 * `eightk search "text" [filters]`: ranked filings with a highlighted passage each; `--json`
 * prints one object per hit per line. The query flags are shared with `eightk export`.
 */
import type { Command } from "commander";
import { DEFAULT_DB } from "../store/open.js";
import { type QueryStrings, queryFromStrings } from "../store/query.js";
import type { SearchHit, SearchQuery } from "../store/types.js";
import type { Io } from "./parse.js";
import { withStore } from "./store.js";

export interface QueryFlags extends Omit<QueryStrings, "text"> {
  db?: string;
}

/** The filter flags of `search` and `export` (values checked in queryFromFlags, not here). */
export function addQueryOptions(cmd: Command): Command {
  return cmd
    .option("--db <file|url>", `SQLite file or postgres:// URL (default ./${DEFAULT_DB})`)
    .option("--item <code>", "filings with this item (1.01, or 5 as numbered in old filings)")
    .option("--form <form>", "filings of this form (8-K, 8-K/A)")
    .option("--cik <n>", "filings of this registrant (central index key)")
    .option("--company <name>", "registrant name containing this, any case")
    .option("--since <date>", "date of report on or after (YYYY-MM-DD, YYYY-MM or YYYY)")
    .option("--until <date>", "date of report on or before")
    .option("--has-exhibit <number>", "filings with this exhibit (99.1)")
    .option("--min-amount <n>", "filings naming an amount of money at least this large");
}

export function queryFromFlags(text: string | undefined, flags: QueryFlags): SearchQuery {
  return queryFromStrings({ ...flags, text }, "--");
}

const bold = (s: string) => s.replace(/\*\*(.+?)\*\*/g, "\x1b[1m$1\x1b[22m");

export function formatHit(hit: SearchHit, rank: number, color: boolean): string {
  const head = [
    hit.registrantName ?? "(registrant unknown)",
    [hit.form, hit.dateOfReport].filter(Boolean).join(" "),
    hit.accessionNumber ?? hit.source,
  ].join(" — ");
  const items = hit.items.length ? `  items ${hit.items.join(", ")}` : "";
  const lines = [`${rank}. ${head}${items}`];
  if (hit.snippet && hit.match) {
    const where = `${hit.match.kind} ${hit.match.ref}`;
    lines.push(`   ${where}: ${color ? bold(hit.snippet) : hit.snippet}`);
  }
  return `${lines.join("\n")}\n`;
}

export interface SearchOptions extends QueryFlags {
  json?: boolean;
}

export async function runSearch(
  text: string | undefined,
  opts: SearchOptions,
  io: Io,
  color = false,
): Promise<number> {
  return withStore(opts.db, io, async (store) => {
    const hits = await store.search(queryFromFlags(text, opts));
    if (opts.json) {
      for (const h of hits)
        io.out(
          `${JSON.stringify({
            source: h.source,
            accessionNumber: h.accessionNumber,
            registrantName: h.registrantName,
            dateOfReport: h.dateOfReport,
            form: h.form,
            cik: h.cik,
            items: h.items,
            snippet: h.snippet,
            match: h.match,
            score: h.score,
          })}\n`,
        );
    } else {
      hits.forEach((h, i) => {
        io.out(formatHit(h, i + 1, color));
      });
      if (!hits.length) io.err("eightk: no filings match\n");
    }
    return 0;
  });
}
