/**
 * One HTML table being rendered: its grid cursor (colspan and rowspan honoured), the current
 * row's cells, and how a finished row becomes lines. Every `<tr>` is one line, its non-empty
 * cells joined by three spaces and recorded as Segments at 8 layout units per grid column, so a
 * caption lines up with the value above it. A row with a single non-empty cell (a layout table)
 * keeps the cell's own line breaks instead.
 */
import type { DocBuilder } from "./html-lines.js";
import { LineAcc } from "./html-lines.js";
import { LineFlag, type Segment } from "./types.js";

interface Cell {
  col: number;
  colEnd: number;
  /** Finished lines of the cell (split at its `<br>`s and blocks); `cur` is being filled. */
  subs: LineAcc[];
  cur: LineAcc;
}

/**
 * Grid columns a table may use; cells past them share the last. Filings' widest tables use a few
 * dozen; tag soup of `colspan=1000` cells would otherwise make every row walk (and keep) a grid
 * of millions of columns.
 */
const MAX_GRID_COLUMNS = 512;

export class TableGrid {
  rowOpen = false;
  /** The open cell, if any. */
  cell: Cell | null = null;
  private col = 0;
  /** Rows still covered by a rowspan, per grid column. */
  private spans: number[] = [];
  private spansActive = false;
  private cells: Cell[] = [];
  /** The next emitted row starts a new paragraph (table start, after an empty row). */
  private rowGap = true;
  /** The last cell closed with nothing in it, kept for the next cell (tables are mostly spacers). */
  private spare: Cell | null = null;

  /** `depth` is the stack index of the `<table>` element. */
  constructor(
    readonly depth: number,
    private readonly out: DocBuilder,
  ) {}

  startRow(): void {
    this.endRow();
    this.rowOpen = true;
    this.col = 0;
  }

  openCell(colspan: number, rowspan: number): void {
    if (!this.rowOpen) this.startRow();
    this.closeCell();
    let col = Math.min(this.col, MAX_GRID_COLUMNS);
    while (col < MAX_GRID_COLUMNS && (this.spans[col] ?? 0) > 0) col++;
    const colEnd = Math.min(col + colspan, MAX_GRID_COLUMNS + 1);
    // Past the grid, cells go on in the row's last cell: a row of millions of cells would
    // otherwise keep a cell, a line and a segment for each.
    const last = this.cells[this.cells.length - 1];
    if (col >= MAX_GRID_COLUMNS && last && last.col >= MAX_GRID_COLUMNS && last.subs.length > 0) {
      this.cells.pop();
      last.cur = last.subs.pop() as LineAcc;
      last.cur.space();
      this.cell = last;
      this.col = colEnd;
      return;
    }
    if (rowspan > 1) {
      for (let k = col; k < colEnd; k++) this.spans[k] = Math.max(this.spans[k] ?? 0, rowspan);
      this.spansActive = true;
    }
    const spare = this.spare;
    if (spare) {
      this.spare = null;
      spare.col = col;
      spare.colEnd = colEnd;
      spare.cur.reset();
      this.cell = spare;
    } else this.cell = { col, colEnd, subs: [], cur: new LineAcc() };
    this.col = colEnd;
  }

  closeCell(): void {
    const c = this.cell;
    if (!c) return;
    if (c.cur.hasText) c.subs.push(c.cur);
    if (c.subs.length > 0) this.cells.push(c);
    else this.spare = c;
    this.cell = null;
  }

  /** End the open cell's current line (at a `<br>` or block inside it). */
  breakCell(gap: boolean): void {
    const c = this.cell;
    if (!c) return;
    if (c.cur.hasText) {
      c.subs.push(c.cur);
      c.cur = new LineAcc();
    }
    if (gap) c.cur.gap = true;
    c.cur.indent = 0;
  }

  endRow(): void {
    if (!this.rowOpen) return;
    this.closeCell();
    this.emit(this.cells);
    this.cells = [];
    this.rowOpen = false;
    if (this.spansActive) {
      let active = false;
      for (let k = 0; k < this.spans.length; k++) {
        if (this.spans[k] > 0 && --this.spans[k] > 0) active = true;
      }
      this.spansActive = active;
    }
  }

  /** A table starts inside this table's cell: emit what the row has so far, keep the cell open. */
  flushRow(): void {
    const c = this.cell;
    const cells = this.cells;
    if (c && c.subs.length > 0) cells.push({ ...c });
    this.emit(cells);
    this.cells = [];
    if (c) {
      c.subs = [];
      c.cur = new LineAcc();
      c.cur.gap = true;
    }
    this.rowGap = true;
  }

  private emit(cells: Cell[]): void {
    if (cells.length === 0) {
      this.rowGap = true;
      return;
    }
    if (cells.length === 1) {
      const c = cells[0];
      c.subs.forEach((s, i) => {
        const seg: Segment = { start: 0, end: s.text.length, col: c.col * 8, colEnd: c.colEnd * 8 };
        this.out.commit(s, LineFlag.Table, [seg], i === 0 && this.rowGap);
      });
    } else {
      const row = new LineAcc();
      const segs: Segment[] = [];
      for (const c of cells) {
        const start = row.hasText ? row.text.length + 3 : 0;
        c.subs.forEach((s, i) => {
          row.append(s, i === 0 ? "   " : " ");
        });
        segs.push({ start, end: row.text.length, col: c.col * 8, colEnd: c.colEnd * 8 });
      }
      this.out.commit(row, LineFlag.Table, segs, this.rowGap);
    }
    this.rowGap = false;
  }
}
