/**
 * The text of each exhibit, for the store's full-text index: the slice of its document's text
 * (Doc.text: the document itself for plain text, the rendered text for HTML) that the record's
 * `textSpan` points at. The documents are the parse's own, not decoded or rendered again.
 */
import type { Doc } from "../document/types.js";
import type { FilingRecord } from "../form8k/schema.js";

export function exhibitTexts(record: FilingRecord, docs: readonly (Doc | null)[]): (string | null)[] {
  return record.exhibits.map((e) => {
    const doc = e.textSpan ? docs[e.textSpan.doc] : null;
    return e.textSpan && doc ? doc.text.slice(e.textSpan.start, e.textSpan.end) : null;
  });
}
