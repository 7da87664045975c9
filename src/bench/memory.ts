/**
 * Runs one large-input case in a child process (child.ts) and reads back its figures. The child
 * runs alone: the parent blocks in spawnSync, so the machine still does one parse at a time.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildResult, ChildSpec } from "./child.js";

const CHILD = fileURLToPath(new URL("./child.js", import.meta.url));
/**
 * "memory": a small nursery, so that the measured high-water is what the parse holds (child.ts);
 * "speed": V8's defaults, as a user runs it (a small nursery promotes more and slows large parses).
 */
const CHILD_FLAGS = {
  memory: ["--expose-gc", "--max-semi-space-size=1"],
  speed: ["--expose-gc"],
};

export type CaseOutcome =
  | { ok: true; result: ChildResult; wallSeconds: number }
  | { ok: false; error: string; wallSeconds: number };

export function runCase(spec: ChildSpec, timeoutSeconds: number, mode: "memory" | "speed"): CaseOutcome {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...CHILD_FLAGS[mode], CHILD, JSON.stringify(spec)], {
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 16 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error || r.status !== 0) {
    const why =
      r.signal === "SIGKILL"
        ? `timed out after ${timeoutSeconds} s`
        : (r.error?.message ?? `exit ${r.status}`);
    const stderr = (r.stderr ?? "").trim().split("\n").slice(-3).join(" | ");
    return { ok: false, error: stderr ? `${why}: ${stderr}` : why, wallSeconds };
  }
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return { ok: true, result: JSON.parse(line) as ChildResult, wallSeconds };
  } catch {
    return { ok: false, error: `unreadable child output: ${line.slice(0, 200)}`, wallSeconds };
  }
}

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
