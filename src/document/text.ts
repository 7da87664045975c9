/**
 * Plain-text documents (1993–2004 ASCII filings and their exhibits) → the block model.
 *
 * Hand-written: this is the part of EDGAR no library knows. A text document is a printed page
 * laid out with spaces, so the model keeps every line with its indent and offsets into the
 * original text (nothing is copied or rewritten) and leaves out what a reader skips: `<PAGE>`
 * tags, form feeds, "Page 2 of 6" footers, lone page numbers at page ends and tops, running
 * heads repeated on every page, the `<TABLE>`/`<S>`/`<C>`/`<CAPTION>` tags of the era and
 * rule lines of dashes or underscores.
 *
 * Two linear passes: one classifies raw lines, one drops furniture that needs its neighbours.
 */
import { LineTable } from "./line-table.js";
import { type Doc, LineFlag } from "./types.js";

enum Kind {
  Blank = 0,
  Content = 1,
  PageBreak = 2,
  /** A "Page 2 of 6" footer: furniture that also ends the page. */
  PageFooter = 3,
  /** A line of only era tags (`<S> <C>`, `<CAPTION>`) or a rule of dashes: dropped, no gap. */
  Skip = 4,
}

/**
 * Raw lines as parallel typed arrays, not objects: a 50 MB filing has a million lines, and one
 * object per line made the garbage collector the slowest stage.
 */
interface RawLines {
  count: number;
  kind: Uint8Array;
  table: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  indent: Int32Array;
}

/** Raw lines in `text`, at most: line ends (LF, or CR where there is no LF) plus form feeds. */
function countBreaks(text: string): { lines: number; feeds: number } {
  const count = (ch: string) => {
    let n = 0;
    let i = text.indexOf(ch);
    while (i >= 0) {
      n++;
      i = text.indexOf(ch, i + 1);
    }
    return n;
  };
  // CRLF counts twice here: a safe bound, as a file may mix lone CRs with LFs.
  return { lines: count("\n") + count("\r"), feeds: count("\f") };
}

const TAB = 9;
const SPACE = 32;
const FORM_FEED = 12;

/** Column of position `i` when `lineStart` is column 0, tabs at stops of 8. */
export function columnAt(text: string, lineStart: number, i: number): number {
  let col = 0;
  for (let k = lineStart; k < i; k++) col = text.charCodeAt(k) === TAB ? (col + 8) & ~7 : col + 1;
  return col;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === FORM_FEED || c === 0xa0 || c === 0x0b;
}

// Each pattern runs on one trimmed line, is anchored and has bounded repetition.
const PAGE_TAG = /^<PAGE>\s{0,40}\d{0,6}\s{0,40}$/i;
const ERA_TAGS = /^(?:<\/?(?:S|C|CAPTION|FN|TABLE)>[\s]{0,400})+$/i;
const TABLE_OPEN = /^<TABLE\b[^>]{0,200}>/i;
const TABLE_CLOSE = /^<\/TABLE>/i;
const PAGE_FOOTER = /^(?:-\s{0,3})?page\s{1,3}\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?(?:\s{0,3}-)?$/i;
const LONE_PAGE_NUMBER = /^(?:-\s{0,3})?(?:[A-Z]-)?\d{1,3}\.?(?:\s{0,3}-)?$|^\(\d{1,3}\)$|^[ivx]{1,6}$/i;
const RULE = /^[-_=*~.\s]{3,}$/;

/** Classifies every raw line of `text`. */
function classify(text: string): RawLines {
  // A raw line is a line, or the page break of a form feed before one.
  const breaks = countBreaks(text);
  const cap = breaks.lines + breaks.feeds * 2 + 2;
  const out: RawLines = {
    count: 0,
    kind: new Uint8Array(cap),
    table: new Uint8Array(cap),
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    indent: new Int32Array(cap),
  };
  const push = (kind: Kind, start: number, end: number, indent: number, table: boolean) => {
    const k = out.count++;
    out.kind[k] = kind;
    out.start[k] = start;
    out.end[k] = end;
    out.indent[k] = indent;
    out.table[k] = table ? 1 : 0;
  };
  let inTable = false;
  let i = 0;
  const n = text.length;
  // Most files end lines in LF alone: let the engine's indexOf find them.
  const lfOnly = text.indexOf("\r") < 0;
  while (i <= n) {
    let e = i;
    if (lfOnly) {
      e = text.indexOf("\n", i);
      if (e < 0) e = n;
    } else {
      while (e < n) {
        const c = text.charCodeAt(e);
        if (c === 10 || c === 13) break;
        e++;
      }
    }
    let pageBreakBefore = false;
    let s = i;
    // Leading white space; a form feed anywhere in it is a page break.
    let col = 0;
    while (s < e && isSpace(text.charCodeAt(s))) {
      const c = text.charCodeAt(s);
      if (c === FORM_FEED) {
        pageBreakBefore = true;
        col = 0;
      } else col = c === TAB ? (col + 8) & ~7 : col + 1;
      s++;
    }
    let t = e;
    while (t > s && isSpace(text.charCodeAt(t - 1))) {
      if (text.charCodeAt(t - 1) === FORM_FEED) pageBreakBefore = true;
      t--;
    }
    if (pageBreakBefore) push(Kind.PageBreak, i, i, 0, false);
    if (s >= t) {
      push(Kind.Blank, s, s, 0, inTable);
    } else {
      const first = text.charCodeAt(s);
      let kind = Kind.Content;
      // Only short lines that start like furniture (a tag, "Page", a rule) are sliced and tested.
      const maybeFurniture =
        first === 60 ||
        first === 80 ||
        first === 112 ||
        first === 45 ||
        first === 95 ||
        first === 61 ||
        first === 42 ||
        first === 126 ||
        first === 46;
      const short = maybeFurniture && t - s <= 400 ? text.slice(s, t) : "";
      if (first === 60 /* < */ && short) {
        if (PAGE_TAG.test(short)) kind = Kind.PageBreak;
        else if (TABLE_OPEN.test(short)) {
          inTable = true;
          kind = ERA_TAGS.test(short) ? Kind.Skip : Kind.Content;
        } else if (TABLE_CLOSE.test(short)) {
          inTable = false;
          kind = Kind.Skip;
        } else if (ERA_TAGS.test(short)) kind = Kind.Skip;
      } else if (short && PAGE_FOOTER.test(short)) kind = Kind.PageFooter;
      else if (short && RULE.test(short) && !/[a-z0-9]/i.test(short)) kind = Kind.Skip;
      push(kind, s, t, col, inTable);
    }
    if (e >= n) break;
    i = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return out;
}

/** Normalised text of a line, for comparing running heads. */
function key(text: string, raw: RawLines, k: number): string {
  return text
    .slice(raw.start[k], Math.min(raw.end[k], raw.start[k] + 120))
    .replace(/\s+/g, " ")
    .toLowerCase();
}

export function textToDoc(text: string): Doc {
  const raw = classify(text);
  const drop = new Uint8Array(raw.count);

  // Lone page numbers: the last content line before a page break or the end, and the first
  // content line of a page (the seed prints "1" above its cover and "2" atop page two).
  const isBreak = (k: Kind) => k === Kind.PageBreak || k === Kind.PageFooter;
  const loneNumber = (k: number) =>
    raw.kind[k] === Kind.Content &&
    raw.end[k] - raw.start[k] <= 12 &&
    LONE_PAGE_NUMBER.test(text.slice(raw.start[k], raw.end[k]));
  let lastContent = -1;
  let pageTop = true;
  const tops: number[] = [];
  for (let k = 0; k < raw.count; k++) {
    const kind = raw.kind[k];
    if (isBreak(kind)) {
      if (lastContent >= 0 && loneNumber(lastContent)) drop[lastContent] = 1;
      pageTop = true;
      lastContent = -1;
      continue;
    }
    if (kind !== Kind.Content) continue;
    if (pageTop) {
      pageTop = false;
      if (loneNumber(k)) {
        drop[k] = 1;
        pageTop = true; // the line after a dropped page number is still the page's top
        continue;
      }
      tops.push(k);
    }
    lastContent = k;
  }
  if (lastContent >= 0 && loneNumber(lastContent)) drop[lastContent] = 1;

  // Running heads: the same line atop three or more pages.
  if (tops.length >= 3) {
    const keys = tops.map((k) => key(text, raw, k));
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    tops.forEach((k, n) => {
      if ((counts.get(keys[n]) ?? 0) >= 3) drop[k] = 1;
    });
  }

  const lines = new LineTable(raw.count);
  const pageStarts: number[] = [0];
  let page = 1;
  let gap = true;
  for (let k = 0; k < raw.count; k++) {
    const kind = raw.kind[k];
    if (isBreak(kind)) {
      // Consecutive breaks (a footer followed by <PAGE>) make one page boundary.
      const lastPage = lines.length ? lines.page(lines.length - 1) : 0;
      if (lastPage === page) {
        page++;
        pageStarts.push(raw.end[k]);
      }
      gap = true;
      continue;
    }
    if (kind === Kind.Blank) {
      gap = true;
      continue;
    }
    if (kind === Kind.Skip || drop[k]) continue;
    const start = raw.start[k];
    const end = raw.end[k];
    const indent = raw.indent[k];
    let flags = raw.table[k] ? LineFlag.Table : 0;
    if (indent >= 10 && Math.abs(indent - (78 - (indent + end - start))) <= 10) flags |= LineFlag.Center;
    lines.push(start, end, indent, page, gap, flags);
    gap = false;
  }
  return {
    format: "text",
    text,
    lines: lines.trim(),
    pageStarts,
    sourceOffset: sameOffset,
    textOffset: sameOffset,
  };
}

/**
 * Plain text is its own source. A module-level function, not an arrow inside textToDoc: an arrow
 * there would share textToDoc's closure context and keep the raw-line arrays alive with the Doc.
 */
function sameOffset(offset: number): number {
  return offset;
}
