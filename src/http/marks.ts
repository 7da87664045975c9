/**
 * A filing's facts as marks on its words: every fact with a span becomes a mark, and a stretch of
 * a document's text becomes HTML with each marked run wrapped once, whatever overlaps (a party's
 * name inside its agreement's sentence, a term on the same words as a money amount). Pure.
 */
import { escapeUTF8 } from "entities";
import { amountText, qualifierText } from "../facts/wording.js";
import type { FilingRecord, Span } from "../form8k/schema.js";

export type MarkKind = "agreement" | "party" | "subject" | "term" | "officer" | "person" | "org" | "money";

export interface Mark {
  /** Anchor id in the page ("m12"): a fact in the side panel links here. */
  id: string;
  kind: MarkKind;
  doc: number;
  start: number;
  end: number;
  /** What the mark says it is, shown on hover. */
  label: string;
}

/** The marks of a record, and for each fact the id of its first mark. */
export interface FilingMarks {
  marks: Mark[];
  /** `agreement:0`, `party:0:1`, `term:0:2`, `subject:0`, `person:3`, `org:1`, `money:7`, `officer:0`. */
  idOf: Map<string, string>;
}

export function marksOf(r: FilingRecord): FilingMarks {
  const marks: Mark[] = [];
  const idOf = new Map<string, string>();
  const add = (key: string, kind: MarkKind, span: Span | null | undefined, label: string) => {
    if (!span || span.end <= span.start) return;
    const id = `m${marks.length}`;
    marks.push({ id, kind, doc: span.doc, start: span.start, end: span.end, label });
    if (!idOf.has(key)) idOf.set(key, id);
  };
  for (const [n, a] of r.agreements.entries()) {
    const seen = new Set<string>();
    for (const s of a.spans) {
      const k = `${s.doc}:${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      add(`agreement:${n}`, "agreement", s, `${a.type} agreement${a.name ? `: ${a.name}` : ""}`);
    }
    for (const [i, p] of a.parties.entries()) add(`party:${n}:${i}`, "party", p.span, `${p.role}: ${p.name}`);
    add(`subject:${n}`, "subject", a.subjectSpan, `subject: ${a.subject ?? ""}`);
    for (const [i, t] of a.terms.entries())
      add(
        `term:${n}:${i}`,
        "term",
        t.span,
        `${t.kind}: ${qualifierText(t.qualifier)}${amountText(t.amount, t.currency)}`,
      );
  }
  for (const [n, c] of r.officerChanges.entries())
    add(`officer:${n}`, "officer", c.span, `${c.person} ${c.change}${c.role ? ` (${c.role})` : ""}`);
  for (const [n, p] of r.people.entries())
    add(`person:${n}`, "person", p.span, `${p.name}${p.title ? `, ${p.title}` : ""}`);
  for (const [n, o] of r.organizations.entries()) add(`org:${n}`, "org", o.span, o.name);
  for (const [n, m] of r.money.entries())
    add(`money:${n}`, "money", m.span, `${qualifierText(m.qualifier)}${amountText(m.amount, m.currency)}`);
  return { marks, idOf };
}

/**
 * `text[start, end)` as HTML, each run under the same marks wrapped in one `<mark>` whose classes
 * name their kinds; a mark's anchor goes where it starts. `anchored` holds the ids already
 * placed in the page (a stretch shown twice anchors once). A sweep over the marks' ends: a
 * press release with thousands of amounts costs its marks' count, not their product.
 */
export function markedHtml(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  anchored: Set<string> = new Set(),
): string {
  const within = marks.filter((m) => m.start < end && m.end > start);
  const points = new Set<number>([start, end]);
  for (const m of within) {
    points.add(Math.max(m.start, start));
    points.add(Math.min(m.end, end));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const starting = new Map<number, Mark[]>();
  for (const m of within) {
    const at = Math.max(m.start, start);
    const list = starting.get(at);
    if (list) list.push(m);
    else starting.set(at, [m]);
  }
  const active = new Set<Mark>();
  const out: string[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    for (const m of active) if (m.end <= a) active.delete(m);
    for (const m of starting.get(a) ?? []) {
      active.add(m);
      if (!anchored.has(m.id)) {
        anchored.add(m.id);
        out.push(`<span class="anchor" id="${m.id}"></span>`);
      }
    }
    const words = escapeUTF8(text.slice(a, b));
    if (!active.size) {
      out.push(words);
      continue;
    }
    const kinds = [...new Set([...active].map((m) => `f-${m.kind}`))].sort().join(" ");
    const labels = [...new Set([...active].map((m) => m.label))].join("\n");
    out.push(`<mark class="${kinds}" title="${escapeUTF8(labels)}">${words}</mark>`);
  }
  return out.join("");
}
