/**
 * Facts as generic rows: each fact array a record carries (agreements, people, organizations,
 * money — added by src/facts/) becomes rows of one table with its kind, its value as JSON and
 * its span, so a new kind of fact needs no migration. Read defensively: the shapes belong to
 * the facts stage and may grow.
 */
import { safeJson } from "./json.js";
import type { FactRow, SpanColumns } from "./types.js";

/** Record fields holding fact arrays, at the top level or under `facts`. */
export const FACT_KINDS = ["agreements", "people", "organizations", "money"] as const;

const NO_SPAN: SpanColumns = { doc: null, start: null, end: null };

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

const asSpan = (v: unknown): SpanColumns | null => {
  const span = v as Record<string, unknown> | null | undefined;
  return span && typeof span === "object" && isInt(span.start) && isInt(span.end)
    ? { doc: isInt(span.doc) ? span.doc : null, start: span.start, end: span.end }
    : null;
};

/** `span`, the first of `spans` (an agreement's mentions), or `start`/`end` on the fact itself. */
function factSpan(fact: Record<string, unknown>): SpanColumns {
  const span = asSpan(fact.span) ?? (Array.isArray(fact.spans) ? asSpan(fact.spans[0]) : null);
  if (span) return span;
  if (isInt(fact.start) && isInt(fact.end))
    return { doc: isInt(fact.doc) ? fact.doc : null, start: fact.start, end: fact.end };
  return NO_SPAN;
}

/** A money fact's amount: `amount`, or a numeric `value`. */
function moneyAmount(fact: Record<string, unknown>): number | null {
  const amount = typeof fact.amount === "number" ? fact.amount : fact.value;
  return typeof amount === "number" && Number.isFinite(amount) ? amount : null;
}

export function factRows(record: object): FactRow[] {
  const top = record as Record<string, unknown>;
  const nested = (top.facts && typeof top.facts === "object" ? top.facts : {}) as Record<string, unknown>;
  const rows: FactRow[] = [];
  for (const kind of FACT_KINDS) {
    const list = Array.isArray(top[kind]) ? top[kind] : Array.isArray(nested[kind]) ? nested[kind] : [];
    (list as unknown[]).forEach((value, position) => {
      if (!value || typeof value !== "object") return;
      const fact = value as Record<string, unknown>;
      rows.push({
        kind,
        position,
        valueJson: safeJson(fact),
        amount: kind === "money" ? moneyAmount(fact) : null,
        span: factSpan(fact),
      });
    });
  }
  return rows;
}
