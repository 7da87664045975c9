/**
 * The submissions JSON (`data.sec.gov/submissions/CIK##########.json`): a company's filings as
 * parallel arrays under `filings.recent`, one index per filing, and the older filings in pages
 * listed by `filings.files` (`CIK##########-submissions-001.json`, the same arrays at top level).
 * Also `company_tickers.json`, which maps tickers to CIKs.
 */
import { type IsoDate, parseIsoDate } from "./dates.js";
import { archivePathOf, type FilingRef, isAccession, splitItemField } from "./filings.js";

/** An older page, as `filings.files` lists it. */
export interface OlderPage {
  name: string;
  filingCount?: number;
  filingFrom?: IsoDate;
  filingTo?: IsoDate;
}

export interface CompanySubmissions {
  cik: number;
  name: string;
  tickers: string[];
  /** The `recent` filings. */
  filings: FilingRef[];
  olderPages: OlderPage[];
}

export function submissionsPath(cik: number): string {
  return `/submissions/CIK${String(cik).padStart(10, "0")}.json`;
}

export function olderPagePath(page: OlderPage): string {
  return `/submissions/${page.name}`;
}

/** Parses a company's main submissions JSON. Throws a one-line error when it is not one. */
export function parseSubmissions(json: unknown, expectedCik: number): CompanySubmissions {
  const top = asRecord(json, "submissions JSON");
  const filings = asRecord(top.filings, "submissions JSON filings");
  const cik = Number.parseInt(String(top.cik ?? expectedCik), 10);
  if (cik !== expectedCik) throw new Error(`submissions JSON is for CIK ${top.cik}, not ${expectedCik}`);
  const files = Array.isArray(filings.files) ? filings.files : [];
  return {
    cik,
    name: typeof top.name === "string" ? top.name : "",
    tickers: Array.isArray(top.tickers) ? top.tickers.filter((t): t is string => typeof t === "string") : [],
    filings: parseFilingArrays(filings.recent, cik, top.name),
    olderPages: files.map(readOlderPage).filter((p): p is OlderPage => p !== null),
  };
}

/** Parses an older page (`CIK##########-submissions-001.json`). */
export function parseOlderPage(json: unknown, cik: number, company?: string): FilingRef[] {
  return parseFilingArrays(json, cik, company);
}

/** Reads the parallel arrays; a filing with an unusable accession or date is left out. */
function parseFilingArrays(value: unknown, cik: number, company: unknown): FilingRef[] {
  const arrays = asRecord(value, "submissions filing arrays");
  const accessions = arrays.accessionNumber;
  if (!Array.isArray(accessions)) throw new Error("submissions JSON: no accessionNumber array");
  const column = (key: string): unknown[] => {
    const col = arrays[key];
    if (col === undefined) return [];
    if (!Array.isArray(col) || col.length !== accessions.length) {
      throw new Error(`submissions JSON: "${key}" is not an array as long as accessionNumber`);
    }
    return col;
  };
  const forms = column("form");
  const dates = column("filingDate");
  const items = column("items");
  const out: FilingRef[] = [];
  for (let i = 0; i < accessions.length; i++) {
    const accession = accessions[i];
    const filingDate = typeof dates[i] === "string" ? parseIsoDate(dates[i] as string) : null;
    if (typeof accession !== "string" || !isAccession(accession) || !filingDate) continue;
    out.push({
      accession,
      cik,
      form: typeof forms[i] === "string" ? (forms[i] as string) : "",
      filingDate,
      company: typeof company === "string" ? company : undefined,
      // An absent column means unknown; an empty string means the JSON lists no items.
      items: items.length ? splitItemField(items[i] as string) : undefined,
      archivePath: archivePathOf(cik, accession),
    });
  }
  return out;
}

function readOlderPage(value: unknown): OlderPage | null {
  if (typeof value !== "object" || value === null) return null;
  const page = value as Record<string, unknown>;
  // Only a plain file name: the page is fetched next to the main JSON, never from elsewhere.
  if (typeof page.name !== "string" || !/^[\w.-]+\.json$/.test(page.name)) return null;
  return {
    name: page.name,
    filingCount: typeof page.filingCount === "number" ? page.filingCount : undefined,
    filingFrom:
      typeof page.filingFrom === "string" ? (parseIsoDate(page.filingFrom) ?? undefined) : undefined,
    filingTo: typeof page.filingTo === "string" ? (parseIsoDate(page.filingTo) ?? undefined) : undefined,
  };
}

/** Whether an older page can hold filings dated in [since, until] (unknown bounds: maybe). */
export function pageOverlaps(page: OlderPage, since?: IsoDate, until?: IsoDate): boolean {
  if (since && page.filingTo && page.filingTo < since) return false;
  if (until && page.filingFrom && page.filingFrom > until) return false;
  return true;
}

export const COMPANY_TICKERS_PATH = "/files/company_tickers.json";

/**
 * `company_tickers.json`: `{"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, …}`
 * → ticker → CIK. Tickers are matched case-free, and `BRK.B` finds `BRK-B`.
 */
export function parseCompanyTickers(json: unknown): Map<string, number> {
  const table = asRecord(json, "company_tickers.json");
  const out = new Map<string, number>();
  for (const entry of Object.values(table)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { cik_str: cikValue, ticker } = entry as Record<string, unknown>;
    const cik = Number.parseInt(String(cikValue), 10);
    if (typeof ticker !== "string" || !Number.isSafeInteger(cik) || cik <= 0) continue;
    const key = tickerKey(ticker);
    if (!out.has(key)) out.set(key, cik);
  }
  return out;
}

export function tickerKey(ticker: string): string {
  return ticker.trim().toUpperCase().replace(/\./g, "-");
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${what}: expected an object`);
  }
  return value as Record<string, unknown>;
}
