/**
 * Inputs built to find super-linear work: shapes that real filings hold a little of and tag soup
 * or a bad converter can hold megabytes of. Each was once quadratic or worse in eightk (an
 * adversarial study, session 5); the bench parses each at two sizes and reports the time ratio.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mbps } from "./measure.js";
import { median, runCase } from "./memory.js";
import { type Figure, figure } from "./report.js";

/** A minimal text 8-K around `body` (cover, one item, a signature); `beforeItem` ends the cover. */
function textFiling(body: string, beforeItem = ""): Buffer {
  return Buffer.from(
    [
      "FORM 8-K",
      "CURRENT REPORT",
      "Date of Report (Date of earliest event reported): February 3, 1999",
      "ACME WIDGETS, INC.",
      "(Exact name of registrant as specified in its charter)",
      `${beforeItem}Item 5. Other Events.`,
      `On February 3, 1999, Acme Widgets, Inc. entered into a license agreement with Beta Corp. ${body}`,
      "SIGNATURES",
      "By: /s/ Jane Doe",
    ].join("\n\n"),
    "latin1",
  );
}

/** A minimal HTML 8-K around `body`. */
function htmlFiling(body: string): Buffer {
  return Buffer.from(
    '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p>' +
      "<p>Date of Report (Date of earliest event reported): February 3, 1999</p><p>ACME WIDGETS, INC.</p>" +
      "<p>(Exact name of registrant as specified in its charter)</p><p>Item 8.01 Other Events</p>" +
      `<p>On February 3, 1999, the Company entered into a license agreement with Beta Corp.</p>${body}` +
      "<p>SIGNATURES</p><p>By: /s/ Jane Doe</p></body></html>",
    "utf8",
  );
}

/** `unit` repeated to about `bytes`. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

export interface AdversarialShape {
  name: string;
  build(bytes: number): Buffer;
}

export const ADVERSARIAL_SHAPES: AdversarialShape[] = [
  {
    name: "html: a rowspan cell 1,000 columns wide on every row",
    build: (n) => htmlFiling(`<table>${fill("<tr><td colspan=1000 rowspan=1000>x</td></tr>", n)}</table>`),
  },
  {
    name: "html: one row of rowspan cells 1,000 columns wide",
    build: (n) => htmlFiling(`<table><tr>${fill("<td colspan=1000 rowspan=2>x</td>", n)}</tr></table>`),
  },
  {
    name: "html: tables nested without end",
    build: (n) => htmlFiling(fill("<table><tr><td>x ", n)),
  },
  {
    name: "ixbrl: one fact continued through a chain",
    build: (n) => {
      const links = Math.round(n / 75);
      const chain = Array.from(
        { length: links },
        (_, i) => `<ix:continuation id="c${i}" continuedAt="c${i + 1}">word ${i}</ix:continuation>`,
      ).join("");
      return htmlFiling(
        `<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c" continuedAt="c0">ACME</ix:nonNumeric>${chain}`,
      );
    },
  },
  {
    name: "ixbrl: facts opened and never closed, then text",
    build: (n) =>
      htmlFiling(
        fill('<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c">', n / 2) +
          fill("<b>x</b>", n / 2),
      ),
  },
  {
    name: "text: a signer's name repeated under the /s/ line",
    build: (n) => Buffer.concat([textFiling(""), Buffer.from(`\n${fill("Jane Doe\n", n)}`, "latin1")]),
  },
  { name: "text: one word of lower-case letters", build: (n) => textFiling(fill("a", n)) },
  {
    name: "text: short lines before the first item",
    build: (n) => textFiling("", fill("x\n", n)),
  },
];

/** Each shape parsed whole at 0.5 and 2 MB in a child process of its own; its time ratio against linear. */
export function benchAdversarial(log: (s: string) => void): Figure[] {
  const figures: Figure[] = [];
  const dir = mkdtempSync(join(tmpdir(), "eightk-adversarial-"));
  try {
    const [small, large] = [0.5e6, 2e6];
    for (const [k, shape] of ADVERSARIAL_SHAPES.entries()) {
      const runs = [small, large].map((size) => {
        const path = join(dir, `shape-${k}-${size}.txt`);
        writeFileSync(path, shape.build(size));
        const spec = { input: path, warmup: [], warmupRuns: 0, timedRuns: 2, maxSeconds: 5, facts: true };
        const out = runCase(spec, 300, "speed");
        return out.ok ? { bytes: out.result.inputBytes, ns: median(out.result.runsNs) } : null;
      });
      const [a, b] = runs;
      const ratio = a && b ? b.ns / a.ns : null;
      const sizeRatio = a && b ? b.bytes / a.bytes : large / small;
      log(
        `    ${shape.name.padEnd(56)} ` +
          (a && b
            ? `${mbps(a.bytes, a.ns / 1e9).toFixed(1)} → ${mbps(b.bytes, b.ns / 1e9).toFixed(1)} MB/s, time ×${ratio?.toFixed(2)} for size ×${sizeRatio.toFixed(2)}`
            : "FAILED (timed out or crashed)"),
      );
      figures.push(
        figure(
          `adversarial/${shape.name} (time 2MB/0.5MB)`,
          ratio,
          "×",
          "<=",
          Math.round(sizeRatio * 1.5 * 10) / 10,
          "≤ 1.5× linear",
        ),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
