/**
 * Checks against the form's rules, on real filings (test/fixtures/) and on copies of them changed
 * in one place, so each finding is one the change alone causes.
 */
import { describe, expect, it } from "vitest";
import { businessDaysAfter, isBusinessDay } from "../../src/checks/business-days.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture, fixtureText, registrantLines, textFiling } from "../helpers/fixtures.js";

const checksOf = (bytes: Buffer | string) =>
  parseFiling(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes).checks;
const rulesOf = (bytes: Buffer | string) => checksOf(bytes).map((c) => c.rule);

describe("business days", () => {
  it("skip weekends and federal holidays, and the days they are observed on", () => {
    expect(isBusinessDay("2010-03-01")).toBe(true);
    expect(isBusinessDay("2010-03-06")).toBe(false); // a Saturday
    expect(isBusinessDay("2010-07-05")).toBe(false); // Independence Day, observed on the Monday
    expect(isBusinessDay("2021-12-24")).toBe(false); // Christmas Day, observed on the Friday
    expect(isBusinessDay("2023-06-19")).toBe(false); // Juneteenth
  });

  it("run four days from the day after the event, or from the first business day after a weekend event", () => {
    expect(businessDaysAfter("2010-03-01", 4)).toBe("2010-03-05");
    // Saturday 3 July 2010: Monday is a holiday, so Tuesday is day one.
    expect(businessDaysAfter("2010-07-03", 4)).toBe("2010-07-09");
    // Thursday 23 December 2021: Friday is Christmas observed.
    expect(businessDaysAfter("2021-12-23", 4)).toBe("2021-12-30");
  });
});

describe("the filing deadline", () => {
  it("finds a change of auditor (Item 4.01) reported twelve business days after it", () => {
    const checks = checksOf(fixture("checks/0001213900-09-002194.txt"));
    expect(checks).toEqual([
      {
        rule: "deadline",
        severity: "warning",
        message:
          "filed 2009-08-19, 12 business days after the event of 2009-08-03: Item 4.01 is due within 4 business days, by 2009-08-07",
        span: expect.objectContaining({ doc: 0 }),
      },
    ]);
  });

  it("finds nothing when the same report is filed on its fourth business day, or as an amendment", () => {
    const text = fixtureText("checks/0001213900-09-002194.txt");
    expect(rulesOf(text.replace(/(FILED AS OF DATE:\s+)20090819/, "$120090807"))).toEqual([]);
    expect(
      rulesOf(
        text.replace(/(CONFORMED SUBMISSION TYPE:\s+)8-K/, "$18-K/A").replace(/FORM 8-K/g, "FORM 8-K/A"),
      ),
    ).not.toContain("deadline");
  });

  it("gives an Other Events report (old Item 5) no deadline", () => {
    const apple = fixtureText("sgml/0000320193-96-000027.txt");
    expect(checksOf(apple.replace(/(FILED AS OF DATE:\s+)19961224/, "$119970301"))).toEqual([]);
  });
});

describe("items for the report's date", () => {
  const report = (date: string, item: string) =>
    textFiling(
      date,
      `${registrantLines("ACME CORP.")}${item}\n\nThe Company announced its results.\n\nSIGNATURES\n\nACME CORP.\nBy: /s/ John Doe\n`,
    );

  it("finds a current item in a 1999 report, and Item 9 in the months it was no item", () => {
    expect(
      checksOf(report("May 7, 1999", "Item 2.02 Results of Operations and Financial Condition.")),
    ).toEqual([
      expect.objectContaining({
        rule: "item-era",
        message: "Item 2.02 was no item of Form 8-K on 1999-05-07 (it is one from 2004-08-23)",
      }),
    ]);
    expect(rulesOf(report("May 7, 1999", "Item 9. Regulation FD Disclosure."))).toEqual(["item-era"]);
  });

  it("takes an item of its era, and a current item for an event a week before the new form", () => {
    expect(rulesOf(report("May 7, 1999", "Item 5. Other Events."))).toEqual([]);
    expect(rulesOf(report("August 16, 2004", "Item 8.01 Other Events."))).toEqual([]);
  });
});

describe("exhibits and signatures", () => {
  const apple = fixtureText("sgml/0000320193-96-000027.txt");
  const listed = (line: string) =>
    apple.replace(
      "\t\t99.1\tText of press release dated December 20, 1996.",
      `\t\t99.1\tText of press release dated December 20, 1996.\n${line}`,
    );

  it("finds an exhibit listed but not attached, unless another exhibit holds it", () => {
    expect(checksOf(apple)).toEqual([]);
    const missing = checksOf(listed("\t\t99.2\tText of a second press release."));
    expect(missing.map((c) => [c.rule, c.message])).toEqual([
      ["exhibit-not-attached", "Exhibit 99.2 is listed but neither attached nor incorporated by reference"],
    ]);
    expect(checksOf(listed("\t\t99.2\tQuestions and answers (included in Exhibit 99.1)."))).toEqual([]);
  });

  it("finds a report with no signature", () => {
    const unsigned = textFiling(
      "May 7, 1999",
      `${registrantLines("ACME CORP.")}Item 5. Other Events.\n\nThe Company moved.\n`,
    );
    expect(rulesOf(unsigned)).toEqual(["signature"]);
  });
});
