/**
 * A submission's documents read: decoded, their format told, and rendered to the block model
 * (text or HTML → Doc) where the 8-K stages read them. Graphics, archives and XBRL are described,
 * not rendered.
 */
import type { SubmissionDocument } from "../container/submission.js";
import {
  binaryShare,
  decodeBytes,
  decodeHtmlChunks,
  decodeRange,
  detectEncoding,
  type TextEncoding,
} from "../document/decode.js";
import { collapsedText, htmlToDoc } from "../document/html.js";
import { looksLikeHtml, toDoc } from "../document/index.js";
import type { Doc } from "../document/types.js";
import { type InlineXbrl, inlineXbrlReader } from "./ixbrl.js";
import type { DocumentInfo } from "./schema.js";

const NON_TEXT_TYPES = /^(?:GRAPHIC|ZIP|EXCEL|PDF|JSON|XML|EX-101\.|EX-100\.)/i;

export interface ParsedDocument {
  info: DocumentInfo;
  doc: Doc | null;
}

function documentFormat(d: SubmissionDocument, text: string | null): DocumentInfo["format"] {
  if (d.uuencoded) return "binary";
  if (!text) return "other";
  if (d.wrapper === "XML" || (d.type && /^(?:XML|EX-101\.)/i.test(d.type))) return "xml";
  return looksLikeHtml(text) ? "html" : "text";
}

function exhibitNumberOfType(type: string | null): string | null {
  const m = type ? /^EX-(\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?)/i.exec(type) : null;
  return m ? m[1].toLowerCase() : null;
}

function documentInfo(
  d: SubmissionDocument,
  format: DocumentInfo["format"],
  encoding: TextEncoding | null,
): DocumentInfo {
  return {
    index: d.index,
    type: d.type,
    sequence: d.sequence,
    filename: d.filename ?? d.uuencoded?.name ?? null,
    description: d.description,
    format,
    encoding,
    bytes: d.body.length,
    exhibitNumber: exhibitNumberOfType(d.type),
  };
}

/**
 * The 8-K document itself, decoded whole: its source is read again for the links of its exhibit
 * list, and an HTML one's iXBRL cover facts are read in the same scan that renders it.
 */
export function readPrimaryDocument(d: SubmissionDocument): {
  parsed: ParsedDocument;
  source: string;
  ix: InlineXbrl | null;
} {
  const { text, encoding } = decodeBytes(d.body);
  const format = documentFormat(d, text);
  const reader = format === "html" ? inlineXbrlReader(text) : null;
  let doc = format === "text" || format === "html" ? toDoc(text, format, reader ?? undefined) : null;
  // Re-rendered without the iXBRL reader: it has read the same source once already.
  if (doc && format === "html") doc = withTextLines(doc, () => htmlToDoc(text, undefined, true));
  return {
    parsed: { info: documentInfo(d, format, encoding), doc },
    source: text,
    ix: reader?.finish() ?? null,
  };
}

/**
 * An exhibit's document. An HTML exhibit is decoded and rendered piece by piece: its source is
 * needed only while it is rendered, and a press release's markup is often twenty times its text.
 */
function exhibitDocument(d: SubmissionDocument): ParsedDocument {
  const encoding = detectEncoding(d.body);
  // 16 KB of bytes hold the 4,096 characters looksLikeHtml reads, whatever the encoding.
  const head = decodeRange(d.body, encoding, 0, headEnd(d.body, 16 * 1024));
  const format = documentFormat(d, head);
  let doc: Doc | null = null;
  if (format === "html")
    doc = withTextLines(htmlToDoc(decodeHtmlChunks(d.body, encoding)), () =>
      htmlToDoc(decodeHtmlChunks(d.body, encoding), undefined, true),
    );
  else if (format === "text") doc = toDoc(decodeRange(d.body, encoding, 0, d.body.length), "text");
  return { info: documentInfo(d, format, encoding), doc };
}

/** An HTML document that renders as one paragraph of plain text (collapsedText), read with its line breaks. */
function withTextLines(doc: Doc, preformatted: () => Doc): Doc {
  if (!collapsedText(doc)) return doc;
  const pre = preformatted();
  return pre.lines.length >= 10 ? pre : doc;
}

/** A cut at or after `size` bytes that splits no UTF-8 character (before a byte that starts one). */
function headEnd(bytes: Uint8Array, size: number): number {
  let end = Math.min(bytes.length, size);
  while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end++;
  return end;
}

/** A document other than the 8-K: an exhibit's text is rendered; anything else only described. */
export function otherDocument(d: SubmissionDocument): ParsedDocument {
  // Raw binary (an exhibit file saved beside a bare document: a PDF, an image) is described, not read.
  if (!d.uuencoded && binaryShare(d.body) > 0.05) return { info: documentInfo(d, "binary", null), doc: null };
  const wantText = !d.uuencoded && !(d.type && NON_TEXT_TYPES.test(d.type)) && /^EX-/i.test(d.type ?? "");
  return wantText ? exhibitDocument(d) : { info: documentInfo(d, documentFormat(d, null), null), doc: null };
}
