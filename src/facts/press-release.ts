/**
 * A press release (EX-99.x, or printed inside the 8-K): headline and subheadline, dateline,
 * exchanges and tickers, quotations with their speakers, "About <company>" paragraphs, the
 * forward-looking statements section, and media and investor contacts. Read from the release's
 * lines, each value with its span.
 */
import type { Doc } from "../document/types.js";
import { findDates, MONTH_WORD } from "../util/dates.js";
import { stateCode } from "../util/states.js";
import { HONORIFIC_NOT_MRS, TITLE_WORD, tickerPattern } from "./names.js";
import { viewOf } from "./text-view.js";

type Loc = { doc: number; start: number; end: number };

export interface PressRelease {
  exhibit: string;
  headline: { text: string; span: Loc } | null;
  subheadline: { text: string; span: Loc } | null;
  dateline: { city: string | null; state: string | null; date: string | null; span: Loc } | null;
  tickers: { exchange: string; symbol: string; span: Loc }[];
  quotes: { text: string; speaker: string | null; title: string | null; company: string | null; span: Loc }[];
  about: { company: string; text: string; span: Loc }[];
  forwardLooking: Loc | null;
  contacts: {
    role: string | null;
    name: string | null;
    organization: string | null;
    phone: string | null;
    email: string | null;
    span: Loc;
  }[];
}

// One line at a time, bounded. "NORWOOD, MASSACHUSETTS, FEBRUARY 3, 1999 --", "SAN JOSE, Calif.,
// Jan. 31, 2018 /PRNewswire/ --", "CUPERTINO, Calif.--Dec. 20, 1996--".
const DATELINE =
  /^([A-Z][A-Za-z. '-]{1,30}?),\s{0,3}([A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,15})?)\.?,?\s{0,3}(?:[-–—]{1,2}\s{0,2}|\(?(?:BUSINESS\sWIRE|PR\sNewswire|GLOBE\sNEWSWIRE|ACCESSWIRE|Marketwired)\)?\s{0,3}[-–—]{0,2}\s{0,2})?/;
// Its exchanges differ from organizations.ts's (see there).
const TICKER = tickerPattern(
  String.raw`(?:NASDAQ|Nasdaq|NYSE|AMEX|NYSE American|OTCBB|OTC BB|OTCQB|OTCQX|TSX|London Stock Exchange|LSE)(?:\s(?:Global\s)?(?:Select\s)?Market)?`,
);
const QUOTE = new RegExp(
  String.raw`[“"]([^“”"]{20,600})[”"],?\s{0,3}(?:said|says|stated|added|commented|noted)\s{1,3}((?:${HONORIFIC_NOT_MRS})?[A-Z][A-Za-z'’-]{1,25}(?:\s(?:[A-Z]\.|[A-Z][A-Za-z'’-]{1,25})){0,3})(?:,\s{1,3}(?:(?:Ph\.D\.|M\.D\.|Jr\.|Sr\.),?\s{0,3})?([^“"]{3,160}?))?(?=(?<![\s.][A-Z])\.\s|\.$|\s[“"]|$)`,
  "g",
);
const QUOTE_BEFORE = new RegExp(
  String.raw`((?:${HONORIFIC_NOT_MRS})?[A-Z][A-Za-z.'’-]{1,25}(?:\s[A-Z][A-Za-z.'’-]{1,25}){0,3}),\s{1,3}([^.“"]{3,120}?),\s{1,3}(?:said|says|stated|added)[:,]?\s{0,3}[“"]([^“”"]{20,600})[”"]`,
  "g",
);
/** A dateline without its year: "ATLANTA - ", "HOFFMAN ESTATES, Ill., July 22 /PRNewswire/ --". */
const BARE_DATELINE = new RegExp(
  String.raw`^[A-Z][A-Z .'-]{2,30}(?:,\s{0,2}[A-Z][A-Za-z.]{1,20})?(?:,?\s{0,2}${MONTH_WORD}\.?\s{1,2}\d{1,2})?\s{0,2}(?:\/[^/]{1,40}\/\s{0,2})?(?:-{1,2}|–|—)\s`,
  "i",
);
/** The first line of a contact block: "Contacts:", "Media Contact", "Oracle Investor Relations". */
const CONTACT_LABEL =
  /^(?:contacts?\b|media\b|investors?\b)|\b(?:investor|media|press|public)\s+(?:relations|contacts?)\b|\bcorporate\s+communications\b/i;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/;
const PHONE = /\(?\b\d{3}\)?[-.\s]{0,2}\d{3}[-.\s]\d{4}\b|\+\d{1,3}[-\s.]{0,2}\d{1,4}(?:[-\s.]\d{2,5}){1,4}/;

export function readPressRelease(
  doc: Doc,
  docIndex: number,
  exhibit: string,
  start = 0,
  end = doc.text.length,
): PressRelease {
  const loc = (s: number, e: number): Loc => ({ doc: docIndex, start: s, end: e });
  const lines = doc.lines.within(start, end);
  const text = (i: number) => doc.text.slice(lines[i].start, lines[i].end).trim();
  const out: PressRelease = {
    exhibit,
    headline: null,
    subheadline: null,
    dateline: null,
    tickers: [],
    quotes: [],
    about: [],
    forwardLooking: null,
    contacts: [],
  };

  // The dateline: the first line that opens with "CITY, STATE" and holds a date.
  let datelineAt = -1;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const t = text(i);
    const m = DATELINE.exec(t);
    // Dates only for a line that opens like a dateline.
    const d = m ? findDates(t.slice(0, 140))[0] : undefined;
    if (m && d && d.start < 80 && !/^(?:exhibit|for\s+immediate|contact|media|investor)/i.test(t)) {
      datelineAt = i;
      const state = stateCode(m[2].replace(/\.$/, "")) ?? stateCode(m[2]) ?? m[2];
      out.dateline = {
        city: titleCase(m[1]),
        state,
        date: d.iso,
        span: loc(lines[i].start, lines[i].start + d.end),
      };
      break;
    }
  }
  // Headline and subheadline: the lines before the dateline, after "Exhibit 99.1" and contacts.
  const heads: number[] = [];
  // A contact block ("Investor Relations Contact", then a name, a company, an address) is short
  // lines: none of them is a headline.
  let inContacts = false;
  // Without a dateline, the head ends where the body's first long paragraph begins.
  const headEnd = datelineAt >= 0 ? datelineAt : Math.min(lines.length, 15);
  for (let i = 0; i < headEnd; i++) {
    const t = text(i);
    // ...or where a dateline without a date opens it ("ATLANTA - Southern Company today ...").
    if (datelineAt < 0 && (t.length > 150 || BARE_DATELINE.test(t))) break;
    if (CONTACT_LABEL.test(t)) {
      inContacts = true;
      continue;
    }
    // A name, a company: up to three words, none in lower case ("in", "drives").
    if (inContacts && /^\S+(?:\s\S+){0,2}$/.test(t) && !/\b[a-z]{2,}\b/.test(t)) continue;
    inContacts = false;
    if (
      /^(?:exhibit\s+\d|for\s+immediate\s+release|news\s+release|press\s+release|page\s+\d)/i.test(t) ||
      EMAIL.test(t) ||
      PHONE.test(t) ||
      // "www.southerncompany.com", "Jan. 25, 2007": an address or a date alone is no headline.
      /^(?:https?:\/\/|www\.)\S+$/i.test(t) ||
      findDates(t).some((d) => d.start < 3 && d.end > t.length - 3)
    )
      continue;
    if (t.length < 8 || /^\d+$/.test(t)) continue;
    heads.push(i);
  }
  if (heads.length) {
    // Consecutive head lines form the headline; a following group is the subheadline.
    const groups: number[][] = [];
    for (const i of heads) {
      const last = groups[groups.length - 1];
      if (last && i === last[last.length - 1] + 1 && !lines[i].gapBefore) last.push(i);
      else groups.push([i]);
    }
    const span = (g: number[]) => ({
      text: g.map(text).join(" ").replace(/\s+/g, " "),
      span: loc(lines[g[0]].start, lines[g[g.length - 1]].end),
    });
    out.headline = span(groups[0]);
    if (groups[1]) out.subheadline = span(groups[1]);
  }

  // The same flat text every other fact reads (cached per document, furniture blanked).
  const flat = viewOf(doc, docIndex, start, end).flat.slice(start, end);
  for (const m of flat.matchAll(TICKER)) {
    out.tickers.push({
      exchange: m[1],
      symbol: m[2],
      span: loc(start + m.index, start + m.index + m[0].length),
    });
    if (m[3] && m[4])
      out.tickers.push({
        exchange: m[3].trim(),
        symbol: m[4],
        span: loc(start + m.index, start + m.index + m[0].length),
      });
  }
  // Quotes after their words ("...," said Name, Title) and before them (Name, Title, said "...").
  const quote = (text: string, words: string, role: string | null, at: number, length: number) => {
    // "said Chairman, President and CEO David M. Ratcliffe": titles first, the name last.
    const titlesFirst = role !== null && words.replace(TITLE_WORDS, "").trim() === "";
    const { speaker, before } = splitSpeaker(titlesFirst ? `${words}, ${role}` : words);
    const [title, company] = before ? [before.title, before.company] : splitTitle(role);
    out.quotes.push({
      text: text.trim(),
      speaker,
      title,
      company,
      span: loc(start + at, start + at + length),
    });
  };
  for (const m of flat.matchAll(QUOTE)) quote(m[1], m[2], m[3] ?? null, m.index, m[0].length);
  if (/(?:said|says|stated|added)[:,]?\s{0,3}[“"]/.test(flat))
    for (const m of flat.matchAll(QUOTE_BEFORE)) quote(m[3], m[1], m[2], m.index, m[0].length);

  for (let i = 0; i < lines.length; i++) {
    const t = text(i);
    const about = /^about\s+(.{2,80}?)\.?$/i.exec(t);
    if (about && t.length < 90) {
      let j = i + 1;
      while (j < lines.length && !(lines[j].gapBefore && j > i + 1 && /^[A-Z][^.]{0,60}$/.test(text(j)))) j++;
      const last = Math.max(i + 1, j - 1);
      if (last < lines.length)
        out.about.push({
          company: about[1],
          text: lines
            .slice(i + 1, last + 1)
            .map((_, k) => text(i + 1 + k))
            .join(" "),
          span: loc(lines[i].start, lines[last].end),
        });
    }
    if (!out.forwardLooking && t.length < 120 && /forward[-\s]looking\s+statements?|safe\s+harbor/i.test(t)) {
      let j = i + 1;
      while (
        j < lines.length &&
        !/^(?:about\s|contacts?:|media\s+contact|investor\s+contact|#\s?#\s?#|-\s?30\s?-)/i.test(text(j))
      )
        j++;
      out.forwardLooking = loc(lines[i].start, lines[Math.max(i, j - 1)].end);
    }
    const contact =
      /^(media|investors?|investor\s+relations|press|analysts?)?\s*(?:contacts?|inquiries)\s*:?\s*(.*)$/i.exec(
        t,
      );
    if (contact && t.length < 160) {
      const block = [contact[2], ...lines.slice(i + 1, i + 6).map((_, k) => text(i + 1 + k))].filter(Boolean);
      const name =
        block
          .find((b) =>
            /^[A-Z][a-z]{1,30}(?:\s[A-Z]\.)?\s[A-Z][A-Za-z'’-]{1,30}$/.test(b.split(/,|\s{2}/)[0].trim()),
          )
          ?.split(/,|\s{2}/)[0]
          .trim() ?? null;
      const phone = block.map((b) => PHONE.exec(b)?.[0]).find(Boolean) ?? null;
      const email = block.map((b) => EMAIL.exec(b)?.[0]).find(Boolean) ?? null;
      // "Communications", "Partners": the contact often works for a PR firm.
      const organization =
        block.find(
          (b) =>
            /\b(?:Inc|Corp|Corporation|Company|Group|Partners|Communications|LLC)\b\.?/.test(b) &&
            !PHONE.test(b) &&
            // Not a web address, a contact label or a sentence ("2006 Southern Company earnings ...").
            !/https?:|www\./i.test(b) &&
            !CONTACT_LABEL.test(b) &&
            !/\b[a-z]{4,}\b/.test(b.replace(/\S+@\S+/g, "")),
        ) ?? null;
      if (name || phone || email)
        out.contacts.push({
          role: contact[1]?.toLowerCase() ?? null,
          name,
          organization,
          phone,
          email,
          span: loc(lines[i].start, lines[Math.min(lines.length - 1, i + 5)].end),
        });
    }
  }
  return out;
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : s;
}

/** Titles a speaker's words may open with: "Oracle President Mark Hurd". */
const TITLE_WORDS = new RegExp(TITLE_WORD, "g");

/**
 * The speaker's name out of the words before or after a quote: without what ends an earlier
 * sentence ("...Chief Technology Officer. Bruce Chizen"), and with a company and title put before
 * the name ("Oracle President Mark Hurd") taken apart.
 */
function splitSpeaker(words: string): {
  speaker: string;
  before: { title: string; company: string | null } | null;
} {
  const all = words.trim();
  // After the last sentence end (offsets into `all`, not into what is cut from it).
  let cut = 0;
  for (const m of all.matchAll(/(?<![A-Za-z])([A-Za-z]{2,})\.\s+(?=[A-Z])/g))
    if (!/^(?:Mr|Ms|Mrs|Dr|Jr|Sr|St|Prof)$/.test(m[1])) cut = (m.index ?? 0) + m[0].length;
  const w = all.slice(cut);
  let last: RegExpExecArray | null = null;
  let first: RegExpExecArray | null = null;
  for (const m of w.matchAll(TITLE_WORDS)) {
    first ??= m;
    last = m;
  }
  if (!first || !last) return { speaker: w, before: null };
  const name = w.slice((last.index ?? 0) + last[0].length).trim();
  // A name of two to four capitalised words must remain: "Larry Ellison", "David M. Ratcliffe".
  if (!/^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}$/.test(name)) return { speaker: w, before: null };
  const company = w.slice(0, first.index).trim();
  return {
    speaker: name,
    before: { title: w.slice(first.index, (last.index ?? 0) + last[0].length), company: company || null },
  };
}

/** "Chairman and CEO of ImmunoGen, Inc", "Chairman and CEO, Apple Computer Inc." → title and company. */
function splitTitle(s: string | null): [string | null, string | null] {
  if (!s) return [null, null];
  const t = s.trim().replace(/[,\s]+$/, "");
  // "Chairman of the Board of Directors": the board is no company.
  const of = /^(.{0,200}?)\s(?:of|at)\s(?!Directors\b|the\sBoard\b)([A-Z].{1,80})$/.exec(t);
  if (of) return [of[1].trim(), of[2].replace(/,?\s(Inc|Corp|Co|Ltd)$/, ", $1.").trim()];
  const comma = /^(.{0,200}?),\s([A-Z][\w.&'’ -]{2,60})$/.exec(t);
  return comma ? [comma[1].trim(), comma[2].trim()] : [t, null];
}
