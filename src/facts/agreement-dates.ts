/**
 * When an agreement is dated: the date written after "dated" by its name, else the date of the
 * sentence that says it was signed; and whether an agreement a sentence names is only an older
 * one referred to.
 */
import { type FoundDate, findDates } from "../util/dates.js";

/**
 * The dates of a sentence, remembered for the last one: a sentence that starts an agreement is
 * asked whether it only refers to an older one, then for its date (and a share sale's date).
 */
export function datesOf(text: string): readonly FoundDate[] {
  if (text !== lastText) {
    lastText = text;
    lastDates = findDates(text);
  }
  return lastDates;
}
let lastText = "";
let lastDates: readonly FoundDate[] = [];

/**
 * The date written after "dated" just after an agreement's name ("Agreement and Plan of Merger,
 * dated March 26, 2021"), not the date of another agreement the sentence names further on.
 */
function datedAfterName(text: string, name: string, dates: readonly FoundDate[]): FoundDate | undefined {
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return undefined;
  const end = at + name.length;
  return dates.find(
    (d) => d.start > end && d.start - end <= 80 && DATED_AFTER_NAME.test(text.slice(end, d.start)),
  );
}
/**
 * Between a name and its date: the rest of the name ("of Merger"), a comma, a defined term ("(the
 * “Merger Agreement”)"), "dated as of". Case matters: "under the existing Master Services
 * Agreement dated ..." is another agreement's date.
 */
const DATED_AFTER_NAME =
  /^(?:\s{0,2}(?:of|and|for|[A-Z][\w&'’-]{0,20})){0,5}[\s,]{0,3}(?:\((?:the\s)?["“][^"”]{1,40}["”]\)[\s,]{0,3})?[Dd]ated\s{1,3}(?:as\s{1,3}of\s{1,3})?$/;

/**
 * The date an agreement bears: its "dated" date (datedAfterName; the merger above was announced
 * on March 29), else the first date of a sentence that says it was entered into, signed,
 * extended or the like.
 */
export function agreementDate(text: string, name: string): string | null {
  const dates = datesOf(text);
  const dated = datedAfterName(text, name, dates);
  // "a Third Amendment to the Credit Agreement dated May 7, 2007": the amendment's date is the news.
  if (dated && !amends(text, name)) return dated.iso;
  return SIGNED.test(text) ? (dates[0]?.iso ?? null) : null;
}
/**
 * Verbs that date an agreement ("settled", "reached" a settlement); "completed", "acquired" date a
 * closing, not the agreement.
 */
const SIGNED =
  /\b(?:entered\s+into|signed|executed|announced|agreed|extended|amended|renewed|adopted|approved|settled|reached)\b/i;

const AMENDMENT_TO =
  /\b(?:Amendment|Waiver|Supplement|Joinder)(?:\sNo\.\s?\d{1,2})?\s(?:\([^)]{1,40}\)\s)?to\s/;

/** Does the sentence enter into an amendment of (or waiver under...) the agreement `name`? */
function amends(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && AMENDMENT_TO.test(text.slice(Math.max(0, at - 80), at));
}

/**
 * "subordinated to ... the Settlement Agreement and Release of All Claims dated January 10,
 * 1996" in a 2004 filing: an agreement dated more than a year before the report, which the
 * sentence does not say was amended, extended or the like now, is only referred to.
 */
export function olderAgreement(text: string, name: string, reportDate: string | null): boolean {
  if (!reportDate) return false;
  const dated = datedAfterName(text, name, datesOf(text));
  if (!dated) return false;
  const yearsBefore = (Date.parse(reportDate) - Date.parse(dated.iso)) / (365.25 * 86_400_000);
  // In lower case: "amended" is news, "the Amended Note" a name; "a Third Amendment to the Credit
  // Agreement dated May 7, 2007" enters into the amendment.
  return (
    yearsBefore > 1 && !/\b(?:amend|extend|renew|restat|terminat|assign)/.test(text) && !amends(text, name)
  );
}
