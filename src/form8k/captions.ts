/**
 * Cover-page captions and the values printed above them.
 *
 * A cover page prints each value over a parenthesised caption, often three to a line:
 *
 *     Massachusetts                      0-17999                04-2726691
 *     (State or other jurisdiction      (Commission           (IRS Employer
 *     of incorporation)                 File Number)         Identification No.)
 *
 * (seed, 000_20800b8e38aa6f65). A caption starts at a segment beginning with "(" and continues
 * on following lines in the same columns until its ")" closes. Its value is on the nearest line
 * above in the same columns. Plain text and HTML tables give the same segments (HTML cells carry
 * grid columns), so one engine reads both.
 */
import { segments } from "../document/segments.js";
import type { Doc, Segment } from "../document/types.js";

export type CoverField =
  | "name"
  | "state"
  | "fileNo"
  | "irs"
  | "address"
  | "zip"
  | "phone"
  | "former"
  | "date";

export interface Caption {
  field: CoverField | null;
  text: string;
  line: number;
  col: number;
  colEnd: number;
  start: number;
  end: number;
}

export interface CaptionedValue {
  field: CoverField;
  caption: Caption;
  /** The value's pieces (segments of the value line(s) under this caption's columns). */
  parts: Segment[];
  /** Index of the value line. */
  line: number;
}

/** Caption text → the field it names; order matters ("former address" is not the address). */
export function captionField(text: string): CoverField | null {
  const t = text.toLowerCase();
  if (/former\s+(?:name|address)/.test(t)) return "former";
  // "(Address and telephone number, including area code, of principal executive offices)": both on
  // one line, read as the address (the phone is found by its shape).
  if (/address/.test(t) && !/former/.test(t)) return "address";
  if (/telephone|phone\s+number/.test(t)) return "phone";
  // A caption that begins "(State or other jurisdiction" is the state's, whatever a neighbour's
  // wrapped word joined to it says ("(IRS" / "Employer" wrapped to the line's start). Not a run of
  // captions read as one ("(State or other (Commission File Number) (IRS Employer").
  if (/^\(?\s*(?:state|jurisdiction)\b/.test(t) && !/\(.*\(/.test(t)) return "state";
  if (/i\.?\s?r\.?\s?s\.?|employer|identification\s+n|tax\s+id/.test(t)) return "irs";
  if (/commission|file\s+n/.test(t)) return "fileNo";
  if (/address|executive\s+offices?/.test(t)) return "address";
  if (/zip|postal\s+code/.test(t)) return "zip";
  if (
    /name\s+of\s+(?:the\s+)?registrant|registrant\s+as\s+specified|exact\s+name|as\s+specified\s+in/.test(t)
  )
    return "name";
  if (/state|jurisdiction|incorporation|organization|country/.test(t)) return "state";
  if (/date\s+of\s+(?:report|earliest)|earliest\s+event/.test(t)) return "date";
  return null;
}

const overlap = (a: { col: number; colEnd: number }, b: { col: number; colEnd: number }) =>
  Math.min(a.colEnd, b.colEnd) - Math.max(a.col, b.col);
const center = (a: { col: number; colEnd: number }) => (a.col + a.colEnd) / 2;

const isCaptionStart = (doc: Doc, s: Segment) => doc.text.charCodeAt(s.start) === 40; /* ( */

/**
 * A caption whose "(" the typist left out, beside captions that have theirs: "State or other
 * jurisdiction   (Commission File Number) (IRS Employer ID No.)" / " of incorporation)", "(State
 * or other juris-   Commission File Number   (I.R.S. Employer".
 */
function unopenedCaption(doc: Doc, s: Segment): boolean {
  return /^(?:(?:state|jurisdiction)\s+(?:or|of)\s|commission\s+file\s+n)/i.test(
    doc.text.slice(s.start, s.end),
  );
}

/**
 * Joins segments inside one open parenthesis ("(Jurisdiction  of  Incorporation)" in justified
 * text splits at its double spaces).
 */
function mergedSegments(doc: Doc, line: number): Segment[] {
  const segs = segments(doc, doc.lines.line(line));
  const out: Segment[] = [];
  let open: Segment | null = null;
  for (const s of segs) {
    const t = doc.text.slice(s.start, s.end);
    if (open && !t.startsWith("(") && s.col - open.colEnd <= 3) {
      open = { start: open.start, end: s.end, col: open.col, colEnd: s.colEnd };
      if (t.includes(")")) {
        out.push(open);
        open = null;
      }
      continue;
    }
    if (open) {
      out.push(open);
      open = null;
    }
    if (t.startsWith("(") && !t.includes(")") && !doc.lines.cells(line)) open = s;
    else out.push(s);
  }
  if (open) out.push(open);
  return out;
}

/** Finds the captions among lines [from, to) and the values above them. */
export function readCaptions(
  doc: Doc,
  from: number,
  to: number,
): { captions: Caption[]; values: CaptionedValue[]; captionLines: Set<number> } {
  const captions: Caption[] = [];
  const captionLines = new Set<number>();
  /** Lines that continue a caption: never values. */
  /** Segments (by start offset: offsets are unique across lines) that continue a caption. */
  const consumed = new Set<number>();
  const segCache = new Map<number, Segment[]>();
  const segs = (i: number) => {
    let s = segCache.get(i);
    if (!s) {
      s = mergedSegments(doc, i);
      segCache.set(i, s);
    }
    return s;
  };

  for (let i = from; i < to; i++) {
    const line = segs(i);
    // Captions without their "(" are looked for only on lines that hold one with it.
    let withCaption: boolean | null = null;
    for (const s of line) {
      if (consumed.has(s.start)) continue;
      if (!isCaptionStart(doc, s)) {
        withCaption ??= line.some((o) => isCaptionStart(doc, o));
        if (!withCaption || !unopenedCaption(doc, s)) continue;
      }
      let text = doc.text.slice(s.start, s.end);
      const cap: Caption = {
        field: null,
        text,
        line: i,
        col: s.col,
        colEnd: s.colEnd,
        start: s.start,
        end: s.end,
      };
      // Continue on the lines below, in the same columns, until the parenthesis closes.
      // Up to seven lines: "(as depositor under the Pooling and Servicing Agreement, dated ...,
      // providing for the issuance of ..., Series 1997-1)." under a trust's name.
      for (let j = i + 1; j < Math.min(to, i + 8) && !text.includes(")"); j++) {
        if (doc.lines.gapBefore(j)) break;
        const below = segs(j).filter(
          (b) => !isCaptionStart(doc, b) && (overlap(b, cap) > 0 || Math.abs(center(b) - center(cap)) < 6),
        );
        if (below.length === 0) break;
        // The piece nearest this caption's columns.
        below.sort((a, b) => Math.abs(center(a) - center(cap)) - Math.abs(center(b) - center(cap)));
        const b = below[0];
        text += ` ${doc.text.slice(b.start, b.end)}`;
        cap.end = Math.max(cap.end, b.end);
        consumed.add(b.start);
        captionLines.add(j);
      }
      cap.text = text.replace(/\s+/g, " ");
      cap.field = captionField(cap.text);
      captions.push(...splitCaptions(doc, cap));
      captionLines.add(i);
    }
  }

  // Values: for each caption line, the nearest line above that is not all captions.
  const values: CaptionedValue[] = [];
  const byLine = new Map<number, Caption[]>();
  for (const c of captions) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  for (const [line, caps] of byLine) {
    const valueLine = nearestValueLine(doc, line, from, segs, consumed);
    if (valueLine < 0) continue;
    let pieces = segs(valueLine).filter((s) => !isCaptionStart(doc, s) && !consumed.has(s.start));
    // Flowing HTML sets "000-53981 20-8610073" over "(Commission File Number) (IRS Employer
    // Identification No.)" with single spaces: as many words as captions go in order.
    if (caps.length > 1 && pieces.length === 1) {
      const words = wordsOf(doc, pieces[0]);
      if (words.length === caps.length) pieces = words;
    }
    // The captions of this line and those of the lines just below share the same value row only
    // when on this line; assign each piece to the caption of this line it lines up with.
    const assigned = new Map<Caption, Segment[]>();
    // As many values as captions: the typist's tab stops may drift, the order does not.
    if (caps.length > 1 && pieces.length === caps.length) {
      const sorted = [...caps].sort((a, b) => a.col - b.col);
      pieces.forEach((p, k) => {
        assigned.set(sorted[k], [p]);
      });
    }
    for (const p of assigned.size ? [] : pieces) {
      let best: Caption | null = null;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const c of caps) {
        const ov = overlap(p, c);
        const score = ov > 0 ? ov : -Math.abs(center(p) - center(c));
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      // A piece far from every caption belongs to none (a 12-column miss is a different column).
      if (best && (bestScore > 0 || bestScore > -24 || caps.length === 1))
        assigned.set(best, [...(assigned.get(best) ?? []), p]);
    }
    for (const c of caps) {
      const parts = assigned.get(c);
      if (c.field && parts?.length) values.push({ field: c.field, caption: c, parts, line: valueLine });
    }
  }
  return { captions, values, captionLines };
}

function nearestValueLine(
  doc: Doc,
  captionLine: number,
  from: number,
  segs: (i: number) => Segment[],
  consumed: Set<number>,
): number {
  // Four lines up, not counting those a caption above has taken (a long parenthesis).
  for (let j = captionLine - 1, seen = 0; j >= from && seen < 4; j--) {
    const all = segs(j);
    const free = all.filter((s) => !isCaptionStart(doc, s) && !consumed.has(s.start));
    if (all.length > 0 && free.length === 0 && all.some((s) => consumed.has(s.start))) continue;
    seen++;
    // A row of rules between values and captions (HTML tables of 2000) is not a value.
    if (free.length > 0 && free.every((s) => /^[-_=—–\s]+$/.test(doc.text.slice(s.start, s.end)))) continue;
    if (free.length > 0) return j;
  }
  return -1;
}

/** "(Commission File Number) (IRS Employer Identification No.)" in one segment: two captions. */
function splitCaptions(doc: Doc, cap: Caption): Caption[] {
  const raw = doc.text.slice(cap.start, cap.end);
  // Only a caption on one line: a wrapped one spans other columns' text between its lines.
  if (cap.end > doc.lines.end(cap.line) || !/\)\s{1,3}\(/.test(raw)) return [cap];
  const out: Caption[] = [];
  const re = /\([^()]{2,120}\)/g;
  for (const m of raw.matchAll(re)) {
    const start = cap.start + m.index;
    const text = m[0].replace(/\s+/g, " ");
    // Columns in proportion to the characters: what matters is their order.
    const col = cap.col + m.index;
    out.push({
      field: captionField(text),
      text,
      line: cap.line,
      col,
      colEnd: col + m[0].length,
      start,
      end: start + m[0].length,
    });
  }
  return out.length > 1 ? out : [cap];
}

/** A segment's words, each as its own segment. */
function wordsOf(doc: Doc, s: Segment): Segment[] {
  const out: Segment[] = [];
  const t = doc.text.slice(s.start, s.end);
  for (const m of t.matchAll(/\S+/g))
    out.push({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      col: s.col + m.index,
      colEnd: s.col + m.index + m[0].length,
    });
  return out;
}
