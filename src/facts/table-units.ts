/**
 * The unit a financial table states for its cells: "(In millions, except per share amounts)",
 * "($ in thousands)", "(Dollars in billions)". A cell "$ 4,648" under "(In millions)" is
 * $4.648 billion; a per-share row under "except per share" is not scaled.
 */
import { type Doc, LineFlag } from "../document/types.js";
import type { Money } from "./money.js";

const UNIT = /\bin\s+(thousands|millions|billions)\b/i;
const SCALE: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };
/** A row of prices, not totals: "Diluted earnings per share", "EPS". */
const PER_SHARE_ROW = /\bper\s+(?:\w+\s+){0,2}(?:share|unit|ADS)\b|\bEPS\b/i;
/** How far up a table its first row is looked for; where its unit may be stated, above and in it. */
const MAX_ROWS = 400;
const CAPTION_LINES = 3;
const HEADER_ROWS = 10;
/** A unit statement is a short line (a caption or a header cell), not a sentence. */
const MAX_UNIT_LINE = 120;

const isTable = (doc: Doc, k: number) => (doc.lines.flags(k) & LineFlag.Table) !== 0;

function unitOfLine(doc: Doc, k: number): number | null {
  const { lines, text } = doc;
  if (lines.end(k) - lines.start(k) > MAX_UNIT_LINE && !isTable(doc, k)) return null;
  const m = UNIT.exec(text.slice(lines.start(k), lines.end(k)));
  return m ? SCALE[m[1].toLowerCase()] : null;
}

/** Reads the units of one document's tables, each table's once. */
class TableUnits {
  private readonly byTableStart = new Map<number, number | null>();

  constructor(private readonly doc: Doc) {}

  /**
   * A money fact's amount in its table's unit: a bare figure ("$ 4,648") under "(In millions)".
   * One written with a scale word, a price ("per share") or cents ("$ 0.24") stays as written.
   */
  amountOf(m: Money): number {
    return m.scaled || m.per || /\.\d\d$/.test(m.text) ? m.amount : m.amount * this.factorAt(m.start);
  }

  /**
   * The unit of the table holding `offset`, or 1 outside a table, in a table that states none,
   * or in a per-share row.
   */
  private factorAt(offset: number): number {
    const { doc } = this;
    const k = doc.lines.firstEndingAfter(offset);
    if (k < 0 || k >= doc.lines.length || !isTable(doc, k)) return 1;
    if (PER_SHARE_ROW.test(doc.text.slice(doc.lines.start(k), doc.lines.end(k)))) return 1;
    let first = k;
    while (first > 0 && k - first < MAX_ROWS && isTable(doc, first - 1)) first--;
    let unit = this.byTableStart.get(first);
    if (unit === undefined) {
      unit = null;
      for (let j = first; j >= Math.max(0, first - CAPTION_LINES) && unit === null; j--)
        unit = unitOfLine(doc, j);
      for (let j = first + 1; j <= first + HEADER_ROWS && isTable(doc, j) && unit === null; j++)
        unit = unitOfLine(doc, j);
      this.byTableStart.set(first, unit);
    }
    return unit ?? 1;
  }
}

const byDoc = new WeakMap<Doc, TableUnits>();

/** The table units of a document, read once for all the views of it. */
export function tableUnitsOf(doc: Doc): TableUnits {
  let units = byDoc.get(doc);
  if (!units) {
    units = new TableUnits(doc);
    byDoc.set(doc, units);
  }
  return units;
}
