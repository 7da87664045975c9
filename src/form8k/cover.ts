/**
 * The cover page of a printed 8-K (plain text, or HTML rendered to lines): form type, date of
 * report, the registrant's name, state, file number, IRS number, address and telephone.
 *
 * Each field is looked for in three ways, most specific first: a label with its value on the
 * same line ("Commission File Number: 0-11596"), a value over its caption (captions.ts), and a
 * value of the field's own shape near its label. Every value keeps its offsets in Doc.text.
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";
import { findDates } from "../util/dates.js";
import { stateCode } from "../util/states.js";
import { parseAddress } from "./address.js";
import { type CaptionedValue, readCaptions } from "./captions.js";
import { readRegistrantTable } from "./registrant-table.js";

export interface Found {
  value: string;
  start: number;
  end: number;
}

export interface CoverText {
  form: Found | null;
  amendment: boolean;
  dateOfReport: Found | null;
  name: Found | null;
  state: Found | null;
  fileNo: Found | null;
  irs: Found | null;
  street: Found | null;
  city: Found | null;
  addressState: Found | null;
  zip: Found | null;
  phone: Found | null;
  former: Found | null;
  coRegistrants: {
    name: string | null;
    state: string | null;
    fileNo: string | null;
    irs: string | null;
    start: number;
    end: number;
  }[];
}

// Patterns run on one line or one value at a time; all are anchored or bounded.
export const FILE_NO = /\b(?:No\.\s{0,2})?((?:\d{1,4}-\d{2,6}(?:-\d{1,3}){0,2}))\b/;
export const IRS_NO = /\b(\d{2}\s{0,1}-\s{0,1}\d{6,7})\b/;
const PHONE =
  /(\+\d{1,3}[-\s.]{0,2}\(?\d{1,4}\)?(?:[-\s.]{1,2}\d{2,5}){1,4}|\(\s{0,2}\d{3}\s{0,2}\)\s{0,3}\d{3}\s{0,3}[-.\s]\s{0,3}\d{4}|\b\d{3}[-./]\d{3}[-.]\d{4}\b|\b\d{3}\s\d{3}[-\s]\d{4}\b)/;
const FORM_LINE =
  /^(?:amendment\s+no\.\s{0,2}\d{1,2}\s+(?:on|to)\s+)?form\s{1,4}(8-K(?:12B|12G3|15D5)?(?:\s{0,2}\/\s{0,2}A)?)\b/i;
const NOT_APPLICABLE = /^(?:not\s+applicable|n\/?a|none|no\s+change|unchanged)\.?$/i;
const DATE_LABEL = /date\s+of\s+(?:report|earliest\s+event)|earliest\s+event\s+reported/i;

function found(doc: Doc, start: number, end: number, value?: string): Found {
  return { value: value ?? doc.text.slice(start, end), start, end };
}

/** The first match of `re` in the text of line `i`, with offsets. */
function matchInLine(doc: Doc, i: number, re: RegExp, group = 1): Found | null {
  const line = doc.lines.line(i);
  const s = doc.text.slice(line.start, line.end);
  const m = re.exec(s);
  if (!m) return null;
  const g = m[group] ?? m[0];
  const at = line.start + m.index + m[0].indexOf(g);
  return found(doc, at, at + g.length);
}

function joinParts(doc: Doc, v: CaptionedValue): Found {
  const first = v.parts[0];
  const last = v.parts[v.parts.length - 1];
  const text = v.parts.map((p) => doc.text.slice(p.start, p.end)).join(" ");
  return found(doc, first.start, last.end, text.replace(/\s+/g, " ").trim());
}

/**
 * A name set on two centred lines over its caption ("PHARMACEUTICAL" / "FORMULATIONS, INC."): the
 * line above, right on top, centred alike and no name of its own (no corporate word ends it), begins it.
 */
function nameFromLineAbove(doc: Doc, line: number, name: Found, captionLines: Set<number>): Found {
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
function legalNameBeforeAlias(doc: Doc, valueLine: number): Found | null {
  const lines = doc.lines;
  const textOf = (i: number) => doc.text.slice(lines.start(i), lines.end(i)).replace(/\s+/g, " ").trim();
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

/** "Lehman ABS Corp.," over a parenthesis that goes on: the comma is no part of the name. */
const withoutTrailingComma = (f: Found): Found =>
  f.value.endsWith(",") ? { ...f, value: f.value.slice(0, -1), end: f.end - 1 } : f;
const NAME_ENDS =
  /(?:\b(?:inc|corp|corporation|company|co|ltd|limited|llc|plc|l\.p|lp|trust|bancorp|group|holdings)\.?,?|\))$/i;

/** Reads the cover among lines [0, end) of `doc`. */
export function readCoverText(doc: Doc, end: number): CoverText {
  const out: CoverText = {
    form: null,
    amendment: false,
    dateOfReport: null,
    name: null,
    state: null,
    fileNo: null,
    irs: null,
    street: null,
    city: null,
    addressState: null,
    zip: null,
    phone: null,
    former: null,
    coRegistrants: [],
  };
  const lines = doc.lines;
  end = Math.min(end, lines.length);
  const lineText = (i: number) => doc.text.slice(lines.start(i), lines.end(i));

  for (let i = 0; i < end && !out.form; i++) {
    const raw = lineText(i);
    if (!/8-K|amendment/i.test(raw)) continue;
    const t = raw.replace(/\s+/g, " ");
    const f = FORM_LINE.exec(t);
    if (f) {
      const at = lines.start(i) + doc.text.slice(lines.start(i), lines.end(i)).search(/8-K/i);
      const form = f[1].toUpperCase().replace(/\s+/g, "");
      out.form = found(doc, at, at + f[1].length, form);
      out.amendment = form.endsWith("/A") || /amendment/i.test(t);
    }
    if (/^amendment\s+no\.?\s{0,2}\d/i.test(t)) out.amendment = true;
  }
  // "CURRENT REPORT ON FORM 8-K", "8-K/A" alone: the form named anywhere on the cover.
  for (let i = 0; i < end && !out.form; i++) {
    const raw = lineText(i);
    const m = raw.length < 200 ? /\b(8-K(?:12B|12G3|15D5)?(?:\s?\/\s?A)?)\b/i.exec(raw) : null;
    if (m && !/exhibit|report\s+on\s+form\s+8-K\s+(?:filed|dated)/i.test(raw)) {
      const at = lines.start(i) + m.index;
      out.form = found(doc, at, at + m[1].length, m[1].toUpperCase().replace(/\s+/g, ""));
    }
  }
  if (out.form && out.amendment && !out.form.value.endsWith("/A")) out.form.value += "/A";

  out.dateOfReport = readDateOfReport(doc, end);

  const table = readRegistrantTable(doc, 0, end);
  if (table.length) {
    const first = table[0];
    out.name = first.name;
    out.state = first.state;
    out.fileNo = first.fileNo;
    out.irs = first.irs;
    if (first.address) setAddress(doc, out, first.address);
    out.phone = first.phone;
    out.coRegistrants = table.slice(1).map((r) => ({
      name: r.name?.value ?? null,
      state: r.state?.value ?? null,
      fileNo: r.fileNo?.value ?? null,
      irs: r.irs?.value ?? null,
      start: r.start,
      end: r.end,
    }));
  }

  const { values, captionLines } = readCaptions(doc, 0, end);
  const take = (field: CaptionedValue["field"]) => values.filter((v) => v.field === field);

  // Labels with the value on the same line win over captions.
  for (let i = 0; i < end && (!out.fileNo || !out.irs); i++) {
    const t = lineText(i);
    if (t.length > 300 || !/file|identification|employer/i.test(t)) continue;
    if (!out.fileNo && /commission\s+file\s+(?:number|no)/i.test(t) && !t.trim().startsWith("("))
      out.fileNo = matchInLine(doc, i, FILE_NO);
    if (
      !out.irs &&
      /(?:identification|employer)\s+(?:number|no)/i.test(t) &&
      !t.trim().startsWith("(") &&
      /\d/.test(t)
    )
      out.irs = matchInLine(doc, i, IRS_NO);
  }

  for (const v of take("fileNo")) {
    if (out.fileNo) break;
    const j = joinParts(doc, v);
    const m = FILE_NO.exec(j.value);
    if (m) out.fileNo = sub(doc, j, m[1]);
  }
  for (const v of take("irs")) {
    if (out.irs) break;
    const j = joinParts(doc, v);
    const m = IRS_NO.exec(j.value);
    if (m) out.irs = sub(doc, j, m[1]);
  }
  for (const v of take("state")) {
    if (out.state) break;
    const j = joinParts(doc, v);
    if (/\d/.test(j.value) || j.value.length > 40) continue;
    out.state = { ...j, value: stateCode(j.value) ?? j.value };
  }
  for (const v of take("name")) {
    if (out.name) break;
    const j = withoutTrailingComma(
      legalNameBeforeAlias(doc, v.line) ?? nameFromLineAbove(doc, v.line, joinParts(doc, v), captionLines),
    );
    if (j.value.length >= 2 && !/^\(|securities and exchange/i.test(j.value)) out.name = j;
  }
  for (const v of take("former")) {
    if (out.former) break;
    const j = joinParts(doc, v);
    if (!NOT_APPLICABLE.test(j.value)) out.former = j;
  }

  if (!out.street && !out.city) {
    const addressCaption = values.find((v) => v.field === "address") ?? values.find((v) => v.field === "zip");
    if (addressCaption) {
      const printed = addressAbove(doc, addressCaption.caption.line, captionLines);
      if (printed) setAddress(doc, out, printed);
    }
  }
  if (!out.zip) {
    for (const v of take("zip")) {
      const j = joinParts(doc, v);
      const m = /\b(\d{5}(?:-\d{4})?)\b/.exec(j.value);
      if (m) {
        out.zip = sub(doc, j, m[1]);
        break;
      }
    }
  }

  if (!out.phone) out.phone = readPhone(doc, end);
  if (!out.fileNo && !out.irs) readBareColumns(doc, end, captionLines, out);
  readUncaptioned(doc, end, captionLines, out);
  if (!out.name) out.name = nameWithoutCaption(doc, end, captionLines);
  return out;
}

const BARE_FILE_NO = /^\d{1,4}-\d{2,6}(?:-\d{1,3}){0,2}$/;
const BARE_IRS_NO = /^\d{2}-\d{7}$/;

/**
 * Covers with no captions at all (asset-backed trusts, ADVANTA 2001): state, file number and IRS
 * number in bare columns of one line ("New York   333-52351-02   88-0360305"), the name on the
 * line above it. Read only when no caption or label gave a file or IRS number.
 */
function readBareColumns(doc: Doc, end: number, captionLines: Set<number>, out: CoverText): void {
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
      const t = doc.text.slice(lines.start(j), lines.end(j)).replace(/\s+/g, " ").trim();
      if (!t) continue;
      if (t.length < 120 && /[A-Za-z]{3}/.test(t) && !/:|\(|report|securities/i.test(t))
        out.name = found(doc, lines.start(j), lines.end(j), t);
      break;
    }
    // Below: the address ("10790 Rancho Bernardo Road" / "San Diego, CA  92127") and a phone
    // number alone on its line.
    for (let j = i + 1; j < Math.min(end, i + 12); j++) {
      const t = doc.text.slice(lines.start(j), lines.end(j)).replace(/\s+/g, " ").trim();
      if (!out.phone && PHONE_ALONE.test(t)) out.phone = found(doc, lines.start(j), lines.end(j), t);
      if (!out.street && !out.city && CITY_STATE_ZIP.test(t) && j > 0) {
        const above = doc.text
          .slice(lines.start(j - 1), lines.end(j - 1))
          .replace(/\s+/g, " ")
          .trim();
        const street = /^\d/.test(above) ? `${above}, ` : "";
        setAddress(doc, out, found(doc, lines.start(street ? j - 1 : j), lines.end(j), `${street}${t}`));
      }
    }
    return;
  }
}
const PHONE_ALONE = new RegExp(`^${PHONE.source}$`);
const CITY_STATE_ZIP = /^[A-Za-z][A-Za-z .'-]{1,30},\s?[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?$/;

/** A sub-string of a found value, with its own offsets when it lies in one piece. */
function sub(doc: Doc, f: Found, value: string): Found {
  const at = doc.text.indexOf(value, f.start);
  return at >= 0 && at + value.length <= f.end
    ? found(doc, at, at + value.length)
    : { value, start: f.start, end: f.end };
}

function setAddress(doc: Doc, out: CoverText, printed: Found): void {
  const a = parseAddress(printed.value);
  const piece = (v: string | null): Found | null => (v ? sub(doc, printed, v) : null);
  out.street = piece(a.street);
  out.city = piece(a.city);
  out.addressState = a.state ? { value: a.state, start: printed.start, end: printed.end } : null;
  out.zip = piece(a.zip);
}

/**
 * The printed address: the block of lines directly above its caption (a blank line above ends
 * it), less caption pieces; a zip standing in its own column moves to the end.
 */
const RULE = /^[\s_=*-]{3,}$/;

function addressAbove(doc: Doc, captionLine: number, captionLines: Set<number>): Found | null {
  const parts: string[] = [];
  let zip = "";
  let start = -1;
  let end = -1;
  let crossedGap = false;
  for (let j = captionLine - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const line = doc.lines.line(j);
    // Not a caption's "(", nor a rule typed under the address ("---------", "_____").
    const segs = segments(doc, line).filter(
      (s) => doc.text.charCodeAt(s.start) !== 40 && !RULE.test(doc.text.slice(s.start, s.end)),
    );
    if (captionLines.has(j) && segs.length === 0) {
      if (n === 0) continue;
      break;
    }
    const texts = segs.map((s) => doc.text.slice(s.start, s.end));
    if (texts.some((t) => /telephone|identification|commission/i.test(t))) break;
    const kept: string[] = [];
    texts.forEach((t, k) => {
      if (k > 0 && k === texts.length - 1 && /^\d{5}(?:-\d{4})?$/.test(t.trim())) zip = t.trim();
      else kept.push(t);
    });
    if (kept.length) parts.unshift(kept.join(" "));
    if (segs.length) {
      start = segs[0].start;
      if (end < 0) end = segs[segs.length - 1].end;
    }
    if (line.gapBefore) {
      // A double-spaced cover: "577 Airport Boulevard", a blank line, "Burlingame, California 94010".
      // Only the city line is read so far, and a street line stands above the gap: go on to it.
      const street = j > 0 ? doc.text.slice(doc.lines.start(j - 1), doc.lines.end(j - 1)).trim() : "";
      if (
        crossedGap ||
        parts.length !== 1 ||
        /^\d/.test(parts[0].trim()) ||
        !/^\d{1,6}\s+[A-Za-z]/.test(street)
      )
        break;
      crossedGap = true;
    }
  }
  if (start < 0) return null;
  const value = `${parts.join(", ")}${zip ? ` ${zip}` : ""}`.replace(/\s+/g, " ").trim();
  return value ? { value, start, end } : null;
}

const DATE_IN_PARENS = /^\([A-Za-z]{3,9}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4}\)$/;

function readDateOfReport(doc: Doc, end: number): Found | null {
  const lines = doc.lines;
  for (let i = 0; i < end; i++) {
    const t = doc.text.slice(lines.start(i), lines.end(i));
    if (!DATE_LABEL.test(t)) continue;
    // Dates on the label's line, then on the next lines, then just above (a value over its caption).
    const near: Found[] = [];
    // On the label's own line, only dates near the label: a line that runs on (a cover rendered
    // as one paragraph) holds other dates, "an Agreement dated as of November 1, 1998".
    const label = DATE_LABEL.exec(t)?.index ?? 0;
    const collect = (j: number) => {
      const s = doc.text.slice(lines.start(j), lines.end(j));
      for (const d of findDates(s)) {
        if (j === i && Math.abs(d.start - label) > 150) continue;
        near.push(found(doc, lines.start(j) + d.start, lines.start(j) + d.end, d.iso));
      }
    };
    collect(i);
    // A second labelled date on the next lines ("Date of earliest event reported: ...").
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      const s = doc.text.slice(lines.start(j), lines.end(j));
      // ... or a date alone in parentheses under it ("November 7, 1997" / "(October 27, 1997)").
      if (
        near.length &&
        !DATE_LABEL.test(s) &&
        !/^\(?date/i.test(s) &&
        !/event\s+reported/i.test(s) &&
        !DATE_IN_PARENS.test(s.trim())
      )
        break;
      collect(j);
    }
    if (!near.length) for (let j = i - 1; j >= Math.max(0, i - 2) && !near.length; j--) collect(j);
    if (near.length) {
      // Two dates printed: the contract takes the earlier (the earliest event).
      return near.reduce((a, b) => (b.value < a.value ? b : a));
    }
  }
  return null;
}

function readPhone(doc: Doc, end: number): Found | null {
  const lines = doc.lines;
  for (let i = 0; i < end; i++) {
    const t = doc.text.slice(lines.start(i), lines.end(i));
    if (!/telephone|phone\s+number/i.test(t)) continue;
    for (const j of [i, i + 1, i + 2, i - 1, i - 2]) {
      if (j < 0 || j >= end) continue;
      const f = matchInLine(doc, j, PHONE);
      if (f) return { ...f, value: f.value.replace(/\s+/g, " ") };
    }
  }
  return null;
}

/** "A California Corporation", "(a Delaware corporation)": where the registrant is incorporated. */
const INCORPORATED_AS = /^\(?an?\s+([A-Za-z][A-Za-z .]{1,30}?)\s+corporation\)?\.?$/i;
const COVER_LABEL = /^(?:commission|file\s+n|i\.?r\.?s\.?\s|employer|telephone|tel\.|phone)/i;
/** A whole address on one line: "720 PARK BOULEVARD, BOISE, IDAHO 83729". */
const ADDRESS_LINE = /^\d[\w .,'#&-]{3,90}\s\d{5}(?:-\d{4})?$/;

/**
 * Covers that caption nothing and label little (Pacific Bell 1998, Washington Group 2000): the
 * name, then "A California Corporation", "Commission File No. 1-1414", "IRS Employer No. ...", the
 * address on one line, a phone number. Read only for what captions and labels left unread.
 */
function readUncaptioned(doc: Doc, end: number, captionLines: Set<number>, out: CoverText): void {
  const lines = doc.lines;
  const textOf = (i: number) => doc.text.slice(lines.start(i), lines.end(i)).replace(/\s+/g, " ").trim();
  for (let i = 0; i < Math.min(end, 80); i++) {
    if (captionLines.has(i)) continue;
    const t = textOf(i);
    const inc = INCORPORATED_AS.exec(t);
    const code = inc ? stateCode(inc[1]) : null;
    if (inc && code) {
      out.state ??= { value: code, start: lines.start(i), end: lines.end(i) };
      // The name is the nearest line above that is no label ("PACIFIC BELL" / "A California
      // Corporation"; "WASHINGTON GROUP INTERNATIONAL, INC." / "Commission File Number 1-12054" / ...).
      for (let j = i - 1; j >= Math.max(0, i - 3) && !out.name; j--) {
        const above = textOf(j);
        if (!above || COVER_LABEL.test(above)) continue;
        if (above.length <= 90 && /[A-Za-z]{3}/.test(above) && !/[:(]|report|securities/i.test(above))
          out.name = found(doc, lines.start(j), lines.end(j), above);
        break;
      }
    }
    if (!out.street && !out.city && ADDRESS_LINE.test(t)) {
      const a = parseAddress(t);
      if (a.street && a.city && a.zip) {
        setAddress(doc, out, found(doc, lines.start(i), lines.end(i), t));
        // A phone number alone under it.
        for (let j = i + 1; j < Math.min(end, i + 3) && !out.phone; j++)
          if (PHONE_ALONE.test(textOf(j))) out.phone = found(doc, lines.start(j), lines.end(j), textOf(j));
      }
    }
  }
}

const COMPANY_WORD =
  /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|trust|bancorp|holdings?|group|n\.?v|s\.?a|ag)\b\.?,?\s*$/i;

/** Covers with no name caption (0001104540-02-000064): the line that reads like a company name. */
function nameWithoutCaption(doc: Doc, end: number, captionLines: Set<number>): Found | null {
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
