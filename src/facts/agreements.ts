/**
 * Agreements a filing discloses, with parties and roles, subject, territory, exclusivity and
 * financial terms, each value with its span.
 *
 * Rules over sentences (no model): an agreement starts at a sentence that names one ("entered
 * into a license agreement with", "Agreement and Plan of Merger ... by and among", "to acquire");
 * the sentences after it that speak of it ("Under the terms of the agreement", money, royalties)
 * add to it, until another agreement is named. Each rule below says what it is for.
 */

import { agreementDate, datesOf, olderAgreement } from "./agreement-dates.js";
import { bareAgreement, securedFacility, withAnother } from "./agreement-known.js";
import { finish, merge, perEmployee } from "./agreement-merge.js";
import {
  alsoNamed,
  BARE_AGREEMENT,
  ENTERED,
  namedAgreement,
  REFERS_BACK,
  SHARE_PURCHASE,
  sameName,
  typeOf,
} from "./agreement-names.js";
import { addOfficers, addPersonLender, addPersonSellers } from "./agreement-officers.js";
import { type Opened, openedUnnamed } from "./agreement-openers.js";
import {
  addParty,
  COUNTERPARTY_UNNAMED,
  DIVESTS,
  FORMERLY,
  INVESTORS,
  isCompanyName,
  listedParties,
  OWNER_OF,
  onlyArranges,
  registrantActs,
  registrantInitials,
  registrantMentions,
  shortName,
  stockAcquired,
  subOfOther,
  TO_BE_ACQUIRED,
  wordIn,
} from "./agreement-parties.js";
import { addSentence } from "./agreement-sentences.js";
import { groupSpan, loc } from "./agreement-spans.js";
import type { AgreementFact, AgreementType, Draft } from "./agreement-types.js";
import { findMoney } from "./money.js";
import { HONORIFIC } from "./names.js";
import { findOrganizations, type Organization, orgKey } from "./organizations.js";
import { type Sentence, sentences, type TextView } from "./text-view.js";

export type { AgreementFact, AgreementType, Located, Role, TermKind } from "./agreement-types.js";

const MAX_DRAFTS = 300;
/** How an agreement told with no name sells: shares to someone, or a stake in a company. */
type Sold = Pick<Opened, "sale" | "investedIn">;
// A payment told later in the same text ("The Registrant has already paid an initial $50,000 license
// fee") belongs to the agreement last read, with no other named since.
const PAYMENT =
  /\b(?:paid|will\s+pay|agreed\s+to\s+pay|payments?\s+of|fee\s+of)\b[^.;]{0,80}\$\s?\d|\$\s?[\d,.]+(?:\s(?:million|billion))?\s(?:license\s|upfront\s|up-front\s|signing\s)?(?:fee|payment)\b/i;
/** PAYMENT, tried only where a dollar sign is (most sentences have none). */
const paysMoney = (text: string) => text.includes("$") && PAYMENT.test(text);
const MERGER_SUB_OF =
  /\b(?:Acquisition|Merger|Purchaser)\b[^,]{0,40},\s+(?:an?\s+)?(?:direct\s+|indirect\s+)?wholly[-\s]owned\s+subsidiary\s+of\s+(?:the\s+)?$/;
// ("the Company and the Securities and Exchange Commission reached a settlement": an agency's "and" is
// inside its name.)
const SIGNED_WITH_REGISTRANT =
  /\b(?:the\s+)?(?:Registrant|Company)\s+and\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s(?:and\s)?){0,4}[A-Z][\w.&'’-]*)\s+(?:have\s+|has\s+)?(?:signed|entered\s+into|executed|reached|agreed)\b/;
const DATED_AFTER =
  /^,?\s{1,2}dated\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d/;
/** A government buyer, named with no corporate word: "awarded a contract by the U.S. Army". */
const AWARDED_BY =
  /\b(?:by|from|with)\s+(?:the\s+)?((?:U\.\s?S\.|United\s+States)\s+(?:Army|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Postal\s+Service|Department\s+of\s+(?:[A-Z][a-z]+\s(?:and\s)?){0,3}[A-Z][a-z]+)|Department\s+of\s+(?:Defense|Energy|Homeland\s+Security|Veterans\s+Affairs|Transportation|Health\s+and\s+Human\s+Services)|Defense\s+Logistics\s+Agency|General\s+Services\s+Administration|(?:[A-Z][a-z]+\s){0,3}(?:Army|Navy|Air\s+Force)\s+(?:[A-Z][a-z]+\s){0,3}Command)\b/;
const DEFINES_PARENT = /\((?:the\s+)?[“"]Parent[”"]\)/;
// "Mr. Smith will receive ...", "Beta shareholders will receive ...", "P & U has also agreed to ...": a sentence
// that goes on about a party.
const PARTY_GOES_ON = new RegExp(
  String.raw`^(?:${HONORIFIC}\s)?(?:(?:[A-Z][A-Za-z'’]*|&)\s){0,4}(?:(?:share|stock)holders\s)?(?:will|would|could|shall|may|is\s+entitled|also\s+received|(?:has\s+)?(?:also\s+)?agreed)\s`,
);
export interface AgreementInput {
  registrant: string | null;
  /** Views to read, in order: item texts, then press releases. */
  views: TextView[];
  /** Organisations of each view, when the caller has them already (same order as views). */
  organizations?: (Organization[] | undefined)[];
  /** The filing's date of report: an agreement dated long before it is only referred to. */
  date?: string | null;
}

/**
 * Does a sentence speak of `d` again: "the Agreement", its royalties, (a license) what is "licensed",
 * (assets bought) "the purchase price"?
 */
function refersBack(d: Draft, text: string): boolean {
  return (
    REFERS_BACK.test(text) ||
    ((d.fact.type === "license" || d.fact.type === "collaboration") && /\blicensed\b/i.test(text)) ||
    // "The purchase price for the assets sold ... was $300,000", a few sentences on.
    (d.fact.type === "asset_purchase" && /\bthe\s+purchase\s+price\b/i.test(text))
  );
}

export function findAgreements(input: AgreementInput): AgreementFact[] {
  const drafts: Draft[] = [];
  const registrantKey = input.registrant ? orgKey(input.registrant) : "";
  for (const [n, v] of input.views.entries()) {
    // Item 1.02 tells of an agreement that ended, not one entered into.
    if (v.item === "1.02") continue;
    const found = input.organizations?.[n] ?? findOrganizations(v);
    // The registrant called by its initials only ("AIP"): one more name of it.
    const initials = registrantInitials(input.registrant, v.flat.slice(v.start, v.end));
    const orgs: Organization[] =
      initials && input.registrant
        ? [...found, { name: input.registrant, aliases: [initials], tickers: [], start: -1, end: -1 }]
        : found;
    const aliasOf = new Map<string, Organization>();
    for (const o of orgs) for (const a of o.aliases) aliasOf.set(a.toLowerCase(), o);
    // "Broadcom Corporation", then "Broadcom and Microtune have entered into ...": a company named
    // in full once goes by its name without the corporate word.
    const shortNames = new Map<string, Organization>();
    for (const o of orgs) {
      const short = orgKey(o.name) === registrantKey ? null : shortName(o.name);
      if (short && !aliasOf.has(short) && !shortNames.has(short)) shortNames.set(short, o);
    }
    let current: Draft | null = null;
    let lastInView: Draft | null = null;
    // Sentences since the last one that spoke of the current agreement.
    let since = 0;
    for (const s of sentences(v)) {
      const named = namedAgreement(s.text);
      const typed = named ? typeOf(named[1], s.text) : null;
      const starts =
        named &&
        typed &&
        (ENTERED.test(s.text) ||
          /dated\s+as\s+of|by\s+and\s+(?:among|between)/i.test(s.text) ||
          // "pursuant to a Stock Purchase Agreement, Capital Partners II, Ltd. purchased": done under a
          // new agreement (an indefinite article: not one the filing told of before).
          /\bpursuant\s+to\s+an?\s(?:[^.;]|\.(?!\s+[A-Z])){0,80}?\b(?:purchased|sold|issued|acquired)\b/.test(
            s.text,
          ) ||
          // "Under an Asset Purchase Agreement dated February 3, 2006 (the “Agreement”), INX Inc. ...
          // purchased": the agreement's own date right after its name.
          DATED_AFTER.test(s.text.slice(named.index + named[0].length, named.index + named[0].length + 40)) ||
          // "Ms. Major's offer letter provides for an annual base salary of $450,000".
          (typed.type === "employment" && /\bprovides?\s+for\b/i.test(s.text))) &&
        !olderAgreement(s.text, named[1], input.date ?? null);
      // "the Merger Agreement" again: the agreement already read, not a new one; "the agreement"
      // alone is the one being read ("The material terms of the agreement are ...").
      const known: Draft | undefined =
        starts && named
          ? (drafts.find(
              (d) =>
                sameName(d.fact.name, named[1]) && d.fact.type === typed?.type && !withAnother(d, s.text),
            ) ??
            securedFacility(drafts, named[1]) ??
            (BARE_AGREEMENT.test(named[1]) ? bareAgreement(current ?? lastInView, s.text) : undefined))
          : undefined;
      if (known) {
        current = known;
        addSentence(known, v, s);
        // "reflects the settlement agreement among Georgia Power and ..., signed by ...".
        if (known.fact.type === "settlement" || known.fact.type === "other")
          addListedParties(known.fact.parties, v, s);
        since = 0;
        continue;
      }
      // A new agreement: named and entered into, or told with no agreement named (openedUnnamed).
      const opened =
        starts && typed
          ? officersAgreement(v.item, named?.[1] ?? "", typed)
          : openedUnnamed(s.text, current !== null, () =>
              drafts.some((d) => d.fact.type === "merger" || d.fact.type === "asset_purchase"),
            );
      // A filing names a handful of agreements; past a few hundred it only repeats itself.
      if (opened && drafts.length < MAX_DRAFTS) {
        const draft = (name: string, type: AgreementType, generic: boolean, how: Sold | null) =>
          newDraft(
            v,
            s,
            name,
            type,
            generic,
            orgs,
            aliasOf,
            input.registrant,
            registrantKey,
            how,
            shortNames,
          );
        current = draft(opened.name, opened.type, opened.generic, opened);
        drafts.push(current);
        // "entered into a separation agreement and a consulting agreement with ...": both.
        const also = named && starts ? alsoNamed(s.text, named) : null;
        const alsoTyped = also ? typeOf(also, s.text) : null;
        if (also && alsoTyped && drafts.length < MAX_DRAFTS)
          drafts.push(draft(also, alsoTyped.type, alsoTyped.generic, null));
        since = 0;
        continue;
      }
      if (current) lastInView = current;
      if (!current) {
        // Later words about "the Agreement" or its royalties still belong to it.
        if (lastInView && (refersBack(lastInView, s.text) || paysMoney(s.text)))
          addSentence(lastInView, v, s);
        continue;
      }
      // What follows an agreement speaks of it ("Under the terms of the agreement", "SmithKline
      // will receive ...") until two sentences in a row do not.
      // A price paid for the company or assets bought, a sentence later ("The Company paid to OMG
      // in cash a purchase price for these businesses of approximately $525 million").
      // What a merged company's shares become ("Each share of Delta common stock will be converted into
      // .45 shares of the Registrant's common stock").
      const price =
        ((current.fact.type === "merger" || current.fact.type === "asset_purchase") &&
          /purchase\s+price|\bpaid\b/i.test(s.text)) ||
        (current.fact.type === "merger" && MERGER_CONSIDERATION.test(s.text));
      const speaks = refersBack(current, s.text) || PARTY_GOES_ON.test(s.text) || price || paysMoney(s.text);
      const money = speaks || since === 0 ? findMoney({ ...v, start: s.start, end: s.end }) : [];
      if (speaks || (money.length > 0 && since === 0)) {
        // What holders get in a merger, told after a voting agreement made for it, is the merger's.
        const owner =
          current.fact.type === "other" && MERGER_CONSIDERATION.test(s.text)
            ? (drafts.find((d) => d.fact.type === "merger") ?? current)
            : current;
        addSentence(owner, v, s, money);
        since = 0;
      } else if (++since >= 2) current = null;
    }
  }
  return merge(drafts).flatMap((d) => perEmployee(finish(d), d.respectively));
}

/**
 * An agreement no words type, told under Item 5.02 (officers' departures, appointments and pay):
 * an officer's own ("entered into letters of agreement with each of Michael F. Adams, President
 * and Chief Executive Officer, and ...").
 */
function officersAgreement(
  item: string | null | undefined,
  name: string,
  typed: { type: AgreementType; generic: boolean },
): { name: string; type: AgreementType; generic: boolean; sale: null } {
  const officers = typed.generic && item === "5.02";
  return {
    name,
    type: officers ? "employment" : typed.type,
    generic: typed.generic && !officers,
    sale: null,
  };
}

const MERGER_CONSIDERATION =
  /\b(?:shares?|stock)\b[^.]{0,80}\b(?:converted|exchanged)\s+(?:in)?to\b|\b(?:share|stock)holders\b[^.]{0,60}\breceive[ds]?\b|\bexchange\s+ratio\b/i;

function newDraft(
  v: TextView,
  s: Sentence,
  name: string,
  type: AgreementType,
  generic: boolean,
  orgs: Organization[],
  aliasOf: Map<string, Organization>,
  registrant: string | null,
  registrantKey: string,
  how: Sold | null,
  shortNames: Map<string, Organization>,
): Draft {
  const sale = how?.sale ?? null;
  const inSentence = orgs.filter(
    (o) => (o.start >= s.start && o.start < s.end) || o.aliases.some((a) => s.text.includes(a)),
  );
  const lowerText = s.text.toLowerCase();
  for (const [alias, o] of aliasOf)
    if (lowerText.includes(alias) && !inSentence.includes(o)) inSentence.push(o);
  // Named in full before this sentence, by its short name in it.
  for (const [short, o] of shortNames)
    if (o.start < s.start && !inSentence.includes(o) && wordIn(lowerText, short)) inSentence.push(o);
  const parties: AgreementFact["parties"] = [];
  if (registrant) addParty(parties, registrant, null);
  for (const o of inSentence) {
    if (/securities\s+and\s+exchange|stock\s+exchange|nasdaq/i.test(o.name)) continue;
    // "Silicon Valley Bank, a division of First-Citizens Bank", "an affiliate of Milestone Capital":
    // who a party belongs to is no party.
    // (A merger sub's owner is a side: "Delta Acquisition Corp., a wholly-owned subsidiary of Omega
    // Holdings, Inc." buys for Omega.)
    if (o.start >= s.start) {
      const before = v.flat.slice(Math.max(s.start, o.start - 100), o.start);
      if (OWNER_OF.test(before) && !(type === "merger" && MERGER_SUB_OF.test(before))) continue;
    }
    // "Cray Inc., formerly Tera Computer Company": a party's former name is no other party.
    if (o.start >= s.start && FORMERLY.test(v.flat.slice(Math.max(s.start, o.start - 30), o.start))) continue;
    // A credit agreement's arrangers and syndication or documentation agents lend nothing by that role.
    if (
      type === "credit" &&
      o.start >= s.start &&
      onlyArranges(v.flat.slice(o.end, Math.min(s.end, o.end + 200)))
    )
      continue;
    addParty(parties, o.name, loc(v, o.start, o.end));
  }
  if (type === "employment" || type === "settlement" || /consult|indemnif/i.test(name)) {
    addOfficers(parties, v, s, type);
  }
  if (type === "credit") addPersonLender(parties, v, s);
  if (type === "merger" || type === "asset_purchase") addPersonSellers(parties, v, s);
  const text = s.text;
  // The names the filing gives the registrant ("1st Financial Services Corporation (“1st Financial”)").
  const registrantAliases = registrantKey
    ? orgs.filter((o) => orgKey(o.name) === registrantKey).flatMap((o) => o.aliases)
    : [];
  const { regWords, mentionsReg } = registrantMentions(registrant, registrantKey, registrantAliases);
  // A combined filing's parent is no party to its subsidiary's agreement: the registrant stays
  // only when the sentence speaks of it (or names no one else).
  let hasRegistrant = !!registrant;
  // An officer's own agreement is with the registrant unless it names another company.
  const employsOwnOfficer = type === "employment" && !parties.slice(1).some((p) => isCompanyName(p.name));
  if (registrant && parties.length > 1 && !mentionsReg(text) && !employsOwnOfficer) {
    parties.shift();
    hasRegistrant = false;
  }
  // Parties without a corporate word, listed after "among", "between", "with" or "signed by":
  // "the Georgia Industrial Group, the Georgia Association of Manufacturers, ... and Georgia Watch";
  // in other agreements only when no counterparty has one ("a licensing agreement with Groq"):
  // after a company, a bare word is more often its city ("SmithKline Beecham Plc, London").
  const counterparties = parties.length - (hasRegistrant ? 1 : 0);
  if (
    type === "settlement" ||
    type === "other" ||
    (type !== "merger" && type !== "employment" && counterparties === 0)
  ) {
    addListedParties(parties, v, s);
  }
  // "the Registrant and Biogenex Laboratories signed a License Agreement": the other signer, named
  // with no corporate word, before the verb.
  if (type !== "merger" && type !== "employment" && parties.length === (hasRegistrant ? 1 : 0)) {
    const signer = SIGNED_WITH_REGISTRANT.exec(text);
    if (signer && !mentionsReg(signer[1])) {
      const at = s.start + signer.index + signer[0].indexOf(signer[1], 10);
      addParty(parties, signer[1], loc(v, at, at + signer[1].length));
    }
  }
  // The other side by a name with no corporate word: "to be acquired by Omega Capital Partners".
  const other =
    (type === "merger" || type === "asset_purchase") && counterparties === 0
      ? COUNTERPARTY_UNNAMED.exec(text)
      : type === "supply" && counterparties === 0
        ? AWARDED_BY.exec(text)
        : null;
  const otherName = other?.slice(1).find((g) => g !== undefined);
  if (other && otherName && !mentionsReg(otherName)) {
    // Every alternative ends with the name.
    const end = s.start + other.index + other[0].length;
    addParty(parties, otherName, loc(v, end - otherName.length, end));
  }
  const acquiredWho =
    /\b(?:acquire[sd]?|acquisition\s+of|purchase)\s+((?:the\s)?[A-Z](?:(?!\sby\s)[^,.;]){2,60})/.exec(text);
  // "Peoples will acquire Premier", "to be acquired by", "agreed to sell its business": the
  // registrant is the target. (Merging into another is read sentence by sentence: addSentence.)
  const registrantIsTarget =
    (!!acquiredWho &&
      mentionsReg(acquiredWho[1]) &&
      !/acquisition\s+sub|merger\s+sub/i.test(acquiredWho[1])) ||
    registrantActs(text, regWords, DIVESTS) ||
    registrantActs(text, regWords, TO_BE_ACQUIRED) ||
    stockAcquired(text, mentionsReg) ||
    (type === "merger" && subOfOther(text, mentionsReg, inSentence)) ||
    // "National Home Health Care Corp. (the “Company”), AG Home Health Acquisition Corp. and AG Home
    // Health LLC (the “Parent”) entered into ... Plan of Merger": a merger agreement's "Company" is
    // the one bought by its "Parent".
    (type === "merger" && DEFINES_PARENT.test(text) && !registrantAliases.some((a) => /^parent$/i.test(a)));
  const registrantIsLicensee =
    /\b(?:license\s+from|in-licens|obtain(?:ed|s)?\s+(?:an?\s+)?(?:exclusive\s+)?(?:license|rights)\s+from)/i.test(
      text,
    );
  const date = agreementDate(text, name);
  const fact: AgreementFact = {
    type,
    // "the terms of the employment agreement" → "employment agreement" (a "letter of intent" stays one).
    name: name
      .replace(
        /^(?:(?:an?|the|new|its|our|his|her|their|into|individual|separate|two|three|four|[A-Z][\w.]{1,30}['’]s)\s){1,3}/,
        "",
      )
      .replace(
        /^[a-z][a-z\s-]*?\b(?<!change\s)(?:of|to|under)\s(?:the\s|an?\s|its\s|his\s|her\s|their\s)?(?=[a-z])(?!(?:intent|understanding)\b)/,
        "",
      )
      .trim(),
    date,
    parties,
    subject: null,
    subjectSpan: null,
    territory: null,
    exclusive: null,
    terms: [],
    spans: [loc(v, s.start, s.end)],
  };
  // An underwriting agreement in the issuer's own filing: the registrant sells what is underwritten.
  // (What the sentence says the registrant sells or licenses in, addSentence reads below, as it
  // reads every sentence of the agreement.)
  const sells = /underwriting/i.test(name);
  const draft: Draft = {
    fact,
    seen: new Set(),
    aboutLicense: false,
    text: "",
    generic,
    // "a Common Stock Purchase Agreement ... to sell 1,250,000 shares of common stock to Pfizer".
    // An underwriting of shares (not of notes) sells them too.
    shareSale:
      type === "other" &&
      (SHARE_PURCHASE.test(name) ||
        (/underwrit/i.test(name) && /\bshares\b/i.test(s.text) && !/\bnotes\b/i.test(s.text))),
    registrantIsTarget,
    registrantIsLicensee,
    registrantSells: sells,
    mentionsReg,
    regWords,
    hasRegistrant,
  };
  // Shares or notes sold "with certain institutional investors": the investors, by that name, buy them.
  const sellsSecurities =
    draft.shareSale || (type === "other" && /\b(?:notes?|debentures?)\s+purchase\b/i.test(name));
  const investors = sellsSecurities && counterparties === 0 ? INVESTORS.exec(text) : null;
  if (investors) parties.push({ name: investors[1], role: "buyer", span: groupSpan(v, s, investors) });
  if (sale) {
    draft.shareSale = true;
    draft.registrantSells = true;
    const at = s.start + sale.index + sale[0].indexOf(sale[1]);
    fact.subject = sale[1].replace(/\s+/g, " ");
    fact.subjectSpan = loc(v, at, at + sale[1].length);
    const buyerAt = s.start + sale.index + sale[0].lastIndexOf(sale[2]);
    // Not addParty: a buyer, and kept unless the same name is there already (not one containing it).
    if (!parties.some((p) => orgKey(p.name) === orgKey(sale[2])))
      parties.push({ name: sale[2], role: "buyer", span: loc(v, buyerAt, buyerAt + sale[2].length) });
    fact.date = datesOf(s.text)[0]?.iso ?? null;
  }
  // A stake bought: the registrant sells its own shares, or buys another's.
  if (how?.investedIn) {
    draft.shareSale = true;
    if (mentionsReg(how.investedIn)) draft.registrantSells = true;
    else draft.registrantBuys = true;
  }
  addSentence(draft, v, s);
  return draft;
}

/** The names a sentence lists after "among", "between", "with" or "signed by", as parties. */
function addListedParties(parties: AgreementFact["parties"], v: TextView, s: Sentence): void {
  for (const p of listedParties(s.text))
    addParty(parties, p.name, loc(v, s.start + p.start, s.start + p.start + p.name.length));
}
