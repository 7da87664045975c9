/**
 * The filing's items, exhibits and signatures against the form: items that were no item of Form
 * 8-K on the date of the report, exhibits listed but not attached (or attached but not listed),
 * and a report with no signature.
 */
import { ITEMS, isKnownItem, itemOnDate } from "../form8k/item-catalog.js";
import type { Finding } from "../form8k/schema.js";
import { calendarDaysAfter } from "./business-days.js";
import type { UncheckedRecord } from "./index.js";

/** When an item number was one, for a message: "from 2010-02-28", "until 2004-08-23". */
function eraOf(number: string): string {
  return ITEMS.filter((it) => it.number === number)
    .map((it) =>
      it.from && it.to ? `from ${it.from} until ${it.to}` : it.from ? `from ${it.from}` : `until ${it.to}`,
    )
    .join(", and ");
}

/** How long after its event a report may be filed when the filing date is unknown (a bare document). */
const FILED_WITHIN_DAYS = 60;

/**
 * An item must be one of the form on the date of the report or on the day it was filed: an event of
 * 16 Aug 2004 reported after 23 Aug 2004 was reported on the new form. Without a filing date,
 * any day of the weeks after the event will do.
 */
export function checkItems(r: UncheckedRecord): Finding[] {
  const date = r.cover.dateOfReport.value;
  const filed = r.header?.filedAsOf ?? null;
  const out: Finding[] = [];
  for (const it of r.items) {
    if (!isKnownItem(it.number)) {
      out.push({
        rule: "item-unknown",
        severity: "warning",
        message: `Item ${it.number} is no item of Form 8-K`,
        span: it.headingSpan,
      });
    } else if (
      date &&
      !itemOnDate(it.number, date) &&
      !itemOnDate(it.number, filed ?? calendarDaysAfter(date, FILED_WITHIN_DAYS))
    ) {
      out.push({
        rule: "item-era",
        severity: "warning",
        message: `Item ${it.number} was no item of Form 8-K on ${date} (it is one ${eraOf(it.number)})`,
        span: it.headingSpan,
      });
    }
  }
  return out;
}

/** Interactive data (XBRL, and the cover page's, which lives inside the inline XBRL 8-K) is listed, not attached as a document. */
const INTERACTIVE_DATA = /^10[14](?:\.|$)/;
/** Filed inside another exhibit's document: "(included in Exhibit 4.1)", "(included in the opinion filed as Exhibit 5.1)". */
const INSIDE_ANOTHER =
  /\b(?:included|contained|set\s+forth)\s+(?:in|within)\b[^()]{0,80}\bExhibit\b|\bpart\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?Exhibit\b/i;
/** Containers that hold the filing's attachments: a bare document holds only itself. */
const FULL_SUBMISSION = new Set(["sec-document", "ims-document", "submission"]);

export function checkExhibits(r: UncheckedRecord): Finding[] {
  const out: Finding[] = [];
  const holdsAttachments = FULL_SUBMISSION.has(r.container.kind) || r.documents.length > 1;
  for (const e of r.exhibits) {
    const listed = e.listedIn.includes("item") || e.listedIn.includes("index");
    const incorporated = e.filing === "incorporated" || e.listedIn.includes("reference");
    if (
      holdsAttachments &&
      listed &&
      !incorporated &&
      e.document === null &&
      !e.textSpan &&
      !INTERACTIVE_DATA.test(e.number) &&
      !INSIDE_ANOTHER.test(e.description ?? "")
    ) {
      out.push({
        rule: "exhibit-not-attached",
        severity: "warning",
        message: `Exhibit ${e.number} is listed but neither attached nor incorporated by reference`,
        span: e.span,
      });
    }
    if (!listed && !e.listedIn.includes("reference") && e.listedIn.includes("attachment")) {
      out.push({
        rule: "exhibit-not-listed",
        severity: "info",
        message: `Exhibit ${e.number} is attached but not listed in the report`,
        span: e.span,
      });
    }
  }
  return out;
}

export function checkSignatures(r: UncheckedRecord): Finding[] {
  if (!r.signatures.length)
    return [{ rule: "signature", severity: "warning", message: "no signature found", span: null }];
  return r.signatures
    .filter((s) => !s.name)
    .map((s) => ({
      rule: "signature" as const,
      severity: "warning" as const,
      message: "a signature block names no signer",
      span: s.span,
    }));
}
