/**
 * What each item reports, on the modern scale, and the officer and director changes of Item
 * 5.02 (old Item 6). A pre-2004 "Item 5. Other Events" that announces a license is, on today's
 * form, an Item 1.01 "Entry into a Material Definitive Agreement"; one that announces a finished
 * acquisition, an Item 2.01.
 */
import { catalogItem } from "../form8k/item-catalog.js";
import type { Item } from "../form8k/schema.js";
import { findDates } from "../util/dates.js";
import type { AgreementFact } from "./agreements.js";
import { findPeople } from "./people.js";
import { sentences, type TextView } from "./text-view.js";

export interface ItemEvent {
  item: string;
  /** The current item the event is, by what the text says. */
  code: string | null;
  category: string | null;
}

export interface OfficerChange {
  person: string;
  role: string | null;
  change: "appointed" | "elected" | "resigned" | "retired" | "departed" | "terminated" | "promoted";
  effective: string | null;
  span: { doc: number; start: number; end: number };
}

const within = (a: AgreementFact, it: Item) =>
  a.spans.some((s) => s.doc === it.span.doc && s.start >= it.span.start && s.start < it.span.end);

/** An item a filing answers with nothing: "None.", "Not applicable." (1990s forms list every item). */
const NOTHING = /^(?:none|not\s+applicable|inapplicable|n\/a)\s*[.;]?(?:\s|$)/i;

export function itemEvents(items: Item[], agreements: AgreementFact[], date: string | null): ItemEvent[] {
  return items
    .filter((it) => !NOTHING.test(it.text.trim()))
    .map((it) => {
      let code = it.code;
      if (code === "8.01" || code === "7.01") {
        const mine = agreements.filter((a) => within(a, it));
        if (mine.some((a) => a.type === "merger" && /completed|consummated|acquired/i.test(it.text)))
          code = "2.01";
        else if (mine.length) code = mine.some((a) => a.type === "employment") ? "5.02" : "1.01";
      }
      return {
        item: it.number,
        code,
        category: code
          ? (catalogItem(code, date && date >= "2004-08-23" ? date : "2010-01-01")?.title ?? null)
          : null,
      };
    });
}

const NAME = "([A-Z][a-z]{1,20}(?:\\s[A-Z]\\.)?(?:\\s[A-Z][a-zA-Z'’-]{1,20}){1,2})";
const VERB_BEFORE = "elected|appointed|named|promoted|hired";
const VERB_AFTER = "resigned|retired|informed|notified|will\\s+retire|will\\s+step\\s+down|stepped\\s+down";

const CHANGE: [RegExp, OfficerChange["change"]][] = [
  [/\bpromoted\b/i, "promoted"],
  // "named" the verb, not the "Named Executive Officers" a compensation item lists.
  [
    /\b(?:[Aa]ppoint(?:ed|ment)|[Hh]ired|APPOINT(?:ED|MENT))\b|\bnamed\b(?!\s+executive\s+officers?)/,
    "appointed",
  ],
  [/\belected\b/i, "elected"],
  [/\bresign(?:ed|ation)\b/i, "resigned"],
  [/\bretire(?:d|ment)?\b/i, "retired"],
  [/\bterminat(?:ed|ion)\b/i, "terminated"],
  [/\bdepart(?:ed|ure)\b|\bstep(?:ped)?\s+down\b|\bwill\s+leave\b/i, "departed"],
];

export function officerChanges(views: TextView[]): OfficerChange[] {
  const out: OfficerChange[] = [];
  for (const v of views) {
    for (const s of sentences(v)) {
      const change = CHANGE.find(([re]) => re.test(s.text));
      if (!change) continue;
      const people: { name: string; title: string | null }[] = findPeople({
        ...v,
        start: s.start,
        end: s.end,
      }).filter((p) => p.name.includes(" "));
      // "unanimously elected Rona Fairhead to serve as a director", "John Smith resigned as ...".
      const around = new RegExp(
        `(?:${VERB_BEFORE})\\s+((?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s)?${NAME}|${NAME}\\s+(?:has\\s+|had\\s+)?(?:${VERB_AFTER})`,
      ).exec(s.text);
      const named = around ? (around[2] ?? around[3]) : null;
      if (named && !people.some((p) => p.name === named)) {
        const role =
          /\bas\s+(?:a\s+|an\s+|the\s+|its\s+)?((?:(?:[A-Z][a-z]{1,30}|[IVX]{1,4})\s){0,4}(?:[A-Z][a-z]{1,30}|director)|director|member\s+of\s+the\s+Board)/.exec(
            s.text.slice((around?.index ?? 0) + (around?.[0].length ?? 0)),
          );
        people.push({ name: named, title: role ? role[1].trim() : null });
      }
      if (!people.length) continue;
      const eff = /effective\s+(?:as\s+of\s+)?/i.exec(s.text);
      const date = eff ? findDates(s.text.slice(eff.index))[0] : findDates(s.text)[0];
      for (const p of people) {
        if (out.some((o) => o.person === p.name && o.change === change[1])) continue;
        out.push({
          person: p.name,
          role: p.title,
          change: change[1],
          effective: date?.iso ?? null,
          span: { doc: v.docIndex, start: s.start, end: s.end },
        });
      }
    }
  }
  return out;
}
