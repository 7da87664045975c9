/**
 * The SEC's business days: weekdays that are no U.S. federal holiday (date-holidays' "public" days
 * for the US, the substitute days a holiday on a weekend moves to included). Dates are ISO
 * (YYYY-MM-DD) and counted in UTC, so no time zone moves a day.
 */
import { createRequire } from "node:module";
import type Holidays from "date-holidays";

/**
 * Loaded on first use: date-holidays reads every country's rules (~160 ms), and most filings never
 * need a holiday (deadline.ts decides those filed within the period's length in calendar days).
 */
let federal: Holidays | null = null;
const byYear = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    federal ??= new (createRequire(import.meta.url)("date-holidays") as typeof Holidays)("US");
    days = new Set(
      federal
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

const DAY_MS = 86_400_000;
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function isBusinessDay(iso: string): boolean {
  const weekday = new Date(toMs(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(Number(iso.slice(0, 4))).has(iso);
}

/**
 * The last day of a period of `n` business days after an event (Gen. Instr. B.1): it begins the
 * day after the event, or, for an event on a weekend or holiday, on and including the next
 * business day.
 */
export function businessDaysAfter(eventIso: string, n: number): string {
  let day = toMs(eventIso);
  if (isBusinessDay(eventIso)) day += DAY_MS;
  let counted = 0;
  for (;;) {
    if (isBusinessDay(toIso(day)) && ++counted === n) return toIso(day);
    day += DAY_MS;
  }
}

export function calendarDaysAfter(eventIso: string, n: number): string {
  return toIso(toMs(eventIso) + n * DAY_MS);
}

/** Calendar days from one date to another. */
export function calendarDaysBetween(fromIso: string, toIsoDate: string): number {
  return Math.round((toMs(toIsoDate) - toMs(fromIso)) / DAY_MS);
}

/**
 * Business days from the day after `fromIso` through `toIso` (0 when `to` is not later): weekdays
 * counted by whole weeks, less the holidays among them.
 */
export function businessDaysBetween(fromIso: string, toIsoDate: string): number {
  const from = toMs(fromIso) + DAY_MS;
  const to = toMs(toIsoDate);
  if (to < from) return 0;
  const days = Math.round((to - from) / DAY_MS) + 1;
  let weekdays = Math.floor(days / 7) * 5;
  for (let d = from + Math.floor(days / 7) * 7 * DAY_MS; d <= to; d += DAY_MS) {
    const weekday = new Date(d).getUTCDay();
    if (weekday !== 0 && weekday !== 6) weekdays++;
  }
  let holidays = 0;
  for (let year = Number(fromIso.slice(0, 4)); year <= Number(toIsoDate.slice(0, 4)); year++)
    for (const h of holidaysOf(year)) {
      const ms = toMs(h);
      const weekday = new Date(ms).getUTCDay();
      if (ms >= from && ms <= to && weekday !== 0 && weekday !== 6) holidays++;
    }
  return weekdays - holidays;
}
