/**
 * Dates and periods a filing speaks of, resolved against its date where they can be: absolute
 * dates ("February 3, 1999"), halves and quarters ("the second half of calendar year 1999",
 * "the fourth quarter of fiscal 2023", "Q3 2024"), fiscal and calendar years, and spans that
 * count from the filing ("over the next two years", "within 90 days").
 */
import { findDates } from "../util/dates.js";
import { type Around, matchesAround, wordOrSpace, wordSpaceOrApostrophe } from "./scan.js";
import type { TextView } from "./text-view.js";

export interface PeriodFact {
  text: string;
  kind: "date" | "half" | "quarter" | "year" | "relative";
  /** ISO dates of the period (a date is a one-day period); null when it cannot be resolved. */
  start: string | null;
  end: string | null;
  /** A fiscal period: its calendar dates depend on the company's fiscal year, so they are null. */
  fiscal: boolean;
  span: { doc: number; start: number; end: number };
}

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const NUMBER: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

// Bounded patterns, each scanned only where its words are (PATTERNS).
const HALF =
  /\b(?:the\s)?(first|second|1st|2nd)\s+half\s+of\s+(?:(calendar|fiscal)\s+(?:year\s+)?)?(\d{4})\b/gi;
const QUARTER =
  /\b(?:the\s)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+of\s+(?:(calendar|fiscal)\s+(?:year\s+)?)?(\d{4})\b|\bQ([1-4])\s{0,2}(?:(FY)\s?)?(\d{4}|'\d{2})\b/gi;
const YEAR = /\b(fiscal|calendar)\s+(?:year\s+)?(\d{4})\b/gi;
const RELATIVE =
  /\b(?:over|within|during|in)\s+the\s+next\s+(\w{1,20})\s+(years?|months?|days?)\b|\bwithin\s+(\w{1,20})\s+(years?|months?|days?)\b/gi;

// Each pattern with the words its matches hold, to scan only where they are.
const PATTERNS: Around[] = [
  { re: HALF, words: ["half"], inMatch: wordOrSpace },
  { re: QUARTER, words: ["quarter", "q1", "q2", "q3", "q4"], inMatch: wordSpaceOrApostrophe },
  { re: YEAR, words: ["fiscal", "calendar"], inMatch: wordOrSpace },
  { re: RELATIVE, words: ["next", "within"], inMatch: wordOrSpace },
];

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function addTo(iso: string, n: number, unit: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit.startsWith("year")) d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (unit.startsWith("month")) d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function findPeriods(v: TextView, filingDate: string | null): PeriodFact[] {
  const region = v.flat.slice(v.start, v.end);
  const out: PeriodFact[] = [];
  const span = (index: number, length: number) => ({
    doc: v.docIndex,
    start: v.start + index,
    end: v.start + index + length,
  });
  const push = (p: Omit<PeriodFact, "span">, index: number, length: number) => {
    out.push({ ...p, span: span(index, length) });
  };
  const [halves, quarters, years, relatives] = matchesAround(region, PATTERNS);
  for (const m of halves) {
    const h = ORDINAL[m[1].toLowerCase()];
    const y = Number(m[3]);
    const fiscal = m[2]?.toLowerCase() === "fiscal";
    push(
      {
        text: m[0],
        kind: "half",
        start: fiscal ? null : `${y}-${h === 1 ? "01-01" : "07-01"}`,
        end: fiscal ? null : `${y}-${h === 1 ? "06-30" : "12-31"}`,
        fiscal,
      },
      m.index,
      m[0].length,
    );
  }
  for (const m of quarters) {
    const q = m[1] ? ORDINAL[m[1].toLowerCase()] : Number(m[4]);
    const yRaw = m[3] ?? m[6];
    const y = yRaw.startsWith("'") ? 2000 + Number(yRaw.slice(1)) : Number(yRaw);
    const fiscal = /fiscal/i.test(m[0]) || !!m[5];
    const first = (q - 1) * 3 + 1;
    push(
      {
        text: m[0],
        kind: "quarter",
        start: fiscal ? null : `${y}-${pad(first)}-01`,
        end: fiscal ? null : `${y}-${pad(first + 2)}-${lastDay(y, first + 2)}`,
        fiscal,
      },
      m.index,
      m[0].length,
    );
  }
  for (const m of years) {
    const fiscal = m[1].toLowerCase() === "fiscal";
    push(
      {
        text: m[0],
        kind: "year",
        start: fiscal ? null : `${m[2]}-01-01`,
        end: fiscal ? null : `${m[2]}-12-31`,
        fiscal,
      },
      m.index,
      m[0].length,
    );
  }
  for (const m of relatives) {
    const word = (m[1] ?? m[3]).toLowerCase();
    const n = NUMBER[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
    const unit = (m[2] ?? m[4]).toLowerCase();
    push(
      {
        text: m[0],
        kind: "relative",
        start: filingDate,
        end: n && filingDate ? addTo(filingDate, n, unit) : null,
        fiscal: false,
      },
      m.index,
      m[0].length,
    );
  }
  for (const d of findDates(region))
    push(
      { text: region.slice(d.start, d.end), kind: "date", start: d.iso, end: d.iso, fiscal: false },
      d.start,
      d.end - d.start,
    );
  // The first pattern that claimed a stretch keeps it (a half-year is not also a year): one pass
  // after sorting, so a filing with thousands of dates stays linear.
  const order = out
    .map((p, k) => [p, k] as const)
    .sort((a, b) => a[0].span.start - b[0].span.start || a[1] - b[1]);
  const kept: PeriodFact[] = [];
  let claimedTo = -1;
  let claimedBy = -1;
  for (const [p, k] of order) {
    if (p.span.start < claimedTo) {
      if (k < claimedBy) kept[kept.length - 1] = p;
      continue;
    }
    kept.push(p);
    claimedTo = p.span.end;
    claimedBy = k;
  }
  return kept;
}
