import { describe, expect, it } from "vitest";
import { parseFilingWithDocuments } from "../../src/form8k/record.js";
import { type Mark, markedHtml } from "../../src/http/marks.js";
import { regionsOf } from "../../src/http/pages/filing-page.js";
import { fixture } from "../helpers/fixtures.js";

const mark = (id: string, kind: Mark["kind"], start: number, end: number, label = id): Mark => ({
  id,
  kind,
  doc: 0,
  start,
  end,
  label,
});

describe("markedHtml", () => {
  const text = "Acme & Beta agreed to pay <up to> $5 million.";
  it("wraps each run once under all the marks over it, and anchors each mark where it starts", () => {
    const sentence = mark("m0", "agreement", 0, text.length, "agreement");
    const party = mark("m1", "party", 0, 4, "buyer: Acme");
    const money = mark("m2", "money", 34, 44);
    const term = mark("m3", "term", 34, 44);
    const html = markedHtml(text, 0, text.length, [sentence, party, money, term]);
    expect(html).toBe(
      '<span class="anchor" id="m0"></span><span class="anchor" id="m1"></span>' +
        '<mark class="f-agreement f-party" title="agreement\nbuyer: Acme">Acme</mark>' +
        '<mark class="f-agreement" title="agreement"> &amp; Beta agreed to pay &lt;up to&gt; </mark>' +
        '<span class="anchor" id="m2"></span><span class="anchor" id="m3"></span>' +
        '<mark class="f-agreement f-money f-term" title="agreement\nm2\nm3">$5 million</mark>' +
        '<mark class="f-agreement" title="agreement">.</mark>',
    );
  });

  it("shows only its stretch, cuts marks at its edges, and anchors a mark once across stretches", () => {
    const across = mark("m0", "org", 5, 11);
    const anchored = new Set<string>();
    const first = markedHtml(text, 0, 8, [across], anchored);
    const second = markedHtml(text, 8, 20, [across], anchored);
    expect(first).toBe(
      'Acme <span class="anchor" id="m0"></span><mark class="f-org" title="m0">&amp; B</mark>',
    );
    expect(second).toBe('<mark class="f-org" title="m0">eta</mark> agreed t');
  });
});

describe("regionsOf", () => {
  it("shows each item and each exhibit's own text once, in the document's words", () => {
    const { record, docs } = parseFilingWithDocuments(fixture("text/000_20800b8e38aa6f65.txt"));
    const regions = regionsOf(record);
    expect(regions.map((r) => r.title.split(".")[0])).toEqual([
      "Item 5 (now 8",
      "Item 7 (now 9",
      "Exhibit 99",
    ]);
    // No two stretches of one document overlap.
    for (const [n, r] of regions.entries())
      for (const o of regions.slice(n + 1))
        expect(o.doc !== r.doc || o.start >= r.end || o.end <= r.start).toBe(true);
    const text = docs[0]?.text ?? "";
    const press = regions[2];
    expect(text.slice(press.start, press.end)).toContain("SMITHKLINE BEECHAM SIGN $45 MILLION AGREEMENT");
  });
});
