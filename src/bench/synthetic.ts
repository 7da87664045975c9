/**
 * A large plain-text 8-K built in memory from the seed filing: its cover and signature page kept,
 * the body of its first item repeated until the document reaches the wanted size, so the result
 * is still one valid 8-K document (cover, ITEM 5 with a huge body, ITEM 7, SIGNATURE).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEED_DIR } from "./corpus.js";

export interface SyntheticParts {
  source: string;
  head: string;
  body: string;
  tail: string;
}

/** Splits the seed into [cover + first item heading line] [item body] [next item heading → end]. */
export function syntheticParts(): SyntheticParts {
  const file = readdirSync(SEED_DIR).sort()[0];
  const source = join(SEED_DIR, file);
  const text = readFileSync(source, "latin1");
  const headings = [...text.matchAll(/^[ \t]*ITEM\s+\d+\.?.*$/gim)];
  if (headings.length < 2) throw new Error(`synthetic: ${source} has fewer than two ITEM headings`);
  const first = headings[0];
  const bodyStart = (first.index ?? 0) + first[0].length + 1;
  const bodyEnd = headings[1].index ?? 0;
  return {
    source: `seed/${file}`,
    head: text.slice(0, bodyStart),
    body: text.slice(bodyStart, bodyEnd),
    tail: text.slice(bodyEnd),
  };
}

/** A valid text 8-K of about `size` bytes (latin1, so one char = one byte). */
export function syntheticFiling(parts: SyntheticParts, size: number): Buffer {
  const n = Math.max(1, Math.round((size - parts.head.length - parts.tail.length) / parts.body.length));
  const out = Buffer.allocUnsafe(parts.head.length + n * parts.body.length + parts.tail.length);
  let at = out.write(parts.head, 0, "latin1");
  const body = Buffer.from(parts.body, "latin1");
  for (let k = 0; k < n; k++) at += body.copy(out, at);
  out.write(parts.tail, at, "latin1");
  return out;
}

/**
 * A large HTML 8-K built from a real submission: the body of its first EX-99 document (a press
 * release, usually with financial tables) repeated until the submission reaches about `size`
 * bytes. Null when the submission has no EX-99 document.
 */
export function syntheticHtmlFiling(submission: Buffer, size: number): Buffer | null {
  const text = submission.toString("latin1");
  const type = text.search(/<TYPE>EX-99/i);
  if (type < 0) return null;
  const open = text.indexOf("<TEXT>", type);
  const close = text.indexOf("</TEXT>", open);
  if (open < 0 || close < 0) return null;
  const bodyOpen = /<body[^>]{0,2000}>/i.exec(text.slice(open, close));
  const innerStart = bodyOpen ? open + bodyOpen.index + bodyOpen[0].length : open + 6;
  const bodyClose = text.slice(innerStart, close).search(/<\/body>/i);
  const innerEnd = bodyClose >= 0 ? innerStart + bodyClose : close;
  const inner = text.slice(innerStart, innerEnd);
  const n = Math.max(1, Math.round((size - text.length) / inner.length) + 1);
  return Buffer.from(text.slice(0, innerStart) + inner.repeat(n) + text.slice(innerEnd), "latin1");
}
