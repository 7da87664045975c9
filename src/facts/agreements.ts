/**
 * Agreements a filing discloses, with parties and roles, subject, territory, exclusivity and
 * financial terms, each value with its span.
 *
 * Rules over sentences (no model): an agreement starts at a sentence that names one ("entered
 * into a license agreement with", "Agreement and Plan of Merger ... by and among", "to acquire");
 * the sentences after it that speak of it ("Under the terms of the agreement", money, royalties)
 * add to it, until another agreement is named. Each rule below says what it is for.
 */

import { BUYER_NAMED } from "./agreement-counterparty.js";
import { olderAgreement } from "./agreement-dates.js";
import { addListedParties, newDraft, type Sold } from "./agreement-draft.js";
import { bareAgreement, securedFacility, withAnother } from "./agreement-known.js";
import { finish, merge, perEmployee } from "./agreement-merge.js";
import {
  alsoNamed,
  BARE_AGREEMENT,
  entersBeside,
  namedAgreement,
  REFERS_BACK,
  sameName,
  typeOf,
} from "./agreement-names.js";
import { openedUnnamed } from "./agreement-openers.js";
import { registrantInitials, shortName } from "./agreement-parties.js";
import { sentencePieces } from "./agreement-pieces.js";
import { addSentence } from "./agreement-sentences.js";
import type { AgreementFact, AgreementType, Draft } from "./agreement-types.js";
import { findMoney } from "./money.js";
import { HONORIFIC, IN_SENTENCE } from "./names.js";
import { findOrganizations, type Organization, orgKey } from "./organizations.js";
import { sentences, type TextView } from "./text-view.js";

export type { AgreementFact, AgreementType, Located, Role, TermKind } from "./agreement-types.js";

const MAX_DRAFTS = 300;
// A payment told later in the same text ("The Registrant has already paid an initial $50,000 license
// fee") belongs to the agreement last read, with no other named since.
const PAYMENT = new RegExp(
  String.raw`\b(?:paid|will\s+pay|agreed\s+to\s+pay|payments?\s+of|fee\s+of)\b${IN_SENTENCE}{0,80}\$\s?\d|\$\s?[\d,.]+(?:\s(?:million|billion))?\s(?:license\s|upfront\s|up-front\s|signing\s)?(?:fee|payment)\b`,
  "i",
);
/** PAYMENT, tried only where a dollar sign is (most sentences have none). */
const paysMoney = (text: string) => text.includes("$") && PAYMENT.test(text);
const DATED_AFTER =
  /^,?\s{1,2}dated\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d/;
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
    // ("The fixed purchase price for the assets was ...", "the aggregate purchase price").
    (d.fact.type === "asset_purchase" && /\bthe\s+(?:[a-z-]{3,12}\s+){0,2}?purchase\s+price\b/i.test(text))
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
    for (const whole of sentences(v)) {
      const pieces = sentencePieces(v, whole);
      // Agreements listed in one sentence are each new, though their names are the same; they share
      // this token (Draft.listedWith), so none is taken for another.
      const list = pieces.length > 1 ? {} : null;
      for (const { view: pv, sentence: s } of pieces) {
        const named = namedAgreement(s.text);
        const typed = named ? typeOf(named[1], s.text) : null;
        const starts =
          named &&
          typed &&
          (entersBeside(s.text, named) ||
            /dated\s+as\s+of|by\s+and\s+(?:among|between)/i.test(s.text) ||
            // "pursuant to a Stock Purchase Agreement, Capital Partners II, Ltd. purchased": done under a
            // new agreement (an indefinite article: not one the filing told of before).
            /\bpursuant\s+to\s+an?\s(?:[^.;]|\.(?!\s+[A-Z])){0,80}?\b(?:purchased|sold|issued|acquired)\b/.test(
              s.text,
            ) ||
            // "Under an Asset Purchase Agreement dated February 3, 2006 (the “Agreement”), INX Inc. ...
            // purchased": the agreement's own date right after its name.
            DATED_AFTER.test(
              s.text.slice(named.index + named[0].length, named.index + named[0].length + 40),
            ) ||
            // "Ms. Major's offer letter provides for an annual base salary of $450,000".
            (typed.type === "employment" && /\bprovides?\s+for\b/i.test(s.text))) &&
          !olderAgreement(s.text, named[1], input.date ?? null);
        // "the Merger Agreement" again: the agreement already read, not a new one; "the agreement"
        // alone is the one being read ("The material terms of the agreement are ...").
        const known: Draft | undefined =
          starts && named
            ? (drafts.find(
                (d) =>
                  sameName(d.fact.name, named[1]) &&
                  d.fact.type === typed?.type &&
                  !withAnother(d, s.text) &&
                  (!list || d.listedWith !== list),
              ) ??
              securedFacility(drafts, named[1]) ??
              (BARE_AGREEMENT.test(named[1]) ? bareAgreement(current ?? lastInView, s.text) : undefined))
            : undefined;
        if (known) {
          current = known;
          addSentence(known, pv, s);
          // "reflects the settlement agreement among Georgia Power and ..., signed by ...".
          if (known.fact.type === "settlement" || known.fact.type === "other")
            addListedParties(known.fact.parties, pv, s);
          since = 0;
          continue;
        }
        // A new agreement: named and entered into, or told with no agreement named (openedUnnamed).
        const opened =
          starts && typed
            ? officersAgreement(pv.item, named?.[1] ?? "", typed)
            : openedUnnamed(s.text, current?.fact.type ?? null, () =>
                drafts.some((d) => d.fact.type === "merger" || d.fact.type === "asset_purchase"),
              );
        // A filing names a handful of agreements; past a few hundred it only repeats itself.
        if (opened && drafts.length < MAX_DRAFTS) {
          const draft = (name: string, type: AgreementType, generic: boolean, how: Sold | null) =>
            newDraft(
              pv,
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
          if (list) current.listedWith = list;
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
            addSentence(lastInView, pv, s);
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
        const speaks =
          refersBack(current, s.text) ||
          PARTY_GOES_ON.test(s.text) ||
          price ||
          paysMoney(s.text) ||
          BUYER_NAMED.test(s.text);
        const money = speaks || since === 0 ? findMoney({ ...pv, start: s.start, end: s.end }) : [];
        if (speaks || (money.length > 0 && since === 0)) {
          // What holders get in a merger, told after a voting agreement made for it, is the merger's.
          const owner =
            current.fact.type === "other" && MERGER_CONSIDERATION.test(s.text)
              ? (drafts.find((d) => d.fact.type === "merger") ?? current)
              : current;
          addSentence(owner, pv, s, money);
          since = 0;
        } else if (++since >= 2) current = null;
      }
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
