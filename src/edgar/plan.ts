/**
 * Which filings to fetch. By company: the submissions JSON and the older pages whose dates
 * overlap the period. By period: per quarter, the full-index file, or the daily-index files when
 * only a few days of the quarter are wanted (a quarter's form.idx runs to tens of MB). Items
 * are known only to the submissions JSON, so an item filter over a period looks up each
 * company listed once.
 */
import {
  addDays,
  daysInclusive,
  earlierOf,
  type IsoDate,
  isWeekday,
  laterOf,
  type Quarter,
  quartersBetween,
} from "./dates.js";
import {
  archivePathOf,
  type FilingFilter,
  type FilingRef,
  matchesFormAndDate,
  matchesItems,
} from "./filings.js";
import type { EdgarClient } from "./http.js";
import { dailyIndexFiles, type IndexKind, type IndexRow, parseIndex } from "./indexes.js";
import { forEachConcurrently } from "./pool.js";
import { EdgarFetchError } from "./retry.js";
import {
  COMPANY_TICKERS_PATH,
  olderPagePath,
  pageOverlaps,
  parseCompanyTickers,
  parseOlderPage,
  parseSubmissions,
  submissionsPath,
  tickerKey,
} from "./submissions.js";

/** Up to this many days of a quarter are read from daily indexes rather than the quarter's. */
export const DAILY_INDEX_MAX_DAYS = 7;

/** A request the user can fix: an unknown ticker. */
export class SelectionError extends Error {
  override readonly name = "SelectionError";
}

export interface PlanContext {
  client: EdgarClient;
  filter: FilingFilter;
  jobs: number;
  /** Told of things worth a line on stderr (a company without submissions JSON, unreadable rows). */
  note: (message: string) => void;
}

export async function resolveTickers(client: EdgarClient, tickers: readonly string[]): Promise<number[]> {
  if (tickers.length === 0) return [];
  const table = parseCompanyTickers(await client.getJson(COMPANY_TICKERS_PATH));
  return tickers.map((ticker) => {
    const cik = table.get(tickerKey(ticker));
    if (cik === undefined) throw new SelectionError(`unknown ticker ${ticker} (not in company_tickers.json)`);
    return cik;
  });
}

/** A company's filings that pass the filter, from its submissions JSON and older pages. */
export async function listCompanyFilings(ctx: PlanContext, cik: number): Promise<FilingRef[]> {
  const all = await companyFilings(ctx.client, cik, ctx.filter.since, ctx.filter.until);
  return all.filter((f) => matchesFormAndDate(f, ctx.filter) && matchesItems(f.items, ctx.filter));
}

/** Everything the submissions JSON lists for `cik` that may fall in [since, until]. */
async function companyFilings(
  client: EdgarClient,
  cik: number,
  since?: IsoDate,
  until?: IsoDate,
): Promise<FilingRef[]> {
  const main = parseSubmissions(await client.getJson(submissionsPath(cik)), cik);
  const filings = [...main.filings];
  for (const page of main.olderPages) {
    if (!pageOverlaps(page, since, until)) continue;
    filings.push(...parseOlderPage(await client.getJson(olderPagePath(page)), cik, main.name));
  }
  return filings;
}

/** Filings listed in the indexes for [since, until] that pass the filter. */
export async function listPeriodFilings(
  ctx: PlanContext,
  since: IsoDate,
  until: IsoDate,
  kind: IndexKind,
): Promise<FilingRef[]> {
  const byAccession = new Map<string, FilingRef>();
  for (const quarter of quartersBetween(since, until)) {
    const from = laterOf(since, quarter.first);
    const to = earlierOf(until, quarter.last);
    const rows =
      daysInclusive(from, to) <= DAILY_INDEX_MAX_DAYS
        ? await dailyRows(ctx, quarter, from, to, kind)
        : await quarterRows(ctx, quarter, kind);
    for (const row of rows) {
      const filing = fromIndexRow(row);
      // Co-registrants list one accession under each CIK: fetch it once.
      if (matchesFormAndDate(filing, ctx.filter) && !byAccession.has(filing.accession)) {
        byAccession.set(filing.accession, filing);
      }
    }
  }
  const listed = [...byAccession.values()];
  return ctx.filter.items ? keepListedItems(ctx, listed) : listed;
}

function fromIndexRow(row: IndexRow): FilingRef {
  return {
    accession: row.accession,
    cik: row.cik,
    form: row.form,
    filingDate: row.dateFiled,
    company: row.company,
    archivePath: archivePathOf(row.cik, row.accession),
  };
}

async function quarterRows(ctx: PlanContext, q: Quarter, kind: IndexKind): Promise<IndexRow[]> {
  return readIndex(ctx, `/Archives/edgar/full-index/${q.year}/QTR${q.quarter}/${kind}.idx`, kind);
}

async function dailyRows(
  ctx: PlanContext,
  q: Quarter,
  from: IsoDate,
  to: IsoDate,
  kind: IndexKind,
): Promise<IndexRow[]> {
  const folder = `/Archives/edgar/daily-index/${q.year}/QTR${q.quarter}`;
  let names: string[];
  try {
    const listing = await ctx.client.getJson(`${folder}/index.json`);
    names = dailyIndexFiles(listing, kind)
      .filter((f) => f.date >= from && f.date <= to)
      .map((f) => f.name);
  } catch (e) {
    if (!(e instanceof EdgarFetchError && e.status === 404)) throw e;
    // No listing (a bare mirror): try each weekday's file by its usual name.
    names = weekdays(from, to).map((day) => `${kind}.${day.replaceAll("-", "")}.idx`);
  }
  const rows: IndexRow[] = [];
  for (const name of names) {
    try {
      rows.push(...(await readIndex(ctx, `${folder}/${name}`, kind)));
    } catch (e) {
      // A weekday without a file is a holiday: nothing was filed.
      if (!(e instanceof EdgarFetchError && e.status === 404)) throw e;
    }
  }
  return rows;
}

function weekdays(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let i = 0; i < daysInclusive(from, to); i++) {
    const day = addDays(from, i);
    if (isWeekday(day)) out.push(day);
  }
  return out;
}

async function readIndex(ctx: PlanContext, path: string, kind: IndexKind): Promise<IndexRow[]> {
  // Index files are ASCII; latin1 never fails on a stray byte in a company name.
  const text = (await ctx.client.getBuffer(path)).toString("latin1");
  let parsed: ReturnType<typeof parseIndex>;
  try {
    parsed = parseIndex(kind, text);
  } catch (e) {
    throw new EdgarFetchError((e as Error).message, ctx.client.urlFor(path));
  }
  if (parsed.unreadable) ctx.note(`${path}: ${parsed.unreadable} unreadable rows left out`);
  return parsed.rows;
}

/**
 * Keeps the filings whose items (per their company's submissions JSON) pass the item filter:
 * one lookup per company, however many filings it has in the period.
 */
async function keepListedItems(ctx: PlanContext, filings: FilingRef[]): Promise<FilingRef[]> {
  const ciks = [...new Set(filings.map((f) => f.cik))];
  const itemsByAccession = new Map<string, string[] | undefined>();
  await forEachConcurrently(ciks, ctx.jobs, async (cik) => {
    try {
      for (const f of await companyFilings(ctx.client, cik, ctx.filter.since, ctx.filter.until)) {
        itemsByAccession.set(f.accession, f.items);
      }
    } catch (e) {
      if (!(e instanceof EdgarFetchError && e.status === 404)) throw e;
      ctx.note(`CIK ${cik}: no submissions JSON, so its items are unknown; its filings are left out`);
    }
  });
  return filings
    .map((f) => ({ ...f, items: itemsByAccession.get(f.accession) }))
    .filter((f) => matchesItems(f.items, ctx.filter));
}
