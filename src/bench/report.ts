/**
 * Bench figures: the stdout table and `.bench/results.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import type { Input } from "./corpus.js";
import { mbps, type ThroughputResult } from "./measure.js";

/** "info": a figure shown for context, with no target of its own (always "passes"). */
export type Op = ">=" | "<=" | "<" | ">" | "info";

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

export function figure(
  name: string,
  value: number | null,
  unit: string,
  op: Op,
  target: number,
  note?: string,
): Figure {
  let pass = false;
  if (value !== null && Number.isFinite(value)) {
    if (op === ">=") pass = value >= target;
    else if (op === "<=") pass = value <= target;
    else if (op === "<") pass = value < target;
    else if (op === "info") pass = true;
    else pass = value > target;
  }
  return note === undefined
    ? { name, value, unit, target, op, pass }
    : { name, value, unit, target, op, pass, note };
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return "n/a";
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    fmt(f.value),
    f.unit,
    f.op === "info" ? "" : `${f.op} ${f.target}`,
    f.op === "info" ? "info" : f.pass ? "ok" : "MISSED",
    f.note ?? "",
  ]);
  const head = ["figure", "value", "unit", "target", "status", "note"];
  const w = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 1 ? cell.padStart(w[c]) : c === r.length - 1 ? cell : cell.padEnd(w[c])))
      .join("  ")
      .trimEnd();
  return [
    line(head),
    w.map((n, c) => (c === w.length - 1 ? "----" : "-".repeat(n))).join("  "),
    ...rows.map(line),
  ].join("\n");
}

export function writeResults(
  path: string,
  figures: readonly Figure[],
  details: Record<string, unknown>,
): void {
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

export const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;

/** The n slowest files of a timed set, by MB/s. */
export function slowest(r: ThroughputResult, n = 3): string {
  return r.perFile
    .slice(0, n)
    .map((f) => `${f.name} ${mbps(f.bytes * f.calls, f.ns / 1e9).toFixed(1)} MB/s`)
    .join("; ");
}

/** A timed set for the JSON details. */
export function summarise(r: ThroughputResult) {
  return {
    files: r.files,
    setBytes: r.setBytes,
    passes: r.passes,
    bytes: r.bytes,
    seconds: r.seconds,
    mbps: r.mbps,
    cpuShare: r.cpuShare,
    perFile: r.perFile.map((f) => ({
      name: f.name,
      bytes: f.bytes,
      mbps: mbps(f.bytes * f.calls, f.ns / 1e9),
    })),
  };
}

/** Files and bytes per corpus directory. */
export function bySet(inputs: readonly Input[]): string {
  const m = new Map<string, { n: number; b: number }>();
  for (const i of inputs) {
    const k = i.name.split("/")[0];
    const e = m.get(k) ?? { n: 0, b: 0 };
    e.n++;
    e.b += i.bytes.length;
    m.set(k, e);
  }
  return [...m].map(([k, e]) => `${k} ${e.n} (${mb(e.b)})`).join(", ");
}
