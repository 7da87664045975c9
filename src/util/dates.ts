/**
 * Dates as filings print them → ISO `YYYY-MM-DD`. Hand-written rather than chrono-node: the forms
 * here are few and fixed ("February 3, 1999", "SEPTEMBER 29, 1995", "March 21,2003", "Dec. 20,
 * 1996", "20 December 1996", "12/20/1996", "2005-01-25"), and the parser must be strict: a
 * cover line is never "next Tuesday".
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export interface FoundDate {
  iso: string;
  /** [start, end) of the date in the searched string. */
  start: number;
  end: number;
}

/** A month, spelled out or cut short ("September", "Sept", "Sep"), as regex source (match it case-free). */
export const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTH_NAME = `(${MONTH_WORD})`;
// All patterns are bounded: fixed alternatives and {m,n} counts only.
const MDY = new RegExp(
  `\\b${MONTH_NAME}\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,3},?\\s{0,3}(\\d{4})\\b`,
  "gi",
);
const DMY = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:day\\s{1,3}of\\s{1,3})?${MONTH_NAME}\\.?,?\\s{1,3}(\\d{4})\\b`,
  "gi",
);
// Sticky: tried only where a separator is (matchesAt).
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/y;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/y;

/**
 * The matches of sticky `re`, in order and not overlapping, as a global scan finds them, where
 * each match's first `sep` stands `nearest` to `farthest` characters after its start. The
 * separator is found with indexOf (a fast scan) and the pattern tried only there: scanning a long
 * text for "2005-01-25" at every position cost a fifth of findDates, and most texts hold none.
 */
function matchesAt(s: string, sep: string, re: RegExp, nearest: number, farthest: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let p = s.indexOf(sep, nearest); p >= 0; p = s.indexOf(sep, p + 1)) {
    for (let start = Math.max(from, p - farthest); start <= p - nearest; start++) {
      re.lastIndex = start;
      const m = re.exec(s);
      if (!m) continue;
      out.push(m);
      from = m.index + m[0].length;
      p = from - 1;
      break;
    }
  }
  return out;
}

/** Every date in `s`, in order of position. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form has a four-digit year or a slash date: no digit pair, no date.
  if (!/\d\d/.test(s)) return out;
  for (const m of s.matchAll(MDY)) {
    const v = iso(
      Number(m[3]),
      MONTHS[m[1].toLowerCase().slice(0, m[1].toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0,
      Number(m[2]),
    );
    if (v) out.push({ iso: v, start: m.index, end: m.index + m[0].length });
  }
  for (const m of s.matchAll(DMY)) {
    const v = iso(
      Number(m[3]),
      MONTHS[m[2].toLowerCase().slice(0, m[2].toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0,
      Number(m[1]),
    );
    if (v && !out.some((d) => d.start < m.index + m[0].length && m.index < d.end))
      out.push({ iso: v, start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesAt(s, "/", NUMERIC, 1, 2)) {
    const y = m[3].length === 2 ? (Number(m[3]) > 50 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
    const v = iso(y, Number(m[1]), Number(m[2]));
    if (v) out.push({ iso: v, start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesAt(s, "-", ISO, 4, 4)) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) out.push({ iso: v, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function parseDate(s: string): string | null {
  return findDates(s)[0]?.iso ?? null;
}
