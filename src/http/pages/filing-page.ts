/**
 * One filing: its cover, its items and exhibits in their own words with every fact marked where
 * it was read, and beside them the facts, each linking to its words.
 */
import { html, raw } from "hono/html";
import { amountText, qualifierText } from "../../facts/wording.js";
import type { FilingRecord } from "../../form8k/schema.js";
import type { FilingWords } from "../filing-words.js";
import { type FilingMarks, markedHtml, marksOf } from "../marks.js";
import { itemName } from "./search-page.js";

interface Region {
  id: string;
  title: string;
  doc: number;
  start: number;
  end: number;
}

/**
 * The stretches of text the page shows: each item, then each exhibit's own text. An exhibit
 * printed inside the 8-K can lie within the last item's span; what was shown is not shown again.
 */
export function regionsOf(r: FilingRecord): Region[] {
  const out: Region[] = [];
  const shownTo = new Map<number, number>();
  const add = (id: string, title: string, doc: number, start: number, end: number) => {
    const from = Math.max(start, shownTo.get(doc) ?? 0);
    if (from >= end) return;
    shownTo.set(doc, Math.max(end, shownTo.get(doc) ?? 0));
    out.push({ id, title, doc, start: from, end });
  };
  r.items.forEach((it, n) => {
    const modern = it.code && it.code !== it.number ? ` (now ${it.code})` : "";
    add(
      `item-${n}`,
      `Item ${it.number}${modern}. ${it.title ?? it.catalogTitle ?? ""}`,
      it.span.doc,
      it.span.start,
      it.span.end,
    );
  });
  r.exhibits.forEach((e, n) => {
    if (e.textSpan)
      add(
        `exhibit-${n}`,
        `Exhibit ${e.number}. ${e.description ?? ""}`,
        e.textSpan.doc,
        e.textSpan.start,
        e.textSpan.end,
      );
  });
  return out;
}

const link = (fm: FilingMarks, key: string, text: string) => {
  const id = fm.idOf.get(key);
  return id ? html`<a href="#${id}">${text}</a>` : html`${text}`;
};

function factsPanel(r: FilingRecord, fm: FilingMarks) {
  const agreements = r.agreements.map(
    (a, n) => html`<div class="card" id="agreement-${n}">
  <strong>${link(fm, `agreement:${n}`, `${a.type}${a.name ? `: ${a.name}` : ""}`)}</strong>${a.date ? html` <span class="muted">${a.date}</span>` : ""}
  <ul>
    ${a.parties.map((p, i) => html`<li>${p.role}: ${link(fm, `party:${n}:${i}`, p.name)}</li>`)}
    ${a.subject ? html`<li>subject: ${link(fm, `subject:${n}`, a.subject)}</li>` : ""}
    ${a.territory ? html`<li>territory: ${a.territory}${a.exclusive ? " (exclusive)" : ""}</li>` : ""}
    ${a.terms.map(
      (t, i) =>
        html`<li>${t.kind}: ${link(fm, `term:${n}:${i}`, `${qualifierText(t.qualifier)}${amountText(t.amount, t.currency)}${t.per ? ` per ${t.per}` : ""}`)}</li>`,
    )}
  </ul>
</div>`,
  );
  const list = <T>(title: string, rows: readonly T[], show: (row: T, n: number) => unknown, max = 40) =>
    rows.length
      ? html`<h3>${title} <span class="muted">${rows.length}</span></h3><ul>${rows.slice(0, max).map((row, n) => html`<li>${show(row, n)}</li>`)}</ul>${rows.length > max ? html`<p class="muted">and ${rows.length - max} more</p>` : ""}`
      : "";
  // The largest amounts first: a press release's tables hold hundreds.
  const money = r.money.map((m, n) => ({ m, n })).sort((a, b) => (b.m.amount ?? -1) - (a.m.amount ?? -1));
  return html`<aside class="panel">
<h2>Facts</h2>
<div class="legend"><mark class="f-agreement">agreement</mark><mark class="f-party">party</mark><mark class="f-subject">subject</mark><mark class="f-term">term</mark><mark class="f-money">money</mark><mark class="f-person">person</mark><mark class="f-org">organization</mark><mark class="f-officer">officer change</mark></div>
${list("Checks", r.checks, (c) => html`<span class="${c.severity}">${c.severity}</span> ${c.message}`)}
${r.events.length ? list("Events", r.events, (e) => `Item ${e.item} → ${e.code ?? "-"} ${e.category ?? ""}`) : ""}
${agreements.length ? html`<h3>Agreements <span class="muted">${agreements.length}</span></h3>${agreements}` : ""}
${list("Officer changes", r.officerChanges, (c, n) => link(fm, `officer:${n}`, `${c.person} ${c.change}${c.role ? ` (${c.role})` : ""}${c.effective ? `, effective ${c.effective}` : ""}`))}
${list("Press releases", r.pressReleases, (p) => `Exhibit ${p.exhibit}: ${p.headline?.text ?? "(no headline)"}`)}
${list("People", r.people, (p, n) => link(fm, `person:${n}`, `${p.name}${p.title ? `, ${p.title}` : ""}`))}
${list("Organizations", r.organizations, (o, n) => html`${link(fm, `org:${n}`, o.name)}${o.tickers.map((t) => ` ${t.exchange}: ${t.symbol}`).join("")}`)}
${list("Money", money, ({ m, n }) => link(fm, `money:${n}`, `${qualifierText(m.qualifier)}${amountText(m.amount, m.currency)}${m.per ? ` per ${m.per}` : ""}`), 25)}
</aside>`;
}

function cover(r: FilingRecord, key: string) {
  const reg = r.cover.registrant;
  const a = reg.address;
  const rows: [string, string | null][] = [
    ["Form", r.cover.form.value],
    ["Date of report", r.cover.dateOfReport.value],
    ["Filed", r.header?.filedAsOf ?? null],
    [r.accessionNumber ? "Accession number" : "Key (a bare document: its SHA-256)", r.accessionNumber ?? key],
    ["CIK", r.cover.cik],
    ["State of incorporation", reg.stateOfIncorporation.value],
    ["Commission file number", reg.commissionFileNumber.value],
    ["IRS employer id", reg.irsEmployerId.value],
    [
      "Address",
      [a.street.value, a.city.value, a.state.value, a.zip.value].filter(Boolean).join(", ") || null,
    ],
    ["Phone", reg.phone.value],
    ["Parser", r.parserVersion],
  ];
  return html`<table class="kv">${rows
    .filter(([, v]) => v)
    .map(([k, v]) => html`<tr><td>${k}</td><td>${v}</td></tr>`)}</table>`;
}

export function filingPage(key: string, words: FilingWords) {
  const r = words.record;
  const fm = marksOf(r);
  const anchored = new Set<string>();
  const texts = words.texts;
  const regions = texts ? regionsOf(r) : [];
  const shown = new Set(regions.map((g) => g.id));
  const body = texts
    ? regions.map((g) => {
        const text = texts[g.doc];
        if (text == null) return "";
        const marks = fm.marks.filter((m) => m.doc === g.doc);
        return html`<h3 id="${g.id}">${g.title}</h3><pre>${raw(markedHtml(text, g.start, g.end, marks, anchored))}</pre>`;
      })
    : r.items.map((it) => html`<h3>${itemName(it.code ?? it.number)}</h3><pre>${it.text}</pre>`);
  return html`<h1>${r.cover.registrant.name.value ?? "(no registrant name)"} <span class="muted">${r.cover.form.value ?? "8-K"} · ${r.cover.dateOfReport.value ?? "undated"}</span></h1>
${cover(r, key)}
<p><a href="/api/filings/${encodeURIComponent(key)}">The record as JSON</a></p>
${words.missing ? html`<p class="note">${texts ? "" : "Facts are listed without their words: "}${words.missing}.</p>` : ""}
<div class="filing">
  <section class="doc">
    ${body}
    ${r.exhibits.length ? html`<h2>Exhibits</h2><ul>${r.exhibits.map((e, n) => html`<li>${shown.has(`exhibit-${n}`) ? html`<a href="#exhibit-${n}">${e.number}</a>` : e.number} ${e.description ?? ""}${e.filing === "incorporated" ? " (incorporated by reference)" : ""}</li>`)}</ul>` : ""}
    ${r.signatures.length ? html`<h2>Signatures</h2><ul>${r.signatures.map((s) => html`<li>${s.name ?? "?"}${s.title ? `, ${s.title}` : ""}${s.date ? ` (${s.date})` : ""}</li>`)}</ul>` : ""}
  </section>
  ${factsPanel(r, fm)}
</div>`;
}
