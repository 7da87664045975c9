/**
 * `npm run bench`: throughput and memory of the container splitter and the full 8-K parse over the
 * shared corpus, on one core (main thread; large-input cases in one child process at a time).
 * Prints a table and writes `.bench/results.json`. Reports; never gates: always exits 0.
 *
 *   1. split      splitSubmission over every sgml-txt submission        target ≥ 500 MB/s
 *   2. text       parseFiling over plain-text 8-Ks                      target ≥ 50 MB/s
 *   3. html       parseFiling over HTML / iXBRL 8-Ks                    target ≥ 25 MB/s
 *   4. memory     peak growth / input for the largest files, a synthetic text 8-K (5 MB and
 *                 50 MB) and a synthetic HTML 8-K (20 MB), structure only (target < 3×) and with
 *                 facts (shown); the synthetic parses' MB/s and the 50 MB / 5 MB time ratio
 *   5. ingest     filings/s, MB/s and peak memory into SQLite with 2 workers over ≥ 20,000 copies
 *                 of the corpus, then search latency p50/p95 over 100 queries (ingest.ts)
 *   6. adversarial  shapes that were once super-linear or held gigabytes (adversarial.ts), each
 *                 parsed at 0.5 and 2 MB: the time ratio should stay near the size ratio
 * MB = 1e6 bytes. A filing's bytes are the whole file handed to parseFiling (all its documents).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { splitSubmission } from "../container/submission.js";
import { parseFiling } from "../form8k/record.js";
import { benchAdversarial } from "./adversarial.js";
import type { ChildResult } from "./child.js";
import { loadCorpus, totalBytes } from "./corpus.js";
import { benchIngest } from "./ingest.js";
import { gc, mbps, measureThroughput } from "./measure.js";
import { median, runCase } from "./memory.js";
import { bySet, type Figure, figure, mb, slowest, summarise, table, writeResults } from "./report.js";
import { syntheticFiling, syntheticHtmlFiling, syntheticParts } from "./synthetic.js";

const RESULTS = resolve(".bench/results.json");
const MEMORY_TARGET = 3;
const LARGEST_FILES = 3;
const SMALL_MB = 5;
const LARGE_MB = 50;
const HTML_MB = 20;

const started = process.hrtime.bigint();
const elapsed = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
const log = (s: string) => console.log(s);

const figures: Figure[] = [];
/** EIGHTK_BENCH_ONLY=1,4 runs only those sections (3 is 3a and 3b too); all by default. */
const only = process.env.EIGHTK_BENCH_ONLY?.split(",").map((x) => x.trim());
const want = (section: string) => !only || only.includes(section);
/** Timed sections where the bench had clearly less than its one core (other processes running). */
const contended: string[] = [];
const CONTENDED_BELOW = 0.8;
function share(cpuShare: number, section?: string): string {
  if (cpuShare < CONTENDED_BELOW && section) contended.push(`${section} (${(cpuShare * 100).toFixed(0)}%)`);
  return `(CPU share ${(cpuShare * 100).toFixed(0)}%${cpuShare < CONTENDED_BELOW ? " — CONTENDED, figure understated" : ""})`;
}
const details: Record<string, unknown> = {};

// ── corpus ──────────────────────────────────────────────────────────────────────────────────────
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
log(
  `eightk bench — node ${process.version}, ${cpus().length} logical CPUs, load average ${load()}, ` +
    `${globalThis.gc ? "gc exposed" : "WARNING: no --expose-gc"}`,
);
details.loadAverageAtStart = loadavg();
const corpus = loadCorpus(); // parses every candidate once (untimed): classification + first warm-up
log(`corpus: split set ${corpus.submissions.length} submissions (${mb(totalBytes(corpus.submissions))})`);
log(`        text set  ${corpus.text.length} files (${mb(totalBytes(corpus.text))}): ${bySet(corpus.text)}`);
log(`        html set  ${corpus.html.length} files (${mb(totalBytes(corpus.html))}): ${bySet(corpus.html)}`);
const reasons = new Map<string, number>();
for (const s of corpus.skipped)
  reasons.set(
    s.reason.replace(/EX-[\w.]+/, "EX-…"),
    (reasons.get(s.reason.replace(/EX-[\w.]+/, "EX-…")) ?? 0) + 1,
  );
log(`        skipped   ${corpus.skipped.length}: ${[...reasons].map(([r, n]) => `${n}× ${r}`).join("; ")}`);
details.corpus = {
  submissions: corpus.submissions.map((i) => i.name),
  text: corpus.text.map((i) => i.name),
  html: corpus.html.map((i) => i.name),
  skipped: corpus.skipped,
};

// ── 1. container split ──────────────────────────────────────────────────────────────────────────
if (want("1")) {
  gc();
  const split = measureThroughput(corpus.submissions, splitSubmission, {
    warmupPasses: 3,
    warmupSeconds: 1,
    minBytes: 200e6,
    minSeconds: 3,
    minPasses: 1,
    maxSeconds: 12,
  });
  log(
    `\n[1] split: ${mb(split.bytes)} in ${split.seconds.toFixed(2)} s (${split.passes} passes) → ${split.mbps.toFixed(1)} MB/s  ` +
      `${share(split.cpuShare, "split")}  [${elapsed()} s]`,
  );
  log(`    slowest: ${slowest(split)}`);
  figures.push(
    figure(
      "split.throughput",
      split.mbps,
      "MB/s",
      ">=",
      500,
      `${split.files} submissions × ${split.passes}; cpu ${(split.cpuShare * 100).toFixed(0)}%`,
    ),
  );
  details.split = summarise(split);
}

// ── 2./3. full parse ────────────────────────────────────────────────────────────────────────────
const parseOpts = {
  warmupPasses: 2,
  warmupSeconds: 2,
  minBytes: 0,
  minSeconds: 3,
  minPasses: 3,
  maxSeconds: 10,
};
// The whole parse, facts included. Issue 2's 50 MB/s is for its own record (the structure: 3a
// below); facts came later with their own bound (3b: at most 2× the time), so text's whole-parse
// figure is shown for context. HTML's 25 MB/s is held on the whole parse.
const parseSets = [
  ["text", corpus.text, 50, "info"],
  ["html", corpus.html, 25, ">="],
] as const;
for (const [key, inputs, target, op] of want("2") ? parseSets : []) {
  gc();
  const r = measureThroughput(inputs, (b) => parseFiling(b), parseOpts);
  log(
    `\n[${key === "text" ? 2 : 3}] parse ${key}: ${mb(r.bytes)} in ${r.seconds.toFixed(2)} s (${r.passes} passes) → ` +
      `${r.mbps.toFixed(2)} MB/s  ${share(r.cpuShare, `parse ${key}`)}  [${elapsed()} s]`,
  );
  log(`    slowest: ${slowest(r)}`);
  figures.push(
    figure(
      `parse.${key}.throughput`,
      r.mbps,
      "MB/s",
      op,
      target,
      `${r.files} files × ${r.passes}, facts included; cpu ${(r.cpuShare * 100).toFixed(0)}%`,
    ),
  );
  details[`parse_${key}`] = summarise(r);
}

// ── 3a. the text parser alone (issue 2's figure: container, blocks, cover, items, exhibits,
//        signatures — the 8-K structure, before facts are read) ──────────────────────────────
if (want("3")) {
  gc();
  const r = measureThroughput(corpus.text, (b) => parseFiling(b, { facts: false }), parseOpts);
  log(
    `\n[3a] parse text, structure only: ${r.mbps.toFixed(2)} MB/s  ${share(r.cpuShare, "parse text structure")}  [${elapsed()} s]`,
  );
  figures.push(
    figure(
      "parse.text.structure.throughput",
      r.mbps,
      "MB/s",
      ">=",
      50,
      `${r.files} files × ${r.passes}; no facts`,
    ),
  );
}

// ── 3b. the cost of facts: the whole parse against the parse without them (issue 4: within 2×) ──
if (want("3")) {
  const inputs = [...corpus.text, ...corpus.html];
  gc();
  const without = measureThroughput(inputs, (b) => parseFiling(b, { facts: false }), parseOpts);
  gc();
  const withFacts = measureThroughput(inputs, (b) => parseFiling(b), parseOpts);
  const ratio = without.mbps / withFacts.mbps;
  log(
    `\n[3b] facts: ${without.mbps.toFixed(2)} MB/s without, ${withFacts.mbps.toFixed(2)} MB/s with → ${ratio.toFixed(2)}× the time  [${elapsed()} s]`,
  );
  figures.push(
    figure(
      "parse.facts.cost",
      ratio,
      "× time",
      "<=",
      2,
      `${inputs.length} files; ${without.mbps.toFixed(1)} vs ${withFacts.mbps.toFixed(1)} MB/s`,
    ),
  );
}

// ── 4. memory and large inputs (child processes, one at a time) ─────────────────────────────────
// Each case is parsed twice in fresh processes: the 8-K structure alone (issues 2 and 3: memory
// under 3× the input, text ≥ 50 MB/s, HTML ≥ 25 MB/s) and the whole parse with facts (shown for
// context: its record holds every fact, and on the synthetic filings that is hundreds of
// thousands of them).
log("\n[4] memory (fresh child process per case; growth = peak during the first parse − before it)");
const tmp = want("4") ? mkdtempSync(join(tmpdir(), "eightk-bench-")) : null;
if (tmp)
  try {
    const parts = syntheticParts();
    const warmSynthetic = join(tmp, "synthetic-0.5MB.txt");
    writeFileSync(warmSynthetic, syntheticFiling(parts, 0.5e6));
    const smallHtml = [...corpus.html].sort((a, b) => a.bytes.length - b.bytes.length)[
      Math.floor(corpus.html.length / 2)
    ];
    const warmup = [corpus.text[0]?.path, smallHtml?.path, warmSynthetic].filter((p): p is string => !!p);

    interface MemoryCase {
      label: string;
      path: string;
      /** Parse throughput target (structure only) for the large synthetic inputs. */
      target?: number;
      timedRuns: number;
      maxSeconds: number;
      timeout: number;
    }
    const cases: MemoryCase[] = [];
    // The largest parseable files (all HTML submissions in this corpus: its largest plain-text 8-K
    // is ~70 KB, where fixed per-process costs swamp the ratio; the synthetic cases cover text).
    for (const input of [...corpus.text, ...corpus.html]
      .sort((a, b) => b.bytes.length - a.bytes.length)
      .slice(0, LARGEST_FILES))
      cases.push({ label: input.name, path: input.path, timedRuns: 0, maxSeconds: 0, timeout: 60 });
    for (const s of [
      { mb: SMALL_MB, timedRuns: 40, maxSeconds: 3, timeout: 60 },
      { mb: LARGE_MB, timedRuns: 4, maxSeconds: 8, timeout: 180 },
    ]) {
      const path = join(tmp, `synthetic-${s.mb}MB.txt`);
      writeFileSync(path, syntheticFiling(parts, s.mb * 1e6));
      cases.push({ label: `synthetic-${s.mb}MB`, path, target: 50, ...s });
    }
    // The largest HTML submission with a press release, that release repeated to HTML_MB.
    const htmlSource = [...corpus.html]
      .filter((i) => i.name.startsWith("sgml-txt/"))
      .sort((a, b) => b.bytes.length - a.bytes.length)
      .map((i) => ({ input: i, big: syntheticHtmlFiling(i.bytes, HTML_MB * 1e6) }))
      .find((x) => x.big !== null);
    if (htmlSource?.big) {
      const path = join(tmp, `synthetic-html-${HTML_MB}MB.txt`);
      writeFileSync(path, htmlSource.big);
      log(`    synthetic HTML 8-K: ${htmlSource.input.name} with its EX-99 body repeated to ${HTML_MB} MB`);
      cases.push({
        label: `synthetic-html-${HTML_MB}MB`,
        path,
        target: 25,
        timedRuns: 4,
        maxSeconds: 8,
        timeout: 180,
      });
    }
    log(`    synthetic text 8-K: ${parts.source} with its first item's body repeated`);

    const x = (n: number, r: ChildResult) => n / r.inputBytes;
    const ms = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;
    const memory: Record<string, unknown> = {};
    const times = new Map<string, { bytes: number; ns: number }>();
    for (const c of cases) {
      for (const facts of [false, true]) {
        const key = `${c.label}${facts ? " +facts" : ""}`;
        const out = runCase(
          { input: c.path, warmup, warmupRuns: 3, timedRuns: 0, maxSeconds: 0, facts },
          c.timeout,
          "memory",
        );
        memory[key] = out;
        if (!out.ok) {
          log(`    ${key}: FAILED — ${out.error}`);
          figures.push(
            figure(`memory.peak/${key}`, null, "× input", facts ? "info" : "<", MEMORY_TARGET, out.error),
          );
          continue;
        }
        const r = out.result;
        // Timed parses in a process of its own, with V8's default nursery (see memory.ts).
        const timed =
          c.target === undefined
            ? null
            : runCase(
                {
                  input: c.path,
                  warmup,
                  warmupRuns: 3,
                  timedRuns: c.timedRuns,
                  maxSeconds: c.maxSeconds,
                  facts,
                },
                c.timeout,
                "speed",
              );
        const t = timed?.ok ? timed.result : null;
        const ns = t ? median(t.runsNs) : 0;
        const speed = t ? mbps(t.inputBytes, ns / 1e9) : 0;
        log(
          `    ${key.padEnd(50)} ${mb(r.inputBytes).padStart(9)}  heap+ext peak ${x(r.heapPeakGrowth, r).toFixed(2)}×  ` +
            `rss peak ${r.rssExact ? "" : "≤"}${x(r.rssPeakGrowth, r).toFixed(2)}×  retained ${x(r.retainedGrowth, r).toFixed(2)}×  ` +
            `first parse ${ms(r.runsNs[0])}, ${r.gcCount} GCs` +
            (t
              ? `; ${t.runsNs.length} parses, median ${ms(ns)} → ${speed.toFixed(2)} MB/s ${share(t.cpuShare, key)}`
              : timed && !timed.ok
                ? `; timed parses FAILED — ${timed.error}`
                : ""),
        );
        const op = facts ? "info" : "<";
        figures.push(
          figure(
            `memory.peak/${key}`,
            x(r.heapPeakGrowth, r),
            "× input",
            op,
            MEMORY_TARGET,
            "V8 heap used + external, high-water",
          ),
        );
        // RSS holds the process's fixed costs (code, nursery): it says something from a few MB up.
        const rssOp = facts || r.inputBytes < 5e6 ? "info" : "<";
        figures.push(
          figure(
            `memory.rss-peak/${key}`,
            x(r.rssPeakGrowth, r),
            "× input",
            rssOp,
            MEMORY_TARGET,
            `peak RSS growth${r.rssExact ? "" : " (upper bound)"}`,
          ),
        );
        if (c.target !== undefined) {
          if (t) times.set(key, { bytes: t.inputBytes, ns });
          figures.push(
            figure(
              `parse.${key}.throughput`,
              t ? speed : null,
              "MB/s",
              facts ? "info" : ">=",
              c.target,
              t
                ? `median of ${t.runsNs.length} parses; cpu ${(t.cpuShare * 100).toFixed(0)}%`
                : timed && !timed.ok
                  ? timed.error
                  : "not run",
            ),
          );
        }
      }
    }
    for (const suffix of ["", " +facts"]) {
      const small = times.get(`synthetic-${SMALL_MB}MB${suffix}`);
      const large = times.get(`synthetic-${LARGE_MB}MB${suffix}`);
      if (!small || !large) continue;
      const sizeRatio = large.bytes / small.bytes;
      const timeRatio = large.ns / small.ns;
      log(
        `      linearity${suffix}: ${LARGE_MB} MB / ${SMALL_MB} MB time ratio ${timeRatio.toFixed(2)} for a size ratio of ${sizeRatio.toFixed(2)}`,
      );
      figures.push(
        figure(
          `parse.linearity${suffix} (time ${LARGE_MB}MB / ${SMALL_MB}MB)`,
          timeRatio,
          "×",
          "<=",
          Math.round(sizeRatio * 1.25 * 10) / 10,
          `size ratio ${sizeRatio.toFixed(2)}; ≤ 1.25× linear`,
        ),
      );
    }
    details.memory = memory;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
else log("    (skipped)");

// ── 5. bulk ingest into SQLite, and search latency (ingest.ts) ─────────────────────────────────
if (want("5")) {
  const ingest = await benchIngest([...corpus.text, ...corpus.html], log);
  figures.push(...ingest.figures);
  details.ingest = ingest.details;
}

// ── 6. adversarial shapes (adversarial.ts) ──────────────────────────────────────────────────────
log("\n[6] adversarial shapes: whole parse at 0.5 and 2 MB, fresh child process each");
if (want("6")) figures.push(...benchAdversarial(log));
else log("    (skipped)");

// ── report ──────────────────────────────────────────────────────────────────────────────────────
log(`\n${table(figures)}\n`);
const missed = figures.filter((f) => !f.pass);
log(
  missed.length
    ? `MISSED ${missed.length} of ${figures.length} targets: ${missed.map((f) => f.name).join(", ")}`
    : `all ${figures.length} targets met`,
);
if (contended.length) {
  log(
    `WARNING: timed sections ran with well under one core (${contended.join(", ")}): rerun on a quiet machine.`,
  );
}
details.contended = contended;
details.loadAverageAtEnd = loadavg();
writeResults(RESULTS, figures, details);
log(`results → ${RESULTS}  (bench took ${elapsed()} s; load average now ${load()})`);
process.exitCode = 0;
