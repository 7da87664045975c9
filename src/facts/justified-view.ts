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

/** What may end the word before padding (not a period: two spaces after one may end a sentence). */
const WORD_END = /[A-Za-z0-9,;:)%”"’]/;
/** What may start the word after it. */
const WORD_START = /[A-Za-z0-9(“"$]/;
/** Padding runs a view needs before it is read as justified: a few in a short text, one per 400 characters in a long one. */
const MIN_RUNS = 4;
const CHARS_PER_RUN = 400;
/** Larger documents are left as they are (the offset map costs four bytes a character). */
const MAX_CHARS = 4 << 20;

/** The view itself when it is not justified text, else a view of it with single spaces. */
export function justifiedView(v: TextView): TextView {
  if (v.toDoc || v.doc.format !== "text" || v.flat.length > MAX_CHARS) return v;
  // Found in Doc.text, where a line break is no space, with indexOf: a pattern over every view of
  // every plain-text filing cost 2% of their parse.
  const text = v.doc.text;
  const runs: number[] = [];
  for (let i = text.indexOf("  ", v.start); i >= 0 && i < v.end; ) {
    let j = i + 2;
    while (j < v.end && text.charCodeAt(j) === 32) j++;
    if (j - i <= 3 && i > v.start && WORD_END.test(text[i - 1]) && j < v.end && WORD_START.test(text[j]))
      runs.push(i, j);
    i = text.indexOf("  ", j);
  }
  if (runs.length / 2 < Math.max(MIN_RUNS, (v.end - v.start) / CHARS_PER_RUN)) return v;
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
