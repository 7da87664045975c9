/**
 * Item headings and the text each item covers, in both numberings ("ITEM 5. OTHER EVENTS",
 * "Item 5 - Other Events", "Item No. 5.", "Item 2.02.", "Items 5.02 and 9.01").
 *
 * Candidates are every line that starts with an item number; a candidate is a heading only if
 * its number is in the catalogue, what follows reads like a title (not "through 4, 6 and 8 Not
 * Applicable", not "of Regulation S-B"), and, when the same number repeats, the later one with a
 * body wins over a table of contents. An item runs from its heading to the next heading, the
 * signature block or the exhibit index, whichever comes first (edgartools #871, #879).
 */
import type { Doc } from "../document/types.js";
import { LineFlag } from "../document/types.js";
import { catalogItem, ITEMS, itemKey } from "./item-catalog.js";

export interface ItemHeading {
  numbers: string[];
  title: string | null;
  /** First and last line of the heading. */
  line: number;
  lastLine: number;
  start: number;
  end: number;
}

export interface ItemSection {
  number: string;
  title: string | null;
  headingStart: number;
  headingEnd: number;
  /** The item's text: after the heading up to the next boundary. */
  bodyStart: number;
  bodyEnd: number;
  line: number;
}

// One line at a time; bounded.
const HEADING =
  /^(?:section\s{1,3}\d{1,2}\s{0,3}[-–—.:]?\s{0,3})?items?\s{0,3}(?:no\.\s{0,3})?[-–—]?\s{0,3}(\d{1,2}(?:\s{0,2}\.\s{0,2}\d{1,2})?)(?:\s?\([a-z]\))?(?![\d(]|\s{0,2}\.\s{0,2}\d)\s{0,3}([.:\-–—)]?)\s{0,12}(.{0,300})$/i;
const MORE_NUMBERS = /^(?:(?:,|and|&)\s{0,3}(?:items?\s{0,3})?(\d{1,2}(?:\.\d{1,2})?)\.?\s{0,3})/i;
/** More paragraphs of the same item after its number: "(b) and (c)", ", (d)". */
const SUBSECTIONS = /^(?:\s{0,3}(?:,|and|&)\s{0,3}\([a-z]\)){1,4}/i;
/** A second item's heading later on a heading's line: "... Condition and Item 7.01 Regulation FD". */
const SECOND_HEADING = /\s(?:and|;|&)\s{1,3}Item\s{1,3}(\d{1,2}\.\d{2})\.?\s{1,3}[A-Z]/;
/** What follows a number in a cross-reference or a list, never in a heading. */
const NOT_TITLE =
  /^(?:through|to|thru|of|in|under|above|below|hereof|herein|is|are|was|were|has|have|will|shall|and\s+\d|or\s+\d|\(|-\s{0,2}\d|is\s+not|not\s+applicable)/i;

/** A company's name after the number ("Item 9 Labs Corp."): capitalised words and a corporate word. */
const COMPANY_NAME =
  /^(?:[A-Z][\w&'’.-]*\s){0,4}?(?:Corp|CORP|Corporation|CORPORATION|Inc|INC|Incorporated|INCORPORATED|LLC|Ltd|LTD|Limited|LIMITED|Co|CO|Company|COMPANY|Holdings|HOLDINGS|plc|PLC|L\.?P)\b\.?,?(?:\s|$)/;

/** A range after an item's number ("Items 1-4.  Not Applicable"): items said to be absent. */
const RANGE_AFTER = /^\s{0,2}[-–—]\s{0,2}\d/;

/** A title line that cannot end there: its last word joins it to the next line. */
const DANGLING = /(?:\b(?:of|and|or|the|for|to|in|on|with)|[;,&])$/i;
/** Words only, as a title's second line has them. */
const TITLE_LINE = /^[A-Za-z][A-Za-z ,;'’&-]{2,78}\.?$/;

export const SIGNATURE_HEADING = /^signatures?\s{0,3}:?$|^signature\s+page$/i;
export const EXHIBIT_INDEX_HEADING =
  /^(?:index\s+to\s+exhibits|exhibit\s+index|list\s+of\s+exhibits|exhibits?\s+index)\.?$/i;

const normTitle = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const catalogTitles = ITEMS.map((it) => normTitle(it.title));

/** Finds item headings among lines [from, to). */
export function findItemHeadings(
  doc: Doc,
  from = 0,
  to = doc.lines.length,
  date: string | null = null,
): ItemHeading[] {
  const { lines, text } = doc;
  const found: ItemHeading[] = [];
  for (let i = from; i < to; i++) {
    // Fields, not lines.line(i): most lines are rejected here, and need no object.
    if (lines.end(i) - lines.start(i) > 400) continue;
    // Headings start with "Item" or "Section": test one character before any slicing.
    const c = text.charCodeAt(lines.start(i)) | 0x20;
    if (c !== 0x69 /* i */ && c !== 0x73 /* s */) continue;
    const word = text.slice(lines.start(i), lines.start(i) + 4).toLowerCase();
    if (word !== "item" && word !== "sect") continue;
    const line = lines.line(i);
    const t = text.slice(line.start, line.end).replace(/\s+/g, " ");
    const m = HEADING.exec(t);
    if (!m) continue;
    const first = itemKey(m[1]);
    if (!first || !catalogItem(first, date)) continue;
    // "Items 1-4.  Not Applicable": a range of items said to be absent, as "Items 1 through 4" is.
    if (RANGE_AFTER.test(t.slice(m.index + m[0].indexOf(m[1], 4) + m[1].length))) continue;
    let rest = m[3] ?? "";
    const numbers = [first];
    // "Items 5.02 and 9.01" / "Item 5 and 7."
    for (let k = 0; k < 4; k++) {
      const more = MORE_NUMBERS.exec(rest);
      if (!more) break;
      const n = itemKey(more[1]);
      if (!n || !catalogItem(n, date)) break;
      numbers.push(n);
      rest = rest.slice(more[0].length);
    }
    // "ITEM 5.02(b) and (c). Departure of ...": the paragraphs of the item, not another number.
    rest = rest
      .replace(SUBSECTIONS, "")
      .replace(/^[.:\-–—\s]+/, "")
      .trim();
    if (NOT_TITLE.test(rest)) continue;
    // "Item 2.02 Results of Operations and Financial Condition and Item 7.01 Regulation FD
    // Disclosure": a second heading on the same line.
    const second = SECOND_HEADING.exec(rest);
    const secondKey = second ? itemKey(second[1]) : null;
    if (second && secondKey && catalogItem(secondKey, date) && !numbers.includes(secondKey)) {
      numbers.push(secondKey);
      rest = rest.slice(0, second.index).trim();
    }
    // A heading is short, or its first words are a title; a sentence that starts "Item 2.02 of
    // this report ..." is not.
    const titleStart = normTitle(rest.slice(0, 60)).slice(0, 12);
    const startsATitle = catalogTitles.some((c) => c.startsWith(titleStart));
    if (rest && /^[a-z]/.test(rest) && !startsATitle) continue;
    // "Item 9 Labs Corp.", a registrant's name over its signature or starting a sentence: a
    // company, not a title.
    if (COMPANY_NAME.test(rest) && !startsATitle) continue;
    let title = rest || null;
    let lastLine = i;
    // A title wrapped onto the next line ("Financial Statements, Pro Forma Financial Information and / Exhibits.").
    if (title && i + 1 < to && !lines.gapBefore(i + 1)) {
      const next = text.slice(lines.start(i + 1), lines.end(i + 1)).trim();
      const joined = normTitle(`${title} ${next}`);
      if (
        next.length < 80 &&
        (catalogTitles.some((c) => c.startsWith(joined) && joined.length > normTitle(title ?? "").length) ||
          // A title cut after "of", "and", ";" goes on, in another era's words ("...; ELECTION OF" /
          // "DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS", the 2004 title of Item 5.02).
          (DANGLING.test(title) && TITLE_LINE.test(next) && !HEADING.test(next)))
      ) {
        title = `${title} ${next}`;
        lastLine = i + 1;
      }
    }
    // A number alone on its line, with the title on the next ("ITEM 5." / "OTHER EVENTS").
    if (!title && i + 1 < to) {
      const next = text.slice(lines.start(i + 1), lines.end(i + 1)).trim();
      if (
        next.length < 120 &&
        !HEADING.test(next) &&
        (/^[A-Z][A-Za-z ,;'’&-]{2,}$/.test(next) || lines.flags(i + 1) & LineFlag.Bold)
      ) {
        title = next;
        lastLine = i + 1;
      }
    }
    if (title)
      title =
        title
          .replace(/\s+/g, " ")
          .replace(/[.:]+$/, "")
          .trim() || null;
    found.push({ numbers, title, line: i, lastLine, start: line.start, end: lines.end(lastLine) });
  }
  return dropTableOfContents(found);
}

/**
 * When a number repeats, the earlier headings are a table of contents or a summary: keep the
 * last run. A run is a TOC when its headings stand on consecutive lines with no text between.
 */
function dropTableOfContents(hs: ItemHeading[]): ItemHeading[] {
  const seen = new Map<string, number>();
  hs.forEach((h, k) => {
    for (const n of h.numbers) seen.set(n, k);
  });
  return hs.filter((h, k) => h.numbers.some((n) => seen.get(n) === k));
}

/** Where the items end: the signature block or an exhibit index after the last heading. */
export function findBoundaries(doc: Doc, from: number, to = doc.lines.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const start = doc.lines.start(i);
    const end = doc.lines.end(i);
    if (end - start > 60) continue;
    // SIGNATURE(S), INDEX TO EXHIBITS, EXHIBIT INDEX, LIST OF EXHIBITS: one character decides.
    const c = doc.text.charCodeAt(start) | 0x20;
    if (c !== 0x73 && c !== 0x69 && c !== 0x65 && c !== 0x6c) continue;
    const t = doc.text.slice(start, end).replace(/\s+/g, " ").trim();
    if (SIGNATURE_HEADING.test(t) || EXHIBIT_INDEX_HEADING.test(t)) out.push(i);
  }
  return out;
}

const SIGNATURE_PREAMBLE =
  /^pursuant\s+to\s+the\s+requirements\s+of\s+the\s+securities\s+(?:and\s+)?exchange\s+act\b/i;

/**
 * Lines from `from` on that open the signature block's boilerplate ("Pursuant to the requirements
 * of the Securities Exchange Act of 1934, the registrant has duly caused ..."): where the last
 * item ends when no SIGNATURE heading stands before it.
 */
export function findSignaturePreambles(doc: Doc, from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < doc.lines.length; i++) {
    const start = doc.lines.start(i);
    if ((doc.text.charCodeAt(start) | 0x20) !== 0x70) continue;
    if (SIGNATURE_PREAMBLE.test(doc.text.slice(start, Math.min(doc.lines.end(i), start + 120)))) out.push(i);
  }
  return out;
}

/**
 * Items with their spans: each from its heading to the next heading or boundary (or, for the
 * item before it, a signature preamble).
 */
export function itemSections(
  doc: Doc,
  headings: ItemHeading[],
  boundaries: number[],
  preambles: readonly number[] = [],
): ItemSection[] {
  const out: ItemSection[] = [];
  const { lines } = doc;
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    const nextHeading = k + 1 < headings.length ? headings[k + 1].line : lines.length;
    // Both lists are in line order: the first of each after the heading, the nearer of the two.
    const after = (b: number) => b > h.lastLine && b < nextHeading;
    const endLine = Math.min(boundaries.find(after) ?? nextHeading, preambles.find(after) ?? nextHeading);
    const bodyStart = h.lastLine + 1 < lines.length ? lines.start(h.lastLine + 1) : h.end;
    const bodyEnd = endLine - 1 > h.lastLine ? lines.end(endLine - 1) : h.end;
    for (const number of h.numbers) {
      out.push({
        number,
        title: h.title,
        headingStart: h.start,
        headingEnd: h.end,
        bodyStart: Math.min(bodyStart, bodyEnd),
        bodyEnd,
        line: h.line,
      });
    }
  }
  return out;
}
