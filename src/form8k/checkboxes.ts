/**
 * The cover's check boxes (2004 on): Rule 425, 14a-12, 14d-2(b), 13e-4(c), and the emerging
 * growth company box (2017 on); and the Section 12(b) securities table (2019 on).
 * Glyphs vary by era and typesetter: ☐ ☒ ☑, Wingdings ¨ (empty) and ý/þ (checked), a plain
 * "o", "[ ]", "[X]", "[_]".
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";

export interface FoundBool {
  value: boolean;
  start: number;
  end: number;
}

export interface CoverBoxes {
  writtenCommunications: FoundBool | null;
  solicitingMaterial: FoundBool | null;
  preCommencementTenderOffer: FoundBool | null;
  preCommencementIssuerTenderOffer: FoundBool | null;
  emergingGrowthCompany: FoundBool | null;
}

const CHECKED = /^(?:[☒☑■✓✔⌧ýþ]|[xX]|\[\s{0,2}[xX✓]\s{0,2}\])$/;
const UNCHECKED = /^(?:[☐□¨○◻❑oq]|\[\s{0,2}_?\s{0,2}\])$/;
const BOX_AT_START = /^(\[\s{0,2}[xX✓_]?\s{0,2}\]|[☒☑■✓✔⌧ýþ☐□¨○◻❑]|[xXoq](?=\s))\s{0,6}/;
const BOX_AT_END = /\s{0,6}(\[\s{0,2}[xX✓_]?\s{0,2}\]|[☒☑■✓✔⌧ýþ☐□¨○◻❑]|(?<=\s)[xXoq])$/;

const RULES: [keyof CoverBoxes, RegExp][] = [
  ["writtenCommunications", /rule\s{0,3}425\b/i],
  ["solicitingMaterial", /rule\s{0,3}14a-12/i],
  ["preCommencementTenderOffer", /rule\s{0,3}14d-2\s{0,2}\(b\)/i],
  ["preCommencementIssuerTenderOffer", /rule\s{0,3}13e-4\s{0,2}\(c\)/i],
  ["emergingGrowthCompany", /^(?:.{0,12})emerging\s+growth\s+company/i],
];

function glyph(s: string): boolean | null {
  const t = s.trim();
  if (CHECKED.test(t)) return true;
  if (UNCHECKED.test(t)) return false;
  return null;
}

export function readCheckboxes(doc: Doc, from: number, to: number): CoverBoxes {
  const out: CoverBoxes = {
    writtenCommunications: null,
    solicitingMaterial: null,
    preCommencementTenderOffer: null,
    preCommencementIssuerTenderOffer: null,
    emergingGrowthCompany: null,
  };
  const { lines, text } = doc;
  for (let i = from; i < to; i++) {
    const line = lines.line(i);
    if (line.end - line.start > 400) continue;
    const t = text.slice(line.start, line.end);
    if (!/rule|emerging/i.test(t) || /^if\s+an\s+emerging|indicate\s+by\s+check\s+mark/i.test(t)) continue;
    for (const [key, re] of RULES) {
      if (out[key] || !re.test(t)) continue;
      // The box: before the words, after them, in a cell of its own, or alone on the line above.
      const segs = segments(doc, line);
      const firstSeg = segs[0] ? text.slice(segs[0].start, segs[0].end) : "";
      const lastSeg = segs.length ? text.slice(segs[segs.length - 1].start, segs[segs.length - 1].end) : "";
      let value: boolean | null = null;
      let at = line.start;
      const startBox = BOX_AT_START.exec(t);
      const endBox = BOX_AT_END.exec(t);
      if (segs.length > 1 && glyph(firstSeg) !== null) value = glyph(firstSeg);
      else if (segs.length > 1 && glyph(lastSeg) !== null) {
        value = glyph(lastSeg);
        at = segs[segs.length - 1].start;
      } else if (startBox) value = glyph(startBox[1]);
      else if (endBox) {
        value = glyph(endBox[1]);
        at = line.start + (endBox.index ?? 0);
      } else if (i > from) {
        const above = text.slice(lines.start(i - 1), lines.end(i - 1));
        if (glyph(above) !== null) {
          value = glyph(above);
          at = lines.start(i - 1);
        }
      }
      if (value !== null) out[key] = { value, start: at, end: line.end };
    }
  }
  return out;
}

export interface FoundSecurity {
  title: string | null;
  tradingSymbol: string | null;
  exchange: string | null;
  start: number;
  end: number;
}

/** Rows under "Title of each class | Trading Symbol(s) | Name of each exchange on which registered". */
export function readSecuritiesTable(doc: Doc, from: number, to: number): FoundSecurity[] {
  const { lines, text } = doc;
  const out: FoundSecurity[] = [];
  for (let i = from; i < to; i++) {
    const t = text.slice(lines.start(i), lines.end(i));
    if (!/title\s+of\s+each\s+class/i.test(t)) continue;
    let j = i + 1;
    // The header may wrap: skip lines that still read like captions.
    while (
      j < to &&
      /trading|symbol|name\s+of\s+each|exchange\s+on\s+which|registered$/i.test(
        text.slice(lines.start(j), lines.end(j)),
      ) &&
      j - i < 4
    )
      j++;
    for (; j < to; j++) {
      const segs = segments(doc, lines.line(j));
      if (segs.length < 2) break;
      const cells = segs.map((s) => text.slice(s.start, s.end).trim());
      const symbolAt = cells.length >= 3 ? 1 : -1;
      out.push({
        title: cells[0] || null,
        tradingSymbol: symbolAt > 0 ? cells[symbolAt] : null,
        exchange: cells.length >= 3 ? cells.slice(2).join(" ") : cells[1],
        start: lines.start(j),
        end: lines.end(j),
      });
    }
    break;
  }
  return out;
}
