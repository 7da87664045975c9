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
  /**
   * Doc.text with CR, LF, TAB as spaces and the furniture the block model left out (page numbers,
   * `<PAGE>` tags, running heads that fall between two lines of a sentence) blanked: same length,
   * same offsets.
   */
  flat: string;
  start: number;
  end: number;
  /** The item the view reads, when it reads one ("1.02"). */
  item?: string;
  /**
   * A view whose `flat` is not Doc.text's length (justified-view.ts): each of its offsets' place in
   * Doc.text. Offsets (start, end, matches) are the view's own; spans go through docOffset.
   */
  toDoc?: Int32Array;
}

/** Doc.text's offset for a view offset (the same, but in a view with spaces taken out). */
export function docOffset(v: TextView, at: number): number {
  return v.toDoc ? v.toDoc[at] : at;
}

/** The view offset at or after a Doc.text offset (the inverse of docOffset). */
export function viewOffset(v: TextView, at: number): number {
  const map = v.toDoc;
  if (!map) return at;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const flatCache = new WeakMap<Doc, string>();

export function viewOf(doc: Doc, docIndex: number, start = 0, end = doc.text.length): TextView {
  let flat = flatCache.get(doc);
  if (flat === undefined) {
    flat = blankFurniture(doc, controlsAsSpaces(doc.text));
    flatCache.set(doc, flat);
  }
  return { doc, docIndex, flat, start, end };
}

const CONTROL = /[\r\n\t\f]/g;
/** A character past latin1: the text is stored two bytes a character. */
const WIDE = /[\u0100-\uffff]/;
const isControl = (c: number) => c === 10 || c === 13 || c === 9 || c === 12;

/**
 * CR, LF, TAB and FF as spaces. `replace` is fastest on a filing's usual text, but it pays about
 * a microsecond a match and keeps every match until it returns: 20 MB of short lines took 4 s and
 * 500 MB. Past a megabyte, the characters are rewritten in a typed array instead, in one pass.
 */
function controlsAsSpaces(text: string): string {
  if (text.length <= 1 << 20) return text.replace(CONTROL, " ");
  // A one-byte (latin1) string stays one byte a character; others are copied as UTF-16.
  if (!WIDE.test(text)) {
    const bytes = Buffer.from(text, "latin1");
    for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i])) bytes[i] = 32;
    return bytes.toString("latin1");
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = isControl(c) ? 32 : c;
  }
  return Buffer.from(units.buffer, 0, units.byteLength).toString("utf16le");
}

/**
 * Text between two consecutive lines is white space, unless the block model dropped a line of
 * furniture there: "... agreement with Georgia 12 Power ..." must read without the page number.
 */
function blankFurniture(doc: Doc, flat: string): string {
  const { lines } = doc;
  const cuts: number[] = [];
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    const to = i < lines.length ? lines.start(i) : flat.length;
    for (let k = from; k < to; k++) {
      if (flat.charCodeAt(k) !== 32) {
        cuts.push(from, to);
        break;
      }
    }
    if (i < lines.length) from = lines.end(i);
  }
  if (cuts.length === 0) return flat;
  const parts: string[] = [];
  let at = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    parts.push(flat.slice(at, cuts[c]), " ".repeat(cuts[c + 1] - cuts[c]));
    at = cuts[c + 1];
  }
  parts.push(flat.slice(at));
  return parts.join("");
}

// Words a period ends without ending the sentence.
const ABBREVIATION =
  /(?:\b(?:Inc|Corp|Co|Cos|Ltd|Pte|Pty|Bhd|Sdn|Bros|Mfg|Intl|No|Nos|Mr|Mrs|Ms|Dr|Jr|Sr|St|Ave|Blvd|U\.S|U\.K|N\.A|S\.A|L\.P|L\.L\.C|Plc|vs|etc|approx|Calif|Mass|Del|Fla|Va|Pa|Ill|Mich|Wash|Ore|Ariz|Conn|Penn|Wis|Minn|Tex|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])|\d)$/;

const YEAR_AT_END = /(?:^|[^\d.,$])(?:19|20)\d\d$/;
/** A capital letter after a given name ("Charles J"), not after a label ("Exhibit A", "Class B"). */
const MIDDLE_INITIAL =
  /(?:^|[\s(])(?!(?:Exhibit|Schedule|Class|Annex|Series|Appendix|Article|Section|Item|Tranche|Plan|Note|Notes|Part|Form|Rule|Regulation|Attachment|Phase|Type|Group|Unit|Vitamin|Hepatitis|Level|Tier|Grade|Option|Preferred|Building|Block|Lot|Parcel|Site|Division|Facility|Line|Program)\s)[A-Z][a-z]{1,20}\s{1,2}[A-Z]$/;
/**
 * A company's form after the period: "Beijing JWGB Sci. & Tech. Co., Ltd", "Acme Mfg. Inc.": the
 * period ends an abbreviated word of the name, not the sentence.
 */
const COMPANY_FORM_NEXT = /^(?:Co|Corp|Inc|Ltd|LLC|L\.P|Limited|GmbH|S\.A|Plc|PLC)\b/;
const SENTENCE_MARK = /[.?!]/g;
/** The start of a defined short name after "(": a quote, maybe after "the" ('("Sonat")', '(the “Seller”)'). */
const DEFINES_NAME = /^(?:the\s)?["“]/;
const SPACE = 32;
const QUOTE = 34; // "
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_QUOTE = 0x201c; // “
const BULLET = 0x2022; // •
const PERIOD = 46;

/** Space or a closing quote: what may stand between a sentence's end and the next one. */
const isGap = (c: number) => c === SPACE || c === QUOTE || c === CLOSE_QUOTE;

/** What a sentence may open with: a capital, a digit, a paren, a quote or a bullet. */
const opensSentence = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40 || c === QUOTE || c === OPEN_QUOTE || c === BULLET;

/**
 * Sentences of the view, one at a time (a large filing has hundreds of thousands, so they are
 * not held in an array): ends at ". ", "? ", "! " before a capital, a quote or a paren, not
 * after an abbreviation.
 */
export function* sentences(v: TextView): Generator<Sentence> {
  const { flat, end } = v;
  let s = v.start;
  while (s < end && flat.charCodeAt(s) === SPACE) s++;
  for (let i = s; i < end; i++) {
    // The next ".", "?" or "!": a pattern finds it faster than a loop over every character.
    SENTENCE_MARK.lastIndex = i;
    const mark = SENTENCE_MARK.exec(flat);
    if (!mark || mark.index >= end) break;
    i = mark.index;
    const c = flat.charCodeAt(i);
    // The end of the view ends a sentence whatever follows it.
    if (i + 1 < end && !isGap(flat.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < end && isGap(flat.charCodeAt(j))) j++;
    if (j < end && !opensSentence(flat.charCodeAt(j))) continue;
    // "Sonat Inc.  ("Sonat")": a short name defined for the name before, not a new sentence.
    if (flat.charCodeAt(j) === 40 && DEFINES_NAME.test(flat.slice(j + 1, j + 6))) continue;
    if (c === PERIOD && COMPANY_FORM_NEXT.test(flat.slice(j, j + 8))) continue;
    if (
      c === PERIOD &&
      ABBREVIATION.test(flat.slice(Math.max(s, i - 8), i)) &&
      // "effective May 2, 2005. The Committee": a year ends a sentence ("No. 5." does not).
      !YEAR_AT_END.test(flat.slice(Math.max(s, i - 6), i))
    ) {
      // A middle initial never ends one, whatever follows ("Charles J.  Mund", "Eric W." at a line's end).
      if (MIDDLE_INITIAL.test(flat.slice(Math.max(s, i - 34), i))) continue;
      // "Inc." ends a sentence only when two spaces or a line break follow.
      const raw = v.doc.text.charCodeAt(docOffset(v, i) + 1);
      if (!(flat.slice(i + 1, i + 3) === "  " || raw === 10 || raw === 13)) continue;
    }
    yield { start: s, end: i + 1, text: flat.slice(s, i + 1) };
    s = j;
    i = j - 1;
  }
  if (s < end) {
    let e = end;
    while (e > s && flat.charCodeAt(e - 1) === SPACE) e--;
    if (e > s) yield { start: s, end: e, text: flat.slice(s, e) };
  }
}
