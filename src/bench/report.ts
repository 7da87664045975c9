/**
 * Bench figures: the stdout table and `.bench/results.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";

export type Op = ">=" | "<=" | "<" | ">";

export interface Figure {
  name: string;
  /** null when the case could not be measured (error, timeout); such a figure never passes. */
  value: number | null;
  unit: string;
  target: number;
  op: Op;
  pass: boolean;
  note?: string;
}

export function figure(name: string, value: number | null, unit: string, op: Op, target: number, note?: string): Figure {
  let pass = false;
  if (value !== null && Number.isFinite(value)) {
    if (op === ">=") pass = value >= target;
    else if (op === "<=") pass = value <= target;
    else if (op === "<") pass = value < target;
    else pass = value > target;
  }
  return note === undefined ? { name, value, unit, target, op, pass } : { name, value, unit, target, op, pass, note };
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return "n/a";
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, fmt(f.value), f.unit, `${f.op} ${f.target}`, f.pass ? "ok" : "MISSED", f.note ?? ""]);
  const head = ["figure", "value", "unit", "target", "status", "note"];
  const w = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 1 ? cell.padStart(w[c]) : c === r.length - 1 ? cell : cell.padEnd(w[c])))
      .join("  ")
      .trimEnd();
  return [line(head), w.map((n, c) => (c === w.length - 1 ? "----" : "-".repeat(n))).join("  "), ...rows.map(line)].join("\n");
}

export function writeResults(path: string, figures: readonly Figure[], details: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  const cpu = cpus();
  const doc = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpu.length ? `${cpu[0].model} (${cpu.length} logical)` : "unknown",
    figures,
    missed: figures.filter((f) => !f.pass).map((f) => f.name),
    details,
  };
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
}
