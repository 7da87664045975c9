/**
 * Agreements told twice become one; roles follow from each agreement's type and the registrant's
 * part in it; employment agreements with several people become one a person.
 */

import { isCompanyName, registrantActs, SELLS_ASSETS, SUB } from "./agreement-parties.js";
import {
  APPOINTED_REGISTRANT,
  BECOMES_DISTRIBUTOR,
  BUYS,
  boughtFrom,
  calledSubsidiary,
  counterpartyBuys,
  DISTRIBUTES,
  definedRole,
  distributesOthers,
  LENDS,
  licensedByInstitution,
  OWN_ASSETS_SOLD,
  paidToRegistrant,
  RECEIVES_ORDER,
  registrantsBought,
  SELLS_NAMED_SUBSIDIARY,
  SELLS_NEAR,
  SELLS_STOCK_OF,
  SELLS_SUBSIDIARY,
  standsAside,
  withFirstWord,
} from "./agreement-role-words.js";
import { listDefinedAs, namedAsSubsidiary, ownSubsidiary, stakeIn } from "./agreement-subsidiaries.js";
import { addTerm } from "./agreement-terms.js";
import type { AgreementFact, Draft, Role } from "./agreement-types.js";
import { keysOverlap, orgKey } from "./organizations.js";

/** One agreement told twice (an item and its press release): the same type and a counterparty in common. */
export function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find(
      (o) =>
        (!d.listedWith || d.listedWith !== o.listedWith) &&
        (o.fact.type === d.fact.type || o.generic || d.generic) &&
        (d.fact.parties.length <= 1 ||
          o.fact.parties
            .slice(1)
            .some((p) => d.fact.parties.slice(1).some((q) => orgKey(p.name) === orgKey(q.name))) ||
          (o.fact.parties.length <= 1 && d.fact.parties.length <= 1) ||
          // "executed an agreement to acquire a 10,000 square building ... from Luis Cruz, M.D.", then
          // "executed an agreement with Luis Cruz, M.D." on the same day: one agreement, its other side told.
          (d.generic && o.fact.parties.length <= 1 && o.fact.date !== null && o.fact.date === d.fact.date) ||
          (o.fact.subject && d.fact.subject && o.fact.subject === d.fact.subject)),
    );
    if (!twin) {
      out.push(d);
      continue;
    }
    for (const p of d.fact.parties) joinParty(twin.fact.parties, p);
    for (const t of d.fact.terms) addTerm(twin.fact.terms, t);
    if (d.respectively) twin.respectively = [...(twin.respectively ?? []), ...d.respectively];
    twin.fact.spans.push(...d.fact.spans);
    if (twin.generic && !d.generic) {
      twin.fact.type = d.fact.type;
      twin.fact.name = d.fact.name;
      twin.generic = false;
      twin.fact.subject = d.fact.subject ?? twin.fact.subject;
      twin.registrantIsLicensee = d.registrantIsLicensee;
    }
    twin.fact.subject ??= d.fact.subject;
    twin.fact.territory ??= d.fact.territory;
    twin.fact.exclusive ??= d.fact.exclusive;
    twin.fact.date ??= d.fact.date;
    twin.text += d.text;
    twin.registrantIsTarget ||= d.registrantIsTarget;
    twin.registrantSells ||= d.registrantSells;
  }
  return out;
}

/**
 * A party of a twin joins the list unless it is there by another form of its name ("Protagenic"
 * and "Protagenic Therapeutics, Inc."): then the fuller name stays, in the first one's place.
 */
function joinParty(parties: AgreementFact["parties"], p: AgreementFact["parties"][number]): void {
  const k = orgKey(p.name);
  const same = parties.findIndex((q) => keysOverlap(orgKey(q.name), k));
  if (same < 0) parties.push(p);
  else if (p.name.length > parties[same].name.length && same > 0)
    parties[same] = { ...parties[same], name: p.name, span: p.span };
}

/** A term the text names with no amount, unless one of its kind (or both in one) is there. */
function unstatedTerm(f: AgreementFact, kind: "upfront" | "milestones", words: RegExp, text: string): void {
  if (f.terms.some((t) => t.kind === kind || t.kind === "upfront_and_milestones") || !words.test(text))
    return;
  f.terms.push({ kind, amount: null, currency: null, qualifier: null, per: null, span: null });
}

/** Roles by type; the registrant is the first party. */
export function finish(d: Draft): AgreementFact {
  const f = d.fact;
  const reg = d.hasRegistrant === false ? undefined : f.parties[0];
  const others = reg ? f.parties.slice(1) : f.parties;
  const isSub = (n: string) => SUB.test(n);
  // "Surrozen Operating, Inc." beside the registrant "Surrozen, Inc.": its own subsidiary, on its side.
  const regKey = reg ? orgKey(reg.name) : "";
  const set = (mine: Role, theirs: Role) => {
    if (reg) reg.role = mine;
    for (const p of others) p.role = regKey && orgKey(p.name).startsWith(regKey) ? mine : theirs;
  };
  switch (f.type) {
    case "license":
    case "collaboration":
      // Payments told without an amount: "agreed to make an up-front payment", "to make
      // subsequent milestone payments as specified goals are achieved".
      unstatedTerm(
        f,
        "upfront",
        /\bup-?\s?front\s+(?:payments?|fees?)|\bupfront\s+(?:payments?|fees?)/i,
        d.text,
      );
      unstatedTerm(f, "milestones", /\bmilestones?\b/i, d.text);
      // A cross-license licenses both ways.
      // A collaboration that licenses nothing it says ("a research collaboration to discover ...") has
      // partners, not a licensor and a licensee.
      if (/cross-?\s?licen/i.test(f.name) || (f.type === "collaboration" && !d.aboutLicense))
        set("party", "party");
      else if (d.registrantIsLicensee || licensedByInstitution(d, others)) set("licensee", "licensor");
      else set("licensor", "licensee");
      break;
    case "asset_purchase": {
      // Assets change hands between a buyer and a seller (a new entity formed to buy them, "Acme
      // Acquisition, LLC", is the buyer); a merger has an acquirer and a target.
      const ownSubs = others.filter((p) => namedAsSubsidiary(d.text, p.name, d.mentionsReg));
      if (
        d.registrantIsTarget ||
        registrantActs(d.text, d.regWords, SELLS_ASSETS) ||
        // "Carsen Group Inc. (“Carsen”), a wholly-owned subsidiary of Cantel ... sold its inventories":
        // the registrant's subsidiary sells for its side.
        registrantActs(
          d.text,
          ownSubs.flatMap((p) => withFirstWord(p.name, 4)),
          SELLS_ASSETS,
        ) ||
        OWN_ASSETS_SOLD.test(d.text) ||
        paidToRegistrant(d.text, d.regWords) ||
        registrantsBought(d.text, d.regWords) ||
        counterpartyBuys(
          d.text,
          others.filter((p) => !ownSubs.includes(p)).map((p) => p.name),
        )
      )
        set("seller", "buyer");
      else set("buyer", "seller");
      break;
    }
    case "merger": {
      if (d.registrantIsTarget) set("target", "acquirer");
      else set("acquirer", "target");
      for (const p of others) if (isSub(p.name) || standsAside(d.text, p.name)) p.role = "party";
      // "The Company, through its wholly owned subsidiary Acme Operating LLC, acquired 100% of ...":
      // the subsidiary buys beside it (one it sells is dealt with below).
      if (reg && !d.registrantIsTarget)
        for (const p of others)
          if (p.role === "target" && ownSubsidiary(d.text, p.name, d.mentionsReg) && !stakeIn(d.text, p.name))
            p.role = "acquirer";
      // "sold its wholly owned subsidiary, Epsilon Services, LLC, to Kappa Partners LP": the registrant
      // sells, its subsidiary is bought, the other company buys.
      // "Gamma will acquire all of the outstanding capital stock of Acme Canada Ltd., a wholly owned
      // subsidiary of Acme": the same, told from the buyer's side.
      const soldSub = others.find(
        (p) => stakeIn(d.text, p.name) && namedAsSubsidiary(d.text, p.name, d.mentionsReg),
      );
      const stockSold = !soldSub && !!reg && registrantActs(d.text, d.regWords, SELLS_STOCK_OF);
      // "sale of Omega Products, Inc., a wholly-owned subsidiary, to Delta Holdings, Inc.".
      const subSold = !soldSub && !!reg && registrantActs(d.text, d.regWords, SELLS_NAMED_SUBSIDIARY);
      if (reg && (soldSub || stockSold || subSold || registrantActs(d.text, d.regWords, SELLS_SUBSIDIARY))) {
        reg.role = "seller";
        for (const p of others)
          p.role =
            p === soldSub ||
            namedAsSubsidiary(d.text, p.name) ||
            (stockSold && stakeIn(d.text, p.name)) ||
            (subSold && calledSubsidiary(d.text, p.name))
              ? "target"
              : "acquirer";
        f.subject = others.find((p) => p.role === "target")?.name ?? f.subject;
      }
      // "acquired all of the ... stock of Baseline from Questar InfoComm, Inc.": who sold it.
      if (!d.registrantIsTarget)
        for (const p of others)
          if (p !== soldSub && boughtFrom(d.text, p.name, p.role === "target")) p.role = "seller";
      // Paid in shares ("converted into ... shares of Amazon.com Common Stock", "a stock swap", "in
      // exchange for the issuance of 1,569,887 shares", "entitled to receive shares of Company Common
      // Stock"): a price with no amount.
      if (
        !f.terms.some((t) => t.kind === "purchase_price") &&
        /stock\s+swap|exchange\s+ratio|in\s+exchange\s+for\s+(?:the\s+issuance\s+of\s+)?(?:approximately\s+)?[\d,]{3,15}\s+shares|\breceived\s+an\s+aggregate\s+of\s+[\d,]{3,15}\s+shares|\breceive\s+(?:\d{0,3}\.\d{1,6}\s+)?shares?\s+of|(?:converted|exchanged)\s+(?:in)?to\s+(?:the\s+right\s+to\s+receive\s+)?(?:that\s+number\s+of\s+|a\s+number\s+of\s+)?(?:shares|\.?\d)|will\s+issue\s+approximately\s+[\d,]+\s+shares|[\d,]{6,}\s+shares\s+of\s+(?:the\s+)?(?:Registrant|[A-Z][\w.]*)['’]?s?\s+Common\s+Stock\s+will\s+be\s+issued/i.test(
          d.text,
        )
      )
        f.terms.push({
          kind: "purchase_price",
          amount: null,
          currency: null,
          qualifier: null,
          per: null,
          span: null,
        });
      // The subject of a merger is its target (the registrant itself when it is acquired).
      // (A subject that names the registrant already, as the text writes it, stays.)
      if (!f.subject || (d.registrantIsTarget && !d.mentionsReg(f.subject)))
        f.subject = f.parties.find((p) => p.role === "target")?.name ?? f.subject;
      // "will acquire Madison through the merger ...": a short name stands for the target's full one.
      const target = f.parties.find((p) => p.role === "target");
      if (target && f.subject && target.name.startsWith(`${f.subject} `)) {
        f.subject = target.name;
        f.subjectSpan = target.span ?? f.subjectSpan;
      }
      break;
    }
    case "credit":
      if (reg && registrantActs(d.text, d.regWords, LENDS)) set("lender", "borrower");
      else set("borrower", "lender");
      break;
    case "employment":
      // The registrant employs, whatever its name's case ("SPHERIX INCORPORATED").
      for (const p of f.parties) p.role = p === reg || isCompanyName(p.name) ? "employer" : "employee";
      break;
    case "supply": {
      // A distribution agreement: the distributor buys what it distributes ("MOSS will act as the
      // exclusive distributor in Italy of CytoCore's SoftPap"). Otherwise "Aimmune is required to
      // purchase a minimum percentage of its ... supply requirements": a registrant that buys is the
      // buyer, though "supply" follows its name.
      // A marketing agreement is one too ("under which Omega will market and sell the Registrant's products"),
      // and a reseller's ("a Strategic Alliance Agreement ..., under which IBM will resell the Company's software").
      const distribution =
        /distribut|marketing|resell/i.test(f.name) ||
        (!/suppl|purchase|services|order|manufactur/i.test(f.name) && /distribut|\bresell/i.test(d.text));
      const sells = distribution
        ? !registrantActs(d.text, d.regWords, DISTRIBUTES) &&
          !registrantActs(d.text, d.regWords, BECOMES_DISTRIBUTOR) &&
          !APPOINTED_REGISTRANT.test(d.text) &&
          !distributesOthers(
            d.text,
            others.map((p) => p.name),
          )
        : (d.registrantSells &&
            !(registrantActs(d.text, d.regWords, BUYS) && !registrantActs(d.text, d.regWords, SELLS_NEAR))) ||
          // "for the long term supply by the Company to Conergy of solar grade silicon wafers".
          /\b(?:supply|sale)\s+by\s+(?:the\s+)?(?:Company|Registrant)\s+to\b/i.test(d.text) ||
          // "the Company was awarded a contract by the U.S. Army", "received a purchase order from".
          registrantActs(d.text, d.regWords, RECEIVES_ORDER);
      set(sells ? "seller" : "buyer", sells ? "buyer" : "seller");
      break;
    }
    case "other":
      // Sellers and buyers only where the agreement sells something (notes, shares).
      if (d.registrantBuys) set("buyer", "seller");
      else if (
        d.registrantSells &&
        (d.shareSale || /underwrit|purchase|subscription|sale|placement|offering/i.test(f.name))
      ) {
        set("seller", "buyer");
        // What is sold is no buyer: "to sell all of the outstanding shares of its subsidiary, Delta
        // Corp., to Omega", "sold to Sigma its 40% interest in Tau Partners, L.P.".
        for (const p of others)
          if (namedAsSubsidiary(d.text, p.name) || stakeIn(d.text, p.name)) p.role = "party";
      }
      break;
    default:
      break;
  }
  // "through its wholly-owned subsidiary, PSI-Tronix Technologies, Inc., acquired all of the assets
  // of ...", "GPI, a wholly owned subsidiary of the registrant, entered into a supply agreement": the
  // subsidiary buys, sells, licenses or borrows beside the registrant.
  if (reg && SIDES_WITH_PARENT.has(f.type))
    for (const p of others) if (namedAsSubsidiary(d.text, p.name, d.mentionsReg)) p.role = reg.role;
  // Companies listed with the registrant as one "Company" stand on its side.
  if (reg)
    for (const p of others) {
      const listed = listDefinedAs(d.text, p.name);
      if (listed === "company" || listed === "registrant") p.role = reg.role;
    }
  // A role the text defines wins: "TXC Services, LLC (the “Seller”)", "the Company (the “Buyer”)";
  // not over a merger sub's, which buys for its parent ("Omega Merger Sub, Inc. (“Purchaser”)").
  for (const p of f.parties) {
    const role = definedRole(d.text, p === reg ? [p.name, ...d.regWords] : withFirstWord(p.name, 4), f.type);
    if (role && !(f.type === "merger" && p.role === "party" && isSub(p.name))) p.role = role;
  }
  // An officer's, supply, settlement, credit or other agreement no sentence named a subject for
  // goes by its own name ("employment agreement"; a loan agreement that tells no facility).
  if (!f.subject && !NAMED_SUBJECT_TYPES.has(f.type)) f.subject = f.name || null;
  return f;
}

/** Types whose subject is read from their words only (a product, a target, assets). */
const NAMED_SUBJECT_TYPES = new Set(["license", "collaboration", "merger", "asset_purchase"]);

/**
 * "extended the terms of the employment agreements with each of David Ball, ..., and Monica
 * Baker": one agreement a person, each with the employers.
 */
export function perEmployee(f: AgreementFact, respectively: readonly number[][] = []): AgreementFact[] {
  if (f.type !== "employment") return [f];
  const employees = f.parties.filter((p) => p.role === "employee");
  if (employees.length < 2) return [f];
  const employers = f.parties.filter((p) => p.role !== "employee");
  // Amounts listed "respectively", as many as the people: the i-th is the i-th person's alone.
  const lists = respectively.filter((l) => l.length === employees.length);
  return employees.map((e, i) => ({
    ...f,
    name: f.name.replace(/agreements\b/i, "agreement"),
    subject: f.subject?.replace(/agreements\b/i, "agreement") ?? null,
    parties: [...employers, e],
    terms: lists.length
      ? f.terms.filter(
          (t) =>
            t.amount === null || lists.every((l) => !l.includes(t.amount as number) || l[i] === t.amount),
        )
      : f.terms,
  }));
}

/** Types in which the registrant's subsidiary takes its side. */
const SIDES_WITH_PARENT = new Set(["asset_purchase", "supply", "license", "credit"]);
