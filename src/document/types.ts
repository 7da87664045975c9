/**
 * The block model every document becomes, whatever its format: the document's decoded text and
 * the positioned lines a reader would see, page furniture left out. Every later stage (cover,
 * items, exhibits, signatures, facts) reads lines and spans of `text`; nothing re-reads bytes.
 */

/** A piece of a line: a text column run (plain text) or a table cell (HTML). */
export interface Segment {
  /** [start, end) in Doc.text, white space trimmed. */
  start: number;
  end: number;
  /** Horizontal extent in layout units (character columns for text, grid columns × 8 for HTML). */
  col: number;
  colEnd: number;
}

/** Bit flags on a line. */
export const LineFlag = {
  /** Inside a table (a 1990s `<TABLE>` block or an HTML table row). */
  Table: 1,
  /** All its visible text is bold (HTML `<b>`, `<strong>`, font-weight). */
  Bold: 2,
  /** All its visible text is underlined. */
  Underline: 4,
  /** Centred (HTML `align=center` / `text-align:center`, or a text line indented past a third of the page). */
  Center: 8,
  /** Hidden from the reader (an iXBRL `ix:header`, `display:none`). Hidden lines are not in Doc.lines. */
  Hidden: 16,
} as const;

export interface Line {
  /** [start, end) in Doc.text; leading and trailing white space excluded, never empty. */
  start: number;
  end: number;
  /** Column of the first visible character (tabs expanded to stops of 8), 0 for HTML block starts. */
  indent: number;
  /** 1-based page number: increments at `<PAGE>`, form feeds, "Page N of M" footers, HTML page breaks. */
  page: number;
  /** True when a blank line, a page break or a block boundary separates this line from the one before. */
  gapBefore: boolean;
  /** LineFlag bits. */
  flags: number;
  /** Table cells, for HTML table rows; for plain text, segments are computed on demand (see segments()). */
  cells?: Segment[];
}

export type DocFormat = "text" | "html";

import type { LineTable } from "./line-table.js";

export interface Doc {
  format: DocFormat;
  /** The decoded text offsets refer to: the document itself for plain text, the rendered text for HTML. */
  text: string;
  lines: LineTable;
  /** For HTML: the offset in the original (decoded) HTML source of a text offset; identity for plain text. */
  sourceOffset(offset: number): number;
  /** The inverse: the text offset of a source offset (the nearest rendered text at or before it). */
  textOffset(sourceOffset: number): number;
  /** Offsets in `text` where a page begins (index 0 is page 1). */
  pageStarts: number[];
}

/** A character span in one document of a filing: UTF-16 offsets into that document's Doc.text. */
export interface Span {
  doc: number;
  start: number;
  end: number;
}
