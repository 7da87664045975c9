/**
 * The parse worker reads every file into one reused buffer (parse-worker.ts). These tests hold it
 * to what makes that safe: each read sees its own file's bytes and no more, and a result keeps no
 * view of the bytes it was parsed from, so a later read cannot change an earlier result.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AttachmentFiles } from "../../src/container/attachment-files.js";
import parseTask from "../../src/ingest/parse-worker.js";
import { MAX_FILING_BYTES, prepareSource } from "../../src/ingest/prepare.js";
import type { ParseResult } from "../../src/store/types.js";
import { FIXTURES } from "../helpers/fixtures.js";

// Largest first, so each later file is read into a buffer still holding a longer one's bytes.
const FILES = [
  "sgml/0000891092-04-003383.txt",
  "html/0001193125-23-194715.htm",
  "html/0000320193-24-000005.htm",
  "text/000_20800b8e38aa6f65.txt",
].map((f) => join(FIXTURES, f));

const stamp = (path: string) => ({ label: path, size: statSync(path).size, mtimeMs: 0 });

/** Every typed-array or ArrayBuffer reachable from `value`, by path. */
function binaryPaths(value: unknown, path = "result", out: string[] = []): string[] {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) out.push(path);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) binaryPaths(v, `${path}.${k}`, out);
  return out;
}

/** The same file parsed from a buffer of its own, with the exhibit files beside it. */
const fresh = (path: string): ParseResult =>
  prepareSource(readFileSync(path), stamp(path), () => new AttachmentFiles().read(path, MAX_FILING_BYTES));

describe("parse worker: one read buffer for every file", () => {
  it("reads each file whole and alone, whatever was read before it", () => {
    expect(statSync(FILES[0]).size).toBeGreaterThan(statSync(FILES[3]).size);
    const results = FILES.map((path) => parseTask({ source: stamp(path), path }));
    for (const [i, path] of FILES.entries()) {
      expect(results[i].ok, path).toBe(true);
      expect(results[i].bytes).toBe(statSync(path).size);
      expect(results[i]).toEqual(fresh(path));
    }
  });

  it("returns results that hold no view of the bytes, so later reads leave them unchanged", () => {
    const first = parseTask({ source: stamp(FILES[3]), path: FILES[3] });
    const snapshot = structuredClone(first);
    for (const path of FILES.slice(0, 3)) parseTask({ source: stamp(path), path });
    expect(binaryPaths(first)).toEqual([]);
    expect(first).toEqual(snapshot);
  });

  it("reports a file it cannot read as failed, with the reason", () => {
    const missing = join(FIXTURES, "no-such-filing.txt");
    const result = parseTask({ source: { label: missing, size: 10, mtimeMs: 0 }, path: missing });
    expect(result).toMatchObject({ ok: false, contentHash: null });
    expect(result.ok ? "" : result.error).toMatch(/ENOENT|no such file/i);
  });
});
