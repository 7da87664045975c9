/**
 * Exhibits: the list in Item 7 / 9.01 ("99.1 The Registrant's Press Release dated ..."), the
 * exhibit index after the signatures ("99.1  Text of Press Release ...  5"), an unnumbered
 * "Exhibits" paragraph (0000092122-05-000042), and the documents attached as EX-… — merged by
 * number and linked to the document that holds each one.
 */
import type { Doc } from "../document/types.js";
import { EXHIBIT_INDEX_HEADING } from "./items.js";

export interface ListedExhibit {
  number: string;
  description: string | null;
  page: string | null;
  where: "item" | "index" | "reference";
  start: number;
  end: number;
}

/** Exhibit numbers of Regulation S-K Item 601 (the major part). */
const ITEM_601 = new Set([
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 31,
  32, 33, 34, 35, 36, 95, 96, 97, 98, 99, 100, 101, 104, 106, 107,
]);

// One line at a time; bounded.
const ENTRY =
  /^(?:ex(?:hibit)?s?\.?\s{0,3}(?:no\.?|number|#)?\s{0,3})?(\d{1,3}(?:\.\d{1,3}){0,2}(?:\s?\([a-z0-9]{1,3}\))?)\.?[*†‡#+]{0,3}(?:\s{1,60}|\s{0,3}[-–—:]\s{0,3})(\S.{0,600})$/i;
const EXHIBITS_LABEL =
  /^(?:\(?[a-d]\)?\.?\s{0,12})?(?:exhibits?|exhibit\s+no\.?\s+description|exhibit\s+number\s+description)\.?:?$/i;
const NOT_APPLICABLE = /^(?:not\s+applicable|none|n\/a)\.?$/i;
const DOT_LEADERS = /(?:\s?\.){3,}\s*$/;

/** A table's last column saying how an exhibit is filed ("Method of Filing"). */
const FILING_METHOD =
  /^(?:filed|furnished|included)(?:\s+(?:herewith|hereto|electronically|with\s+this\s+(?:report|current\s+report|form\s+8-k)))?\.?$/i;

/** A description without the filing-method cell that ends its table row (Ford 2017: "Furnished with this Report"). */
function withoutFilingMethod(doc: Doc, line: number, description: string): string {
  const cells = doc.lines.cells(line);
  if (!cells || cells.length < 3) return description;
  const last = cells[cells.length - 1];
  const method = doc.text.slice(last.start, last.end).replace(/\s+/g, " ").trim();
  if (!FILING_METHOD.test(method) || !description.endsWith(method)) return description;
  return description.slice(0, description.length - method.length).trim();
}

/** More "(" than ")": a description cut inside a parenthesis. */
function unclosed(s: string): boolean {
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

export function normalizeExhibitNumber(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/^EX(?:HIBIT)?[-\s.]*/, "")
    .replace(/\s+/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
}

export function isExhibitNumber(n: string): boolean {
  const major = Number.parseInt(n, 10);
  return ITEM_601.has(major);
}

/**
 * Reads exhibit entries among lines [from, to): each entry's description continues on the
 * following lines that are indented past its number, until a gap or the next entry.
 */
export function readExhibitList(
  doc: Doc,
  from: number,
  to: number,
  where: ListedExhibit["where"],
): ListedExhibit[] {
  const { lines, text } = doc;
  const out: ListedExhibit[] = [];
  let current: ListedExhibit | null = null;
  let currentIndent = 0;
  for (let i = from; i < to; i++) {
    const line = lines.line(i);
    const t = text.slice(line.start, line.end).replace(/\s+/g, " ").trim();
    const m = t.length < 700 ? ENTRY.exec(t) : null;
    // Inside an open parenthesis the entry before goes on: "(not including ... Attachment" /
    // "1: Disclosure Schedule; ...)" is no exhibit 1.
    const open = current !== null && !line.gapBefore && unclosed(current.description ?? "");
    if (
      m &&
      !open &&
      isExhibitNumber(m[1]) &&
      !/^\d{1,3}(?:\.\d+)?\s+(?:days?|percent|%|shares|million|billion)/i.test(t)
    ) {
      current = {
        number: normalizeExhibitNumber(m[1]),
        description: withoutFilingMethod(doc, i, m[2]),
        page: null,
        where,
        start: line.start,
        end: line.end,
      };
      currentIndent = line.indent;
      out.push(current);
      continue;
    }
    if (
      current &&
      !line.gapBefore &&
      // Indented past the number, or a wrapped sentence going on in lower case ("pursuant to ...").
      (line.indent > currentIndent || /^[a-z]/.test(t) || open) &&
      t.length < 200 &&
      !EXHIBITS_LABEL.test(t)
    ) {
      current.description = `${current.description ?? ""} ${t}`;
      current.end = line.end;
      continue;
    }
    current = null;
    // The list is over at the first other paragraph after it (Amazon's Item 7 goes on with the
    // financial statements and their numbered notes, 0000891020-98-001352).
    if (out.length && line.gapBefore && !/^\(?[a-z]{1,4}\)|^exhibit\s+(?:no|number)|^number$/i.test(t)) break;
  }
  for (const e of out) {
    let d = (e.description ?? "").replace(/\s+/g, " ").trim();
    // An index row ends in its page number ("... 1996   5").
    const page = /^(.{4,}?)(?:\s{0,3}(?:\.\s?){2,})?\s+(\d{1,3}|[A-Z]-\d{1,3})$/.exec(d);
    if (where === "index" && page) {
      d = page[1];
      e.page = page[2];
    }
    // "Exhibit 99 - Press release ...", "Exhibit 99.1 -- Press release": the dash only separates.
    d = d
      .replace(DOT_LEADERS, "")
      .replace(/^(?:-{1,2}|[–—:])\s*/, "")
      .trim();
    e.description = d || null;
  }
  return out.filter((e) => !NOT_APPLICABLE.test(e.description ?? ""));
}

/** The line after an "(c) Exhibits" label in [from, to), or `from` when there is none. */
export function exhibitLabelLine(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const start = doc.lines.start(i);
    const end = doc.lines.end(i);
    if (end - start > 80) continue;
    const t = doc.text.slice(start, end).replace(/\s+/g, " ").trim();
    if (EXHIBITS_LABEL.test(t) || /^\(?[a-d]\)?\.?\s{0,8}exhibits?\b/i.test(t)) return i + 1;
  }
  return from;
}

/** Line ranges of the primary document where exhibits are listed outside items. */
export function exhibitListRanges(
  doc: Doc,
  stops: Set<number>,
): { from: number; to: number; where: ListedExhibit["where"] }[] {
  const out: { from: number; to: number; where: ListedExhibit["where"] }[] = [];
  const { lines, text } = doc;
  for (let i = 0; i < lines.length; i++) {
    const start = lines.start(i);
    const end = lines.end(i);
    if (end - start > 60) continue;
    // "Exhibits", "(c) Exhibits", "Index to Exhibits", "List of Exhibits": one character decides.
    const c = text.charCodeAt(start) | 0x20;
    if (c !== 0x65 && c !== 0x28 && c !== 0x69 && c !== 0x6c) continue;
    const t = text.slice(start, end).replace(/\s+/g, " ").trim();
    const index = EXHIBIT_INDEX_HEADING.test(t);
    if (!index && !EXHIBITS_LABEL.test(t)) continue;
    let to = i + 1;
    while (to < lines.length && !stops.has(to) && to - i < 200) to++;
    out.push({ from: i + 1, to, where: index ? "index" : "item" });
  }
  return out;
}

// "attached as Exhibit 99.1", "furnished herewith as Exhibits 99.1 and 99.2", "filed as Exhibit
// 10.1 to this Current Report": the exhibit comes with this filing. "Exhibit 10.1 to the
// Company's Form 10-K" does not.
const ATTACHED_AS =
  /\b(?:attached|filed|furnished|included|enclosed)\s{1,3}(?:hereto\s{1,3}|herewith\s{1,3})?as\s{1,3}exhibits?\s{1,3}(\d{1,3}(?:\.\d{1,3})?(?:\s{0,3}(?:,|and|&)\s{0,3}\d{1,3}(?:\.\d{1,3})?){0,6})(?!\.?\d)(?!\s{1,3}(?:to|of)\s{1,3}(?:the|its|our|their|a|an)\b)/gi;

/** Exhibits an item's text says come with this filing. */
export function referencedExhibits(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ATTACHED_AS)) {
    for (const n of m[1].split(/\s{0,3}(?:,|and|&)\s{0,3}/))
      if (n && isExhibitNumber(n)) out.push(normalizeExhibitNumber(n));
  }
  return out;
}

/** The exhibit number a document's first lines announce ("EXHIBIT 99.1"). */
export function announcedNumber(doc: Doc): string | null {
  for (let i = 0; i < Math.min(doc.lines.length, 6); i++) {
    const t = doc.text.slice(doc.lines.start(i), doc.lines.end(i)).trim();
    const m = /^exhibit\s{1,3}(?:no\.?\s{0,2})?(\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?)\.?$/i.exec(t);
    if (m) return normalizeExhibitNumber(m[1]);
  }
  return null;
}
