/**
 * HTML → Doc: render what a reader sees, one Line per visual line, in one pass over the
 * tokenizer's events. The open-element stack is an array with per-name counts (never recursion),
 * close-tag searches are bounded, so tag soup and 5,000-deep nesting stay linear.
 *
 * Tables (html-table.ts): every `<tr>` is one line of cells on a column grid; a table nested in
 * a cell flushes the outer row first, so inner rows become lines of their own.
 */
import { DocBuilder, hasVisibleText, LineAcc } from "./html-lines.js";
import {
  type ScanHandler,
  type ScanObserver,
  scanHtmlChunks,
  type TagAttrs,
  teeHandlers,
} from "./html-scan.js";
import {
  Bit,
  elementStyle,
  Kind,
  LAYOUT_ATTRS,
  TAG_ID_LIMIT,
  type TagInfo,
  TagInfoCache,
  tagInfo,
} from "./html-style.js";
import { TableGrid } from "./html-table.js";
import type { Doc } from "./types.js";

// Judged on a rendered document, re-exported where documents are rendered.
export { collapsedText } from "./html-collapsed.js";

const Role = { None: 0, Table: 1, Section: 2, Row: 3, Cell: 4 } as const;

interface Entry {
  name: string;
  id: number;
  bits: number;
  role: number;
  /** Ends the line when it closes. */
  block: boolean;
  /** Text serial at open: unchanged at close means an empty block, which reads as a blank line. */
  mark: number;
  gapAfter: boolean;
  breakAfter: boolean;
  /** A floated block, and the line count when it opened (see popOne). */
  float: boolean;
  lines: number;
}

/** Margins of at least this many points read as a paragraph gap. */
const GAP_PT = 3;
/** How far down the stack a close tag looks for its element; past this a stray close is ignored. */
const SCAN_CAP = 1024;
/** Open elements at most; real documents nest a few dozen deep. */
const MAX_DEPTH = 2048;
const MAX_SPAN = 1000;
const CELL_STOP = new Set(["tr", "tbody", "thead", "tfoot"]);
const ROW_STOP = new Set(["tbody", "thead", "tfoot"]);
const NO_STOP = new Set<string>();
const SCOPE = new Set(["table", "td", "th", "caption"]);
const HEAD = tagInfo("head").id;
const P = tagInfo("p").id;
const LI = tagInfo("li").id;
const DT = tagInfo("dt").id;
const DD = tagInfo("dd").id;
const TABLE_SCOPE = new Set(["table"]);
const LIST_SCOPE = new Set(["table", "td", "th", "ul", "ol", "dl"]);
/** What a new list item closes (with TagInfo ids, for the open-element counts). */
const ITEM_LI = [{ name: "li", id: LI }];
const ITEM_DT_DD = [
  { name: "dt", id: DT },
  { name: "dd", id: DD },
];

/**
 * Render an HTML document (already decoded: one string, or consecutive pieces ending after a `>`,
 * see decodeHtmlChunks) into the block model. An `observer`
 * reads the same tokenizer events (the iXBRL cover reader), so the document is scanned once.
 */
export function htmlToDoc(
  html: string | Iterable<string>,
  observer?: ScanObserver,
  preformatted = false,
): Doc {
  const r = new Renderer(preformatted ? Bit.Pre : 0);
  const chunks = typeof html === "string" ? [html] : html;
  if (observer) {
    const attributes = new Set([...LAYOUT_ATTRS, ...observer.attributes]);
    scanHtmlChunks(chunks, teeHandlers(r, observer.handler), attributes);
  } else scanHtmlChunks(chunks, r, LAYOUT_ATTRS);
  return r.finish();
}

function intAttr(v: string | undefined, max: number): number {
  const n = v === undefined ? 1 : Number.parseInt(v, 10);
  return n >= 1 ? Math.min(n, max) : 1;
}

function fullWidth(w: string | null): boolean {
  if (w === null || w.trim() === "") return true;
  return w.trim().endsWith("%") && Number.parseFloat(w) >= 90;
}

class Renderer implements ScanHandler {
  private readonly out = new DocBuilder();
  /**
   * Open elements: stack[0, depth). Entries above depth are kept and reused by the next push, so
   * a document of a million tags allocates as many entries as its deepest nesting.
   */
  private readonly stack: Entry[] = [];
  private depth = 0;
  /** Open elements by TagInfo.id. */
  private readonly counts = new Int32Array(TAG_ID_LIMIT);
  private readonly infos = new TagInfoCache();
  private readonly tables: TableGrid[] = [];
  /** The innermost open table (the last of `tables`): read on every tag and text run. */
  private table: TableGrid | null = null;
  private flow = new LineAcc();
  private serial = 0;
  /** The next line break joins with a space instead (after a short floated block). */
  private joinNext = false;

  /** `rootBits`: style bits of the document itself (Bit.Pre to keep its line breaks). */
  constructor(private readonly rootBits = 0) {}

  finish(): Doc {
    this.popTo(0);
    this.breakLine(false);
    return this.out.finish();
  }

  text(s: string, start: number, raw: boolean): void {
    const bits = this.bits();
    if (bits & Bit.Hidden) return;
    // White space set in a font too small to see joins what is on either side of it.
    if (bits & Bit.Tiny && !(bits & Bit.Pre) && !hasVisibleText(s)) return;
    if (!(bits & Bit.Pre)) {
      this.addText(s, start, raw, bits);
      return;
    }
    // Lines end at LF, and at a CR alone (old Mac files; a CR before an LF is white space).
    let lf = -2;
    let cr = s.indexOf("\r");
    for (let from = 0; ; ) {
      if (lf !== -1 && lf < from) lf = s.indexOf("\n", from);
      while (cr >= 0 && (cr < from || s.charCodeAt(cr + 1) === 10)) cr = s.indexOf("\r", cr + 1);
      const nl = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
      const piece = nl < 0 ? s.slice(from) : s.slice(from, nl);
      this.addText(piece, raw ? start + from : start, raw, bits);
      if (nl < 0) return;
      this.lineBreak();
      from = nl + 1;
    }
  }

  open(name: string, attrs: TagAttrs, _start: number, _end: number, selfClosing: boolean): void {
    const info = this.infos.get(name);
    // Past MAX_DEPTH open elements, a start tag opens nothing: its content goes on in the
    // element open now (tag soup nests without end; each open element costs its entry). A block
    // still ends the line.
    if (this.depth >= MAX_DEPTH && info.kind !== Kind.Void && !selfClosing) {
      if (info.kind === Kind.Block && !(this.bits() & Bit.Hidden)) this.breakLine(info.margin);
      return;
    }
    if (!info.headContent && this.counts[HEAD] > 0) this.closeNamed("head");
    const kind = info.kind;
    const parent = this.bits();
    if (parent & Bit.Hidden) {
      if (kind !== Kind.Void && !selfClosing) this.push(info, name, parent, Role.None, false, false, false);
      return;
    }
    const t = this.table;
    this.impliedCloses(name, info, t);
    const st = elementStyle(info, name, attrs);
    const bits = (parent & ~st.clear) | st.set;
    if (bits & Bit.Hidden) {
      if (kind !== Kind.Void && !selfClosing) this.push(info, name, bits, Role.None, false, false, false);
      return;
    }
    const inTable = this.table !== null;
    if (st.breakBefore && !inTable) {
      this.breakLine(false);
      this.out.pageBreak();
    }
    if (name === "page") {
      // An SGML <PAGE> marker left in an HTML document.
      this.breakLine(false);
      if (!inTable) this.out.pageBreak();
      return;
    }
    if (kind === Kind.Void) {
      if (name === "br") this.lineBreak();
      else if (name === "hr") {
        this.breakLine(true);
        if (!inTable && (st.breakAfter || fullWidth(st.width))) this.out.pageBreak();
      }
      return;
    }
    const top = this.table;
    if (name === "table") {
      this.breakLine(true);
      if (top) top.flushRow();
      this.push(info, name, bits, Role.Table, false, false, st.breakAfter);
      this.table = new TableGrid(this.depth - 1, this.out);
      this.tables.push(this.table);
    } else if (top && info.tablePart) {
      if (name === "tr") {
        top.startRow();
        this.push(info, name, bits, Role.Row, false, false, false);
      } else if (name === "td" || name === "th") {
        top.openCell(intAttr(attrs.colspan, MAX_SPAN), intAttr(attrs.rowspan, MAX_SPAN));
        this.push(info, name, bits, Role.Cell, false, false, false);
      } else {
        top.endRow();
        this.push(info, name, bits, Role.Section, false, false, false);
      }
    } else {
      const block = kind === Kind.Block ? st.display !== "inline" : st.display === "block";
      if (block) {
        const top = st.marginTop === null ? info.margin : st.marginTop >= GAP_PT;
        this.breakLine(top);
      } else if ((st.marginLeft ?? 0) >= 1) this.target(false)?.space();
      const bottom = st.marginBottom === null ? info.margin : st.marginBottom >= GAP_PT;
      const e = this.push(info, name, bits, Role.None, block, block && bottom, st.breakAfter);
      if (block && st.float) {
        e.float = true;
        e.lines = this.out.lines.length;
      }
    }
    if (selfClosing) this.popTo(this.depth - 1);
  }

  close(name: string): void {
    if (name === "br" || (name === "p" && this.counts[P] === 0)) {
      // Browsers read a stray </br> as <br> and a stray </p> as an empty paragraph.
      if (!(this.bits() & Bit.Hidden)) {
        if (name === "br") this.lineBreak();
        else this.breakLine(true);
      }
      return;
    }
    this.closeNamed(name);
  }

  private closeNamed(name: string): void {
    const info = this.infos.get(name);
    const scope = name === "table" ? NO_STOP : info.tablePart ? TABLE_SCOPE : SCOPE;
    const i = this.find(name, info.id, scope);
    if (i >= 0) this.popTo(i);
  }

  /** What a start tag implicitly ends: the open cell or row of the innermost table, an open <p>, <li>. */
  private impliedCloses(name: string, info: TagInfo, t: TableGrid | null): void {
    if (t && info.tablePart) {
      const stop = name === "td" || name === "th" ? CELL_STOP : name === "tr" ? ROW_STOP : NO_STOP;
      while (this.depth - 1 > t.depth && !stop.has(this.stack[this.depth - 1].name)) {
        this.popOne();
      }
      return;
    }
    if (info.closesP && this.counts[P] > 0) {
      const i = this.find("p", P, SCOPE);
      if (i >= 0) this.popTo(i);
    }
    if (name === "li" || name === "dt" || name === "dd") {
      const others = name === "li" ? ITEM_LI : ITEM_DT_DD;
      for (const other of others) {
        const i = this.find(other.name, other.id, LIST_SCOPE);
        if (i >= 0) this.popTo(i);
      }
    }
  }

  private bits(): number {
    const top = this.stack[this.depth - 1];
    return top ? top.bits : this.rootBits;
  }

  private push(
    info: TagInfo,
    name: string,
    bits: number,
    role: number,
    block: boolean,
    gapAfter: boolean,
    breakAfter: boolean,
  ): Entry {
    let e = this.stack[this.depth];
    if (e === undefined) {
      e = {
        name,
        id: 0,
        bits: 0,
        role: 0,
        block: false,
        mark: 0,
        gapAfter: false,
        breakAfter: false,
        float: false,
        lines: 0,
      };
      this.stack.push(e);
    }
    this.depth++;
    e.name = name;
    e.id = info.id;
    e.bits = bits;
    e.role = role;
    e.block = block;
    e.mark = this.serial;
    e.gapAfter = gapAfter;
    e.breakAfter = breakAfter;
    e.float = false;
    e.lines = 0;
    this.counts[info.id]++;
    return e;
  }

  /**
   * Index of the innermost open `name` (its TagInfo id `id`), not looking past a scope boundary
   * or SCAN_CAP entries.
   */
  private find(name: string, id: number, scope: Set<string>): number {
    if (this.counts[id] === 0) return -1;
    const stop = Math.max(0, this.depth - SCAN_CAP);
    for (let i = this.depth - 1; i >= stop; i--) {
      const n = this.stack[i].name;
      if (n === name) return i;
      if (scope.has(n)) return -1;
    }
    // A table's end is always honoured: everything above it is popped, so the search is paid for.
    if (name === "table") {
      for (let i = stop - 1; i >= 0; i--) if (this.stack[i].name === name) return i;
    }
    return -1;
  }

  private popTo(i: number): void {
    while (this.depth > i) this.popOne();
  }

  private popOne(): void {
    if (this.depth === 0) return;
    const e = this.stack[--this.depth];
    this.counts[e.id]--;
    if (e.bits & Bit.Hidden) return;
    const t = this.table;
    if (e.role === Role.Table && t) {
      t.endRow();
      this.tables.pop();
      this.table = this.tables[this.tables.length - 1] ?? null;
      this.breakLine(true);
    } else if ((e.role === Role.Row || e.role === Role.Section) && t) {
      t.endRow();
    } else if (e.role === Role.Cell && t) {
      t.closeCell();
    } else if (e.block) {
      // A short floated block ("Item 5.03", a check box) sits beside the block that follows it.
      const beside =
        e.float && this.table === null && this.out.lines.length === e.lines && this.flow.text.length <= 40;
      if (beside && this.flow.hasText) this.joinNext = true;
      else this.breakLine(e.gapAfter || this.serial === e.mark);
    }
    if (e.breakAfter && this.table === null) {
      this.breakLine(false);
      this.out.pageBreak();
    }
  }

  /** The line being filled: the open cell's, or the flow's outside tables. */
  private target(create: boolean): LineAcc | null {
    const t = this.table;
    if (!t) return this.flow;
    if (!t.cell && create) t.openCell(1, 1);
    return t.cell ? t.cell.cur : null;
  }

  private addText(s: string, start: number, raw: boolean, bits: number): void {
    const t = this.table;
    // Stray text between cells gets a cell of its own; stray white space is dropped.
    const acc = this.target(t !== null && t.cell === null && hasVisibleText(s));
    if (acc?.add(s, start, raw, bits)) {
      this.serial++;
      this.joinNext = false;
    }
  }

  /** End the current line (if it has text); `gap` marks the next line as a new paragraph. */
  private breakLine(gap: boolean): void {
    const t = this.table;
    if (t) {
      t.breakCell(gap);
      return;
    }
    if (this.joinNext) {
      this.joinNext = false;
      this.flow.space();
      return;
    }
    if (this.flow.hasText) {
      this.out.commit(this.flow, 0);
      this.flow = new LineAcc();
    }
    if (gap) this.flow.gap = true;
    this.flow.indent = 0;
  }

  /** `<br>` or a newline in `<pre>`: a second break in a row leaves a blank line. */
  private lineBreak(): void {
    const acc = this.target(false);
    if (acc && !acc.hasText) {
      acc.gap = true;
      acc.indent = 0;
    } else this.breakLine(false);
  }
}
