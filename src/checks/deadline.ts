/**
 * Was the 8-K filed in time? The deadline runs from the event (the date of report) by the rules of
 * its era (../shared/reference/form-8k.md §2): from 23 Aug 2004, four business days for the items of
 * Sections 1-6 (Regulation FD and other events have none, and 9.01 follows the item it serves);
 * before, 15 calendar days for Items 1, 2, 3 and 8, five business days for Items 4, 6, 10 and 12.
 * The strictest item's deadline is the filing's. Amendments have deadlines of their own and are
 * not checked.
 */
import { MODERN_ITEMS_FROM } from "../form8k/item-catalog.js";
import type { Finding } from "../form8k/schema.js";
import {
  businessDaysAfter,
  businessDaysBetween,
  calendarDaysAfter,
  calendarDaysBetween,
} from "./business-days.js";
import type { UncheckedRecord } from "./index.js";

type Period = { days: number; business: boolean };

function periodOf(item: string, modern: boolean): Period | null {
  if (modern) {
    // 5.08 runs from when the meeting date is decided, which the filing does not date.
    if (/^[1-6]\./.test(item) && item !== "5.08") return { days: 4, business: true };
    return null;
  }
  if (["1", "2", "3", "8"].includes(item)) return { days: 15, business: false };
  if (["4", "6", "10", "12"].includes(item)) return { days: 5, business: true };
  return null;
}

const periodText = (p: Period) => `${p.days} ${p.business ? "business" : "calendar"} days`;

export function checkDeadline(r: UncheckedRecord): Finding[] {
  const event = r.cover.dateOfReport.value;
  const filed = r.header?.filedAsOf ?? null;
  if (!event || !filed || r.cover.amendment) return [];
  if (filed < event)
    return [
      {
        rule: "deadline",
        severity: "info",
        message: `filed ${filed}, before the date of its report (${event})`,
        span: r.cover.dateOfReport.span,
      },
    ];
  const modern = event >= MODERN_ITEMS_FROM;
  // A period of n days, business or calendar, ends no sooner than n calendar days after the event:
  // a report filed by then is in time, and no holiday need be looked up.
  const calendarDays = calendarDaysBetween(event, filed);
  let due: { date: string; items: string[]; period: Period } | null = null;
  for (const it of r.items) {
    const period = periodOf(it.number, modern);
    if (!period || calendarDays <= period.days) continue;
    const date = period.business
      ? businessDaysAfter(event, period.days)
      : calendarDaysAfter(event, period.days);
    if (!due || date < due.date) due = { date, items: [it.number], period };
    else if (date === due.date && !due.items.includes(it.number)) due.items.push(it.number);
  }
  if (!due || filed <= due.date) return [];
  // Counted in business days within a year (a misread date decades off is not walked day by day).
  const late =
    due.period.business && calendarDays <= 366
      ? `${businessDaysBetween(event, filed)} business days`
      : `${calendarDays} days`;
  const items = `Item${due.items.length > 1 ? "s" : ""} ${due.items.join(", ")}`;
  return [
    {
      rule: "deadline",
      severity: "warning",
      message: `filed ${filed}, ${late} after the event of ${event}: ${items} ${due.items.length > 1 ? "are" : "is"} due within ${periodText(due.period)}, by ${due.date}`,
      span: r.cover.dateOfReport.span,
    },
  ];
}
