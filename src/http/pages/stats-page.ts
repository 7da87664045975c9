/** What the store holds, plotted: filings by year of report, by form, by item. */
import { html } from "hono/html";
import type { StoreStats } from "../../store/types.js";
import { linkWith } from "../params.js";
import { barChart, columnChart, yearBars } from "./plots.js";
import { itemName } from "./search-page.js";

export function statsPage(s: StoreStats) {
  const none = new URLSearchParams();
  const years = yearBars(s.byYear, (y) => linkWith(none, { since: y, until: y }));
  const forms = Object.entries(s.byForm).map(([f, n]) => ({
    label: f,
    count: n,
    href: linkWith(none, { form: f === "unknown" ? null : f }),
  }));
  const items = Object.entries(s.byItem)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => ({
      label: code,
      count: n,
      title: itemName(code),
      href: linkWith(none, { item: code }),
    }));
  return html`<h1>The store</h1>
<p>${s.filings} filings, ${s.items} items, ${s.exhibits} exhibits, ${s.facts} facts. Sources: ${s.sources.stored} stored, ${s.sources.duplicate} duplicates, ${s.sources.failed} failed.</p>
${years.length ? columnChart(years, "Filings by year of report") : ""}
${forms.length ? barChart(forms, "Filings by form") : ""}
${items.length ? barChart(items, "Filings that hold each item (current numbering)") : ""}`;
}
