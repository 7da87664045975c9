/**
 * A new agreement's first reading: its parties from the sentence that opens it (named companies,
 * short names, listed names, a counterparty named with no corporate word, officers, lenders and
 * sellers who are people), whether the registrant is bought or takes a license, its date.
 */

import { COUNTERPARTY_UNNAMED, LENT_BY } from "./agreement-counterparty.js";
import { agreementDate, datesOf } from "./agreement-dates.js";
import { INTEREST_SOLD, NOTES_PURCHASE, SHARE_PURCHASE, SHARE_REPURCHASE } from "./agreement-names.js";
import { addOfficers, addPersonLender, addPersonSellers } from "./agreement-officers.js";
import type { Opened } from "./agreement-openers.js";
import {
  addParty,
  DIVESTS,
  FORMERLY,
  INVESTORS,
  isCompanyName,
  listedParties,
  OWNER_OF,
  onlyArranges,
  registrantActs,
  registrantMentions,
  repaidBefore,
  stockAcquired,
  subOfOther,
  TO_BE_ACQUIRED,
  wordIn,
} from "./agreement-parties.js";
import { addSentence } from "./agreement-sentences.js";
import { groupSpan, loc } from "./agreement-spans.js";
import { namedAsSubsidiary } from "./agreement-subsidiaries.js";
import type { AgreementFact, AgreementType, Draft } from "./agreement-types.js";
import { IN_SENTENCE, THING_TERM, TITLE } from "./names.js";
import { type Organization, orgKey } from "./organizations.js";
import type { Sentence, TextView } from "./text-view.js";

/** How an agreement told with no name sells: shares to someone, or a stake in a company. */
export type Sold = Pick<Opened, "sale" | "investedIn">;
const MERGER_SUB_OF =
  /\b(?:Acquisition|Merger|Purchaser)\b[^,]{0,40},\s+(?:an?\s+)?(?:direct\s+|indirect\s+)?wholly[-\s]owned\s+subsidiary\s+of\s+(?:the\s+)?$/;
// ("the Company and the Securities and Exchange Commission reached a settlement": an agency's "and" is
// inside its name.)
const SIGNED_WITH_REGISTRANT =
  /\b(?:the\s+)?(?:Registrant|Company)\s+and\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s(?:and\s|of\s)?){0,4}[A-Z][\w.&'’-]*)\s+(?:have\s+|has\s+)?(?:signed|entered\s+into|executed|reached|agreed)\b/;
/**
 * A government buyer, named with no corporate word: "awarded a contract by the U.S. Army", "by the
 * County of Los Angeles".
 */
const AWARDED_BY =
  /\b(?:by|from|with)\s+(?:the\s+)?((?:U\.\s?S\.|United\s+States)\s+(?:Army(?:\s+Corps\s+of\s+Engineers)?|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Postal\s+Service|Department\s+of\s+(?:[A-Z][a-z]+\s(?:and\s)?){0,3}[A-Z][a-z]+)|Department\s+of\s+(?:Defense|Energy|Homeland\s+Security|Veterans\s+Affairs|Transportation|Health\s+and\s+Human\s+Services)|Defense\s+Logistics\s+Agency|General\s+Services\s+Administration|[A-Z][a-z]+\s(?:(?:[A-Z][a-z]+|and|of|&)\s){0,8}?(?:Authority|Commission|Agency|Administration|District)\b|(?:City|County|State|Commonwealth|Town|Village|Port)\s+of\s+(?:[A-Z][a-z]+\s(?!of\b)){0,2}[A-Z][a-z]+|(?:[A-Z][a-z]+\s){0,3}(?:Army|Navy|Air\s+Force)\s+(?:[A-Z][a-z]+\s){0,3}Command)\b/;
const DEFINES_PARENT = /\((?:the\s+)?[“"]Parent[”"]\)/;

/**
 * The party that opens a sentence as its subject, before the agreement is named: "Omega Broadcasting
 * Company (“OBC”) entered into an Asset Purchase Agreement with Delta", "In connection with its loan
 * from First Bank, N.A., Omega ..." (a party after "from", "with" or "by" is passed over). None when
 * the first party named stands elsewhere (in a list, inside another name) or the agreement's name is
 * not found.
 */
function subjectParty(
  text: string,
  parties: AgreementFact["parties"],
  agreementName: string,
  orgs: readonly Organization[],
): AgreementFact["parties"][number] | undefined {
  const named = text.indexOf(agreementName);
  if (parties.length < 2 || named < 0) return undefined;
  const mentions: { at: number; party: AgreementFact["parties"][number] }[] = [];
  for (const party of parties) {
    // By its name or a name the filing gives it ("CBC").
    const key = orgKey(party.name);
    for (const n of [party.name, ...aliasesOf(orgs, key)]) {
      const at = text.indexOf(n);
      if (at >= 0 && at < named) mentions.push({ at, party });
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  for (const { at, party } of mentions) {
    const before = text.slice(Math.max(0, at - 40), at);
    if (AFTER_CLAUSE.test(before) || (at <= 40 && SENTENCE_OPENS.test(before))) return party;
    if (!AFTER_PREPOSITION.test(before)) return undefined;
  }
  return undefined;
}
/** The registrant licensed in: "obtained an exclusive license to ... from", "in-licensed". */
const LICENSED_FROM_WHOM = new RegExp(
  String.raw`\b(?:license\s+from|in-licens|obtain(?:ed|s)?\s+(?:an?\s+)?(?:exclusive\s+)?(?:license|rights)\b${IN_SENTENCE}{0,120}?\sfrom)\b`,
  "i",
);
/** What ends before a company an agreement forms: "to form ", "establishing a new company called ". */
const FORMS =
  /\b(?:form|formed|forming|establish|established|establishing|create|created|creating)\s+(?:(?:a|an)\s+(?:new\s+)?(?:joint\s+venture\s+)?(?:company|corporation|entity|partnership),?\s+(?:(?:called|named)\s+)?)?(?:the\s+)?$/i;
const AFTER_PREPOSITION = /\b(?:with|from|by|to|of|for|under)\s(?:the\s)?$/i;
/** What comes before a sentence's subject at its start: nothing, "On March 3, 2010,", "Effective today,". */
const SENTENCE_OPENS = /^\s{0,3}(?:(?:On|Effective|As\sof)\s[^,]{1,30},?\s{0,3})?(?:the\s)?$/;
/** ... or after a clause or a date: "In connection with its loan from First Bank, N.A., Omega". */
const AFTER_CLAUSE = /(?:,|\d{4})\s{0,3}(?:the\s)?$/;

/** Every name the filing gives the company known by `key` ("Citadel Broadcasting Company (“CBC”)"). */
function aliasesOf(orgs: readonly Organization[], key: string): string[] {
  return orgs.filter((o) => orgKey(o.name) === key).flatMap((o) => o.aliases);
}

export function newDraft(
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
  // (Not one in a part of the sentence blanked out: agreement-pieces.ts.)
  const inSentence = orgs.filter(
    (o) =>
      (o.start >= s.start && o.start < s.end && s.text.charCodeAt(o.start - s.start) !== 32) ||
      o.aliases.some((a) => s.text.includes(a)),
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
    // "sold its 40% interest in Beta Partners, L.P.": what a stake is in is what was sold.
    if (
      o.start >= s.start &&
      /\binterests?\s+in\s+(?:the\s+)?$/.test(v.flat.slice(Math.max(s.start, o.start - 20), o.start)) &&
      INTEREST_SOLD.test(s.text)
    )
      continue;
    // "which replaced the Company's prior credit facility with Kappa Bank": the lender replaced or paid
    // off is no party to the new agreement.
    if (o.start >= s.start && repaidBefore(v.flat, o.start, s.start)) continue;
    // "to form Acme Asia Ltd., which will ...": the company the agreement forms signs nothing.
    if (o.start >= s.start && FORMS.test(v.flat.slice(Math.max(s.start, o.start - 60), o.start))) continue;
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
  const registrantAliases = registrantKey ? aliasesOf(orgs, registrantKey) : [];
  let { regWords, mentionsReg } = registrantMentions(registrant, registrantKey, registrantAliases);
  // A combined filing's parent is no party to its subsidiary's agreement: the registrant stays
  // only when the sentence speaks of it (or names no one else).
  let hasRegistrant = !!registrant;
  // An officer's own agreement is with the registrant unless it names another company.
  const employsOwnOfficer = type === "employment" && !parties.slice(1).some((p) => isCompanyName(p.name));
  if (registrant && parties.length > 1 && !mentionsReg(text) && !employsOwnOfficer) {
    parties.shift();
    hasRegistrant = false;
    // "Omega Broadcasting Company entered into an Asset Purchase Agreement with Delta ... to acquire":
    // the company that opens the sentence acts where the registrant would (its subsidiary, or the
    // registrant of a combined filing), and the roles are read from its side.
    const actor =
      type === "employment" || type === "settlement" ? undefined : subjectParty(text, parties, name, orgs);
    if (actor) {
      parties.splice(parties.indexOf(actor), 1);
      parties.unshift(actor);
      const actorKey = orgKey(actor.name);
      ({ regWords, mentionsReg } = registrantMentions(actor.name, actorKey, aliasesOf(orgs, actorKey)));
      hasRegistrant = true;
    }
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
  // "Cambridge NeuroScience, Inc. (the "Company"), The J. David Gladstone Institutes ("Gladstone") and The
  // Regents of the University of California (the "University") entered into a collaboration": each
  // signer named before the verb with a short name of its own, corporate word or not.
  if (type !== "merger" && type !== "employment") addDefinedSigners(parties, v, s, mentionsReg);
  // "the Registrant and Biogenex Laboratories signed a License Agreement": the other signer, named
  // with no corporate word, before the verb.
  if (type !== "merger" && type !== "employment" && parties.length === (hasRegistrant ? 1 : 0)) {
    const signer = SIGNED_WITH_REGISTRANT.exec(text);
    if (signer && !mentionsReg(signer[1])) {
      const at = s.start + signer.index + signer[0].indexOf(signer[1], 10);
      addParty(parties, signer[1], loc(v, at, at + signer[1].length));
    }
  }
  // The other side by a name with no corporate word: "to be acquired by Omega Capital Partners";
  // "the Registrant's wholly-owned subsidiary, Acme Environmental, Inc., was awarded a contract by the
  // U.S. Department of Energy" (a subsidiary is its own side).
  const outsiders =
    counterparties === 0
      ? 0
      : parties.slice(hasRegistrant ? 1 : 0).filter((p) => !namedAsSubsidiary(text, p.name, mentionsReg))
          .length;
  const other =
    (type === "merger" || type === "asset_purchase") && outsiders === 0
      ? COUNTERPARTY_UNNAMED.exec(text)
      : type === "supply" && outsiders === 0
        ? AWARDED_BY.exec(text)
        : type === "credit" && outsiders === 0
          ? LENT_BY.exec(text)
          : null;
  const otherName = other?.slice(1).find((g) => g !== undefined);
  // (Every alternative ends with the name; a lender being repaid is none.)
  const otherAt = other && otherName ? other.index + other[0].length - otherName.length : 0;
  if (other && otherName && !mentionsReg(otherName) && !repaidBefore(text, otherAt)) {
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
  const registrantIsLicensee = LICENSED_FROM_WHOM.test(text);
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
  // Shares or notes sold "with certain institutional investors": the investors, by that name, buy
  // them (and lend, when notes are bought).
  const sellsSecurities = draft.shareSale || NOTES_PURCHASE.test(name);
  const investors = sellsSecurities && counterparties === 0 ? INVESTORS.exec(text) : null;
  if (investors)
    parties.push({
      name: investors[1],
      role: type === "credit" ? "lender" : "buyer",
      span: groupSpan(v, s, investors),
    });
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
  // Its own shares bought back: "a Stock Repurchase Agreement with John Smith", "repurchased 500,000 shares".
  if (type === "other" && (SHARE_REPURCHASE.test(name) || SHARE_REPURCHASE.test(s.text))) {
    draft.shareSale = true;
    draft.registrantBuys = true;
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

/** Where the signers' list ends: the verb that enters into the agreement. */
const SIGNERS_VERB = /\s(?:have\s+|has\s+)?(?:entered\s+into|signed|executed)\b/;
/** A name with the short name it is given: 'The Regents of the University of California (the "University")'. */
const DEFINED_SIGNER =
  /((?:The\s)?[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|the|&)|,\s(?:Inc|Corp|LLC|L\.L\.C|L\.P|Ltd|Co|N\.A)\b\.?){0,8})\s\((?:the\s)?["“][^"”]{1,30}["”]\)/g;

/** Adds the names, each given a short name, that a sentence lists before its verb. */
function addDefinedSigners(
  parties: AgreementFact["parties"],
  v: TextView,
  s: Sentence,
  mentionsReg: (t: string) => boolean,
): void {
  const verb = SIGNERS_VERB.exec(s.text);
  if (!verb || verb.index > 600) return;
  for (const m of s.text.slice(0, verb.index).matchAll(DEFINED_SIGNER)) {
    const name = m[1];
    // Not a thing ('the Merger Agreement (the "Agreement")') nor a title ('Chief Executive Officer ("EFC")').
    if (mentionsReg(name) || THING_TERM.test(name) || /\bAgreement\b/.test(name) || TITLE.test(name))
      continue;
    addParty(parties, name, loc(v, s.start + m.index, s.start + m.index + name.length));
  }
}

export /** The names a sentence lists after "among", "between", "with" or "signed by", as parties. */
function addListedParties(parties: AgreementFact["parties"], v: TextView, s: Sentence): void {
  for (const p of listedParties(s.text))
    addParty(parties, p.name, loc(v, s.start + p.start, s.start + p.start + p.name.length));
}
