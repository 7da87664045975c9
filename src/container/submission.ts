/**
 * Splits an EDGAR submission into its header and documents in one forward pass over the bytes.
 *
 * Written by hand because no library reads EDGAR's SGML dialect: it is not SGML a parser could
 * take (no DTD, unclosed `<TYPE>` value tags, HTML and uuencoded binaries inside `<TEXT>`), and
 * every variant must come out as the same shape:
 *   - `<SEC-DOCUMENT>` / `<SEC-HEADER>` with `KEY:\tvalue` lines (1993 → today),
 *   - `<IMS-DOCUMENT>` / `<IMS-HEADER>` (1993–96), optionally inside a PEM envelope,
 *   - `<SUBMISSION>` with tagged header values (the `.nc` feed and `.hdr.sgml` files),
 *   - a bare `<DOCUMENT>` or a bare document with no container at all (like the seed).
 * Documents are byte ranges of the input (views, not copies); bodies are decoded later, per document.
 */
import { parseHeader, type SecHeader } from "./header.js";
import { startsUuencode, type Uuencoded, uuencodedView } from "./uuencode.js";

export type ContainerKind = "sec-document" | "ims-document" | "submission" | "document" | "bare";

export interface SubmissionDocument {
  /** 0-based position in the submission. */
  index: number;
  type: string | null;
  sequence: number | null;
  filename: string | null;
  description: string | null;
  /**
   * [start, end) of the document body (inside `<TEXT>`, without `<XBRL>`/`<PDF>` wrappers), in input
   * bytes; an attachment's (container/attachments.ts), in its own.
   */
  start: number;
  end: number;
  body: Uint8Array;
  /** Inner wrapper element of the body, when present. */
  wrapper: "XBRL" | "XML" | "PDF" | null;
  /** A uuencoded binary body, decoded. */
  uuencoded: Uuencoded | null;
  /** No closing `</TEXT>`/`</DOCUMENT>` was found: the body runs to the end of input. */
  truncated: boolean;
}

export interface Submission {
  kind: ContainerKind;
  /** The input was wrapped in a PEM (privacy-enhanced message) envelope. */
  pem: boolean;
  header: SecHeader | null;
  documents: SubmissionDocument[];
  /** Some document is cut off; `truncatedAt` is the byte offset where its missing close was expected. */
  truncated: boolean;
  truncatedAt: number | null;
  /**
   * The submission is cut off outside its documents: a SEC header with no document after it, or
   * a `<SEC-DOCUMENT>` never closed (its last documents lost). Says what is missing.
   */
  cut: string | null;
}

const enc = (s: string) => Buffer.from(s, "latin1");
const OPEN_DOCUMENT = [enc("<DOCUMENT>"), enc("<document>")];
const CLOSE_DOCUMENT = [enc("</DOCUMENT>"), enc("</document>")];
const OPEN_SEC_DOCUMENT = [enc("<SEC-DOCUMENT>"), enc("<sec-document>")];
const CLOSE_SEC_DOCUMENT = [enc("</SEC-DOCUMENT>"), enc("</sec-document>")];
const OPEN_TEXT = [enc("<TEXT>"), enc("<text>")];
const CLOSE_TEXT = [enc("</TEXT>"), enc("</text>")];
const HEADER_OPEN = ["<SEC-HEADER>", "<IMS-HEADER>"].map(enc);
const HEADER_CLOSE = ["</SEC-HEADER>", "</IMS-HEADER>"].map(enc);
const PEM_BEGIN = enc("-----BEGIN PRIVACY-ENHANCED MESSAGE-----");

/**
 * Finds a tag (upper or lower case spelling) moving forward only. Each spelling's last hit is
 * remembered, so a spelling that never occurs (`</document>` in most files) is searched for once,
 * not once per document: the whole split stays one pass over the input.
 */
class TagFinder {
  private readonly next: number[];
  constructor(
    private readonly buf: Buffer,
    private readonly needles: Buffer[],
  ) {
    this.next = needles.map(() => -2); // -2: not searched yet
  }
  /** First occurrence in [from, to), or -1. */
  find(from: number, to = this.buf.length): number {
    let best = -1;
    for (let k = 0; k < this.needles.length; k++) {
      let at = this.next[k];
      if (at === -2 || (at >= 0 && at < from)) {
        at = this.buf.indexOf(this.needles[k], from);
        this.next[k] = at;
      }
      if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}

/** One-off search (the header region), bounded by `to`. */
function indexOfAny(buf: Buffer, needles: Buffer[], from: number, to = buf.length): number {
  return new TagFinder(buf, needles).find(from, to);
}

/** Skips ASCII white space forward from `i`. */
function skipSpace(buf: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** Case-free test that `buf` holds `word` (upper-case ASCII) at `i`. */
function hasAt(buf: Uint8Array, i: number, word: string): boolean {
  if (i + word.length > buf.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = buf[i + k];
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 0x41 && w <= 0x5a && c === (w | 0x20))) return false;
  }
  return true;
}

/** Reads `<TAG>value` pairs in [from, to): the document's metadata before `<TEXT>`. */
function readTaggedValues(buf: Buffer, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = from;
  while (i < to) {
    const lt = buf.indexOf(0x3c, i);
    if (lt < 0 || lt >= to) break;
    const gt = buf.indexOf(0x3e, lt);
    if (gt < 0 || gt >= to || gt - lt > 64) {
      i = lt + 1;
      continue;
    }
    const name = buf.toString("latin1", lt + 1, gt).toUpperCase();
    let v = gt + 1;
    let e = v;
    while (e < to && buf[e] !== 0x3c && buf[e] !== 0x0a && buf[e] !== 0x0d) e++;
    if (!name.startsWith("/") && !out.has(name)) out.set(name, buf.toString("latin1", v, e).trim());
    v = e;
    i = v;
  }
  return out;
}

const WRAPPERS = ["XBRL", "XML", "PDF"] as const;

/** Strips an inner `<XBRL>`…`</XBRL>` (or XML, PDF) wrapper from a body range. */
function unwrap(
  buf: Buffer,
  start: number,
  end: number,
): { start: number; end: number; wrapper: SubmissionDocument["wrapper"] } {
  const s = skipSpace(buf, start, end);
  for (const w of WRAPPERS) {
    if (buf[s] === 0x3c && hasAt(buf, s + 1, `${w}>`)) {
      const inner = s + w.length + 2;
      // Bounded to this document: a missing close costs one document, not the rest of the file.
      const region = buf.subarray(inner, end);
      const close = indexOfAny(region, [enc(`</${w}>`), enc(`</${w.toLowerCase()}>`)], 0);
      return { start: inner, end: close >= 0 ? inner + close : end, wrapper: w };
    }
  }
  return { start, end, wrapper: null };
}

function parseSequence(v: string | undefined): number | null {
  if (!v) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** Splits a submission (or a bare document) held in `input`. Never throws on malformed input. */
export function splitSubmission(input: Uint8Array): Submission {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const head = skipSpace(buf, 0, Math.min(buf.length, 4096));
  // Compared in place: indexOf would scan the whole input when it is not there.
  const pem = buf.subarray(head, head + PEM_BEGIN.length).equals(PEM_BEGIN);
  // EDGAR writes its tags in one case per file: take the spelling of the first <DOCUMENT> and
  // search that one only (a spelling that never occurs would cost a scan of the whole input).
  let firstDoc = buf.indexOf(OPEN_DOCUMENT[0]);
  let spelling = 0;
  if (firstDoc < 0) {
    firstDoc = buf.indexOf(OPEN_DOCUMENT[1]);
    if (firstDoc >= 0) spelling = 1;
  }
  const beforeDocs =
    firstDoc >= 0 ? buf.subarray(0, firstDoc) : buf.subarray(0, Math.min(buf.length, 1 << 20));
  const headerStart = indexOfAny(beforeDocs, HEADER_OPEN, 0);

  let kind: ContainerKind = "bare";
  const top = buf.toString("latin1", head, Math.min(buf.length, head + 256)).toUpperCase();
  if (top.includes("<SEC-DOCUMENT>") || headerStart >= 0) kind = "sec-document";
  if (top.includes("<IMS-DOCUMENT>") || top.includes("<IMS-HEADER>")) kind = "ims-document";
  if (top.startsWith("<SUBMISSION>")) kind = "submission";
  if (kind === "bare" && firstDoc >= 0 && firstDoc - head < 64) kind = "document";

  let header: SecHeader | null = null;
  if (headerStart >= 0) {
    const close = indexOfAny(beforeDocs, HEADER_CLOSE, headerStart);
    const hEnd = close >= 0 ? close : beforeDocs.length;
    header = parseHeader(buf.toString("latin1", headerStart, hEnd), "text");
  } else if (kind === "submission") {
    header = parseHeader(buf.toString("latin1", head, firstDoc >= 0 ? firstDoc : buf.length), "tagged");
  }

  const documents: SubmissionDocument[] = [];
  const openDocument = new TagFinder(buf, [OPEN_DOCUMENT[spelling]]);
  const closeDocument = new TagFinder(buf, [CLOSE_DOCUMENT[spelling]]);
  const openText = new TagFinder(buf, [OPEN_TEXT[spelling]]);
  const closeText = new TagFinder(buf, [CLOSE_TEXT[spelling]]);
  let truncatedAt: number | null = null;
  if (firstDoc < 0) {
    // No container: the whole input is one document.
    documents.push(makeDocument(buf, 0, buf.length, 0, new Map(), false));
  } else {
    let at = firstDoc;
    while (at >= 0) {
      const metaStart = at + "<DOCUMENT>".length;
      const nextDoc = openDocument.find(metaStart);
      const limit = nextDoc >= 0 ? nextDoc : buf.length;
      const textOpen = openText.find(metaStart, limit);
      const meta = readTaggedValues(buf, metaStart, textOpen >= 0 ? textOpen : limit);
      let bodyStart = textOpen >= 0 ? textOpen + "<TEXT>".length : limit;
      // The body begins on the line after <TEXT>.
      if (buf[bodyStart] === 0x0d) bodyStart++;
      if (buf[bodyStart] === 0x0a) bodyStart++;
      const textClose = textOpen >= 0 ? closeText.find(bodyStart, limit) : -1;
      const docClose = closeDocument.find(textClose >= 0 ? textClose : metaStart, limit);
      const truncated = textOpen >= 0 ? textClose < 0 : docClose < 0;
      const bodyEnd = textClose >= 0 ? textClose : docClose >= 0 ? docClose : limit;
      if (truncated && truncatedAt === null) truncatedAt = limit;
      documents.push(makeDocument(buf, bodyStart, bodyEnd, documents.length, meta, truncated));
      at = nextDoc;
    }
  }
  let cut: string | null = null;
  if (headerStart >= 0 && firstDoc < 0) cut = "the submission has its SEC header but no document";
  else if (opens(buf, OPEN_SEC_DOCUMENT, 8192) && !closes(buf, CLOSE_SEC_DOCUMENT))
    cut = "the submission has no closing </SEC-DOCUMENT> (documents after the last one read may be lost)";
  return { kind, pem, header, documents, truncated: truncatedAt !== null, truncatedAt, cut };
}

/** Does one spelling of a tag stand in the first `within` bytes (after a PEM envelope's head)? */
function opens(buf: Buffer, spellings: Buffer[], within: number): boolean {
  const head = buf.subarray(0, Math.min(buf.length, within));
  return spellings.some((t) => head.indexOf(t) >= 0);
}

/**
 * Does a closing tag (either spelling) stand anywhere? Searched from the end, where it is, one
 * spelling at a time: a spelling the file does not use is a backward scan of the whole file.
 */
function closes(buf: Buffer, spellings: Buffer[]): boolean {
  return spellings.some((t) => buf.lastIndexOf(t) >= 0);
}

function makeDocument(
  buf: Buffer,
  start: number,
  end: number,
  index: number,
  meta: Map<string, string>,
  truncated: boolean,
): SubmissionDocument {
  const inner = unwrap(buf, start, end);
  const body = buf.subarray(inner.start, inner.end);
  const first = skipSpace(body, 0, Math.min(body.length, 512));
  const uuencoded = startsUuencode(body, first) ? uuencodedView(body, first) : null;
  return {
    index,
    type: meta.get("TYPE") || null,
    sequence: parseSequence(meta.get("SEQUENCE")),
    filename: meta.get("FILENAME") || null,
    description: meta.get("DESCRIPTION") || null,
    start: inner.start,
    end: inner.end,
    body,
    wrapper: inner.wrapper,
    uuencoded,
    truncated,
  };
}
