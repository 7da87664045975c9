/**
 * What a fetch is about: a filing to download (from an index row or a submissions JSON row), the
 * 8-K form family, and the form and item filters.
 */
import type { IsoDate } from "./dates.js";

/** One filing to download, wherever it was listed. */
export interface FilingRef {
  /** `0000320193-19-000032`. */
  accession: string;
  cik: number;
  form: string;
  filingDate: IsoDate;
  company?: string;
  /** Item codes when the submissions JSON gives them (`["2.02", "9.01"]`); undefined when unknown. */
  items?: string[];
  /** The full submission's path on EDGAR, `/Archives/edgar/data/CIK/ACCESSION.txt`. */
  archivePath: string;
}

/** The 8-K family (form-8k.md §4.3), with their amendments. */
export const EIGHT_K_FAMILY: readonly string[] = [
  "8-K",
  "8-K/A",
  "8-K12B",
  "8-K12B/A",
  "8-K12G3",
  "8-K12G3/A",
  "8-K15D5",
  "8-K15D5/A",
];

const ACCESSION = /\b(\d{10}-\d{2}-\d{6})\b/;

/** The accession number inside an index row's file name (`edgar/data/320193/0000320193-19-000032.txt`). */
export function accessionIn(text: string): string | null {
  return ACCESSION.exec(text)?.[1] ?? null;
}

export function isAccession(text: string): boolean {
  return /^\d{10}-\d{2}-\d{6}$/.test(text);
}

/** The legacy full-submission path, the one the indexes list. */
export function archivePathOf(cik: number, accession: string): string {
  return `/Archives/edgar/data/${cik}/${accession}.txt`;
}

/** `8-k /a` → `8-K/A`: upper case, no spaces around the slash. */
export function normalizeForm(form: string): string {
  return form
    .trim()
    .toUpperCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ");
}

/** A user's `--forms` list. Throws a one-line error on an empty entry. */
export function parseFormList(text: string): string[] {
  const forms = text.split(",").map(normalizeForm);
  if (forms.some((f) => f === "")) throw new Error(`--forms: empty form type in "${text}"`);
  return [...new Set(forms)];
}

/** A user's `--items` list: current codes (`1.01`) or pre-2004 integers (`5`). */
export function parseItemList(text: string): string[] {
  const items = text.split(",").map((s) => s.trim());
  for (const item of items) {
    if (!/^\d{1,2}(\.\d{2})?$/.test(item)) {
      throw new Error(`--items: "${item}" is not an item code such as 1.01 (or 5 before 2004)`);
    }
  }
  return [...new Set(items)];
}

/** The submissions JSON's `items` field: `"2.02,9.01"` → `["2.02", "9.01"]`. */
export function splitItemField(field: string | null | undefined): string[] {
  if (!field) return [];
  return field
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The filters every listing goes through. */
export interface FilingFilter {
  forms: ReadonlySet<string>;
  since?: IsoDate;
  until?: IsoDate;
  /** Keep only filings listing one of these items; undefined keeps all. */
  items?: ReadonlySet<string>;
}

/** Form and date: what an index row can tell. */
export function matchesFormAndDate(filing: Pick<FilingRef, "form" | "filingDate">, filter: FilingFilter) {
  if (!filter.forms.has(normalizeForm(filing.form))) return false;
  if (filter.since && filing.filingDate < filter.since) return false;
  if (filter.until && filing.filingDate > filter.until) return false;
  return true;
}

/** Items: only the submissions JSON tells; a filing whose items are unknown does not match. */
export function matchesItems(items: readonly string[] | undefined, filter: FilingFilter): boolean {
  if (!filter.items) return true;
  const wanted = filter.items;
  return (items ?? []).some((item) => wanted.has(item));
}
