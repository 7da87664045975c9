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
  type ExhibitIndex,
  exhibitFileName,
  exhibitFilesOf,
  exhibitIndex,
  stemOf,
} from "./attachments.js";

/** `0000891618-95-000727`: a file named by its filing's accession number (less its extension). */
const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;

/** One folder, listed once: its exhibit files by document, its other files by stem, its subfolders. */
interface Listing {
  exhibits: ExhibitIndex;
  documents: Map<string, string>;
  folders: string[];
}

export class AttachmentFiles {
  private readonly listings = new Map<string, Listing>();

  /**
   * The folders where the exhibits of a document named `stem` in `folder` are: its own and, for a
   * document named by its accession number, the folders beside it (a corpus sorted by format keeps
   * an inline XBRL 8-K and its HTML press release apart; the number names one filing).
   */
  private searched(folder: string, stem: string): string[] {
    if (!ACCESSION.test(stem)) return [folder];
    return [folder, ...this.listing(dirname(folder)).folders.filter((d) => d !== folder)];
  }

  /** The exhibit files of the document at `path`, in the folders searched() names. One file a type. */
  find(path: string): { type: string; filename: string; path: string }[] {
    const name = basename(path);
    const found: { type: string; filename: string; path: string }[] = [];
    for (const dir of this.searched(dirname(path), stemOf(name)))
      for (const x of exhibitFilesOf(name, this.listing(dir).exhibits))
        if (!found.some((f) => f.type === x.type))
          found.push({ type: x.type, filename: x.name, path: join(dir, x.name) });
    return found;
  }

  /**
   * Why an exhibit file refused as no 8-K is no loss, when its 8-K (found where find() would find
   * the exhibit from it) reads it: "not an 8-K: exhibit EX-20.1 of 0000891618-95-000727.txt, read
   * with that document", not "on its own". Null for any other file, or an exhibit saved alone.
   */
  refusedExhibit(path: string): string | null {
    const exhibit = exhibitFileName(basename(path));
    if (!exhibit) return null;
    for (const dir of this.searched(dirname(path), exhibit.stem)) {
      const doc = this.listing(dir).documents.get(exhibit.stem);
      if (doc) return `not an 8-K: exhibit ${exhibit.type} of ${doc}, read with that document`;
    }
    return null;
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

  private listing(folder: string): Listing {
    let found = this.listings.get(folder);
    if (!found) {
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        // unreadable: nothing beside it
      }
      const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
      found = {
        exhibits: exhibitIndex(files),
        documents: new Map(files.filter((n) => !exhibitFileName(n)).map((n) => [stemOf(n), n])),
        folders: entries.filter((e) => e.isDirectory()).map((e) => join(folder, e.name)),
      };
      this.listings.set(folder, found);
    }
    return found;
  }
}
