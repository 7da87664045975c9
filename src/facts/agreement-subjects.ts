/**
 * What an agreement is about, read from one sentence by its type: a license's product or what it
 * licenses, the assets or company bought, a loan's facility, what a settlement settles, what is
 * supplied, the shares or notes sold (agreement-sentences.ts asks until one is found).
 */
import { INTEREST_SOLD } from "./agreement-names.js";
import { NAMED_PROPERTY, SITES } from "./agreement-openers.js";
import { PRIOR, REPLACING } from "./agreement-parties.js";
import { groupSpan } from "./agreement-spans.js";
import type { Draft } from "./agreement-types.js";
import type { Sentence, TextView } from "./text-view.js";

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
 * twelve words, ended by a word that leaves the thing licensed (where, for what, a verb; not the
 * "to" of "patents relating to CRISPR gene editing").
 */
const LICENSE_VERB = String.raw`(?:research|develop|use|make|have\smade|manufacture|market|sell|offer\sfor\ssale|import|export|distribute|promote|co-promote|commerciali[sz]e|practice|exploit)`;
const LICENSE_VERBS = String.raw`(?:${LICENSE_VERB}(?:,\s|,?\sand\/or\s|,?\sand\s|,?\sor\s)){0,7}${LICENSE_VERB}\s`;
const LICENSED_STOP = String.raw`(?:in|for|from|within|throughout|outside|under|on|is|are|was|were|will|shall|which|that|who|to\s${LICENSE_VERB}|(?<!\b(?:relating|related|directed|pertaining|applicable)\s)to\s(?:the\s)?(?=[A-Z])|and\s(?:was|is|will|has|had|have|the|to|also|a|an))\b`;
const LICENSED_WORDS = String.raw`((?!(?:receive|acquire|purchase|terminate|appoint|nominate|designate|participate|negotiate|exercise|extend|renew|cancel|opt|elect|require)\b)(?:(?!${LICENSED_STOP})(?:[\w®™'’.\/%-]|,(?=\d)){1,40}\s){0,11}?(?:[\w®™'’\/%-]|,(?=\d)){1,40}(?<!\b(?:the|a|an|its|our|their|his|her)))(?=\s${LICENSED_STOP}|\s?[;:(]|,(?!\d)|\.(?<!\b(?:[A-Z]|No|Nos|Inc|Co|Corp|Ltd)\.)|$)`;
/**
 * Other ways a license tells what it is to: "to co-promote ZEGERID™", "provides IsoRay with access
 * to IBt’s proprietary production process", "to license from LifeNet Health certain intellectual
 * property rights".
 */
const LICENSED_OTHERWISE = String.raw`\b(?:to|will|shall)\s(?:co-promote|co-market)\s(?:(?:[A-Z][\w&.-]*['’]s|its)\s(?:products?\s)?)?|\b(?:provides?|provided|grants?|granted|gives?|gave)\s(?:[A-Z][\w.&'’-]{0,30}\s|the\sCompany\s|us\s)?(?:with\s)?(?:exclusive\s|non-exclusive\s)?access\sto\s|\bto\slicense\sfrom\s(?:[A-Z][\w.&'’-]{0,30},?\s){1,6}(?=[a-z])`;
/**
 * What a collaboration (or a license) works on: "to discover and develop small molecule inhibitors of
 * the XYZ kinase", "to conduct joint research on gene therapy vectors", "to develop an oral formulation
 * of recombinant human growth hormone (rhGH)" (without its article).
 */
const WORKED_ON =
  /\bto\s(?:jointly\s)?(?:discover|develop|research|identify|design|conduct\s(?:joint\s)?research\son)(?:,?\s(?:and\s)?(?:develop|commerciali[sz]e|validate|optimi[sz]e))*\s(?:an?\s)?((?!(?:the\s)?(?:Company|Registrant)\b)[\w®™'’-]{2,30}(?:\s[\w®™'’-]{1,30}){0,9}?)(?=[,.;]|\s(?:for|under|in|with|and\sto|through|over|during|pursuant)\b|\s\()/;
const LICENSED_OBJECT = new RegExp(
  String.raw`(?:\b(?:licen[cs]e|rights)\s(?:to|under)\s(?:${LICENSE_VERBS})?|\blicen[cs]e\sfor\s(?:the\s)?(?:sole\s|exclusive\s)?use\sof\s|\bto\slicen[cs]e\s(?=(?:an?|the|its|certain|[A-Z][\w&.-]*['’]s)\s)|\b[Ll]icen(?:[cs]e|sing)\s[Aa]greement\swith\s(?:the\s)?(?:[A-Z][\w.&'’-]*,?\s(?:of\s)?){1,6}for\s(?:(?=(?:certain|the|its|an?|all)\s)|(?:the\s)?use\sof\s)|\bright\sto\s${LICENSE_VERBS}|\b(?:development\sand\scommerciali[sz]ation|for\sthe\s(?:(?:research|discovery)(?:,\s|\sand\s))?development)\sof\s|${LICENSED_OTHERWISE})${LICENSED_WORDS}`,
);

/** Words before a facility that are no part of its name: "provide a", "Company entered into a", "under the". */
const LEADING_VERBS =
  /^(?:(?:an?|the|its|our|their|new|company|registrant|entered|enters?|into|signed|executed|provides?|provided|providing|establish(?:es|ed)?|obtain(?:s|ed|ing)?|receiv(?:es|ed|ing)|securing|increas(?:es|ed|ing)|extend(?:s|ed|ing)|amend(?:s|ed|ing)|with|which|pursuant|to|under|for|of|in|and|that|has|have|had|will|would)\s+){1,8}/i;

const FACILITY =
  /(?<![\w$.,'’-])((?:(?:\$\d[\d.,]{0,12}|(?!agreement\b)[\w'’-]{1,20})\s){0,6}?)((?:loan|credit|revolving)\s+facilit(?:y|ies)|facilit(?:y|ies)|line\s+of\s+credit|credit\s+line|term\s+loans?(?:\s+facilit(?:y|ies))?|loans?|notes)\b(?!\s{0,2}(?:and\s+[A-Z][a-z]{1,20}\s+)?Agreement)(?!\s(?:lender|agent|commitments?|documents?|part(?:y|ies)|sub-?facilit(?:y|ies))\b)/i;
/**
 * Up to the last word that leads to the facility: "Credit Agreement provides for a …", "Bank to
 * establish a …", "revised the maturity date on Company's …", "to December 31, 2004 and the …".
 */
const LEADS_TO =
  /^(?:.*\s)?(?:to|for|of|on|by|provid\w{0,4}|establish\w{0,3}|obtain\w{0,3}|under|with|into|from|[\w-]+['’]s|(?:19|20)\d\d,?)\s/i;
/** Its amount and what comes before: "$1.0 billion senior unsecured revolving facility". */
const UP_TO_AMOUNT = /^(?:.*\s)?\$\d[\d.,]{0,12}(?:\s(?:thousand|million|billion))?\s/i;

const FACILITIES = new RegExp(FACILITY.source, "gi");
/** A facility the new one takes the place of: "replaces the Registrant's prior credit facility with". */
const REPLACED = new RegExp(
  String.raw`\b${PRIOR}\s(?:[\w'’-]{1,20}\s){0,3}$|\b${REPLACING}\s(?:(?:the|its|our)\s)?(?:[\w'’-]{1,20}\s){0,4}$`,
  "i",
);

/** The first facility a sentence names that is not one it replaces or repays. */
function newFacility(text: string): RegExpExecArray | null {
  FACILITIES.lastIndex = 0;
  for (let m = FACILITIES.exec(text); m; m = FACILITIES.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index) + m[1];
    if (!REPLACED.test(before)) return m;
  }
  return null;
}

/** The words before a facility's name that describe it ("364-day senior unsecured bridge"). */
function facilityWords(words: string): string {
  return words.replace(LEADS_TO, "").replace(UP_TO_AMOUNT, "").replace(LEADING_VERBS, "");
}

/**
 * What an asset purchase is of: "all of the assets of PSI-Tronix, Inc.", "84 company-owned
 * restaurants", "will sell to Orbital its Space and Telecommunications Systems business", "four
 * branch offices of Pi Savings Bank", "three FM stations".
 */
const ASSETS = new RegExp(
  String.raw`\b(?:acquire[sd]?|acquisition\sof|purchase[sd]?(?:\sof)?|sell|sale\sof|sold|buy)\s+(?:\([a-z0-9]{1,4}\)\s)?(?:for\s(?:approximately\s|about\s)?(?:US)?\$[\d.,]{1,15}(?:\s(?:million|billion))?\s+)?(?:(?:to|from)\s(?:the\s(?:Company|Registrant)|us|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\s)?(?:its\s(?!assets\b))?((?:[A-Z][\w&.-]*['’]s\sproducts?\s[A-Z][\w®™-]*(?:\s[A-Z][\w®™-]*){0,2})|(?:(?:substantially\s)?all\s(?:of\s)?)?(?:the\s|its\s|certain\s)?(?:(?:[A-Z][\w'’-]{1,20},(?=\s[A-Z])|[\w®&'’-]{1,25}|\d{1,3}(?:,\d{3}){1,3})\s){0,6}?(?:assets|[Bb]usiness(?:es)?|[Dd]ivision|[Oo]perations|[Ss]egment|restaurants|stores|${SITES}|[Hh]otels?|[Pp]ropert(?:y|ies)|product\slines?|[Pp]lants?|[Mm]ines?|[Bb]uildings?|[Ff]acilit(?:y|ies)|land|inventor(?:y|ies)|[Bb]ranch(?:es|\s(?:offices?|locations?))?|(?:radio\s|television\s|TV\s|[AF]M\s)?stations|(?:pool|portfolio)\sof\s(?:[\w-]{1,20}\s){0,3}?loans)\b(?:\sof\s(?:[A-Z][\w.&'’-]*,?\s?){1,5})?|(?:the\s)?(?:[\w.-]{1,12}\s){0,3}?rights\sto\s[A-Z][\w®™.&'’-]*(?:\s[A-Z][\w®™.&'’-]*){0,3})`,
);

/**
 * Assets named by whose they are or what they serve, wherever the sentence puts them ("agreed to
 * purchase from Deluxe Corporation substantially all of the assets of the Colwell division", "sold
 * Cascade the assets related to Aetrium's test equipment business", "substantially all of the assets of
 * its wholly-owned subsidiary, Omega Tools Inc."): up to a comma, a bracket or
 * a word that leaves the phrase.
 */
const ASSETS_OF =
  /\b((?:(?:substantially\s)?all\s(?:of\s)?(?:the\s|its\s)|the\s|certain\s)(?:(?!of\s|the\s)[\w'’-]{1,25}\s){0,3}?assets\s(?:and\s(?:operations|business|liabilities)\s)?(?:of|related\sto|relating\sto|used\sin)\s(?:its\s(?:wholly[-\s]owned\s|majority[-\s]owned\s)?subsidiary,\s)?(?!the\sCompany\b|the\sRegistrant\b)[^,.;()"“”]{2,80}?(?:,?\s(?:Inc|Corp|Corporation|Co|Ltd|LLC|L\.P|Limited)\.?)?)(?=\s?[,.;("“]|$|\s(?:for|to|from|in\sexchange|pursuant|under|by|at|on)\s)/;

/**
 * What a supply or distribution agreement supplies: "to purchase supplies of graphite powder", "the
 * exclusive distributor in Italy of CytoCore’s SoftPap™ cervical cell collection device designed
 * to ...", "for the distribution of the Registrant’s three catheter-fastening devices: ...". Who owns
 * it ("CytoCore’s"), and "supplies of", are no part of what it is.
 */
const SUPPLIED =
  /\b(?:purchase(?:\sof|\sfrom\s(?:the\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})?|(?:supply|provide)\s(?:us|the\sCompany|the\sRegistrant|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\swith|supply\sby\s(?:the\s)?(?:[\w.&'’-]{1,30}\s){1,4}?to\s(?:[\w.&'’-]{1,30}\s){1,4}?of|supply|sell|resell|sale\sof|provide(?=\s(?:[\w-]{1,20}\s){0,4}?(?:services|systems|products|equipment|software)\b)|manufacture|requirements\sfor|distribution\sof|(?:will|to)\s(?:(?:market|sell|promote)(?:,|\sand)?\s){0,2}distribute|distributor(?:\sin\s(?:the\s)?[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20}){0,2})?\sof)\s(?:an?\s|the\s)?(?:(?:Registrant|Company|[A-Z][\w.&-]{1,30})['’]s\s)?(?:(?:its|all|certain)\s)?(?:(?:supplies|quantities|volumes)\sof\s)?(?:(?:up\sto|approximately|about|a\sminimum\sof|not\sless\sthan|at\sleast)\s)?(?:(?:US)?\$?[\d,.]{1,12}\s(?:million\s)?)?(?:(?:all\s)?of\s(?:the\s)?|all\s(?:the\s)?)?((?!(?:to|from|for|and|with|agreements?|contracts?)\b|\d)[\w®™'’-]{1,30}(?:\s[\w®™'’-]{1,30}){0,11}?)(?=[,.:]|\s(?:at|from|to|in|for|under|over|during|through|throughout|within|outside|until|manufactured|designed|used|intended|on|pursuant)\b|\s\()/;
const SETTLES =
  /\b(?:settl(?:e|es|ed|ing|ement\s+of)|resolv(?:e|es|ed|ing)|resolution\s+of|plaintiffs\s+in)\s+((?:all\s+)?(?:(?:of\s+)?the\s+|its\s+|their\s+)?(?:[\w'’-]{1,25}\s){0,6}?(?:litigation|lawsuits?|claims|actions?|disputes?|proceedings?|cases?|suits?|investigations?|inquir(?:y|ies))(?:\s(?:lawsuits?|litigation|suits?))?)\b/i;
/**
 * What a settlement is the basis of, when it settles no named dispute: "The 2013 ARP reflects the
 * settlement agreement among ...", a rate plan a regulator approved.
 */
const SETTLED_BY =
  /\b(?:[Tt]he\s+)?([A-Z0-9][\w-]{0,20}(?:\s[A-Z0-9][\w-]{0,20}){0,3})(?=\s+(?:reflects|implements|incorporates|adopts)\s+(?:the\s+|a\s+)?(?:settlement|stipulation)\b)/;
/**
 * The company a merger or purchase is of: "to acquire Beta Software, Inc. for ...", "will acquire
 * Madison through the merger of ...".
 */
const ACQUIRED_NAME =
  /\b(?:acquire[sd]?|acquisition\s+of|purchase|merge\s+with)\s+((?:all\s+of\s+the\s+outstanding\s+(?:capital\s+)?stock\s+of\s+)?[A-Z][A-Za-z0-9.&'’ -]{1,60}?(?:,?\s(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|LLC|Plc))?)(?=[,.;(]|\s(?:for|in|from|to|and|by|with|through|pursuant|under|upon|via)\b)/;
const SHARES =
  /\b\d[\d,]{2,14}\s+(?:newly[-\s]issued\s+)?shares(?:\s+of\s+(?:[\w'’-]{1,20}\s){0,3}?(?:common|preferred|capital)\s+stock)?/i;

/**
 * A property bought or sold by its name: "acquired the Oak Ridge Nursing Center, a 120-bed ...", "sold its
 * interest in the Riverside Mall, located in ...".
 */
const PROPERTY_NAMED = new RegExp(
  String.raw`\b(?:acquired|purchased|sold|(?:sale|acquisition|purchase)\s+of)\s+(?:(?:all\s+of\s+)?its\s+(?:\d{1,3}(?:\.\d{1,2})?\s?%\s+)?(?:(?:ownership|partnership|general|limited|joint\s+venture)\s+)?interests?\s+in\s+)?(the\s+(?:[A-Z][\w'’&-]*\s){0,4}${NAMED_PROPERTY})\b`,
);

/**
 * A stake in a company sold: "sold its 40% partnership interest in Psi Cellular Partners to", "sold
 * its 50% interest in the Lakeside Power Partnership to" (the interest is the subject).
 */
const STAKE_IN =
  /\b(?:sold|disposed\s+of|transferred|assigned|conveyed|sale\s+of)\s+(?:all\s+of\s+)?its\s+((?:\d{1,3}(?:\.\d{1,2})?\s?%\s+)?(?:(?:general|limited)\s+)?(?:(?:partnership|membership|equity|ownership)\s+)?interests?\s+in\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:,?\s[A-Z][\w.&'’-]*){0,5}(?:\s(?:joint\s+venture|partnership|project))?)(?=\s+to\b|[,.;]|\s+for\b)/;

/** Patents sold by their numbers: "agreed to sell to Bose U.S. Patent 6,717,537", "assigned U.S. Patent No. 5,123,456". */
const PATENTS_BY_NUMBER =
  /\b(?:sell|sold|assign(?:ed)?|transfer(?:red)?|acquire[ds]?|purchase[ds]?)\s+(?:to\s+[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}?\s+)?((?:U\.S\.\s+|United\s+States\s+)?Patents?\s+(?:Nos?\.\s*)?\d[\d,]{4,11}(?:,?\s+and\s+\d[\d,]{4,11})?)/;

export function setSubject(d: Draft, v: TextView, s: Sentence): void {
  const f = d.fact;
  /** The match's last group (or `words`, a start of it) is the subject. */
  const take = (m: RegExpExecArray, words = m[m.length - 1] ?? m[0]) => {
    f.subject = words;
    f.subjectSpan = groupSpan(v, s, m, words.length);
  };
  if (f.type === "license" || f.type === "collaboration") {
    const m = PRODUCT.exec(s.text) ?? OWN_PRODUCT.exec(s.text) ?? LICENSED_OBJECT.exec(s.text);
    if (m) {
      take(m);
      d.subjectIsPurpose = false;
      return;
    }
    // A license "to develop an oral formulation of ..." is for what it develops, as a collaboration is.
    const purpose = !f.subject ? WORKED_ON.exec(s.text) : null;
    if (purpose) {
      take(purpose);
      d.subjectIsPurpose = true;
    }
    return;
  }
  if (f.type === "asset_purchase") {
    const a =
      ASSETS_OF.exec(s.text) ??
      ASSETS.exec(s.text) ??
      INTEREST_SOLD.exec(s.text) ??
      PATENTS_BY_NUMBER.exec(s.text) ??
      PROPERTY_NAMED.exec(s.text);
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
    // Notes by their name ("6.25% Senior Notes due 2020"), else the facility, not the agreement that
    // grants it ("Loan Agreement" is no loan), nor a role ("swing loan lender"); with up to six words
    // before it, less what only leads to it.
    const notes = notesNamed(s.text);
    const m = notes ? null : newFacility(s.text);
    if (notes) f.subject = notes;
    else if (m) f.subject = facilityWords(m[1]) + m[2];
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
          : f.type === "other"
            ? STAKE_IN.exec(s.text)
            : null;
  if (m) {
    take(m);
    return;
  }
  // Notes sold under an underwriting agreement; else the agreement's own name, once every sentence
  // is read (agreement-merge.ts, finish).
  const notes = notesNamed(s.text);
  if (notes) f.subject = notes;
}

const NOTES_DUE = /\b\d{1,2}(?:\.\d{1,3}|-\d\/\d)?%\s(?:[A-Z][a-z]{2,15}\s){0,3}Notes\sdue\s\d{4}/g;

/**
 * Notes by their names: "0.000% Notes due 2025 and 0.500% Notes due 2031", "8% Senior Secured Notes
 * due 2015", "9-1/4% Senior Subordinated Notes due 2008".
 */
function notesNamed(text: string): string | null {
  const names = [...new Set([...text.matchAll(NOTES_DUE)].map((n) => n[0]))];
  return names.length ? names.join(" and ") : null;
}
