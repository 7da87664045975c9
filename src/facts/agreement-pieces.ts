/**
 * Several agreements entered into in one sentence, listed by number: "entered into (1) a $25 million
 * revolving credit agreement with Alpha Bank, N.A.; (2) a $25 million revolving credit agreement with
 * Beta Bank; and (3) ...". Each listed agreement is read as a sentence of its own: the sentence with
 * the other items blanked out (spaces, same length), so every offset and span stays the document's.
 */
import { NAMED } from "./agreement-names.js";
import type { Sentence, TextView } from "./text-view.js";

const MAX_ITEMS = 12;
const FIRST_ITEM = /\((?:1|i|a)\)\s/;
/** An item's number: "(1)", "(ii)", "(b)". */
const MARKER = /\((?:[1-9]|i{1,3}|iv|v|vi|[a-f])\)\s/g;
/** An item that names an agreement with someone: "a ... credit agreement with Beta Bank". */
const WITH_SOMEONE = /\bwith\s+(?:the\s+)?[A-Z]/;
/** An item that opens with a new agreement, or one entered into: not "(iv) $150,000 ... under the agreement". */
const OPENS_AGREEMENT =
  /^\([^)]{1,4}\)\s+(?:(?:has\s+|have\s+)?(?:entered\s+into|executed|signed)\s+)?(?:an?|one|two|three)\s/;

export interface Piece {
  view: TextView;
  sentence: Sentence;
}

/**
 * The sentence as read: once, or once for each numbered item when two or more items each name an
 * agreement with someone (list markers alone, "(i) each share ... (ii) ...", are no agreements).
 */
export function sentencePieces(v: TextView, s: Sentence): Piece[] {
  const whole = [{ view: v, sentence: s }];
  // Most sentences hold no list: a cheap test for its first item first.
  if (!s.text.includes("(") || !FIRST_ITEM.test(s.text)) return whole;
  const marks = [...s.text.matchAll(MARKER)].map((m) => m.index);
  // Each piece copies the view: a list runs to a dozen items, text that repeats "(1)" thousands
  // of times is read whole.
  if (marks.length < 2 || marks.length > MAX_ITEMS) return whole;
  const items = marks.map((at, k) => ({
    start: at,
    end: k + 1 < marks.length ? marks[k + 1] : s.text.length,
  }));
  const naming = items.filter((it) => {
    const text = s.text.slice(it.start, it.end);
    return OPENS_AGREEMENT.test(text) && WITH_SOMEONE.test(text) && NAMED.test(text);
  });
  if (naming.length < 2) return whole;
  return naming.map((keep) => {
    let text = s.text;
    for (const it of items)
      if (it !== keep) text = text.slice(0, it.start) + " ".repeat(it.end - it.start) + text.slice(it.end);
    const flat = v.flat.slice(0, s.start) + text + v.flat.slice(s.end);
    return { view: { ...v, flat }, sentence: { ...s, text } };
  });
}
