/**
 * The web UI in a real browser: Debian's Chromium, driven by playwright-core, against the server
 * on a free loopback port. Skipped where no Chromium is installed, unless
 * EIGHTK_REQUIRE_BROWSER=1 (CI sets it, and .ci/run installs Chromium): then that is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/http/server.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { parseFixtures } from "../store/corpus.js";

const CHROMIUM = process.env.EIGHTK_CHROMIUM ?? "/usr/bin/chromium";
const found = existsSync(CHROMIUM);
if (!found && process.env.EIGHTK_REQUIRE_BROWSER === "1")
  throw new Error(`EIGHTK_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);

describe.runIf(found)("web UI in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "eightk-ui-"));
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    store = new SqliteStore(join(dir, "ui.db"));
    await store.write(parseFixtures().map((f) => f.result));
    server = await startServer({ store, port: 0 });
    // The flags keep Chromium off the network this machine does not have (and out of a sandbox
    // that needs privileges a test runner lacks).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("searches, opens a filing, and follows a fact to its words", async () => {
    await page.goto(server.url);
    await page.fill('input[name="q"]', "license");
    await page.click('button[type="submit"]');
    await page.waitForURL(/\?q=license/);
    const hits = page.locator("ol.hits > li");
    expect(await hits.count()).toBe((await store.search({ text: "license" })).length);
    await page.click("text=IMMUNOGEN, INC.");
    await page.waitForURL(/\/filings\//);
    const party = page.locator("mark.f-party", { hasText: "SmithKline Beecham Plc" }).first();
    expect(await party.isVisible()).toBe(true);
    // The licensee in the facts panel leads to its words, scrolled into view.
    await page.click('.panel a:has-text("SmithKline Beecham Plc")');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#m\d+$/);
    const inView = await page.evaluate((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.top <= window.innerHeight;
    }, hash.slice(1));
    expect(inView).toBe(true);
  });

  it("lists agreements by type, and one leads to its card beside the filing's words", async () => {
    await page.goto(server.url);
    await page.click("header >> text=Agreements");
    await page.waitForURL(/\/agreements$/);
    await page.click('svg a[href="/agreements?type=license"]');
    await page.waitForURL(/type=license$/);
    const licenses = await store.agreements({ type: "license" });
    expect(await page.locator("table.list tbody tr").count()).toBe(licenses.hits.length);
    const first = licenses.hits[0];
    await page.click(`table.list a[href$="#agreement-${first.position}"] >> nth=0`);
    await page.waitForURL(/\/filings\/.*#agreement-\d+$/);
    const card = page.locator(`#agreement-${first.position}`);
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(first.agreement.parties[0]?.name ?? "");
  });

  it("plots the store, and a bar leads to the search it counts", async () => {
    await page.goto(server.url);
    await page.click("text=Plots");
    await page.waitForURL(/\/stats$/);
    expect(await page.locator("svg").count()).toBe(3);
    await page.click('svg a[href="/?item=2.02"]');
    await page.waitForURL(/\?item=2\.02$/);
    const expected = (await store.stats({ item: "2.02" })).filings;
    expect(await page.locator("ol.hits > li").count()).toBe(expected);
    expect(await page.textContent("body")).toContain(`${expected} filings match`);
  });
});
