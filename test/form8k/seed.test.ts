import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toContractLine } from "../../src/form8k/contract.js";
import { parseFiling } from "../../src/form8k/record.js";
import { FIXTURES, fixture } from "../helpers/fixtures.js";

const gold = JSON.parse(readFileSync(join(FIXTURES, "gold", "000_20800b8e38aa6f65.json"), "utf8"));
const record = parseFiling(fixture("text/000_20800b8e38aa6f65.txt"));
const line = toContractLine("seed", record);

describe("the seed (ImmunoGen 8-K, February 1999) matches its gold record", () => {
  it("form and date of report", () => {
    expect(line.form).toBe(gold.form);
    expect(line.dateOfReport).toBe(gold.dateOfReport);
  });
  it.each(["name", "stateOfIncorporation", "commissionFileNumber", "irsEmployerId", "phone"])(
    "registrant.%s",
    (field) => {
      const want = gold.registrant[field];
      const got = (line.registrant as Record<string, unknown>)[field] as string;
      // Names compare as the scorer does: case and punctuation aside.
      if (field === "name") expect(got.toLowerCase()).toBe(want.toLowerCase());
      else expect(got).toBe(want);
    },
  );
  it.each(["street", "city", "state", "zip"])("registrant.address.%s", (field) => {
    expect(line.registrant?.address[field as "street"]).toBe(gold.registrant.address[field]);
  });
  it("items 5 and 7, their titles, modern codes and text", () => {
    expect(line.items.map((i) => i.number)).toEqual(gold.items.map((i: { number: string }) => i.number));
    expect(line.items.map((i) => i.title?.toLowerCase())).toEqual(
      gold.items.map((i: { title: string }) => i.title.toLowerCase()),
    );
    expect(record.items.map((i) => i.code)).toEqual(["8.01", "9.01"]);
    expect(line.items[0].text).toMatch(/^On February 3, 1999, ImmunoGen, Inc\./);
    expect(line.items[0].text).toMatch(/filed as Exhibit 99\.1 hereto\.$/);
  });
  it("exhibit 99.1 with its description", () => {
    expect(line.exhibits.map((e) => e.number)).toEqual(["99.1"]);
    expect(line.exhibits[0].description?.replace(/\.$/, "")).toBe(gold.exhibits[0].description);
  });
  it("links exhibit 99.1 to its pages inside the 8-K, with the index's page number", () => {
    const text = fixture("text/000_20800b8e38aa6f65.txt").toString("latin1");
    const e = record.exhibits[0];
    expect(e.listedIn).toEqual(["item", "index", "attachment"]);
    expect(e.page).toBe("5");
    expect(e.document).toBe(0);
    const body = text.slice(e.textSpan?.start, e.textSpan?.end);
    expect(body).toMatch(/^Exhibit 99\.1/);
    expect(body).toContain("IMMUNOGEN, INC. AND SMITHKLINE BEECHAM SIGN $45 MILLION AGREEMENT");
  });
  it("the signature: name, title and date", () => {
    expect(line.signatures[0]).toEqual(gold.signatures[0]);
  });
  it("every value points at the words it came from", () => {
    const text = fixture("text/000_20800b8e38aa6f65.txt").toString("latin1");
    const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
    expect(at(record.cover.registrant.commissionFileNumber.span)).toBe("0-17999");
    expect(at(record.cover.registrant.name.span)).toBe("IMMUNOGEN, INC.");
    expect(at(record.cover.dateOfReport.span)).toBe("February 3, 1999");
    expect(at(record.items[1].headingSpan)).toBe("ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS");
    expect(at(record.cover.registrant.stateOfIncorporation.span)).toBe("Massachusetts");
  });
  it("page furniture is not in the item text", () => {
    for (const item of line.items) {
      expect(item.text).not.toMatch(/Page \d of 6/);
      expect(item.text).not.toMatch(/^\s*\d\s*$/m);
    }
  });
});
