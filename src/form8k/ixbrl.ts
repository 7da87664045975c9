/**
 * Inline XBRL facts of an 8-K (the tagged cover page): one pass over the tokenizer's events,
 * collecting `ix:nonNumeric` / `ix:nonFraction` with their visible text and source spans, then
 * joining `ix:continuation` chains and applying the `format` transformation (ixt / ixt-sec, any
 * version: names are compared without hyphens, so `date-monthname-day-year-en` and
 * `datemonthdayyearen` meet).
 */
import { type ScanHandler, scanHtml } from "../document/html-scan.js";
import { transform } from "./ixbrl-transform.js";

export interface IxFact {
  /** Concept QName as written, e.g. "dei:EntityRegistrantName". */
  name: string;
  /** After continuation joining and the format transform; null for xsi:nil or a text the format rejects. */
  value: string | null;
  /** Visible text, white space collapsed. */
  raw: string;
  contextRef: string | null;
  format: string | null;
  /** Inside `ix:header` (e.g. `ix:hidden`), so not shown to a reader. */
  hidden: boolean;
  /** [sourceStart, sourceEnd) of the element in the HTML string. */
  sourceStart: number;
  sourceEnd: number;
}

export interface InlineXbrl {
  facts: IxFact[];
}

interface Open {
  local: string;
  fact: IxFact | null;
  /**
   * Its visible text: pieces [from, to) of the reader's one list (to is -1 while it is open).
   * Nested facts share the pieces: each piece is kept once, not once per open fact.
   */
  from: number;
  to: number;
  /** False for structural ix elements (header, hidden, exclude...), which gather no text. */
  collect: boolean;
  innerStart: number;
  innerEnd: number;
  attrs: Record<string, string>;
}

/** The attributes read here; the scanner skips all others. */
const IX_ATTRS = new Set([
  "name",
  "contextref",
  "format",
  "scale",
  "sign",
  "escape",
  "continuedat",
  "id",
  "xsi:nil",
]);

/** Elements whose boundaries separate words in a fact's text. */
const BREAKS = new Set("br p div td th tr li h1 h2 h3 h4 h5 h6 table".split(" "));

/** Read the Inline XBRL facts of a document; null when it has no `ix:` elements. */
export function readInlineXbrl(html: string): InlineXbrl | null {
  const reader = inlineXbrlReader(html);
  scanHtml(html, reader.handler, reader.attributes);
  return reader.finish();
}

/**
 * The same reading as tokenizer events to be fed alongside another reader of the same scan (the
 * HTML renderer takes it as an observer, so the cover's iXBRL costs no second tokenizer pass).
 */
export interface InlineXbrlReader {
  handler: ScanHandler;
  attributes: ReadonlySet<string>;
  /** The facts, once the scan is over; null when the document has no `ix:` elements. */
  finish(): InlineXbrl | null;
}

export function inlineXbrlReader(html: string): InlineXbrlReader {
  const facts: Open[] = [];
  const continuations = new Map<string, Open>();
  const open: Open[] = [];
  const pieces: string[] = [];
  /** Facts and continuations open now: text is kept only while one is. */
  let collecting = 0;
  let seen = false;
  let header = 0;
  let exclude = 0;

  const startIx = (local: string, attrs: Record<string, string>, start: number, end: number): Open | null => {
    if (local === "header") header++;
    else if (local === "exclude") exclude++;
    if (local !== "nonnumeric" && local !== "nonfraction" && local !== "continuation") return null;
    const fact: IxFact | null =
      local === "continuation"
        ? null
        : {
            name: attrs.name ?? "",
            value: null,
            raw: "",
            contextRef: attrs.contextref ?? null,
            format: attrs.format ?? null,
            hidden: header > 0,
            sourceStart: start,
            sourceEnd: html.length,
          };
    const o: Open = {
      local,
      fact,
      from: pieces.length,
      to: -1,
      collect: true,
      innerStart: end,
      innerEnd: html.length,
      attrs,
    };
    collecting++;
    if (fact) facts.push(o);
    else if (attrs.id !== undefined) continuations.set(attrs.id, o);
    return o;
  };
  const endIx = (o: Open, start: number, end: number): void => {
    if (o.collect && o.to < 0) {
      o.to = pieces.length;
      collecting--;
    }
    o.innerEnd = start;
    if (o.fact) o.fact.sourceEnd = end;
  };

  const handler: ScanHandler = {
    open(name, attrs, start, end, selfClosing) {
      if (name.startsWith("ix:")) {
        seen = true;
        const local = name.slice(3);
        // The scanner reuses its attributes object from tag to tag: keep a copy.
        const own = { ...attrs };
        const o = startIx(local, own, start, end);
        if (selfClosing) {
          if (o) endIx(o, end, end);
          if (local === "header") header--;
          else if (local === "exclude") exclude--;
        } else {
          open.push(
            o ?? {
              local,
              fact: null,
              from: 0,
              to: 0,
              collect: false,
              innerStart: end,
              innerEnd: end,
              attrs: own,
            },
          );
        }
      } else if (collecting > 0 && BREAKS.has(name)) {
        pieces.push(" ");
      }
    },
    close(name, start, end) {
      if (!name.startsWith("ix:")) {
        if (collecting > 0 && BREAKS.has(name)) pieces.push(" ");
        return;
      }
      const local = name.slice(3);
      let i = open.length - 1;
      while (i >= 0 && open[i].local !== local) i--;
      if (i < 0) return;
      while (open.length > i) {
        const o = open.pop() as Open;
        if (o.local === "header") header--;
        else if (o.local === "exclude") exclude--;
        endIx(o, start, end);
      }
    },
    text(s) {
      if (exclude > 0) return;
      if (collecting > 0) pieces.push(s);
    },
  };
  return {
    handler,
    attributes: IX_ATTRS,
    finish: () => (seen ? joinFacts(html, facts, continuations, pieces) : null),
  };
}

/**
 * A fact's text is read up to this many characters. Cover facts are short; facts left open to
 * the end of a document (tag soup) would otherwise each read all the rest of it, which costs the
 * square of its length.
 */
const MAX_FACT_TEXT = 4096;

function joinFacts(
  html: string,
  facts: Open[],
  continuations: Map<string, Open>,
  pieces: string[],
): InlineXbrl {
  // A fact's text up to `room` characters.
  const textOf = (o: Open, room: number): string => {
    const end = o.to < 0 ? pieces.length : o.to;
    let out = "";
    for (let i = o.from; i < end && out.length < room; i++) out += pieces[i];
    return out.length > room ? out.slice(0, room) : out;
  };
  // A chain's text, by the id it starts at: facts that continue at one chain share it, and each
  // chain is joined once, in one pass (joined link by link, a 10,000-link chain took seconds).
  const chains = new Map<string, { text: string; markup: string }>();
  const chain = (first: string) => {
    let joined = chains.get(first);
    if (joined) return joined;
    const texts: string[] = [];
    const markups: string[] = [];
    const visited = new Set<string>();
    let room = MAX_FACT_TEXT;
    for (let next: string | undefined = first; next && !visited.has(next) && room > 0; ) {
      visited.add(next);
      const c = continuations.get(next);
      if (!c) break;
      const text = textOf(c, room);
      texts.push(text);
      room -= text.length + 1;
      markups.push(html.slice(c.innerStart, c.innerEnd));
      next = c.attrs.continuedat;
    }
    joined = { text: texts.join(" "), markup: markups.join("") };
    chains.set(first, joined);
    return joined;
  };
  for (const o of facts) {
    const f = o.fact as IxFact;
    f.raw = squash(textOf(o, MAX_FACT_TEXT));
    const markup = html.slice(o.innerStart, o.innerEnd);
    const first = o.attrs.continuedat;
    const rest = first ? chain(first) : null;
    f.value = rest
      ? factValue(o, squash(`${f.raw} ${rest.text}`.slice(0, MAX_FACT_TEXT)), markup + rest.markup)
      : factValue(o, f.raw, markup);
  }
  return { facts: facts.map((o) => o.fact as IxFact) };
}

/** The value of the first `dei:<localName>` fact (cover facts come first; class-axis ones later). */
export function deiValue(x: InlineXbrl, localName: string): string | null {
  const name = `dei:${localName}`;
  for (const f of x.facts) if (f.name === name && f.value !== null) return f.value;
  return null;
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, " ").trim();
}

function factValue(o: Open, text: string, markup: string): string | null {
  const a = o.attrs;
  if (a["xsi:nil"] === "true") return null;
  const format = a.format ? transform(a.format, text) : text;
  if (o.local === "nonnumeric") {
    if (!a.format && a.escape && /^(true|1)$/i.test(a.escape)) return markup.trim();
    return format;
  }
  if (format === null) return null;
  const num = format.replace(/[\s,]/g, "");
  if (!/^\d*\.?\d+$|^\d+\.$/.test(num)) return null;
  const scale = Number.parseInt(a.scale ?? "0", 10) || 0;
  const scaled = scale ? shiftDecimal(num, scale) : num;
  return a.sign === "-" && /[1-9]/.test(scaled) ? `-${scaled}` : scaled;
}

/** Multiply a non-negative decimal string by 10^scale without floating point. */
function shiftDecimal(num: string, scale: number): string {
  const dot = num.indexOf(".");
  let digits = dot < 0 ? num : num.slice(0, dot) + num.slice(dot + 1);
  let point = (dot < 0 ? num.length : dot) + scale;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}
