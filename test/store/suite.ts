/**
 * The one suite every Store backend passes (sqlite.test.ts, postgres.test.ts). `open` gives a
 * new, empty store each call. Expected answers come from the parsed records themselves, not
 * from SQL, so a filter that drifts from the data fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS } from "../../src/store/migrations/postgres.js";
import { SQLITE_MIGRATIONS } from "../../src/store/migrations/sqlite.js";
import { openStore } from "../../src/store/open.js";
import { prepareFiling } from "../../src/store/rows.js";
import type { ParseResult, SearchHit, Store } from "../../src/store/types.js";
import { type ParsedFixture, parseFixtures, variant } from "./corpus.js";

export function runStoreSuite(name: string, open: () => Promise<Store>, enabled = true): void {
  const suite = enabled ? describe : describe.skip;
  suite(`Store (${name})`, () => {
    const stores: Store[] = [];
    const fresh = async () => {
      const s = await open();
      stores.push(s);
      return s;
    };
    let fixtures: ParsedFixture[];
    let results: ParseResult[];
    let store: Store;
    const byName = (part: string) => {
      const f = fixtures.find((x) => x.path.includes(part));
      if (!f) throw new Error(`no fixture ${part}`);
      return f;
    };
    const keysOf = (hits: SearchHit[]) => hits.map((h) => h.key).sort();
    const keysWhere = (pick: (f: ParsedFixture) => boolean) =>
      fixtures
        .filter(pick)
        .map((f) => f.result.prepared.filing.key)
        .sort();

    beforeAll(async () => {
      fixtures = parseFixtures();
      results = fixtures.map((f) => f.result);
      store = await fresh();
      expect(await store.write(results)).toEqual(results.map(() => "stored"));
    });
    afterAll(async () => {
      for (const s of stores) await s.close();
    });

    it("records its migrations, and reopening applies none twice", async () => {
      const all = (store.backend === "sqlite" ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).map(
        (m) => m.version,
      );
      expect(await store.migrations()).toEqual(all);
      const again = await openStore(store.location);
      try {
        expect(await again.migrations()).toEqual(all);
        expect((await again.stats()).filings).toBe(fixtures.length);
      } finally {
        await again.close();
      }
    });

    it("keeps every filing with its columns, keyed by accession number or content hash", async () => {
      const stats = await store.stats();
      expect(stats.filings).toBe(fixtures.length);
      expect(stats.items).toBe(fixtures.reduce((n, f) => n + f.record.items.length, 0));
      expect(stats.exhibits).toBe(fixtures.reduce((n, f) => n + f.record.exhibits.length, 0));
      const seed = byName("000_20800b8e38aa6f65").result.prepared.filing;
      expect(seed.accessionNumber).toBeNull();
      expect(seed.key).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(byName("0000320193-96-000027").result.prepared.filing.key).toBe("0000320193-96-000027");
    });

    it("gives the whole record back, validated, as it was parsed", async () => {
      for (const f of [byName("0000320193-96-000027"), byName("0001193125-23-194715")])
        expect(await store.getRecord(f.result.prepared.filing.key)).toEqual(f.record);
      expect(await store.getRecord("0000000000-00-000000")).toBeNull();
    });

    it("writing the same filings again changes nothing", async () => {
      const before = await store.stats();
      expect(await store.write(results)).toEqual(results.map(() => "duplicate"));
      expect(await store.stats()).toEqual(before);
    });

    it("knows the sources it has, unless changed since or failed", async () => {
      const stamps = results.map((r) => r.source);
      expect((await store.knownSources(stamps)).size).toBe(stamps.length);
      const touched = { ...stamps[0], mtimeMs: stamps[0].mtimeMs + 1000 };
      expect((await store.knownSources([touched])).size).toBe(0);
      const bad: ParseResult = {
        ok: false,
        source: { label: "/nowhere/bad.txt", size: 3, mtimeMs: 1 },
        bytes: 3,
        contentHash: "00",
        error: "binary file, not a filing",
      };
      expect(await store.write([bad])).toEqual(["failed"]);
      expect(await store.knownSources([bad.source])).toEqual(new Set());
      expect(await store.failures()).toContainEqual({
        label: "/nowhere/bad.txt",
        error: "binary file, not a filing",
      });
    });

    it("ranks filings about the words above filings that mention them", async () => {
      const merger = await store.search({ text: "merger agreement" });
      expect(
        merger
          .slice(0, 2)
          .map((h) => h.registrantName)
          .sort(),
      ).toEqual(["AMAZON.COM, INC.", "CISCO SYSTEMS, INC."]);
      expect(merger.slice(0, 2).map((h) => h.match)).toEqual([
        { kind: "item", ref: "2.01" },
        { kind: "item", ref: "2.01" },
      ]);
      const accountant = await store.search({ text: "certifying accountant" });
      expect(new Set(accountant.slice(0, 2).flatMap((h) => h.items))).toContain("4.01");
      for (const h of accountant.slice(0, 2)) expect(h.match?.ref).toBe("4.01");
      for (let i = 1; i < merger.length; i++)
        expect(merger[i - 1].score).toBeGreaterThanOrEqual(merger[i].score as number);
    });

    it("finds exactly the filings with a rare word, with the word highlighted", async () => {
      const hits = await store.search({ text: "SmithKline" });
      expect(hits.map((h) => h.registrantName)).toEqual(["IMMUNOGEN, INC."]);
      const [hit] = hits;
      expect(hit.snippet).toMatch(/\*\*SmithKline\*\*/);
      expect(hit).toMatchObject({
        accessionNumber: null,
        dateOfReport: "1999-02-03",
        items: ["8.01", "9.01"],
        form: "8-K",
      });
      expect(hit.source).toMatch(/000_20800b8e38aa6f65\.txt$/);
    });

    it("reads phrases, OR and exclusions the same way on every backend", async () => {
      const either = await store.search({ text: "SmithKline OR Roche" });
      expect(either.map((h) => h.registrantName).sort()).toEqual([
        "Alnylam Pharmaceuticals, Inc.",
        "IMMUNOGEN, INC.",
      ]);
      const license = await store.search({ text: "license" });
      const withoutRoche = await store.search({ text: "license -Roche" });
      expect(license.map((h) => h.registrantName)).toContain("Alnylam Pharmaceuticals, Inc.");
      expect(withoutRoche.map((h) => h.registrantName)).not.toContain("Alnylam Pharmaceuticals, Inc.");
      expect(withoutRoche.length).toBe(license.length - 1);
      const phrase = await store.search({ text: '"stock split"' });
      expect(phrase.map((h) => h.registrantName)).toEqual(["ExperTelligence, Inc."]);
      await expect(store.search({ text: "-only -exclusions" })).rejects.toThrow(/nothing to search for/);
    });

    it("filters by item, form, CIK, company, dates and exhibit, as the records say", async () => {
      const all = { limit: 100 };
      const has = (code: string) => (f: ParsedFixture) =>
        f.record.items.some((i) => i.code === code || i.number === code);
      expect(keysOf(await store.search({ ...all, item: "2.02" }))).toEqual(keysWhere(has("2.02")));
      expect(keysOf(await store.search({ ...all, item: "Item 2.01" }))).toEqual(keysWhere(has("2.01")));
      expect(keysOf(await store.search({ ...all, cik: 320193 }))).toEqual(
        keysWhere((f) => f.record.cover.cik === "0000320193"),
      );
      const apple = keysWhere((f) => /apple/i.test(f.record.cover.registrant.name.value ?? ""));
      expect(apple.length).toBeGreaterThanOrEqual(3);
      expect(keysOf(await store.search({ ...all, company: "aPPle" }))).toEqual(apple);
      const inRange = (f: ParsedFixture) => {
        const d = f.record.cover.dateOfReport.value;
        return !!d && d >= "1998-01-01" && d <= "2004-12-31";
      };
      expect(keysOf(await store.search({ ...all, since: "1998", until: "2004" }))).toEqual(
        keysWhere(inRange),
      );
      expect(keysOf(await store.search({ ...all, hasExhibit: "99.1" }))).toEqual(
        keysWhere((f) => f.record.exhibits.some((e) => e.number === "99.1")),
      );
      // The exhibit as a filing names it ("EX-99.1") is the same exhibit.
      expect(keysOf(await store.search({ ...all, hasExhibit: "EX-99.1" }))).toEqual(
        keysWhere((f) => f.record.exhibits.some((e) => e.number === "99.1")),
      );
      expect(keysOf(await store.search({ ...all, form: "8-k" }))).toEqual(keysWhere(() => true));
      const combined = await store.search({ text: "earnings", cik: 320193, item: "2.02" });
      expect(combined.map((h) => h.accessionNumber)).toEqual(["0001104659-04-019574"]);
    });

    it("lists the newest filings first when there is no text, up to the limit", async () => {
      const hits = await store.search({ limit: 5 });
      expect(hits).toHaveLength(5);
      const dates = hits.map((h) => h.dateOfReport as string);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(hits[0].dateOfReport).toBe(
        fixtures
          .map((f) => f.record.cover.dateOfReport.value as string)
          .sort()
          .reverse()[0],
      );
      expect(hits.every((h) => h.snippet === null && h.score === null)).toBe(true);
    });

    it("filters on money facts, including one written here", async () => {
      const big = 7.5e14;
      const withMoney = variant(byName("0000703901-98-000003").result, {
        key: "0009999999-26-000777",
        label: "/synthetic/money.txt",
        edit: (p) => {
          p.facts.push({
            kind: "money",
            position: 0,
            valueJson: '{"amount":7.5e14}',
            amount: big,
            span: { doc: 0, start: 1, end: 2 },
          });
        },
      });
      const s = await fresh();
      await s.write([...results, withMoney]);
      expect((await s.search({ minAmount: 7e14 })).map((h) => h.key)).toEqual(["0009999999-26-000777"]);
      const tenMillion = (f: ParsedFixture) => f.record.money.some((m) => m.amount >= 1e7);
      expect(keysOf(await s.search({ minAmount: 1e7, limit: 100 }))).toEqual(
        [...keysWhere(tenMillion), "0009999999-26-000777"].sort(),
      );
    });

    it("replaces a filing parsed by a newer parser, in one transaction, and never by an older one", async () => {
      const s = await fresh();
      await s.write(results);
      const apple = byName("0000320193-96-000027").result;
      const newer = variant(apple, {
        parserVersion: "999.0.0",
        edit: (p) => {
          p.items = p.items.slice(0, 1).map((i) => ({ ...i, text: `${i.text} quokkaword` }));
        },
      });
      const before = await s.stats();
      expect(await s.write([newer])).toEqual(["replaced"]);
      const after = await s.stats();
      expect(after.filings).toBe(before.filings);
      expect(after.items).toBe(before.items - (apple.prepared.items.length - 1));
      expect((await s.search({ text: "quokkaword" })).map((h) => h.accessionNumber)).toEqual([
        "0000320193-96-000027",
      ]);
      const older = variant(apple, { parserVersion: "0.0.1" });
      expect(await s.write([older])).toEqual(["duplicate"]);
      expect((await s.search({ text: "quokkaword" })).length).toBe(1);
      // A batch that fails midway leaves nothing of itself behind: not even its replacement.
      const newest = variant(apple, {
        parserVersion: "1000.0.0",
        edit: (p) => {
          p.items = [];
        },
      });
      const broken = variant(byName("0000703901").result, {
        key: "0009999999-26-000888",
        edit: (p) => {
          (p.items[0] as { number: unknown }).number = null; // NOT NULL
        },
      });
      await expect(s.write([newest, broken])).rejects.toThrow();
      expect(await s.stats()).toEqual(after);
      expect((await s.search({ text: "quokkaword" })).length).toBe(1);
    });

    it("counts by year, form and item", async () => {
      const stats = await store.stats();
      const years: Record<string, number> = {};
      for (const f of fixtures) {
        const y = (f.record.cover.dateOfReport.value ?? "unknown").slice(0, 4);
        years[y] = (years[y] ?? 0) + 1;
      }
      expect(stats.byYear).toEqual(years);
      expect(stats.byForm).toEqual({ "8-K": fixtures.length });
      expect(stats.byItem["2.02"]).toBe(
        keysWhere((f) => f.record.items.some((i) => i.code === "2.02")).length,
      );
      expect(stats.sources.stored).toBe(fixtures.length);
    });

    it("counts the filings a query selects: the facets of a search", async () => {
      const hasItem = (f: ParsedFixture, code: string) => f.record.items.some((i) => i.code === code);
      const earnings = await store.stats({ item: "2.02" });
      const picked = fixtures.filter((f) => hasItem(f, "2.02"));
      expect(picked.length).toBeGreaterThan(1);
      expect(earnings.filings).toBe(picked.length);
      expect(earnings.items).toBe(picked.reduce((n, f) => n + f.record.items.length, 0));
      expect(earnings.byItem["2.02"]).toBe(picked.length);
      expect(earnings.byItem["9.01"]).toBe(picked.filter((f) => hasItem(f, "9.01")).length);
      const years: Record<string, number> = {};
      for (const f of picked) {
        const y = (f.record.cover.dateOfReport.value ?? "unknown").slice(0, 4);
        years[y] = (years[y] ?? 0) + 1;
      }
      expect(earnings.byYear).toEqual(years);
      // Sources stay the store's own; text and filters narrow together.
      expect(earnings.sources.stored).toBe(fixtures.length);
      const apple = await store.stats({ text: "Macintosh", cik: 320193 });
      expect(apple.filings).toBe((await store.search({ text: "Macintosh", cik: 320193 })).length);
      expect(apple.filings).toBeGreaterThan(0);
      expect((await store.stats({ company: "no such registrant" })).filings).toBe(0);
    });

    it("lists the agreements of the filings a query selects, newest first, counted by type", async () => {
      const all = fixtures.flatMap((f) => f.record.agreements.map((a, position) => ({ f, a, position })));
      const found = await store.agreements({ limit: 1000 });
      expect(found.total).toBe(all.length);
      expect(found.hits.length).toBe(all.length);
      const byType: Record<string, number> = {};
      for (const { a } of all) byType[a.type] = (byType[a.type] ?? 0) + 1;
      expect(found.byType).toEqual(byType);
      const dates = found.hits.map((h) => h.dateOfReport ?? "");
      expect(dates).toEqual([...dates].sort().reverse());
      // Each hit is the record's own agreement at its position.
      for (const h of found.hits) {
        const f = fixtures.find((x) => x.result.prepared.filing.key === h.key);
        expect(h.agreement).toEqual(JSON.parse(JSON.stringify(f?.record.agreements[h.position])));
      }
      const licenses = await store.agreements({ type: "license", limit: 1000 });
      expect(licenses.total).toBe(byType.license);
      expect(licenses.hits.every((h) => h.agreement.type === "license")).toBe(true);
      expect(licenses.byType).toEqual(byType);
      const seed = byName("000_20800b8e38aa6f65").result.prepared.filing.key;
      const narrowed = await store.agreements({ text: "huC242-DM1" });
      expect(narrowed.hits.map((h) => h.key)).toEqual([seed]);
      expect(narrowed.hits[0].registrantName).toBe("IMMUNOGEN, INC.");
      expect((await store.agreements({ limit: 2 })).hits.length).toBe(2);
      await expect(store.agreements({ type: "lease" as "other" })).rejects.toThrow(/type wants one of/);
    });

    it("says where a stored filing was read from", async () => {
      const f = byName("000_20800b8e38aa6f65");
      expect(await store.getSource(f.result.prepared.filing.key)).toEqual({
        source: f.result.source.label,
        contentHash: f.result.prepared.filing.contentHash,
      });
      expect(await store.getSource("0000000000-00-000000")).toBeNull();
    });

    it("exports tables page by page for the filings a query selects", async () => {
      const collect = async (table: Parameters<Store["exportRows"]>[0], query = {}) => {
        const rows = [];
        for await (const page of store.exportRows(table, query, 4)) rows.push(...page);
        return rows;
      };
      const filings = await collect("filings");
      expect(filings.map((r) => r.filing_key).sort()).toEqual(keysWhere(() => true));
      const apple96 = filings.find((r) => r.filing_key === "0000320193-96-000027");
      expect(apple96).toMatchObject({
        cik: 320193,
        amendment: false,
        items: "8.01;9.01",
        exhibits: "99.1",
        form: "8-K",
      });
      const items = await collect("items", { cik: 320193 });
      expect(items.length).toBe(
        fixtures
          .filter((f) => f.record.cover.cik === "0000320193")
          .reduce((n, f) => n + f.record.items.length, 0),
      );
      expect(typeof items[0].text).toBe("string");
      const agreements = await collect("agreements");
      expect(agreements.length).toBe(fixtures.reduce((n, f) => n + f.record.agreements.length, 0));
      for (const a of agreements) expect(JSON.parse(a.value as string)).toHaveProperty("type");
      expect((await collect("exhibits", { text: "SmithKline" })).map((r) => r.number)).toEqual(["99.1"]);
    });

    it("stores text PostgreSQL cannot hold as is (U+0000), offsets unchanged", async () => {
      const s = await fresh();
      const base = byName("0000703901");
      const record = structuredClone(base.record);
      record.items[0].text = "nul\u0000inside";
      const prepared = prepareFiling(record, {
        source: "/synthetic/nul.txt",
        contentHash: "ab",
        exhibitTexts: [],
      });
      expect(prepared.items[0].text).toBe("nul\uFFFDinside");
      const result: ParseResult = { ...base.result, prepared };
      expect(await s.write([result])).toEqual(["stored"]);
      const back = (await s.getRecord(prepared.filing.key)) as typeof record;
      expect(back.items[0].text).toBe("nul\uFFFDinside");
    });
  });
}
