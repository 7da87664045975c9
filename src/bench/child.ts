/**
 * One large-input case, run in a fresh `node --expose-gc` process (spawned by memory.ts) so that
 * its peak memory is not mixed with the bench's own and a runaway parse can be killed by timeout.
 * Single-threaded like the rest of the bench: the parent only waits.
 *
 * argv[2] is a JSON ChildSpec. Prints one JSON ChildResult line on stdout.
 *
 * The process runs with V8's young generation capped (memory.ts, --max-semi-space-size=1): with
 * the default 16 MB semi-spaces the high-water below holds up to ~16 MB of garbage no scavenge
 * has collected yet, which for a 1 MB filing reads as 10× its size without saying anything about
 * the parse. Capped, it is the data the parse holds plus at most a couple of MB not yet collected.
 *
 * Memory, measured around the first parse of the input (after warm-up on other, small inputs):
 *   - heap: high-water of V8 `usedHeapSize + externalMemory` (Buffers, external strings), less
 *     the code space (see dataBytes), during the parse, from `v8.GCProfiler` — both only grow between collections, so their peak is
 *     just before some GC or at the end, and the profiler records the value before every GC —
 *     minus the same sum before the parse (which holds the input bytes);
 *   - rss: the peak RSS during the parse minus RSS before it — everything the OS gave the process
 *     (heap slack, young generation, code). On Linux the peak is reset before the parse
 *     (resetPeakRss), so it is exact; elsewhere it is maxRSS, exact only when the parse raised the
 *     process's high-water mark (`rssExact`), otherwise an upper bound.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { GCProfiler, getHeapSpaceStatistics } from "node:v8";
import { parseFiling } from "../form8k/record.js";
import { mainThreadCpuSeconds } from "./measure.js";

export interface ChildSpec {
  input: string;
  /** Small files parsed (untimed) before anything is measured. */
  warmup: string[];
  warmupRuns: number;
  /** Extra timed parses after the measured one (the measured one is timed too). */
  timedRuns: number;
  /** Stop the extra runs once this much time has been spent on timed parses. */
  maxSeconds: number;
  /** Read facts too (the whole parse), or only the 8-K structure. */
  facts: boolean;
}

export interface ChildResult {
  inputBytes: number;
  /** Nanoseconds per parse; [0] is the memory-measured parse, right after warm-up. */
  runsNs: number[];
  /** Main-thread CPU time / wall time over the timed parses (see ThroughputResult.cpuShare). */
  cpuShare: number;
  heapPeakGrowth: number;
  rssPeakGrowth: number;
  rssExact: boolean;
  /** heapUsed + external growth still held after the parse, with the record alive (after a full GC). */
  retainedGrowth: number;
  gcCount: number;
  items: { number: string; textLength: number }[];
  signatures: number;
}

/**
 * Linux: reset the process's peak RSS to its current RSS (clear_refs "5"), so that VmHWM is the
 * peak of the parse alone. Without it, maxRSS starts at the bench parent's RSS (it survives the
 * fork and exec) and the figure is only an upper bound.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return peakRss() !== null;
  } catch {
    return false;
  }
}

function peakRss(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Heap used + external memory, without V8's code space: the machine code compiled while the
 * parse runs is the program's, a fixed cost that says nothing about the input (~0.5 MB on the
 * first parse of a new kind of document, even after warm-up).
 */
function dataBytes(heapUsed: number, external: number, codeSpaceUsed: number): number {
  return heapUsed + external - codeSpaceUsed;
}

function heapPlusExternal(): number {
  const m = process.memoryUsage();
  const code = getHeapSpaceStatistics().find((s) => s.space_name === "code_space");
  return dataBytes(m.heapUsed, m.external, code?.space_used_size ?? 0);
}

function main(): void {
  const spec = JSON.parse(process.argv[2] ?? "{}") as ChildSpec;
  const gc = globalThis.gc;
  if (!gc) throw new Error("run with --expose-gc");

  for (const w of spec.warmup) {
    const b = readFileSync(w);
    for (let k = 0; k < spec.warmupRuns; k++) parseFiling(b);
  }
  const input = readFileSync(spec.input);
  gc();
  gc();
  const peakReset = resetPeakRss();
  const rss0 = process.memoryUsage().rss;
  const hw0 = peakReset ? rss0 : process.resourceUsage().maxRSS * 1024;
  const base = heapPlusExternal();

  // Main-thread CPU over the timed parses only (not the GCs forced between them).
  let cpu = 0;
  let cpu0 = mainThreadCpuSeconds();
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = process.hrtime.bigint();
  const record = parseFiling(input, { facts: spec.facts });
  const t1 = process.hrtime.bigint();
  cpu += mainThreadCpuSeconds() - cpu0;
  const end = heapPlusExternal();
  const profile = profiler.stop();
  const hw1 = (peakReset ? peakRss() : null) ?? process.resourceUsage().maxRSS * 1024;

  let peak = end;
  for (const s of profile.statistics) {
    const h = s.beforeGC.heapStatistics;
    const code = s.beforeGC.heapSpaceStatistics.find((x) => x.spaceName === "code_space");
    peak = Math.max(peak, dataBytes(h.usedHeapSize, h.externalMemory, code?.spaceUsedSize ?? 0));
  }
  gc();
  const retained = heapPlusExternal() - base;

  const runsNs = [Number(t1 - t0)];
  let spent = runsNs[0];
  for (let k = 0; k < spec.timedRuns && spent < spec.maxSeconds * 1e9; k++) {
    cpu0 = mainThreadCpuSeconds();
    const a = process.hrtime.bigint();
    parseFiling(input, { facts: spec.facts });
    const ns = Number(process.hrtime.bigint() - a);
    cpu += mainThreadCpuSeconds() - cpu0;
    runsNs.push(ns);
    spent += ns;
  }

  const result: ChildResult = {
    inputBytes: input.length,
    runsNs,
    cpuShare: (cpu * 1e9) / spent,
    heapPeakGrowth: peak - base,
    rssPeakGrowth: hw1 - rss0,
    rssExact: peakReset || hw1 > hw0,
    retainedGrowth: retained,
    gcCount: profile.statistics.length,
    items: record.items.map((i) => ({ number: i.number, textLength: i.text.length })),
    signatures: record.signatures.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
