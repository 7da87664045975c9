import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { requireBuilt } from "../ingest/helpers.js";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  const lines = () =>
    out
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  return { code, out, err, lines };
}

const dir = mkdtempSync(join(tmpdir(), "eightk-cli-store-"));
const db = join(dir, "cli.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eightk ingest / search / export / stats", () => {
  beforeAll(async () => {
    requireBuilt();
    const r = await run([
      "ingest",
      join(FIXTURES, "sgml"),
      join(FIXTURES, "text", "000_20800b8e38aa6f65.txt"),
      join(FIXTURES, "text", "0000891618-95-000727_EX-20.1.txt"),
      "--db",
      db,
      "--jobs",
      "1",
      "--json",
    ]);
    expect(r.code).toBe(1); // the exhibit, given without its 8-K, failed
    expect(r.lines()[0]).toMatchObject({ parsed: 16, skipped: 0, failed: 1, db });
    expect(r.err).toMatch(/16 parsed, 0 skipped as already present, 1 failed/);
    expect(r.err).toMatch(
      /failed: .*EX-20\.1\.txt: not an 8-K: exhibit EX-20\.1 of 0000891618-95-000727\.txt, read with that document/,
    );
  });

  it("ingesting again skips everything and exits 0 when nothing failed", async () => {
    const r = await run(["ingest", join(FIXTURES, "sgml"), "--db", db, "--jobs", "0"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/0 parsed, 15 skipped as already present, 0 failed/);
  });

  it("search --json prints one object per hit with source, registrant, date, items and snippet", async () => {
    const r = await run(["search", "merger agreement", "--db", db, "--json", "--limit", "2"]);
    expect(r.code).toBe(0);
    const hits = r.lines();
    expect(hits).toHaveLength(2);
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(
        expect.arrayContaining([
          "source",
          "accessionNumber",
          "registrantName",
          "dateOfReport",
          "items",
          "snippet",
        ]),
      );
      expect(h.snippet).toMatch(/\*\*merger\*\*|\*\*agreement\*\*/i);
    }
    expect(hits.map((h: { registrantName: string }) => h.registrantName).sort()).toEqual([
      "AMAZON.COM, INC.",
      "CISCO SYSTEMS, INC.",
    ]);
  });

  it("search prints ranked hits for a reader, and filters", async () => {
    const r = await run([
      "search",
      "SmithKline",
      "--db",
      db,
      "--since",
      "1999-01-01",
      "--until",
      "1999-12-31",
    ]);
    expect(r.out).toMatch(
      /^1\. IMMUNOGEN, INC\. — 8-K 1999-02-03 — .*000_20800b8e38aa6f65\.txt {2}items 8\.01, 9\.01\n {3}item 8\.01: .*\*\*SmithKline\*\*/,
    );
    const none = await run(["search", "SmithKline", "--db", db, "--since", "2000"]);
    expect(none.out).toBe("");
    expect(none.err).toMatch(/no filings match/);
  });

  it("refuses bad flags with exit 2", async () => {
    expect((await run(["search", "x", "--db", db, "--since", "last week"])).code).toBe(2);
    const month13 = await run(["search", "x", "--db", db, "--until", "2020-13-45"]);
    expect(month13.code).toBe(2);
    expect(month13.err).toContain('--until wants a real date as YYYY-MM-DD, not "2020-13-45"');
    expect((await run(["search", "x", "--db", db, "--cik", "apple"])).code).toBe(2);
    expect((await run(["export", "--db", db, "--format", "xml"])).code).toBe(2);
    expect((await run(["ingest", "--db", db])).code).toBe(2);
    expect((await run(["ingest", "x", "--worker", "--db", db])).code).toBe(2);
  });

  it("export --format csv writes a table a CSV reader reads back", async () => {
    const r = await run(["export", "--format", "csv", "--table", "items", "--cik", "320193", "--db", db]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((x) => x.accession_number))).toEqual(
      new Set([
        "0000320193-96-000027",
        "0000912057-00-002128",
        "0001104659-04-019574",
        "0001193125-15-410853",
      ]),
    );
    const apple96 = rows.find((x) => x.accession_number === "0000320193-96-000027" && x.code === "8.01");
    expect(apple96?.text).toMatch(/NeXT/);
    expect(apple96?.text).toContain("\n"); // multi-line text survives quoting
  });

  it("export --format jsonl and parquet give the same rows", async () => {
    const jsonl = (await run(["export", "--format", "jsonl", "--db", db])).lines();
    expect(jsonl).toHaveLength(16);
    const file = join(dir, "filings.parquet");
    const r = await run(["export", "--format", "parquet", "--out", file, "--db", db]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    });
    expect(rows).toHaveLength(16);
    const norm = (x: Record<string, unknown>) => ({ ...x, cik: x.cik === null ? null : Number(x.cik) });
    expect(rows.map(norm)).toEqual(jsonl);
    const agreements = join(dir, "agreements.parquet");
    await run(["export", "--format", "parquet", "--table", "agreements", "--out", agreements, "--db", db]);
    const ab = readFileSync(agreements);
    const agreementRows = await parquetReadObjects({
      file: ab.buffer.slice(ab.byteOffset, ab.byteOffset + ab.byteLength) as ArrayBuffer,
    });
    expect(agreementRows.length).toBeGreaterThan(0);
    expect(agreementRows[0].value).toHaveProperty("type");
  });

  it("stats --json says how many filings are stored", async () => {
    const r = await run(["stats", "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const stats = r.lines()[0];
    expect(stats.filings).toBe(16);
    expect(stats.sources).toEqual({ stored: 16, duplicate: 0, failed: 1 });
    expect(Object.values(stats.byYear as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(16);
    const text = await run(["stats", "--db", db]);
    expect(text.out).toMatch(/16 filings/);
    expect(text.out).toMatch(/by item:\n(?:.*\n)*\s+2\.02\s+3\n/);
    // A search's facets: the three filings with Item 2.02, or those naming Macintosh.
    const earnings = (await run(["stats", "--db", db, "--item", "2.02", "--json"])).lines()[0];
    expect(earnings.filings).toBe(3);
    expect(earnings.byItem["2.02"]).toBe(3);
    const apple = (await run(["stats", "Macintosh", "--db", db, "--json"])).lines()[0];
    const hits = (await run(["search", "Macintosh", "--db", db, "--json"])).lines();
    expect(apple.filings).toBe(hits.length);
    expect((await run(["stats", "--db", db, "--cik", "apple"])).code).toBe(2);
  });
});
