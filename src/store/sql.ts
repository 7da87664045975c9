/**
 * What the two backends share: the tables have the same names and columns, so the queries
 * that are not about full-text ranking (filters, stats, export) are written once, over a small
 * runner that hides placeholders and the few functions that differ.
 */
import type { SearchText, SqlDialect } from "./query.js";

export type Row = Record<string, unknown>;

export interface SqlRunner {
  all<T extends Row = Row>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /** A fresh dialect whose params() collects the values its placeholders stand for. */
  dialect(): SqlDialect & { params: unknown[] };
  /** `expr` values of a group joined with ';', in `order`. */
  listAgg(expr: string, order: string): string;
  /** A JSON value's field as text (`value->>'type'`). */
  jsonText(expr: string, field: string): string;
}

/** Placeholders as `?` (SQLite) or `$n` (PostgreSQL). */
export function makeDialect(
  style: "?" | "$n",
  ilike: string,
  textMatch: (text: SearchText, param: (v: unknown) => string) => string,
): SqlDialect & { params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return style === "?" ? "?" : `$${params.length}`;
  };
  return { params, param, ilike, textMatch: (text) => textMatch(text, param) };
}

export const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const toBool = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === "t";
