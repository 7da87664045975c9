/**
 * The HTTP interface: a JSON API over the store, and the web UI built on the same calls.
 *
 *   GET /api/search?q=…&item=…   hits, as `eightk search --json` prints them
 *   GET /api/stats?…             counts by year, form and item, of the store or of a search
 *   GET /api/agreements?…&type=  agreements of the filings a search selects, newest first, by type
 *   GET /api/filings/:key        the stored record
 *   GET /                        search, with facets and a plot by year
 *   GET /agreements              those agreements, with their parties and terms, and a plot by type
 *   GET /filings/:key            a filing in its own words, its facts marked
 *   GET /stats                   plots of the store
 *
 * A bad query is a 400 with a one-line message; a filing not stored is a 404.
 */
import { Hono } from "hono";
import { QueryError } from "../store/query.js";
import type { Store } from "../store/types.js";
import { loadFilingWords } from "./filing-words.js";
import { agreementsPage } from "./pages/agreements-page.js";
import { filingPage } from "./pages/filing-page.js";
import { layout } from "./pages/layout.js";
import { searchPage } from "./pages/search-page.js";
import { statsPage } from "./pages/stats-page.js";
import { agreementQueryFromParams, queryFromParams } from "./params.js";

export interface AppOptions {
  store: Store;
  /** The folder relative source paths are read from (where the ingest ran); the working folder by default. */
  root?: string;
}

const paramsOf = (url: string) => new URL(url).searchParams;

export function createApp({ store, root = process.cwd() }: AppOptions): Hono {
  const app = new Hono();
  const page = (title: string, body: unknown) => layout(title, store.location, body);

  app.onError((e, c) => {
    if (e instanceof QueryError) {
      return c.req.path.startsWith("/api/")
        ? c.json({ error: e.message }, 400)
        : c.html(page("Bad query", `${e.message}`), 400);
    }
    console.error(e);
    return c.json({ error: "internal error" }, 500);
  });

  app.get("/api/search", async (c) => {
    const hits = await store.search(queryFromParams(paramsOf(c.req.url)));
    return c.json({ hits });
  });

  app.get("/api/stats", async (c) => {
    const { limit: _limit, ...query } = queryFromParams(paramsOf(c.req.url));
    return c.json(await store.stats(query));
  });

  app.get("/api/agreements", async (c) => {
    return c.json(await store.agreements(agreementQueryFromParams(paramsOf(c.req.url))));
  });

  app.get("/api/filings/:key", async (c) => {
    const record = await store.getRecord(c.req.param("key"));
    return record ? c.json(record) : c.json({ error: `no filing ${c.req.param("key")} in the store` }, 404);
  });

  app.get("/", async (c) => {
    const params = paramsOf(c.req.url);
    try {
      const query = queryFromParams(params);
      const [hits, stats] = await Promise.all([store.search(query), store.stats(query)]);
      return c.html(page(query.text ?? "Search", searchPage({ params, hits, stats, error: null })));
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      const body = searchPage({ params, hits: [], stats: null, error: e.message });
      return c.html(page("Search", body), 400);
    }
  });

  app.get("/agreements", async (c) => {
    const params = paramsOf(c.req.url);
    try {
      const found = await store.agreements(agreementQueryFromParams(params));
      return c.html(page("Agreements", agreementsPage({ params, found, error: null })));
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      return c.html(page("Agreements", agreementsPage({ params, found: null, error: e.message })), 400);
    }
  });

  app.get("/filings/:key", async (c) => {
    const key = c.req.param("key");
    const words = await loadFilingWords(store, key, root);
    if (!words) return c.html(page("Not found", `No filing ${key} in the store.`), 404);
    const name = words.record.cover.registrant.name.value ?? key;
    return c.html(page(name, filingPage(key, words)));
  });

  app.get("/stats", async (c) => c.html(page("Plots", statsPage(await store.stats()))));

  return app;
}
