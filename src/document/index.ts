/**
 * One document's text → the block model, by format. HTML goes through htmlparser2
 * (html.ts); everything else is a printed page (text.ts).
 */
import { htmlToDoc } from "./html.js";
import type { ScanObserver } from "./html-scan.js";
import { textToDoc } from "./text.js";
import type { Doc } from "./types.js";

// Tags that a plain-text filing never holds at the start of a line (it does hold <PAGE>, <TABLE>, <S>, <C>).
const HTML_SIGNAL =
  /<(?:html|body|div|p|br|font|td|tr|span|center|b|i|u|a\s|hr|h[1-6]|xbrl|\?xml|!doctype)[\s>/]/i;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/<html[\s>]|<!doctype\s+html|<body[\s>]/i.test(head)) return true;
  // Tag soup without <html>: several HTML tags in the first few KB.
  let n = 0;
  const re = new RegExp(HTML_SIGNAL.source, "gi");
  while (re.exec(head) && n < 5) n++;
  return n >= 5;
}

/** `observer` reads an HTML document's tokenizer events alongside the renderer (see htmlToDoc). */
export function toDoc(
  text: string,
  format: "text" | "html" = looksLikeHtml(text) ? "html" : "text",
  observer?: ScanObserver,
): Doc {
  return format === "html" ? htmlToDoc(text, observer) : textToDoc(text);
}

export type { Doc, Line, Segment } from "./types.js";
