/**
 * Companies an agreement names by what they are to another: the registrant's own subsidiary (which
 * takes its side), one a stake is held in (which is sold, not selling), one listed with others and
 * defined together with them.
 */

/** Does `test` hold at some place `name` stands in `text` (its offset)? */
export function atSomeMention(text: string, name: string, test: (at: number) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (test(at)) return true;
  return false;
}

/** Is `name` the company a stake is held in ("its 40% interest in Tau Partners", "shares of Delta")? */
export function stakeIn(text: string, name: string): boolean {
  return atSomeMention(text, name, (at) => STAKE_BEFORE.test(text.slice(Math.max(0, at - 70), at)));
}
// "shares of the Company's wholly owned subsidiary, Tau Inc.": the stake is in the subsidiary named.
const STAKE_BEFORE =
  /\b(?:interests?|stake|shares|stock|units)\s+(?:of|in)\s+(?:the\s+)?(?:(?:(?:Company|Registrant)['’]s|its)\s+(?:(?:wholly|majority)[-\s]owned\s+)?subsidiary,?\s+(?:the\s+)?)?$/i;

/**
 * The registrant's own subsidiary, by whose it is said to be ("through its wholly owned subsidiary
 * X", "the Company's wholly-owned subsidiary, X", "X, a wholly owned subsidiary of the Company"), not
 * any "its subsidiary" (", 2396081 Ontario Inc. and its wholly owned operating subsidiary, Infitrak").
 */
export function ownSubsidiary(text: string, name: string, mentionsReg: (t: string) => boolean): boolean {
  return atSomeMention(
    text,
    name,
    (at) =>
      OWN_SUBSIDIARY.test(text.slice(Math.max(0, at - 80), at)) ||
      ownedByRegistrant(text, at + name.length, mentionsReg),
  );
}
const OWN_SUBSIDIARY =
  /(?:\bthrough\s+its|\b(?:Company|Registrant)['’]s)\s+(?:[\w-]{1,20}\s+){0,3}subsidiary,?\s{1,3}(?:the\s)?$/i;

/**
 * ", a wholly owned subsidiary of X" after a name (", a Delaware corporation and a wholly-owned
 * subsidiary of X", ", the wholly-owned subsidiary of X", ", an Ohio-chartered bank headquartered in
 * Lewis Center, Ohio, and a wholly-owned subsidiary of X" too; after a defined short name, ”), a
 * wholly-owned subsidiary of X"): X, its owner.
 */
const SUBSIDIARY_OF =
  /^(?:[”"]\))?(?:,?\s\([^()]{1,40}\))?,\s(?:an?\s(?:[A-Z][a-z]{1,15}\s){1,3}(?:corporation|company|limited\sliability\scompany|limited\spartnership)\sand\s|an?\s[\w-]{2,20}\s(?:bank|corporation|company)[^();.]{0,60}?,?\sand\s)?(?:an?\s|the\s)?(?:direct(?:ly)?\s|indirect(?:ly)?\s)?(?:wholly[-\s]owned\s)?subsidiary\sof\s((?:[A-Z]\.\s?){0,3}[^,.;()]{2,60})/;
const REGISTRANT_WORD = /^(?:the\s)?(?:Company|Registrant|registrant|Corporation)\b/;

/**
 * Does `text` call `name` the registrant's subsidiary ("its wholly owned subsidiary, Delta Corp.",
 * "Delta Corp. (Delta), a wholly owned subsidiary of the registrant", and with `mentionsReg`, "...
 * of Acme")?
 */
export function namedAsSubsidiary(text: string, name: string, mentionsReg?: (t: string) => boolean): boolean {
  // One subsidiary named after the word ("certain of its subsidiaries, Fleet Capital Corporation, as
  // agent" lists others).
  return atSomeMention(
    text,
    name,
    (at) =>
      /\bsubsidiary,?\s{1,3}(?:the\s)?$/i.test(text.slice(Math.max(0, at - 40), at)) ||
      ownedByRegistrant(text, at + name.length, mentionsReg) ||
      // "the Company, through Katz Media Services, Inc., a newly-formed, wholly-owned subsidiary, as
      // borrower": the registrant acts through its own subsidiary.
      (/\bthrough\s{1,3}$/.test(text.slice(Math.max(0, at - 12), at)) &&
        /^,\s{1,3}(?:its|an?)\s(?:[\w-]{1,20},?\s){0,3}subsidiary\b(?!\s+of\b)/.test(
          text.slice(at + name.length, at + name.length + 80),
        )),
  );
}

/**
 * Does ", a wholly owned subsidiary of X" at `at` name the registrant as X (by a word, or a name), or
 * ", the Company's wholly owned subsidiary," say it?
 */
function ownedByRegistrant(text: string, at: number, mentionsReg?: (t: string) => boolean): boolean {
  const after = text.slice(at, at + 200);
  if (REGISTRANTS_SUBSIDIARY.test(after)) return true;
  const owner = SUBSIDIARY_OF.exec(after);
  return !!owner && (REGISTRANT_WORD.test(owner[1]) || !!mentionsReg?.(owner[1]));
}
/** ", the Company's wholly owned subsidiary," after a name. */
const REGISTRANTS_SUBSIDIARY =
  /^,\s(?:the\s(?:Company|Registrant)['’]s|our)\s(?:direct\s|indirect\s)?(?:wholly[-\s]owned\s)?(?:[a-z]{3,12}\s)?subsidiary\b(?!\s+of\b)/;

/**
 * What a list a name stands in is defined as together: "Weis Markets, Inc.; Dutch Valley Food Company,
 * LLC; ... and WMK Financing, Inc. (collectively, the "Company")" makes each of them "company", and
 * "John Smith and Jane Smith (the "Sellers")", a plural, each "seller". The
 * list runs on from the name with no sentence end, bracket or quote before its definition.
 */
export function listDefinedAs(text: string, name: string): string | null {
  let word: string | null = null;
  atSomeMention(text, name, (at) => {
    const m = LIST_DEFINED.exec(text.slice(at + name.length, at + name.length + 200));
    // Only names between ("; Dutch Valley Food Company, LLC; ... and"), no words of a sentence.
    word =
      m && !/\b(?!(?:and|of|the|de|du)\b)[a-z]{2,}/.test(m[1])
        ? (m[2] ?? m[3]).toLowerCase().replace(/s$/, "")
        : null;
    return word !== null;
  });
  return word;
}
const LIST_DEFINED =
  /^((?:\s?\([^()]{0,60}\))?(?:(?:;\s|,\s|,?\sand\s)(?:[^()"“”;.]|\.(?!\s+[A-Z][a-z])|;\s){2,160}?)?)\s\((?:(?:collectively|together),?\s(?:the\s)?[“"]([A-Z][a-z]{2,15})|the\s[“"]([A-Z][a-z]{2,14}s))[”"]\)/;
