/**
 * The text of each exhibit, for the store's full-text index. The record gives where an exhibit's
 * text is (`textSpan`: a document of the submission and offsets into its decoded text — the
 * document itself for plain text, the rendered text for HTML) but not the text itself, so the
 * documents holding exhibits are decoded (and HTML rendered) again here, once each.
 */
import { splitSubmission } from "../container/submission.js";
import { decodeBytes } from "../document/decode.js";
import { toDoc } from "../document/index.js";
import type { FilingRecord } from "../form8k/schema.js";

export function exhibitTexts(bytes: Uint8Array, record: FilingRecord): (string | null)[] {
  const spans = record.exhibits.map((e) => e.textSpan);
  if (!spans.some(Boolean)) return spans.map(() => null);
  const documents = splitSubmission(bytes).documents;
  const texts = new Map<number, string | null>();
  const documentText = (index: number): string | null => {
    if (texts.has(index)) return texts.get(index) ?? null;
    const raw = documents[index];
    const format = record.documents[index]?.format;
    let text: string | null = null;
    if (raw && (format === "text" || format === "html")) {
      const decoded = decodeBytes(raw.body).text;
      text = format === "html" ? toDoc(decoded, "html").text : decoded;
    }
    texts.set(index, text);
    return text;
  };
  return spans.map((span) => {
    if (!span) return null;
    const text = documentText(span.doc);
    return text === null ? null : text.slice(span.start, span.end);
  });
}
