import { describe, expect, it } from "vitest";
import { toContractLine } from "../../src/form8k/contract.js";
import { parseFiling } from "../../src/form8k/record.js";
import { FIELDS, get } from "../helpers/compare.js";
import { fixture, goldLabels } from "../helpers/fixtures.js";

/**
 * The text-era dev gold (seed, text-1990s, 1993–2004 submissions), scored as the eval scorer
 * scores it. The thresholds are the foundation issue's: fields ≥ 97 %, items and exhibits F1 ≥ 97 %.
 * Filings whose main document is HTML belong to the HTML suite and are left out here.
 */
const labels = goldLabels();
const results = labels.map((g) => {
  const record = parseFiling(fixture(g.fixture));
  return { g, record, line: toContractLine(g.fixture, record) };
});
const textOnly = results.filter((r) => r.record.documents[r.record.primaryDocument].format === "text");

describe("text-era dev gold", () => {
  it("covers the text filings", () => {
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
        else misses.push(`${g.id} ${path}: want ${JSON.stringify(want)} got ${JSON.stringify(get(line, path))}`);
      }
    }
    expect(ok / n, misses.join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  it.each(["items", "exhibits"] as const)("%s F1 ≥ 97 %%", (key) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const norm = (s: string) => s.toUpperCase().replace(/^(?:ITEM|EX(?:HIBIT)?)[-\s.]*/, "").replace(/[()\s]+/g, "").replace(/\.$/, "");
    for (const { g, line } of textOnly) {
      const want = new Set(((g[key] as { number: string }[]) ?? []).map((x) => norm(x.number)));
      const got = new Set(line[key].map((x) => norm(x.number)));
      for (const w of want) got.has(w) ? tp++ : fn++;
      for (const x of got) if (!want.has(x)) fp++;
    }
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.97);
  });
});
