/** Agreements across the store: what a search selects, by type, newest first, with their terms. */
import { html } from "hono/html";
import { amountText, qualifierText } from "../../facts/wording.js";
import type { AgreementsFound } from "../../store/types.js";
import { linkWith } from "../params.js";
import { barChart } from "./plots.js";
import { filingHref, searchForm } from "./search-page.js";

export interface AgreementsView {
  params: URLSearchParams;
  found: AgreementsFound | null;
  error: string | null;
}

export function agreementsPage({ params, found, error }: AgreementsView) {
  const type = params.get("type");
  const types = Object.entries(found?.byType ?? {}).map(([t, n]) => ({
    label: t,
    count: n,
    href: linkWith(params, { type: t }, "/agreements"),
  }));
  const rows = (found?.hits ?? []).map((h) => {
    const a = h.agreement;
    const terms = a.terms.filter((t) => t.amount !== null);
    return html`<tr>
  <td>${h.dateOfReport ?? ""}</td>
  <td><a href="${filingHref(h.key)}#agreement-${h.position}">${h.registrantName ?? h.key}</a></td>
  <td>${a.type}</td>
  <td>${a.name}</td>
  <td>${a.parties.map((p, n) => html`${n ? "; " : ""}${p.name} <span class="muted">(${p.role})</span>`)}</td>
  <td>${a.subject ?? ""}</td>
  <td>${terms.map((t, n) => html`${n ? "; " : ""}${t.kind}: ${qualifierText(t.qualifier)}${amountText(t.amount, t.currency)}`)}</td>
</tr>`;
  });
  return html`<h1>Agreements</h1>
${searchForm(params, "/agreements")}
${error ? html`<p class="error">${error}</p>` : ""}
${
  found
    ? html`<p class="muted">${found.total} ${type ? `${type} ` : ""}agreements in the filings selected; showing ${found.hits.length}, newest first.${type ? html` <a href="${linkWith(params, { type: null }, "/agreements")}">All types</a>` : ""}</p>
${types.length ? barChart(types, "Agreements by type (a bar narrows to its type)") : ""}
<table class="list"><thead><tr><th>Date</th><th>Registrant</th><th>Type</th><th>Named</th><th>Parties</th><th>Subject</th><th>Terms</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : ""
}`;
}
