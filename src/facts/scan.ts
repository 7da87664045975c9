/**
 * Matches of patterns found without scanning the whole text with each: only the stretches that
 * hold a word every match of a pattern holds are scanned with it. Case-free patterns with many
 * alternatives cost far more a character than a substring search, and most of a filing holds
 * none of their words.
 */

/** Characters a match may hold, by code: the rest of the text bounds every match. */
export type InMatch = (code: number) => boolean;

export interface Around {
  /** A global pattern. */
  re: RegExp;
  /** Every match holds one of these (lower-case ASCII letters and digits), in any case. */
  words: readonly string[];
  /** Holds every character of every match, and refuses no word character (`\w`) a match may touch. */
  inMatch: InMatch;
}

const CHUNK = 1 << 16;
// A chunk's characters, one byte each, with the ASCII case bit set (for a case-free search).
const scratch = Buffer.allocUnsafeSlow(CHUNK + 64);
const scratchWords = new Uint32Array(scratch.buffer, scratch.byteOffset, scratch.length >> 2);

/**
 * For each pattern, the matches `text.matchAll(re)` finds, in order, with `index` in `text`.
 * Exact: a character `inMatch` refuses ends every match, and to `\b` and lookarounds it looks
 * like the text's end, so a stretch between two refused characters matches alone as it does in
 * the text; a stretch without a word has no match.
 */
export function matchesAround(text: string, patterns: readonly Around[]): RegExpExecArray[][] {
  const found = patterns.map((): RegExpExecArray[] => []);
  const scannedTo = patterns.map(() => 0);
  const longest = Math.max(...patterns.flatMap((p) => p.words.map((w) => w.length)));
  const hits: number[] = [];
  for (let from = 0; from < text.length; from += CHUNK) {
    // Each character's low byte: an ASCII letter stays itself, any other character may turn into
    // one, which only makes a word seem present where it is not.
    const size = scratch.write(text.slice(from, from + CHUNK + longest - 1), 0, "latin1");
    // The case bit: "A" becomes "a", digits stay; other bytes change, to no letter that was not there.
    for (let k = 0; k < (size + 3) >> 2; k++) scratchWords[k] |= 0x20202020;
    // Back to a string: V8 searches a one-byte string faster than a Buffer.
    const folded = scratch.toString("latin1", 0, size);
    for (const [n, p] of patterns.entries()) {
      hits.length = 0;
      for (const w of p.words)
        for (let at = folded.indexOf(w); at >= 0 && at < CHUNK; at = folded.indexOf(w, at + 1))
          hits.push(from + at);
      if (p.words.length > 1) hits.sort((a, b) => a - b);
      for (const hit of hits) {
        if (hit < scannedTo[n]) continue;
        let start = hit;
        while (start > 0 && p.inMatch(text.charCodeAt(start - 1))) start--;
        let end = hit;
        while (end < text.length && p.inMatch(text.charCodeAt(end))) end++;
        for (const m of text.slice(start, end).matchAll(p.re)) {
          m.index += start;
          found[n].push(m);
        }
        scannedTo[n] = end;
      }
    }
  }
  return found;
}

const WORD_OR_SPACE = /[\w\s]/;
const ASCII_WORD_OR_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (WORD_OR_SPACE.test(String.fromCharCode(c))) ASCII_WORD_OR_SPACE[c] = 1;

/** Letters, digits, underscore and white space (as `\s` has it): what most phrase patterns hold. */
export const wordOrSpace: InMatch = (c) =>
  c < 128 ? ASCII_WORD_OR_SPACE[c] === 1 : WORD_OR_SPACE.test(String.fromCharCode(c));

/** Those and the apostrophe ("Q3 '24"). */
export const wordSpaceOrApostrophe: InMatch = (c) => c === 39 || wordOrSpace(c);
