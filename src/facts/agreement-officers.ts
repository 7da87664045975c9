/**
 * The officers an employment (or consulting) agreement is with: people the sentence names, "with
 * the Company's CEO, Anthony Hayes", "between Acme Corp. and John Smith", "with each of John Smith
 * and Jane Doe".
 */
import { PRONOUN_SALARY_TOLD, SALARY_TOLD, THE_OWNERS } from "./agreement-openers.js";
import { addParty, fullName, repaidBefore } from "./agreement-parties.js";
import { groupSpan, loc } from "./agreement-spans.js";
import type { AgreementFact, AgreementType } from "./agreement-types.js";
import { HONORIFIC_NOT_MRS, IN_SENTENCE } from "./names.js";
import { findPeople } from "./people.js";
import type { Sentence, TextView } from "./text-view.js";

// An officer's title, capitalised ("Chief Financial Officer"); before a name, with whose it is ("the
// Company's CEO, "), if said.
const TITLE_WORDS = String.raw`(?:[A-Z][\w&]{1,25}\s){0,5}?[A-Z][\w&]{1,25}`;
const TITLE_BEFORE = String.raw`(?:(?:the\sCompany['’]s|its|our)\s${TITLE_WORDS},\s)?`;
/** After a person's name: no more of a name, and no corporate word ("First National Bank" is none). */
const NOT_A_FIRM = String.raw`(?![\w'-]|,?\s(?:Bank|Inc|Corp|Corporation|Company|Co|LLC|L\.P|LP|Ltd|Limited|Trust|Capital|Partners|Fund|Group|Holdings|N\.A)\b)`;

// A person in a list of officers: a name may have three words ("Shao Jun Xu") and a degree after
// it ("Shao Jun Xu, PhD.").
const LISTED_NAME = String.raw`[A-Z][a-z]{1,30}(?:\s[A-Z]\.|\s[A-Z][a-z]{1,30})?\s[A-Z][a-zA-Z'-]{1,30}`;
const LISTED_PERSON = String.raw`${LISTED_NAME}(?:,\s(?:Ph\.?\s?D|M\.D|Esq|Jr|Sr)\.?(?=,|\s|$))?`;
const PERSON_IN_LIST = new RegExp(LISTED_NAME, "g");
// Two or more people, a title in brackets after each if any.
const PEOPLE_LISTED = String.raw`${LISTED_PERSON}(?:\s\([^()]{1,60}\))?(?:(?:,\s|,?\sand\s)${LISTED_PERSON}(?:\s\([^()]{1,60}\))?){1,9}`;
// "with each of John Smith and Jane Doe", "with the following named executive officers: ...",
// "entered into employment agreements with John Smith and Jane Doe".
const WITH_EACH = new RegExp(
  String.raw`\b(?:with\s(?:each\sof\s|(?:each\sof\s)?the\sfollowing\s(?:[\w-]{1,20}\s){0,4}?(?:officers|executives|employees|individuals|persons)?:\s)|agreements\s(?:[\w-]{1,20}\s){0,3}?with\s)(${PEOPLE_LISTED})`,
);
const BETWEEN_PERSON = new RegExp(
  String.raw`\bbetween\s[^;]{1,100}?\sand\s(?:${HONORIFIC_NOT_MRS})?([A-Z][a-z]{1,30}(?:\s(?:[A-Z]\.|[A-Z][a-z]{1,30}))?\s[A-Z][a-zA-Z'-]{1,30})(?=[,.;]|\s(?:dated|effective|as|to|for|pursuant)\b)`,
);
// "the Company, ECR Pharmaceutical Co., Inc. ..., and Cameron Durrant entered into a separation
// agreement": the last of those who entered into it.
const AND_PERSON_ENTERED = new RegExp(
  String.raw`\band\s(?:${HONORIFIC_NOT_MRS})?([A-Z][a-z]{1,30}(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'-]{1,30})\s(?:(?:have|has)\s)?(?:entered\sinto|executed|signed)\b`,
);
// "... with the Company's CEO, Anthony Hayes": the title before the name.
const WITH_PERSON = new RegExp(
  String.raw`\bwith\s${TITLE_BEFORE}(${HONORIFIC_NOT_MRS})?([A-Z][a-z]{1,30}(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'-]{1,30})`,
);

// "the employment agreement of its Chief Financial Officer, Peter Brown", "the Registrant and its President,
// Michael K. White, entered into": an officer named after the title.
const TITLED_PERSON = new RegExp(
  String.raw`\b(?:of|and)\s(?:the\s(?:Company|Registrant)['’]s|its|our)\s(?:former\s)?${TITLE_WORDS},\s(${HONORIFIC_NOT_MRS})?([A-Z][a-z]{1,30}(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'-]{1,30})`,
);

/** Adds the officers sentence `s` names to `parties`. */
export function addOfficers(
  parties: AgreementFact["parties"],
  v: TextView,
  s: Sentence,
  type: AgreementType,
): void {
  for (const p of findPeople({ ...v, start: s.start, end: s.end })) {
    // "Mrs. Fairhead" names a person the text introduced in full before ("Rona Fairhead").
    const full = p.name.includes(" ") ? null : fullName(v, p.name);
    addParty(parties, full ?? p.name, loc(v, p.start, p.end));
  }
  const withName = WITH_PERSON.exec(s.text);
  if (withName) addParty(parties, withName[2], groupSpan(v, s, withName));
  const titled = type === "employment" ? TITLED_PERSON.exec(s.text) : null;
  if (titled) addParty(parties, titled[2], groupSpan(v, s, titled));
  // "an Employment Agreement between Health Sciences Group, Inc. and Stuart Avery Gold".
  const between = type === "employment" ? BETWEEN_PERSON.exec(s.text) : null;
  if (between) addParty(parties, between[1], groupSpan(v, s, between));
  const entered = type === "employment" ? AND_PERSON_ENTERED.exec(s.text) : null;
  if (entered) addParty(parties, entered[1], groupSpan(v, s, entered));
  // "John Smith will receive an annual base salary of", "Mr. Norton's annual salary will be": the
  // officer paid, by the full name the text gave before if only the surname is here.
  const pay = type === "employment" && s.text.includes("salary");
  const paid = pay ? SALARY_TOLD.exec(s.text) : null;
  if (paid) {
    const name = paid[2] ?? fullName(v, paid[1]) ?? paid[1];
    const at = s.start + paid.index + paid[0].indexOf(paid[2] ?? paid[1]);
    addParty(parties, name, paid[2] ? loc(v, at, at + paid[2].length) : null);
  } else if (pay && PRONOUN_SALARY_TOLD.test(s.text)) {
    // "He will receive ...": the officer the text named last before.
    const before = findPeople({ ...v, start: Math.max(v.start, s.start - 600), end: s.start });
    const last = before[before.length - 1];
    if (last) addParty(parties, last.name, loc(v, last.start, last.end));
  }
  // "with each of John Smith and Jane Doe": every one of them.
  const each = WITH_EACH.exec(s.text);
  if (each) {
    const at = groupSpan(v, s, each).start;
    // Titles in brackets after the names ("Terry Rich (Chief Executive Officer)") are no names.
    const names = each[1].replace(/\([^()]*\)/g, (t) => " ".repeat(t.length));
    for (const m of names.matchAll(PERSON_IN_LIST))
      addParty(parties, m[0], loc(v, at + m.index, at + m.index + m[0].length));
  }
}

// A person who lends: "borrowed $500,000 from John Smith, the Company's Chairman", "issued a promissory
// note ... to Robert Brown, a director", "a loan agreement with its Chief Executive Officer, Michael
// Green". Not a bank's name ("from First National Bank"): no corporate word may follow.
const PERSON = String.raw`(${HONORIFIC_NOT_MRS})?([A-Z][a-z]{1,30}(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'-]{1,30})${NOT_A_FIRM}`;
const PERSON_LENDS = new RegExp(
  String.raw`\b(?:(?:borrowed|loan(?:ed)?|advanced?)\s${IN_SENTENCE}{0,60}?\bfrom|(?:promissory\s+)?note\b${IN_SENTENCE}{0,80}?\b(?:to|in\s+favor\s+of|payable\s+to)|loan\s+agreement\s+with)\s${TITLE_BEFORE}${PERSON}`,
);

/** Adds a person the sentence says lends to the registrant (a credit agreement's other side). */
export function addPersonLender(parties: AgreementFact["parties"], v: TextView, s: Sentence): void {
  const m = PERSON_LENDS.exec(s.text);
  // ("to repay its existing term loan from First Midwest": repaid, not lending.)
  const at = m ? m.index + m[0].length - m[2].length : 0;
  if (m && !repaidBefore(s.text, at)) addParty(parties, m[2], groupSpan(v, s, m));
}

// (Spaced out as 1990s text pads its lines: "Charles J.  Mund, Jr.".)
const PERSON_NAME = String.raw`[A-Z][a-z]{1,30}(?:\s{1,2}[A-Z]\.)?(?:\s{1,2}[A-Z][a-z]{1,30})?\s{1,2}[A-Z][a-zA-Z'-]{1,30}(?:,\s{1,2}(?:Jr|Sr)\.|\s(?:II|III|IV))?`;
const PEOPLE = String.raw`${PERSON_NAME}${NOT_A_FIRM}(?:(?:,\s{1,2}|,?\s{1,2}and\s{1,2})${PERSON_NAME}){0,9}`;
// People who sell what the registrant buys: "acquired all of the outstanding stock of Omega Systems, Inc.
// from John Smith and Mary Jones" (or "from its shareholders, John Smith and Mary Jones"), "a Purchase
// Agreement ... among the Company and Richard D. Fors, Jr., Charles J. Mund, ...".
const PEOPLE_SELL = new RegExp(
  String.raw`\b(?:(?:acquired|purchased|bought|acquire|purchase)\s[^;]{0,160}?\bfrom\s${THE_OWNERS}|among\s+the\s+(?:Company|Registrant)\s+and\s)(${PEOPLE})`,
);
const ONE_PERSON = new RegExp(PERSON_NAME, "g");

/** Adds the people the sentence says the registrant buys from (a merger's or asset purchase's sellers). */
export function addPersonSellers(parties: AgreementFact["parties"], v: TextView, s: Sentence): void {
  const m = PEOPLE_SELL.exec(s.text);
  if (!m) return;
  const at = groupSpan(v, s, m).start;
  for (const p of m[1].matchAll(ONE_PERSON))
    addParty(parties, p[0].replace(/\s+/g, " "), loc(v, at + p.index, at + p.index + p[0].length));
}
