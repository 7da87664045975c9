/**
 * Organisations named in a text: capitalised names that end in a corporate word ("SmithKline
 * Beecham Plc", "Junglee Corp.", "JPMorgan Chase Bank, N.A.", "The Kroger Co."), the short names a
 * text defines for them ('SmithKline Beecham Plc ... ("SmithKline")'), and their tickers
 * ("(Nasdaq: IMGN)", "(NYSE: SBH)").
 */
import { type Doc, LineFlag } from "../document/types.js";
import { MONTH_WORD } from "../util/dates.js";
import { THING_TERM, TITLE, tickerPattern } from "./names.js";
import { docOffset, type TextView, viewOffset } from "./text-view.js";

export interface Organization {
  name: string;
  /** Short names the text defines for it. */
  aliases: string[];
  tickers: { exchange: string; symbol: string }[];
  start: number;
  end: number;
}

// Every corporate word a name found by its suffix may end in; the shorter lists elsewhere are
// shaped for their own use (see names.ts).
const SUFFIX =
  "(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Company|Co\\.|Plc|PLC|plc|p\\.l\\.c\\.|Ltd\\.?|Limited\\sPartnership|Limited|LLC|L\\.L\\.C\\.|L\\.P\\.|LP|N\\.A\\.|National\\sAssociation|S\\.A\\.|SA|AG|N\\.V\\.|B\\.V\\.|BV|GmbH|SE|S\\.p\\.A\\.|SpA|AB|ApS|A\\/S|ASA|Oyj|KGaA|S\\.r\\.l\\.|S\\.A\\.S\\.|K\\.K\\.|Bancorp|Trust|Bank|FSB|F\\.S\\.B\\.)";
const DEFINED = /^[^()]{0,120}?\(\s{0,2}(?:the\s{1,2}|collectively,?\s{1,2})?["“]([^"”]{2,40})["”]\s{0,2}\)/;
/**
 * Another company's name between a name and a defined term: the term is that one's ("OrthAlliance,
 * Inc., Orthodontic Centers of America, Inc. (“OCA”)").
 */
const ANOTHER_NAME =
  /[A-Z][\w.&'’-]*,?\s(?:Inc|Corp|Corporation|Ltd|LLC|L\.P|Limited|Company|Co|plc|PLC|N\.A|AG|GmbH)\b/;
// Not press-release.ts's list of exchanges: that one takes "NASDAQ Global Select Market" and
// the like after any exchange, this one "NYSE MKT" and two Nasdaq markets by name; one list for
// both would change what each finds.
const TICKER = tickerPattern(
  "NASDAQ|Nasdaq|NYSE|AMEX|NYSE American|NYSE MKT|OTCBB|OTC BB|OTCQB|OTCQX|TSX|London Stock Exchange|LSE|Nasdaq Global Select Market|Nasdaq Global Market",
);

/** A kind of company named by a common word ("Parent Company", "Total Company"). */
const GENERIC =
  /^(?:The\s)?(?:Parent|Public|Private|Total|Holding|Operating|Combined|Surviving|Acquiring|Target|Subsidiary)\s(?:Company|Corporation)$/;

/** A name's end that is no name alone: a corporate word first ("Trust Company", "Bank", "Savings Bank"). */
const NOT_ALONE = new RegExp(`^(?:${SUFFIX}|National|Savings)(?:,?\\s${SUFFIX})*$`);

const PAIRED_TRADES =
  /\b(?:Exploration|Research|Oil|Gas|Light|Power|Sales|Savings|Food|Health|Sciences?|Technology|Engineering|Mining|Energy|Water)\sand\s(?:Production|Development|Gas|Electric|Power|Light|Marketing|Loan|Drug|Technology|Engineering|Manufacturing|Exploration|Mining|Chemicals?)\b/;

/** Words that start a capitalised run but are not part of a name ("Common Stock of" Gamma Ltd.). */
const LEADING =
  /^(?:(?:On|In|Under|As|At|By|For|From|With|And|Between|Among|Pursuant|Also|Additionally|Further|Each|Both|If|When|After|Before|Today|Yesterday|Following|Upon|Through|During|Of|To)\s|(?:The\s)?[A-Z][A-Za-z.]{0,20}-based\s|(?:To\s)?(?:Acquires?|Announces|Completes|Agrees|Signs|Enters|Sells|Buys|Merges)\s|(?:The\s)?(?:Boards?\s+of\s+Directors|Compensation\s+Committee|Audit\s+Committee|(?:(?:Annual|Special)\s+Meeting\s+of\s+)?(?:Share|Stock)holders|Form\s+[0-9A-Z-]{1,8}(?:\/A)?|(?:Common|Capital|Preferred|Ordinary)\s+(?:Stock|Shares)|Registrant)\s+of\s+(?:the\s+)?)/;

/**
 * A bank's place, part of its name: "The First National Bank of Chicago", "First Union National
 * Bank of North Carolina", "Comerica Bank-California", "Norwest Bank Minnesota, N.A." (not a date:
 * "Bank of March 3"). Only after a name's word: in "with Bank of America, N.A." the name is found
 * from its last corporate word.
 */
const BANK_PLACE = String.raw`(?<=\b[A-Z][A-Za-z0-9'’.&-]{0,30}\sBank)(?:-[A-Z][a-z]{2,15}|\s[A-Z][a-z]{2,15}(?=,?\s(?:N\.A\.|National\sAssociation))|\sof\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15}){0,2})`;
// "Glastonbury Bank & Trust Company", "Harris Trust and Savings Bank": a bank's name goes on past its
// first corporate word.
const SUFFIX_AT = new RegExp(
  `,?\\s${SUFFIX}(?:${BANK_PLACE})?(?:,?\\s${SUFFIX}|\\s(?:&|and)\\s(?:Trust|Savings)\\s(?:Company|Co\\.|Bank)){0,3}(?![A-Za-z])`,
  "g",
);
const NAME_CHAR = /[A-Za-z0-9'’.&-]/;
/** A name's word: capitalised, a number, or a brand's lower-case prefix ("ePlus", "eBay", "iRobot"). */
const NAME_START = /^(?:[A-Z0-9]|[a-z]{1,2}[A-Z])/;
const CONNECTOR = /^(?:&|of|and|de|la|du|for)$/;
/** A word that ends a sentence, not an initial or an abbreviation ("F.", "J.P.", "Co.", "St."). */
const SENTENCE_END = /(?:[a-z0-9]{3}|[0-9]|[A-Z]{3})\.$/;
const ABBREVIATION = /^(?:Corp|Bros|Intl|Assn|Natl|Mfg)\.$/;
/**
 * A date or a count before a name, not part of it: "December 2011 Apple Inc.", "COPYRIGHT 1998
 * Bankers Trust Company", "© 2026 NVIDIA Corporation", "$1,000,000 ForSeeCon Eye Corporation".
 * A number the name begins with stays: "1895 Bancorp of Wisconsin".
 */
const DATE_WORD = new RegExp(String.raw`^(?:${MONTH_WORD}\.?|\d{1,2}|copyright)$`, "i");
const DATE_BEFORE = new RegExp(String.raw`(?:,|©|\(c\)|copyright|\b${MONTH_WORD}\.?)\s?$`, "i");

/** `starts` (word starts, the leftmost last) without the words of a leading date or count. */
function dropDatePrefix(region: string, starts: number[]): void {
  const word = (k: number) => region.slice(starts[k], k > 0 ? starts[k - 1] - 1 : starts[k]).trim();
  for (let k = 1; k < starts.length; k++) {
    if (!/^\d+$/.test(word(k))) continue;
    const before =
      k + 1 < starts.length
        ? DATE_WORD.test(word(k + 1))
        : DATE_BEFORE.test(region.slice(Math.max(0, starts[k] - 16), starts[k]));
    if (before) {
      starts.length = k;
      return;
    }
  }
}

/** Partners' names before a firm's "X & Y": after a lower-case word or an opening mark, not a name. */
const COMMA_PARTNERS =
  /(?:^|\b[a-z]{1,12}\s|[(“"]\s?)((?:[A-Z][a-z]{1,20}\s)?[A-Z][a-z]{1,20},\s(?:[A-Z][a-z]{1,20},\s){0,3})$/;

/**
 * The matches ORG would find, found from the suffix backwards: a corporate word is rare, a
 * capitalised word is not, so starting from the suffix keeps this linear and cheap. Up to eight
 * words, single-spaced, capitalised or connectors, the first capitalised.
 */
function orgMatches(region: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let lastEnd = 0;
  for (const m of region.matchAll(SUFFIX_AT)) {
    const end = m.index + m[0].length;
    let j = m.index;
    const starts: number[] = [];
    while (starts.length < 8 && j > lastEnd) {
      let i = j;
      while (i > lastEnd && NAME_CHAR.test(region[i - 1])) i--;
      if (i === j || i - j > 31) break;
      const word = region.slice(i, j);
      // "1996--Apple Computer, Inc.": a dash pair joins no name.
      const dashes = word.lastIndexOf("--");
      if (dashes >= 0) {
        if (/^[A-Z0-9]/.test(word.slice(dashes + 2))) starts.push(i + dashes + 2);
        break;
      }
      // "...in 2007. Southern Company", "...with the SEC. The Company": a sentence ends there.
      if (starts.length && SENTENCE_END.test(word) && !ABBREVIATION.test(word)) break;
      // "... 40% by Pi. The Company will ...": a name goes on after no period into "The".
      if (
        starts.length &&
        word.endsWith(".") &&
        /^(?:The|This|Such|Our|Its)\s/.test(region.slice(starts[starts.length - 1]))
      )
        break;
      if (!NAME_START.test(word) && !CONNECTOR.test(word)) break;
      starts.push(i);
      if (i - 1 < lastEnd || !/\s/.test(region[i - 1]) || (i - 2 >= 0 && /\s/.test(region[i - 2]))) break;
      j = i - 1;
    }
    // Eight words and more, running on past an "and": a list of names, not one ("Bank of America Merrill
    // Lynch and J.P. Morgan Securities LLC" would start at "America"); the name is the last.
    if (starts.length === 8) {
      const and = starts.findIndex((at) => region.startsWith("and ", at));
      if (and > 0) starts.length = and;
    }
    // The name starts at its leftmost capitalised word.
    while (
      starts.length &&
      !NAME_START.test(region.slice(starts[starts.length - 1], starts[starts.length - 1] + 3))
    )
      starts.pop();
    dropDatePrefix(region, starts);
    if (!starts.length) continue;
    let index = starts[starts.length - 1];
    // "Goldman, Sachs & Co.", "Merrill Lynch, Pierce, Fenner & Smith Incorporated": partners' names
    // joined by commas, then "&", are one firm.
    if (region.slice(index, end).includes(" & ")) {
      const partners = COMMA_PARTNERS.exec(region.slice(Math.max(lastEnd, index - 90), index));
      if (partners) index -= partners[1].length;
    }
    out.push({ text: region.slice(index, end), index });
    lastEnd = end;
  }
  return out;
}

/**
 * The start of the last line in (start, end) that a name cannot run onto, else `start`. A name
 * wraps from line to line only inside a paragraph of plain text; an HTML line is a block, a
 * <br> or a table row, and a table's rows are apart in plain text too.
 */
function afterLastBreak(doc: Doc, start: number, end: number): number {
  const lines = doc.lines;
  const html = doc.format === "html";
  let at = start;
  for (let k = lines.firstStartingAt(start + 1); k > 0 && k < lines.length && lines.start(k) < end; k++)
    if (
      (html && !wrappedInSource(doc, k)) ||
      lines.gapBefore(k) ||
      (lines.flags(k) | lines.flags(k - 1)) & LineFlag.Table
    )
      at = lines.start(k);
  return at;
}

/**
 * Is HTML line `k` the same run of source text as the line before, wrapped ("Longview Equity Fund,\nLP"
 * in a plain-text 8-K inside a <div>), not a new block? Then as much source lies between them as text.
 */
function wrappedInSource(doc: Doc, k: number): boolean {
  const { lines } = doc;
  const textGap = lines.start(k) - lines.end(k - 1);
  return doc.sourceOffset(lines.start(k)) - doc.sourceOffset(lines.end(k - 1)) === textGap;
}

export function findOrganizations(v: TextView): Organization[] {
  const region = v.flat.slice(v.start, v.end);
  const byName = new Map<string, Organization>();
  for (const m of orgMatches(region)) {
    // A name does not run across a paragraph or block break ("Corporate Communications" above
    // "NVIDIA Corporation", "Exhibit 99.1" above "Caterpillar Inc."): it starts after the last.
    const from = viewOffset(
      v,
      afterLastBreak(v.doc, docOffset(v, v.start + m.index), docOffset(v, v.start + m.index + m.text.length)),
    );
    let name = m.text
      .slice(from - v.start - m.index)
      .replace(/\s+/g, " ")
      .trim();
    let start = from;
    let lead = LEADING.exec(name);
    while (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
      lead = LEADING.exec(name);
    }
    // "Apple and Goldman Sachs & Co. LLC", "BNP Paribas and J.P. Morgan Securities plc", "the
    // Company and Meta Platforms, Inc.": in a list, "and" joins two names, not one.
    const and = name.lastIndexOf(" and ");
    if (
      and > 0 &&
      // "Branch Banking and Trust Company": what follows "and" is no name alone, so "and" is inside one.
      !NOT_ALONE.test(name.slice(and + 5)) &&
      // "Texaco Exploration and Production Inc.": a pair of trades joined by "and" is one name's.
      !PAIRED_TRADES.test(name.slice(Math.max(0, and - 14), and + 18)) &&
      (/(?:,|\b(?:among|between|with|and))\s$/.test(
        region.slice(Math.max(0, start - v.start - 9), start - v.start),
      ) ||
        /^(?:the\s)?(?:Company|Registrant)\b/i.test(name) ||
        !name.slice(0, and).includes(" "))
    ) {
      const head = name.slice(0, and);
      if (!/^(?:the\s)?(?:Company|Registrant)$/i.test(head) && NAME_START.test(head) && !TITLE.test(head))
        byName.set(
          head.toLowerCase(),
          byName.get(head.toLowerCase()) ?? {
            name: head,
            aliases: [],
            tickers: [],
            start,
            end: start + head.length,
          },
        );
      start += and + 5;
      name = name.slice(and + 5);
    }
    if (!NAME_START.test(name) || name.split(" ").length < 2) continue;
    // "The Company", "Chairman and CEO of ImmunoGen, Inc.": a role or a pronoun, not a name ("Bank of
    // America, N.A." is one).
    if (
      /^(?:The\s)?(?:Company|Corporation|Registrant|Bank|Trust)\b(?!\sof\s[A-Z])/.test(name) ||
      TITLE.test(name)
    )
      continue;
    // "the Parent Company", "a Public Company", "(A Canadian Corporation)": a kind of company, not one.
    if (
      GENERIC.test(name) ||
      /^An?\s[A-Z][a-z]{2,20}\s(?:Corporation|Company|Limited\sPartnership)$/.test(name)
    )
      continue;
    if (/^(?:The\s)?(?:Company|Registrant|Corporation|Bank|Trust)$/i.test(name.replace(/,?\s\S+$/, "")))
      continue;
    const key = name.toLowerCase();
    const end = start + name.length;
    const org = byName.get(key) ?? { name, aliases: [], tickers: [], start, end };
    byName.set(key, org);
    const after = region.slice(end - v.start, end - v.start + 160);
    const d = DEFINED.exec(after);
    // A defined term names the company unless it is "the Company" (a role) or a thing's name.
    if (
      d &&
      !ANOTHER_NAME.test(after.slice(0, d.index + d[0].length - d[1].length)) &&
      !/^(?:the\s)?(?:company|registrant)$/i.test(d[1]) &&
      !THING_TERM.test(d[1]) &&
      !org.aliases.includes(d[1])
    )
      org.aliases.push(d[1]);
    for (const t of after.slice(0, 80).matchAll(TICKER)) {
      if (t.index > 10) break;
      org.tickers.push({ exchange: t[1], symbol: t[2] });
      if (t[3] && t[4]) org.tickers.push({ exchange: t[3].trim(), symbol: t[4] });
    }
  }
  return [...byName.values()];
}

// Agreements compare every party with every other, each time by key: keys are remembered (a
// few thousand names at most, then forgotten all at once).
const keys = new Map<string, string>();

/** Two orgKeys of one company: equal, or one inside the other ("apple", "apple computer"). */
export function keysOverlap(a: string, b: string): boolean {
  return a === b || (a !== "" && b !== "" && (a.includes(b) || b.includes(a)));
}

const CORPORATE_WORDS =
  /\b(?:incorporated|inc|corporation|corp|company|co|plc|ltd|limited|llc|lp|sa|ag|nv|bv|gmbh|the|n a)\b/g;

/**
 * Names without their corporate suffix and punctuation, for comparing ("Junglee Corp." = "Junglee").
 * A name's first word stays even when it is such a word ("AG Home Health LLC", "SA Recycling"),
 * unless nothing else is left ("The Company").
 */
export function orgKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    const words = name
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(/^\s*(?:the\s+)*/, "");
    const first = /^[a-z0-9]+/.exec(words)?.[0] ?? "";
    const rest = words.slice(first.length).replace(CORPORATE_WORDS, " ").replace(/\s+/g, "");
    key = rest ? first + rest : words.replace(CORPORATE_WORDS, " ").replace(/\s+/g, "");
    if (keys.size >= 4096) keys.clear();
    keys.set(name, key);
  }
  return key;
}
