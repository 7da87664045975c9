/**
 * Calendar dates as EDGAR uses them: `YYYY-MM-DD` strings (which sort as dates), quarters of the
 * full index, and "today" in New York, where EDGAR's filing dates are kept.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Quarter {
  year: number;
  /** 1–4, as in `full-index/2024/QTR1/`. */
  quarter: number;
  first: IsoDate;
  last: IsoDate;
}

const DAY_MS = 86_400_000;

/** `2024-03-01` → itself; anything else (including 2024-02-30) → null. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toIso(date) === m[0] ? m[0] : null;
}

/** Index files write dates as `2024-03-01` (quarterly) or `20240301` (daily); both → ISO. */
export function normalizeIndexDate(text: string): IsoDate | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return parseIsoDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text);
}

/** Today's date on EDGAR's clock (US Eastern). */
export function todayInNewYork(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function quarterOf(date: IsoDate): Quarter {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const firstMonth = (quarter - 1) * 3;
  return {
    year,
    quarter,
    first: toIso(new Date(Date.UTC(year, firstMonth, 1))),
    last: toIso(new Date(Date.UTC(year, firstMonth + 3, 0))),
  };
}

/** The quarters that overlap [since, until], in order. */
export function quartersBetween(since: IsoDate, until: IsoDate): Quarter[] {
  const out: Quarter[] = [];
  // Bounded by the number of quarters in the range (a few hundred at most since 1993).
  for (let q = quarterOf(since); q.first <= until; q = quarterOf(addDays(q.last, 1))) out.push(q);
  return out;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Days in [from, to], both counted; 0 when to < from. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1);
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Monday to Friday: the days EDGAR accepts filings. */
export function isWeekday(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
