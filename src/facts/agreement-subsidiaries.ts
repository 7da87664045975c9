/**
 * Companies an agreement names by what they are to another: the registrant's own subsidiary (which
 * takes its side), one a stake is held in (which is sold, not selling).
 */

/** Is `name` the company a stake is held in ("its 40% interest in Tau Partners", "shares of Delta")? */
export function stakeIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (
      /\b(?:interests?|stake|shares|stock|units)\s+(?:of|in)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, at - 30), at),
      )
    )
      return true;
  return false;
}

/**
 * The registrant's own subsidiary, by whose it is said to be ("through its wholly owned subsidiary
 * X", "the Company's wholly-owned subsidiary, X", "X, a wholly owned subsidiary of the Company"), not
 * any "its subsidiary" (", 2396081 Ontario Inc. and its wholly owned operating subsidiary, Infitrak").
 */
export function ownSubsidiary(text: string, name: string, mentionsReg: (t: string) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (OWN_SUBSIDIARY.test(text.slice(Math.max(0, at - 80), at))) return true;
    if (ownedByRegistrant(text, at + name.length, mentionsReg)) return true;
  }
  return false;
}
const OWN_SUBSIDIARY =
  /(?:\bthrough\s+its|\b(?:Company|Registrant)['’]s)\s+(?:[\w-]{1,20}\s+){0,3}subsidiary,?\s{1,3}(?:the\s)?$/i;

/**
 * ", a wholly owned subsidiary of X" after a name (", a Delaware corporation and a wholly-owned
 * subsidiary of X" too): X, its owner.
 */
const SUBSIDIARY_OF =
  /^(?:\s\([^()]{1,40}\))?,\s(?:an?\s(?:[A-Z][a-z]{1,15}\s){1,3}(?:corporation|company|limited\sliability\scompany|limited\spartnership)\sand\s)?(?:an?\s)?(?:direct\s|indirect\s)?(?:wholly[-\s]owned\s)?subsidiary\sof\s([^,.;()]{2,60})/;
const REGISTRANT_WORD = /^(?:the\s)?(?:Company|Registrant|registrant|Corporation)\b/;

/**
 * Does `text` call `name` the registrant's subsidiary ("its wholly owned subsidiary, Delta Corp.",
 * "Delta Corp. (Delta), a wholly owned subsidiary of the registrant", and with `mentionsReg`, "...
 * of Acme")?
 */
export function namedAsSubsidiary(text: string, name: string, mentionsReg?: (t: string) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // One subsidiary named after the word ("certain of its subsidiaries, Fleet Capital Corporation, as
    // agent" lists others).
    if (/\bsubsidiary,?\s{1,3}(?:the\s)?$/i.test(text.slice(Math.max(0, at - 40), at))) return true;
    if (ownedByRegistrant(text, at + name.length, mentionsReg)) return true;
  }
  return false;
}

/** Does ", a wholly owned subsidiary of X" at `at` name the registrant as X (by a word, or a name)? */
function ownedByRegistrant(text: string, at: number, mentionsReg?: (t: string) => boolean): boolean {
  const owner = SUBSIDIARY_OF.exec(text.slice(at, at + 100));
  return !!owner && (REGISTRANT_WORD.test(owner[1]) || !!mentionsReg?.(owner[1]));
}
