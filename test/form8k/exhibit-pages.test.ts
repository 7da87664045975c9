/**
 * Exhibits printed inside the 8-K with no "Exhibit" line of their own, found by the page the
 * exhibit index gives (Apple's 8-K of 3 September 1999: its press release is page 5).
 */
import { describe, expect, it } from "vitest";
import { parseFilingWithDocuments } from "../../src/form8k/record.js";
import { fixtureText } from "../helpers/fixtures.js";

const parse = (text: string) => parseFilingWithDocuments(Buffer.from(text, "latin1"));

describe("an exhibit found by its page", () => {
  const apple = fixtureText("checks/0000320193-99-000010.txt");

  it("is the document's page of that number, after the index and the signatures", () => {
    const { record, docs } = parse(apple);
    const [press] = record.exhibits;
    expect(press.number).toBe("99.1");
    expect(press.page).toBe("5");
    expect(press.textSpan).not.toBeNull();
    const text = docs[0]?.text.slice(press.textSpan?.start, press.textSpan?.end) ?? "";
    expect(text.trim()).toMatch(/^Apple Reaches Settlement of Shareholder Derivative Action/);
    expect(text).toContain("Press Contact:");
    // Its words are read as a press release, and nothing says the exhibit is missing.
    expect(record.pressReleases.map((p) => p.headline?.text)).toEqual([
      "Apple Reaches Settlement of Shareholder Derivative Action",
    ]);
    expect(record.checks).toEqual([]);
  });

  it("is not a page that comes before the index, as when the printed numbers run behind", () => {
    const { record } = parse(
      apple.replace(/(99\.1\s+Text of Press Release dated September 3, 1999\s+)5/, "$13"),
    );
    expect(record.exhibits[0].page).toBe("3");
    expect(record.exhibits[0].textSpan).toBeNull();
    expect(record.checks.map((c) => c.rule)).toEqual(["exhibit-not-attached"]);
  });
});
