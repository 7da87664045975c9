/**
 * Money as filings write it: "$45 million", "up to $5.0 million", "more than $40 million",
 * "exceeding $40 million", "approximately $1.2 billion", "$172.50 per share", "US$ 1.5 billion",
 * "€300 million", "fifty thousand dollars ($50,000)". Each with currency, amount in units, the
 * qualifier the contract names (min / max / approx) and its span.
 */
import type { TextView } from "./text-view.js";

export type Qualifier = "min" | "max" | "approx" | null;

export interface Money {
  amount: number;
  currency: string;
  qualifier: Qualifier;
  /** "per share" and similar: a price, not a total. */
  per: string | null;
  /** Written with a scale word ("$45 million"), not as a bare figure ("$ 4,648"). */
  scaled: boolean;
  start: number;
  end: number;
  text: string;
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mm: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

const CURRENCY: Record<string, string> = {
  $: "USD",
  us$: "USD",
  "u.s.$": "USD",
  usd: "USD",
  "€": "EUR",
  eur: "EUR",
  "£": "GBP",
  gbp: "GBP",
  "¥": "JPY",
  c$: "CAD",
  cad: "CAD",
};

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [
    // "up to and including $100,000", "up to an additional $5.6 million", "a maximum principal
    // amount of $10 million", "up to an aggregate of $50 million".
    /(?:up\s+to(?:\s+(?:and\s+including|an?|the|additional|aggregate|maximum|total|principal|amount|of)){0,5}|not\s+to\s+exceed|(?:a\s+)?maximum(?:\s+(?:aggregate|principal|amount)){0,3}\s+of|(?:no|not)\s+more\s+than|capped\s+at)\s*$/i,
    "max",
  ],
  [
    /(?:(?<!(?:no|not)\s+)more\s+than|(?:no|not)\s+less\s+than|in\s+excess\s+of|exceeding|exceed|at\s+least|over|greater\s+than|a\s+minimum\s+of|minimum\s+of)\s*$/i,
    "min",
  ],
  [
    /(?:approximately|about|roughly|nearly|almost|around|an\s+estimated|estimated|some|circa|approx\.)\s*$/i,
    "approx",
  ],
];

/** An amount in words before its figures in parentheses: "Ten Million Dollars (", "five hundred thousand dollars (". */
const SPELLED_BEFORE = /(?:\b[A-Za-z]{2,12}[\s-]){1,6}(?:Dollars|dollars|DOLLARS)\s{0,2}\(\s{0,2}$/;

/** Is the last character before `at`, past up to two spaces, a "("? */
function openParenBefore(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const c = s.charCodeAt(k);
    if (c === 40) return true;
    if (c !== 32) return false;
  }
  return false;
}

// Bounded: currency ("$", "C$", "EUR", "CAD $"), a number with groups, an optional scale word, an
// optional "per share".
const MONEY =
  /(US\$|U\.S\.\$|C\$|\$|€|£|¥|\b(?:USD|EUR|GBP|CAD)\s?\$?)\s?(\d{1,3}(?:,\d{3}){1,5}|\d{1,12})(\.\d{1,6})?(?:\s{0,2}(thousand|million|billion|trillion|mm|bn|mn|[mkb])\b)?(\s{0,2}per\s{1,2}(?:share|unit|note|ADS))?/gi;

export function findMoney(v: TextView): Money[] {
  const out: Money[] = [];
  const region = v.flat.slice(v.start, v.end);
  // No currency sign or code, no money: skip the full pattern.
  if (!/[$€£¥]|USD|EUR|GBP|CAD/.test(region)) return [];
  for (const m of region.matchAll(MONEY)) {
    // "CAD $45 million", "USD $5.0 million": the code says the currency, the sign is its mark.
    const currency =
      CURRENCY[
        m[1]
          .replace(/\s/g, "")
          .replace(/^([a-z]{3})\$$/i, "$1")
          .toLowerCase()
      ] ?? "USD";
    const whole = Number((m[2] + (m[3] ?? "")).replace(/,/g, ""));
    const scale = m[4] ? (SCALE[m[4].toLowerCase()] ?? 1) : 1;
    const amount = Math.round(whole * scale * 1e6) / 1e6;
    // "up to Ten Million Dollars ($10,000,000)": the words before the amount in words qualify it.
    // (Only before a "(": the pattern is tried at every place of the window, and tables hold
    // thousands of amounts.)
    const before = openParenBefore(region, m.index)
      ? region
          .slice(Math.max(0, m.index - 90), m.index)
          .replace(SPELLED_BEFORE, "")
          .slice(-30)
      : region.slice(Math.max(0, m.index - 30), m.index);
    let qualifier: Qualifier = null;
    for (const [re, q] of QUALIFIER_WORDS) if (re.test(before)) qualifier = q;
    const start = v.start + m.index;
    out.push({
      amount,
      currency,
      qualifier,
      per: m[5] ? m[5].trim().replace(/^per\s+/i, "") : null,
      scaled: m[4] !== undefined,
      start,
      end: start + m[0].length,
      text: m[0],
    });
  }
  return out;
}
