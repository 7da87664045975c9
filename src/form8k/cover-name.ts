/**
 * The registrant's name where a cover sets it oddly: on two centred lines, over the name it does
 * business as or had, or with no caption at all.
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";
import type { Found } from "./cover.js";
import { collapsedLine, found, INCORPORATED_AS } from "./cover-lines.js";

/**
 * A name set on two centred lines over its caption ("PHARMACEUTICAL" / "FORMULATIONS, INC."): the
 * line above, right on top, centred alike and no name of its own (no corporate word ends it), begins it.
 */
export function nameFromLineAbove(doc: Doc, line: number, name: Found, captionLines: Set<number>): Found {
  const lines = doc.lines;
  const above = line - 1;
  if (above < 0 || lines.gapBefore(line) || captionLines.has(above) || lines.cells(above)) return name;
  const segs = segments(doc, lines.line(above));
  const own = segments(doc, lines.line(line));
  if (segs.length !== 1 || own.length !== 1) return name;
  const t = doc.text.slice(segs[0].start, segs[0].end).trim();
  const centre = (x: { col: number; colEnd: number }) => (x.col + x.colEnd) / 2;
  if (
    t.length > 40 ||
    !/^[A-Z][A-Za-z&.,'’ -]+$/.test(t) ||
    NAME_ENDS.test(t) ||
    /^(?:current\s+report|form\s|securities|pursuant|washington|united\s+states)/i.test(t) ||
    Math.abs(centre(segs[0]) - centre(own[0])) > 6
  )
    return name;
  return { value: `${t} ${name.value}`, start: segs[0].start, end: name.end };
}

const ALIAS_LINE = /^(?:doing\s+business\s+as|formerly\s+known\s+as|d\/b\/a|f\/k\/a)$/i;

const ALIAS_OPENS = /^(.{3,90}?)\s*\((?:formerly(?:\s+known\s+as)?|f\/k\/a|d\/b\/a)\b[^)]*$/i;

/**
 * A registrant that prints the name it does business as, or had, under its own: "TEXAS UTILITIES
 * COMPANY" / "DOING BUSINESS AS" / "TXU CORP", or "CHASE MANHATTAN BANK USA, N.A. (formerly known
 * as" / "\"The Chase Manhattan Bank (USA)\")". The name is the legal one, before the alias.
 */
export function legalNameBeforeAlias(doc: Doc, valueLine: number): Found | null {
  const lines = doc.lines;
  const textOf = (i: number) => collapsedLine(doc, i);
  if (valueLine < 1) return null;
  const above = textOf(valueLine - 1);
  if (ALIAS_LINE.test(above) && valueLine >= 2) {
    const name = textOf(valueLine - 2);
    return name ? found(doc, lines.start(valueLine - 2), lines.end(valueLine - 2), name) : null;
  }
  const own = textOf(valueLine);
  const opens = ALIAS_OPENS.exec(above);
  // The value line closes the parenthesis opened above it.
  const closes = (own.match(/\)/g)?.length ?? 0) > (own.match(/\(/g)?.length ?? 0);
  if (opens && closes) {
    const value = opens[1].trim();
    const raw = doc.text.slice(lines.start(valueLine - 1), lines.end(valueLine - 1));
    const at = raw.indexOf(value);
    const start = lines.start(valueLine - 1) + Math.max(0, at);
    return { value, start, end: at >= 0 ? start + value.length : lines.end(valueLine - 1) };
  }
  return null;
}

/**
 * The name without what follows it: the comma of "Lehman ABS Corp.," over a parenthesis that goes
 * on, and the short name the filing defines after it ('BIOLABS, INC. ("BILB")').
 */
export function bareName(f: Found): Found {
  const defined = DEFINED_AFTER.exec(f.value);
  const value = (defined ? f.value.slice(0, defined.index) : f.value).replace(/,$/, "");
  return value === f.value ? f : { ...f, value, end: f.start + value.length };
}
const DEFINED_AFTER = /,?\s{0,3}\((?:the\s)?["“][^"”]{1,40}["”]\)$/;

const NAME_ENDS =
  /(?:\b(?:inc|corp|corporation|company|co|ltd|limited|llc|plc|l\.p|lp|trust|bancorp|group|holdings)\.?,?|\))$/i;

const COMPANY_WORD =
  /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|trust|bancorp|holdings?|group|n\.?v|s\.?a|ag)\b\.?,?\s*$/i;

/** Covers with no name caption (0001104540-02-000064): the line that reads like a company name. */
export function nameWithoutCaption(doc: Doc, end: number, captionLines: Set<number>): Found | null {
  for (let i = 0; i < Math.min(end, 60); i++) {
    if (captionLines.has(i)) continue;
    const line = doc.lines.line(i);
    const t = doc.text.slice(line.start, line.end);
    if (t.length > 90 || /securities\s+and\s+exchange|^\(|:/i.test(t) || INCORPORATED_AS.test(t.trim()))
      continue;
    if (COMPANY_WORD.test(t)) return found(doc, line.start, line.end, t.replace(/\s+/g, " ").trim());
  }
  return null;
}

const SERIES = /\b(?:certificates|series\s+\d|receivables\s+trust|trust\s+\d{4}-)/i;

/**
 * A trust's issuer named over the series it issues, both over one caption ("PRIME MORTGAGE TRUST" /
 * "Mortgage Pass-Through Certificates, Series 2003-1 Trust", "HELLER FUNDING CORPORATION" / "HELLER
 * EQUIPMENT ASSET RECEIVABLES TRUST 1997-1"): the name is the issuer's, the line above the series.
 */
export function issuerOverSeries(doc: Doc, valueLine: number): Found | null {
  const lines = doc.lines;
  if (valueLine < 1 || lines.gapBefore(valueLine)) return null;
  const own = doc.text.slice(lines.start(valueLine), lines.end(valueLine)).trim();
  const raw = doc.text.slice(lines.start(valueLine - 1), lines.end(valueLine - 1));
  const above = raw.trim();
  if (!SERIES.test(own) || SERIES.test(above) || above.length > 80 || !NAME_ENDS.test(above)) return null;
  const at = lines.start(valueLine - 1) + raw.indexOf(above);
  return found(doc, at, at + above.length, above.replace(/\s+/g, " "));
}

/**
 * A name set letter-spaced ("T H E   L I P O S O M E   C O M P A N Y,   I N C."): its letters
 * joined, its words apart where the typist left more than one space.
 */
export function unletterSpaced(doc: Doc, name: Found): Found {
  const raw = doc.text.slice(name.start, name.end).trim();
  const tokens = raw.split(/\s+/);
  if (
    tokens.length < 6 ||
    tokens.filter((t) => t.replace(/[,.]/g, "").length <= 1).length < tokens.length * 0.8
  )
    return name;
  return {
    ...name,
    value: raw
      .split(/\s{2,}/)
      .map((w) => w.replace(/\s/g, ""))
      .join(" "),
  };
}
