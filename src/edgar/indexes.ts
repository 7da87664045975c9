/**
 * EDGAR's index files: quarterly `full-index/YYYY/QTRn/{form,master}.idx`, the same layouts per
 * day in `daily-index/YYYY/QTRn/{form,master}.YYYYMMDD.idx`, and the folder listing
 * (`index.json`) that says which daily files exist.
 *
 * Both layouts open with `Description:` / `Last Data Received:` / … lines, a column-title line
 * and a dashed rule; the rows follow. `form.idx` is fixed width and its form types contain
 * spaces (`SC 13G/A`), so it is read from the right; `master.idx` is pipe-delimited.
 */
import { type IsoDate, normalizeIndexDate, parseIsoDate } from "./dates.js";
import { accessionIn } from "./filings.js";

export type IndexKind = "form" | "master";

export interface IndexRow {
  form: string;
  company: string;
  cik: number;
  dateFiled: IsoDate;
  /** As listed: `edgar/data/320193/0000320193-19-000032.txt`. */
  fileName: string;
  accession: string;
}

export interface ParsedIndex {
  rows: IndexRow[];
  /** Rows after the rule that could not be read (kept as a count: one bad row must not stop a quarter). */
  unreadable: number;
}

export function parseIndex(kind: IndexKind, text: string): ParsedIndex {
  return kind === "form" ? parseFormIndex(text) : parseMasterIndex(text);
}

/** `form.idx`: Form Type, Company Name, CIK, Date Filed, File Name in fixed-width columns. */
export function parseFormIndex(text: string): ParsedIndex {
  const { header, body } = splitAtRule(text);
  // The company column starts where its title does; used to split form type from company.
  const companyColumn = header.indexOf("Company Name");
  const rows: IndexRow[] = [];
  let unreadable = 0;
  for (const line of body) {
    if (line.trim() === "") continue;
    const row = readFormRow(line, companyColumn);
    if (row) rows.push(row);
    else unreadable++;
  }
  return { rows, unreadable };
}

function readFormRow(line: string, companyColumn: number): IndexRow | null {
  // From the right: File Name, Date Filed, CIK never contain spaces.
  const m = /^(.*?)\s+(\d{1,10})\s+(\d{4}-?\d{2}-?\d{2})\s+(\S+)\s*$/.exec(line);
  if (!m) return null;
  const [, left, cikText, dateText, fileName] = m;
  let form: string;
  let company: string;
  if (companyColumn > 0 && left.length > companyColumn && left[companyColumn - 1] === " ") {
    form = left.slice(0, companyColumn).trim();
    company = left.slice(companyColumn).trim();
  } else {
    // A form type wider than its column: the two fields are then split by a run of spaces.
    const split = /^(\S+(?: \S+)*?)\s{2,}(.*)$/.exec(left.trim());
    if (!split) return null;
    [, form, company] = split;
  }
  return makeRow(form, company, cikText, dateText, fileName);
}

/** `master.idx`: `CIK|Company Name|Form Type|Date Filed|Filename`. */
export function parseMasterIndex(text: string): ParsedIndex {
  const { body } = splitAtRule(text);
  const rows: IndexRow[] = [];
  let unreadable = 0;
  for (const line of body) {
    if (line.trim() === "") continue;
    const fields = line.split("|");
    let row: IndexRow | null = null;
    if (fields.length >= 5) {
      // A company name holding a "|" would shift the fields: read the ends, join the middle.
      const [cikText] = fields;
      const [form, dateText, fileName] = fields.slice(-3);
      row = makeRow(form, fields.slice(1, -3).join("|"), cikText, dateText, fileName);
    }
    if (row) rows.push(row);
    else unreadable++;
  }
  return { rows, unreadable };
}

function makeRow(
  form: string,
  company: string,
  cikText: string,
  dateText: string,
  fileName: string,
): IndexRow | null {
  const cik = Number.parseInt(cikText.trim(), 10);
  const dateFiled = normalizeIndexDate(dateText.trim());
  const accession = accessionIn(fileName);
  if (!Number.isSafeInteger(cik) || cik <= 0 || !dateFiled || !accession || !form.trim()) return null;
  return { form: form.trim(), company: company.trim(), cik, dateFiled, fileName: fileName.trim(), accession };
}

/** The column-title line and the rows below the dashed rule. */
function splitAtRule(text: string): { header: string; body: string[] } {
  const lines = text.split(/\r?\n/);
  // The rule comes within the first dozen lines; bounded so a file without one is not rescanned.
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    if (/^-{20,}\s*$/.test(lines[i])) return { header: lines[i - 1] ?? "", body: lines.slice(i + 1) };
  }
  throw new Error("not an EDGAR index file: no dashed rule under a column-title line");
}

/** A daily index file found in a folder listing. */
export interface DailyIndexFile {
  name: string;
  date: IsoDate;
}

/**
 * The daily files of one kind in a `daily-index/YYYY/QTRn/index.json` listing. Names are
 * `form.20240301.idx`; 1990s folders use two-digit years (`form.950103.idx`).
 */
export function dailyIndexFiles(listing: unknown, kind: IndexKind): DailyIndexFile[] {
  const items = (listing as { directory?: { item?: unknown } } | null)?.directory?.item;
  if (!Array.isArray(items)) throw new Error("not an EDGAR folder listing: no directory.item array");
  const out: DailyIndexFile[] = [];
  const pattern = new RegExp(`^${kind}\\.(\\d{6}|\\d{8})\\.idx$`);
  for (const item of items) {
    const name = (item as { name?: unknown })?.name;
    if (typeof name !== "string") continue;
    const m = pattern.exec(name);
    if (!m) continue;
    const digits = m[1].length === 8 ? m[1] : `${Number(m[1].slice(0, 2)) >= 90 ? "19" : "20"}${m[1]}`;
    const date = parseIsoDate(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`);
    if (date) out.push({ name, date });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
