/**
 * Small pieces the cover readers share: a value found with its offsets, a value's part, a
 * phone number's shapes, and an address set from its printed form.
 */
import type { Doc } from "../document/types.js";
import { parseAddress } from "./address.js";
import type { CoverText, Found } from "./cover.js";

export const PHONE =
  /(\+\d{1,3}[-\s.]{0,2}\(?\d{1,4}\)?(?:[-\s.]{1,2}\d{2,5}){1,4}|\(\s{0,2}\d{3}\s{0,2}\)\s{0,3}\d{3}\s{0,3}[-.\s]\s{0,3}\d{4}|\b\d{3}[-./]\d{3}[-.]\d{4}\b|\b\d{3}\s\d{3}[-\s]\d{4}\b)/;

/** Line `i`'s text with its runs of white space as single spaces, trimmed. */
export function collapsedLine(doc: Doc, i: number): string {
  return doc.text.slice(doc.lines.start(i), doc.lines.end(i)).replace(/\s+/g, " ").trim();
}

export function found(doc: Doc, start: number, end: number, value?: string): Found {
  return { value: value ?? doc.text.slice(start, end), start, end };
}

/** The first match of `re` in the text of line `i`, with offsets. */
export function matchInLine(doc: Doc, i: number, re: RegExp, group = 1): Found | null {
  const line = doc.lines.line(i);
  const s = doc.text.slice(line.start, line.end);
  const m = re.exec(s);
  if (!m) return null;
  const g = m[group] ?? m[0];
  const at = line.start + m.index + m[0].indexOf(g);
  return found(doc, at, at + g.length);
}

export const PHONE_ALONE = new RegExp(`^${PHONE.source}$`);

/** A sub-string of a found value, with its own offsets when it lies in one piece. */
export function sub(doc: Doc, f: Found, value: string): Found {
  const at = doc.text.indexOf(value, f.start);
  return at >= 0 && at + value.length <= f.end
    ? found(doc, at, at + value.length)
    : { value, start: f.start, end: f.end };
}

export function setAddress(doc: Doc, out: CoverText, printed: Found): void {
  const a = parseAddress(printed.value);
  const piece = (v: string | null): Found | null => (v ? sub(doc, printed, v) : null);
  out.street = piece(a.street);
  out.city = piece(a.city);
  out.addressState = a.state ? { value: a.state, start: printed.start, end: printed.end } : null;
  out.zip = piece(a.zip);
}

/** "A California Corporation", "(a Delaware corporation)": where the registrant is incorporated. */
export const INCORPORATED_AS = /^\(?an?\s+([A-Za-z][A-Za-z .]{1,30}?)\s+corporation\)?\.?$/i;
