/**
 * Agreements a filing discloses, with parties and roles, subject, territory, exclusivity and
 * financial terms, each value with its span.
 *
 * Rules over sentences (no model): an agreement starts at a sentence that names one ("entered
 * into a license agreement with", "Agreement and Plan of Merger ... by and among", "to acquire");
 * the sentences after it that speak of it ("Under the terms of the agreement", money, royalties)
 * add to it, until another agreement is named. Each rule below says what it is for.
 */

import { findDates } from "../util/dates.js";
import { agreementDate, olderAgreement } from "./agreement-dates.js";
import { finish, merge, perEmployee } from "./agreement-merge.js";
import { addParty, fullName, listedParties, registrantActs, SALE_VERBS, SUB } from "./agreement-parties.js";
import { addTerm, termKind } from "./agreement-terms.js";
import type { AgreementFact, AgreementType, Draft, Located } from "./agreement-types.js";
import { findMoney, type Money } from "./money.js";
import { COMPANY_WORD, HONORIFIC, HONORIFIC_NOT_MRS } from "./names.js";
import { findOrganizations, type Organization, orgKey } from "./organizations.js";
import { findPeople } from "./people.js";
import { type Sentence, sentences, type TextView } from "./text-view.js";

export type { AgreementFact, AgreementType, Located, Role, TermKind } from "./agreement-types.js";

/** Agreement names → type, most specific first. */
const TYPES: [RegExp, AgreementType][] = [
  [/collaboration/i, "collaboration"],
  [/licen[cs]e|licensing/i, "license"],
  [
    /asset\s+purchase|purchase\s+of\s+(?:substantially\s+all|certain)\s+(?:of\s+(?:the|its)\s+)?assets/i,
    "asset_purchase",
  ],
  [
    /plan\s+of\s+(?:merger|reorganization)|merger\s+agreement|\bmerger\b|acqui(?:re|red|res|ring|sition)\b/i,
    "merger",
  ],
  // "an agreement to purchase NeXT Software, Inc.": buying a company is an acquisition.
  [
    new RegExp(
      String.raw`\b(?:purchase|buy)\s+(?:all\s+of\s+)?(?:the\s+)?(?:outstanding\s+)?(?:[A-Z][\w.&-]*,?\s){1,5}${COMPANY_WORD}`,
    ),
    "merger",
  ],
  [/credit|loan|bridge|facility|commitment\s+letter|borrow/i, "credit"],
  [
    /employment|offer\s+letter|appointment\s+letter|severance|retention|compensation\s+arrangement/i,
    "employment",
  ],
  [/supply|order\s+form|master\s+services|services\s+agreement|purchase\s+order|capacity/i, "supply"],
  [/settlement|stipulation|consent\s+decree|rate\s+plan/i, "settlement"],
];

// A named agreement, capitalised ("Agreement and Plan of Merger", "Junglee Investor Rights
// Agreement") or not ("a license agreement", "an employment agreement").
const NAMED =
  /\b((?:(?:[A-Z][A-Za-z&-]{1,20}|and)\s){0,6}(?:Agreement|AGREEMENT)(?:\s(?:and|of|for)\s(?:[A-Z][a-z]{1,15}\s?){1,4})?|(?:an?|the|new|its|our|[A-Z][\w.]{1,30}['’]s)\s(?:[a-z-]{2,20}\s){0,4}(?:agreement|letter|order\sform|facility|stipulation)|Order\sForm)/;
/** NAMED, for every match in a sentence. */
const NAMED_ALL = new RegExp(NAMED.source, "g");
const ENTERED =
  /\b(?:entered\s+into|signed|executed|agreed\s+to|announced\s+(?:that\s+it\s+had\s+)?(?:entered|signed|an?\s)|completed|consummated|acquired|agrees?\s+to\s+acquire|to\s+acquire|will\s+acquire|has\s+acquired|approved|extended|amended|renewed|adopted|(?:will|to)\s+enter\s+into)\b/i;
const REFERS_BACK =
  /\b(?:the|this|such)\s+(?:[A-Z][\w-]{1,20}\s){0,4}(?:agreement|merger|transaction|acquisition|license|collaboration|order\s+form|facility|arrangement|settlement|deal)\b|\bunder\s+the\s+terms\b|\broyalt/i;

const ACQUIRED = new RegExp(
  String.raw`\b(?:completed|consummated|closed|announced)\s+(?:the|its)\s+(?:acquisition|purchase)\s+of\s+[A-Z]|\bhas\s+acquired\s+[A-Z]|\bacquired\s+(?:all\s+of\s+the\s+(?:outstanding\s+)?(?:capital\s+)?stock\s+of\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,4},?\s${COMPANY_WORD}`,
);
const SHARE_SALE = new RegExp(
  String.raw`\b(?:issued|sold)\s+([\d,]{3,15}\s+(?:shares|units)\s+of\s+[^.;]{3,80}?)(?:,\s[^;]{0,80}?)?,?\s+to\s+((?:${HONORIFIC_NOT_MRS})?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,4})`,
);
// "Mr. Smith will receive ...", "The Company would ...": a sentence that goes on about a party.
const PARTY_GOES_ON = new RegExp(
  String.raw`^(?:${HONORIFIC}\s)?(?:[A-Z][A-Za-z'’]+\s){0,3}(?:will|would|could|shall|may|is\s+entitled|also\s+received)\s`,
);
// "an employment agreement with John Smith": the person the agreement is with.
const WITH_PERSON = new RegExp(
  String.raw`\bwith\s(${HONORIFIC_NOT_MRS})?([A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'-]+)`,
);

// ACQUIRED (case-sensitive) holds one of these words: most sentences hold none, and this test
// costs a third of the pattern's.
const MAY_ACQUIRE = /acqui|purchase/;

export interface AgreementInput {
  registrant: string | null;
  /** Views to read, in order: item texts, then press releases. */
  views: TextView[];
  /** Organisations of each view, when the caller has them already (same order as views). */
  organizations?: Organization[][];
  /** The filing's date of report: an agreement dated long before it is only referred to. */
  date?: string | null;
}

export function findAgreements(input: AgreementInput): AgreementFact[] {
  const drafts: Draft[] = [];
  const registrantKey = input.registrant ? orgKey(input.registrant) : "";
  for (const [n, v] of input.views.entries()) {
    const orgs = input.organizations?.[n] ?? findOrganizations(v);
    const aliasOf = new Map<string, Organization>();
    for (const o of orgs) for (const a of o.aliases) aliasOf.set(a.toLowerCase(), o);
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
        (ENTERED.test(s.text) || /dated\s+as\s+of|by\s+and\s+(?:among|between)/i.test(s.text)) &&
        !olderAgreement(s.text, named[1], input.date ?? null);
      // "the Merger Agreement" again: the agreement already read, not a new one.
      const known =
        starts && named
          ? drafts.find((d) => sameName(d.fact.name, named[1]) && d.fact.type === typed?.type)
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
      // A new agreement: named and entered into, an acquisition told without its agreement
      // ("completed the acquisition of American Monument Corporation"), or a sale of shares no
      // agreement names ("issued 15,002,718 shares ... to Douglas P. Martin ... ($50,000)").
      const acquired =
        !(starts && typed) && !current && MAY_ACQUIRE.test(s.text) ? ACQUIRED.exec(s.text) : null;
      const sale = !(starts && typed) && !acquired ? SHARE_SALE.exec(s.text) : null;
      const opened =
        starts && typed
          ? { name: named?.[1] ?? "", type: typed.type, generic: typed.generic }
          : acquired
            ? { name: "acquisition", type: "merger" as const, generic: false }
            : sale
              ? { name: "", type: "other" as const, generic: false }
              : null;
      // A filing names a handful of agreements; past a few hundred it only repeats itself.
      if (opened && drafts.length < MAX_DRAFTS) {
        current = newDraft(
          v,
          s,
          opened.name,
          opened.type,
          opened.generic,
          orgs,
          aliasOf,
          input.registrant,
          registrantKey,
          sale,
        );
        drafts.push(current);
        since = 0;
        continue;
      }
      if (current) lastInView = current;
      if (!current) {
        // Later words about "the Agreement" or its royalties still belong to it.
        if (lastInView && REFERS_BACK.test(s.text)) addSentence(lastInView, v, s);
        continue;
      }
      // What follows an agreement speaks of it ("Under the terms of the agreement", "SmithKline
      // will receive ...") until two sentences in a row do not.
      const speaks = REFERS_BACK.test(s.text) || PARTY_GOES_ON.test(s.text);
      const money = speaks || since === 0 ? findMoney({ ...v, start: s.start, end: s.end }) : [];
      if (speaks || (money.length > 0 && since === 0)) {
        addSentence(current, v, s, money);
        since = 0;
      } else if (++since >= 2) current = null;
    }
  }
  return merge(drafts).map(finish).flatMap(perEmployee);
}

/**
 * The agreement a sentence enters into: of the agreements it names, the first after its verb
 * ("In connection with the Merger Agreement, Biogen entered into a commitment letter" is about
 * the commitment letter), else the first.
 */
function namedAgreement(sentence: string): RegExpExecArray | null {
  // Most sentences name no agreement: a cheap test first.
  if (!/agreement|letter|order\sform|facility|stipulation/i.test(sentence)) return null;
  const verb = ENTERED.exec(sentence);
  const all = [...sentence.matchAll(NAMED_ALL)] as RegExpExecArray[];
  if (all.length === 0) return null;
  return (verb && all.find((m) => m.index >= verb.index)) || all[0];
}

/** "Merger Agreement" and "the Merger Agreement" are one name; a fuller name contains a shorter one. */
function sameName(a: string, b: string): boolean {
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

/** The type an agreement's name gives, else its sentence; `generic` when neither says. */
function typeOf(name: string, sentence: string): { type: AgreementType; generic: boolean } | null {
  for (const [re, t] of TYPES) if (re.test(name)) return { type: t, generic: false };
  // "a merger agreement" names its type; "an agreement to purchase NeXT" takes it from the sentence.
  if (
    /consult|indemnif|underwrit|investor\s+rights|voting|support|registration\s+rights|subscription/i.test(
      name,
    )
  )
    return { type: "other", generic: false };
  for (const [re, t] of TYPES) if (re.test(sentence)) return { type: t, generic: false };
  return /agreement/i.test(name) ? { type: "other", generic: true } : null;
}

function loc(v: TextView, start: number, end: number): Located {
  return { doc: v.docIndex, start, end };
}

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
  sale: RegExpExecArray | null = null,
): Draft {
  const sv = { ...v, start: s.start, end: s.end };
  const inSentence = orgs.filter(
    (o) => (o.start >= s.start && o.start < s.end) || o.aliases.some((a) => s.text.includes(a)),
  );
  const lowerText = s.text.toLowerCase();
  for (const [alias, o] of aliasOf)
    if (lowerText.includes(alias) && !inSentence.includes(o)) inSentence.push(o);
  const parties: AgreementFact["parties"] = [];
  if (registrant) addParty(parties, registrant, null);
  for (const o of inSentence) {
    if (/securities\s+and\s+exchange|stock\s+exchange|nasdaq/i.test(o.name)) continue;
    addParty(parties, o.name, loc(v, o.start, o.end));
  }
  if (type === "employment" || /consult|indemnif/i.test(name)) {
    for (const p of findPeople(sv)) {
      // "Mrs. Fairhead" names a person the text introduced in full before ("Rona Fairhead").
      const full = p.name.includes(" ") ? null : fullName(v, p.name);
      addParty(parties, full ?? p.name, loc(v, p.start, p.end));
    }
    const withName = WITH_PERSON.exec(s.text);
    if (withName)
      addParty(
        parties,
        withName[2],
        loc(
          v,
          s.start + withName.index + withName[0].length - withName[2].length,
          s.start + withName.index + withName[0].length,
        ),
      );
  }
  const text = s.text;
  // The registrant by name, short name ("Apple", "CoreWeave") or as "the Company".
  const shortName = registrant
    ? (registrant.split(/[\s,]+/).find((w) => w.length >= 3 && !/^the$/i.test(w)) ?? null)
    : null;
  const regWords = registrant
    ? [registrant, shortName ?? registrant, "the Company", "the Registrant", "we "]
    : ["the Company", "the Registrant"];
  // A short name counts alone, not inside another name ("Southern" is not "Southern Alliance for
  // Clean Energy"); case-free for the name, case-sensitive for the word after it. A corporate word
  // after it ("Apple Inc.", "Peoples Bancorp", "Southern Holdings") still names the registrant.
  const NEXT_NAME_WORD = /^\s+(?!(?:Inc|Corp|Co|Ltd|LLC|Plc|Bancorp|Holdings|Group)\b)[A-Z][a-z]/;
  const namedAlone = (t: string, w: string) => {
    const lower = t.toLowerCase();
    const k = w.trim().toLowerCase();
    if (!k) return false;
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
      const before = at > 0 ? t[at - 1] : " ";
      const after = t.slice(at + k.length, at + k.length + 20);
      if (!/[A-Za-z]/.test(before) && !/^[A-Za-z]/.test(after) && !NEXT_NAME_WORD.test(after)) return true;
    }
    return false;
  };
  const mentionsReg = (t: string) =>
    regWords.some((w) => namedAlone(t, w)) ||
    (registrantKey !== "" && t.length < 80 && orgKey(t).includes(registrantKey));
  // A combined filing's parent is no party to its subsidiary's agreement: the registrant stays
  // only when the sentence speaks of it (or names no one else).
  let hasRegistrant = !!registrant;
  if (registrant && parties.length > 1 && !mentionsReg(text)) {
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
  const acquiredWho = /\b(?:acquire[sd]?|acquisition\s+of|purchase)\s+([A-Z][^,.;]{2,60})/.exec(text);
  // "Premier will merge with and into Peoples", "Peoples will acquire Premier": the registrant is the target.
  const registrantIsTarget =
    (!!acquiredWho &&
      mentionsReg(acquiredWho[1]) &&
      !/acquisition\s+sub|merger\s+sub/i.test(acquiredWho[1])) ||
    mergesIntoOther(text, mentionsReg);
  const registrantIsLicensee =
    /\b(?:license\s+from|in-licens|obtain(?:ed|s)?\s+(?:an?\s+)?(?:exclusive\s+)?(?:license|rights)\s+from)/i.test(
      text,
    );
  const date = agreementDate(text, name);
  const fact: AgreementFact = {
    type,
    // "the terms of the employment agreement" → "employment agreement".
    name: name
      .replace(/^(?:(?:an?|the|new|its|our|[A-Z][\w.]{1,30}['’]s)\s){1,3}/, "")
      .replace(/^[a-z][a-z\s-]*?\b(?:of|to|under)\s(?:the\s|an?\s|its\s)?(?=[a-z])/, "")
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
  const sells = registrantActs(text, regWords, SALE_VERBS);
  const draft: Draft = {
    fact,
    seen: new Set(),
    aboutLicense: false,
    text: "",
    generic,
    shareSale: false,
    registrantIsTarget,
    registrantIsLicensee,
    registrantSells: sells,
    mentionsReg,
    hasRegistrant,
  };
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
    fact.date = findDates(s.text)[0]?.iso ?? null;
  }
  addSentence(draft, v, s);
  return draft;
}

/** The names a sentence lists after "among", "between", "with" or "signed by", as parties. */
function addListedParties(parties: AgreementFact["parties"], v: TextView, s: Sentence): void {
  for (const p of listedParties(s.text))
    addParty(parties, p.name, loc(v, s.start + p.start, s.start + p.start + p.name.length));
}

/**
 * "Premier will merge with and into Peoples", "calls for Premier to merge into Peoples": the
 * registrant disappears into another company, so it is the target.
 */
function mergesIntoOther(text: string, mentionsReg: (t: string) => boolean): boolean {
  const m =
    /\b([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}),?\s(?:\([^)]{1,40}\)\s)?(?:will\s|would\s|shall\s|to\s)?(?:be\s)?merge[sd]?\s+(?:with\s+and\s+)?into\s+([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/.exec(
      text,
    );
  return !!m && mentionsReg(m[1]) && !SUB.test(m[1]) && !mentionsReg(m[2]);
}

const MAX_SENTENCES = 200;
const MAX_DRAFTS = 300;

/** `money`: the sentence's amounts when the caller has found them already. */
function addSentence(d: Draft, v: TextView, s: Sentence, money?: readonly Money[]): void {
  if (d.fact.type === "merger" && d.mentionsReg && mergesIntoOther(s.text, d.mentionsReg))
    d.registrantIsTarget = true;
  // An agreement is told in a few sentences; a filing that repeats itself thousands of times
  // (or a synthetic one) must not make every later sentence cost more.
  const key = `${v.docIndex}:${s.start}`;
  if (d.seen.has(key) || d.seen.size >= MAX_SENTENCES) return;
  d.seen.add(key);
  d.fact.spans.push(loc(v, s.start, s.end));
  d.text += ` ${s.text}`;
  if (/licens|rights/i.test(s.text)) d.aboutLicense = true;
  if (
    /\b(?:sold|sell|issued|issue|provide|supply|deliver)\b/i.test(s.text) &&
    /\b(?:the\s+company|we|registrant)\b/i.test(s.text)
  )
    d.registrantSells = true;
  if (
    /\b(?:will|shall|could|may)\s+receive\b/i.test(s.text) &&
    d.aboutLicense &&
    /\b(?:the\s+company|registrant)\b/i.test(s.text)
  )
    d.registrantIsLicensee = false;
  for (const m of money ?? findMoney({ ...v, start: s.start, end: s.end })) {
    const kind = termKind(
      v.flat.slice(Math.max(s.start, m.start - 100), m.start),
      v.flat.slice(m.end, Math.min(s.end, m.end + 220)),
      m,
      d.fact.type,
      d.shareSale,
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
  // Royalties, stated or not, are a term of a license.
  if (/royalt/i.test(s.text) && !d.fact.terms.some((t) => t.kind === "royalties")) {
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
  if (!d.fact.subject) setSubject(d, v, s);
}

// A product or compound code ("huC242-DM1", "ABT-874"), or an international drug name by its
// naming stem ("zilebesiran": -siran; -rsen, -mab, -nib, -tide, -stat, -vir, -cept...), the
// English words that end like a stem left out ("veteran", "nucleotide", "thermostat", "intercept").
export const PRODUCT =
  /\b([a-z]{0,4}[A-Z]{1,6}\d{1,5}(?:-[A-Z0-9]{1,6}){0,2}|[A-Z]{2,6}-\d{2,6}[A-Za-z0-9-]{0,6}|[a-z]{4,}(?:mab|siran|nib|(?<!nucleo|pep)tide|(?<!thermo|rheo)stat|vir|(?<!inter)cept|rsen|lisib|parib|ciclib|tinib|zumab|ximab|limab)\b)/;

function setSubject(d: Draft, v: TextView, s: Sentence): void {
  const f = d.fact;
  if (f.type === "license" || f.type === "collaboration") {
    const m = PRODUCT.exec(s.text);
    if (m) {
      f.subject = m[1];
      f.subjectSpan = loc(v, s.start + m.index, s.start + m.index + m[1].length);
    }
    return;
  }
  if (f.type === "merger" || f.type === "asset_purchase") {
    const m =
      /\b(?:acquire[sd]?|acquisition\s+of|purchase|merge\s+with)\s+((?:all\s+of\s+the\s+outstanding\s+(?:capital\s+)?stock\s+of\s+)?[A-Z][A-Za-z0-9.&'’ -]{1,60}?(?:,?\s(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|LLC|Plc))?)(?=[,.;(]|\s(?:for|in|from|to|and|by|with)\b)/.exec(
        s.text,
      );
    if (m && !/the\s+company|registrant/i.test(m[1])) {
      f.subject = m[1].trim();
      f.subjectSpan = loc(
        v,
        s.start + m.index + m[0].indexOf(m[1]),
        s.start + m.index + m[0].indexOf(m[1]) + m[1].length,
      );
    }
    return;
  }
  if (f.type === "credit") {
    const m =
      /\b((?:[\w$-]{1,20}\s){0,6}?(?:loan\s+facility|credit\s+facility|revolving\s+facility|facility|term\s+loan|loan|notes))\b/i.exec(
        s.text,
      );
    if (m) f.subject = m[1].replace(/^(?:an?|the)\s/i, "");
    return;
  }
  // Notes sold under an underwriting agreement: "0.000% Notes due 2025 and 0.500% Notes due 2031".
  const notes = [
    ...new Set([...s.text.matchAll(/\b\d{1,2}\.\d{1,3}%\s(?:Senior\s)?Notes\sdue\s\d{4}/g)].map((m) => m[0])),
  ];
  f.subject = notes.length ? notes.join(" and ") : f.name || null;
}
