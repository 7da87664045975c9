/**
 * A line's horizontal pieces: table cells for HTML rows, and for plain text the runs of words
 * separated by `minGap` or more spaces or a tab (how typists set columns on a cover page).
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
  let col = columnAt(text, lineStart, line.start);
  // One walk: `col` tracks the column of position i, tabs at stops of 8.
  const out: Segment[] = [];
  let i = line.start;
  let runStart = -1;
  let runCol = 0;
  let spaces = 0;
  let lastEnd = 0;
  let lastEndCol = 0;
  while (i <= line.end) {
    const c = i < line.end ? text.charCodeAt(i) : -1;
    if (c === 32) {
      spaces++;
    } else if (c === 9 || c === -1) {
      spaces = minGap;
    } else {
      if (runStart >= 0 && spaces >= minGap) {
        out.push({ start: runStart, end: lastEnd, col: runCol, colEnd: lastEndCol });
        runStart = -1;
      }
      if (runStart < 0) {
        runStart = i;
        runCol = col;
      }
      spaces = 0;
      lastEnd = i + 1;
      lastEndCol = col + 1;
    }
    if (c === -1) break;
    col = c === 9 ? (col + 8) & ~7 : col + 1;
    i++;
  }
  if (runStart >= 0) out.push({ start: runStart, end: lastEnd, col: runCol, colEnd: lastEndCol });
  return out;
}

export function lineText(doc: Doc, line: Line): string {
  return doc.text.slice(line.start, line.end);
}
