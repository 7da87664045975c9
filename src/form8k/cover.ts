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
import { type CaptionedValue, readCaptions } from "./captions.js";
import { found, matchInLine, PHONE, setAddress, sub } from "./cover-lines.js";
import {
  bareName,
  issuerOverSeries,
  legalNameBeforeAlias,
  nameFromLineAbove,
  nameWithoutCaption,
  unletterSpaced,
} from "./cover-name.js";
import { readBareColumns, readUncaptioned } from "./cover-uncaptioned.js";
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
// "FORM 8-K/A1", "8-K/A No. 1", "8-K / A-1", "8-KA": an amendment, numbered or not; "F O R M 8-K"
// letter-spaced.
const FORM_LINE =
  /^(?:amendment\s+no\.\s{0,2}\d{1,2}\s+(?:on|to)\s+)?(?:form|f\so\sr\sm)\s{1,4}(8\s?-\s?K(?:12B|12G3|15D5)?(?:\s{0,2}\/\s{0,2}A|A)?)(?:\s{0,2}-?\s{0,2}\d{1,2}|\s{0,2}No\.\s{0,2}\d{1,2})?\b/i;
const NOT_APPLICABLE = /^(?:not\s+applicable|n\/?a|none|no\s+change|unchanged)\.?$/i;
const DATE_LABEL = /date\s+of\s+(?:report|earliest\s+event)|earliest\s+event\s+reported/i;

function joinParts(doc: Doc, v: CaptionedValue): Found {
  const first = v.parts[0];
  const last = v.parts[v.parts.length - 1];
  const text = v.parts.map((p) => doc.text.slice(p.start, p.end)).join(" ");
  return found(doc, first.start, last.end, text.replace(/\s+/g, " ").trim());
}

function nameAfterCaption(doc: Doc, captionStart: number, line: number): Found | null {
  const lineEnd = doc.lines.end(line);
  const close = doc.text.indexOf(")", captionStart);
  if (close < 0 || close + 1 >= lineEnd) return null;
  const captionEnd = close + 1;
  const raw = doc.text.slice(captionEnd, lineEnd);
  const t = raw.trim();
  if (t.length < 3 || t.length > 90 || !/^[A-Z]/.test(t) || /[()]/.test(t)) return null;
  const at = captionEnd + raw.indexOf(t);
  return found(doc, at, at + t.length);
}

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
    if (!/8\s?-\s?K|amendment/i.test(raw)) continue;
    const t = raw.replace(/\s+/g, " ");
    const f = FORM_LINE.exec(t);
    if (f) {
      const at = lines.start(i) + doc.text.slice(lines.start(i), lines.end(i)).search(/8\s?-\s?K/i);
      const form = f[1].toUpperCase().replace(/\s+/g, "").replace(/KA$/, "K/A");
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
    // "(Exact name of registrant as specified in its charter) Sunstates Corporation": the name
    // after its caption, on the caption's own line.
    const after = nameAfterCaption(doc, v.caption.start, v.caption.line);
    if (after) {
      out.name = after;
      break;
    }
    const j = bareName(
      unletterSpaced(
        doc,
        legalNameBeforeAlias(doc, v.line) ??
          issuerOverSeries(doc, v.line) ??
          nameFromLineAbove(doc, v.line, joinParts(doc, v), captionLines),
      ),
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

/**
 * The printed address: the block of lines directly above its caption (a blank line above ends
 * it), less caption pieces; a zip standing in its own column moves to the end.
 */
const RULE = /^[\s_=*-]{3,}$/;
const CAPTION_END = /^[^()]{1,60}\)$/;

function addressAbove(doc: Doc, captionLine: number, captionLines: Set<number>): Found | null {
  const parts: string[] = [];
  let zip = "";
  let start = -1;
  let end = -1;
  let crossedGap = false;
  for (let j = captionLine - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const line = doc.lines.line(j);
    // Not a caption's "(" nor its closing words ("Incorporation)"), nor a rule typed under the
    // address ("---------", "_____").
    const segs = segments(doc, line).filter((s) => {
      const t = doc.text.slice(s.start, s.end);
      return t.charCodeAt(0) !== 40 && !RULE.test(t) && !CAPTION_END.test(t);
    });
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
  return dateAlone(doc, end);
}

/**
 * No "Date of Report" label at all (Mallinckrodt 1998: "May 22, 1998" alone under the form's
 * heading): a line that is only a date, above the registrant's name caption.
 */
function dateAlone(doc: Doc, end: number): Found | null {
  const lines = doc.lines;
  for (let i = 0; i < Math.min(end, 40); i++) {
    const raw = doc.text.slice(lines.start(i), lines.end(i));
    if (/exact\s+name|\bitem\s+\d/i.test(raw)) return null;
    const t = raw.trim();
    if (t.length > 30 || !/\d{4}/.test(t)) continue;
    const d = findDates(t);
    if (d.length === 1 && d[0].start === 0 && d[0].end >= t.replace(/[.,]$/, "").length) {
      const at = lines.start(i) + raw.indexOf(t);
      return found(doc, at + d[0].start, at + d[0].end, d[0].iso);
    }
  }
  return null;
}

function readPhone(doc: Doc, end: number): Found | null {
  const lines = doc.lines;
  for (let i = 0; i < end; i++) {
    const t = doc.text.slice(lines.start(i), lines.end(i));
    if (!/telephone|phone\s+number/i.test(t)) continue;
    const near = [i, i + 1, i + 2, i - 1, i - 2].filter((j) => j >= 0 && j < end);
    // A US number anywhere near first; only then one of another shape.
    for (const read of [
      (j: number) => matchInLine(doc, j, PHONE),
      (j: number) => foreignPhone(doc, j, j === i),
    ])
      for (const j of near) {
        const f = read(j);
        if (f) return { ...f, value: f.value.replace(/\s+/g, " ") };
      }
  }
  return null;
}

/** Digits in groups, 7 to 15 of them: "36-1-224-1000", "352 453145", "(353) 21-423-5000". */
const DIGIT_GROUPS = /^\(?\+?\d{1,4}\)?(?:[-\s.]{1,2}\(?\d{1,6}\)?){1,4}$/;

/**
 * A number not shaped like a US one, next to a telephone caption or after its label: alone on its
 * line, or after "telephone number:" on the label's own.
 */
function foreignPhone(doc: Doc, j: number, labelLine: boolean): Found | null {
  const line = doc.lines.line(j);
  const raw = doc.text.slice(line.start, line.end);
  const after = labelLine ? /telephone\s+number[^:]{0,40}:\s*/i.exec(raw) : null;
  if (labelLine && !after) return null;
  const from = after ? after.index + after[0].length : 0;
  const value = raw.slice(from).trim();
  const digits = value.replace(/\D/g, "").length;
  if (!DIGIT_GROUPS.test(value) || digits < 7 || digits > 15) return null;
  const at = line.start + raw.indexOf(value, from);
  return { value, start: at, end: at + value.length };
}
