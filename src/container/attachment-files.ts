/**
 * Finding and reading the exhibit files saved beside a bare document (attachments.ts), for the
 * CLI's parse and the ingest's workers. Each folder is listed and indexed once: a batch of
 * thousands of documents in one folder reads its listing once, not once a document.
 *
 * Synchronous: its callers read one document at a time, and a parse worker has nothing else to do.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  type Attachment,
  documentStemOf,
  type ExhibitIndex,
  exhibitFilesOf,
  exhibitIndex,
} from "./attachments.js";

/** `0000891618-95-000727.txt`: a file named by its filing's accession number. */
const ACCESSION_NAME = /^\d{10}-\d{2}-\d{6}\.[A-Za-z0-9]{1,5}$/;

export class AttachmentFiles {
  private readonly indexes = new Map<string, ExhibitIndex>();
  private readonly subfolders = new Map<string, string[]>();
  private readonly stems = new Map<string, Map<string, string>>();

  /**
   * The exhibit files of the document at `path`: in its own folder and, for a document named by
   * its accession number, in the folders beside it (a corpus sorted by format keeps an inline
   * XBRL 8-K and its HTML press release apart; the number names one filing). One file a type.
   */
  find(path: string): { type: string; filename: string; path: string }[] {
    const folder = dirname(path);
    const name = basename(path);
    const found: { type: string; filename: string; path: string }[] = [];
    const take = (dir: string) => {
      for (const x of exhibitFilesOf(name, this.index(dir)))
        if (!found.some((f) => f.type === x.type))
          found.push({ type: x.type, filename: x.name, path: join(dir, x.name) });
    };
    take(folder);
    if (ACCESSION_NAME.test(name))
      for (const other of this.folders(dirname(folder))) if (other !== folder) take(other);
    return found;
  }

  /**
   * The document an exhibit file at `path` is read with (its file name), found where find() would
   * find the exhibit from the document; null for any other file, or an exhibit saved alone.
   */
  documentOf(path: string): string | null {
    const stem = documentStemOf(basename(path));
    if (!stem) return null;
    const folder = dirname(path);
    const dirs = [folder];
    if (ACCESSION_NAME.test(`${stem}.txt`))
      dirs.push(...this.folders(dirname(folder)).filter((d) => d !== folder));
    for (const dir of dirs) {
      const doc = this.documents(dir).get(stem);
      if (doc) return doc;
    }
    return null;
  }

  /**
   * Why an exhibit file refused as no 8-K is no loss, when its 8-K is beside it and reads it:
   * "not an 8-K: exhibit EX-20.1 of 0000891618-95-000727.txt, read with that document" (not "on its
   * own").
   */
  refusedExhibit(path: string): string | null {
    const doc = this.documentOf(path);
    const type = /_(EX-[^.]+(?:\.\d+)?)\.[A-Za-z0-9]{1,5}$/i.exec(basename(path))?.[1].toUpperCase();
    return doc ? `not an 8-K: exhibit ${type} of ${doc}, read with that document` : null;
  }

  /** The exhibits of `path`, read; one that cannot be read or is too large is left out. */
  read(path: string, maxBytes: number): Attachment[] {
    const out: Attachment[] = [];
    for (const f of this.find(path)) {
      try {
        if (statSync(f.path).size > maxBytes) continue;
        out.push({ type: f.type, filename: f.filename, bytes: readFileSync(f.path) });
      } catch {
        // unreadable: the 8-K is still read without it
      }
    }
    return out;
  }

  private entries(folder: string): Dirent[] {
    try {
      return readdirSync(folder, { withFileTypes: true });
    } catch {
      return [];
    }
  }

  /** A folder's files that are no exhibit files, by name less extension. */
  private documents(folder: string): Map<string, string> {
    let found = this.stems.get(folder);
    if (!found) {
      found = new Map();
      for (const e of this.entries(folder))
        if (!e.isDirectory() && !documentStemOf(e.name))
          found.set(e.name.replace(/\.[A-Za-z0-9]{1,5}$/, ""), e.name);
      this.stems.set(folder, found);
    }
    return found;
  }

  private index(folder: string): ExhibitIndex {
    let index = this.indexes.get(folder);
    if (!index) {
      index = exhibitIndex(
        this.entries(folder)
          .filter((e) => !e.isDirectory())
          .map((e) => e.name),
      );
      this.indexes.set(folder, index);
    }
    return index;
  }

  private folders(parent: string): string[] {
    let found = this.subfolders.get(parent);
    if (!found) {
      found = this.entries(parent)
        .filter((e) => e.isDirectory())
        .map((e) => join(parent, e.name));
      this.subfolders.set(parent, found);
    }
    return found;
  }
}
