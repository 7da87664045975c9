/**
 * Exhibits kept as files of their own beside a bare 8-K document. A full submission carries its
 * exhibits inside it; a document saved alone (the 8-K's .htm or .txt) has them beside it, one file
 * each, named after it: `0000891618-95-000727.txt` with `0000891618-95-000727_EX-20.1.txt`. Read
 * with them, a bare document gives the record its full submission would: the exhibit list's links,
 * and the deal terms a press release tells.
 */
import type { SubmissionDocument } from "./submission.js";

/** An exhibit's bytes and what it is. */
export interface Attachment {
  /** The exhibit's document type, as a submission's `<TYPE>` says it: "EX-99.1". */
  type: string;
  filename: string;
  bytes: Uint8Array;
}

/** `<stem>_EX-<number>.<ext>`: the exhibit's type is what follows the underscore. */
const EXHIBIT_FILE = /^(.+)_(EX-\d{1,3}(?:\.\d{1,3})?(?:\([a-z]\))?[A-Z]?)\.[A-Za-z0-9]{1,5}$/i;

/** More exhibits than any 8-K has: a folder of unrelated files named alike is not read whole. */
const MAX_ATTACHMENTS = 100;

/** A file's name less its extension: what names the document its exhibit files are named after. */
export function stemOf(name: string): string {
  return name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
}

/** An exhibit file's document (by stem) and its type ("EX-20.1"), or null for any other file. */
export function exhibitFileName(name: string): { stem: string; type: string } | null {
  const m = EXHIBIT_FILE.exec(name);
  return m ? { stem: m[1], type: m[2].toUpperCase() } : null;
}

/** A folder's exhibit files, by the name (less its extension) of the document they belong to. */
export type ExhibitIndex = Map<string, { name: string; type: string }[]>;

/** One folder's file names, indexed once: looking a document up is then one map read. */
export function exhibitIndex(folder: readonly string[]): ExhibitIndex {
  const index: ExhibitIndex = new Map();
  for (const name of folder) {
    const x = exhibitFileName(name);
    if (!x) continue;
    const list = index.get(x.stem) ?? [];
    if (list.length < MAX_ATTACHMENTS) list.push({ name, type: x.type });
    index.set(x.stem, list);
  }
  for (const list of index.values()) list.sort((a, b) => exhibitOrder(a.type, b.type));
  return index;
}

/** The exhibit files of `name` (a file of the indexed folder, or of one beside it); none for an exhibit file. */
export function exhibitFilesOf(name: string, index: ExhibitIndex): readonly { name: string; type: string }[] {
  if (EXHIBIT_FILE.test(name)) return [];
  return index.get(stemOf(name)) ?? [];
}

/** EX-10.2 before EX-10.10 and EX-99.1: by the numbers, not the characters. */
function exhibitOrder(a: string, b: string): number {
  const num = (t: string) => (/(\d+)(?:\.(\d+))?/.exec(t) ?? []).slice(1).map((n) => Number(n ?? 0));
  const [a1, a2] = num(a);
  const [b1, b2] = num(b);
  return a1 - b1 || a2 - b2 || (a < b ? -1 : a > b ? 1 : 0);
}

/** Attachments as the documents after a bare document's own, numbered on from `first`. */
export function attachmentDocuments(attachments: readonly Attachment[], first: number): SubmissionDocument[] {
  return attachments.map((a, i) => ({
    index: first + i,
    type: a.type,
    sequence: null,
    filename: a.filename,
    description: null,
    start: 0,
    end: a.bytes.length,
    body: a.bytes,
    wrapper: null,
    uuencoded: null,
    truncated: false,
  }));
}
