import { describe, expect, it } from "vitest";
import { textToDoc } from "../../src/document/text.js";
import { catalogItem, itemForTitle, itemKey, modernCode } from "../../src/form8k/item-catalog.js";
import { findItemHeadings } from "../../src/form8k/items.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture } from "../helpers/fixtures.js";

const headings = (text: string, date: string | null = null) =>
  findItemHeadings(textToDoc(text), 0, undefined, date).map((h) => [h.numbers.join("+"), h.title]);

describe("item headings", () => {
  it("reads old-style headings in their spellings", () => {
    expect(
      headings(
        "ITEM 5. OTHER EVENTS\n\nText.\n\nItem 7 - Financial Statements and Exhibits\n\nItem  2.   ACQUISITION OR DISPOSITION OF ASSETS.\n",
      ),
    ).toEqual([
      ["5", "OTHER EVENTS"],
      ["7", "Financial Statements and Exhibits"],
      ["2", "ACQUISITION OR DISPOSITION OF ASSETS"],
    ]);
  });

  it("reads current headings, combined headings and a title on the next line", () => {
    expect(
      headings(
        "Item 2.02.        Results of Operations and Financial Condition.\n\nItems 5.02 and 9.01 Departure of Directors\n\nITEM 8.01\nOTHER EVENTS\n\nThe company...\n",
        "2010-01-01",
      ),
    ).toEqual([
      ["2.02", "Results of Operations and Financial Condition"],
      ["5.02+9.01", "Departure of Directors"],
      ["8.01", "OTHER EVENTS"],
    ]);
  });

  it("joins a title wrapped onto the next line (Apple 1996)", () => {
    const r = parseFiling(fixture("text/0000320193-96-000027.txt"));
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ["5", "Other Events"],
      ["7", "Financial Statements, Pro Forma Financial Information and Exhibits"],
    ]);
  });

  it("does not take lists and cross-references for headings", () => {
    expect(
      headings(
        "Items 1 through 4, 6 and 8 Not Applicable.\n\nItem 304(a)(1)(iv)(A) of Regulation S-B applies.\nItem 2.02 of this report is furnished.\nItem 99. Nothing\n",
      ),
    ).toEqual([]);
  });

  it("keeps the last of repeated headings (a summary or table of contents comes first)", () => {
    const r = headings(
      "Item 5. Other Events\nItem 7. Financial Statements and Exhibits\n\nItem 5. Other Events\n\nBody.\n\nItem 7. Financial Statements and Exhibits\n\n(c) Exhibits\n",
    );
    expect(r).toEqual([
      ["5", "Other Events"],
      ["7", "Financial Statements and Exhibits"],
    ]);
  });

  it("ends the last item at the signature block", () => {
    const r = parseFiling(fixture("text/000_20800b8e38aa6f65.txt"));
    expect(r.items[1].text).not.toMatch(/SIGNATURE|Pursuant to the requirements/);
  });

  it("reads the registrant's signature, not the accountant's letter printed after it (Oasis 2002)", () => {
    const r = parseFiling(fixture("text/0001104540-02-000064.txt"));
    expect(r.signatures.map((s) => [s.name, s.title])).toEqual([["J. Dan Sifford", "President/Director"]]);
  });

  it("reads an old-style filing whose items are out of numeric order (Sears 2004: 7 before 12)", () => {
    const r = parseFiling(fixture("text/0000891092-04-003383.txt"));
    expect(r.items.map((i) => [i.number, i.code, i.furnished])).toEqual([
      ["7", "9.01", false],
      ["12", "2.02", true],
    ]);
    // "Exhibit 99 - Press release ..., furnished / pursuant to Item 12": no dash, both lines.
    expect(r.exhibits.map((e) => [e.number, e.description])).toEqual([
      ["99", "Press release dated July 22, 2004, furnished pursuant to Item 12"],
    ]);
  });
});

describe("the item catalogue", () => {
  it("normalises item numbers as written", () => {
    expect(["ITEM 2. 02", "Item 5.", "2.2", "9.1", "Item 12"].map(itemKey)).toEqual([
      "2.02",
      "5",
      "2.02",
      "9.01",
      "12",
    ]);
  });
  it("maps old items to their modern codes", () => {
    expect(
      ["1", "2", "3", "4", "5", "6", "7", "8", "10", "11", "12"].map((n) => modernCode(n, "2003-06-01")),
    ).toEqual(["5.01", "2.01", "1.03", "4.01", "8.01", "5.02", "9.01", "5.03", "5.05", "5.04", "2.02"]);
  });
  it("resolves the Item 9 trap by date", () => {
    expect(catalogItem("9", "1997-06-01")?.title).toBe("Sales of Equity Securities Pursuant to Regulation S");
    expect(modernCode("9", "1997-06-01")).toBeNull();
    expect(catalogItem("9", "2001-06-01")?.title).toBe("Regulation FD Disclosure");
    expect(modernCode("9", "2001-06-01")).toBe("7.01");
  });
  it("maps EDGAR header titles to items by era", () => {
    expect(itemForTitle("Financial statements and exhibits", "1996-12-24")?.number).toBe("7");
    expect(itemForTitle("Financial Statements and Exhibits", "2019-01-01")?.number).toBe("9.01");
    expect(
      itemForTitle(
        "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
        "2020-01-01",
      )?.number,
    ).toBe("5.02");
  });
});
