import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { htmlToDoc } from "../../src/document/html.js";
import { textToDoc } from "../../src/document/text.js";
import { officerChanges } from "../../src/facts/events.js";
import { findMoney } from "../../src/facts/money.js";
import { findOrganizations } from "../../src/facts/organizations.js";
import { findPeople } from "../../src/facts/people.js";
import { readPressRelease } from "../../src/facts/press-release.js";
import { viewOf } from "../../src/facts/text-view.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture } from "../helpers/fixtures.js";

const view = (text: string) => viewOf(textToDoc(text), 0);

describe("money", () => {
  it.each([
    [
      "ImmunoGen could receive up-front cash and milestone payments exceeding $40 million.",
      40_000_000,
      "min",
    ],
    ["SmithKline will purchase up to $5.0 million of ImmunoGen Common Stock", 5_000_000, "max"],
    ["for more than $40 million in payments", 40_000_000, "min"],
    ["Meta has committed to pay approximately $21 billion", 21_000_000_000, "approx"],
    ["a purchase price of $172.50 per share", 172.5, null],
    ["fifty thousand dollars ($50,000) made to the Company", 50_000, null],
    ["€1,000,000,000 aggregate principal amount", 1_000_000_000, null],
    ["the Company can borrow up to and including $100,000", 100_000, "max"],
    ["warrants to purchase up to an additional $5,600,000 of shares", 5_600_000, "max"],
    ["up to a maximum principal amount of Ten Million Dollars ($10,000,000)", 10_000_000, "max"],
    ["a note in the face amount of Ten Million Dollars ($10,000,000)", 10_000_000, null],
    ["Sigma will purchase not less than $4 million of bulk peptides", 4_000_000, "min"],
    ["annual payments of no less than $250,000", 250_000, "min"],
    ["a fee of not more than $1.5 million", 1_500_000, "max"],
  ])("%s", (text, amount, qualifier) => {
    const [m] = findMoney(view(text));
    expect(m).toMatchObject({ amount, qualifier });
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it("knows currencies and per-share prices", () => {
    const ms = findMoney(view("€300 million and £2.5 billion and $172.50 per share"));
    expect(ms.map((m) => [m.currency, m.amount, m.per])).toEqual([
      ["EUR", 300_000_000, null],
      ["GBP", 2_500_000_000, null],
      ["USD", 172.5, "share"],
    ]);
  });
  it("reads a currency code before a dollar sign as the currency", () => {
    const ms = findMoney(view("for CAD $45 million, USD $5.0 million and C$3 million"));
    expect(ms.map((m) => [m.currency, m.amount, m.text])).toEqual([
      ["CAD", 45_000_000, "CAD $45 million"],
      ["USD", 5_000_000, "USD $5.0 million"],
      ["CAD", 3_000_000, "C$3 million"],
    ]);
  });
});

describe("a press release's headline", () => {
  const headline = (html: string) => readPressRelease(htmlToDoc(html), 0, "99.1").headline?.text ?? null;

  it("is not a contact block, a web address or a date above it", () => {
    expect(
      headline(
        "<p>Exhibit 99.1</p><p>Investor Relations Contact</p><p>Jonathan Vaas</p><p>Adobe</p>" +
          "<p>ir@adobe.com</p><p>FOR IMMEDIATE RELEASE</p><p>Adobe Reports Record Revenue</p>" +
          "<p>SAN JOSE, Calif. – March 15, 2023 – Adobe today reported results.</p>",
      ),
    ).toBe("Adobe Reports Record Revenue");
    expect(
      headline(
        "<p>Media Contact: Marc Rice</p><p>www.southerncompany.com</p><p>Jan. 25, 2005</p>" +
          "<p>Economic strength drives Southern Company earnings</p>" +
          "<p>ATLANTA - Southern Company today reported fourth quarter earnings.</p>",
      ),
    ).toBe("Economic strength drives Southern Company earnings");
  });
});

describe("officer changes", () => {
  it("read an election with its class, and no appointment in a list of Named Executive Officers", () => {
    const changes = officerChanges([
      view(
        "On April 26, 2005, the board of directors of Exelon Corporation elected Thomas J. Ridge to serve as a " +
          "Class I director, effective May 2, 2005. The Committee approved salaries for the Named Executive " +
          "Officers: Erik B. Nordstrom, Chief Executive Officer, $758,500.",
      ),
    ]);
    expect(changes.map((c) => [c.change, c.person, c.role, c.effective])).toEqual([
      ["elected", "Thomas J. Ridge", "Class I director", "2005-05-02"],
    ]);
  });
});

describe("a press release's contacts", () => {
  it("give the organisation line, not a web address, the label or the headline below", () => {
    const contacts = (html: string) =>
      readPressRelease(htmlToDoc(html), 0, "99.1").contacts.map((c) => [c.name, c.organization, c.phone]);
    expect(
      contacts(
        "<p>Investor Relations Contact:</p><p>Selim Freiha</p><p>Company News: https://www.example.com/news/</p>" +
          "<p>eBay Inc.</p><p>ir@ebay.com</p>",
      ),
    ).toEqual([["Selim Freiha", "eBay Inc.", null]]);
    expect(
      contacts(
        "<p>Media Contact: 404-506-5333</p><p>media@southerncompany.com</p>" +
          "<p>2006 Southern Company earnings bolstered by strong economy</p>",
      ),
    ).toEqual([[null, null, "404-506-5333"]]);
  });
});

describe("a press release's quotes", () => {
  it("take the speaker's name apart from a company and title before it, and from an earlier sentence", () => {
    const quotes = readPressRelease(
      htmlToDoc(
        "<p>REDWOOD SHORES, Calif., June 19, 2014 -- Oracle reported results.</p>" +
          "<p>“We have transformed the hardware business into a higher margin business,” said Oracle President Mark Hurd.</p>" +
          "<p>“I am very pleased to welcome her to the board,” said Larry Ellison, Chairman of the Board of Directors and " +
          "Chief Technology Officer. Bruce Chizen, Chair of the Committee, said: “She is an accomplished leader in media.”</p>",
      ),
      0,
      "99.1",
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.title, q.company])).toEqual([
      ["Mark Hurd", "President", "Oracle"],
      ["Larry Ellison", "Chairman of the Board of Directors and Chief Technology Officer", null],
      ["Bruce Chizen", "Chair of the Committee", null],
    ]);
  });

  it("take the name after a run of titles, past an initial's period", () => {
    const [q] = readPressRelease(
      htmlToDoc(
        "<p>ATLANTA - Southern Company reported earnings.</p>" +
          "<p>“We are pleased with the excellent results we achieved,” said Chairman, President and CEO David M. Ratcliffe.</p>",
      ),
      0,
      "99.1",
    ).quotes;
    expect([q.speaker, q.title]).toEqual(["David M. Ratcliffe", "Chairman, President and CEO"]);
  });

  it("cut the speaker after the last of several sentence ends before the name", () => {
    const [q] = readPressRelease(
      htmlToDoc(
        "<p>ATLANTA - Acme reported results.</p>" +
          "<p>Shares rose at Acme. Labs. Bob Ray, CEO, said “We are very pleased with how the quarter went.”</p>",
      ),
      0,
      "99.1",
    ).quotes;
    expect([q.speaker, q.title]).toEqual(["Bob Ray", "CEO"]);
  });
});

describe("money in tables", () => {
  const money = (html: string) =>
    parseFiling(
      `<html><body><p>FORM 8-K</p><p>CURRENT REPORT</p><p>Date of Report: March 1, 2024</p>` +
        `<p>Item 8.01 Other Events.</p>${html}<p>SIGNATURES</p><p>By: /s/ Jane Doe</p></body></html>`,
    ).money.map((m) => [m.text, m.amount]);

  it("takes the unit the table states; prices and per-share rows stay as written", () => {
    expect(
      money(
        "<p>Results (In millions, except per share amounts)</p><table>" +
          "<tr><td>Revenue</td><td>$ 4,648</td><td>$13.6</td></tr>" +
          "<tr><td>Diluted earnings per share</td><td>$ 2</td></tr>" +
          "<tr><td>Excluding one-time items</td><td>$ 0.24</td></tr></table>" +
          "<p>The company paid $5 million and $250 in fees.</p>",
      ),
    ).toEqual([
      ["$ 4,648", 4_648_000_000],
      ["$13.6", 13_600_000],
      ["$ 2", 2],
      ["$ 0.24", 0.24],
      ["$5 million", 5_000_000],
      ["$250", 250],
    ]);
  });

  it("leaves a table that states no unit as it is", () => {
    expect(money("<table><tr><td>Salary</td><td>$758,500</td></tr></table>")).toEqual([
      ["$758,500", 758_500],
    ]);
  });
});

describe("organisation names", () => {
  it("a name wrapped onto the next line of plain text inside one HTML block is one name", () => {
    const doc = htmlToDoc(
      "<html><body><div>a subscription agreement with Longview Fund, LP, Longview Equity Fund,\nLP, and " +
        "Longview International Equity Fund, LP whereby</div></body></html>",
      undefined,
      true,
    );
    expect(findOrganizations(viewOf(doc, 0)).map((o) => o.name)).toEqual([
      "Longview Fund, LP",
      "Longview Equity Fund, LP",
      "Longview International Equity Fund, LP",
    ]);
  });

  it.each([
    ["© 2026 NVIDIA Corporation. All rights reserved.", ["NVIDIA Corporation"]],
    ["COPYRIGHT 1998 Bankers Trust Company. All rights reserved.", ["Bankers Trust Company"]],
    ["On January 27, 2011 Apple Inc. announced", ["Apple Inc."]],
    ["in December 2011 Apple Inc. said", ["Apple Inc."]],
    ["for $1,000,000 ForSeeCon Eye Corporation issued", ["ForSeeCon Eye Corporation"]],
    ["results for fiscal 2007. Southern Company also said", ["Southern Company"]],
    ["CUPERTINO, California--December 20, 1996--Apple Computer, Inc. today", ["Apple Computer, Inc."]],
    ["merged with 1895 Bancorp of Wisconsin, MHC", ["1895 Bancorp"]],
    ["APPLE TO ACQUIRE NEXT. Apple to Acquire NeXT Software Inc. for $400 million", ["NeXT Software Inc."]],
    ["at The Annual Meeting of Shareholders of Apple Inc. held", ["Apple Inc."]],
    ["see the Form 10-K of Louisville Gas and Electric Company", ["Louisville Gas and Electric Company"]],
    [
      "banks led by Bank of America Merrill Lynch and J.P. Morgan Securities LLC, as arrangers",
      ["J.P. Morgan Securities LLC"],
    ],
    ["results of the Parent Company and of Georgia Power Company", ["Georgia Power Company"]],
  ])("leave out the date, count, sentence or heading before the name: %s", (text, names) => {
    expect(findOrganizations(view(text)).map((o) => o.name)).toEqual(names);
  });

  it.each([
    [
      "a Letter Loan Agreement with Branch Banking and Trust Company (“BB&T”)",
      ["Branch Banking and Trust Company"],
    ],
    [
      "by and between the Company, U.S. Bank National Association as agent",
      ["U.S. Bank National Association"],
    ],
    ["with Wells Fargo Bank, National Association, as trustee", ["Wells Fargo Bank, National Association"]],
    ["an agreement with Apple and Goldman Sachs & Co. LLC", ["Apple", "Goldman Sachs & Co. LLC"]],
    [
      "its subsidiaries ePlus Group, Inc. and iRobot Holdings Corp. signed",
      ["ePlus Group, Inc.", "iRobot Holdings Corp."],
    ],
  ])(
    "keep 'and', a bank's 'National Association' and a brand's lower-case prefix inside a name: %s",
    (text, names) => {
      expect(findOrganizations(view(text)).map((o) => o.name)).toEqual(names);
    },
  );

  it.each([
    [
      "a credit agreement with The First National Bank of Chicago, as agent",
      ["The First National Bank of Chicago"],
    ],
    [
      "a term loan from First Union National Bank of North Carolina.",
      ["First Union National Bank of North Carolina"],
    ],
    ["a loan agreement with Comerica Bank-California providing", ["Comerica Bank-California"]],
    ["a loan agreement with The Bank of New York providing", ["The Bank of New York"]],
    ["a credit agreement with Bank of America, N.A. providing", ["Bank of America, N.A."]],
    ["a letter from Silicon Valley Bank of March 3, 1998", ["Silicon Valley Bank"]],
    ["its line of credit with Norwest Bank Minnesota, N.A. from", ["Norwest Bank Minnesota, N.A."]],
    [
      "with The Bank of New York Mellon Trust Company, N.A., as trustee",
      ["The Bank of New York Mellon Trust Company, N.A."],
    ],
  ])("take a bank's place into its name, not a date: %s", (text, names) => {
    expect(findOrganizations(view(text)).map((o) => o.name)).toEqual(names);
  });

  it("do not run from one block, table row or paragraph onto the next; wrap inside a paragraph", () => {
    const html = (h: string) => findOrganizations(viewOf(htmlToDoc(h), 0)).map((o) => o.name);
    expect(html("<p>Exhibit 99.1</p><p>Caterpillar Inc. reports</p>")).toEqual(["Caterpillar Inc."]);
    expect(
      html(
        "<table><tr><td>Investor Relations</td><td>Corporate Communications</td></tr>" +
          "<tr><td>NVIDIA Corporation</td><td>NVIDIA Corporation</td></tr></table>",
      ),
    ).toEqual(["NVIDIA Corporation"]);
    expect(html("<p>The Atlanta-based Southern Company said</p>")).toEqual(["Southern Company"]);
    const text = (t: string) => findOrganizations(view(t)).map((o) => o.name);
    expect(text("Non-GAAP Measures\n\nThe Company uses")).toEqual([]);
    expect(text("a license agreement with SmithKline\nBeecham Plc, London")).toEqual([
      "SmithKline Beecham Plc",
    ]);
  });
});

describe("the short names a filing gives a company", () => {
  it("are the names it defines for it, not a thing defined after it", () => {
    const aliases = (text: string) => findOrganizations(view(text)).map((o) => [o.name, o.aliases]);
    expect(aliases("Alterola Biotech Inc., a Nevada corporation (\u201cAlterola\u201d), and others")).toEqual(
      [["Alterola Biotech Inc.", ["Alterola"]]],
    );
    expect(
      aliases(
        "the conversion of shares in accordance with the rules of the Nasdaq Stock Market LLC (the \u201cConversion Proposal\u201d) and",
      ),
    ).toEqual([["Nasdaq Stock Market LLC", []]]);
    expect(
      aliases(
        "Stock options were granted pursuant to the terms of the Nordstrom, Inc. 2019 Equity Incentive Plan (the \u201cEquity Plan\u201d) and",
      ),
    ).toEqual([["Nordstrom, Inc.", []]]);
  });
});

describe("organisations and people in real text", () => {
  it("finds the seed's companies, the short names they are given and their tickers", () => {
    const r = parseFiling(fixture("text/000_20800b8e38aa6f65.txt"));
    const orgs = r.organizations.map((o) => [o.name, o.aliases]);
    expect(orgs).toContainEqual(["SmithKline Beecham Plc", ["SmithKline"]]);
    expect(orgs).toContainEqual(["ImmunoGen, Inc.", ["ImmunoGen"]]);
    const pr = r.pressReleases[0];
    expect(pr.tickers.map((t) => `${t.exchange}: ${t.symbol}`)).toEqual([
      "Nasdaq: IMGN",
      "London Stock Exchange: SB",
      "NYSE: SBH",
    ]);
  });
  it("names with titles, honorifics and initials", () => {
    const people = findPeople(
      view(
        "On January 3, 2023, AFC Management, LLC entered into an employment agreement with Brandon Hetzel, the Company's Chief Financial Officer and Treasurer. Dr. Gilbert F. Amelio, Chairman and CEO, said.",
      ),
    );
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ["Brandon Hetzel", "Chief Financial Officer and Treasurer"],
      ["Gilbert F. Amelio", "Chairman and CEO"],
    ]);
  });
  it("names with a capital inside: McCann, DeWitt, O'Neil", () => {
    const people = findPeople(
      view(
        "The Company entered into an agreement with Christopher McCann, its Chief Executive Officer. " +
          "JoAnn DeWitt, Chief Financial Officer, and Mr. O'Neil signed. Mr. McCann’s salary will be $125,000.",
      ),
    );
    expect(people.map((p) => p.name)).toEqual(["Christopher McCann", "JoAnn DeWitt", "O'Neil"]);
  });
  it("ends a name where a title or a contact label starts; takes a hyphenated given name", () => {
    const people = findPeople(
      view(
        "Jen-Hsun Huang, President and Chief Executive Officer; Ajay K. Puri Executive Vice President. " +
          "Investor contact: Mr. Uttam Patil Email: ir@example.com",
      ),
    );
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ["Jen-Hsun Huang", "President and Chief Executive Officer"],
      ["Ajay K. Puri", "Executive Vice President"],
      ["Uttam Patil", null],
    ]);
    expect(
      findOrganizations(
        view(
          "among Apple and Goldman Sachs & Co. LLC, Barclays Bank PLC, BNP Paribas and J.P. Morgan Securities plc",
        ),
      ).map((o) => o.name),
    ).toEqual(
      expect.arrayContaining(["Goldman Sachs & Co. LLC", "Barclays Bank PLC", "J.P. Morgan Securities plc"]),
    );
  });
});

describe("press releases and officer changes", () => {
  it("reads the seed's press release: headline, dateline, quotes with speakers, contact", () => {
    const pr = parseFiling(fixture("text/000_20800b8e38aa6f65.txt")).pressReleases[0];
    expect(pr.headline?.text).toMatch(/^IMMUNOGEN, INC\. AND SMITHKLINE BEECHAM SIGN \$45 MILLION AGREEMENT/);
    expect(pr.dateline).toMatchObject({ city: "Norwood", state: "MA", date: "1999-02-03" });
    expect(pr.quotes.map((q) => [q.speaker, q.title, q.company])).toEqual([
      ["Jean-Pierre Garnier", "Chief Operating Officer", "SB"],
      ["Mitchel Sayare", "Chairman and CEO", "ImmunoGen, Inc."],
    ]);
    expect(pr.contacts[0]).toMatchObject({ name: "Mitchel Sayare", phone: "(781) 769-4242" });
    expect(pr.forwardLooking).not.toBeNull();
  });
  it("reads an election to the board from Item 5.02 (Oracle 2019)", () => {
    const r = parseFiling(fixture("html/0001193125-19-191922.htm"));
    expect(r.officerChanges[0]).toMatchObject({ person: "Rona Fairhead", change: "elected" });
  });
});

describe("eightk parse --facts", () => {
  it("prints each term beside the words it came from", async () => {
    let out = "";
    const code = await main(["parse", "--facts", "test/fixtures/text/000_20800b8e38aa6f65.txt"], {
      out: (s) => (out += s),
      err: () => {},
    });
    expect(code).toBe(0);
    expect(out).toContain("Agreement: license");
    expect(out).toMatch(/licensee\s+SmithKline Beecham Plc/);
    expect(out).toMatch(/equity_purchase up to \$5,000,000 {2}“\$5\.0 million”/);
    expect(out).toMatch(/Item 5 → 1\.01 Entry into a Material Definitive Agreement/);
  });
});

describe("dates and periods", () => {
  it("resolves the seed's periods against its date of report", () => {
    const r = parseFiling(fixture("text/000_20800b8e38aa6f65.txt"));
    const p = (text: string) => r.periods.find((x) => x.text === text);
    expect(p("the second half of calendar year 1999")).toMatchObject({
      kind: "half",
      start: "1999-07-01",
      end: "1999-12-31",
    });
    expect(p("over the next two years")).toMatchObject({
      kind: "relative",
      start: "1999-02-03",
      end: "2001-02-03",
    });
    expect(p("February 3, 1999")).toMatchObject({ kind: "date", start: "1999-02-03" });
  });
  it("quarters, fiscal periods and spans in days", async () => {
    const { findPeriods } = await import("../../src/facts/periods.js");
    const ps = findPeriods(
      view("results for the fourth quarter of fiscal 2023 and Q3 2024, payable within 90 days"),
      "2024-01-10",
    );
    expect(ps.map((x) => [x.kind, x.start, x.end, x.fiscal])).toEqual([
      ["quarter", null, null, true],
      ["quarter", "2024-07-01", "2024-09-30", false],
      ["relative", "2024-01-10", "2024-04-09", false],
    ]);
  });
});
