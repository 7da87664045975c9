/**
 * Members of .zip (yauzl: reads the central directory, then one member at a time) and .tar /
 * .tar.gz archives (tar-stream over zlib: one forward pass). A member is read whole — it is one
 * filing — and handed on; the archive itself is never held in memory.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import yauzl from "yauzl";

export type ArchiveKind = "zip" | "tar" | "tar.gz";

export interface ArchiveMember {
  name: string;
  bytes: Buffer;
  mtimeMs: number;
}

export function archiveKind(path: string): ArchiveKind | null {
  if (/\.zip$/i.test(path)) return "zip";
  if (/\.(?:tar\.gz|tgz)$/i.test(path)) return "tar.gz";
  if (/\.tar$/i.test(path)) return "tar";
  return null;
}

/** Folders, and the resource forks macOS puts into zips, are not filings. */
const isNoise = (name: string) => name.endsWith("/") || /(?:^|\/)(?:__MACOSX\/|\.[^/]*$)/.test(name);

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

/** Entries of a zip one at a time, without reading their data. */
async function* zipEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
      const onEnd = () => done(() => resolve(null));
      const onError = (err: Error) => done(() => reject(err));
      const done = (settle: () => void) => {
        zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
        settle();
      };
      zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
      zip.readEntry();
    });
    if (!entry) return;
    yield entry;
  }
}

async function* zipMembers(path: string): AsyncGenerator<ArchiveMember> {
  const zip = await openZip(path);
  try {
    for await (const entry of zipEntries(zip)) {
      if (isNoise(entry.fileName)) continue;
      const stream = await zip.openReadStreamPromise(entry);
      yield { name: entry.fileName, bytes: await collect(stream), mtimeMs: entry.getLastModDate().getTime() };
    }
  } finally {
    zip.close();
  }
}

async function* tarMembers(path: string, gzip: boolean): AsyncGenerator<ArchiveMember> {
  const extract = tar.extract();
  const fail = (err: Error | null) => err && extract.destroy(err);
  if (gzip) pipeline(createReadStream(path), createGunzip(), extract, fail);
  else pipeline(createReadStream(path), extract, fail);
  for await (const entry of extract) {
    const { name, type, mtime } = entry.header;
    if ((type && type !== "file" && type !== "contiguous-file") || isNoise(name)) {
      entry.resume();
      continue;
    }
    yield { name, bytes: await collect(entry), mtimeMs: mtime ? mtime.getTime() : 0 };
  }
}

export function archiveMembers(path: string, kind: ArchiveKind): AsyncGenerator<ArchiveMember> {
  return kind === "zip" ? zipMembers(path) : tarMembers(path, kind === "tar.gz");
}

/** Members and their uncompressed bytes, as far as can be known before reading the archive. */
export async function archiveSize(
  path: string,
  kind: ArchiveKind,
  size: number,
): Promise<{ members: number | null; bytes: number }> {
  if (kind === "zip") {
    const zip = await openZip(path);
    try {
      let members = 0;
      let bytes = 0;
      for await (const e of zipEntries(zip)) {
        if (isNoise(e.fileName)) continue;
        members++;
        bytes += e.uncompressedSize;
      }
      return { members, bytes };
    } finally {
      zip.close();
    }
  }
  if (kind === "tar") return { members: null, bytes: size };
  // gzip's trailer holds the uncompressed size modulo 2^32: right for any archive under 4 GB.
  const fh = await open(path, "r");
  try {
    const tail = Buffer.alloc(4);
    await fh.read(tail, 0, 4, Math.max(0, size - 4));
    const isize = tail.readUInt32LE(0);
    return { members: null, bytes: isize >= size ? isize : size * 5 };
  } finally {
    await fh.close();
  }
}
