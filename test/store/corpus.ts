/**
 * The real filings the store tests use (test/fixtures/: 15 full submissions of 1995–2025, the
 * seed's bare ImmunoGen 8-K and Alnylam's inline XBRL 8-K), parsed once per test file.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FilingRecordSchema } from "../../src/form8k/schema.js";
import type { FilingRecord } from "../../src/index.js";
import { prepareSource } from "../../src/ingest/prepare.js";
import type { ParseResult, PreparedFiling } from "../../src/store/types.js";
import { FIXTURES, fixture } from "../helpers/fixtures.js";

export const STORE_FIXTURES = [
  ...readdirSync(join(FIXTURES, "sgml"))
    .sort()
    .map((f) => `sgml/${f}`),
  "text/000_20800b8e38aa6f65.txt",
  "html/0001193125-23-194715.htm",
];

export interface ParsedFixture {
  path: string;
  result: ParseResult & { ok: true };
  record: FilingRecord;
}

export function parseFixtures(): ParsedFixture[] {
  return STORE_FIXTURES.map((path) => {
    const full = join(FIXTURES, path);
    const bytes = fixture(path);
    const result = prepareSource(bytes, {
      label: full,
      size: bytes.length,
      mtimeMs: Math.floor(statSync(full).mtimeMs),
    });
    if (!result.ok) throw new Error(`${path}: ${result.error}`);
    return { path, result, record: FilingRecordSchema.parse(JSON.parse(result.prepared.recordJson)) };
  });
}

/** A copy of a parsed filing, changed: another key, another parser version, other text… */
export function variant(
  base: ParseResult & { ok: true },
  change: { key?: string; parserVersion?: string; label?: string; edit?: (p: PreparedFiling) => void },
): ParseResult & { ok: true } {
  const prepared: PreparedFiling = structuredClone(base.prepared);
  if (change.key) prepared.filing.key = change.key;
  if (change.parserVersion) prepared.filing.parserVersion = change.parserVersion;
  change.edit?.(prepared);
  return {
    ...base,
    source: { ...base.source, label: change.label ?? base.source.label },
    prepared,
  };
}
