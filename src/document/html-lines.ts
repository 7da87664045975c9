/**
 * Line assembly for the HTML renderer: `LineAcc` collects the visible text of one line with white
 * space collapsed and source anchors; `DocBuilder` appends finished lines to Doc.text, numbers
 * pages, drops page-number furniture and maps text offsets back to the source.
 */
import { Bit } from "./html-style.js";
import { LineTable } from "./line-table.js";
import type { Doc, Segment } from "./types.js";

const SHOWN = Bit.Bold | Bit.Underline | Bit.Center;

/** White space a browser collapses; NBSP and the Unicode spaces included (they render as blanks). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Characters that render as nothing: zero-width spaces/joiners, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0xad || c === 0x2060;
}

/** Whether `s` has a character that renders as something. */
export function hasVisibleText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return true;
  }
  return false;
}

export class LineAcc {
  /** The line's text so far (string concatenation: V8 builds ropes, so appending is cheap). */
  text = "";
  /** Pairs (offset in this line, source offset), one per run that is not contiguous with the last. */
  anchors: number[] = [];
  flags = SHOWN;
  hasText = false;
  /** A gap (blank line, block margin) separates this line from the one before. */
  gap = false;
  /** Leading columns, for `<pre>` lines. */
  indent = 0;
  private pending = 0;
  private lastText = -1;
  private lastSrc = -1;

  /** Back to a new, empty line (for reuse). */
  reset(): void {
    this.text = "";
    // Mostly empty already (a reused cell had no text); setting length is a runtime call.
    if (this.anchors.length > 0) this.anchors.length = 0;
    this.flags = SHOWN;
    this.hasText = false;
    this.gap = false;
    this.indent = 0;
    this.pending = 0;
    this.lastText = -1;
    this.lastSrc = -1;
  }

  /** Add decoded text `s` whose char 0 is at `src` (char i at src + i when `raw`), with style `bits`. */
  add(s: string, src: number, raw: boolean, bits: number): boolean {
    const pre = (bits & Bit.Pre) !== 0;
    const n = s.length;
    let added = false;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        if (pre) {
          const col = this.indent + this.text.length + this.pending;
          const w = c === 9 ? 8 - (col % 8) : c === 10 || c === 13 ? 0 : 1;
          if (this.hasText) this.pending += w;
          else this.indent += w;
        } else if (this.hasText) {
          this.pending = 1;
        }
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      // A run of words with single spaces between them is added as one piece: the same text as
      // word by word, with a tenth of the slices and rope nodes.
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        // Printable ASCII and C1 controls: neither white space nor invisible (most characters).
        if (d > 32 && d < 0xa0) {
          j++;
          continue;
        }
        if (d === 32 && j + 1 < n) {
          const e = s.charCodeAt(j + 1);
          if (!isSpace(e) && !isInvisible(e)) {
            j += 2;
            continue;
          }
        }
        if (isSpace(d) || isInvisible(d)) break;
        j++;
      }
      if (this.pending > 0) {
        this.text += this.pending === 1 ? " " : " ".repeat(this.pending);
        this.pending = 0;
      }
      const at = raw ? src + i : src;
      const len = this.text.length;
      if (!raw || this.lastSrc < 0 || at - this.lastSrc !== len - this.lastText) {
        this.anchors.push(len, at);
        this.lastText = len;
        this.lastSrc = at;
      }
      this.text += i === 0 && j === n ? s : s.slice(i, j);
      this.flags &= bits;
      this.hasText = true;
      added = true;
      i = j;
    }
    return added;
  }

  /** Visible space before the next text (an inline element offset by padding), if the line has text. */
  space(): void {
    if (this.hasText && this.pending === 0) this.pending = 1;
  }

  /** Append another line's text after `sep` (when both have text). */
  append(o: LineAcc, sep: string): void {
    if (!o.hasText) return;
    if (this.hasText && sep) this.text += sep;
    const len = this.text.length;
    for (let k = 0; k < o.anchors.length; k += 2) this.anchors.push(o.anchors[k] + len, o.anchors[k + 1]);
    this.text += o.text;
    this.flags &= o.flags;
    this.hasText = true;
    this.lastSrc = -1;
  }
}

/** Lone page numbers: "2", "- 2 -", "Page 2", "PAGE 2 OF 6", "ii" (lower case only), "A-3". */
const PAGE_NUMBER =
  /^(?:[-\u2013\u2014]?\s*\d{1,3}\s*[-\u2013\u2014]?|(?:Page|PAGE)\s+\d{1,4}(?:\s+(?:of|OF)\s+\d{1,4})?|[ivx]{1,5}|[A-Z]{1,2}-\d{1,3})$/;

/** A growable Int32Array: anchors can run to millions on a large document. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class DocBuilder {
  /** Finished text in flat chunks, and recent pieces not yet joined (joining releases rope nodes). */
  private chunks: string[] = [];
  private parts: string[] = [];
  private partsLength = 0;
  private len = 0;
  private anchorsText = new IntList();
  private anchorsSrc = new IntList();
  readonly lines = new LineTable();
  private page = 1;
  private readonly pageStarts: number[] = [0];
  private breakPending = false;
  /** Texts of the last few lines, to recognise page-number furniture without re-reading text. */
  private tail: string[] = [];

  /** Append a finished line; empty lines are dropped (their gap carries over via `carryGap`). */
  commit(acc: LineAcc, extraFlags: number, cells?: Segment[], carryGap = false): boolean {
    if (!acc.hasText) return false;
    let gap = acc.gap || carryGap;
    let newPage = false;
    if (this.breakPending) {
      this.page++;
      this.breakPending = false;
      gap = true;
      newPage = true;
    }
    if (this.len > 0) this.push(gap ? "\n\n" : "\n");
    const start = this.len;
    if (newPage) this.pageStarts.push(start);
    for (let k = 0; k < acc.anchors.length; k += 2) {
      this.anchorsText.push(acc.anchors[k] + start);
      this.anchorsSrc.push(acc.anchors[k + 1]);
    }
    this.push(acc.text);
    this.tail.push(acc.text.length <= 24 ? acc.text : "");
    if (this.tail.length > 3) this.tail.shift();
    this.lines.push(start, this.len, acc.indent, this.page, gap, (acc.flags & SHOWN) | extraFlags);
    if (cells) {
      for (const c of cells) {
        c.start += start;
        c.end += start;
      }
      this.lines.setCells(this.lines.length - 1, cells);
    }
    return true;
  }

  /** A page ends here: drop its trailing page-number lines, then start a new page at the next line. */
  pageBreak(): void {
    const last = this.lines.length - 1;
    if (this.breakPending || last < 0 || this.lines.page(last) !== this.page) return;
    this.dropFurniture();
    this.breakPending = true;
  }

  finish(): Doc {
    this.dropFurniture();
    this.chunks.push(this.parts.join(""));
    const text = this.chunks.join("");
    const at = this.anchorsText.done();
    const src = this.anchorsSrc.done();
    return {
      format: "html",
      text,
      lines: this.lines.trim(),
      pageStarts: this.pageStarts,
      sourceOffset: (offset: number) => sourceOffset(at, src, offset),
      textOffset: (offset: number) => firstTextAtOrAfter(src, at, offset),
    };
  }

  private dropFurniture(): void {
    for (let dropped = 0; dropped < 3; dropped++) {
      const i = this.lines.length - 1;
      if (i < 0 || this.lines.page(i) !== this.page) return;
      const s = this.tail[this.tail.length - 1];
      if ((this.lines.cells(i)?.length ?? 1) > 1 || !s || !PAGE_NUMBER.test(s)) return;
      this.lines.pop();
      this.tail.pop();
    }
  }

  private push(p: string): void {
    this.parts.push(p);
    this.len += p.length;
    this.partsLength += p.length;
    // Joined often: a line's text is slices of the source, and until joined it keeps the source
    // alive (a whole exhibit's markup, when it is rendered piece by piece).
    if (this.parts.length >= 2048 || this.partsLength >= 4096) {
      this.chunks.push(this.parts.join(""));
      this.parts = [];
      this.partsLength = 0;
    }
  }
}

/**
 * The offset in `to` of the last anchor whose `from` offset is at or before `offset`, advanced by
 * the distance from it. Used both ways: text → source, and source → text (anchors are in
 * document order in both).
 */
function sourceOffset(at: Int32Array, src: Int32Array, offset: number): number {
  let lo = 0;
  let hi = at.length - 1;
  if (hi < 0 || offset < at[0]) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (at[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return src[lo] + (offset - at[lo]);
}

/**
 * The text offset of the first rendered text at or after source offset `offset`: an element's
 * start tag maps to where its text begins, not to the text before it.
 */
function firstTextAtOrAfter(src: Int32Array, at: Int32Array, offset: number): number {
  let lo = 0;
  let hi = src.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (src[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) {
    // Inside the previous run's text (no anchor between): advance within it.
    const inside = at[lo - 1] + (offset - src[lo - 1]);
    if (lo >= at.length || inside < at[lo]) return Math.min(inside, lo < at.length ? at[lo] : inside);
  }
  return lo < at.length ? at[lo] : at.length ? at[at.length - 1] : 0;
}
