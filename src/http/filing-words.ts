/**
 * A stored filing with its words: the record from the store, and the text of each of its
 * documents, read again from the file it was ingested from. The store keeps what search needs
 * (item and exhibit text), not the rendered documents the spans point into; a filing's source,
 * when it is still there unchanged (the same SHA-256), gives them back exactly.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { AttachmentFiles } from "../container/attachment-files.js";
import {
  DEFAULT_MAX_BYTES,
  describeError,
  PARSER_VERSION,
  parseFilingWithDocuments,
} from "../form8k/record.js";
import type { FilingRecord } from "../form8k/schema.js";
import { sha256 } from "../ingest/prepare.js";
import type { Store } from "../store/types.js";

export interface FilingWords {
  record: FilingRecord;
  /** Each document's text (Doc.text), by index; null when the source could not be read again. */
  texts: (string | null)[] | null;
  /** Why the words are missing, or a note on them (read by a newer parser than the stored record). */
  missing: string | null;
}

/** Folder listings for finding exhibits beside a bare document, shared across requests. */
const exhibitFiles = new AttachmentFiles();

/**
 * The filing `key` with its words, or null when the store does not hold it. `root` is the folder
 * a relative source path is taken from (where the ingest ran).
 */
export async function loadFilingWords(store: Store, key: string, root: string): Promise<FilingWords | null> {
  // getRecord has validated it against the schema already.
  const record = (await store.getRecord(key)) as FilingRecord | null;
  if (!record) return null;
  const source = await store.getSource(key);
  if (!source) return null;
  if (source.source.includes("!"))
    return { record, texts: null, missing: `${source.source} is a member of an archive` };
  const path = isAbsolute(source.source) ? source.source : resolve(root, source.source);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { record, texts: null, missing: `${source.source} cannot be read: ${describeError(e)}` };
  }
  if (sha256(bytes) !== source.contentHash)
    return { record, texts: null, missing: `${source.source} has changed since it was ingested` };
  try {
    // Spans are the parser's: the stored record's own version needs only the documents (no facts
    // again); words read by another version go with that version's record.
    const sameVersion = record.parserVersion === PARSER_VERSION;
    const fresh = parseFilingWithDocuments(bytes, {
      maxBytes: DEFAULT_MAX_BYTES,
      attachments: () => exhibitFiles.read(path, DEFAULT_MAX_BYTES),
      facts: !sameVersion,
    });
    const texts = fresh.docs.map((d) => d?.text ?? null);
    if (sameVersion) return { record, texts, missing: null };
    return {
      record: fresh.record,
      texts,
      missing: `read again by parser ${fresh.record.parserVersion}; the store holds ${record.parserVersion}'s record`,
    };
  } catch (e) {
    return { record, texts: null, missing: `${source.source} no longer parses: ${describeError(e)}` };
  }
}
