/**
 * What a sentence tells of the agreement it speaks of (agreements.ts decides which one that is):
 * terms, royalties, territory, exclusivity, subject, and who sells, licenses or is acquired.
 */

import { BUYER_NAMED } from "./agreement-counterparty.js";
import { typeOfWords } from "./agreement-names.js";
import {
  addParty,
  boughtFromRegistrant,
  LICENSES_IN,
  registrantActs,
  SALE_VERBS,
  SUB,
} from "./agreement-parties.js";
import { registrantLicensed } from "./agreement-role-words.js";
import { groupSpan, loc } from "./agreement-spans.js";
import { setSubject } from "./agreement-subjects.js";
import { addTerm, termKind } from "./agreement-terms.js";
import type { Draft } from "./agreement-types.js";
import { findMoney, type Money } from "./money.js";
import { IN_SENTENCE } from "./names.js";
import type { Sentence, TextView } from "./text-view.js";

/**
 * Is the registrant the company acquired? It disappears into another ("Premier will merge with and
 * into Peoples", "calls for Premier to merge into Peoples"), or the buyer's merger sub merges into
 * it and it lives on as the buyer's subsidiary ("Merger Sub will merge with and into Acme, with
 * Acme surviving as a wholly owned subsidiary of Beta"; "with Acme becoming a wholly-owned ...").
 */
export function mergesIntoOther(text: string, mentionsReg: (t: string) => boolean): boolean {
  // "FCC will be merged with a wholly-owned subsidiary of Banc One".
  const w = MERGED_WITH_SUB.exec(text);
  if (w && mentionsReg(w[1]) && !mentionsReg(w[2])) return true;
  const m = MERGES_INTO.exec(text);
  // "a wholly owned subsidiary of SIS merged with and into GBT": SIS's subsidiary merges, SIS buys
  // (and GBT, the registrant or not, is bought).
  if (m && /\bsubsidiar(?:y|ies)\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.index - 40), m.index)))
    return mentionsReg(m[2]) && !mentionsReg(m[1]);
  if (m && !SUB.test(m[1]) && mentionsReg(m[1]) && !mentionsReg(m[2])) return true;
  if (m && SUB.test(m[1]) && mentionsReg(m[2])) return true;
  const s = SURVIVES_AS_SUBSIDIARY.exec(text);
  return !!s && mentionsReg(s[1]) && !mentionsReg(s[2]);
}

// "the Company" with its article: the registrant's word is "the Company", not "Company".
const NAME = String.raw`((?:the\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})`;
const MERGES_INTO = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:will\s|would\s|shall\s|to\s|was\s|were\s|has\sbeen\s)?(?:be\s)?merge[sd]?\s+(?:with\s+and\s+)?into\s+${NAME}`,
);
/**
 * "shareholders of Citizens will receive .835 shares of Crestar common stock", "each share of the
 * Company's common stock ... will be converted into the right to receive $40.00": whose holders are
 * paid is the company bought.
 */
const HOLDERS_PAID =
  /\b(?:share|stock)holders['’]?\s+of\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})\s+(?:will|would|shall)\s+(?:be\s+entitled\s+to\s+)?receive\b|\beach\s+(?:issued\s+and\s+)?(?:outstanding\s+)?share\s+of\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}?)(?:['’]s)?\s+(?:common|capital)\s+stock\b[^.;]{0,160}?\b(?:(?:will|shall|would)\s+be|was|were)\s+(?:converted|exchanged)\b/;

export function holdersArePaid(text: string, mentionsReg: (t: string) => boolean): boolean {
  const m = HOLDERS_PAID.exec(text);
  const whose = m ? (m[1] ?? m[2]) : null;
  return !!whose && mentionsReg(whose);
}

const MERGED_WITH_SUB = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:will\s|would\s|shall\s|is\sto\s)?(?:be\s)?merged\s+with\s+(?:and\s+into\s+)?an?\s+(?:direct\s+|indirect\s+)?(?:wholly[-\s]owned\s+)?subsidiary\s+of\s+${NAME}`,
);
const SURVIVES_AS_SUBSIDIARY = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:surviv(?:ing|es|ed|e)\s+(?:the\s+merger\s+)?as|becom(?:ing|es|e)|became|(?:will|would|shall)\s+(?:be|become))\s+an?\s+(?:direct\s+|indirect\s+)?wholly[-\s]owned\s+subsidiary\s+of\s+${NAME}`,
);

const MAX_SENTENCES = 200;
/** The names of deals not yet made: their type is told after them. */
const PRELIMINARY = /letter\sof\sintent|memorandum\sof\sunderstanding|term\ssheet/i;
const ALL_STOCK_BOUGHT =
  /\b(?:purchase[ds]?|acquire[ds]?|acquisition|buy|sell|sells|sold|sale)\s+(?:of\s+|from\s+[^;]{1,90}?\s+)?(?:all|100%)\s+(?:of\s+)?(?:the\s+)?(?:[\d,]{1,12}\s+)?(?:issued\s+and\s+)?outstanding\s+(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares|equity|membership\s+(?:interests|units)|units)\b/i;
/** An agreement that buys a company's equity: "Stock Purchase", "Membership Interest Purchase". */
const EQUITY_PURCHASE = /(?:stock|share|interests?|units?)\s+purchase/i;
// "... of the Company's common stock", or of common stock no other company's ("Sigma purchased
// 2,000,000 shares of common stock at $1.50 per share"; "Harbor will purchase 2,000,000 shares of
// the Company's common stock").
const OWN_SHARES_BOUGHT =
  /\b(?:purchased|bought|subscribed\s+for|(?:agreed|agrees|committed)\s+to\s+(?:purchase|buy)|(?:will|would|shall)\s+(?:purchase|buy))\s+(?:warrants\s+to\s+(?:purchase|acquire)\s+)?(?:up\s+to\s+)?(?:[\d,]{3,15}\s+(?:newly[-\s]issued\s+)?shares|(?:US)?\$[\d.,]{1,15}(?:\s(?:million|billion))?)\s+of\s+(?:(?:the\s+)?(?:Registrant|Company)['’]s\b|(?:its\s+|our\s+)?(?:common|preferred)\s+stock\b(?!,?\s+of\s+[A-Z]))/i;
/** "the Company agreed to sell to the investor 1,250,000 shares of the Company's common stock", "sold to Omega 3,000,000 shares of common stock". */
const OWN_SHARES_SOLD =
  /\b(?:(?:agreed|committed)\s+to\s+(?:sell|issue)|will\s+(?:sell|issue)|sold|issued)\s+(?:to\s+(?:the\s+|an?\s+)?(?:[\w.,&'’-]{1,25}\s+){1,5}?)?[\d,]{3,15}\s+shares\s+of\s+(?:(?:the\s+)?(?:Registrant|Company)['’]s\b|(?:its\s+|our\s+)?(?:common|preferred)\s+stock\b(?!,?\s+of\s+[A-Z]))/i;
/** The registrant pays (after one of its names): a licensee's part ("Alkermes made an upfront payment"). */
const PAYS =
  /^\s{0,3}(?:(?:will|shall|agreed\s+to|(?:is|was)\s+(?:required|obligated)\s+to)\s+(?:make\s|pay\b)|paid\b|made\s+an?\s+(?:[\w-]+\s+){0,2}payments?\b)/i;

/** "for use of McDonald's characters and marks": whose property the license uses (the possessor). */
/**
 * Another's property used, licensed or promoted: "for use of McDonald's characters", "to license
 * Beta's proprietary drug delivery technology", "will co-promote Beta's product Zylo".
 */
const USES_WHOSE =
  /\b(?:for\s+(?:the\s+)?use\s+of|(?:the\s+)?right\s+to\s+use|to\s+(?:in-)?licen[cs]e|(?:to|will|shall)\s+co-?promote)\s+(?:the\s+)?([A-Z][\w&.-]*)['’]s\s/;

/**
 * "allowing the Company to use the Omega name", "the Company will be permitted to use", "for the
 * Company's use of NIH technology": the registrant is let use another's property.
 */
const LETS_USE =
  /\b(?:allow(?:s|ing)?|permit(?:s|ting)?|enabl(?:es|ing)|entitl(?:es|ing))\s+((?:the\s+)?[A-Z][\w&.-]*|us|it)\s+(?:the\s+rights?\s+)?to\s+use\b|\b((?:the\s+)?[A-Z][\w&.-]*|we)\s+(?:will\s+be|shall\s+be|is|are)\s+(?:permitted|allowed|entitled|authorized)\s+to\s+use\b|\bfor\s+((?:the\s+)?[A-Z][\w&.-]*)['’]s\s+use\s+of\b/;

/** Does the sentence license the use of a counterparty's own property (its name, marks, technology)? */
function usesOthers(d: Draft, text: string): boolean {
  const lets = LETS_USE.exec(text);
  const user = lets?.slice(1).find((g) => g !== undefined);
  if (user && (user === "us" || user === "we" || d.mentionsReg(user))) return true;
  const whose = USES_WHOSE.exec(text);
  if (!whose || d.mentionsReg(whose[1])) return false;
  const reg = d.hasRegistrant === false ? null : d.fact.parties[0];
  // ("McDonald's Corporation" is McDonald's: its first word without the possessive.)
  return d.fact.parties.some(
    (p) => p !== reg && p.name.split(/[\s,]+/)[0].replace(/['’]s$/, "") === whose[1],
  );
}

const PLAINTIFFS =
  /\b(?:with|and|between)\s+(?:the\s+)?((?:[Ll]ead\s+|[Nn]amed\s+)?[Pp]laintiffs?)\b(?![’'\w-]|\s+(?:counsel|attorneys?|law\s+firms?)\b)/;

/**
 * What one more sentence about an agreement adds: its span, money terms, royalties, territory,
 * exclusivity, subject, and hints at who does what. `money`: the sentence's amounts when the
 * caller has found them already.
 */
export function addSentence(d: Draft, v: TextView, s: Sentence, money?: readonly Money[]): void {
  // An agreement is told in a few sentences; a filing that repeats itself thousands of times
  // (or a synthetic one) must not make every later sentence cost more.
  const key = `${v.docIndex}:${s.start}`;
  if (d.seen.has(key) || d.seen.size >= MAX_SENTENCES) return;
  d.seen.add(key);
  // A preliminary deal named by no type ("signed a Letter of Intent with Varco") takes the first type
  // a sentence about it tells ("Varco confirms its intention to pursue an acquisition of ICO's
  // Oilfield Services Business Segment").
  if (d.generic && d.fact.type === "other" && d.fact.terms.length === 0 && PRELIMINARY.test(d.fact.name)) {
    const told = typeOfWords(s.text);
    if (told) {
      d.fact.type = told;
      d.generic = false;
    }
  }
  // A purchase of all of a company's stock is the company's purchase, whatever the agreement's name
  // ("a Stock Purchase Agreement ... to purchase all of the issued and outstanding stock of NCP"): a
  // merger, for a price (read as one from this sentence on).
  if (
    d.fact.type === "other" &&
    (d.shareSale || EQUITY_PURCHASE.test(d.fact.name)) &&
    ALL_STOCK_BOUGHT.test(s.text)
  ) {
    d.fact.type = "merger";
    d.shareSale = false;
    d.boughtWhole = true;
    d.fact.subject = null;
    d.fact.subjectSpan = null;
    for (const t of d.fact.terms) if (t.kind === "equity_purchase") t.kind = "purchase_price";
  }
  if (
    (d.fact.type === "merger" || d.fact.type === "asset_purchase") &&
    mergesIntoOther(s.text, d.mentionsReg)
  )
    d.registrantIsTarget = true;
  if (d.fact.type === "merger" && holdersArePaid(s.text, d.mentionsReg)) d.registrantIsTarget = true;
  d.fact.spans.push(loc(v, s.start, s.end));
  d.text += ` ${s.text}`;
  // (Rights to promote another's product are licensed too: "will co-promote Beta's product Zylo".)
  // (Royalties on sales pay for rights too: "Acme will also receive double-digit royalties on worldwide net sales".)
  if (
    /licens|\brights?\b|co-?promot|royalt(?:y|ies)\s(?:[\w%-]+\s){0,4}?on\s(?:[\w-]+\s){0,3}?(?:net\s)?sales/i.test(
      s.text,
    )
  )
    d.aboutLicense = true;
  if (registrantActs(s.text, d.regWords, SALE_VERBS) || boughtFromRegistrant(s.text))
    d.registrantSells = true;
  // "the Investors purchased 2,925,458 shares of the Registrant's common stock": a sale of its shares.
  if (d.fact.type === "other" && (OWN_SHARES_BOUGHT.test(s.text) || OWN_SHARES_SOLD.test(s.text))) {
    d.shareSale = true;
    d.registrantSells = true;
  }
  const receives = /\b(?:will|shall|could|may)\s+(?:also\s+)?receive\b/i.test(s.text);
  if (receives && d.aboutLicense && /\b(?:the\s+company|registrant)\b/i.test(s.text))
    d.registrantIsLicensee = false;
  // "BTG will receive a $13 million upfront payment": another is paid for the license.
  else if (
    receives &&
    d.aboutLicense &&
    /up-?\s?front|milestone|royalt/i.test(s.text) &&
    !d.mentionsReg(s.text)
  )
    d.registrantIsLicensee = true;
  // "The Company will pay an upfront fee of $1.0 million, milestone payments ... and royalties";
  // "Beth Israel has granted the Registrant an exclusive license".
  else if (
    d.aboutLicense &&
    ((/up-?\s?front|milestone|royalt|license\s+(?:issue\s+)?fee/i.test(s.text) &&
      registrantActs(s.text, d.regWords, PAYS)) ||
      registrantLicensed(s.text, d.regWords) ||
      registrantActs(s.text, d.regWords, LICENSES_IN) ||
      // "a Licensing Agreement with McDonald's Corporation for use of McDonald's characters".
      usesOthers(d, s.text))
  )
    d.registrantIsLicensee = true;
  // A license named with no counterparty ("signed a worldwide exclusive license for ..."): the one
  // it is "licensed to the Company from".
  if (
    (d.fact.type === "license" || d.fact.type === "collaboration") &&
    d.fact.parties.length === (d.hasRegistrant === false ? 0 : 1)
  ) {
    const from = LICENSED_FROM.exec(s.text);
    if (from) {
      // The sentence's own period is no part of the name ("Inc." keeps its own).
      const name = from[1].replace(/(?<!\b(?:Inc|Corp|Co|Ltd|L\.P|N\.A))\.$/, "");
      addParty(d.fact.parties, name, groupSpan(v, s, from, name.length));
      d.registrantIsLicensee = true;
    }
  }
  // "The purchaser was Omega Capital, LLC": the buyer of a sale told in the sentence before.
  const buyer =
    d.fact.type === "asset_purchase" || d.fact.type === "merger" || d.shareSale
      ? BUYER_NAMED.exec(s.text)
      : null;
  if (buyer && !d.mentionsReg(buyer[1])) addParty(d.fact.parties, buyer[1], groupSpan(v, s, buyer));
  // "the Cassava Defendants and Plaintiffs have accepted", "a settlement with the plaintiffs in the
  // class action": the plaintiffs are a party to their settlement, by the word the text uses.
  const plaintiffs = d.fact.type === "settlement" ? PLAINTIFFS.exec(s.text) : null;
  if (plaintiffs) {
    const at = s.start + plaintiffs.index + plaintiffs[0].length - plaintiffs[1].length;
    addParty(d.fact.parties, plaintiffs[1], loc(v, at, at + plaintiffs[1].length));
  }
  const amounts = money ?? findMoney({ ...v, start: s.start, end: s.end });
  const listed: number[] = [];
  for (const [k, m] of amounts.entries()) {
    const kind = termKind(
      v.flat.slice(Math.max(s.start, m.start - 100), m.start),
      v.flat.slice(m.end, Math.min(s.end, m.end + 220)),
      m,
      d.fact.type,
      d.shareSale,
      ownWords(v.flat, s, m, amounts[k - 1] ?? null, amounts[k + 1] ?? null),
    );
    if (!kind) continue;
    if (kind === "other" && m.amount !== null) listed.push(m.amount);
    addTerm(d.fact.terms, {
      kind,
      amount: m.amount,
      currency: m.currency,
      qualifier: m.qualifier,
      per: m.per,
      span: loc(v, m.start, m.end),
    });
  }
  // "annual base salaries of $600,000 and $425,000, respectively": one amount a person.
  if (d.fact.type === "employment" && listed.length > 1 && /\brespectively\b/.test(s.text))
    d.respectively = [...(d.respectively ?? []), listed];
  // Royalties, stated or not, are a term of a license, or of product rights bought for royalties on
  // sales (not "$1.0 million for prepaid royalties" in a sale of restaurants, nor a royalty a
  // settlement leaves owed to a third party).
  if (
    (d.fact.type === "license" ||
      d.fact.type === "collaboration" ||
      // Product rights bought for "tiered royalties ... on U.S. net product sales".
      (d.fact.type === "asset_purchase" && /royalt.{0,80}\bon\b.{0,40}\bsales\b/i.test(s.text))) &&
    /royalt/i.test(s.text) &&
    !d.fact.terms.some((t) => t.kind === "royalties")
  ) {
    const at = s.start + s.text.search(/royalt/i);
    d.fact.terms.push({
      kind: "royalties",
      amount: null,
      currency: null,
      qualifier: null,
      per: null,
      span: loc(v, at, at + 9),
    });
  }
  // Territory and exclusivity: "exclusive worldwide rights ..., except in certain Far East territories".
  const terr =
    /\b(worldwide|world-wide|global|in\s+the\s+United\s+States|outside\s+(?:of\s+)?the\s+United\s+States|in\s+North\s+America|in\s+Europe|in\s+Japan|in\s+China)\b/i.exec(
      s.text,
    );
  if (terr && (d.fact.type === "license" || d.fact.type === "collaboration") && !d.fact.territory) {
    const rest = s.text.slice(terr.index + terr[0].length, terr.index + terr[0].length + 120);
    const except = /^[^.;]{0,80}?\b(except|excluding|other\s+than)\s+(?:in\s+)?([^.;,]{3,60})/i.exec(rest);
    d.fact.territory = except ? `${terr[1]}, ${except[1].toLowerCase()} ${except[2].trim()}` : terr[1];
  }
  if (/\bnon[-\s]?exclusive\b/i.test(s.text)) d.fact.exclusive = false;
  else if (/\bexclusive\b/i.test(s.text) && (d.fact.type === "license" || d.fact.type === "collaboration"))
    d.fact.exclusive = true;
  if ((!d.fact.subject || d.subjectIsPurpose) && !d.boughtWhole) setSubject(d, v, s);
}

const SEPARATOR = /,|;|\sand\s/g;

/**
 * The words around an amount that speak of it alone, for what it pays (upfront, milestones): up to
 * 100 characters before and 220 after, within its sentence, and not another amount's. Between two amounts, the words up to the first comma,
 * semicolon or "and" go with the first, the rest with the second; without one, both read them all
 * ("$400 million ($350 million plus ...)") ("an upfront fee of $1.0 million, milestone payments of up
 * to $25 million": "milestone" is the second's; "$5 million upfront payment and up to $100
 * million in milestones": "upfront" is the first's).
 */
function ownWords(
  flat: string,
  s: Sentence,
  m: Money,
  prev: Money | null,
  next: Money | null,
): { before: string; after: string } {
  let from = Math.max(s.start, m.start - 100);
  if (prev && prev.end > from) {
    SEPARATOR.lastIndex = 0;
    const sep = SEPARATOR.exec(flat.slice(prev.end, m.start));
    if (sep) from = prev.end + sep.index + sep[0].length;
  }
  let to = Math.min(s.end, m.end + 220);
  if (next && next.start < to) {
    const between = flat.slice(m.end, next.start);
    SEPARATOR.lastIndex = 0;
    const sep = SEPARATOR.exec(between);
    if (sep) to = m.end + sep.index;
  }
  return { before: flat.slice(from, m.start), after: flat.slice(m.end, Math.max(m.end, to)) };
}

const LICENSED_FROM = new RegExp(
  String.raw`\b(?:licensed|licenses?|rights)\s(?:to\s(?:the\s)?(?:Company|Registrant)\s|(?:to|under)\s${IN_SENTENCE}{1,80}?\s)?from\s((?:the\s)?[A-Z][\w.&'’-]{0,30}(?:\s(?:of\s|and\s|&\s)?[A-Z][\w.&'’-]{0,30}){0,6})`,
);
