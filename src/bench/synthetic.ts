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
