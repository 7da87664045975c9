/**
 * Covers that caption little or nothing: asset-backed trusts' bare columns, and covers that print
 * name, state, numbers, address and phone one under another with labels or none.
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";
import { stateCode } from "../util/states.js";
import { parseAddress } from "./address.js";
import type { CoverText } from "./cover.js";
import { collapsedLine, found, INCORPORATED_AS, PHONE_ALONE, setAddress } from "./cover-lines.js";

const BARE_FILE_NO = /^\d{1,4}-\d{2,6}(?:-\d{1,3}){0,2}$/;

const BARE_IRS_NO = /^\d{2}-\d{7}$/;

/**
 * Covers with no captions at all (asset-backed trusts, ADVANTA 2001): state, file number and IRS
 * number in bare columns of one line ("New York   333-52351-02   88-0360305"), the name on the
 * line above it. Read only when no caption or label gave a file or IRS number.
 */
export function readBareColumns(doc: Doc, end: number, captionLines: Set<number>, out: CoverText): void {
  const lines = doc.lines;
  for (let i = 0; i < end; i++) {
    if (captionLines.has(i)) continue;
    const segs = segments(doc, lines.line(i));
    if (segs.length < 2 || segs.length > 4) continue;
    const texts = segs.map((g) => doc.text.slice(g.start, g.end).trim());
    const f = texts.findIndex((t) => BARE_FILE_NO.test(t));
    const r = texts.findIndex((t) => BARE_IRS_NO.test(t));
    if (f < 0 || r < 0 || f === r) continue;
    out.fileNo = found(doc, segs[f].start, segs[f].end, texts[f]);
    out.irs = found(doc, segs[r].start, segs[r].end, texts[r]);
    const s = texts.findIndex((t, k) => k !== f && k !== r && stateCode(t) !== null);
    if (!out.state && s >= 0)
      out.state = found(doc, segs[s].start, segs[s].end, stateCode(texts[s]) ?? texts[s]);
    // The name: the nearest line above with letters, not a label or the date of report.
    for (let j = i - 1; j >= Math.max(0, i - 4) && !out.name; j--) {
      const t = collapsedLine(doc, j);
      if (!t) continue;
      if (t.length < 120 && /[A-Za-z]{3}/.test(t) && !/:|\(|report|securities/i.test(t))
        out.name = found(doc, lines.start(j), lines.end(j), t);
      break;
    }
    // Below: the address ("10790 Rancho Bernardo Road" / "San Diego, CA  92127") and a phone
    // number alone on its line.
    for (let j = i + 1; j < Math.min(end, i + 12); j++) {
      const t = collapsedLine(doc, j);
      if (!out.phone && PHONE_ALONE.test(t)) out.phone = found(doc, lines.start(j), lines.end(j), t);
      if (!out.street && !out.city && CITY_STATE_ZIP.test(t) && j > 0) {
        const above = collapsedLine(doc, j - 1);
        const street = /^\d/.test(above) ? `${above}, ` : "";
        setAddress(doc, out, found(doc, lines.start(street ? j - 1 : j), lines.end(j), `${street}${t}`));
      }
    }
    return;
  }
}

const CITY_STATE_ZIP = /^[A-Za-z][A-Za-z .'-]{1,30},\s?[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?$/;

const COVER_LABEL = /^(?:commission|file\s+n|i\.?r\.?s\.?\s|employer|telephone|tel\.|phone)/i;

/** A city's line under its street: "SAN JOSE, CALIFORNIA 95134-1599". */
const CITY_LINE = /^[A-Za-z][A-Za-z .'-]{1,30},?\s[A-Za-z .]{2,20}\s\d{5}(?:-\d{4})?$/;
/** A whole address on one line: "720 PARK BOULEVARD, BOISE, IDAHO 83729". */
const ADDRESS_LINE = /^\d[\w .,'#&-]{3,90}\s\d{5}(?:-\d{4})?$/;

/**
 * Covers that caption nothing and label little (Pacific Bell 1998, Washington Group 2000): the
 * name, then "A California Corporation", "Commission File No. 1-1414", "IRS Employer No. ...", the
 * address on one line, a phone number. Read only for what captions and labels left unread.
 */
export function readUncaptioned(doc: Doc, end: number, captionLines: Set<number>, out: CoverText): void {
  // Most covers caption all of it: nothing to look for.
  if (out.state && out.name && (out.street || out.city)) return;
  const lines = doc.lines;
  for (let i = 0; i < Math.min(end, 80); i++) {
    if (captionLines.has(i)) continue;
    const t = collapsedLine(doc, i);
    const inc = INCORPORATED_AS.exec(t);
    const code = inc ? stateCode(inc[1]) : null;
    if (inc && code) {
      out.state ??= { value: code, start: lines.start(i), end: lines.end(i) };
      // The name is the nearest line above that is no label ("PACIFIC BELL" / "A California
      // Corporation"; "WASHINGTON GROUP INTERNATIONAL, INC." / "Commission File Number 1-12054" / ...).
      for (let j = i - 1; j >= Math.max(0, i - 3) && !out.name; j--) {
        const above = collapsedLine(doc, j);
        if (!above || COVER_LABEL.test(above)) continue;
        if (above.length <= 90 && /[A-Za-z]{3}/.test(above) && !/[:(]|report|securities/i.test(above))
          out.name = found(doc, lines.start(j), lines.end(j), above);
        break;
      }
    }
    if (out.street || out.city) continue;
    // On one line, or a street line over its city's ("3901 NORTH FIRST STREET" / "SAN JOSE,
    // CALIFORNIA 95134-1599").
    const twoLines =
      /^\d{1,6}\s[A-Za-z]/.test(t) &&
      !/\d{5}$/.test(t) &&
      i + 1 < end &&
      CITY_LINE.test(collapsedLine(doc, i + 1));
    if (!ADDRESS_LINE.test(t) && !twoLines) continue;
    const printed = twoLines ? `${t}, ${collapsedLine(doc, i + 1)}` : t;
    const a = parseAddress(printed);
    if (!a.street || !a.city || !a.zip) continue;
    setAddress(doc, out, found(doc, lines.start(i), lines.end(twoLines ? i + 1 : i), printed));
    // A phone number alone under it.
    for (let j = i + 1; j < Math.min(end, i + 3) && !out.phone; j++) {
      const below = collapsedLine(doc, j);
      if (PHONE_ALONE.test(below)) out.phone = found(doc, lines.start(j), lines.end(j), below);
    }
  }
}
