/**
 * Facts of a filing: what it discloses, read from its items and press releases, every value
 * with its span. A pure function of the record and its documents.
 */
import type { Doc } from "../document/types.js";
import type { Exhibit, Item } from "../form8k/schema.js";
import { type AgreementFact, findAgreements } from "./agreements.js";
import { type ItemEvent, itemEvents, type OfficerChange, officerChanges } from "./events.js";
import { justifiedView } from "./justified-view.js";
import { findMoney, type Money } from "./money.js";
import { findOrganizations } from "./organizations.js";
import { findPeople } from "./people.js";
import { findPeriods, type PeriodFact } from "./periods.js";
import { type PressRelease, readPressRelease } from "./press-release.js";
import { tableUnitsOf } from "./table-units.js";
import { type TextView, viewOf } from "./text-view.js";

export interface FactsInput {
  registrant: string | null;
  /** Date of report, for the item catalogue's era. */
  date: string | null;
  items: Item[];
  exhibits: Exhibit[];
  /** Parsed documents by index (null where not text). */
  docs: (Doc | null)[];
}

export interface Facts {
  agreements: AgreementFact[];
  events: ItemEvent[];
  officerChanges: OfficerChange[];
  pressReleases: PressRelease[];
  periods: PeriodFact[];
  people: { name: string; title: string | null; span: { doc: number; start: number; end: number } }[];
  organizations: {
    name: string;
    aliases: string[];
    tickers: { exchange: string; symbol: string }[];
    span: { doc: number; start: number; end: number };
  }[];
  money: (Omit<Money, "start" | "end" | "text" | "scaled"> & {
    text: string;
    span: { doc: number; start: number; end: number };
  })[];
}

/** Items whose text is a list or boilerplate, not an event. */
const NOT_EVENTS = new Set(["7", "9.01"]);

/** The views facts are read from: the event items, then press releases (EX-99.x), in order. */
function factViews(input: FactsInput): TextView[] {
  const views: TextView[] = [];
  for (const it of input.items) {
    if (NOT_EVENTS.has(it.number)) continue;
    const doc = input.docs[it.span.doc];
    if (doc) views.push({ ...viewOf(doc, it.span.doc, it.headingSpan.end, it.span.end), item: it.number });
  }
  for (const e of input.exhibits) {
    if (!/^99(?:\.|$)|^20(?:\.|$)/.test(e.number) || !e.textSpan) continue;
    const doc = input.docs[e.textSpan.doc];
    if (doc) views.push(viewOf(doc, e.textSpan.doc, e.textSpan.start, e.textSpan.end));
  }
  return views;
}

export function extractFacts(input: FactsInput): Facts {
  const views = factViews(input);
  const organizations = views.map((v) => findOrganizations(v));
  // Agreements read justified text with single spaces (and find its companies again there).
  const agreementViews = views.map(justifiedView);
  const agreements = findAgreements({
    registrant: input.registrant,
    views: agreementViews,
    organizations: agreementViews.map((v, n) => (v === views[n] ? organizations[n] : undefined)),
    date: input.date,
  });
  const officerViews = input.items
    .filter((it) => it.number === "5.02" || it.number === "6")
    .flatMap((it) => {
      const doc = input.docs[it.span.doc];
      return doc ? [viewOf(doc, it.span.doc, it.headingSpan.end, it.span.end)] : [];
    });
  const facts: Facts = {
    agreements,
    events: itemEvents(input.items, agreements, input.date),
    officerChanges: officerChanges(officerViews),
    pressReleases: pressReleases(input),
    periods: views.flatMap((v) => findPeriods(v, input.date)),
    people: [],
    organizations: [],
    money: [],
  };
  const seenPeople = new Set<string>();
  const seenOrgs = new Set<string>();
  for (const [n, v] of views.entries()) {
    const span = (start: number, end: number) => ({ doc: v.docIndex, start, end });
    for (const p of findPeople(v)) {
      if (seenPeople.has(p.name)) continue;
      seenPeople.add(p.name);
      facts.people.push({ name: p.name, title: p.title, span: span(p.start, p.end) });
    }
    for (const o of organizations[n]) {
      if (seenOrgs.has(o.name)) continue;
      seenOrgs.add(o.name);
      facts.organizations.push({
        name: o.name,
        aliases: o.aliases,
        tickers: o.tickers,
        span: span(o.start, o.end),
      });
    }
    const units = tableUnitsOf(v.doc);
    for (const m of findMoney(v))
      facts.money.push({
        amount: units.amountOf(m),
        currency: m.currency,
        qualifier: m.qualifier,
        per: m.per,
        text: m.text,
        span: span(m.start, m.end),
      });
  }
  return facts;
}

/** Press releases: EX-99.x exhibits (and old EX-20.x) that read like one (a dateline, quotes or tickers). */
function pressReleases(input: FactsInput): PressRelease[] {
  const out: PressRelease[] = [];
  for (const e of input.exhibits) {
    if (!/^99(?:\.|$)|^20(?:\.|$)/.test(e.number) || !e.textSpan) continue;
    const doc = input.docs[e.textSpan.doc];
    if (!doc) continue;
    const pr = readPressRelease(doc, e.textSpan.doc, e.number, e.textSpan.start, e.textSpan.end);
    if (pr.dateline || pr.quotes.length || pr.tickers.length) out.push(pr);
  }
  return out;
}
