/**
 * Assembles the filing record: container → documents → cover, items, exhibits, signatures, and
 * reconciles the cover with the SEC header, keeping both as candidates.
 */

import { checkFiling } from "../checks/index.js";
import { type Attachment, attachmentDocuments } from "../container/attachments.js";
import type { HeaderItem, SecHeader } from "../container/header.js";
import { type Submission, splitSubmission } from "../container/submission.js";
import { binaryShare, utf16AsUtf8 } from "../document/decode.js";
import type { Doc } from "../document/types.js";
import { extractFacts } from "../facts/index.js";
import { readCheckboxes, readSecuritiesTable } from "./checkboxes.js";
import { type CoverText, readCoverText } from "./cover.js";
import { otherDocument, type ParsedDocument, readPrimaryDocument } from "./documents.js";
import { linkExhibits } from "./exhibit-links.js";
import { announcedNumber } from "./exhibits.js";
import { catalogItem, itemForTitle, itemKey, modernCode } from "./item-catalog.js";
import { findBoundaries, findItemHeadings, findSignaturePreambles, itemSections } from "./items.js";
import { coverFromIxbrl } from "./ixbrl-cover.js";
import { reconcileCover } from "./reconcile.js";
import type { FilingRecord, Item, Signature } from "./schema.js";
import { readSignatures } from "./signatures.js";

export const PARSER_VERSION = "0.2.0";

/** A file that is not a readable 8-K: the message is one line, for the CLI's `error`. */
export class FilingError extends Error {
  constructor(
    message: string,
    readonly code: "empty" | "binary" | "truncated" | "not-8k" | "too-large" | "unreadable",
  ) {
    super(message);
  }
}

/**
 * The one-line reason a file could not be parsed: a FilingError's message, a file-system error in
 * words, else "internal error: …" (the first line only, so a batch's output stays one line a file).
 */
export function describeError(e: unknown): string {
  return visible(reason(e));
}

function reason(e: unknown): string {
  if (e instanceof FilingError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file";
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  return `internal error: ${String(err?.message ?? e).split("\n")[0]}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Control characters a message quotes from the input, as \uXXXX: a log stays text. */
function visible(message: string): string {
  return message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Lines the cover page may take: a first item heading 2.5 million short lines in made the cover
 * readers hold every line's cells (1.2 GB for a 5 MB file).
 */
const MAX_COVER_LINES = 1000;

/** The largest input parsed unless told otherwise. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface ParseOptions {
  /** Read facts (agreements, people, organisations, money); default true. */
  facts?: boolean;
  /** Refuse inputs larger than this many bytes (default 200 MB). */
  maxBytes?: number;
  /**
   * Exhibits saved as files of their own beside a bare document (container/attachments.ts): read
   * as the documents after it, as a full submission would hold them. Asked for only when the input
   * is a bare document (a submission holds its own), so a caller reads no file for nothing.
   */
  attachments?: () => readonly Attachment[];
}

const EIGHT_K = /^8-K(?:12B|12G3|15D5)?(?:\/A)?$/i;

const FORM_8K =
  /(?:form\s{0,3}|f\so\sr\sm\s{1,3})8\s?-\s?K|^8-K(?:\/A)?$|current\s+report\s+on\s+form\s+8-K/i;
/** "F O R M   8 - K/A": the form's number letter-spaced too. */
const SPACED_8K = /8\s-\s[Kk]/;
const CAPTION_WORDS =
  /date\s+of\s+(?:report|earliest)|exact\s+name\s+of|commission\s+file|earliest\s+event|i\.?r\.?s\.?\s+employer/i;

/** Is this bare document an 8-K? Its first lines must say "FORM 8-K" and show a cover caption. */
function coverSaysEightK(doc: Doc): boolean {
  let form = false;
  let caption = false;
  for (let i = 0; i < Math.min(doc.lines.length, 120); i++) {
    const t = doc.text.slice(doc.lines.start(i), doc.lines.end(i));
    // A plain substring test first: most lines are neither, and the patterns' case-free
    // alternatives are slow to fail.
    if (!form && (t.includes("8-K") || t.includes("8-k") || SPACED_8K.test(t)) && FORM_8K.test(t))
      form = true;
    if (!caption && CAPTION_WORDS.test(t)) caption = true;
    if (form && caption) return true;
  }
  return false;
}

export function parseFiling(input: Uint8Array | string, options: ParseOptions = {}): FilingRecord {
  return parseFilingWithDocuments(input, options).record;
}

/** The record and the documents its spans point into (Doc.text), for showing facts in their words. */
export function parseFilingWithDocuments(
  input: Uint8Array | string,
  options: ParseOptions = {},
): { record: FilingRecord; docs: (Doc | null)[] } {
  const given = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (given.length === 0) throw new FilingError("empty file", "empty");
  if (given.length > maxBytes)
    throw new FilingError(`file too large: ${given.length} bytes (limit ${maxBytes})`, "too-large");
  const bytes = utf16AsUtf8(given) ?? given;
  const sub = splitSubmission(bytes);
  if (sub.kind === "bare" && binaryShare(bytes) > 0.05)
    throw new FilingError("binary file, not a filing", "binary");
  if (sub.truncated) {
    const d = sub.documents.find((x) => x.truncated);
    throw new FilingError(
      `truncated: document ${d ? `${d.index + 1} (${d.type ?? "untyped"})` : "?"} has no closing </TEXT> or </DOCUMENT> (input ends at byte ${bytes.length})`,
      "truncated",
    );
  }
  if (sub.cut)
    throw new FilingError(`truncated: ${sub.cut} (input ends at byte ${bytes.length})`, "truncated");
  // A document saved alone, with or without its <DOCUMENT> wrapper, and its exhibits beside it (read
  // once the input is known to be no binary or truncated file).
  if ((sub.kind === "bare" || sub.kind === "document") && sub.documents.length === 1 && options.attachments)
    sub.documents.push(...attachmentDocuments(options.attachments(), 1));
  if (sub.header)
    sub.header.items = sub.header.items.map((it) =>
      resolveHeaderItem(it.raw, sub.header?.periodOfReport ?? sub.header?.filedAsOf ?? null),
    );
  const headerType = sub.header?.submissionType ?? null;
  if (headerType && !EIGHT_K.test(headerType))
    throw new FilingError(`not an 8-K: the submission is a ${headerType}`, "not-8k");

  const primaryIndex = Math.max(
    0,
    sub.documents.findIndex((d) => d.type && EIGHT_K.test(d.type)),
  );
  const primaryRaw = sub.documents[primaryIndex];
  if (primaryRaw.type && !EIGHT_K.test(primaryRaw.type)) {
    const what = /^EX-/i.test(primaryRaw.type)
      ? `exhibit ${primaryRaw.type} on its own, without its 8-K`
      : `a ${primaryRaw.type}`;
    throw new FilingError(`not an 8-K: the document is ${what}`, "not-8k");
  }
  if (primaryRaw.uuencoded || binaryShare(primaryRaw.body) > 0.05)
    throw new FilingError("not an 8-K: the main document is binary", "binary");

  const main = readPrimaryDocument(primaryRaw);
  // A bare HTML file has no container to say it is whole; every EDGAR HTML document ends in </html>.
  if (
    sub.kind === "bare" &&
    main.parsed.info.format === "html" &&
    !/<\/html\s*>/i.test(main.source.slice(-4096))
  )
    throw new FilingError(
      `truncated: the HTML document ends before its </html> (input ends at byte ${bytes.length})`,
      "truncated",
    );
  const parsed = sub.documents.map(
    (d): ParsedDocument => (d.index === primaryIndex ? main.parsed : otherDocument(d)),
  );
  const primary = parsed[primaryIndex].doc;
  if (!primary || primary.lines.length === 0)
    throw new FilingError("not an 8-K: the main document has no text", "not-8k");
  if (!primaryRaw.type && !headerType && !coverSaysEightK(primary)) {
    const exhibit = announcedNumber(primary);
    throw new FilingError(
      exhibit
        ? `not an 8-K: exhibit ${exhibit} on its own, without its 8-K`
        : "not an 8-K: no Form 8-K cover page found (an exhibit or another form?)",
      "not-8k",
    );
  }

  const provisionalDate = sub.header?.periodOfReport ?? sub.header?.filedAsOf ?? null;
  let headings = findItemHeadings(primary, 0, primary.lines.length, provisionalDate);
  // The cover ends at the first item heading, or 150 lines in without one; never past
  // MAX_COVER_LINES (the longest, a six-registrant utility's, runs a few hundred lines).
  const coverEnd = Math.min(
    headings.length ? headings[0].line : Math.min(primary.lines.length, 150),
    MAX_COVER_LINES,
  );
  const coverText: CoverText = readCoverText(primary, coverEnd);
  const date = coverText.dateOfReport?.value ?? provisionalDate;
  if (date !== provisionalDate) headings = findItemHeadings(primary, 0, primary.lines.length, date);

  const boundaries = findBoundaries(primary, headings.length ? headings[0].line : 0);
  const preambles = headings.length ? findSignaturePreambles(primary, headings[0].line) : [];
  const sections = itemSections(primary, headings, boundaries, preambles);
  const items: Item[] = sections.map((s) => {
    const cat = catalogItem(s.number, date);
    return {
      number: s.number,
      code: modernCode(s.number, date),
      title: s.title,
      catalogTitle: cat?.title ?? null,
      furnished: cat?.furnished ?? false,
      text: linesText(primary, s.bodyStart, s.bodyEnd),
      headingSpan: { doc: primaryIndex, start: s.headingStart, end: s.headingEnd },
      span: { doc: primaryIndex, start: s.headingStart, end: s.bodyEnd },
    };
  });

  const lastHeadingLine = headings.length ? headings[headings.length - 1].lastLine : 0;
  const signatures = readPrimarySignatures(
    primary,
    primaryIndex,
    boundaries,
    // Without a SIGNATURE heading, the block starts at its boilerplate, not at the last item.
    preambles.find((p) => p > lastHeadingLine) ?? lastHeadingLine,
  );
  const lastSignature = signatures.length ? signatures[signatures.length - 1].span.end : 0;
  const afterSignatures = primary.lines.firstStartingAt(lastSignature);
  const exhibits = linkExhibits(
    primary,
    primaryIndex,
    sections,
    boundaries,
    parsed,
    signatures.length && afterSignatures >= 0 ? afterSignatures : primary.lines.length,
    main.source,
  );
  const ix = main.ix;
  const { cover, warnings } = reconcileCover({
    text: coverText,
    boxes: readCheckboxes(primary, 0, coverEnd),
    securities: readSecuritiesTable(primary, 0, coverEnd),
    ix: ix ? coverFromIxbrl(ix, primary, primaryIndex) : null,
    header: sub.header,
    headerType,
    doc: primaryIndex,
  });
  const facts =
    options.facts === false
      ? {
          agreements: [],
          events: [],
          officerChanges: [],
          pressReleases: [],
          periods: [],
          people: [],
          organizations: [],
          money: [],
        }
      : extractFacts({
          registrant: cover.registrant.name.value,
          date: cover.dateOfReport.value,
          items,
          exhibits,
          docs: parsed.map((p) => p.doc),
        });

  const unchecked: Omit<FilingRecord, "checks"> = {
    schemaVersion: 1,
    parserVersion: PARSER_VERSION,
    accessionNumber: sub.header?.accessionNumber ?? null,
    container: { kind: sub.kind, pem: sub.pem, truncated: sub.truncated },
    header: sub.header,
    primaryDocument: primaryIndex,
    cover,
    items,
    exhibits,
    signatures,
    documents: parsed.map((p) => p.info),
    ...facts,
    warnings,
  };
  const record: FilingRecord = { ...unchecked, checks: checkFiling(unchecked) };
  return { record, docs: parsed.map((p) => p.doc) };
}

/** A header item, a title ("Financial statements and exhibits") or a code ("9.01"), resolved by era. */
function resolveHeaderItem(raw: string, date: string | null): HeaderItem {
  const key = itemKey(raw);
  const cat = key ? catalogItem(key, date) : itemForTitle(raw, date);
  return {
    raw,
    number: cat?.number ?? key ?? null,
    code: cat ? cat.modern : null,
    title: cat?.title ?? null,
  };
}

/**
 * The text a reader sees between two offsets: the document's lines (furniture left out), one
 * per line, paragraphs apart by a blank line.
 */
export function linesText(doc: Doc, start: number, end: number): string {
  const { lines } = doc;
  const lo = lines.firstEndingAfter(start);
  // Lines that follow one another in the text, flush left with one line break (two across a
  // blank line) between them, are one slice of it: no copy. Other lines are joined in flat
  // chunks (a rope of a million line slices costs a hundred bytes a line).
  const { text } = doc;
  const chunks: string[] = [];
  let parts: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    parts.push(text.slice(runStart, runEnd));
    runStart = -1;
    if (parts.length >= 8192) {
      chunks.push(parts.join(""));
      parts = [];
    }
  };
  for (let k = lo; k < lines.length; k++) {
    const lineStart = lines.start(k);
    if (lineStart >= end) break;
    const s = Math.max(lineStart, start);
    const e = Math.min(lines.end(k), end);
    const gapBefore = lines.gapBefore(k);
    const breakLen = gapBefore ? 2 : 1;
    const contiguous =
      runStart >= 0 &&
      s === runEnd + breakLen &&
      text.charCodeAt(runEnd) === 10 &&
      (breakLen === 1 || text.charCodeAt(runEnd + 1) === 10);
    if (contiguous) {
      runEnd = e;
      continue;
    }
    flush();
    if (parts.length || chunks.length) parts.push(gapBefore ? "\n\n" : "\n");
    runStart = s;
    runEnd = e;
  }
  flush();
  chunks.push(parts.join(""));
  // A few large pieces joined as a rope: no second copy.
  let out = "";
  for (const c of chunks) out += c;
  return out;
}

/** An exhibit's own first line: "EXHIBIT 16.1", "Exhibit 99". */
const EXHIBIT_COVER = /^exhibit\s{1,3}\d{1,3}(?:\.\d{1,2})?\s*$/i;

function readPrimarySignatures(
  doc: Doc,
  docIndex: number,
  boundaries: number[],
  afterLine: number,
): Signature[] {
  const sigHeading = boundaries.find(
    (b) => b >= afterLine && /signature/i.test(doc.text.slice(doc.lines.start(b), doc.lines.end(b))),
  );
  // Without a SIGNATURES heading, look for /s/ lines after the last item.
  const from = sigHeading !== undefined ? sigHeading + 1 : afterLine;
  const next = boundaries.find(
    (b) => b > from && !/signature/i.test(doc.text.slice(doc.lines.start(b), doc.lines.end(b))),
  );
  let to = next ?? doc.lines.length;
  // An exhibit printed after the signatures ("EXHIBIT 16.1", an accountant's letter) has
  // signatures of its own, not the registrant's.
  for (let i = from; i < to; i++) {
    const start = doc.lines.start(i);
    if (doc.lines.end(i) - start < 20 && EXHIBIT_COVER.test(doc.text.slice(start, doc.lines.end(i)))) {
      to = i;
      break;
    }
  }
  return readSignatures(doc, from, to).map((s) => ({
    registrant: s.registrant,
    name: s.name,
    title: s.title,
    date: s.date,
    span: { doc: docIndex, start: s.start, end: s.end },
  }));
}

export type { SecHeader, Submission };
export { splitSubmission };
