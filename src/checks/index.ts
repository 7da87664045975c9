/**
 * Checks: the record against the form's rules (items valid for the report's date, exhibits
 * listed and attached, signatures, the filing deadline in business days). A pure function of the
 * record; it reads no document.
 */
import type { FilingRecord } from "../form8k/schema.js";
import { checkDeadline } from "./deadline.js";
import { checkExhibits, checkItems, checkSignatures } from "./rules.js";
import type { Finding } from "./types.js";

export type { Finding };

export function checkFiling(r: Omit<FilingRecord, "checks">): Finding[] {
  const record = r as FilingRecord;
  return [
    ...checkItems(record),
    ...checkExhibits(record),
    ...checkSignatures(record),
    ...checkDeadline(record),
  ];
}
