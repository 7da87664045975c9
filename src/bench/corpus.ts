/**
 * Bench inputs: the shared corpus, read once into memory and sorted into the sets the bench times.
 * A file's set is decided by parsing it once (untimed): files that throw (exhibits on their own,
 * other forms) are skipped and listed; sgml-txt submissions go to the text or HTML set by the
 * format of their primary document.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseFiling } from "../form8k/record.js";

export const CORPUS_DIR = process.env.EIGHTK_CORPUS ?? "/work/shared/corpus";
export const SEED_DIR = process.env.EIGHTK_SEED ?? "/work/shared/seed";

export interface Input {
  /** `dir/file`, relative to the corpus (or `seed/file`). */
  name: string;
  path: string;
  bytes: Buffer;
}

export interface Skipped {
  name: string;
  reason: string;
}

export interface BenchCorpus {
  /** Every full submission in sgml-txt (the container-split set). */
  submissions: Input[];
  /** Inputs whose primary document parses as plain text. */
  text: Input[];
  /** Inputs whose primary document parses as HTML. */
  html: Input[];
  skipped: Skipped[];
}

export function readDir(dir: string, label: string): Input[] {
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ name: `${label}/${p.slice(dir.length + 1)}`, path: p, bytes: readFileSync(p) }));
}

/** Primary-document format of a parseable filing, or the one-line reason it does not parse. */
function primaryFormat(input: Input): { format: string } | { error: string } {
  try {
    const r = parseFiling(input.bytes);
    return { format: r.documents[r.primaryDocument].format };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}

export function loadCorpus(): BenchCorpus {
  const submissions = readDir(join(CORPUS_DIR, "sgml-txt"), "sgml-txt");
  const textCandidates = [
    ...readDir(join(CORPUS_DIR, "text-1990s"), "text-1990s"),
    ...readDir(SEED_DIR, "seed"),
  ];
  const htmlCandidates = [
    ...readDir(join(CORPUS_DIR, "html"), "html"),
    ...readDir(join(CORPUS_DIR, "ixbrl"), "ixbrl"),
  ];
  const out: BenchCorpus = { submissions, text: [], html: [], skipped: [] };

  const place = (input: Input, expect: "text" | "html" | null) => {
    const f = primaryFormat(input);
    if ("error" in f) {
      out.skipped.push({ name: input.name, reason: f.error });
    } else if (f.format === "text" && expect !== "html") {
      out.text.push(input);
    } else if (f.format === "html" && expect !== "text") {
      out.html.push(input);
    } else {
      out.skipped.push({ name: input.name, reason: `primary document is ${f.format}` });
    }
  };
  for (const i of textCandidates) place(i, "text");
  for (const i of htmlCandidates) place(i, "html");
  for (const i of submissions) place(i, null);
  return out;
}

export const totalBytes = (inputs: readonly Input[]): number =>
  inputs.reduce((n, i) => n + i.bytes.length, 0);
