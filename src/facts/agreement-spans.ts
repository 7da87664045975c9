/** Where an agreement's words are: spans in a document, and the span of a pattern's captured words. */
import type { Located } from "./agreement-types.js";
import { docOffset, type Sentence, type TextView } from "./text-view.js";

export function loc(v: TextView, start: number, end: number): Located {
  if (!v.toDoc) return { doc: v.docIndex, start, end };
  // The end's last character, not the spaces taken out after it.
  return {
    doc: v.docIndex,
    start: docOffset(v, start),
    end: end > start ? docOffset(v, end - 1) + 1 : docOffset(v, end),
  };
}

/**
 * The span of a match's last group in the sentence: every pattern here that captures a name or a
 * subject ends with it (what follows is in a lookahead), so it starts where the match ends less
 * its length.
 */
export function groupSpan(
  v: TextView,
  s: Sentence,
  m: RegExpExecArray,
  length = lastGroup(m).length,
): Located {
  const at = s.start + m.index + m[0].length - lastGroup(m).length;
  return loc(v, at, at + length);
}

const lastGroup = (m: RegExpExecArray): string => m[m.length - 1] ?? m[0];
