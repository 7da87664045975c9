import { describe, expect, it } from "vitest";
import { textToDoc } from "../../src/document/text.js";
import { catalogItem, itemForTitle, itemKey, modernCode } from "../../src/form8k/item-catalog.js";
import { findItemHeadings } from "../../src/form8k/items.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture, textFiling } from "../helpers/fixtures.js";

const headings = (text: string, date: string | null = null) =>
  findItemHeadings(textToDoc(text), 0, undefined, date).map((h) => [h.numbers.join("+"), h.title]);

describe("item headings", () => {
  it("join a title cut after a connector to its next line, in another era's words", () => {
    expect(
      headings(
        "ITEM 5.02 DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICERS; ELECTION OF\nDIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS\n\nOn September 29, 2004, ...\n",
        "2004-09-30",
      ),
    ).toEqual([
      [
        "5.02",
        "DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICERS; ELECTION OF DIRECTORS; APPOINTMENT OF PRINCIPAL OFFICERS",
      ],
    ]);
    // A complete title stays as it is; the next line is the item's text.
    expect(headings("Item 8.01 Other Events\nThe Company announced a dividend.\n", "2010-01-01")).toEqual([
      ["8.01", "Other Events"],
    ]);
  });

  it("are not a company named after an item ('Item 9 Labs Corp.' over its signature)", () => {
    expect(
      headings(
        "ITEM 9 LABS CORP.\n(Exact name of registrant as specified in its charter)\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nItem 9 Labs Corp. entered into an agreement.\n\nSIGNATURES\n\nItem 9 Labs Corp.\nBy: /s/ John Doe\n",
        "2021-10-06",
      ),
    ).toEqual([["1.01", "Entry into a Material Definitive Agreement"]]);
    // A title of the item's own words keeps a company's name at its end.
    expect(headings("Item 8.01 Other Events - Acquisition of Omega Corp.\nText.\n", "2010-01-01")).toEqual([
      ["8.01", "Other Events - Acquisition of Omega Corp"],
    ]);
  });

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
    expect(headings("Item No. 5. Other Events.\n\nThe Company announced.\n", "1998-07-15")).toEqual([
      ["5", "Other Events"],
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

  it("reads a second heading on a heading's line, and paragraphs of an item after its number", () => {
    expect(
      headings(
        "Item 2.02 Results of Operations and Financial Condition and Item 7.01 Regulation FD Disclosure\n\n" +
          "On March 1, 2024, the Company issued a press release.\n\nITEM 5.02(b) and (c). Departure of Directors or " +
          "Certain Officers\n\nOn March 1, 2024, John Doe resigned.\n",
        "2024-03-01",
      ),
    ).toEqual([
      ["2.02+7.01", "Results of Operations and Financial Condition"],
      ["5.02", "Departure of Directors or Certain Officers"],
    ]);
    // A reference to another item in a title is no heading of it.
    expect(headings("Item 8.01 Other Events (see also Item 7.01)\n\nText.\n", "2024-03-01")).toEqual([
      ["8.01", "Other Events (see also Item 7.01)"],
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
        "Items 1 through 4, 6 and 8 Not Applicable.\n\nItems 1-4.    Not Applicable\n\nItem 304(a)(1)(iv)(A) of Regulation S-B applies.\nItem 2.02 of this report is furnished.\nItem 99. Nothing\n",
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

  it("reads a text filing wrapped in HTML without <pre> as the text it is", () => {
    const text = fixture("text/000_20800b8e38aa6f65.txt").toString("latin1");
    const wrapped = `<html><body><div>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</div></body></html>`;
    const asText = parseFiling(Buffer.from(text, "latin1"));
    const asHtml = parseFiling(Buffer.from(wrapped, "latin1"));
    expect(asHtml.documents[0].format).toBe("html");
    expect(asHtml.cover.dateOfReport.value).toBe("1999-02-03");
    expect(asHtml.cover.registrant.name.value).toBe(asText.cover.registrant.name.value);
    expect(asHtml.items.map((i) => i.number)).toEqual(asText.items.map((i) => i.number));
    expect(asHtml.exhibits.map((e) => e.number)).toEqual(asText.exhibits.map((e) => e.number));
    expect(asHtml.signatures.map((g) => g.name)).toEqual(["Kathleen A. Carroll"]);
    // With a table after it (an SGML <TABLE> the wrapper kept), the text is still one long line.
    const rows = Array.from({ length: 12 }, (_, k) => `<tr><td>Row ${k}</td><td>${k}</td></tr>`).join("");
    const withTable = parseFiling(
      Buffer.from(wrapped.replace("</div>", `</div><table>${rows}</table>`), "latin1"),
    );
    expect(withTable.items.map((i) => i.number)).toEqual(asText.items.map((i) => i.number));
  });

  it("takes the /s/ signer, not a company signing through him ('BY: ADVANTA Mortgage Corp., USA')", () => {
    const r = parseFiling(
      textFiling(
        "March 26, 2001",
        "Item 5. Other Events\n\nInformation relating to the distributions.\n\n                SIGNATURE\n\n" +
          "Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized.\n\n" +
          "ADVANTA Mortgage Loan Trust 1998-4A\n\nBY:              ADVANTA Mortgage Corp., USA\n\n\n" +
          "BY:              /s/ H. John Berens\n                 H. John Berens\n                 Senior Vice President\n\n   March 30, 2001\n",
      ),
    );
    expect(r.signatures.map((g) => [g.name, g.title, g.date])).toEqual([
      ["H. John Berens", "Senior Vice President", "2001-03-30"],
    ]);
  });

  it("leaves a 'Method of Filing' column out of an exhibit's description (Ford 2017)", () => {
    const row = (a: string, b: string, c: string) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`;
    const r = parseFiling(
      Buffer.from(
        "<html><body><p>FORM 8-K</p><p>Date of Report (Date of earliest event reported): October 3, 2017</p>" +
          "<p><b>Item 9.01. Financial Statements and Exhibits.</b></p><p>EXHIBITS</p><table>" +
          row("Designation", "Description", "Method of Filing") +
          row("Exhibit 99", "News release dated October 3, 2017", "Furnished with this Report") +
          row("Exhibit 10.1", "Credit Agreement", "Filed herewith") +
          "</table></body></html>",
      ),
    );
    expect(r.exhibits.map((e) => [e.number, e.description])).toEqual([
      ["99", "News release dated October 3, 2017"],
      ["10.1", "Credit Agreement"],
    ]);
  });

  it("reads exhibit descriptions after a double dash, and an entry going on inside a parenthesis", () => {
    const r = parseFiling(
      textFiling(
        "March 28, 2001",
        "Item 7. Financial Statements and Exhibits.\n\n(c) Exhibits\n\n" +
          "Exhibit 4     Subscription Agreement (not including the following items: Attachment\n" +
          "1: Disclosure Schedule; Exhibit C: Form of Legal Opinion) (filed herewith)\n" +
          "Exhibit 99.1  --    Press release dated March 28, 2001\n",
      ),
    );
    expect(r.exhibits.map((e) => [e.number, e.description])).toEqual([
      [
        "4",
        "Subscription Agreement (not including the following items: Attachment 1: Disclosure Schedule; Exhibit C: Form of Legal Opinion) (filed herewith)",
      ],
      ["99.1", "Press release dated March 28, 2001"],
    ]);
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
