/**
 * The HTTP API and the pages, over a SQLite store holding the store tests' real filings, asked
 * through the app itself (no port). Expected answers come from the parsed records.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { prepareSource } from "../../src/ingest/prepare.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { AgreementsFound, SearchHit, StoreStats } from "../../src/store/types.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { type ParsedFixture, parseFixtures, variant } from "../store/corpus.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-http-"));
let store: SqliteStore;
let fixtures: ParsedFixture[];
let app: ReturnType<typeof createApp>;

const keyOf = (part: string) => {
  const f = fixtures.find((x) => x.path.includes(part));
  if (!f) throw new Error(`no fixture ${part}`);
  return f.result.prepared.filing.key;
};
const get = (path: string) => app.request(path);
const pageOf = async (path: string) => {
  const res = await get(path);
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  fixtures = parseFixtures();
  store = new SqliteStore(join(dir, "ui.db"));
  await store.write(fixtures.map((f) => f.result));
  app = createApp({ store });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("JSON API", () => {
  it("searches as the store does, filters included", async () => {
    const res = await get("/api/search?q=license&limit=5");
    expect(res.status).toBe(200);
    const { hits } = (await res.json()) as { hits: SearchHit[] };
    expect(hits).toEqual(await store.search({ text: "license", limit: 5 }));
    expect(hits.map((h) => h.key)).toContain(keyOf("000_20800b8e38aa6f65"));
    const apple = (await (await get("/api/search?cik=320193")).json()) as { hits: SearchHit[] };
    expect(apple.hits.length).toBeGreaterThan(0);
    expect(apple.hits.every((h) => h.cik === 320193)).toBe(true);
  });

  it("answers a bad query with 400 and the store's one-line reason", async () => {
    for (const [path, says] of [
      ["/api/search?cik=abc", "cik wants a number"],
      ["/api/search?since=last-week", "wants a date"],
      ["/api/search?q=%22%22", "nothing to search for"],
      ["/api/stats?min-amount=lots", "min-amount wants a number"],
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: string }).error, path).toContain(says);
    }
  });

  it("counts the store, or what a search selects", async () => {
    const all = (await (await get("/api/stats")).json()) as StoreStats;
    expect(all.filings).toBe(fixtures.length);
    const earnings = (await (await get("/api/stats?item=2.02")).json()) as StoreStats;
    expect(earnings).toEqual(await store.stats({ item: "2.02" }));
    expect(earnings.filings).toBe(
      fixtures.filter((f) => f.record.items.some((i) => i.code === "2.02")).length,
    );
  });

  it("gives a stored record whole, and 404 for one not stored", async () => {
    const key = keyOf("0000320193-96-000027");
    const res = await get(`/api/filings/${encodeURIComponent(key)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(await store.getRecord(key));
    expect((await get("/api/filings/0000000000-00-000000")).status).toBe(404);
  });
});

describe("search page", () => {
  it("lists hits with their marked passage, and facets that narrow the search", async () => {
    const { status, html } = await pageOf("/?q=license");
    expect(status).toBe(200);
    const seed = keyOf("000_20800b8e38aa6f65");
    expect(html).toContain(`href="/filings/${encodeURIComponent(seed)}"`);
    expect(html).toContain("IMMUNOGEN, INC.");
    expect(html).toMatch(/<mark>license<\/mark>/i);
    const stats = await store.stats({ text: "license" });
    expect(html).toContain(`${stats.filings} filings match`);
    // Each item facet links to the same search narrowed to it.
    for (const code of Object.keys(stats.byItem))
      expect(html).toContain(`href="/?q=license&amp;item=${code}"`);
    // The plot has a column for every year from the first to the last.
    const years = Object.keys(stats.byYear)
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number);
    const columns = html.match(/<rect /g)?.length ?? 0;
    expect(columns).toBe(Math.max(...years) - Math.min(...years) + 1);
  });

  it("escapes what the user typed", async () => {
    const { html } = await pageOf(`/?q=${encodeURIComponent('<script>alert("x")</script>')}`);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
  });

  it("says what is wrong with a bad query, on the page", async () => {
    const { status, html } = await pageOf("/?q=license&since=yesterday");
    expect(status).toBe(400);
    expect(html).toContain('class="error"');
    expect(html).toContain("wants a date");
  });
});

describe("agreements", () => {
  it("lists the agreements a search selects as the store does, narrowed by type", async () => {
    const all = (await (await get("/api/agreements?limit=1000")).json()) as AgreementsFound;
    expect(all).toEqual(await store.agreements({ limit: 1000 }));
    expect(all.total).toBe(fixtures.reduce((n, f) => n + f.record.agreements.length, 0));
    const licenses = (await (await get("/api/agreements?type=license")).json()) as AgreementsFound;
    expect(licenses.total).toBe(all.byType.license);
    const bad = await get("/api/agreements?type=lease");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("type wants one of");
  });

  it("shows each agreement with its parties and terms, linked to its card on the filing's page", async () => {
    const { status, html } = await pageOf("/agreements?q=huC242-DM1");
    expect(status).toBe(200);
    const seed = keyOf("000_20800b8e38aa6f65");
    expect(html).toContain(`href="/filings/${encodeURIComponent(seed)}#agreement-0"`);
    expect(html).toContain('SmithKline Beecham Plc <span class="muted">(licensee)</span>');
    expect(html).toContain("total_value: $45,000,000");
    expect(html).toContain('href="/agreements?q=huC242-DM1&amp;type=license"');
    const filing = await pageOf(`/filings/${encodeURIComponent(seed)}`);
    expect(filing.html).toContain('<div class="card" id="agreement-0">');
    const bad = await pageOf("/agreements?type=lease");
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('class="error"');
  });
});

describe("filing page", () => {
  it("marks each fact on the words it was read from, and links the facts to them", async () => {
    const key = keyOf("000_20800b8e38aa6f65");
    const { status, html } = await pageOf(`/filings/${encodeURIComponent(key)}`);
    expect(status).toBe(200);
    expect(html).toMatch(/<mark class="[^"]*f-party[^"]*"[^>]*>SmithKline Beecham Plc<\/mark>/);
    expect(html).toMatch(/<mark class="[^"]*f-subject[^"]*"[^>]*>huC242-DM1<\/mark>/);
    expect(html).toMatch(/<mark class="[^"]*f-term[^"]*"[^>]*>\$40 million<\/mark>/);
    // Every link of the facts panel leads to an anchor in the words, placed once.
    const links = [...html.matchAll(/href="#(m\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(8);
    for (const id of links) expect(html.split(`id="${id}"`).length - 1, id).toBe(1);
    expect(html).toContain("licensee");
    // The exhibit list leads to each exhibit's text shown above it.
    expect(html).toContain('<a href="#exhibit-0">99.1</a>');
    expect(html).toContain('<h3 id="exhibit-0">');
    expect(html).not.toContain('class="note"');
  });

  it("lists the facts without their words when the source is gone or changed", async () => {
    const seed = fixtures.find((f) => f.path.includes("000_20800b8e38aa6f65"));
    if (!seed) throw new Error("no seed fixture");
    const moved = join(dir, "moved.txt");
    const changed = join(dir, "changed.txt");
    copyFileSync(seed.result.source.label, changed);
    writeFileSync(changed, "\n", { flag: "a" });
    const from = (key: string, path: string) =>
      variant(seed.result, {
        key,
        label: path,
        edit: (p) => {
          p.filing.source = path;
        },
      });
    await store.write([from("gone", moved), from("changed", changed)]);
    const gone = await pageOf("/filings/gone");
    expect(gone.status).toBe(200);
    expect(gone.html).toContain("cannot be read");
    expect(gone.html).toContain("SmithKline Beecham Plc");
    expect(gone.html).not.toContain('class="anchor"');
    expect((await pageOf("/filings/changed")).html).toContain("has changed since it was ingested");
  });

  it("is a 404 for a filing not stored", async () => {
    expect((await pageOf("/filings/nothing-here")).status).toBe(404);
  });
});

describe("plots page", () => {
  it("draws the store by year, form and item, each bar a search", async () => {
    const { html } = await pageOf("/stats");
    const stats = await store.stats();
    expect(html).toContain(`${stats.filings} filings`);
    for (const code of Object.keys(stats.byItem)) expect(html).toContain(`href="/?item=${code}"`);
    expect(html).toContain(`href="/?form=8-K"`);
    expect(html.match(/<svg /g)?.length).toBe(3);
  });
});

describe("a filing's checks", () => {
  it("are listed beside its facts", async () => {
    const path = join(FIXTURES, "checks", "0001213900-09-002194.txt");
    const bytes = readFileSync(path);
    const result = prepareSource(bytes, { label: path, size: bytes.length, mtimeMs: 0 });
    if (!result.ok) throw new Error(result.error);
    const late = new SqliteStore(join(dir, "late.db"));
    try {
      await late.write([result]);
      const res = await createApp({ store: late }).request(`/filings/${result.prepared.filing.key}`);
      const html = await res.text();
      expect(html).toContain('Checks <span class="muted">1</span>');
      expect(html).toContain('<span class="warning">warning</span> filed 2009-08-19, 12 business days after');
    } finally {
      await late.close();
    }
  });
});
