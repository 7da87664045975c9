/**
 * A stretch of a document's text to read facts from, with sentences. Offsets stay those of
 * Doc.text: line breaks become spaces in a same-length copy, so a match's index is its span.
 */
import type { Doc } from "../document/types.js";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface TextView {
  doc: Doc;
  docIndex: number;
  /** Doc.text with CR, LF, TAB as spaces: same length, same offsets. */
  flat: string;
  start: number;
  end: number;
}

const flatCache = new WeakMap<Doc, string>();

export function viewOf(doc: Doc, docIndex: number, start = 0, end = doc.text.length): TextView {
  let flat = flatCache.get(doc);
  if (flat === undefined) {
    flat = doc.text.replace(/[\r\n\t\f]/g, " ");
    flatCache.set(doc, flat);
  }
  return { doc, docIndex, flat, start, end };
}

// Words a period ends without ending the sentence.
const ABBREVIATION =
  /(?:\b(?:Inc|Corp|Co|Ltd|No|Nos|Mr|Mrs|Ms|Dr|Jr|Sr|St|Ave|Blvd|U\.S|U\.K|N\.A|S\.A|L\.P|L\.L\.C|Plc|vs|etc|approx|Calif|Mass|Del|Fla|Va|Pa|Ill|Mich|Wash|Ore|Ariz|Conn|Penn|Wis|Minn|Tex|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])|\d)$/;

/** Sentences of the view: ends at ". ", "? ", "! " before a capital, a quote or a paren, not after an abbreviation. */
export function sentences(v: TextView): Sentence[] {
  const out: Sentence[] = [];
  const { flat } = v;
  let s = v.start;
  while (s < v.end && flat.charCodeAt(s) === 32) s++;
  for (let i = s; i < v.end; i++) {
    const c = flat[i];
    if (c !== "." && c !== "?" && c !== "!") continue;
    const next = flat[i + 1];
    if (next !== " " && next !== '"' && next !== "”" && i + 1 < v.end) continue;
    let j = i + 1;
    while (j < v.end && (flat[j] === " " || flat[j] === '"' || flat[j] === "”")) j++;
    if (j < v.end && !/[A-Z("“0-9•]/.test(flat[j])) continue;
    if (c === "." && ABBREVIATION.test(flat.slice(Math.max(s, i - 8), i))) {
      // "Inc." ends a sentence only when two spaces or a line break follow.
      if (!(flat.slice(i + 1, i + 3) === "  " || /[\r\n]/.test(v.doc.text[i + 1] ?? ""))) continue;
    }
    out.push({ start: s, end: i + 1, text: flat.slice(s, i + 1) });
    s = j;
    i = j - 1;
  }
  if (s < v.end) {
    let e = v.end;
    while (e > s && flat.charCodeAt(e - 1) === 32) e--;
    if (e > s) out.push({ start: s, end: e, text: flat.slice(s, e) });
  }
  return out;
}
