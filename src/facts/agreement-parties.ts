/**
 * Parties of an agreement: names listed after "among", "between", "with", "signed by"; people
 * named by surname; whether the registrant is the one who sells.
 */
import type { AgreementFact, Located } from "./agreement-types.js";
import { CORPORATE_END, GIVEN_NAME, IN_SENTENCE, THING_TERM } from "./names.js";
import { keysOverlap, type Organization, orgKey } from "./organizations.js";
import type { TextView } from "./text-view.js";

/** A merger subsidiary ("River Acquisition, Inc.", "Merger Sub"): a party, neither buyer nor target. */
export const SUB = /\b(?:acquisition|merger)\s+(?:sub|corp|inc|co)|merger\s+sub|\bsub\b|acquisition,?\s+inc/i;

/** Verbs of a new agreement taking an older one's place: "replaced", "refinances", "paid off". */
export const REPLACING = String.raw`(?:replac(?:e|es|ed|ing)|refinanc(?:e|es|ed|ing)|repa(?:y|ys|id|ying)|pa(?:y|ys|id|ying)\s+off|terminat(?:e|es|ed|ing)|supersed(?:e|es|ed|ing)|in\s+place\s+of)`;
/** Words of the older agreement itself: "its prior credit facility", "the existing notes". */
export const PRIOR = "(?:prior|previous|former|existing|old|predecessor)";

/** What ends before the lender of an agreement a new one replaces or pays off: "replaced its prior credit facility with ". */
const REPLACED_WITH = new RegExp(
  String.raw`\b${REPLACING}\s+(?:all\s+(?:amounts\s+)?(?:outstanding\s+)?under\s+)?(?:the\s+|its\s+|our\s+|their\s+)?(?:(?:Company|Registrant|Borrower)['’]s\s+)?${PRIOR}\s+(?:[\w$.,-]{1,20}\s+){0,4}?(?:facility|facilities|agreements?|loans?|lines?\s+of\s+credit|notes?)\s+(?:with|from)\s+(?:the\s+)?$`,
  "i",
);

/** Is the name at `at` in `text` a lender being replaced or repaid (REPLACED_WITH, in the 160 characters before it)? */
export function repaidBefore(text: string, at: number, from = 0): boolean {
  return REPLACED_WITH.test(text.slice(Math.max(from, at - 160), at));
}

/** A name with a corporate word ("AFC Management, LLC", "PyraMax Bank"): a company, not a person. */
export function isCompanyName(name: string): boolean {
  return /\b(?:inc|corp|corporation|company|bank|llc|bancorp|co)\b\.?/i.test(name);
}

/**
 * The registrant sells (after one of its names): verbs in lower case, so an agreement's name
 * ("Supply Agreement") is none, and not past "which", where another party's clause starts
 * ("under which Beta will supply the Company").
 */
export const SALE_VERBS =
  /^(?:(?!\bwhich\b)[^.]){0,120}?\b(?:sold|sell|sells|issued|issue|issuance|sale|disposed\sof|(?:private\s)?placement\sof|(?:registered\sdirect\s)?offering\sof|provide|provides|supply|supplies|deliver|manufacture|manufactures)\b(?!\s(?:an?|the|its|their)\s(?:joint\s)?(?:press|news)\srelease)(?!\s(?:and\s[a-z]+\s)?agreements?\b)/;
/**
 * The registrant sells what an asset purchase is of ("agreed to sell 84 restaurants to ..."); not
 * "the 61 divested branches", an adjective of what is bought.
 */
export const SELLS_ASSETS =
  /^(?:(?!(?<!\bin\s)\bwhich\b)[^.]){0,120}?\b(?:sold|sell|sells|sale\sof|(?<!\b(?:the|its|\d[\d,]{0,12})\s)divest(?:s|ed)?|divestiture\sof|disposition\sof|disposed\sof|transferred|conveyed)\b/;

const BOUGHT_FROM_REGISTRANT = new RegExp(
  String.raw`\b(?:purchase|buy|acquire)s?\b${IN_SENTENCE}{0,120}?\bfrom\s+(?:the\s+Company|the\s+Registrant|us)\b`,
  "i",
);
const PAID_REGISTRANT_FOR = new RegExp(
  String.raw`\bpaid\s+(?:the\s+Company|the\s+Registrant|us)\s${IN_SENTENCE}{0,40}?\bin\s+exchange\s+for\b`,
  "i",
);

/**
 * "Mr. Lebda will purchase 935,000 shares of common stock ... from the Company", "paid the Company
 * $75 million in exchange for ...": the registrant sells.
 */
export function boughtFromRegistrant(text: string): boolean {
  return (
    BOUGHT_FROM_REGISTRANT.test(text) ||
    // "Sigma paid the Company $75 million in exchange for a portion of the Company's future royalties".
    PAID_REGISTRANT_FOR.test(text)
  );
}

/**
 * The period of a company's abbreviated form inside a sentence ("with Beta Corp. to sell its
 * ..."): the verb patterns read up to a period as the sentence's end.
 */
const NAME_PERIOD = /\b(Inc|Corp|Co|Ltd|Bros|Mfg|L\.P|N\.A|S\.A)\.(?=[\s,])/g;

/**
 * Does the registrant (by any of its names) do what `verbs` says, within its clause, or is it
 * the one "the issuance and sale by Apple of ..." names?
 */
export function registrantActs(text: string, names: string[], verbs: RegExp): boolean {
  return someMention(
    text,
    names,
    (lower, at, end) =>
      // "to meet the Company's projected supply requirements": its own, not what it does.
      (!/^['’]s\b/.test(text.slice(end, end + 3)) &&
        verbs.test(text.slice(end, end + 160).replace(NAME_PERIOD, (m) => m.replaceAll(".", "")))) ||
      SOLD_BY.test(lower.slice(Math.max(0, at - 30), at)),
  );
}

/**
 * Does `test` hold at any mention of the registrant (by any of its names, case-free)? It gets the
 * lower-cased text and the mention's start and end.
 */
export function someMention(
  text: string,
  names: string[],
  test: (lower: string, at: number, end: number) => boolean,
): boolean {
  const lower = text.toLowerCase();
  for (const n of names) {
    const k = n.trim().toLowerCase();
    if (!k) continue;
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1))
      if (test(lower, at, at + k.length)) return true;
  }
  return false;
}

const SOLD_BY = /(?:sale|issuance)\s{1,5}by\s{1,5}$/;

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// Words that join a name's words ("Georgia Association of Manufacturers", "City of Atlanta").
const JOINER = /^(?:of|and|for|the|&|de|du|la)$/;

/**
 * Agencies whose names hold "and" ("the U.S. Food and Drug Administration", "the Department of
 * Health and Human Services"): the "and" goes on with the name, not to another party.
 */
const AGENCY_AND =
  /^and\s(?:Drug\sAdministration|Human\sServices|Urban\sDevelopment|Exchange\sCommission|Health\sAdministration|Space\sAdministration|Wildlife\sService|Explosives|Human\sRights|Budget)\b/;
/** What a party list follows when it names whom a settlement or agreement is with, not where a report is filed. */
const AGREED_WITH =
  /\b(?:settle(?:d|ment)?|agreements?|consent|decree|agreed|resolution|resolved)\b(?:\s[\w,-]{1,20}){0,4}\s?$/i;
/** "agreed to prepare and file with the Securities and Exchange Commission": where, not with whom. */
const FILED = /\b(?:file|filed|filing|furnish|furnished|submit|submitted|register|registered)\s?$/i;

/**
 * Capitalised names in a list after "among", "between", "with", "signed by", "led by": each with its
 * offset in `text`.
 */
export function listedParties(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number; agreedWith: boolean }[] = [];
  for (const m of text.matchAll(/\b(?:among|between|with|signed\s+by|by\s+and\s+among|led\s+by)\s+/g)) {
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    const agreedWith = AGREED_WITH.test(lead) && !FILED.test(lead);
    let at = m.index + m[0].length;
    for (let n = 0; n < 20 && at < text.length; n++) {
      const rest = text.slice(at, at + 200);
      const piece = /^(?:\s+|the\s+|and\s+|,\s*|each\s+of\s+|certain\s+of\s+)*/i.exec(rest);
      const skip = piece ? piece[0].length : 0;
      // Words with their offsets: a name wrapped over lines or spaced out in the source is
      // joined with single spaces, and the list goes on from where it really ends.
      const found = [...rest.slice(skip).matchAll(/\S+/g)];
      const words = found.map((f) => f[0]);
      const name: string[] = [];
      /** Where each word of `name` ends, from the start of the name. */
      const ends: number[] = [];
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        // An initial ("E.", "U.S.") or a suffix ("Jr.", "Inc.") keeps its period.
        const keepsDot = /^(?:(?:[A-Z]\.){1,3}|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.)$/.test(w.replace(/,$/, ""));
        const bare = keepsDot ? w.replace(/,$/, "") : w.replace(/[,;.]+$/, "");
        if (!bare) break;
        if (
          /^[A-Z0-9]/.test(bare) ||
          (name.length && JOINER.test(bare) && (bare !== "and" || AGENCY_AND.test(words.slice(k).join(" "))))
        ) {
          name.push(bare);
          ends.push((found[k].index ?? 0) + bare.length);
        } else break;
        // "River Acquisition, Inc.", "R. Kent McGaughy, Jr.": the comma belongs to the name.
        if (
          /,$/.test(w) &&
          /^(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|N\.A|L\.P|Jr|Sr|II|III)\b/.test(words[k + 1] ?? "")
        ) {
          name[name.length - 1] += ",";
          ends[ends.length - 1]++;
          continue;
        }
        if (/[,;]$/.test(w) || (/\.$/.test(w) && !keepsDot)) break;
      }
      while (name.length && JOINER.test(name[name.length - 1])) {
        name.pop();
        ends.pop();
      }
      if (name.length === 0 || (name.length === 1 && (name[0].length < 4 || /^(?:[A-Z]\.)+$/.test(name[0]))))
        break;
      // Dates and numbers are not parties ("on November 18, 2013").
      if (!/[A-Za-z]{2}/.test(name.join(" ")) || MONTH.test(name[0])) break;
      const str = name.join(" ");
      const start = at + skip;
      out.push({ name: str, start, agreedWith });
      at = start + ends[ends.length - 1];
      // The list goes on only with ", " or " and ".
      if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/.test(text.slice(at, at + 12))) break;
    }
  }
  return out.filter(
    (p) =>
      !/^(?:Company|Registrant|Form|Item|Section|Agreements?|Act)\b/.test(p.name) &&
      // The SEC is where a report is filed, a party only to what is settled or agreed with it.
      (p.agreedWith || !/^(?:Securities|Commission|SEC|Exchange)\b/.test(p.name)) &&
      !/^(?:Merger|Closing|Notes|Shares|Parent|Purchaser|Buyer|Seller|Board)$/.test(p.name) &&
      // "the 2025 Notes", "Series A Preferred Stock", "the Change of Control Proposal": things, not parties.
      !THING_TERM.test(p.name),
  );
}

/** Adds a party unless the list has it already (by name without suffixes, either way contained). */
export function addParty(parties: AgreementFact["parties"], name: string, span: Located | null): void {
  const k = orgKey(name);
  // One name inside the other is one company ("Apple", "Apple Inc."; "Wisconsin, Inc." cut from
  // "1895 Bancorp of Wisconsin, Inc."), unless both are formal names and the longer goes on from
  // the shorter: "PSI-Tronix, Inc." sells to "PSI-Tronix Technologies, Inc.".
  // A bank is a formal name too: "Acme Bank" is the holding company "Acme Corp."'s subsidiary.
  const isFormal = (n: string) => CORPORATE_END.test(n) || /\s(?:Bank|Trust)$/i.test(n);
  const formal = isFormal(name);
  const same = (p: { name: string }) => {
    const pk = orgKey(p.name);
    if (pk === k) return true;
    if (!keysOverlap(pk, k)) return false;
    return !(formal && isFormal(p.name) && (pk.startsWith(k) || k.startsWith(pk)));
  };
  if (!k || parties.some(same)) return;
  parties.push({ name, role: "party", span });
}

/** The first "First [M.] Surname" in the view for a surname. */
export function fullName(v: TextView, surname: string): string | null {
  const re = new RegExp(String.raw`\b(${GIVEN_NAME})\s${surname.replace(/[^A-Za-z'’-]/g, "")}\b`);
  const m = re.exec(v.flat.slice(Math.max(0, v.start - 2000), v.end));
  return m && !/^(?:Mr|Ms|Mrs|Dr|The|Board)$/.test(m[1]) ? `${m[1]} ${surname}` : null;
}

const HOLDING_WORD = /,?\s+(?:Bancorp(?:oration)?|Bancshares|Bankshares|Holdings?|Group|Financial)$/i;

// A corporate word after a short name ("Apple Inc.", "Peoples Bancorp") still names the registrant;
// another capitalised word makes it part of another name.
const NEXT_NAME_WORD = /^\s+(?!(?:Inc|Corp|Co|Ltd|LLC|Plc|Bancorp|Holdings|Group)\b)[A-Z][a-z]/;

/** `word` in `text` on its own: case-free, not inside a longer word or another name. */
function namedAlone(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const k = word.trim().toLowerCase();
  if (!k) return false;
  for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
    const before = at > 0 ? text[at - 1] : " ";
    const after = text.slice(at + k.length, at + k.length + 20);
    if (!/[A-Za-z]/.test(before) && !/^[A-Za-z]/.test(after) && !NEXT_NAME_WORD.test(after)) return true;
  }
  return false;
}

/**
 * The registrant's initials, when a text calls it by them without defining them ("AIP" for
 * "AMERICAN INDUSTRIAL PROPERTIES REIT"): three to six capitals, written in capitals in `text` and
 * never as a lower-case word there ("ACE" is a name, "ace" a word).
 */
export function registrantInitials(registrant: string | null, text: string): string | null {
  if (!registrant) return null;
  const words = registrant
    .replace(CORPORATE_END, "")
    .split(/[\s,]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:the|of|and|REIT|Trust|Inc\.?|Corp\.?)$/i.test(w));
  if (words.length < 3 || words.length > 6) return null;
  const initials = words.map((w) => w[0].toUpperCase()).join("");
  if (!new RegExp(String.raw`\b${initials}\b`).test(text)) return null;
  return new RegExp(String.raw`\b${initials.toLowerCase()}\b`).test(text) ? null : initials;
}

/**
 * The words that name the registrant (its name, its short name: "Apple", "CoreWeave"; the names
 * the filing defines for it: “1st Financial”; "the Company", "we"), and a test that a text speaks
 * of it. A short name counts alone, not inside another name: "Southern" is not "Southern
 * Alliance for Clean Energy".
 */
export function registrantMentions(
  registrant: string | null,
  registrantKey: string,
  aliases: readonly string[] = [],
): { regWords: string[]; mentionsReg: (text: string) => boolean } {
  const shortName = registrant
    ? (registrant.split(/[\s,]+/).find((w) => w.length >= 3 && !/^the$/i.test(w)) ?? null)
    : null;
  // "Network Six" for "NETWORK SIX, INC.": the name without its corporate word.
  const bare = registrant ? registrant.replace(CORPORATE_END, "").trim() : "";
  // "Fifth Third" for "Fifth Third Bancorp": a holding company's name of two words or more without
  // the word that says it holds.
  const holder = bare.replace(HOLDING_WORD, "").trim();
  const regWords = registrant
    ? [
        registrant,
        shortName ?? registrant,
        ...(bare && bare !== registrant ? [bare] : []),
        ...(holder !== bare && /\S\s+\S/.test(holder) ? [holder] : []),
        ...aliases,
        "the Company",
        "the Registrant",
        // "On September 8, 1997 Registrant acquired ...".
        "Registrant",
        "we ",
      ]
    : ["the Company", "the Registrant"];
  const mentionsReg = (t: string) =>
    regWords.some((w) => namedAlone(t, w)) ||
    (registrantKey !== "" && t.length < 80 && orgKey(t) === registrantKey);
  return { regWords, mentionsReg };
}

/**
 * The words before a party's owner: "a division of", "the holding company for", "an affiliate of
 * Washington, DC-based private equity firm" (not "a wholly-owned subsidiary of the Company, to
 * Steri-Oss, Inc.": the sale goes on to its buyer).
 */
export const OWNER_OF =
  /\b(?:an?|the)\s(?:wholly[- ]owned\s)?(?:division|subsidiary|affiliate|unit|portfolio\scompany|holding\scompany)\s(?:of|for)\s(?:the\s)?(?:(?!(?:and|to|from|with|by)\s)[\w,.'’-]{1,25}\s){0,6}$/i;
/** The words before a party's former name: "Cray Inc., formerly Tera Computer Company". */
export const FORMERLY = /\b(?:formerly(?:\s+known\s+as)?|f\/k\/a)\s+(?:the\s+)?$/i;
/**
 * The role a bank is named in, read after its name and the names listed with it: "JP Morgan Chase
 * Bank, N.A. and Sumitomo Mitsui Banking Corporation, as syndication agents".
 */
// Each name of the list starts after a comma or "and", so a run of capitalised words splits one
// way only (a bare space between names let it backtrack exponentially).
const ROLE_AFTER =
  /^((?:(?:,\s(?:and\s)?|\s(?:and|&)\s)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,6}){0,8}),?\s(?:each\s)?as\s([^;]{3,80})/;

export function onlyArranges(after: string): boolean {
  const m = ROLE_AFTER.exec(after);
  if (!m) return false;
  const role = m[2].split(/,\s(?!and\s)|\sand\s(?=[A-Z])/)[0];
  return (
    /arranger|bookrunner|syndication\sagent|documentation\sagent/i.test(role) &&
    !/lender|administrative/i.test(role)
  );
}

/** "all of the outstanding common stock of the Company will be acquired": the registrant is bought. */
const STOCK_ACQUIRED =
  /\b(?:stock|shares)\sof\s((?:the\s)?[\w.,&'’ -]{2,60}?)\s(?:will|would|shall|is\sto|are\sto)\sbe\s(?:acquired|purchased)\b/i;

/**
 * "pursuant to which Chemcraft would acquire 100% of the issued and outstanding stock of Polymer
 * Solutions", "National Bancshares, Inc. acquired all of the outstanding shares of Metrocorp".
 */
const ACQUIRES_ALL_STOCK_OF =
  /\b(?:acquire[sd]?|purchase[sd]?|buys?|bought)\s+(?:100%|all)\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?outstanding\s+(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares)\s+of\s+((?:the\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/;

/** "a subsidiary of FKI will commence a tender offer for all outstanding shares of the Company's common stock". */
const TENDER_OFFER_FOR =
  /\btender\s+offer\s+(?:for|to\s+(?:purchase|acquire))\s+(?:any\s+and\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares|stock|common\s+stock)\s+of\s+((?:the\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/;

export function stockAcquired(text: string, mentionsReg: (t: string) => boolean): boolean {
  const m = STOCK_ACQUIRED.exec(text);
  if (m && mentionsReg(m[1])) return true;
  const tender = text.includes("tender") ? TENDER_OFFER_FOR.exec(text) : null;
  if (tender && mentionsReg(tender[1].replace(/['’]s$/, ""))) return true;
  const all = ACQUIRES_ALL_STOCK_OF.exec(text);
  return !!all && mentionsReg(all[1]);
}

/** A company's name without its corporate word, lower case ("broadcom"); null when nothing is left. */
export function shortName(name: string): string | null {
  const short = name.replace(CORPORATE_END, "");
  return short !== name && short.length >= 4 && /^[A-Z]/.test(short) ? short.toLowerCase() : null;
}

/** Does `word` stand in `text` as whole words (both lower case)? */
export function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

// "the Company agreed to sell its widget business to Buyer Corp.": the registrant's business is
// what is acquired.
export const DIVESTS =
  /^[^.]{0,80}?\b(?:agreed\s+to\s+sell|will\s+sell|to\s+sell|sold|sells|divest(?:ed|s)?|completed\s+(?:the|its)\s+(?:previously\s+announced\s+)?sale\s+of)\s+(?:all\s+of\s+|substantially\s+all\s+of\s+)?(?:its|their|our|the\s+assets\s+of\s+its)\b/i;
// "the Company announced that it has entered into a definitive agreement to be acquired by Buyer".
export const TO_BE_ACQUIRED =
  /^(?:(?!\bwhich\b)[^.]){0,120}?\b(?:to\s+be|will\s+be|would\s+be|is\s+being)\s+acquired\s+by\b|^\s{1,3}(?:was|has\s+been)\s+acquired\s+by\b/;
// "the Company obtained an exclusive worldwide license to ACM-101": what the registrant takes in.
export const LICENSES_IN =
  /^[^.]{0,60}?\b(?:obtain(?:ed|s)?|received|receives|acquired|(?:is|was|will\s+be|has\s+been)\s+granted)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-?exclusive|worldwide|world-wide|royalty-bearing|sublicensable|perpetual|irrevocable),?\s+){0,4}(?:license|rights?)\b/i;

/**
 * "... with ADVA NA Holdings, Inc. (\u201cParent\u201d) and Golden Acquisition Corporation, a wholly-owned
 * Subsidiary of Parent (\u201cMerger Sub\u201d)": the merger sub is another company's, so the registrant is
 * the one bought. Case-sensitive past "of": the owner's name is its capitalised words ("of Teva
 * entered into" is Teva).
 */
const SUB_OF =
  /\b(?:[Dd]irect\s+|[Ii]ndirect\s+|DIRECT\s+|INDIRECT\s+)?(?:[Ww]holly[- ][Oo]wned\s+[Ss]ubsidiary\s+of|WHOLLY[- ]OWNED\s+SUBSIDIARY\s+OF)\s+((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/g;

export function subOfOther(
  text: string,
  mentionsReg: (t: string) => boolean,
  others: readonly Organization[],
): boolean {
  if (!SUB.test(text)) return false;
  const owners = [...text.matchAll(SUB_OF)].map((m) => m[1].replace(/[.,]$/, ""));
  // The registrant's own subsidiary in the deal is its merger sub: it buys ("InterCAP, a wholly
  // owned subsidiary of Intergraph" is then what it buys).
  if (owners.some((o) => mentionsReg(o))) return false;
  for (const owner of owners.map((o) => o.replace(/^the\s+/i, ""))) {
    // The owner is named: "Parent", or another party of the sentence by its name or short name.
    const k = orgKey(owner);
    if (
      /^Parent$/i.test(owner) ||
      others.some((o) => o.aliases.includes(owner) || (k && orgKey(o.name) === k))
    )
      return true;
  }
  return false;
}

export const INVESTORS =
  /\bwith\s+(?:certain\s+)?((?:institutional|accredited|existing|new)\s+(?:and\s+accredited\s+)?investors|the\s+purchasers\s+named\s+therein)\b/i;
