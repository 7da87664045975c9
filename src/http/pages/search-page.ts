/** The search page: the form, the facets of what it finds (with a plot by year), the hits. */
import { escapeUTF8 } from "entities";
import { html, raw } from "hono/html";
import { catalogItem } from "../../form8k/item-catalog.js";
import { HIGHLIGHT } from "../../store/search.js";
import type { SearchHit, StoreStats } from "../../store/types.js";
import { linkWith, QUERY_PARAMS } from "../params.js";
import { columnChart, yearBars } from "./plots.js";

const LABELS: Record<(typeof QUERY_PARAMS)[number], string> = {
  q: 'Words, "phrases", OR, -not',
  item: "Item (1.01, 5)",
  form: "Form",
  company: "Company",
  cik: "CIK",
  since: "Since (YYYY-MM-DD)",
  until: "Until",
  "has-exhibit": "Has exhibit (99.1)",
  "min-amount": "Amount at least ($)",
  limit: "Results",
};

/** The modern item's name, for a facet ("2.02 Results of Operations and Financial Condition"). */
export function itemName(code: string): string {
  const item = catalogItem(code, "2026-01-01");
  return item ? `${code} ${item.title}` : code;
}

/** A search engine's snippet (matches between `**`) as HTML, matches marked. */
export function snippetHtml(snippet: string): string {
  return snippet
    .split(HIGHLIGHT)
    .map((part, n) => (n % 2 ? `<mark>${escapeUTF8(part)}</mark>` : escapeUTF8(part)))
    .join("");
}

export function filingHref(key: string): string {
  return `/filings/${encodeURIComponent(key)}`;
}

function facet(
  title: string,
  params: URLSearchParams,
  name: string,
  counts: Record<string, number>,
  label = (k: string) => k,
) {
  const entries = Object.entries(counts).filter(([k]) => k !== "unknown");
  if (!entries.length) return "";
  const current = params.get(name);
  return html`<h3>${title}</h3><ul>${entries.map(
    ([k, n]) =>
      html`<li class="${current === k ? "on" : ""}"><a href="${linkWith(params, { [name]: current === k ? null : k })}">${label(k)}</a><span class="muted">${n}</span></li>`,
  )}</ul>`;
}

/** The search form, its fields filled from the URL; `action` is the page it asks. */
export function searchForm(params: URLSearchParams, action: string) {
  return html`<form class="search" method="get" action="${action}">
  ${QUERY_PARAMS.map(
    (name) =>
      html`<label class="${name === "q" ? "q" : ""}">${LABELS[name]}<input name="${name}" value="${params.get(name) ?? ""}"${name === "q" ? raw(" autofocus") : ""}></label>`,
  )}
  ${params.get("type") ? html`<input type="hidden" name="type" value="${params.get("type")}">` : ""}
  <button type="submit">Search</button>
</form>`;
}

export interface SearchView {
  params: URLSearchParams;
  hits: SearchHit[];
  stats: StoreStats | null;
  error: string | null;
}

export function searchPage({ params, hits, stats, error }: SearchView) {
  const years = yearBars(stats?.byYear ?? {}, (y) => linkWith(params, { since: y, until: y }));
  const form = searchForm(params, "/");
  const results = hits.length
    ? html`<ol class="hits">${hits.map(
        (h) => html`<li>
  <a href="${filingHref(h.key)}"><strong>${h.registrantName ?? "(no registrant name)"}</strong></a>
  <div class="meta">${h.form ?? "8-K"} · ${h.dateOfReport ?? "undated"} · ${h.accessionNumber ?? h.key} · items ${h.items.join(", ") || "none"}${h.match ? ` · best match in ${h.match.kind} ${h.match.ref}` : ""}</div>
  ${h.snippet ? html`<div class="snippet">${raw(snippetHtml(h.snippet))}</div>` : ""}
</li>`,
      )}</ol>`
    : html`<p class="muted">No filings match.</p>`;
  return html`<h1>Search 8-K filings</h1>
${form}
${error ? html`<p class="error">${error}</p>` : ""}
${
  stats
    ? html`<p class="muted">${stats.filings} filings match; showing ${hits.length}.</p>
<div class="columns">
  <aside class="facets">
    ${facet("Form", params, "form", stats.byForm)}
    ${facet("Item", params, "item", stats.byItem, itemName)}
  </aside>
  <section>
    ${years.length ? columnChart(years, "Matching filings by year of report") : ""}
    ${results}
  </section>
</div>`
    : ""
}`;
}
