import { describe, expect, it } from "vitest";
import { toContractLine } from "../../src/form8k/contract.js";
import { parseFiling } from "../../src/form8k/record.js";
import { FIELDS, get } from "../helpers/compare.js";
import { fixture, goldLabels } from "../helpers/fixtures.js";

/**
 * The dev gold copied from ../shared/eval/gold-dev, scored as the eval scorer scores it, by
 * format of the main document: the text era (seed, text-1990s, 1993–2004 submissions) and HTML
 * with inline XBRL. Thresholds are the issues': fields ≥ 97 %, items and exhibits F1 ≥ 97 %.
 */
const labels = goldLabels();
const results = labels.map((g) => {
  const record = parseFiling(fixture(g.fixture));
  return { g, record, line: toContractLine(g.fixture, record) };
});

describe.each(["text", "html"] as const)("%s dev gold", (format) => {
  const textOnly = results.filter((r) => r.record.documents[r.record.primaryDocument].format === format);
  it("covers the filings", () => {
    expect(textOnly.length).toBeGreaterThanOrEqual(20);
  });

  it("fields ≥ 97 %", () => {
    let ok = 0;
    let n = 0;
    const misses: string[] = [];
    for (const { g, line } of textOnly) {
      for (const [path, norm] of FIELDS) {
        const want = get(g, path);
        if (want === undefined) continue;
        n++;
        if (norm(want) === norm(get(line, path))) ok++;
        else
          misses.push(`${g.id} ${path}: want ${JSON.stringify(want)} got ${JSON.stringify(get(line, path))}`);
      }
    }
    expect(ok / n, misses.join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  it.each(["items", "exhibits"] as const)("%s F1 ≥ 97 %%", (key) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const norm = (s: string) =>
      s
        .toUpperCase()
        .replace(/^(?:ITEM|EX(?:HIBIT)?)[-\s.]*/, "")
        .replace(/[()\s]+/g, "")
        .replace(/\.$/, "");
    for (const { g, line } of textOnly) {
      const want = new Set(((g[key] as { number: string }[]) ?? []).map((x) => norm(x.number)));
      const got = new Set(line[key].map((x) => norm(x.number)));
      for (const w of want) got.has(w) ? tp++ : fn++;
      for (const x of got) if (!want.has(x)) fp++;
    }
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.97);
  });
});
