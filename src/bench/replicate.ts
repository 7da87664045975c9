/**
 * Many distinct filings from a few: copies of real 8-Ks, each under a new accession number, for
 * the ingest bench and the ingest tests. A full submission gets its ACCESSION NUMBER rewritten;
 * a bare document is wrapped in a minimal submission (an SEC header and one <DOCUMENT>) that
 * carries one, as EDGAR's own full-submission files do.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const ACCESSION_LINE = /^(ACCESSION NUMBER:[ \t]*)(\S+)/m;
const ACCESSION_TAG = /(<ACCESSION-NUMBER>)([^\r\n<]+)/i;

/** A fresh accession number: filer id 0009999999 is no EDGAR filer, so copies never collide. */
export function syntheticAccession(n: number): string {
  return `0009999999-${String(Math.floor(n / 1e6) % 100).padStart(2, "0")}-${String(n % 1e6).padStart(6, "0")}`;
}

export function withAccession(bytes: Buffer, name: string, accession: string): Buffer {
  const head = bytes.subarray(0, 8192).toString("latin1");
  for (const re of [ACCESSION_LINE, ACCESSION_TAG]) {
    const m = re.exec(head);
    if (m) {
      const at = (m.index ?? 0) + m[1].length;
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(accession, "latin1"),
        bytes.subarray(at + m[2].length),
      ]);
    }
  }
  const header =
    `<SEC-DOCUMENT>${accession}.txt : 20260101\n<SEC-HEADER>${accession}.hdr.sgml : 20260101\n` +
    `ACCESSION NUMBER:\t\t${accession}\nCONFORMED SUBMISSION TYPE:\t8-K\nPUBLIC DOCUMENT COUNT:\t\t1\n</SEC-HEADER>\n`;
  // A lone <DOCUMENT> (as some files are kept) needs only the header around it.
  const lone = /^\s*<DOCUMENT>/i.test(head);
  const open = lone ? "" : `<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>${basename(name)}\n<TEXT>\n`;
  const close = lone ? "\n</SEC-DOCUMENT>\n" : "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
  return Buffer.concat([Buffer.from(header + open, "latin1"), bytes, Buffer.from(close, "latin1")]);
}

/**
 * Writes `count` copies of `inputs` (round robin) into `dir`, 1000 a sub-folder; returns the
 * files' total bytes.
 */
export function replicate(
  inputs: readonly { name: string; bytes: Buffer }[],
  count: number,
  dir: string,
  firstNumber = 1,
): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length];
    const accession = syntheticAccession(firstNumber + i);
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const bytes = withAccession(input.bytes, input.name, accession);
    writeFileSync(join(sub, `${accession}.txt`), bytes);
    total += bytes.length;
  }
  return total;
}
