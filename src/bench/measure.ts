/**
 * Throughput over a set of inputs, on the calling (main) thread: warm-up passes, then whole passes
 * over the set until enough bytes and enough time have gone by. Every call is timed with
 * `process.hrtime.bigint()`; the figure is total bytes / total time of the timed passes, so GC
 * pauses triggered by the work are counted.
 */
import { readFileSync } from "node:fs";
import type { Input } from "./corpus.js";

export interface ThroughputOptions {
  /** Untimed passes over the whole set first (JIT warm-up): at least this many passes... */
  warmupPasses: number;
  /** ...and at least this long (small sets need many calls before the optimising tier settles). */
  warmupSeconds: number;
  /** Keep going until at least this many bytes have been processed... */
  minBytes: number;
  /** ...and at least this long has been spent... */
  minSeconds: number;
  /** ...and at least this many passes made; but stop after this long whatever the above. */
  minPasses: number;
  maxSeconds: number;
}

export interface FileTiming {
  name: string;
  bytes: number;
  /** Total nanoseconds over all timed passes. */
  ns: number;
  calls: number;
}

export interface ThroughputResult {
  files: number;
  setBytes: number;
  passes: number;
  bytes: number;
  seconds: number;
  /** MB (1e6 bytes) per second. */
  mbps: number;
  /**
   * Main-thread CPU time / wall time over the timed passes: about 1 when the bench had its core,
   * well below 1 when other processes competed for it (the figure is then low for reasons
   * outside the code). See mainThreadCpuSeconds().
   */
  cpuShare: number;
  /** Per file, slowest (lowest MB/s) first. */
  perFile: FileTiming[];
}

const STAT = `/proc/self/task/${process.pid}/stat`;
const CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux configuration Node supports

/**
 * CPU seconds (user + system) used so far by the main thread alone, from Linux's per-task stat
 * (10 ms resolution) — unlike process.cpuUsage(), which also counts V8's GC helper threads running
 * on the other core. Falls back to process.cpuUsage() where /proc is missing.
 */
export function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(STAT, "latin1");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command name start at field 3 (state): utime is field 14, stime 15.
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

export function gc(): void {
  globalThis.gc?.();
}

export function mbps(bytes: number, seconds: number): number {
  return seconds > 0 ? bytes / 1e6 / seconds : 0;
}

export function measureThroughput(
  inputs: readonly Input[],
  fn: (bytes: Buffer) => unknown,
  opts: ThroughputOptions,
): ThroughputResult {
  const setBytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  let sink = 0;
  const warmEnd = process.hrtime.bigint() + BigInt(Math.round(opts.warmupSeconds * 1e9));
  for (let p = 0; p < opts.warmupPasses || process.hrtime.bigint() < warmEnd; p++) {
    for (const i of inputs) sink += fn(i.bytes) ? 1 : 0;
  }
  gc();

  const ns = new Float64Array(inputs.length);
  const maxNs = BigInt(Math.round(opts.maxSeconds * 1e9));
  const minNs = BigInt(Math.round(opts.minSeconds * 1e9));
  let total = 0n;
  let passes = 0;
  let bytes = 0;
  const cpu0 = mainThreadCpuSeconds();
  const wall0 = process.hrtime.bigint();
  while (total < maxNs && (passes < opts.minPasses || bytes < opts.minBytes || total < minNs)) {
    for (let k = 0; k < inputs.length; k++) {
      const b = inputs[k].bytes;
      const t0 = process.hrtime.bigint();
      const r = fn(b);
      const dt = process.hrtime.bigint() - t0;
      sink += r ? 1 : 0;
      ns[k] += Number(dt);
      total += dt;
    }
    bytes += setBytes;
    passes++;
  }
  const cpu = mainThreadCpuSeconds() - cpu0;
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  if (sink < 0) console.log(sink); // keep results observable so no call is optimised away

  const seconds = Number(total) / 1e9;
  const perFile = inputs
    .map((i, k) => ({ name: i.name, bytes: i.bytes.length, ns: ns[k], calls: passes }))
    .sort((a, b) => b.ns / b.bytes - a.ns / a.bytes);
  const cpuShare = wall > 0 ? cpu / wall : 0;
  return {
    files: inputs.length,
    setBytes,
    passes,
    bytes,
    seconds,
    mbps: mbps(bytes, seconds),
    cpuShare,
    perFile,
  };
}
