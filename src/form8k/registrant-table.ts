/**
 * Combined filings print their registrants as a table with the captions above the rows
 * (0000092122-05-000042, the Southern Company and six subsidiaries):
 *
 *     Commission       Registrant, State of Incorporation,       I.R.S. Employer
 *     File Number      Address and Telephone Number              Identification No.
 *
 *     1-3526           The Southern Company                      58-0690070
 *                      (A Delaware Corporation)
 *                      270 Peachtree Street, N.W.
 *                      Atlanta, Georgia 30303
 *                      (404) 506-5000
 *
 * Each row gives one registrant; the first is the one the record's registrant fields describe.
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";
import { stateCode } from "../util/states.js";
import type { Found } from "./cover.js";

export interface RegistrantRow {
  name: Found | null;
  state: Found | null;
  fileNo: Found | null;
  irs: Found | null;
  address: Found | null;
  phone: Found | null;
  start: number;
  end: number;
}

const ROW_FILE_NO = /^(?:\d{1,4}-\d{2,6}(?:-\d{1,3})?)$/;
const IRS = /^\d{2}-\d{6,7}$/;
const PHONE = /^\(\d{3}\)\s{0,2}\d{3}-\d{4}$/;
const COMBINED =
  /^(.{2,120}?)\s{0,3}\(an?\s+(.{2,40}?)\s+(?:corporation|company|limited\s+partnership|business\s+trust)\)\s{0,3}(.{0,400})$/i;
const INCORPORATED_AS =
  /^\(an?\s+(.{2,40}?)\s+(?:corporation|company|limited\s+partnership|business\s+trust)\)$/i;

export function readRegistrantTable(doc: Doc, from: number, to: number): RegistrantRow[] {
  const { lines, text } = doc;
  let i = from;
  for (; i < to; i++) {
    const t = text.slice(lines.start(i), lines.end(i));
    if (/commission/i.test(t) && /registrant/i.test(t) && /employer|i\.\s?r\.\s?s/i.test(t)) break;
  }
  if (i >= to) return [];
  i++;
  // The captions' second line, up to the first row.
  const rowStart = (k: number) => {
    const segs = segments(doc, lines.line(k));
    return segs.length >= 2 && ROW_FILE_NO.test(text.slice(segs[0].start, segs[0].end).trim());
  };
  while (i < to && !lines.gapBefore(i) && !rowStart(i)) i++;
  const rows: RegistrantRow[] = [];
  let row: RegistrantRow | null = null;
  let address: { parts: string[]; start: number; end: number } | null = null;
  const close = () => {
    if (row && address)
      row.address = { value: address.parts.join(", "), start: address.start, end: address.end };
    address = null;
  };
  for (; i < to; i++) {
    const line = lines.line(i);
    const segs = segments(doc, line);
    const texts = segs.map((s) => text.slice(s.start, s.end).trim());
    if (segs.length >= 2 && ROW_FILE_NO.test(texts[0])) {
      close();
      const irsAt = texts.findIndex((t) => IRS.test(t));
      const f = (k: number): Found | null =>
        k >= 0 ? { value: texts[k], start: segs[k].start, end: segs[k].end } : null;
      row = {
        fileNo: f(0),
        name: f(1),
        irs: f(irsAt),
        state: null,
        address: null,
        phone: null,
        start: line.start,
        end: line.end,
      };
      rows.push(row);
      // HTML puts the whole entry in one cell: "The Southern Company (A Delaware Corporation)
      // 30 Ivan Allen Jr. Blvd., N.W. Atlanta, Georgia 30308 (404) 506-5000".
      const whole = row.name;
      const m = whole ? COMBINED.exec(whole.value) : null;
      if (whole && m) {
        const at = (s: string) => whole.start + whole.value.indexOf(s);
        row.name = { value: m[1], start: whole.start, end: whole.start + m[1].length };
        const code = stateCode(m[2]);
        row.state = { value: code ?? m[2], start: at(m[2]), end: at(m[2]) + m[2].length };
        let rest = m[3];
        const phone = /\(?\d{3}\)?\s{0,2}\d{3}-\d{4}\s*$/.exec(rest);
        if (phone) {
          row.phone = {
            value: phone[0].trim(),
            start: at(phone[0].trim()),
            end: at(phone[0].trim()) + phone[0].trim().length,
          };
          rest = rest.slice(0, phone.index);
        }
        if (rest.trim())
          row.address = {
            value: rest.trim(),
            start: at(rest.trim()),
            end: at(rest.trim()) + rest.trim().length,
          };
      }
      continue;
    }
    if (!row || line.gapBefore) break;
    row.end = line.end;
    const t = texts.join(" ");
    const inc = INCORPORATED_AS.exec(t);
    if (inc) {
      const code = stateCode(inc[1]);
      row.state = { value: code ?? inc[1], start: line.start, end: line.end };
    } else if (PHONE.test(t)) {
      row.phone = { value: t, start: line.start, end: line.end };
    } else {
      if (!address) address = { parts: [], start: line.start, end: line.end };
      address.parts.push(t);
      address.end = line.end;
    }
  }
  close();
  return rows;
}
