/**
 * Justified plain text read with one space between words. 1990s filings were often typed with
 * their lines padded to the margin ("American  Merger  Corporation  and  EZ Communications,
 * Inc."), and the agreement patterns read names and clauses word by single space. Such a view's
 * `flat` has those runs collapsed and keeps, for every offset, its place in Doc.text (`toDoc`), so
 * spans still point at the filing's own words.
 *
 * Only runs of two or three spaces inside a line are collapsed: wider ones are columns, and a line
 * break with its indentation stays as it was.
 */
import { type TextView, viewOffset } from "./text-view.js";

/** Two or three spaces between a word's end and the next word, in a line. */
const PADDING = /(?<=[A-Za-z0-9,;:)%”"’])[ ]{2,3}(?=[A-Za-z0-9(“"$])/g;
/** Padding runs a view needs before it is read as justified: a few in a short text, one per 400 characters in a long one. */
const MIN_RUNS = 4;
const CHARS_PER_RUN = 400;
/** Larger documents are left as they are (the offset map costs four bytes a character). */
const MAX_CHARS = 4 << 20;

/** The view itself when it is not justified text, else a view of it with single spaces. */
export function justifiedView(v: TextView): TextView {
  if (v.toDoc || v.doc.format !== "text" || v.flat.length > MAX_CHARS) return v;
  const region = v.flat.slice(v.start, v.end);
  const runs: number[] = [];
  for (const m of region.matchAll(PADDING)) {
    const at = v.start + m.index;
    // Spaces of the line itself, not a line break blanked into the flat copy.
    if (!/^ +$/.test(v.doc.text.slice(at, at + m[0].length))) continue;
    runs.push(at, at + m[0].length);
  }
  if (runs.length / 2 < Math.max(MIN_RUNS, region.length / CHARS_PER_RUN)) return v;
  const parts: string[] = [];
  const toDoc = new Int32Array(v.flat.length - sumExtra(runs) + 1);
  let from = 0;
  let out = 0;
  const copy = (a: number, b: number) => {
    parts.push(v.flat.slice(a, b));
    for (let i = a; i < b; i++) toDoc[out++] = i;
  };
  for (let r = 0; r < runs.length; r += 2) {
    // Keep the run's first space, drop the rest.
    copy(from, runs[r] + 1);
    from = runs[r + 1];
  }
  copy(from, v.flat.length);
  toDoc[out] = v.flat.length;
  const view: TextView = { ...v, flat: parts.join(""), toDoc };
  return { ...view, start: viewOffset(view, v.start), end: viewOffset(view, v.end) };
}

/** Characters the runs drop: each keeps one space. */
function sumExtra(runs: number[]): number {
  let n = 0;
  for (let r = 0; r < runs.length; r += 2) n += runs[r + 1] - runs[r] - 1;
  return n;
}
