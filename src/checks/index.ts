/**
 * Checks: the record against the form's rules (items valid for the report's date, exhibits
 * listed and attached, signatures, the filing deadline in business days). A pure function of the
 * record; it reads no document.
 */
import type { FilingRecord, Finding } from "../form8k/schema.js";
import { checkDeadline } from "./deadline.js";
import { checkExhibits, checkItems, checkSignatures } from "./rules.js";

export type { Finding };

/** A record before its checks: what every rule reads. */
export type UncheckedRecord = Omit<FilingRecord, "checks">;

export function checkFiling(r: UncheckedRecord): Finding[] {
  return [...checkItems(r), ...checkExhibits(r), ...checkSignatures(r), ...checkDeadline(r)];
}
