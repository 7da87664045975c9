/**
 * `eightk parse --facts`: what a filing discloses, each fact beside the words it came from.
 */
import type { Doc } from "../document/types.js";
import { amountText as money, qualifierText } from "../facts/wording.js";
import type { FilingRecord, Span } from "../form8k/schema.js";

export function renderFacts(source: string, r: FilingRecord, docs: (Doc | null)[]): string {
  const quote = (span: Span | null | undefined, max = 160) => {
    if (!span) return "";
    const doc = docs[span.doc];
    if (!doc) return "";
    const t = doc.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
    return `  “${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
  };
  const out: string[] = [];
  const reg = r.cover.registrant;
  out.push(
    `${source}: ${r.cover.form.value ?? "8-K"} of ${reg.name.value ?? "?"}, ${r.cover.dateOfReport.value ?? "undated"}`,
  );
  for (const e of r.events) out.push(`  Item ${e.item} → ${e.code ?? "-"} ${e.category ?? ""}`);
  for (const a of r.agreements) {
    out.push("", `Agreement: ${a.type}${a.name ? ` (${a.name})` : ""}${a.date ? `, ${a.date}` : ""}`);
    for (const p of a.parties) out.push(`  ${p.role.padEnd(9)} ${p.name}${quote(p.span, 80)}`);
    if (a.subject) out.push(`  subject   ${a.subject}${quote(a.subjectSpan, 80)}`);
    if (a.territory) out.push(`  territory ${a.territory}${a.exclusive ? " (exclusive)" : ""}`);
    for (const t of a.terms) {
      out.push(
        `  ${t.kind.padEnd(9)} ${qualifierText(t.qualifier)}${money(t.amount, t.currency)}${t.per ? ` per ${t.per}` : ""}${quote(t.span)}`,
      );
    }
  }
  for (const c of r.officerChanges)
    out.push(
      "",
      `Officer change: ${c.person} ${c.change}${c.role ? ` (${c.role})` : ""}${c.effective ? `, effective ${c.effective}` : ""}${quote(c.span)}`,
    );
  for (const p of r.pressReleases) {
    out.push("", `Press release (exhibit ${p.exhibit}): ${p.headline?.text ?? ""}`);
    if (p.dateline)
      out.push(
        `  dateline  ${[p.dateline.city, p.dateline.state, p.dateline.date].filter(Boolean).join(", ")}`,
      );
    for (const t of p.tickers) out.push(`  ticker    ${t.exchange}: ${t.symbol}`);
    for (const q of p.quotes)
      out.push(
        `  quote     ${q.speaker ?? "?"}${q.title ? `, ${q.title}` : ""}${q.company ? `, ${q.company}` : ""}: “${q.text.slice(0, 100)}${q.text.length > 100 ? "…" : ""}”`,
      );
    for (const c of p.contacts)
      out.push(
        `  contact   ${[c.role, c.name, c.organization, c.phone, c.email].filter(Boolean).join(", ")}`,
      );
  }
  if (r.checks.length) {
    out.push("", "Checks:");
    for (const c of r.checks) out.push(`  ${c.severity.padEnd(7)} ${c.rule}: ${c.message}`);
  }
  if (r.periods.length) {
    out.push("", "Dates and periods:");
    for (const p of r.periods.slice(0, 20))
      out.push(
        `  ${p.kind.padEnd(8)} ${p.start ?? "?"} – ${p.end ?? "?"}${p.fiscal ? " (fiscal)" : ""}${quote(p.span, 80)}`,
      );
  }
  if (r.money.length) {
    out.push("", "Money:");
    for (const m of r.money.slice(0, 20))
      out.push(
        `  ${m.qualifier ? `${m.qualifier} ` : ""}${money(m.amount, m.currency)}${quote(m.span, 100)}`,
      );
  }
  if (r.people.length) {
    out.push("", "People:");
    for (const p of r.people.slice(0, 20)) out.push(`  ${p.name}${p.title ? `, ${p.title}` : ""}`);
  }
  if (r.organizations.length) {
    out.push("", "Organizations:");
    for (const o of r.organizations.slice(0, 20))
      out.push(
        `  ${o.name}${o.aliases.length ? ` ("${o.aliases.join('", "')}")` : ""}${o.tickers.map((t) => ` ${t.exchange}: ${t.symbol}`).join("")}`,
      );
  }
  return `${out.join("\n")}\n`;
}
