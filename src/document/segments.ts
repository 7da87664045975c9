/**
 * A line's horizontal pieces: table cells for HTML rows, and for plain text the runs of words
 * separated by two or more spaces or a tab (how typists set columns on a cover page).
 */
import { columnAt } from "./text.js";
import type { Doc, Line, Segment } from "./types.js";

export function segments(doc: Doc, line: Line, minGap = 2): Segment[] {
  if (line.cells) return line.cells;
  const { text } = doc;
  // Column 0 is where the raw line begins, so columns agree between lines.
  let lineStart = line.start;
  while (lineStart > 0) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === 10 || c === 13 || c === 12) break;
    lineStart--;
  }
  const out: Segment[] = [];
  let i = line.start;
  while (i < line.end) {
    const s = i;
    let e = i;
    // A run ends at a tab or at `minGap` spaces in a row.
    while (e < line.end) {
      const c = text.charCodeAt(e);
      if (c === 9) break;
      if (c === 32) {
        let k = e;
        while (k < line.end && text.charCodeAt(k) === 32) k++;
        if (k - e >= minGap || k >= line.end || text.charCodeAt(k) === 9) break;
        e = k;
        continue;
      }
      e++;
    }
    if (e > s) {
      const col = columnAt(text, lineStart, s);
      out.push({ start: s, end: e, col, colEnd: col + (e - s) });
    }
    i = e;
    while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  }
  return out;
}

export function lineText(doc: Doc, line: Line): string {
  return doc.text.slice(line.start, line.end);
}
