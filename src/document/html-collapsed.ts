/**
 * Whether an HTML document rendered as one paragraph is plain text in disguise (see
 * collapsedText), kept apart from the renderer: it judges a finished Doc.
 */
import type { Doc } from "./types.js";

/**
 * Plain text put in HTML without `<pre>` (a text filing wrapped in `<html><body><div>` by a
 * converter) renders, as in a browser, as one paragraph: the cover, items and signatures all on
 * one line (its SGML `<TABLE>`s, if any, still render as rows after it). Such a document is
 * worth rendering again as `preformatted`: it is one or two lines in all, or a long line holds
 * two item headings, which a real HTML 8-K sets apart.
 */
export function collapsedText(doc: Doc): boolean {
  if (doc.text.length < 1000) return false;
  if (doc.lines.length <= 2) return true;
  const { lines, text } = doc;
  for (let i = 0; i < lines.length; i++) {
    if (lines.end(i) - lines.start(i) < 800) continue;
    const headings = text.slice(lines.start(i), lines.end(i)).match(ITEM_HEADINGS);
    if (headings && headings.length >= 2) return true;
  }
  return false;
}
/** "Item 5. Other Events", not a reference ("in Item 7 and Note 3", "Item 8 of"). */
const ITEM_HEADINGS = /\b(?:Item|ITEM)\s{1,3}\d{1,2}(?:\.\d{1,2})?\.?\s{1,3}[A-Z][A-Za-z]/g;
