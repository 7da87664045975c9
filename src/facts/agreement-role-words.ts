/**
 * The words that decide who does what in an agreement: who sells, who buys, who is paid, who is
 * bought from, what a party is defined as, and who stands aside (finish() in agreement-merge.ts
 * reads them).
 */

import {
  NAMED_SUBSIDIARY,
  SELECTED_TO_SUPPLY,
  SUBSIDIARY_SOLD,
  THE_OWNERS,
  WORK_ORDERED,
} from "./agreement-openers.js";
import { registrantActs, someMention } from "./agreement-parties.js";
import { atSomeMention, listDefinedAs } from "./agreement-subsidiaries.js";
import type { AgreementFact, Draft, Role } from "./agreement-types.js";

/** What the registrant itself does, told within 40 characters of its name, in its own clause. */
const toldAfterName = (acts: string) => new RegExp(String.raw`^(?:(?!\bwhich\b)[^.]){0,40}?\b(?:${acts})\b`);
export const BUYS = toldAfterName("purchase|purchases|buy|buys|order|orders");
export const SELLS_NEAR = toldAfterName(
  "sell|sells|sold|supply|supplies|manufacture|manufactures|provide|provides|deliver|delivers",
);
export const DISTRIBUTES = toldAfterName(
  String.raw`will\s+(?:act\s+as|become|be|serve\s+as)\s+(?:the\s+|an?\s+)?(?:exclusive\s+)?(?:[\w-]+\s+){0,2}distributor|will\s+(?:exclusively\s+)?(?:distribute|resell)|(?:is|was)\s+appointed`,
);
/** The registrant lends: "the Registrant has agreed to loan Silpro €30 million", "will lend to Omega up to". */
export const LENDS = toldAfterName(String.raw`(?:agreed\s+to|will|shall)\s+(?:loan|lend)|loaned|lent`);
export const APPOINTED_REGISTRANT = /\bappoint(?:s|ed)?\s+(?:the\s+Company|the\s+Registrant|us)\s+as\b/i;
/**
 * After the registrant's name, it becomes the distributor: "entered into an agreement with Omega
 * Medical, Inc. to be the exclusive distributor in the United States of three Omega products" (the
 * infinitive's subject is the sentence's), "... granting the Company the exclusive right to
 * distribute" (what it is given). Not "with Omega, under which Omega will be ...", "appointing Omega
 * to be ...", "with Omega, which agreed to be ...".
 */
export const BECOMES_DISTRIBUTOR =
  /^(?:(?:(?!\bwhich\b)[^.]){0,40}?\b(?:entered\s+into|signed|executed)\s(?:(?!\b(?:which(?!\s(?:was|is)\s(?:effective|dated|originally)\b)|whereby|whom|who|appoint\w*|for|pursuant|under|that)\b)[^.;]){1,140}?\bto\s+(?:be|become|serve\s+as|act\s+as)\s+(?:the\s+|an?\s+|its\s+)?(?:(?:exclusive|non-exclusive|sole)\s+)?(?:[\w-]+\s+){0,2}?distributor\b|\s(?:the|an?)\s+(?:(?:exclusive|non-exclusive|sole|worldwide)[,\s]+){0,3}(?:right|rights|license)\s+to\s+(?:(?:market|sell|promote|import|commerciali[sz]e)(?:,|\s+and)?\s+){0,3}distribute\b)/;

/** Before a name: what is distributed is of it ("the exclusive distributor ... of three Omega products", "to distribute Omega's"). */
const DISTRIBUTED_OF =
  /\b(?:distribut(?:e|or|ion)|resell(?:er)?)\b(?:[^.;]{0,80}?\bof)?\s+(?:the\s+|certain\s+|all\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?$/;
/** After it: its products. */
const ITS_PRODUCTS = /^(?:['’]s\s|\s+(?:[\w®™-]+\s+){0,3}?products?\b)/;

/**
 * A distribution agreement that distributes a counterparty's products (by its name or the first
 * word of it): the counterparty sells, the registrant's side buys.
 */
export function distributesOthers(text: string, counterparties: readonly string[]): boolean {
  return counterparties.some((name) =>
    withFirstWord(name, 2).some((n) =>
      atSomeMention(
        text,
        n,
        (at) =>
          DISTRIBUTED_OF.test(text.slice(Math.max(0, at - 120), at)) &&
          ITS_PRODUCTS.test(text.slice(at + n.length, at + n.length + 40)),
      ),
    ),
  );
}

/** "the sale of substantially all of Registrant's assets": the registrant sells its own. */
export const OWN_ASSETS_SOLD =
  /\bsale\s+of\s+(?:substantially\s+)?(?:all\s+(?:or\s+substantially\s+all\s+)?(?:of\s+)?)?(?:the\s+)?(?:(?:Registrant|Company)['’]s|our)\s+(?:[a-z-]+\s+){0,3}?assets\b/i;

export const SELLS_SUBSIDIARY = new RegExp(
  String.raw`^[^.]{0,60}?\b(?:sold|sell|sells|sale\s+of|divest(?:s|ed)?|disposed\s+of)\s+${SUBSIDIARY_SOLD}`,
);
/** "completed its previously announced sale of Omega Products, Inc., a wholly-owned subsidiary, to". */
export const SELLS_NAMED_SUBSIDIARY = new RegExp(
  String.raw`^[^.]{0,60}?\b(?:sold|sale\s+of|disposed\s+of)\s+${NAMED_SUBSIDIARY}\b(?!\s+of\b)`,
);
const CALLED_SUBSIDIARY =
  /^,?\s(?:\([^()]{1,40}\)\s?,?\s)?(?:an?|its)\s(?:[\w-]{1,20}\s){0,3}?subsidiary\b(?!\s+of\b)/;

/** Is `name` followed by ", a wholly-owned subsidiary" (whose, unsaid: the registrant's)? */
export function calledSubsidiary(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (CALLED_SUBSIDIARY.test(text.slice(at + name.length, at + name.length + 80))) return true;
  return false;
}

/** "the Registrant sold all of the outstanding capital stock of Omega Services, Inc. to Delta Corp.". */
export const SELLS_STOCK_OF =
  /^[^.]{0,60}?\b(?:sold|sells|agreed\s+to\s+sell|will\s+sell)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares|membership\s+interests|equity\s+interests)\s+of\s+[A-Z][^;]{0,120}?\sto\s/;

/** "UAB agreed to pay the Company $466,001": the registrant is paid, so it sells. */
export function paidToRegistrant(text: string, names: string[]): boolean {
  return someMention(text, names, (lower, at) =>
    /\bpay\s+(?:to\s+)?(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 20), at)),
  );
}

/**
 * "Merchants National Bank ... (“Merchants”), pursuant to which Merchants will acquire certain assets":
 * a counterparty (by its name or the first word of it) buys, so the registrant's side sells.
 */
export function counterpartyBuys(text: string, counterparties: readonly string[]): boolean {
  return counterparties.some((name) =>
    withFirstWord(name, 2).some((n) =>
      atSomeMention(text, n, (at) => OTHER_BUYS.test(text.slice(at + n.length, at + n.length + 40))),
    ),
  );
}

/** A name and, when it is at least `minLength` long, its first word, the short name texts use. */
export function withFirstWord(name: string, minLength: number): string[] {
  const short = name.split(/[\s,]+/)[0];
  return short.length >= minLength && short !== name && !GENERIC_FIRST_WORD.test(short)
    ? [name, short]
    : [name];
}
/** First words many names share: "Bank" of "Bank of America" is also the end of "Zeta Bank". */
const GENERIC_FIRST_WORD =
  /^(?:The|Bank|First|National|American|United|General|International|Global|New|North|South|East|West|Central|Pacific|Atlantic)$/i;
const OTHER_BUYS = /^\s(?:will|shall|would|agreed\sto|has\sagreed\sto|is\sto)\s(?:acquire|purchase|buy)\b/;

/**
 * "pursue an acquisition of ICO's Oilfield Services Business Segment", "Omega acquired substantially
 * all of the assets of the Company's Widget division": what is bought is the registrant's.
 */
export function registrantsBought(text: string, names: string[]): boolean {
  return someMention(
    text,
    names,
    (lower, at, end) =>
      /^['’]s\s/.test(lower.slice(end, end + 3)) &&
      /\b(?:(?:acquisition|purchase|sale)\s+of|acquire[sd]?|purchase[sd]?|buy|bought)\s+(?:(?:substantially\s+)?all\s+(?:of\s+)?)?(?:(?:certain\s+(?:of\s+)?)?the\s+(?:[a-z-]+\s+){0,2}?assets\s+(?:and\s+[a-z-]+\s+)?of\s+)?$/.test(
        lower.slice(Math.max(0, at - 90), at),
      ),
  );
}

const OWNER_APPOSED =
  /[A-Za-z.)”"],\s+(?:an?\s+(?:[\w-]+\s+){0,4}?(?:corporation|company)\s+and\s+)?(?:an?\s+)?(?:direct\s+|indirect\s+)?wholly[- ]owned\s+subsidiary\s+of\s+(?:the\s+)?$/;

/** After the registrant's name: it is given work ("was awarded a contract", "received a purchase order"). */
export const RECEIVES_ORDER = new RegExp(
  String.raw`^(?:(?!\bwhich\b)[^.]){0,60}?\b(?:(?:was|were|has\s+been|have\s+been)\s+awarded|received|won|wins|has\s+won|secured)\s+${WORK_ORDERED}\b|^(?:(?!\bwhich\b)[^.]){0,60}?${SELECTED_TO_SUPPLY}|^[^.]{0,140}?\bthat\s+(?:it|we)\s+(?:has|have|had)\s+been\s+awarded\s+${WORK_ORDERED}\b`,
);

const DEFINED_ROLE =
  /^,?\s{0,3}(?:\([^()]{0,60}\)\s{0,3})?\((?:the|each,?\s+an?|collectively,?\s+the)?\s{0,3}[“"](Sellers?|Buyers?|Purchasers?|Investors?|Licensor|Licensee|Borrowers?|Lenders?)[”"]/;
/** A role told beside a name: "Omega, as seller, agreed to sell", "with Omega Realty Trust, as purchaser,". */
const AS_ROLE =
  /^,\s{0,3}as\s{1,3}(?:the\s{1,3})?(sellers?|buyers?|purchasers?|licensor|licensee|borrowers?|lenders?)\b/i;
const DEFINED_ROLES: Partial<Record<AgreementFact["type"], Record<string, Role>>> = {
  merger: { seller: "seller", buyer: "acquirer", purchaser: "acquirer" },
  asset_purchase: { seller: "seller", buyer: "buyer", purchaser: "buyer" },
  other: { seller: "seller", buyer: "buyer", purchaser: "buyer", investor: "buyer" },
  supply: { seller: "seller", buyer: "buyer", purchaser: "buyer" },
  license: { licensor: "licensor", licensee: "licensee" },
  credit: { borrower: "borrower", lender: "lender" },
};

/**
 * The role a party is defined by where it is named ("TXC Services, LLC (the “Seller”)", "Omega, as
 * seller,"), if its type has it.
 */
export function definedRole(
  text: string,
  names: readonly string[],
  type: AgreementFact["type"],
): Role | null {
  const roles = DEFINED_ROLES[type];
  if (!roles) return null;
  for (const n of names) {
    const k = n.trim();
    if (k.length < 2) continue;
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
      const after = text.slice(at + k.length, at + k.length + 140);
      const m = DEFINED_ROLE.exec(after) ?? AS_ROLE.exec(after);
      const role = m ? roles[m[1].toLowerCase().replace(/s$/, "")] : undefined;
      if (role) return role;
    }
    const listed = listDefinedAs(text, k);
    if (listed && roles[listed]) return roles[listed];
  }
  return null;
}

// ("from John Smith and Mary Jones": each of those listed.)
const BOUGHT_FROM_BEFORE = new RegExp(
  String.raw`\b(?:acqui|purchas|bought)[^;]{0,400}\bfrom\s+${THE_OWNERS}(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s{1,2}){0,4}[A-Z][\w.'’-]*(?:,\s{1,2}|,?\s{1,2}and\s{1,2})){0,9}$`,
);

/** Is `name` who the company's stock or assets were bought "from"? */
export function boughtFrom(text: string, name: string, asOwner = false): boolean {
  const short = name.split(/[\s,]+/)[0];
  return (asOwner ? withFirstWord(name, 4) : [name]).some((n) =>
    atSomeMention(text, n, (at) => {
      // The short name alone, not the first word of another's ("from Lambda Holdings, LP" does not
      // sell "Lambda Energy Services, LLC").
      if (n === short && /^\s+[A-Z]/.test(text.slice(at + n.length, at + n.length + 3))) return false;
      const before = text.slice(Math.max(0, at - 420), at);
      // "InterCAP, a Delaware corporation and wholly owned subsidiary of Intergraph": its owner sells
      // it (not "merged with a wholly-owned subsidiary of Banc One", the buyer's merger sub).
      return BOUGHT_FROM_BEFORE.test(before) || (asOwner && OWNER_APPOSED.test(before));
    }),
  );
}

/**
 * Is `name` in a merger only as the sellers' representative, "solely for purposes of Section
 * 7.3(b)", or as its merger subsidiary? Then it is a party, neither side.
 */
export function standsAside(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const after = text.slice(at + name.length, at + name.length + 160);
  return STANDS_ASIDE.test(after) || DEFINED_AS_SUB.test(after);
}
const STANDS_ASIDE =
  /^[^.;]{0,100}?\b(?:as\s(?:the\s)?(?:(?:sellers['’]?|stockholders['’]?|shareholders['’]?|equityholders['’]?)\s)?(?:representative|guarantor)\b|solely\sfor\s(?:the\s)?purposes?\sof)/i;
/**
 * A merger subsidiary by the name the agreement gives it: "CVLY Corp., a Pennsylvania corporation
 * and wholly-owned subsidiary of Codorus Valley (“Acquisition Subsidiary”)".
 */
const DEFINED_AS_SUB =
  /^[^.;()]{0,120}\((?:the\s)?[“"](?:Merger|Acquisition|Purchaser|Buyer)\s(?:Sub(?:sidiary)?|Corp(?:oration)?|Co)[”"]\)/;

/** Verbs that hand a license over: "granted", "provides", "gave". */
const GRANTS = "(?:granted|grants?|granting|provides?|provided|gives?|gave|given)";
const GRANTED_TO = new RegExp(String.raw`\b${GRANTS}\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?$`);
const GRANTED_US = new RegExp(String.raw`\b${GRANTS}\s{1,3}us\b|\b(?:sub)?licensed\s{1,3}to\s{1,3}us\b`, "i");
const A_LICENSE =
  /^\s{0,3}(?:with\s{1,3})?(?:an?\s{1,3}|the\s{1,3})?(?:(?:exclusive|non-?exclusive|worldwide|world-wide|royalty-bearing|sublicensable|perpetual|irrevocable|co-exclusive),?\s{1,3}){0,4}(?:licen[cs]e|sublicense|rights|access)\b/;

/**
 * Is the registrant given the license ("Beth Israel has granted the Registrant an exclusive
 * license", "provides the Company with exclusive worldwide rights", "licensed to the Company
 * from")? Then it is the licensee.
 */
export function registrantLicensed(text: string, names: string[]): boolean {
  // A filing in the first person: "The Third Amendment grants us an exclusive license".
  const us = GRANTED_US.exec(text);
  if (
    us &&
    (/^licensed/i.test(us[0]) ||
      A_LICENSE.test(text.slice(us.index + us[0].length, us.index + us[0].length + 120).toLowerCase()))
  )
    return true;
  return someMention(text, names, (lower, at, end) => {
    const before = lower.slice(Math.max(0, at - 30), at);
    // "These technologies are licensed to the Company from Pennsylvania State University".
    return (
      (GRANTED_TO.test(before) && A_LICENSE.test(lower.slice(end, end + 120))) ||
      /\b(?:sub)?licensed\s{1,3}to\s{1,3}(?:the\s{1,3})?$/.test(before) ||
      // "Omega Pharma AG licensed its OP-22 technology to the Company".
      /\blicensed\s+(?:its|their)\s[^.;]{1,80}?\bto\s{1,3}(?:the\s{1,3})?$/.test(
        lower.slice(Math.max(0, at - 120), at),
      )
    );
  });
}

/** Universities, institutes, hospitals and foundations: they license their research out. */
const INSTITUTION =
  /\b(?:University|College|Institutes?|Hospital|Medical\s+Center|Foundation|Regents|Trustees|Clinic|National\s+Institutes\s+of\s+Health)\b/;
const GRANTS_LICENSE =
  /^(?:(?!\bwhich\b)[^.;]){0,60}?\b(?:granted|grants|will\s+grant|agreed\s+to\s+grant)\b/;

/**
 * A license with a university or institute is taken from it ("a license agreement with the Trustees
 * of Columbia University ... for the exclusive rights to"), unless the registrant grants it.
 */
export function licensedByInstitution(d: Draft, others: AgreementFact["parties"]): boolean {
  return others.some((p) => INSTITUTION.test(p.name)) && !registrantActs(d.text, d.regWords, GRANTS_LICENSE);
}
