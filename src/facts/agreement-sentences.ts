/**
 * What a sentence tells of the agreement it speaks of (agreements.ts decides which one that is):
 * terms, royalties, territory, exclusivity, subject, and who sells, licenses or is acquired.
 */

import { typeOfWords } from "./agreement-names.js";
import {
  addParty,
  boughtFromRegistrant,
  LICENSES_IN,
  registrantActs,
  registrantLicensed,
  SALE_VERBS,
  SUB,
} from "./agreement-parties.js";
import { addTerm, termKind } from "./agreement-terms.js";
import type { Draft, Located } from "./agreement-types.js";
import { findMoney, type Money } from "./money.js";
import type { Sentence, TextView } from "./text-view.js";

export function loc(v: TextView, start: number, end: number): Located {
  return { doc: v.docIndex, start, end };
}

/**
 * The span of a match's last group in the sentence: every pattern here that captures a name or a
 * subject ends with it (what follows is in a lookahead), so it starts where the match ends less
 * its length.
 */
export function groupSpan(
  v: TextView,
  s: Sentence,
  m: RegExpExecArray,
  length = lastGroup(m).length,
): Located {
  const at = s.start + m.index + m[0].length - lastGroup(m).length;
  return loc(v, at, at + length);
}

const lastGroup = (m: RegExpExecArray): string => m[m.length - 1] ?? m[0];

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
  // "a wholly owned subsidiary of SIS merged with and into GBT": SIS's subsidiary merges, SIS buys.
  if (m && /\bsubsidiar(?:y|ies)\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.index - 40), m.index)))
    return false;
  if (m && !SUB.test(m[1]) && mentionsReg(m[1]) && !mentionsReg(m[2])) return true;
  if (m && SUB.test(m[1]) && mentionsReg(m[2])) return true;
  const s = SURVIVES_AS_SUBSIDIARY.exec(text);
  return !!s && mentionsReg(s[1]) && !mentionsReg(s[2]);
}

const NAME = String.raw`([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})`;
const MERGES_INTO = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:will\s|would\s|shall\s|to\s)?(?:be\s)?merge[sd]?\s+(?:with\s+and\s+)?into\s+${NAME}`,
);
/**
 * "shareholders of Citizens will receive .835 shares of Crestar common stock", "each share of the
 * Company's common stock ... will be converted into the right to receive $40.00": whose holders are
 * paid is the company bought.
 */
const HOLDERS_PAID =
  /\b(?:share|stock)holders['’]?\s+of\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})\s+(?:will|would|shall)\s+(?:be\s+entitled\s+to\s+)?receive\b|\beach\s+(?:issued\s+and\s+)?(?:outstanding\s+)?share\s+of\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}?)(?:['’]s)?\s+(?:common|capital)\s+stock\b[^.;]{0,160}?\b(?:will|shall|would)\s+be\s+(?:converted|exchanged)\b/;

export function holdersArePaid(text: string, mentionsReg: (t: string) => boolean): boolean {
  const m = HOLDERS_PAID.exec(text);
  const whose = m ? (m[1] ?? m[2]) : null;
  return !!whose && mentionsReg(whose);
}

const MERGED_WITH_SUB = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:will\s|would\s|shall\s|is\sto\s)?(?:be\s)?merged\s+with\s+(?:and\s+into\s+)?an?\s+(?:direct\s+|indirect\s+)?(?:wholly[-\s]owned\s+)?subsidiary\s+of\s+${NAME}`,
);
const SURVIVES_AS_SUBSIDIARY = new RegExp(
  String.raw`\b${NAME},?\s(?:\([^)]{1,40}\)\s)?(?:surviv(?:ing|es|e)\s+(?:the\s+merger\s+)?as|becom(?:ing|es|e))\s+an?\s+(?:direct\s+|indirect\s+)?wholly[-\s]owned\s+subsidiary\s+of\s+${NAME}`,
);

const MAX_SENTENCES = 200;
/** The names of deals not yet made: their type is told after them. */
const PRELIMINARY = /letter\sof\sintent|memorandum\sof\sunderstanding|term\ssheet/i;
/** The registrant pays (after one of its names): a licensee's part. */
const ALL_STOCK_BOUGHT =
  /\b(?:purchase[ds]?|acquire[ds]?|acquisition|buy|sell|sells|sold|sale)\s+(?:of\s+|from\s+[^;]{1,90}?\s+)?(?:all|100%)\s+(?:of\s+)?(?:the\s+)?(?:[\d,]{1,12}\s+)?(?:issued\s+and\s+)?outstanding\s+(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares|equity|membership\s+(?:interests|units)|units)\b/i;
/** An agreement that buys a company's equity: "Stock Purchase", "Membership Interest Purchase". */
const EQUITY_PURCHASE = /(?:stock|share|interests?|units?)\s+purchase/i;
const OWN_SHARES_BOUGHT =
  /\b(?:purchased|bought|subscribed\s+for)\s+[\d,]{3,15}\s+shares\s+of\s+(?:the\s+)?(?:Registrant|Company)['’]s\b/i;
const PAYS =
  /^\s{0,3}(?:(?:will|shall|agreed\s+to|(?:is|was)\s+(?:required|obligated)\s+to)\s+(?:make\s|pay\b)|paid\b)/i;

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
  if (/licens|\brights?\b/i.test(s.text)) d.aboutLicense = true;
  if (registrantActs(s.text, d.regWords, SALE_VERBS) || boughtFromRegistrant(s.text))
    d.registrantSells = true;
  // "the Investors purchased 2,925,458 shares of the Registrant's common stock": a sale of its shares.
  if (d.fact.type === "other" && OWN_SHARES_BOUGHT.test(s.text)) {
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
      registrantActs(s.text, d.regWords, LICENSES_IN))
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
  const amounts = money ?? findMoney({ ...v, start: s.start, end: s.end });
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
    addTerm(d.fact.terms, {
      kind,
      amount: m.amount,
      currency: m.currency,
      qualifier: m.qualifier,
      per: m.per,
      span: loc(v, m.start, m.end),
    });
  }
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
  if (/\bnon-?exclusive\b/i.test(s.text)) d.fact.exclusive = false;
  else if (/\bexclusive\b/i.test(s.text) && (d.fact.type === "license" || d.fact.type === "collaboration"))
    d.fact.exclusive = true;
  if (!d.fact.subject && !d.boughtWhole) setSubject(d, v, s);
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

// A product or compound code ("huC242-DM1", "ABT-874"; not the "L1" of "PD-L1"), or an international drug name by its
// naming stem ("zilebesiran": -siran; -rsen, -mab, -nib, -tide, -stat, -vir, -cept...), the
// English words that end like a stem left out ("veteran", "nucleotide", "thermostat", "intercept").
export const PRODUCT =
  /(?<![\w-])((?:[a-z]{1,4}[A-Z]{1,6}|[A-Z]{2,6})\d{1,5}(?:-[A-Z0-9]{1,6}){0,2}|(?!(?:COVID|SARS|FORM|ITEM|TYPE|PHASE|CLASS|TIER|RULE|SFAS|ASC|ASU|FIN|IAS)-)[A-Z]{2,6}-\d{1,6}[A-Za-z0-9-]{0,6}|[a-z]{4,40}(?:mab|siran|nib|(?<!nucleo|pep)tide|(?<!thermo|rheo)stat|vir|(?<!inter)cept|rsen|lisib|parib|ciclib|tinib|zumab|ximab|limab|oxicam|pril|sartan|olol|mycin|cillin|floxacin|prazole|conazole|setron|dronate|gliptin|gliflozin|platin|taxel|rubicin|trexate)\b)/;

/**
 * A product the registrant names as its own: "with respect to the Company's NYOTRAN product", "the
 * Company's Liposomal Encapsulated Paclitaxel (\u201cLEP\u201d)".
 */
const OWN_PRODUCT =
  /\b(?:with\srespect\sto|relating\sto|related\sto|for)\s(?:the\sCompany['’]s|its|our)\s(?:proprietary\s)?([A-Z][A-Za-z0-9®™-]{1,30}(?:\s[A-Z][A-Za-z0-9®™-]{1,30}){0,3})(?=\s(?:products?|compounds?|drugs?|product\scandidates?|technology)\b|\s\(|,|\sand\s)/;

/**
 * What a license is to, when no product code names it: "an exclusive license to develop and
 * commercialize product combinations of rHuPH20", "rights to develop and market PRO 2000 Gel and
 * was required to pay", "the development and commercialization of MT 400 in 27 countries", a
 * collaboration "for the development of oncology compounds". Up to
 * twelve words, ended by a word that leaves the thing licensed (where, for what, a verb).
 */
const LICENSE_VERB = String.raw`(?:research|develop|use|make|have\smade|manufacture|market|sell|offer\sfor\ssale|import|export|distribute|promote|co-promote|commerciali[sz]e|practice|exploit)`;
const LICENSE_VERBS = String.raw`(?:${LICENSE_VERB}(?:,\s|,?\sand\/or\s|,?\sand\s|,?\sor\s)){0,7}${LICENSE_VERB}\s`;
const LICENSED_STOP = String.raw`(?:in|for|from|within|throughout|outside|under|on|is|are|was|were|will|shall|which|that|who|to\s${LICENSE_VERB}|and\s(?:was|is|will|has|had|have|the|to|also|a|an))\b`;
const LICENSED_WORDS = String.raw`((?!(?:receive|acquire|purchase|terminate|appoint|nominate|designate|participate|negotiate|exercise|extend|renew|cancel|opt|elect|require)\b)(?:(?!${LICENSED_STOP})[\w®™'’.\/-]{1,40}\s){0,11}?[\w®™'’\/-]{1,40}(?<!\b(?:the|a|an|its|our|their|his|her)))(?=\s${LICENSED_STOP}|[,.;:(]|$)`;
const LICENSED_OBJECT = new RegExp(
  String.raw`\b(?:licen[cs]e|rights)\s(?:to|under)\s(?:${LICENSE_VERBS})?${LICENSED_WORDS}|\bright\sto\s${LICENSE_VERBS}${LICENSED_WORDS}|\b(?:development\sand\scommerciali[sz]ation|for\sthe\s(?:(?:research|discovery)(?:,\s|\sand\s))?development)\sof\s${LICENSED_WORDS}`,
);

/** Words before a facility that are no part of its name: "provide a", "Company entered into a", "under the". */
const LEADING_VERBS =
  /^(?:(?:an?|the|its|our|their|new|company|registrant|entered|enters?|into|signed|executed|provides?|provided|providing|establish(?:es|ed)?|obtain(?:s|ed)?|with|which|pursuant|to|under|for|of|and|that|has|have|had|will|would)\s+){1,8}/i;

const FACILITY =
  /(?<![\w$.,'’-])((?:(?:\$\d[\d.,]{0,12}|(?!agreement\b)[\w'’-]{1,20})\s){0,6}?)((?:loan|credit|revolving)\s+facilit(?:y|ies)|facilit(?:y|ies)|line\s+of\s+credit|credit\s+line|term\s+loans?(?:\s+facilit(?:y|ies))?|loans?|notes)\b(?!\s{0,2}(?:and\s+[A-Z][a-z]{1,20}\s+)?Agreement)(?!\s(?:lender|agent|commitments?|documents?|part(?:y|ies)|sub-?facilit(?:y|ies))\b)/i;
/**
 * Up to the last word that leads to the facility: "Credit Agreement provides for a …", "Bank to
 * establish a …", "revised the maturity date on Company's …".
 */
const LEADS_TO =
  /^(?:.*\s)?(?:to|for|of|on|by|provid\w{0,4}|establish\w{0,3}|obtain\w{0,3}|under|with|into|from|[\w-]+['’]s)\s/i;
/** Its amount and what comes before: "$1.0 billion senior unsecured revolving facility". */
const UP_TO_AMOUNT = /^(?:.*\s)?\$\d[\d.,]{0,12}(?:\s(?:thousand|million|billion))?\s/i;

/** The words before a facility's name that describe it ("364-day senior unsecured bridge"). */
function facilityWords(words: string): string {
  return words.replace(LEADS_TO, "").replace(UP_TO_AMOUNT, "").replace(LEADING_VERBS, "");
}

/**
 * What an asset purchase is of: "all of the assets of PSI-Tronix, Inc.", "84 company-owned
 * restaurants", "will sell to Orbital its Space and Telecommunications Systems business".
 */
const ASSETS =
  /\b(?:acquire[sd]?|acquisition\sof|purchase[sd]?(?:\sof)?|sell|sale\sof|sold|buy)\s+(?:to\s[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s)?(?:its\s(?!assets\b))?((?:[A-Z][\w&.-]*['’]s\sproducts?\s[A-Z][\w®™-]*(?:\s[A-Z][\w®™-]*){0,2})|(?:(?:substantially\s)?all\s(?:of\s)?)?(?:the\s|its\s|certain\s)?(?:[\w®&'’-]{1,25}\s){0,6}?(?:assets|business(?:es)?|division|operations|restaurants|stores|[Hh]otels?|[Pp]ropert(?:y|ies)|product\slines?|[Pp]lants?|[Mm]ines?|[Bb]uildings?|[Ff]acilit(?:y|ies))\b(?:\sof\s(?:[A-Z][\w.&'’-]*,?\s?){1,5})?|(?:the\s)?(?:[\w.-]{1,12}\s){0,3}?rights\sto\s[A-Z][\w®™.&'’-]*(?:\s[A-Z][\w®™.&'’-]*){0,3})/;

/**
 * Assets named by whose they are or what they serve, wherever the sentence puts them ("agreed to
 * purchase from Deluxe Corporation substantially all of the assets of the Colwell division", "sold
 * Cascade the assets related to Aetrium's test equipment business"): up to a comma, a bracket or
 * a word that leaves the phrase.
 */
const ASSETS_OF =
  /\b((?:(?:substantially\s)?all\s(?:of\s)?(?:the\s|its\s)|the\s|certain\s)(?:(?!of\s|the\s)[\w'’-]{1,25}\s){0,3}?assets\s(?:of|related\sto|relating\sto|used\sin)\s(?!the\sCompany\b|the\sRegistrant\b)[^,.;()"“”]{2,80}?(?:,?\s(?:Inc|Corp|Corporation|Co|Ltd|LLC|L\.P|Limited)\.?)?)(?=\s?[,.;("“]|$|\s(?:for|to|from|in\sexchange|pursuant|under|by|at|on)\s)/;

const LICENSED_FROM =
  /\b(?:licensed|licenses?|rights)\s(?:to\s(?:the\s)?(?:Company|Registrant)\s)?from\s((?:the\s)?[A-Z][\w.&'’-]{0,30}(?:\s(?:of\s|and\s|&\s)?[A-Z][\w.&'’-]{0,30}){0,6})/;
const SUPPLIED =
  /\b(?:purchase|supply|manufacture|provide\s(?:us|the\sCompany)\swith|requirements\sfor)\s(?:an?\s|the\s)?((?!(?:to|from|and|with|agreements?)\b|\d)[\w®™'’-]{1,30}(?:\s[\w®™'’-]{1,30}){0,11}?)(?=,|\.|\s(?:at|from|to|in|for|under|manufactured|on|pursuant)\b|\s\()/;
const SETTLES =
  /\b(?:settl(?:e|es|ed|ing|ement\s+of)|resolv(?:e|es|ed|ing)|resolution\s+of)\s+((?:all\s+)?(?:(?:of\s+)?the\s+|its\s+|their\s+)?(?:[\w'’-]{1,25}\s){0,6}?(?:litigation|lawsuits?|claims|actions?|disputes?|proceedings?|cases?|suits?)(?:\s(?:lawsuits?|litigation|suits?))?)\b/i;
/**
 * What a settlement is the basis of, when it settles no named dispute: "The 2013 ARP reflects the
 * settlement agreement among ...", a rate plan a regulator approved.
 */
const SETTLED_BY =
  /\b(?:[Tt]he\s+)?([A-Z0-9][\w-]{0,20}(?:\s[A-Z0-9][\w-]{0,20}){0,3})(?=\s+(?:reflects|implements|incorporates|adopts)\s+(?:the\s+|a\s+)?(?:settlement|stipulation)\b)/;
/** The company a merger or purchase is of: "to acquire Beta Software, Inc. for ...". */
const ACQUIRED_NAME =
  /\b(?:acquire[sd]?|acquisition\s+of|purchase|merge\s+with)\s+((?:all\s+of\s+the\s+outstanding\s+(?:capital\s+)?stock\s+of\s+)?[A-Z][A-Za-z0-9.&'’ -]{1,60}?(?:,?\s(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|LLC|Plc))?)(?=[,.;(]|\s(?:for|in|from|to|and|by|with)\b)/;
const SHARES =
  /\b\d[\d,]{2,14}\s+shares(?:\s+of\s+(?:[\w'’-]{1,20}\s){0,3}?(?:common|preferred|capital)\s+stock)?/i;

function setSubject(d: Draft, v: TextView, s: Sentence): void {
  const f = d.fact;
  /** The match's last group (or `words`, a start of it) is the subject. */
  const take = (m: RegExpExecArray, words = m[m.length - 1] ?? m[0]) => {
    f.subject = words;
    f.subjectSpan = groupSpan(v, s, m, words.length);
  };
  if (f.type === "license" || f.type === "collaboration") {
    const m = PRODUCT.exec(s.text) ?? OWN_PRODUCT.exec(s.text);
    if (m) {
      take(m);
      return;
    }
    const o = LICENSED_OBJECT.exec(s.text);
    const words = o ? (o[1] ?? o[2] ?? o[3]) : undefined;
    if (o && words) {
      // The words end the match, whichever alternative found them.
      const at = s.start + o.index + o[0].length - words.length;
      f.subject = words;
      f.subjectSpan = loc(v, at, at + words.length);
    }
    return;
  }
  if (f.type === "asset_purchase") {
    const a = ASSETS_OF.exec(s.text) ?? ASSETS.exec(s.text);
    if (a) {
      take(a, a[1].replace(/[\s,]+$/, ""));
      return;
    }
  }
  if (f.type === "merger" || f.type === "asset_purchase") {
    const m = ACQUIRED_NAME.exec(s.text);
    if (m && !/the\s+company|registrant/i.test(m[1])) take(m, m[1].trim());
    return;
  }
  if (f.type === "credit") {
    // The facility, not the agreement that grants it ("Loan Agreement" is no loan), nor a role
    // ("swing loan lender"); with up to six words before it, less what only leads to it.
    const m = FACILITY.exec(s.text);
    if (m) f.subject = facilityWords(m[1]) + m[2];
    return;
  }
  // What a settlement settles: "agreements to settle all outstanding patent and antitrust litigation";
  // what a supply agreement supplies: "agreed to purchase an aloe vera powder ...", "will provide
  // us with solithromycin"; the shares a stock purchase agreement sells: "1,250,000 shares of
  // common stock".
  const m =
    f.type === "settlement"
      ? (SETTLES.exec(s.text) ?? SETTLED_BY.exec(s.text))
      : f.type === "supply"
        ? SUPPLIED.exec(s.text)
        : d.shareSale
          ? SHARES.exec(s.text)
          : null;
  if (m) {
    take(m);
    return;
  }
  // Notes sold under an underwriting agreement: "0.000% Notes due 2025 and 0.500% Notes due 2031",
  // "8% Senior Secured Notes due 2015".
  const notes = [
    ...new Set(
      [...s.text.matchAll(/\b\d{1,2}(?:\.\d{1,3})?%\s(?:[A-Z][a-z]{2,15}\s){0,3}Notes\sdue\s\d{4}/g)].map(
        (n) => n[0],
      ),
    ),
  ];
  // Else the agreement's own name, once every sentence is read (agreement-merge.ts, finish).
  if (notes.length) f.subject = notes.join(" and ");
}
