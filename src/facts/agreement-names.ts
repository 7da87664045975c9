/**
 * Which agreement a sentence names and of what type: "entered into a license agreement with",
 * "an Agreement and Plan of Merger", "agreements to settle", "a worldwide exclusive license", and
 * the words that say it is entered into now or spoken of again.
 */
import type { AgreementType } from "./agreement-types.js";
import { COMPANY_WORD, IN_SENTENCE } from "./names.js";

/**
 * A sale of assets, not of a company: "to sell 84 company-owned restaurants", "acquired all of the
 * assets", "an acquisition of ICO's Oilfield Services Business Segment", "to sell its Gamma division", "to
 * sell the Riverside Hotel", "acquired 63 Burger King restaurants", "to sell the Company's headquarters
 * building", "to acquire the Copper Flats mine", "to purchase for approximately $87.6 million
 * producing oil and gas properties", "would acquire the Company's retail division", "sold to Omega
 * Industries, Inc. substantially all of the assets of its Precision Tools Division".
 */
export const ASSET_SALE =
  /\b(?:sold|sell|sells)\s+to\s+(?:[A-Z][\w.&'’-]*,?\s){1,6}(?:substantially\s+all\s+(?:of\s+)?)?(?:the\s+|its\s+|certain\s+)(?:[\w-]{1,20}\s){0,3}?(?:assets|business|division|operations|properties)\b|\b(?:sell|sold|sale\s+of|dispos(?:ed|ition)\s+of|divest(?:ed|iture\s+of)|acquire[ds]?|acquisition\s+of|purchase[ds]?|buy|bought)\s+(?:\([a-z0-9]{1,4}\)\s)?(?:for\s+(?:approximately\s+|about\s+)?(?:US)?\$[\d.,]{1,15}(?:\s+(?:million|billion))?\s+)?(?:[a-z0-9,-]{1,20}\s){0,7}?(?:assets|business(?:es)?|division|operations|restaurants|stores|hotels?|(?:radio\s+|television\s+)?stations|properties|product\s+lines?|plants?|buildings?|real\s+(?:estate|property)|headquarters|land|acres|branch(?:es|\s+offices)|(?<!(?:credit|loan|revolving|lending|term|financing)\s)[Ff]acilit(?:y|ies))\b|\b(?:sale|acquisition|purchase)\s+of\s+the\s+(?:[A-Z][\w-]{1,20}\s){1,5}(?:Business|Division|Assets)\b(?!\s[A-Z])|\b(?:sell|sold|sale\s+of|dispos(?:ed|ition)\s+of|acquire[ds]?|acquisition\s+of|purchase[ds]?)\s+(?:its|the)\s+(?:[A-Z][\w&'’-]{0,20}\s){1,4}(?:[Dd]ivision|[Bb]usiness|[Oo]perations|[Pp]roduct\s+[Ll]ines?|[Ss]egment|[Uu]nit|[Hh]otel|[Pp]ropert(?:y|ies)|[Bb]uilding|[Pp]lant|[Ff]acility|[Mm]ine|[Ss]tation)\b|\b(?:sale|acquisition|purchase)\s+of\s+[A-Z][\w&.-]{0,30}['’]s\s+(?:[A-Z][\w-]{1,20}\s){1,5}(?:Business|Division|Assets|Segment|Operations)\b|\b(?:sell|sold|acquire[ds]?|purchase[ds]?|buy|bought)\s+(?:the\s+)?(?:[\w.-]{1,12}\s){0,3}?rights\s+to\s+[A-Z]|\b(?:sell|sold|acquire[ds]?|purchase[ds]?|buy|bought)\s+(?:up\s+to\s+)?\d[\d,]{0,6}\s+(?:[A-Z][\w'’&-]{1,20}\s){1,3}(?:restaurants|stores|hotels|stations|franchises)\b|\b(?:sell|sold|sale\s+of|acquire[ds]?|acquisition\s+of|purchase[ds]?|purchase\s+of|buy)\s+(?:the\s+)?[A-Z][\w&.-]{0,30}['’]s\s+(?:[a-z0-9-]{1,20}\s){0,5}?(?:assets|business(?:es)?|division|operations|product\s+lines?|plants?|stores|buildings?|headquarters|(?<!(?:credit|loan)\s)facilit(?:y|ies)|propert(?:y|ies)|real\s+estate|land|hotels?|restaurants)\b/;

/** A stake sold, the sentence ending with what it is in: its buyer is told next ("The purchaser was ..."). */
export const INTEREST_SOLD =
  /\bsold\s+((?:its|an?|the)\s+(?:[\w()%.-]{1,20}\s){0,3}?interests?\s+in\s+(?:(?!\s(?:to|for)\s)[^;.]|\.(?!\s)){2,100}?)(?:\.?\s*$|\.\s+The\s+(?:purchaser|buyer)\b)/;

/** Notes (or debentures) bought from the registrant under their own agreement: a loan from their buyers. */
export const NOTES_PURCHASE = /\b(?:notes?|debentures?)\s+purchase\s+agreement/i;

/** Agreement names → type, most specific first. */
const TYPES: [RegExp, AgreementType][] = [
  // A "Technology License and Collaboration Agreement" is a license first, as its name puts it (a
  // "Collaboration and License Agreement" a collaboration).
  [/licen[cs]e\s+and\s+(?:[\w-]+\s+){0,2}?collaborat/i, "license"],
  // "a Binding Term Sheet ... respecting the research, development and commercialization of", "a research
  // and development agreement", "a Sponsored Research Agreement".
  [
    /collaborat|drug\s+discovery\s+agreement|co-?development|joint\s+development|research,\s+development\s+and\s+commerciali[sz]ation|research\s+and\s+development\s+agreement|(?:sponsored\s+)?research\s+agreement/i,
    "collaboration",
  ],
  // Rights to promote or sell another's product: "a Co-Promotion Agreement ... to co-promote ZEGERID".
  [/licen[cs]e|licensing|co-?promot|co-?market|commerciali[sz]ation\s+agreement/i, "license"],
  // A commodity bought or supplied by quantity ("to purchase 50,000 tons of steel", "to purchase natural
  // gas for its plants"), made for another ("a manufacturing agreement"): supply, not assets.
  [
    // Goods bought by the piece are supplied too: "to purchase up to 200 engine assemblies from", "for
    // the sale of 20 aircraft engines"; so is work built ("an Engineering, Procurement and Construction
    // Agreement ... for the construction of a liquefaction facility": no credit facility).
    /\b(?:purchase|buy|supply|sell|deliver|provide|(?:sale|purchase|supply|delivery)\s+of)\s+(?:up\s+to\s+|approximately\s+|a\s+minimum\s+of\s+|all\s+(?:of\s+)?(?:the\s+|its\s+)?)?(?:[\d,.]{1,12}\s+(?:million\s+)?(?:tons|tonnes|barrels|gallons|pounds|megawatts?|MW|MWh|MMBtu|bushels|ounces)\b|(?:natural\s+gas|electricity|electric\s+power|crude\s+oil|coal)\b|\d[\d,]{0,8}\s+(?:[a-z-]{2,20}\s){0,2}(?:assemblies|vehicles|aircraft|airplanes|engines|locomotives|railcars|trucks|buses|turbines)\b)|\bmanufactur(?:ing|e)\s+(?:and\s+supply\s+|services\s+)?agreement|\bcontract\s+manufactur|\bengineering,?\s+procurement|\bconstruction\s+(?:agreement|contract)|\b(?:purchase|buy)\s+(?:from\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s+)?(?:not\s+less\s+than\s+|at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+|approximately\s+)?(?:US)?\$[\d.,]{1,15}(?:\s(?:million|billion))?\s+(?:worth\s+)?of\s+(?!(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w.&-]{0,30}['’]s\s+)?(?:common|capital|preferred|shares|stock|assets|inventory|notes|debentures|securities|units|interests?)\b)[a-z]/i,
    "supply",
  ],
  [
    // A bank's "Purchase and Assumption Agreement" buys assets and takes on deposits.
    // Oil and gas interests: "increased its royalty interest by 10% ... in and to the ... leasehold estates".
    // Patents bought or sold by themselves: "a patent purchase agreement"; loans sold as assets: "a Loan
    // Purchase Agreement ... sold a pool of residential mortgage loans" (no credit).
    /asset\s+(?:purchase|acquisition|sale)|\bpatents?\s+(?:purchase|sale|assignment)\s+agreement|\bloans?\s+(?:purchase|sale)\s+agreement|\b(?:pool|portfolio)\s+of\s+(?:[\w-]+\s+){0,3}?loans\b|purchase\s+of\s+(?:substantially\s+all|certain)\s+(?:of\s+(?:the|its)\s+)?assets|purchase\s+and\s+assumption|\b(?:royalty|working|mineral)\s+interests?\b|\bleasehold\s+(?:estates?|interests?)\b/i,
    "asset_purchase",
  ],
  // "to sell 84 company-owned restaurants", "to acquire its widget business": assets, not a company.
  [ASSET_SALE, "asset_purchase"],
  [INTEREST_SOLD, "asset_purchase"],
  // "sold its interests in 45 oil and gas wells located in Kansas to", "will acquire Texaco's interest in
  // over 300 oil and gas fields": a stake in property is assets.
  [
    /\b(?:sold|sell|sale\s+of|acquired?|purchased?)\s+(?:its|an?|the|certain|[A-Z][\w&.-]{0,30}['’]s)\s+(?:[\w()%.-]{1,20}\s){0,3}?interests?\s+in\s+(?:certain\s+(?:of\s+)?)?(?:[\w&'’-]{1,20}\s){0,5}?(?:properties|leases|wells|fields?|acreage)\b/,
    "asset_purchase",
  ],
  // Not a company's name: "PJCOMN Acquisition Corporation" buys restaurants.
  [
    /plan\s+of\s+(?:merger|reorganization)|merger\s+agreement|\bmerger\b|\bmerge[ds]?\s+(?:with|into)\b|\bagree(?:ment|d)?\s+to\s+merge\b|acqui(?:re|red|res|ring|sition)\b(?!,?\s(?:Corp|Corporation|Inc|LLC|L\.L\.C|Co\b|Company|Sub\b|Limited|Ltd|Holdings))/i,
    "merger",
  ],
  // A share exchange buys a company with shares ("a Share Exchange Agreement with Sigma Ltd. and its
  // shareholders").
  [/\bshare\s+exchange\s+agreement/i, "merger"],
  // "an agreement to sell its 80% owned subsidiary, Pinnacle Plastics, Inc., to": a company sold.
  [/\b(?:sell|sold)\s+its\s+(?:[\w%-]{1,15}\s){0,3}subsidiary\b/i, "merger"],
  // "an agreement to purchase NeXT Software, Inc.": buying a company is an acquisition.
  [
    new RegExp(
      String.raw`\b(?:purchase|buy)\s+(?:all\s+of\s+)?(?:the\s+)?(?:outstanding\s+)?(?:[A-Z][\w.&-]*,?\s){1,5}${COMPANY_WORD}`,
    ),
    "merger",
  ],
  [NOTES_PURCHASE, "credit"],
  // Whole words: "accredited investors" is no credit.
  // A note entered into with its holder is a loan ("entered into the Secured Promissory Note").
  [
    /\bcredit\b|\bloans?\b|\bbridge\b|\bfacilit(?:y|ies)\b|commitment\s+letter|\bborrow|promissory\s+note$/i,
    "credit",
  ],
  [
    // "Change in Control Agreement", not "the approval of a change of control under Nasdaq Listing Rules".
    /employment|offer\s+letter|appointment\s+letter|severance|retention|\bbase\s+salary\b|change\s+(?:of|in)\s+control\s+(?:agreement|plan|letter|benefits?)|compensation\s+arrangement|separation\s+(?:and\s+release\s+)?(?:agreement|letter)|transition\s+(?:services\s+)?agreement\s+with\s+(?:Mr|Ms|Mrs|Dr)\.|(?<!\btermination\s+and\s+)\btransition\s+(?:and\s+(?:separation|retirement)\s+)?agreement|\bretirement\s+agreement/i,
    "employment",
  ],
  [
    // Not an "Equity Distribution Agreement": shares sold through an agent. A commodity's purchase or
    // sale is its supply ("Gas Purchase Agreement").
    /supply|(?<!equity\s)distribut|\bresell(?:s|ing|er)?\b|\b(?:gas|power|electricity|energy|coal|crude|ore|ethanol|grain|corn|wafer|product)\s+(?:purchase|sales?)\b|order\s+form|master\s+services|services\s+agreement|purchase\s+order|capacity|\bvendor\s+agreement|\bto\s+(?:provide|supply|deliver|furnish|install)\s+(?:[\w-]{1,20}\s+){0,4}?(?:services|systems|products|equipment|software)\b/i,
    "supply",
  ],
  [
    /settlement|stipulation|consent\s+(?:decree|order)|rate\s+plan|agreements?\s+to\s+settle|\bsettled\b|\bto\s+settle\b|^resolved\s/i,
    "settlement",
  ],
];

// A named agreement, capitalised ("Agreement and Plan of Merger", "Junglee Investor Rights
// Agreement", "Change in Control Severance Agreement") or not ("a license agreement", "an employment
// agreement", "an 8-year supply agreement", "had executed definitive agreements to acquire", "signed a
// contract with Omega Airlines, Inc. to supply").
export const NAMED =
  /\b((?:(?:[A-Z][A-Za-z&-]{1,20}|and|&|(?<=[A-Z][A-Za-z&-]{1,20}\s)in(?=\s[A-Z]))(?:,(?=\s[A-Z]))?\s){0,9}(?:Agreement|AGREEMENT|Letter\sof\sIntent|Memorandum\sof\sUnderstanding|Term\sSheet|Stipulation(?:\sof\sSettlement)?|Consent\sDecree|Consent\sOrder)(?:\s(?:and|of|for)(?:\s[A-Z][a-z]{1,15}){1,4}){0,2}|(?:an?|the|new|its|our|into|[A-Z][\w.]{1,30}['’]s)\s(?:(?!(?:into|has|have|had|entered|signed|with|an?|the)\s)(?:[a-z-]{2,20},?|[A-Z]{2,6}|\$[\d.,]{1,12}|\d{1,4}(?:-[a-z]{3,6})?)\s){0,6}(?:agreement|letter(?:\sof\sintent)?|memorandum\sof\sunderstanding|order\sform|(?<!(?:manufacturing|production|research|office|treatment|processing|fabrication|assembly|packaging|storage|distribution|laboratory|testing|fulfillment|nursing|care|medical|data|cold)\s)facility|stipulation|consent\sdecree|consent\sorder|term\ssheet|collaboration(?!\s(?:agreement|partner))|(?<=\b(?:employment|consulting|severance|supply|purchase|sales|services|construction)\s)contract)|Order\sForm|contract(?<=\b(?:signed|entered\sinto|executed)\s(?:an?|the)\s(?:[\w$.,-]{1,20}\s){0,4}contract)(?=\s(?:with|for|to|valued)\b)|lease(?<=\b(?:signed|entered\sinto|executed)\s(?:an?|the)\s(?:[\w$.,-]{1,20}\s){0,3}lease)(?=\s(?:with|for)\b)|(?<=\b(?:into|executed|signed)\s{1,2})(?:(?:definitive|binding|formal|final)\s{1,2}){1,2}agreements?\b|(?<=\b(?:entered\sinto|executed|signed)\s(?:an?|the)\s)(?:(?:[A-Z][\w&-]{1,20}|and)\s){0,6}Promissory\sNote\b|\bagreements?\sto\s(?:settle|resolve)\b|\bagree(?:d|s)?\sto\s(?:settle|resolve|a\ssettlement\b|pay\s(?:[^.;]|\.\d){1,40}?\sto\s(?:settle|resolve)\b)|\b(?:reached|executed|signed)\s(?:and\s(?:filed|submitted)\s(?:with\s(?:the\s)?court\s)?)?an?\s(?:[a-z-]{1,20}\s){0,2}?settlement\b(?!\sagreement)|\b(?:settled|resolved)\s(?:the\s|its\s|all\s)?(?:[\w-]{1,20}\s){0,3}?(?:litigation|lawsuits?|claims|disputes?|arbitration|proceedings?)\b|settlement(?<=\bapproved\s(?:the\s|a\s)?(?:proposed\s)?settlement|\bapproval\sof\s(?:the\s|a\s)?(?:proposed\s)?settlement)(?!\sagreement)|\ban?\s(?:new\s)?(?:(?:worldwide|world-wide|exclusive|non-?\s?exclusive|royalty-bearing|perpetual|sublicensable),?\s){1,3}licen[cs]e\b(?!\s(?:agreement|fee|rights)))/;
/** NAMED, for every match in a sentence. */
const NAMED_ALL = new RegExp(NAMED.source, "g");
export const ENTERED =
  /\b(?:entered\s+into|became\s+(?:a\s+)?party\s+to|signed|executed|(?<!\bas\s)agreed\s+to|announced\s+(?:that\s+it\s+had\s+)?(?:entered|signed|an?\s|the\s+signing\s+of)|completed|consummated|closed|acquired|agrees?\s+to\s+acquire|to\s+acquire|will\s+acquire|has\s+acquired|approved|granted\s+(?:final\s+|preliminary\s+)?approval\s+(?:of|to)|ratified|extended|amended|renewed|adopted|(?:will|to)\s+enter\s+into|have\s+accepted|reached|settled|resolved(?=\s(?:the\s|its\s|all\s)?(?:[\w-]{1,20}\s){0,3}?(?:litigation|lawsuits?|claims|disputes?|arbitration|proceedings?)\b)|established(?=[^.]{0,80}\b(?:credit|loan)\s+facility|[^.]{0,80}\bline\s+of\s+credit|\s(?:an?\s)?(?:new\s)?(?:[\w-]+,?\s){0,3}licen[cs]e\b)|(?<!\b(?:under|pursuant\s+to)\s+the\b[^.;]{0,80})granted(?=\s(?:[^.;]|\.(?=\s(?:an?|the|its)\s)){0,80}\blicen[cs]e\b)|received(?=\s+an?\s+(?:[\w-]+\s+){0,2}commitment\s+letter\b))\b/i;
const ENTERED_EVERY = new RegExp(ENTERED.source, "gi");

/**
 * Does the sentence enter into an agreement, by a verb other than a capitalised word of the agreement's
 * own name? ("Under the Amended Agreement, Omega will pay": "Amended" names it and enters into nothing;
 * "reached a settlement" is a name that holds its verb.)
 */
export function entersBeside(sentence: string, named: RegExpExecArray): boolean {
  const end = named.index + named[0].length;
  for (const m of sentence.matchAll(ENTERED_EVERY)) {
    const inName = m.index >= named.index && m.index < end && /^[A-Z]/.test(m[0]);
    if (!inName) return true;
  }
  return false;
}
export const REFERS_BACK =
  /\b(?:the|this|such)\s+(?:[A-Z][\w-]{1,20}\s){0,4}(?:agreement|merger|transaction|acquisition|license|collaboration|order\s+form|facility|arrangement|settlement|deal|amendment)\b|\bunder\s+the\s+terms\b|\broyalt/i;

/** An agreement to buy a company's own shares from it (a private placement). */
export const SHARE_PURCHASE =
  /\b(?:stock|share|securities|common\s+stock|warrant|equity)\s+purchase|subscription|private\s+placement/i;
/** The registrant buys its own shares back: "a Stock Repurchase Agreement", "repurchased 500,000 shares". */
export const SHARE_REPURCHASE =
  /\b(?:stock|share)\s+repurchase\s+agreement|\bredemption\s+agreement|\brepurchased?\s+(?:[\d,]{3,15}\s+)?(?:shares|common\s+stock)\b/i;

/** "the agreement", "this Agreement": the agreement the text is about, by no name of its own. */
export const BARE_AGREEMENT = /^(?:(?:the|this|such|said)\s+)?agreement$/i;

/**
 * The agreement a sentence enters into: of the agreements it names, the first after its verb
 * ("In connection with the Merger Agreement, Biogen entered into a commitment letter" is about
 * the commitment letter), else the first.
 */
export function namedAgreement(sentence: string): RegExpExecArray | null {
  // Most sentences name no agreement: a cheap test first.
  if (
    !/agree|letter|memorandum|order\sform|consent\sorder|facility|stipulation|decree|licen[cs]e|term\ssheet|collaboration|settle|resolved|promissory|contract|\blease\s(?:with|for)\b/i.test(
      sentence,
    )
  )
    return null;
  const verb = ENTERED.exec(sentence);
  const all = [...sentence.matchAll(NAMED_ALL)] as RegExpExecArray[];
  if (all.length === 0) return null;
  return (verb && all.find((m) => m.index >= verb.index)) || all[0];
}

/** A second agreement named right after the first, joined by "and": its name, else null. */
export function alsoNamed(sentence: string, first: RegExpExecArray): string | null {
  const rest = sentence.slice(first.index + first[0].length, first.index + first[0].length + 200);
  // "a License Agreement and a Supply Agreement": the article before the second name is no part of it.
  const m = /^,?\s(?:and|as\swell\sas)\s(?:an?\s(?=[A-Z]))?/.exec(rest);
  if (!m) return null;
  const next = NAMED.exec(rest.slice(m[0].length));
  return next && next.index === 0 ? next[1] : null;
}

/** "Merger Agreement" and "the Merger Agreement" are one name; a fuller name contains a shorter one. */
export function sameName(a: string, b: string): boolean {
  const k = (x: string) =>
    x
      .toLowerCase()
      .replace(/^(?:an?|the|new)\s/, "")
      .replace(/[^a-z]+/g, "");
  const x = k(a);
  const y = k(b);
  return (
    x.length > 8 &&
    y.length > 8 &&
    (x === y || (/^the\s/i.test(b.trim()) && (x.includes(y) || y.includes(x))))
  );
}

/** The type a sentence's words tell, if any ("an acquisition of ICO's Oilfield Services Business"). */
export function typeOfWords(sentence: string): AgreementType | null {
  for (const [re, t] of TYPES) if (re.test(sentence)) return t;
  return null;
}

/**
 * A merger or acquisition that only dates what the sentence tells ("relating to the technology of
 * our company prior to the merger with Pathfinder, LLC in September 2011") types no agreement.
 */
const AT_THE_TIME_OF =
  /\b(?:prior\s+to|before|after|following|since|upon\s+(?:the\s+)?completion\s+of)\s+(?:the|its|our|their)\s+(?:[\w-]{1,20}\s){0,2}?(?:merger|acquisition)\b[^,;.]{0,80}/gi;

const PURCHASE_AND_SALE =
  /(?<!(?:stock|share|securities|unit|interest|membership)\s)purchase\s+and\s+sale\s+agreement|agreement\s+of\s+purchase\s+and\s+sale/i;
const SECURITIES_BOUGHT = /\bsecurities\s+(?:purchase|exchange)\b|\bsubscription\b/i;
/** Notes or debentures: "convertible promissory note", "senior secured convertible notes", "Notes due 2012". */
const NOTES_SOLD =
  /\b(?:(?:convertible|promissory|secured|senior|subordinated|junior|unsecured)\s+){1,4}notes?\b|\bdebentures?\b|\bnotes?\s+due\s+(?:19|20)\d\d\b/i;

/** "an agreement with the U.S. Department of Justice to resolve", "a memorandum of understanding to settle". */
const AGREES_TO_SETTLE = new RegExp(
  String.raw`\b(?:agreements?|memorand(?:um|a)\s+of\s+understanding|term\s+sheet)\s(?:with\s${IN_SENTENCE}{1,80}?\s)?to\s(?:settle|resolve)\b`,
  "i",
);

/**
 * A joint venture formed with no agreement named: "formed a joint venture, Acme-Rho Solar LLC, to
 * develop", "agreed to form a 50/50 joint venture with", "entered into joint venture contract with".
 */
export const JOINT_VENTURE_FORMED =
  /\b(?:formed|form|established|establish|created|create|launched)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w%/-]{1,12}\s+){0,2}?joint\s+venture\b|\b(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?joint\s+venture\s+contract\b/i;

/** The type an agreement's name gives, else its sentence; `generic` when neither says. */
export function typeOf(name: string, sentence: string): { type: AgreementType; generic: boolean } | null {
  for (const [re, t] of TYPES) if (re.test(name)) return { type: t, generic: false };
  // Securities bought from the registrant that are notes lend to it: "a Securities Purchase Agreement
  // ... to sell a new series of senior secured convertible notes", "... issued to Mast Hill a
  // convertible promissory note" (shares alone are a sale; notes in an acquisition pay its price).
  if (SECURITIES_BOUGHT.test(name) && NOTES_SOLD.test(sentence) && !/\b(?:acqui|merge)/i.test(sentence))
    return { type: "credit", generic: false };
  // "a merger agreement" names its type; "an agreement to purchase NeXT" takes it from the sentence.
  // An "Option Agreement" (to license, to buy) is no license or purchase yet; a "Termination
  // Agreement" ends one; a "joint venture agreement" forms a company, whatever it will make or sell.
  if (
    /joint\s+venture|consult|indemnif|underwrit|investor\s+rights|voting|support|registration\s+rights|subscription|lock-?\s?up|standstill|escrow|equity\s+distribution|at[-\s]the[-\s]market|sales\s+agency|\boption\s+agreement|\btermination\s+(?:and\s+[\w-]+\s+)?agreement|\bwarrant\s+purchase/i.test(
      name,
    ) ||
    SHARE_REPURCHASE.test(name)
  )
    return { type: "other", generic: false };
  // "reached an agreement with the plaintiffs to settle the claims ... related to the proposed
  // acquisition", "with the U.S. Department of Justice to resolve": what the agreement does, whatever
  // else the sentence names.
  if (AGREES_TO_SETTLE.test(sentence)) return { type: "settlement", generic: false };
  // "a Memorandum of Understanding ... to form a joint venture to provide wireless data services": a venture
  // formed, whatever it will do.
  if (JOINT_VENTURE_FORMED.test(sentence)) return { type: "other", generic: false };
  const told = typeOfWords(sentence.replace(AT_THE_TIME_OF, ""));
  if (told) return { type: told, generic: false };
  // A "Purchase and Sale Agreement" (an "Agreement of Purchase and Sale") whose sentence says no more
  // sells property (shares bought under one are told as such, above).
  if (PURCHASE_AND_SALE.test(name)) return { type: "asset_purchase", generic: false };
  return /agreement|letter\sof\sintent|memorandum\sof\sunderstanding|term\ssheet|^(?:an?\s|the\s)?(?:contract|lease)$/i.test(
    name,
  )
    ? { type: "other", generic: true }
    : null;
}
