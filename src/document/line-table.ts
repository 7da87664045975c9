/**
 * The lines of a Doc as columns of typed arrays: 16 bytes a line instead of a ~56-byte object
 * plus its array slot. A 50 MB text filing has 700,000 lines; as objects they weighed more than
 * the filing's own text. Readers ask for one field of line i (`lines.start(i)`), or for a Line
 * object (`lines.line(i)`, a fresh copy) where a line is passed around.
 */
import type { Line, Segment } from "./types.js";

// meta: flags in bits 0–4, gapBefore in bit 5, indent (capped at 1023) in bits 6–15.
const FLAGS = 31;
const GAP = 32;
const INDENT_SHIFT = 6;
const INDENT_MAX = 1023;

export class LineTable implements Iterable<Line> {
  private starts: Int32Array;
  private ends: Int32Array;
  private pages: Int32Array;
  private metas: Uint16Array;
  /** Table cells by line, for HTML rows only; null while no line has any. */
  private cellLists: (Segment[] | undefined)[] | null = null;
  private count = 0;

  constructor(capacity = 64) {
    const n = Math.max(capacity, 1);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.pages = new Int32Array(n);
    this.metas = new Uint16Array(n);
  }

  get length(): number {
    return this.count;
  }

  push(start: number, end: number, indent: number, page: number, gapBefore: boolean, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.pages[i] = page;
    this.metas[i] = (flags & FLAGS) | (gapBefore ? GAP : 0) | (Math.min(indent, INDENT_MAX) << INDENT_SHIFT);
    if (this.cellLists) this.cellLists[i] = undefined;
  }

  /** Drops the last line. */
  pop(): void {
    if (this.count === 0) return;
    this.count--;
    if (this.cellLists) this.cellLists.length = this.count;
  }

  setCells(i: number, cells: Segment[]): void {
    if (!this.cellLists) this.cellLists = new Array(this.count);
    this.cellLists[i] = cells;
  }

  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  page(i: number): number {
    return this.pages[i];
  }
  indent(i: number): number {
    return (this.metas[i] >>> INDENT_SHIFT) & INDENT_MAX;
  }
  gapBefore(i: number): boolean {
    return (this.metas[i] & GAP) !== 0;
  }
  flags(i: number): number {
    return this.metas[i] & FLAGS;
  }
  cells(i: number): Segment[] | undefined {
    return this.cellLists?.[i];
  }

  /** Line i as an object (undefined, like an array's hole, when i is out of range). */
  line(i: number): Line {
    if (i < 0 || i >= this.count) return undefined as unknown as Line;
    // Every line object has the same shape, `cells` included (undefined for most): readers
    // optimised on lines without cells would otherwise be thrown out at the first table row.
    return {
      start: this.starts[i],
      end: this.ends[i],
      indent: this.indent(i),
      page: this.pages[i],
      gapBefore: this.gapBefore(i),
      flags: this.flags(i),
      cells: this.cells(i),
    };
  }

  /** Index of the first line that ends after `offset` (lines are in text order). */
  firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first line starting at or after `offset`, or -1. */
  firstStartingAt(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.count ? lo : -1;
  }

  /** The lines lying wholly inside [start, end), as objects. */
  within(start: number, end: number): Line[] {
    const out: Line[] = [];
    for (let i = this.firstStartingAt(start); i >= 0 && i < this.count && this.starts[i] < end; i++)
      if (this.ends[i] <= end) out.push(this.line(i));
    return out;
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let i = 0; i < this.count; i++) yield this.line(i);
  }

  toArray(): Line[] {
    return Array.from(this);
  }

  /** Frees the unused capacity once the table is complete. */
  trim(): this {
    if (this.starts.length > this.count + 16) {
      this.starts = this.starts.slice(0, this.count);
      this.ends = this.ends.slice(0, this.count);
      this.pages = this.pages.slice(0, this.count);
      this.metas = this.metas.slice(0, this.count);
    }
    return this;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (k) => new Int32Array(k));
    this.ends = grown(this.ends, (k) => new Int32Array(k));
    this.pages = grown(this.pages, (k) => new Int32Array(k));
    this.metas = grown(this.metas, (k) => new Uint16Array(k));
  }
}
