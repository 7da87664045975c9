/**
 * Agreements told twice become one; roles follow from each agreement's type and the registrant's
 * part in it; employment agreements with several people become one a person.
 */

import { SUBSIDIARY_SOLD } from "./agreement-openers.js";
import { isCompanyName, registrantActs, SELLS_ASSETS, SUB, someMention } from "./agreement-parties.js";
import {
  atSomeMention,
  listDefinedAs,
  namedAsSubsidiary,
  ownSubsidiary,
  stakeIn,
} from "./agreement-subsidiaries.js";
import { addTerm } from "./agreement-terms.js";
import type { AgreementFact, Draft, Role } from "./agreement-types.js";
import { keysOverlap, orgKey } from "./organizations.js";

/** One agreement told twice (an item and its press release): the same type and a counterparty in common. */
export function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find(
      (o) =>
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

/** What the registrant itself does, told within 40 characters of its name, in its own clause. */
const toldAfterName = (acts: string) => new RegExp(String.raw`^(?:(?!\bwhich\b)[^.]){0,40}?\b(?:${acts})\b`);
const BUYS = toldAfterName("purchase|purchases|buy|buys|order|orders");
const SELLS_NEAR = toldAfterName(
  "sell|sells|sold|supply|supplies|manufacture|manufactures|provide|provides|deliver|delivers",
);
const DISTRIBUTES = toldAfterName(
  String.raw`will\s+(?:act\s+as|become|be|serve\s+as)\s+(?:the\s+|an?\s+)?(?:exclusive\s+)?(?:[\w-]+\s+){0,2}distributor|will\s+(?:exclusively\s+)?distribute|(?:is|was)\s+appointed`,
);
const APPOINTED_REGISTRANT = /\bappoint(?:s|ed)?\s+(?:the\s+Company|the\s+Registrant|us)\s+as\b/i;

/** "the sale of substantially all of Registrant's assets": the registrant sells its own. */
const OWN_ASSETS_SOLD =
  /\bsale\s+of\s+(?:substantially\s+)?(?:all\s+(?:or\s+substantially\s+all\s+)?(?:of\s+)?)?(?:the\s+)?(?:(?:Registrant|Company)['’]s|our)\s+(?:[a-z-]+\s+){0,3}?assets\b/i;

const SELLS_SUBSIDIARY = new RegExp(
  String.raw`^[^.]{0,60}?\b(?:sold|sell|sells|sale\s+of|divest(?:s|ed)?|disposed\s+of)\s+${SUBSIDIARY_SOLD}`,
);
/** "completed its previously announced sale of Omega Products, Inc., a wholly-owned subsidiary, to". */
const SELLS_NAMED_SUBSIDIARY =
  /^[^.]{0,60}?\b(?:sold|sale\s+of|disposed\s+of)\s+(?:[A-Z][\w.&'’-]*,?\s){1,6}(?:\([^()]{1,40}\)\s)?,?\s?(?:an?|its)\s+(?:[\w-]{1,20}\s){0,3}?subsidiary\b(?!\s+of\b)/;
const CALLED_SUBSIDIARY =
  /^,?\s(?:\([^()]{1,40}\)\s?,?\s)?(?:an?|its)\s(?:[\w-]{1,20}\s){0,3}?subsidiary\b(?!\s+of\b)/;

/** Is `name` followed by ", a wholly-owned subsidiary" (whose, unsaid: the registrant's)? */
function calledSubsidiary(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (CALLED_SUBSIDIARY.test(text.slice(at + name.length, at + name.length + 80))) return true;
  return false;
}

/** "the Registrant sold all of the outstanding capital stock of Omega Services, Inc. to Delta Corp.". */
const SELLS_STOCK_OF =
  /^[^.]{0,60}?\b(?:sold|sells|agreed\s+to\s+sell|will\s+sell)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares|membership\s+interests|equity\s+interests)\s+of\s+[A-Z][^;]{0,120}?\sto\s/;

/** "UAB agreed to pay the Company $466,001": the registrant is paid, so it sells. */
function paidToRegistrant(text: string, names: string[]): boolean {
  return someMention(text, names, (lower, at) =>
    /\bpay\s+(?:to\s+)?(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 20), at)),
  );
}

/**
 * "Merchants National Bank ... (“Merchants”), pursuant to which Merchants will acquire certain assets":
 * a counterparty (by its name or the first word of it) buys, so the registrant's side sells.
 */
function counterpartyBuys(text: string, counterparties: readonly string[]): boolean {
  return counterparties.some((name) =>
    withFirstWord(name, 2).some((n) =>
      atSomeMention(text, n, (at) => OTHER_BUYS.test(text.slice(at + n.length, at + n.length + 40))),
    ),
  );
}

/** A name and, when it is at least `minLength` long, its first word, the short name texts use. */
function withFirstWord(name: string, minLength: number): string[] {
  const short = name.split(/[\s,]+/)[0];
  return short.length >= minLength && short !== name && !GENERIC_FIRST_WORD.test(short)
    ? [name, short]
    : [name];
}
/** First words many names share: "Bank" of "Bank of America" is also the end of "Zeta Bank". */
const GENERIC_FIRST_WORD =
  /^(?:The|Bank|First|National|American|United|General|International|Global|New|North|South|East|West|Central|Pacific|Atlantic)$/i;
const OTHER_BUYS = /^\s(?:will|shall|would|agreed\sto|has\sagreed\sto|is\sto)\s(?:acquire|purchase|buy)\b/;

/** "pursue an acquisition of ICO's Oilfield Services Business Segment": what is bought is the registrant's. */
function registrantsBought(text: string, names: string[]): boolean {
  return someMention(
    text,
    names,
    (lower, at, end) =>
      /^['’]s\s/.test(lower.slice(end, end + 3)) &&
      /\b(?:(?:acquisition|purchase|sale)\s+of|acquire|purchase|buy)\s+(?:(?:substantially\s+)?all\s+(?:of\s+)?)?$/.test(
        lower.slice(Math.max(0, at - 40), at),
      ),
  );
}

const OWNER_APPOSED =
  /[A-Za-z.)”"],\s+(?:an?\s+(?:[\w-]+\s+){0,4}?(?:corporation|company)\s+and\s+)?(?:an?\s+)?(?:direct\s+|indirect\s+)?wholly[- ]owned\s+subsidiary\s+of\s+(?:the\s+)?$/;

/** After the registrant's name: it is given work ("was awarded a contract", "received a purchase order"). */
const RECEIVES_ORDER =
  /^(?:(?!\bwhich\b)[^.]){0,60}?\b(?:(?:was|were|has\s+been|have\s+been)\s+awarded|received)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:new\s+)?(?:[\w$.,-]{1,20}\s){0,5}?(?:contracts?|purchase\s+orders?|task\s+orders?|delivery\s+orders?|orders?)\b/;

const DEFINED_ROLE =
  /^,?\s{0,3}(?:\([^()]{0,60}\)\s{0,3})?\((?:the|each,?\s+an?|collectively,?\s+the)?\s{0,3}[“"](Sellers?|Buyers?|Purchasers?|Investors?|Licensor|Licensee|Borrowers?|Lenders?)[”"]/;
const DEFINED_ROLES: Partial<Record<AgreementFact["type"], Record<string, Role>>> = {
  merger: { seller: "seller", buyer: "acquirer", purchaser: "acquirer" },
  asset_purchase: { seller: "seller", buyer: "buyer", purchaser: "buyer" },
  other: { seller: "seller", buyer: "buyer", purchaser: "buyer", investor: "buyer" },
  supply: { seller: "seller", buyer: "buyer", purchaser: "buyer" },
  license: { licensor: "licensor", licensee: "licensee" },
  credit: { borrower: "borrower", lender: "lender" },
};

/** The role a party is defined by where it is named ("TXC Services, LLC (the “Seller”)"), if its type has it. */
function definedRole(text: string, names: readonly string[], type: AgreementFact["type"]): Role | null {
  const roles = DEFINED_ROLES[type];
  if (!roles) return null;
  for (const n of names) {
    const k = n.trim();
    if (k.length < 2) continue;
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
      const m = DEFINED_ROLE.exec(text.slice(at + k.length, at + k.length + 140));
      const role = m ? roles[m[1].toLowerCase().replace(/s$/, "")] : undefined;
      if (role) return role;
    }
    const listed = listDefinedAs(text, k);
    if (listed && roles[listed]) return roles[listed];
  }
  return null;
}

// ("from John Smith and Mary Jones": each of those listed.)
const BOUGHT_FROM_BEFORE =
  /\b(?:acqui|purchas|bought)[^;]{0,400}\bfrom\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s{1,2}){0,4}[A-Z][\w.'’-]*(?:,\s{1,2}|,?\s{1,2}and\s{1,2})){0,9}$/;

/** Is `name` who the company's stock or assets were bought "from"? */
function boughtFrom(text: string, name: string, asOwner = false): boolean {
  const short = name.split(/[\s,]+/)[0];
  return (asOwner ? withFirstWord(name, 4) : [name]).some((n) =>
    atSomeMention(text, n, (at) => {
      // The short name alone, not the first word of another's ("from Lambda Holdings, LP" does not
      // sell "Lambda Energy Services, LLC").
      if (n === short && /^\s+[A-Z]/.test(text.slice(at + n.length, at + n.length + 3))) return false;
      const before = text.slice(Math.max(0, at - 420), at);
      // "InterCAP, a Delaware corporation and wholly owned subsidiary of Intergraph": its owner sells
      // it (not "merged with a wholly-owned subsidiary of Banc One", the buyer's merger sub).
      return BOUGHT_FROM_BEFORE.test(before) || (asOwner && OWNER_APPOSED.test(before));
    }),
  );
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
      else if (d.registrantIsLicensee) set("licensee", "licensor");
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
      set("borrower", "lender");
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
      // A marketing agreement is one too ("under which Omega will market and sell the Registrant's products").
      const distribution =
        /distribut|marketing/i.test(f.name) || (f.name === "agreement" && /distribut/i.test(d.text));
      const sells = distribution
        ? !registrantActs(d.text, d.regWords, DISTRIBUTES) && !APPOINTED_REGISTRANT.test(d.text)
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
  // A role the text defines wins: "TXC Services, LLC (the “Seller”)", "the Company (the “Buyer”)".
  for (const p of f.parties) {
    const role = definedRole(d.text, p === reg ? [p.name, ...d.regWords] : [p.name], f.type);
    if (role) p.role = role;
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

/**
 * Is `name` in a merger only as the sellers' representative, "solely for purposes of Section
 * 7.3(b)", or as its merger subsidiary? Then it is a party, neither side.
 */
function standsAside(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const after = text.slice(at + name.length, at + name.length + 160);
  return STANDS_ASIDE.test(after) || DEFINED_AS_SUB.test(after);
}
const STANDS_ASIDE =
  /^[^.;]{0,100}?\b(?:as\s(?:the\s)?(?:(?:sellers['’]?|stockholders['’]?|shareholders['’]?|equityholders['’]?)\s)?(?:representative|guarantor)\b|solely\sfor\s(?:the\s)?purposes?\sof)/i;
/**
 * A merger subsidiary by the name the agreement gives it: "CVLY Corp., a Pennsylvania corporation
 * and wholly-owned subsidiary of Codorus Valley (“Acquisition Subsidiary”)".
 */
const DEFINED_AS_SUB =
  /^[^.;()]{0,120}\((?:the\s)?[“"](?:Merger|Acquisition|Purchaser|Buyer)\s(?:Sub(?:sidiary)?|Corp(?:oration)?|Co)[”"]\)/;

/** Types in which the registrant's subsidiary takes its side. */
const SIDES_WITH_PARENT = new Set(["asset_purchase", "supply", "license", "credit"]);
