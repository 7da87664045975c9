/**
 * Merges the exhibits listed in the 8-K (Item 7 / 9.01, exhibit index, "Exhibits" paragraphs)
 * with the attached EX-… documents, and links each to the document that holds it.
 */
import type { Doc } from "../document/types.js";
import type { ParsedDocument } from "./documents.js";
import {
  announcedNumber,
  exhibitLabelLine,
  exhibitListRanges,
  type ListedExhibit,
  normalizeExhibitNumber,
  readExhibitList,
  referencedExhibits,
} from "./exhibits.js";
import type { ItemSection } from "./items.js";
import type { Exhibit } from "./schema.js";

export function linkExhibits(
  primary: Doc,
  primaryIndex: number,
  sections: ItemSection[],
  boundaries: number[],
  docs: ParsedDocument[],
  afterLine: number,
  /** The primary document's HTML source, to find the links of its exhibit list. */
  source: string | null = null,
): Exhibit[] {
  const listed: ListedExhibit[] = [];
  const lineOf = (offset: number) => {
    const i = primary.lines.firstStartingAt(offset);
    return i < 0 ? primary.lines.length : i;
  };
  const itemStarts = new Set(sections.map((s) => s.line));
  for (const s of sections) {
    if (s.number !== "7" && s.number !== "9.01") continue;
    const from = lineOf(s.bodyStart);
    const to = lineOf(s.bodyEnd + 1);
    listed.push(...readExhibitList(primary, exhibitLabelLine(primary, from, to), to, "item"));
  }
  const stops = new Set<number>([...boundaries, ...itemStarts]);
  for (const r of exhibitListRanges(primary, stops)) {
    // Inside Item 7 / 9.01 the list was read already.
    const inside = sections.some(
      (s) =>
        (s.number === "7" || s.number === "9.01") &&
        lineOf(s.bodyStart) <= r.from &&
        r.from <= lineOf(s.bodyEnd),
    );
    if (!inside) listed.push(...readExhibitList(primary, r.from, r.to, r.where));
  }

  // Exhibits the items' text says are attached, when no list names them.
  // (Not from the exhibit list itself: "104 Cover Page ... (included as Exhibit 101)".)
  for (const s of sections) {
    if (s.number === "7" || s.number === "9.01") continue;
    for (const number of referencedExhibits(primary.text.slice(s.bodyStart, s.bodyEnd))) {
      // "filed as Exhibit 3.1" where the list has 3.1(a) and 3.1(b).
      if (!listed.some((l) => l.number === number || l.number.startsWith(`${number}(`)))
        listed.push({
          number,
          description: null,
          page: null,
          where: "reference",
          start: s.bodyStart,
          end: s.bodyEnd,
        });
    }
  }
  const byNumber = new Map<string, Exhibit>();
  for (const l of listed) {
    const e = byNumber.get(l.number);
    if (e) {
      if (!e.listedIn.includes(l.where)) e.listedIn.push(l.where);
      e.description ??= l.description;
      e.page ??= l.page;
      continue;
    }
    byNumber.set(l.number, {
      number: l.number,
      description: l.description,
      page: l.page,
      filing: filingOf(l.description),
      href:
        source && primary.format === "html"
          ? hrefIn(source, primary.sourceOffset(l.start), primary.sourceOffset(l.end))
          : null,
      listedIn: [l.where],
      document: null,
      span: { doc: primaryIndex, start: l.start, end: l.end },
      textSpan: null,
    });
  }

  for (const d of docs) {
    const fromType = d.info.exhibitNumber;
    // XBRL schema and linkbase files (EX-101.SCH, EX-100.INS) are data, not exhibits of the text.
    if (!fromType || d.info.index === primaryIndex || /^EX-10[01]\./i.test(d.info.type ?? "")) continue;
    const announced = d.doc ? announcedNumber(d.doc) : null;
    const candidates = [fromType, announced].filter((x): x is string => !!x).map(normalizeExhibitNumber);
    // The listed exhibit this document holds: same number, or the document's own heading's number.
    let target = candidates.map((n) => byNumber.get(n)).find((e) => e && e.document === null);
    if (!target) {
      // "EX-99" attached for a listed "99.1": link when exactly one listed number extends it.
      const ext = [...byNumber.values()].filter(
        (e) => e.document === null && e.number.startsWith(`${fromType}.`),
      );
      if (ext.length === 1) target = ext[0];
    }
    const whole = d.doc ? { doc: d.info.index, start: 0, end: d.doc.text.length } : null;
    if (target) {
      target.document = d.info.index;
      target.filing ??= "herewith";
      target.textSpan = whole;
      if (!target.listedIn.includes("attachment")) target.listedIn.push("attachment");
      continue;
    }
    const number = announced ?? normalizeExhibitNumber(fromType);
    if (byNumber.has(number)) continue;
    byNumber.set(number, {
      number,
      description: d.info.description,
      page: null,
      filing: "herewith",
      href: null,
      listedIn: ["attachment"],
      document: d.info.index,
      span: null,
      textSpan: whole,
    });
  }
  linkInlineExhibits(primary, primaryIndex, byNumber, afterLine);
  // Exhibit lists link each exhibit: to a file of this filing (filed herewith), or to an
  // earlier filing on EDGAR (incorporated by reference).
  for (const e of byNumber.values()) {
    if (e.filing || !e.href) continue;
    e.filing = /^[a-z]+:\/\//i.test(e.href) ? "incorporated" : "herewith";
  }
  return [...byNumber.values()];
}

/**
 * Exhibits printed inside the 8-K document after its signatures (the seed's press release
 * begins at a line "Exhibit 99.1" on page 5): each runs to the next such line or the end.
 */
function linkInlineExhibits(
  doc: Doc,
  docIndex: number,
  byNumber: Map<string, Exhibit>,
  afterLine: number,
): void {
  const starts: { number: string; line: number }[] = [];
  for (let i = afterLine; i < doc.lines.length; i++) {
    const start = doc.lines.start(i);
    const end = doc.lines.end(i);
    if (end - start > 40) continue;
    const m = /^exhibit\s{1,3}(?:no\.?\s{0,2})?(\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?)\.?$/i.exec(
      doc.text.slice(start, end).trim(),
    );
    if (m) starts.push({ number: normalizeExhibitNumber(m[1]), line: i });
  }
  starts.forEach((s, k) => {
    const e = byNumber.get(s.number);
    if (!e || e.document !== null) return;
    const endLine = k + 1 < starts.length ? starts[k + 1].line - 1 : doc.lines.length - 1;
    e.document = docIndex;
    e.textSpan = { doc: docIndex, start: doc.lines.start(s.line), end: doc.lines.end(endLine) };
    if (!e.listedIn.includes("attachment")) e.listedIn.push("attachment");
  });
  linkExhibitsByPage(doc, docIndex, byNumber, afterLine);
}

/** Fewer characters than this on a page are no exhibit's text. */
const MIN_PAGE_TEXT = 40;

/**
 * Exhibits printed with no "Exhibit" line of their own, found by the page the exhibit index gives
 * ("99.1  Text of Press Release dated September 3, 1999  5"): the document's page of that number,
 * to the next such exhibit's page. Only a page after both the index and the signatures is taken:
 * where the printed numbers run behind the document's pages (an unnumbered cover), the page of
 * that number is the index's own or an earlier one, and nothing is linked.
 */
function linkExhibitsByPage(
  doc: Doc,
  docIndex: number,
  byNumber: Map<string, Exhibit>,
  afterLine: number,
): void {
  const listed = [...byNumber.values()].filter((e) => e.span?.doc === docIndex);
  if (!listed.length || afterLine >= doc.lines.length) return;
  const indexEnd = Math.max(...listed.map((e) => e.span?.end ?? 0));
  const signaturesEnd = doc.lines.start(afterLine);
  const byPage = listed
    .filter((e) => e.document === null && e.filing !== "incorporated" && /^\d{1,4}$/.test(e.page ?? ""))
    .map((e) => ({ e, page: Number(e.page) }))
    .sort((a, b) => a.page - b.page);
  for (const [k, { e, page }] of byPage.entries()) {
    const start = doc.pageStarts[page - 1];
    if (start === undefined || start < indexEnd || start < signaturesEnd) continue;
    const next = byPage.slice(k + 1).find((x) => x.page > page);
    const end = (next && doc.pageStarts[next.page - 1]) || doc.text.length;
    // A page left empty (the exhibit went in a document of its own, not kept here) holds none.
    if (doc.text.slice(start, end).trim().length < MIN_PAGE_TEXT) continue;
    e.document = docIndex;
    e.textSpan = { doc: docIndex, start, end };
    if (!e.listedIn.includes("attachment")) e.listedIn.push("attachment");
  }
}

/** What an exhibit list says of an exhibit: filed with this report, or incorporated by reference. */
function filingOf(description: string | null): Exhibit["filing"] {
  if (!description) return null;
  if (/incorporated\s+(?:herein\s+)?by\s+reference|previously\s+filed/i.test(description))
    return "incorporated";
  if (/(?:filed|furnished|included)\s+herewith|\(filed\)|\(furnished\)/i.test(description)) return "herewith";
  return null;
}

/** The first link in the HTML source of an exhibit row. */
function hrefIn(source: string, start: number, end: number): string | null {
  // The row's source: from its first text back to the row start, bounded.
  const from = Math.max(0, source.lastIndexOf("<tr", start));
  const to = Math.min(
    source.length,
    end + 2000,
    Math.max(end, source.indexOf("</tr", end) >= 0 ? source.indexOf("</tr", end) : end),
  );
  const m = /<a\s[^>]{0,400}?href\s{0,2}=\s{0,2}["']?([^"'\s>]{1,500})/i.exec(
    source.slice(from > start - 4000 ? from : start, to),
  );
  return m ? m[1] : null;
}
