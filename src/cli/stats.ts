/**
 * `eightk stats [text] [filters] [--json]`: what the store holds — filings by year, form and
 * item, and how the ingested sources ended — or what a search selects (its facets). `--json`
 * prints the StoreStats object (its `filings` is the count).
 */
import type { StoreStats } from "../store/types.js";
import type { Io } from "./parse.js";
import { type QueryFlags, queryFromFlags } from "./search.js";
import { withStore } from "./store.js";

export interface StatsOptions extends QueryFlags {
  json?: boolean;
}

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts);
  if (!rows.length) return `${title}: none\n`;
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${title}:\n${rows.map(([k, n]) => `  ${k.padEnd(width)}  ${n}`).join("\n")}\n`;
}

export function formatStats(s: StoreStats, location: string): string {
  return [
    `${location}: ${s.filings} filings, ${s.items} items, ${s.exhibits} exhibits, ${s.facts} facts`,
    `sources: ${s.sources.stored} stored, ${s.sources.duplicate} duplicates, ${s.sources.failed} failed\n`,
    table("by year", s.byYear),
    table("by form", s.byForm),
    table("by item", s.byItem),
  ].join("\n");
}

export async function runStats(text: string | undefined, opts: StatsOptions, io: Io): Promise<number> {
  return withStore(opts.db, io, async (store) => {
    const { limit: _limit, ...query } = queryFromFlags(text, opts);
    const stats = await store.stats(query);
    io.out(opts.json ? `${JSON.stringify(stats)}\n` : formatStats(stats, store.location));
    return 0;
  });
}
