import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  listedParties,
  onlyArranges,
  registrantActs,
  registrantMentions,
  SALE_VERBS,
} from "../../src/facts/agreement-parties.js";
import { PRODUCT } from "../../src/facts/agreement-subjects.js";
import { addTerm } from "../../src/facts/agreement-terms.js";
import { toContractLine } from "../../src/form8k/contract.js";
import { parseFiling, parseFilingWithDocuments } from "../../src/form8k/record.js";
import { FIXTURES, fixture, goldLabels, registrantLines, textFiling } from "../helpers/fixtures.js";

/** The heading most agreement tests put their sentence under. */
const ITEM_1_01 = "Item 1.01 Entry into a Material Definitive Agreement\n\n";

describe("the seed's agreement", () => {
  const gold = JSON.parse(readFileSync(join(FIXTURES, "gold", "000_20800b8e38aa6f65.json"), "utf8"))
    .agreements[0];
  const { record, docs } = parseFilingWithDocuments(fixture("text/000_20800b8e38aa6f65.txt"));
  const a = record.agreements[0];
  const words = (s: { doc: number; start: number; end: number } | null) =>
    s ? docs[s.doc]?.text.slice(s.start, s.end) : null;

  it("is one license, with the gold's type, date, subject, territory and exclusivity", () => {
    expect(record.agreements).toHaveLength(1);
    expect({
      type: a.type,
      date: a.date,
      subject: a.subject,
      territory: a.territory,
      exclusive: a.exclusive,
    }).toEqual({
      type: gold.type,
      date: gold.date,
      subject: gold.subject,
      territory: gold.territory,
      exclusive: gold.exclusive,
    });
  });

  it("has the licensor and the licensee", () => {
    expect(a.parties.map((p) => [p.name.toLowerCase(), p.role])).toEqual(
      gold.parties.map((p: { name: string; role: string }) => [p.name.toLowerCase(), p.role]),
    );
  });

  it("has every term with amount, currency and qualifier", () => {
    const strip = (t: {
      kind: string;
      amount: number | null;
      currency: string | null;
      qualifier: string | null;
    }) => ({ kind: t.kind, amount: t.amount, currency: t.currency, qualifier: t.qualifier });
    expect(a.terms.map(strip)).toEqual(gold.terms);
  });

  it("points every value at its words", () => {
    expect(words(a.subjectSpan)).toBe("huC242-DM1");
    expect(a.terms.map((t) => words(t.span))).toEqual([
      "$40 million",
      "royalties",
      "$5.0 million",
      "$45 MILLION",
    ]);
    expect(words(a.parties[1].span)).toBe("SmithKline Beecham Plc");
  });

  it("makes the old Item 5 a 1.01 on the modern scale", () => {
    expect(record.events.map((e) => [e.item, e.code])).toEqual([
      ["5", "1.01"],
      ["7", "9.01"],
    ]);
  });
});

describe("agreements of other kinds, from real filings", () => {
  it("a merger paid in cash a share, its sub, a bridge loan and voting agreements (Biogen/Reata 2023)", () => {
    const r = parseFiling(fixture("html/0001193125-23-198542.htm"));
    const merger = r.agreements.find((a) => a.type === "merger");
    expect(merger?.parties.map((p) => [p.name, p.role])).toEqual([
      ["BIOGEN INC.", "acquirer"],
      ["River Acquisition, Inc.", "party"],
      ["Reata Pharmaceuticals, Inc.", "target"],
    ]);
    expect(merger?.terms.find((t) => t.kind === "purchase_price")).toMatchObject({
      amount: 172.5,
      currency: "USD",
    });
    const credit = r.agreements.find((a) => a.type === "credit");
    expect(credit?.parties.map((p) => p.role)).toEqual(["borrower", "lender"]);
    expect(credit?.terms).toEqual([
      expect.objectContaining({ kind: "loan", amount: 1_500_000_000, qualifier: "max" }),
    ]);
  });

  it("an acquisition that makes the registrant the target (Premier/Peoples 2021)", () => {
    const a = parseFiling(fixture("html/0000887919-21-000012.htm")).agreements[0];
    expect(a.type).toBe("merger");
    expect(a.parties.map((p) => p.role)).toEqual(["target", "acquirer"]);
    // Announced on March 29; the agreement is "dated March 26, 2021".
    expect(a.date).toBe("2021-03-26");
  });

  it("dates an agreement by its own 'dated', not another agreement's, nor a closing", () => {
    const dates = (text: string) =>
      parseFiling(textFiling("April 2, 2026", `${ITEM_1_01}${text}\n`)).agreements.map((a) => [
        a.type,
        a.date,
      ]);
    expect(
      dates(
        "On March 31, 2026, the Company and Meta Platforms, Inc. entered into a new order form under the existing Master Services Agreement dated as of December 10, 2023.",
      ),
    ).toEqual([["supply", "2026-03-31"]]);
    expect(
      dates(
        "On December 20, 2024, the Board extended the terms of the employment agreement with David Ball, President.",
      ),
    ).toEqual([["employment", "2024-12-20"]]);
  });

  it("an older agreement a sentence only refers to is no new agreement (3CI 2004)", () => {
    const r = parseFiling(
      textFiling(
        "September 30, 2004",
        ITEM_1_01 +
          'The Company entered into the Second Amended and Restated Secured Promissory Note, dated as of September 30, 2004, by and between the Company and Waste Systems, Inc. ("WSI"). ' +
          "The Amended Note also includes a revolving credit agreement under which the Company can borrow up to and including $100,000.\n\n" +
          "The Amended Note is subordinated to all security interests under the Settlement Agreement and Release of All Claims dated January 10, 1996, " +
          "between the Company, WSI and certain former affiliates and James H. Shepherd, the interests of which were acquired by Stericycle, Inc.\n",
      ),
    );
    expect(r.agreements.map((a) => a.type)).toEqual(["credit"]);
  });

  it("a registrant bought through a reverse triangular merger is the target; 'in the aggregate' is the deal's value", () => {
    const merger = (how: string) =>
      parseFiling(
        textFiling(
          "January 5, 2022",
          registrantLines("ACME CORP.") +
            ITEM_1_01 +
            `On January 5, 2022, Acme Corp. (\u201cAcme\u201d) entered into an Agreement and Plan of Merger (the \u201cMerger Agreement\u201d) with Beta Inc. (\u201cBeta\u201d) and Beta Merger Sub, Inc. (\u201cMerger Sub\u201d), pursuant to which ${how}. ` +
            "Each share of Acme common stock will be converted into the right to receive $25.00 in cash, or approximately $1.2 billion in the aggregate.\n",
        ),
      ).agreements[0];
    // Either way of saying it: the buyer's sub merges into the registrant, or the registrant lives on as its subsidiary.
    const sub = merger("Merger Sub will merge with and into Acme");
    // The buyer's merger sub is a party (as the gold has AJ Acquisition, Inc.).
    expect(sub.parties.map((p) => p.role)).toEqual(["target", "acquirer", "party"]);
    const a = merger(
      "the merger will be completed, with Acme surviving as a wholly owned subsidiary of Beta",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Beta Inc.", "acquirer"],
      ["Beta Merger Sub, Inc.", "party"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual([
      ["purchase_price", 25, null],
      ["total_value", 1_200_000_000, "approx"],
    ]);
  });

  it("the registrant that obtains a license and pays for it is the licensee; each payment has its own kind", () => {
    const license = (text: string) =>
      parseFiling(
        textFiling("May 4, 2022", `${registrantLines("ACME THERAPEUTICS, INC.")}${ITEM_1_01}${text}\n`),
      ).agreements[0];
    const a = license(
      "On May 4, 2022, the Company entered into an Exclusive License Agreement with Stanford Research Corp., under which the Company obtained an exclusive worldwide license to ACM-101. " +
        "Stanford Research Corp. is eligible to receive an upfront fee of $1.0 million, milestone payments of up to $25 million and tiered royalties on net sales.",
    );
    expect(a.parties.map((p) => p.role)).toEqual(["licensee", "licensor"]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["upfront", 1_000_000],
      ["milestones", 25_000_000],
      ["royalties", null],
    ]);
    // Paying is enough to tell, whatever the license is called.
    const paying = license(
      "On May 4, 2022, the Company entered into a license agreement with Stanford Research Corp. for ACM-101. " +
        "Under the agreement, the Company will pay a $5 million upfront payment and up to $100 million in milestones.",
    );
    expect(paying.parties.map((p) => p.role)).toEqual(["licensee", "licensor"]);
    expect(paying.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["upfront", 5_000_000],
      ["milestones", 100_000_000],
    ]);
  });

  it("types and roles by the agreement's own words: underwriting, separation, accredited investors, a business sold or bought", () => {
    const deal = (text: string) =>
      parseFiling(
        textFiling("July 10, 2023", `${registrantLines("ACME CORP.")}${ITEM_1_01}${text}\n`),
      ).agreements.map((a) => [a.type, ...a.parties.map((p) => `${p.name}: ${p.role}`)]);
    expect(
      deal(
        "On March 1, 2023, the Company entered into an Underwriting Agreement with Goldman Sachs & Co. LLC and Morgan Stanley & Co. LLC, as representatives of the several underwriters, relating to the issuance and sale of $750,000,000 aggregate principal amount of 4.50% Senior Notes due 2033.",
      ),
    ).toEqual([
      ["other", "ACME CORP.: seller", "Goldman Sachs & Co. LLC: buyer", "Morgan Stanley & Co. LLC: buyer"],
    ]);
    expect(
      deal(
        "On May 2, 2023, the Company entered into a Separation Agreement with John Doe, its former Chief Operating Officer, under which Mr. Doe will receive a lump-sum payment of $500,000.",
      ),
    ).toEqual([["employment", "ACME CORP.: employer", "John Doe: employee"]]);
    expect(
      deal(
        "On July 10, 2023, the Company entered into a Securities Purchase Agreement with certain accredited investors, pursuant to which the Company agreed to issue and sell 5,000,000 shares of its common stock at a purchase price of $2.00 per share.",
      ).map((a) => a[0]),
    ).toEqual(["other"]);
    // A registrant to be acquired, by whatever words.
    expect(
      deal(
        "On August 1, 2023, the Company announced that it has entered into a definitive agreement to be acquired by Buyer Corp. for $40.00 per share in cash, or approximately $2.0 billion.",
      ),
    ).toEqual([["merger", "ACME CORP.: target", "Buyer Corp.: acquirer"]]);
    expect(
      deal(
        "On August 1, 2023, Buyer Corp. (\u201cParent\u201d) and the Company entered into an Agreement and Plan of Merger, pursuant to which Parent agreed to acquire the Company for $18.50 per share in cash.",
      ),
    ).toEqual([["merger", "ACME CORP.: target", "Buyer Corp.: acquirer"]]);
    // The other party's clause says who supplies whom.
    expect(
      deal(
        "On August 1, 2023, Acme Corp. (the \u201cCompany\u201d) and Beta LLC entered into a Supply Agreement under which Beta will supply the Company with lithium for five years.",
      ),
    ).toEqual([["supply", "ACME CORP.: buyer", "Beta LLC: seller"]]);
    // Selling its business, the registrant is the seller; buying one, the buyer.
    const assets = (how: string) =>
      deal(
        `On August 1, 2023, the Company entered into an Asset Purchase Agreement with Other Corp., pursuant to which ${how} for $30 million in cash.`,
      );
    expect(assets("the Company agreed to sell its widget business to Other Corp.")).toEqual([
      ["asset_purchase", "ACME CORP.: seller", "Other Corp.: buyer"],
    ]);
    expect(assets("the Company agreed to purchase substantially all of the assets of Other Corp.")).toEqual([
      ["asset_purchase", "ACME CORP.: buyer", "Other Corp.: seller"],
    ]);
  });

  it("an officer's offer letter described, not entered into: the registrant employs, the salary is the term", () => {
    const [a] = parseFiling(
      textFiling(
        "August 1, 2023",
        registrantLines("ACME CORP.") +
          "Item 5.02 Departure of Directors or Certain Officers\n\n" +
          "On August 1, 2023, the Board appointed Mary Major as Chief Financial Officer. Ms. Major\u2019s offer letter provides for an annual base salary of $450,000, a target bonus of 50% of base salary, and a sign-on bonus of $100,000.\n",
      ),
    ).agreements;
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "employer"],
      ["Mary Major", "employee"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["other", 450_000]]);
  });

  it("a subsidiary the registrant sells is no buyer of it: the registrant sells, the buyer acquires it", () => {
    const [a] = parseFiling(
      textFiling(
        "April 1, 2021",
        registrantLines("ACME HOLDINGS, INC.") +
          ITEM_1_01 +
          "On April 1, 2021, the Company entered into a Stock Purchase Agreement with Omega Partners LLC, pursuant to which the Company agreed to sell all of the outstanding shares of its subsidiary, Delta Corp., to Omega Partners LLC for an aggregate purchase price of $40.0 million.\n",
      ),
    ).agreements;
    // All of a company's stock sold is the company sold: a merger, as the eval sets label it.
    expect([a.type, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "merger",
      [
        ["ACME HOLDINGS, INC.", "seller"],
        ["Omega Partners LLC", "acquirer"],
        ["Delta Corp.", "target"],
      ],
    ]);
  });

  it("a line of credit with the pledge that secures it: one loan, and the pledged bank no lender (1st Financial 2008)", () => {
    const r = parseFiling(
      textFiling(
        "June 25, 2008",
        registrantLines("1ST FINANCIAL SERVICES CORPORATION") +
          "Item 2.03 Creation of a Direct Financial Obligation\n\n" +
          "On June 25, 2008, 1st Financial Services Corporation (\u201c1st Financial\u201d) entered into a Letter Loan Agreement\u2014Line of Credit (the \u201cLoan Agreement\u201d) with Branch Banking and Trust Company (\u201cBB&T\u201d), pursuant to which BB&T provides a revolving line of credit to 1st Financial up to a maximum principal amount of Ten Million Dollars ($10,000,000) (the \u201cLine of Credit\u201d). " +
          "As security for the Line of Credit, 1st Financial has entered into a Pledge and Security Agreement giving BB&T a first and prior security interest in 1st Financial\u2019s wholly-owned subsidiary, Mountain 1st Bank & Trust Company.\n",
      ),
    );
    expect(r.agreements).toHaveLength(1);
    const [a] = r.agreements;
    expect(a.type).toBe("credit");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["1ST FINANCIAL SERVICES CORPORATION", "borrower"],
      ["Branch Banking and Trust Company", "lender"],
    ]);
    // The facility, not the agreement's name cut after "Loan".
    expect(a.subject).toBe("Line of Credit");
    expect(a.terms).toEqual([
      expect.objectContaining({ kind: "loan", amount: 10_000_000, qualifier: "max" }),
    ]);
  });

  it("a loan's subject is the facility, not the agreement's name nor the words before it", () => {
    const [a] = parseFiling(
      textFiling(
        "August 1, 2023",
        registrantLines("ACME CORP.") +
          ITEM_1_01 +
          "On August 1, 2023, the Company entered into a Loan and Security Agreement with Hercules Capital, Inc., which provides for term loans in an aggregate principal amount of up to $100 million.\n",
      ),
    ).agreements;
    expect([a.type, a.subject]).toEqual(["credit", "term loans"]);
  });

  it("knows the registrant by the short name the filing defines for it", () => {
    const r = parseFiling(
      textFiling(
        "June 25, 2008",
        registrantLines("1ST FINANCIAL SERVICES CORPORATION") +
          ITEM_1_01 +
          "1st Financial Services Corporation (\u201c1st Financial\u201d) is a bank holding company. " +
          "On June 25, 2008, 1st Financial entered into a supply agreement with Acme Widgets, Inc.\n",
      ),
    );
    expect(r.agreements.map((a) => a.parties.map((p) => p.name))).toEqual([
      ["1ST FINANCIAL SERVICES CORPORATION", "Acme Widgets, Inc."],
    ]);
  });

  it("a lock-up agreement is no supply contract; one company under two names is one party", () => {
    const r = parseFiling(
      textFiling(
        "May 15, 2025",
        registrantLines("ALTEROLA BIOTECH, INC.") +
          ITEM_1_01 +
          "On May 15, 2025, the Company entered into a stockholder support agreement with Protagenic Therapeutics, Inc. and EMC2 Capital LLC. " +
          "On May 15, 2025, the Company, solely in its capacity as a stockholder, also entered into a lock-up agreement with Protagenic and EMC2 Capital LLC.\n",
      ),
    );
    expect(r.agreements.map((a) => a.type)).toEqual(["other"]);
    expect(r.agreements[0].parties.map((p) => p.name)).toEqual([
      "ALTEROLA BIOTECH, INC.",
      "Protagenic Therapeutics, Inc.",
      "EMC2 Capital LLC",
    ]);
  });

  it("employment agreements extended for five officers: five agreements (1895 Bancorp 2024)", () => {
    const r = parseFiling(fixture("html/0000943374-24-000509.htm"));
    expect(r.agreements.map((a) => a.parties.find((p) => p.role === "employee")?.name)).toEqual([
      "David Ball",
      "Steven T. Klitzing",
      "Daniel Kempel",
      "Eric T. Hurd",
      "Monica Baker",
    ]);
    expect(
      r.agreements.every(
        (a) => a.type === "employment" && a.parties.filter((p) => p.role === "employer").length === 2,
      ),
    ).toBe(true);
  });

  it("a collaboration with its upfront, capped milestones and royalties (Alnylam/Roche 2023)", () => {
    const a = parseFiling(fixture("html/0001193125-23-194715.htm")).agreements[0];
    expect(a.type).toBe("collaboration");
    expect(a.subject).toBe("zilebesiran");
    expect(a.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual(
      expect.arrayContaining([
        ["upfront", 310_000_000, null],
        ["milestones", 2_500_000_000, "max"],
        ["royalties", null, null],
      ]),
    );
  });

  it("a share sale named by no agreement (ExperTelligence 2003)", () => {
    const a = parseFiling(fixture("text/0000723533-04-000001.txt")).agreements[0];
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ExperTelligence, Inc.", "seller"],
      ["Douglas P. Martin", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["equity_purchase", 50_000]]);
  });

  it("a settlement signed by a long list, one name broken by a page number (Georgia Power 2013)", () => {
    const a = parseFiling(fixture("html/0000092122-13-000080.htm")).agreements[0];
    expect(a.type).toBe("settlement");
    expect(a.parties.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "Georgia Solar Energy Industries Association",
        "Georgia Watch",
        "Metropolitan Atlanta Rapid Transit Authority",
        "Resource Supply Management",
        "Southern Alliance for Clean Energy",
      ]),
    );
  });
});

describe("agreements in text run wild", () => {
  it("a sentence holding a word of millions of letters is read, not a failed filing", () => {
    const word = "a".repeat(7_000_000);
    const r = parseFiling(
      textFiling(
        "February 3, 1999",
        `Item 5. Other Events\n\nOn February 3, 1999, the Company entered into a license agreement with Beta Corp. ${word} end. ` +
          `It also entered into an employment agreement with Mr. A${word} as Chief ${word}.\n`,
      ),
    );
    expect(r.agreements.map((a) => a.type)).toEqual(["license", "employment"]);
  });

  it("a list of agreements repeated thousands of times in one sentence is read whole, once", () => {
    const items = "(1) a license agreement with Beta Corp.; (2) a supply agreement with Gamma Inc.; ".repeat(
      5_000,
    );
    const r = parseFiling(
      textFiling(
        "February 3, 1999",
        `Item 5. Other Events\n\nOn February 3, 1999, the Company entered into ${items}.\n`,
      ),
    );
    expect(r.agreements.length).toBeGreaterThan(0);
    expect(r.agreements.length).toBeLessThan(10);
  });
});

describe("what the registrant does", () => {
  it("is read by any of its names, however long one is", () => {
    const acts = (text: string, names: string[]) => registrantActs(text, names, SALE_VERBS);
    expect(acts("the issuance and sale by Apple of its 0.000% Notes due 2025", ["Apple Inc.", "Apple"])).toBe(
      true,
    );
    expect(acts("the purchase by Apple of the notes", ["Apple"])).toBe(false);
    // A name as long as a page (a cover tag run wild) is searched for, not compiled into a pattern.
    const long = "ACME ".repeat(20_000).trim();
    expect(acts(`the issuance and sale by ${long} of shares`, [long])).toBe(true);
  });
});

describe("a bank's role in a credit agreement", () => {
  it("is read after the names listed with it; a run of capitalised words is read once", () => {
    expect(onlyArranges(" and Mitsui Banking Corporation, as syndication agents, Fifth Third")).toBe(true);
    expect(onlyArranges(", as administrative agent, swing line lender")).toBe(false);
    // Sixty capitalised words and no role: this took minutes when names could split at any space.
    expect(onlyArranges(`${" A".repeat(60)} x`)).toBe(false);
  });
});

describe("listed parties", () => {
  it("reads a name wrapped over lines and goes on with the list after it", () => {
    const text = "an agreement among Acme Widget\n      Holdings Corp., Beta Labs, LLC and Gamma   Partners.";
    const parties = listedParties(text);
    expect(parties.map((p) => p.name)).toEqual([
      "Acme Widget Holdings Corp.",
      "Beta Labs, LLC",
      "Gamma Partners",
    ]);
    expect(parties.map((p) => text.slice(p.start, p.start + 4))).toEqual(["Acme", "Beta", "Gamm"]);
  });

  it("name a partner without a corporate word in any agreement but a merger or an employment", () => {
    const filing = [
      "UNITED STATES",
      "SECURITIES AND EXCHANGE COMMISSION",
      "",
      "FORM 8-K",
      "",
      "CURRENT REPORT",
      "",
      "Date of Report (Date of earliest event reported): March 1, 2024",
      "",
      "ACME WIDGETS, INC.",
      "(Exact name of registrant as specified in its charter)",
      "",
      "Item 1.01 Entry into a Material Definitive Agreement.",
      "",
      "On March 1, 2024, Acme Widgets, Inc. entered into a non-exclusive license agreement with Groq",
      "to use its inference technology worldwide.",
      "",
      "SIGNATURES",
      "",
      "By: /s/ Jane Doe",
    ].join("\n");
    const [a] = parseFiling(filing).agreements;
    expect(a.type).toBe("license");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME WIDGETS, INC.", "licensor"],
      ["Groq", "licensee"],
    ]);
  });

  it("are not securities, nor other things a filing defines", () => {
    const parties = listedParties(
      "an agreement among Apple Inc., Goldman Sachs & Co. LLC and the 2025 Notes",
    );
    expect(parties.map((p) => p.name)).toEqual(["Apple Inc.", "Goldman Sachs & Co. LLC"]);
    expect(
      listedParties(
        "such Conversion Proposal, together with the Change of Control Proposal, the Meeting Proposals",
      ).map((p) => p.name),
    ).toEqual([]);
    // A broker's name may end in "Securities".
    expect(listedParties("an agreement with BofA Securities").map((p) => p.name)).toEqual([
      "BofA Securities",
    ]);
  });
});

describe("agreements over the dev gold", () => {
  // The scorer's comparisons (../shared/eval/CONTRACT.md §agreements), over the gold copied here.
  const SUFFIX =
    /\b(incorporated|inc|corporation|corp|company|co|plc|ltd|limited|llc|lp|sa|ag|nv|bv|gmbh|the)\b/g;
  const party = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(SUFFIX, " ")
      .replace(/\s+/g, "");
  const same = (a: string, b: string) => {
    const x = party(a);
    const y = party(b);
    return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
  };
  it("types, parties and terms reach the issue's bar on the labelled filings", () => {
    let typeOk = 0;
    let n = 0;
    let partyHit = 0;
    let partyAll = 0;
    let termHit = 0;
    let termAll = 0;
    for (const g of goldLabels().filter((x) => Array.isArray(x.agreements))) {
      const line = toContractLine(g.fixture, parseFiling(fixture(g.fixture)));
      const predicted = [
        ...(line.agreements as {
          type: string;
          parties: { name: string }[];
          terms: { kind: string; amount: number | null }[];
        }[]),
      ];
      for (const ga of g.agreements as {
        type: string;
        parties: { name: string }[];
        terms: { kind: string; amount: number | null }[];
      }[]) {
        const shared = (pa: (typeof predicted)[0]) =>
          ga.parties.filter((x) => pa.parties.some((y) => same(x.name, y.name))).length;
        predicted.sort((a, b) => shared(b) - shared(a));
        const pa = predicted.length && shared(predicted[0]) > 0 ? predicted.shift() : undefined;
        n++;
        if (pa?.type === ga.type) typeOk++;
        partyAll += ga.parties.length;
        partyHit += ga.parties.filter((x) => pa?.parties.some((y) => same(x.name, y.name))).length;
        const key = (t: { kind: string; amount: number | null }) => `${t.kind}:${t.amount ?? "-"}`;
        const got = new Set((pa?.terms ?? []).map(key));
        const want = new Set(ga.terms.map(key));
        termAll += want.size;
        for (const w of want) if (got.has(w)) termHit++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(20);
    expect(typeOk / n).toBeGreaterThanOrEqual(0.95);
    expect(partyHit / partyAll).toBeGreaterThanOrEqual(0.75);
    expect(termHit / termAll).toBeGreaterThanOrEqual(0.65);
  });
});

describe("the product a license names", () => {
  const product = (s: string) => PRODUCT.exec(s)?.[1] ?? null;
  it("takes codes and drug names by their naming stems, not English words that end like one", () => {
    expect(product("an exclusive license to huC242-DM1 in the territory")).toBe("huC242-DM1");
    expect(product("rights to develop zilebesiran worldwide")).toBe("zilebesiran");
    expect(product("a license to nusinersen and to etanercept")).toBe("nusinersen");
    expect(product("royalties on semaglutide sales")).toBe("semaglutide");
    expect(product("a license to a veteran team's nucleotide thermostat intercept")).toBeNull();
    // A one-digit code is a product; a disease, a form or a rule with a number is not.
    expect(product("an exclusive license to ACM-7 in Japan")).toBe("ACM-7");
    expect(product("a license for vaccines against COVID-19 under FORM-8 and SFAS-133")).toBeNull();
    expect(product("a study of an anti-PD-L1 inhibitor")).toBeNull();
  });
});

describe("an agreement's terms", () => {
  const term = (kind: "other" | "total_value" | "upfront", amount: number | null) => ({
    kind,
    amount,
    currency: amount === null ? null : "USD",
    qualifier: null,
    per: null,
    span: null,
  });

  it("leave out the amount a facility was increased from", () => {
    const r = parseFiling(
      textFiling(
        "June 27, 2025",
        "Item 2.03 Creation of a Direct Financial Obligation\n\n" +
          "On June 27, 2025, the Company entered into an amendment to its Revolving Credit Agreement with U.S. Bank National Association, " +
          "under which the commitments under the revolving credit facility increased from $150.0 million to $215.0 million.\n",
      ),
    );
    expect(r.agreements.map((a) => a.terms.map((t) => [t.kind, t.amount]))).toEqual([
      [["loan", 215_000_000]],
    ]);
  });

  it("take an amount told again once, by the kind its words give", () => {
    const terms: ReturnType<typeof term>[] = [];
    addTerm(terms, term("total_value", 21e9));
    addTerm(terms, term("other", 21e9));
    addTerm(terms, term("other", 5e6));
    addTerm(terms, term("upfront", 5e6));
    addTerm(terms, term("upfront", 1e6));
    expect(terms.map((t) => [t.kind, t.amount])).toEqual([
      ["total_value", 21e9],
      ["upfront", 5e6],
      ["upfront", 1e6],
    ]);
  });

  it("keep two kinds of one amount when the words say both", () => {
    const terms: ReturnType<typeof term>[] = [];
    addTerm(terms, term("total_value", 5e6));
    addTerm(terms, term("upfront", 5e6));
    expect(terms).toHaveLength(2);
  });
});

describe("deals in the common words of 8-Ks", () => {
  const deal = (text: string, registrant = "ACME CORP.") =>
    parseFiling(textFiling("March 26, 2024", `${registrantLines(registrant)}${ITEM_1_01}${text}\n`))
      .agreements;
  const terms = (a: { terms: { kind: string; amount: number | null }[] }) =>
    a.terms.map((t) => [t.kind, t.amount]);

  it("an asset purchase: a buyer and a seller, what is sold, and the registrant selling", () => {
    const [bought] = deal(
      "On November 24, 2023, Acme Corp. issued a press release announcing that it had entered into an asset " +
        "purchase agreement to acquire substantially all of the assets of Beta Systems, Inc. for $22 million in cash.",
    );
    expect(bought.type).toBe("asset_purchase");
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Beta Systems, Inc.", "seller"],
    ]);
    expect(bought.subject).toBe("substantially all of the assets of Beta Systems, Inc.");
    const sold = deal(
      "On August 12, 2005, Acme Corp. entered into an agreement to sell 84 company-owned restaurants to a new " +
        "franchise group, Omega Acquisition Corporation. The material terms of the agreement are as follows: the " +
        "price is $12.0 million, including $1.0 million for prepaid royalties, assuming the exercise of the " +
        "purchaser's option to acquire real estate.",
    );
    expect(sold.map((a) => a.type)).toEqual(["asset_purchase"]);
    expect(sold[0].parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Acquisition Corporation", "buyer"],
    ]);
    expect(sold[0].subject).toBe("84 company-owned restaurants");
    expect(sold[0].terms.map((t) => t.kind)).not.toContain("royalties");
  });

  it("a stock purchase agreement: the shares it sells and what they cost in all, not a share", () => {
    const [a] = deal(
      "On July 9, 2021, Acme Corp. (the “Company”) entered into a Common Stock Purchase Agreement with Omega " +
        "Pharma Inc., pursuant to which the Company agreed to sell 1,250,000 shares of common stock to Omega " +
        "at a purchase price of $16.00 per share, for gross proceeds of $20.0 million.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Pharma Inc.", "buyer"],
    ]);
    expect(a.subject).toBe("1,250,000 shares of common stock");
    expect(terms(a)).toEqual([["equity_purchase", 20_000_000]]);
  });

  it("a license the registrant is granted, paid by a signing fee before its milestones", () => {
    const [a] = deal(
      "On April 4, 2005, the Registrant entered into a license agreement with Beta University. Under the " +
        "agreement, Beta University has granted the Registrant an exclusive license to patents on its compound " +
        "BX-100. The Registrant paid Beta University a $25,000 signing fee and agreed to make milestone payments " +
        "of up to $2,150,000.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "licensee"],
      ["Beta University", "licensor"],
    ]);
    expect(terms(a)).toEqual([
      ["upfront", 25_000],
      ["milestones", 2_150_000],
    ]);
  });

  it("an officer's salary raised: the new amount, not the old", () => {
    const [a] = deal(
      "On October 16, 2018, the Company and Mr. Richard Palmer entered into a new Executive Employment " +
        "Agreement. Under the Employment Agreement, Mr. Palmer's annual base salary was increased from $250,000 " +
        "per year to $300,000 per year.",
    );
    expect(a.type).toBe("employment");
    expect(terms(a)).toEqual([["other", 300_000]]);
  });

  it("a party's owner is no party: 'a division of', 'an affiliate of ... firm'", () => {
    const [a] = deal(
      "On September 5, 2023, the Company entered into a Loan and Security Agreement with Valley Bank, a division " +
        "of First Citizens Bank & Trust Company, providing for a four-year term loan facility of $50 million.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Valley Bank", "lender"],
    ]);
  });

  it("a merger under which the registrant's stock 'will be acquired': the registrant is the target", () => {
    const [a] = deal(
      "On May 10, 2001, the Board of Directors of the Company approved an Agreement and Plan of Merger between the " +
        "Company and Newco Holdings, Inc., under which all of the outstanding common stock of the Company will be " +
        "acquired for $11.55 per share in cash.",
    );
    expect(a.type).toBe("merger");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Newco Holdings, Inc.", "acquirer"],
    ]);
  });

  it("an agreement Item 1.02 says was terminated is not entered into", () => {
    const filing = textFiling(
      "June 29, 2018",
      `${registrantLines("ACME CORP.")}${ITEM_1_01}On June 29, 2018, the Company entered into a Loan Agreement with ` +
        "First Bank, N.A. providing for a $250,000 line of credit.\n\nItem 1.02 Termination of a Material Definitive " +
        "Agreement\n\nOn June 29, 2018, the Company terminated its Inventory Advance Agreement, dated as of December " +
        "29, 2016, with Beta Business Services, Inc.\n",
    );
    const r = parseFiling(filing);
    expect(r.items.map((i) => i.number)).toEqual(["1.01", "1.02"]);
    expect(r.agreements.map((a) => a.parties.map((p) => p.name))).toEqual([
      ["ACME CORP.", "First Bank, N.A."],
    ]);
  });

  it("agreements to settle, and a cross-license with a company named before by its short name", () => {
    const found = deal(
      "On June 13, 2004, Acme Corp. and Beta Devices Corporation entered into agreements to settle all " +
        "outstanding patent and antitrust litigation between the two companies. Beta Devices will make a one-time " +
        "payment to Acme of $22.5 million.\n\nAdditionally, Beta Devices and Acme have entered into a separate " +
        "patent cross-license agreement.",
    );
    expect(found.map((a) => [a.type, a.subject, a.parties.map((p) => [p.name, p.role]), terms(a)])).toEqual([
      [
        "settlement",
        "all outstanding patent and antitrust litigation",
        [
          ["ACME CORP.", "party"],
          ["Beta Devices Corporation", "party"],
        ],
        [["other", 22_500_000]],
      ],
      [
        "license",
        null,
        [
          ["ACME CORP.", "party"],
          ["Beta Devices Corporation", "party"],
        ],
        [],
      ],
    ]);
  });

  it("an exclusive license signed with no 'agreement' named, licensed to the registrant", () => {
    const [a] = deal(
      "On March 23, 1998, the Company signed a worldwide exclusive license for a series of compounds. These " +
        "technologies are licensed to the Company from Keystone State University.",
    );
    expect(a.type).toBe("license");
    expect(a.exclusive).toBe(true);
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "licensee"],
      ["Keystone State University", "licensor"],
    ]);
  });

  it("all of the assets acquired through a subsidiary, with no agreement named", () => {
    const [a] = deal(
      "On March 16, 2000 Acme Corp., through its wholly-owned subsidiary, Acme Sensors, Inc., acquired all of the " +
        "assets of Gauge Works, Inc., a California corporation. The cash purchase price of $9.3 million was paid " +
        "at closing.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Acme Sensors, Inc.", "buyer"],
      ["Gauge Works, Inc.", "seller"],
    ]);
    expect(terms(a)).toEqual([["purchase_price", 9_300_000]]);
  });

  it("a syndicated credit agreement: the agent lends, arrangers and syndication agents do not", () => {
    const [a] = deal(
      "The Company entered into an Amended and Restated Credit Agreement, dated as of March 26, 2024, among " +
        "the Company, as borrower, Bank of America, N.A., as administrative agent, swing line lender and a lender, " +
        "Chase Bank, N.A. and Mitsui Banking Corporation, as syndication agents, and BofA Securities, Inc., as " +
        "joint lead arranger. The Credit Agreement provides for a term loan facility of $200,000,000, and a " +
        "revolving credit facility under which the Company may borrow and obtain letters of credit up to " +
        "$1,200,000,000.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Bank of America, N.A.", "lender"],
    ]);
    expect(terms(a)).toEqual([
      ["loan", 200_000_000],
      ["loan", 1_200_000_000],
    ]);
  });

  it("a license of the registrant's named product, its payments told without amounts", () => {
    const [a] = deal(
      "On November 12, 1998, Acme Corp. entered into a License Agreement with Omega Laboratories with respect to " +
        "the Company's NYOTRAN product. Omega agreed to make an up-front payment to the Company. Omega has also " +
        "agreed to make subsequent milestone payments as specified regulatory goals are achieved. Omega will also " +
        "pay the Company royalties on all product sales.",
    );
    expect(a.subject).toBe("NYOTRAN");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "licensor"],
      ["Omega Laboratories", "licensee"],
    ]);
    expect(terms(a)).toEqual(
      expect.arrayContaining([
        ["upfront", null],
        ["milestones", null],
        ["royalties", null],
      ]),
    );
    expect(a.terms).toHaveLength(3);
  });

  it("the registrant's subsidiary named after it takes its side", () => {
    const [a] = deal(
      "On September 30, 2022, Acme Corp. and its wholly owned subsidiary Acme Operating, Inc. entered into a " +
        "Collaboration and License Agreement with Omega International GmbH for the antibody ACM-413.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "licensor"],
      ["Acme Operating, Inc.", "licensor"],
      ["Omega International GmbH", "licensee"],
    ]);
  });

  it("what is paid for a company or its assets is their price; 'to merge with' is a merger", () => {
    const [m] = deal(
      "On February 9, 2005, Acme Corp. entered into an Agreement and Plan of Merger with Proxima Labs, Inc., " +
        "under which Acme will make an initial payment of approximately $160 million in cash.",
    );
    expect(terms(m)).toEqual([["purchase_price", 160_000_000]]);
    const [a] = deal(
      "On November 24, 2003, Acme Corp. entered into an asset purchase agreement to acquire substantially all " +
        "of the assets of Beta Systems, Inc. The transaction is valued at approximately $22 million in cash.",
    );
    expect(terms(a)).toEqual([["purchase_price", 22_000_000]]);
    const [u] = deal(
      "On November 4, 1999, the Company signed a definitive agreement for its network business unit to merge " +
        "with Garrett Networks, Inc.",
    );
    expect(u.type).toBe("merger");
  });

  it("two agreements entered into in one breath are two", () => {
    const found = deal(
      "On November 6, 2006, we entered into a separation agreement and a consulting agreement with Jane Q. " +
        "Public. Under the terms of the consulting agreement, Ms. Public agreed to provide transitional consulting " +
        "services to us for six months, for $20,833.33 per month.",
    );
    expect(found.map((a) => [a.type, a.name, a.date, a.parties.map((p) => p.name)])).toEqual([
      ["employment", "separation agreement", "2006-11-06", ["ACME CORP.", "Jane Q. Public"]],
      ["other", "consulting agreement", "2006-11-06", ["ACME CORP.", "Jane Q. Public"]],
    ]);
  });

  it("a collaboration or a binding term sheet entered into with no 'agreement' named", () => {
    const [c] = deal(
      "On December 23, 1996, Acme Corp. and Omega Institutes, Inc. entered into a collaboration to develop " +
        "treatments for Alzheimer's disease. Omega will make a $1.25 million equity investment in Acme.",
    );
    expect([c.type, c.parties.map((p) => p.name)]).toEqual([
      "collaboration",
      ["ACME CORP.", "Omega Institutes, Inc."],
    ]);
    const [t] = deal(
      "On December 19, 2025, the Company and the plaintiffs in the consolidated action have accepted a mediator's " +
        "recommendation, reflected in a binding term sheet pursuant to which the Company will pay the plaintiffs " +
        "$31.25 million to achieve a complete settlement of all claims.",
    );
    expect([t.type, terms(t)]).toEqual(["settlement", [["other", 31_250_000]]]);
  });

  it("change of control agreements are officers' agreements, one an officer", () => {
    const found = deal(
      "Christopher Calhoun, our CEO, and Marc Hedrick, our President, were awarded bonuses. On March 26, 2024, " +
        "the Company entered into individual change of control agreements (the \u201cAgreements\u201d) with Mr. " +
        "Calhoun and Dr. Hedrick. On the same day, the Company entered into an amended and restated change of " +
        "control agreement with James C. Winn, President of Acme Mortgage Corporation.",
    );
    expect(found.map((a) => [a.type, a.subject, a.parties.map((p) => [p.name, p.role])])).toEqual([
      [
        "employment",
        "change of control agreement",
        [
          ["ACME CORP.", "employer"],
          ["Christopher Calhoun", "employee"],
        ],
      ],
      [
        "employment",
        "change of control agreement",
        [
          ["ACME CORP.", "employer"],
          ["Marc Hedrick", "employee"],
        ],
      ],
      [
        "employment",
        "amended and restated change of control agreement",
        [
          ["ACME CORP.", "employer"],
          ["James C. Winn", "employee"],
        ],
      ],
    ]);
  });

  it("companies and assets bought or sold with no agreement named, and who sold them", () => {
    const roles = (a: { parties: { name: string; role: string }[] }) =>
      a.parties.map((p) => [p.name, p.role]);
    const [stock] = deal(
      "On March 6, 1998, Acme Corp. purchased all of the outstanding capital stock of Beta Pipe, Inc., a Texas " +
        "corporation, from Gamma Family Partnership, Ltd. The Company paid a purchase price of $40,148,220 in cash.",
    );
    expect([stock.type, roles(stock), terms(stock)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Beta Pipe, Inc.", "target"],
        ["Gamma Family Partnership, Ltd.", "seller"],
      ],
      [["purchase_price", 40_148_220]],
    ]);
    const [sold] = deal(
      "Effective May 24, 1999, Acme Plastics Corporation, a wholly owned subsidiary of Acme Corp., sold the " +
        "assets of its packaging operation to Omega Plastics, Inc. for $28.7 million cash.",
    );
    expect([sold.type, roles(sold).slice(1), terms(sold)]).toEqual([
      "asset_purchase",
      [
        ["Acme Plastics Corporation", "seller"],
        ["Omega Plastics, Inc.", "buyer"],
      ],
      [["purchase_price", 28_700_000]],
    ]);
    const [disposed] = deal(
      "Effective as of September 5, 1996, Acme Corp. disposed of substantially all of the assets of its " +
        "wholly-owned subsidiary, Delta Vehicles Inc.",
    );
    expect([disposed.type, roles(disposed)]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "seller"],
        ["Delta Vehicles Inc.", "seller"],
      ],
    ]);
    const [bought] = deal(
      "On November 1, 1996, Acme Corp. completed the purchase of substantially all the assets of Sigma " +
        "Products, Inc.",
    );
    expect([bought.type, roles(bought)]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "buyer"],
        ["Sigma Products, Inc.", "seller"],
      ],
    ]);
  });

  it("the registrant sells when its assets are sold, it is paid, or 'in which it sold'", () => {
    const sellers = (text: string) => deal(text).map((a) => [a.type, a.parties[0].role]);
    expect(
      sellers(
        "On January 24, 2002 Acme Corp. entered into an Asset Purchase Agreement with Omega Systems, Inc. for " +
          "the sale of substantially all of Registrant's assets.",
      ),
    ).toEqual([["asset_purchase", "seller"]]);
    expect(
      sellers(
        "On July 1, 2021, Acme Corp. signed an Asset Purchase Agreement with Omega Labs, Inc. Omega Labs will " +
          "acquire all existing intellectual property rights related to the Analyzer. As consideration, Omega " +
          "Labs agreed to pay the Company $466,001.",
      ),
    ).toEqual([["asset_purchase", "seller"]]);
    expect(
      sellers(
        "On March 25, 2024, Acme Corp. completed a transaction in which it sold Omega Cascade, Inc. the assets " +
          "related to its test equipment business pursuant to an Asset Purchase Agreement dated March 25, 2024.",
      ),
    ).toEqual([["asset_purchase", "seller"]]);
  });

  it("a stock purchase agreement for all of a company's stock buys the company; its own merger sub makes the registrant the buyer", () => {
    const [a] = deal(
      "On July 9, 2001, Acme Corp. announced the signing of a Stock Purchase Agreement by and among Acme, Beta " +
        "Plastics, Incorporated and the shareholders of Beta. Under the Stock Purchase Agreement, Acme agrees to " +
        "purchase all of the issued and outstanding stock of Beta from its shareholders for $6,524,000.",
    );
    expect([a.type, terms(a)]).toEqual(["merger", [["purchase_price", 6_524_000]]]);
    const [m] = deal(
      "On April 16, 1999, Acme Corp. entered into an Agreement and Plan of Merger among the Company, Omega " +
        "Corporation, Beta Graphics Systems, Inc., a wholly owned subsidiary of Omega, and Beta Acquisition, Inc., " +
        "a wholly-owned subsidiary of the Company, pursuant to which Beta Acquisition, Inc. was merged with and " +
        "into Beta Graphics Systems, Inc.",
    );
    expect(m.parties.find((p) => p.name === "ACME CORP.")?.role).toBe("acquirer");
    expect(m.parties.find((p) => p.name === "Beta Graphics Systems, Inc.")?.role).toBe("target");
  });

  it("a loan told with no agreement named: its lender and its size, not its payments", () => {
    const loan = (text: string) => {
      const [a] = deal(text);
      return [a?.type, a?.parties.map((p) => [p.name, p.role]), a && terms(a)];
    };
    expect(
      loan(
        "On October 18, 2002 Acme Corp. entered into a three year $325 million senior secured credit facility " +
          "with a syndicate of banks led by Omega National Bank. The Credit Facility is comprised of a $255 " +
          "million revolving credit facility and a $70 million term loan.",
      ),
    ).toEqual([
      "credit",
      [
        ["ACME CORP.", "borrower"],
        ["Omega National Bank", "lender"],
      ],
      [
        ["loan", 325_000_000],
        ["loan", 255_000_000],
        ["loan", 70_000_000],
      ],
    ]);
    expect(
      loan(
        "On November 19, 1998, the Registrant obtained funding under a line of credit with Omega Business " +
          "Capital, Inc. providing for borrowings up to $1,650,000.",
      ),
    ).toEqual([
      "credit",
      [
        ["ACME CORP.", "borrower"],
        ["Omega Business Capital, Inc.", "lender"],
      ],
      [["loan", 1_650_000]],
    ]);
    expect(
      loan(
        "On June 14, 2002, the Company's senior debt facilities were refinanced with the Company's primary " +
          "lender to provide for a term loan of $15.5 million, and a line of credit of $32 million. The Company " +
          "may have outstanding letters of credit ($1,025,000 at June 14, 2002) under the facility. Principal " +
          "payments on the term loan of $184,500, plus interest, are due each month.",
      ),
    ).toEqual([
      "credit",
      [["ACME CORP.", "borrower"]],
      [
        ["loan", 15_500_000],
        ["loan", 32_000_000],
      ],
    ]);
  });

  it("officers listed after 'the following', one agreement each", () => {
    const found = deal(
      "On November 18, 2024, the Company entered into Amended and Restated Employment Agreements with the " +
        "following named executive officers: Victor J. Coleman, Mark T. Lammas and Harout Diramerian.",
    );
    expect(found.map((a) => a.parties[1]?.name)).toEqual([
      "Victor J. Coleman",
      "Mark T. Lammas",
      "Harout Diramerian",
    ]);
  });

  it("two agreements 'to settle', each with its own company; the registrant by its name without 'Inc.'", () => {
    const found = deal(
      "Network Six, Inc. announced today that it has signed an agreement with the State of Hawaii to settle its " +
        "long-standing litigation related to a child support system. Network Six also announced that it has " +
        "signed an agreement with Complete Business Solutions, Inc. to settle its litigation related to the " +
        "same project.",
      "NETWORK SIX, INC.",
    );
    expect(found.map((a) => [a.type, a.parties.map((p) => p.name)])).toEqual([
      ["settlement", ["NETWORK SIX, INC.", "State of Hawaii"]],
      ["settlement", ["NETWORK SIX, INC.", "Complete Business Solutions, Inc."]],
    ]);
  });

  it("a supply agreement's buyer: the registrant required to purchase, the other to manufacture", () => {
    const [a] = deal(
      "On May 10, 2019, Acme Corp. entered into a Commercial Supply Agreement, pursuant to which Omega Rx, Inc. " +
        "agreed to manufacture commercial supply of AR101. Omega Rx will manufacture AR101 in quantities to meet " +
        "the Company's projected supply requirements. Under the Commercial Supply Agreement, Acme is required to " +
        "purchase a minimum percentage of its AR101 commercial supply requirements.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Rx, Inc.", "seller"],
    ]);
  });

  it("a distribution agreement supplies the distributor; a co-promotion licenses the right to promote", () => {
    const roles = (text: string) => deal(text).map((a) => [a.type, a.parties.map((p) => [p.name, p.role])]);
    expect(
      roles(
        "On November 1, 2007, Acme Corp. entered into a Distribution Agreement with Omega Medical S.r.l. " +
          "Pursuant to the agreement, Omega will act as the exclusive distributor in Italy of Acme's devices.",
      ),
    ).toEqual([
      [
        "supply",
        [
          ["ACME CORP.", "seller"],
          ["Omega Medical S.r.l.", "buyer"],
        ],
      ],
    ]);
    expect(
      roles(
        "On May 2, 2024, Acme Corp. entered into a Distribution Agreement with Omega Devices, Inc., under which " +
          "Acme will become the exclusive distributor of Omega's devices in Canada.",
      ),
    ).toEqual([
      [
        "supply",
        [
          ["ACME CORP.", "buyer"],
          ["Omega Devices, Inc.", "seller"],
        ],
      ],
    ]);
    expect(
      deal(
        "On August 12, 2013, Acme Pharmaceuticals (the \u201cCompany\u201d) entered into a co-promotion agreement " +
          "(the \u201cAgreement\u201d) with Omega Sharp & Dohme Corp. (\u201cOmega\u201d). Under the terms of the Agreement, " +
          "the Company is granted the right to promote JANUVIA in the United States.",
        "ACME PHARMACEUTICALS, INC.",
      ).map((a) => [a.type, a.parties.map((p) => [p.name, p.role])]),
    ).toEqual([
      [
        "license",
        [
          ["ACME PHARMACEUTICALS, INC.", "licensee"],
          ["Omega Sharp & Dohme Corp.", "licensor"],
        ],
      ],
    ]);
  });

  it("a license taken: the registrant 'received' it, is given access, or the other is paid for it", () => {
    const licensee = (text: string) =>
      deal(text).map((a) => [a.type, a.parties.map((p) => [p.name, p.role])]);
    const acmeTakes = (other: string) => [
      [
        "license",
        [
          ["ACME CORP.", "licensee"],
          [other, "licensor"],
        ],
      ],
    ];
    expect(
      licensee(
        "On November 6, 2008, Acme Corp. and Omega International Limited entered into a Development and License " +
          "Agreement under which Acme received an exclusive worldwide license to Omega's compound BGC 945.",
      ),
    ).toEqual(acmeTakes("Omega International Limited"));
    expect(
      licensee(
        "On November 6, 2008, Acme Corp. entered into a License Agreement with Omega Research Limited. Omega " +
          "will receive a $13 million upfront payment and royalties on future product sales.",
      ),
    ).toEqual(acmeTakes("Omega Research Limited"));
    expect(
      licensee(
        "On February 2, 2006, Acme Corp. entered into a License Agreement with IBt, SA, a Belgium company. The " +
          "Agreement provides Acme with access to IBt's proprietary production process.",
      ),
    ).toEqual(acmeTakes("IBt, SA"));
  });

  it("a license's initial fee is upfront; royalties 'ranging from $100,000 to $200,000' have no one amount", () => {
    const [a] = deal(
      "On February 2, 2024, Acme Corp. entered into a License Agreement with Omega Labs, Inc., and paid an " +
        "initial $50,000 license fee. Minimum quarterly royalties under the Agreement range from $100,000 to " +
        "$200,000.",
    );
    expect(terms(a)).toEqual([
      ["upfront", 50_000],
      ["royalties", null],
    ]);
  });

  it("who sells a company: its owner, or the holders it is bought 'from'; what was paid is its price", () => {
    const [m] = deal(
      "On April 16, 1999, Acme Corp. (the \u201cCompany\u201d) entered into and consummated an Agreement and Plan of " +
        "Merger among the Company, Omega Corporation (\u201cOmega\u201d), Beta Graphics Systems, Inc., a Delaware " +
        "corporation and wholly owned subsidiary of Omega (\u201cBeta\u201d), and Beta Acquisition, Inc., a wholly-owned " +
        "subsidiary of the Company. Under the terms of the Agreement, the Company paid $12.15 million for the " +
        "purchase.",
    );
    expect(m.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Omega Corporation", "seller"],
      ["Beta Graphics Systems, Inc.", "target"],
      ["Beta Acquisition, Inc.", "party"],
    ]);
    expect(terms(m)).toEqual([["purchase_price", 12_150_000]]);
    const [far] = deal(
      "On March 6, 1998, Acme Corp. purchased all of the outstanding capital stock of Beta Pipe, Inc., a Texas " +
        "corporation (\u201cBeta\u201d) and Gamma Tube Corporation, a Texas corporation (\u201cGamma\u201d) (Beta and Gamma " +
        "are referred to herein together as the \u201cTube Companies\u201d), from Delta Family Partnership, Ltd.",
    );
    expect(far.parties.find((p) => p.name === "Delta Family Partnership, Ltd.")?.role).toBe("seller");
  });

  it("a merger agreement's 'Company' is bought by its 'Parent'; shares bought 'from the Company' are sold by it", () => {
    const [m] = deal(
      "On May 9, 2007, Acme Corp., a Delaware corporation (the \u201cCompany\u201d), Omega Acquisition Corp. (the " +
        "\u201cAcquisition Corp\u201d), and Omega Holdings LLC (the \u201cParent\u201d) entered into an Amended and Restated " +
        "Agreement and Plan of Merger.",
    );
    expect(m.parties.find((p) => p.name === "ACME CORP.")?.role).toBe("target");
    const [s] = deal(
      "On February 8, 2009, Acme Corp. (the \u201cCompany\u201d) entered into a Stock Purchase Agreement with Douglas " +
        "R. Lebda, the Company's Chairman. Pursuant to the Stock Purchase Agreement, Mr. Lebda will purchase 935,000 " +
        "shares of common stock from the Company for an aggregate purchase price of $3,655,850.",
    );
    expect(s.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Douglas R. Lebda", "buyer"],
    ]);
  });

  it("a license's 'total monetary consideration' is its value", () => {
    const [a] = deal(
      "On November 24, 2008, Acme Corp. entered into a License Agreement with Omega Health, Inc. to license " +
        "certain intellectual property rights. Total monetary consideration for the License Agreement is $4,900,000.",
    );
    expect(terms(a)).toEqual([["total_value", 4_900_000]]);
  });

  it("roles a deal defines ('the “Seller”'), a company bought by its units or common stock, a merger into another's sub", () => {
    const roles = (a: { parties: { name: string; role: string }[] }) =>
      a.parties.map((p) => [p.name, p.role]);
    const [units] = deal(
      "On June 13, 2023, the Company (the \u201cBuyer\u201d) and Omega Services, LLC (the \u201cSeller\u201d) entered into " +
        "a Membership Interest Purchase Agreement for the purchase of all 2,500,000 issued and outstanding " +
        "Membership Units (the \u201cUnits\u201d) of Beta Tango, LLC, a Delaware limited liability company.",
    );
    expect([units.type, roles(units)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Omega Services, LLC", "seller"],
        ["Beta Tango, LLC", "target"],
      ],
    ]);
    const [common] = deal(
      "On September 8, 1997 Registrant acquired all of the outstanding common stock of Beta Media, Inc., a " +
        "Delaware corporation, from Omega, Inc., a Delaware corporation.",
    );
    expect([common.type, roles(common)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Beta Media, Inc.", "target"],
        ["Omega, Inc.", "seller"],
      ],
    ]);
    const [into] = deal(
      "On October 20, 1997, Omega Corporation (\u201cOmega\u201d) and Acme Corp. (\u201cAcme\u201d) entered into an " +
        "agreement and plan of merger, pursuant to which Acme will be merged with a wholly-owned subsidiary of Omega.",
    );
    expect(roles(into)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Corporation", "acquirer"],
    ]);
    const [business] = deal(
      "On May 2, 2000, Acme completed the acquisition of the Medicated Feed Additive Business of Roche for a cash " +
        "payment of approximately $258 million.",
    );
    expect(business.type).toBe("asset_purchase");
  });

  it("what a company or business cost, however told; what it earned and the loan a facility replaces are no terms", () => {
    const [mipa] = deal(
      "On May 31, 2019, Acme Corp. entered into a Membership Interest Purchase Agreement with Beta UX, LLC " +
        "whereby the Company purchased from the Members all of the issued and outstanding membership interests of " +
        "Beta UX, LLC for the aggregate purchase price of Three Million Five Hundred Thousand ($3,500,000).",
    );
    expect(terms(mipa)).toEqual([["purchase_price", 3_500_000]]);
    const [mfa] = deal(
      "On May 2, 2000, Acme Corp. completed the acquisition of the Medicated Feed Additive Business of Roche for " +
        "a cash payment of approximately $258 million and issuance of a $30 million promissory note to Roche.",
    );
    expect(terms(mfa)).toEqual([
      ["purchase_price", 258_000_000],
      ["purchase_price", 30_000_000],
    ]);
    const [colwell] = deal(
      "Pursuant to an Asset Purchase Agreement dated as of March 12, 2024, Acme Corp. has agreed to purchase " +
        "from Omega Corporation substantially all of the assets of its Colwell division for a purchase price of " +
        "$60,000,000. Colwell had 2023 sales of approximately $55,000,000.",
    );
    expect(terms(colwell)).toEqual([["purchase_price", 60_000_000]]);
    const [bank] = deal(
      "On March 5, 2024, Acme Corp. announced that it has entered into a $170 million Bank Credit Agreement which " +
        "will be used to refinance its existing $100 million Bank Credit Facility.",
    );
    expect(terms(bank)).toEqual([["loan", 170_000_000]]);
  });

  it("investors who bought the registrant's shares: a sale by it, for its gross proceeds", () => {
    const [a] = deal(
      "On July 7, 2000, the Registrant entered into a Purchase Agreement with a group of investors led by Omega " +
        "Wind Fund, Ltd. (the \u201cInvestors\u201d). Under the Agreement, the Investors purchased 2,925,458 shares of " +
        "the Registrant's common stock for approximately $2.22 per share. The transaction was a private placement " +
        "with gross proceeds to the Registrant of $6.5 million.",
    );
    expect([a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      [
        ["ACME CORP.", "seller"],
        ["Omega Wind Fund, Ltd.", "buyer"],
      ],
      [["equity_purchase", 6_500_000]],
    ]);
  });

  it("deals opened by 'closed', 'announced the signing of', 'completed the merger of', or assets acquired through subsidiaries", () => {
    const types = (text: string, registrant?: string) => deal(text, registrant).map((a) => a.type);
    expect(
      types(
        "On September 29, 2014, Acme Corp. closed a transaction whereby the Company sold its equipment business " +
          "pursuant to an Asset Purchase Agreement with Omega Holdings, Inc.",
      ),
    ).toEqual(["asset_purchase"]);
    const [m] = deal(
      "On September 16, 1996 Omega Bancorp (Omega) and Acme Corp. announced the signing of a definitive agreement " +
        "under which Omega, a $4.2 billion-asset Maryland-based bank holding company, will merge with Acme. Based on " +
        "Acme's $61.375 per common share closing sale price, the transaction is valued at approximately $774 " +
        "million, or $51.25 per Omega share.",
    );
    expect([m.type, terms(m)]).toEqual([
      "merger",
      [
        ["total_value", 774_000_000],
        ["purchase_price", 51.25],
      ],
    ]);
    expect(
      types(
        "On July 13, 1999, stockholders of Acme Corp. and Omega Broadcasting Corporation voted to approve the " +
          "merger of the two companies. The merger was completed on the same day.",
      ),
    ).toEqual(["merger"]);
    expect(
      types(
        "On January 14, 1999, Acme Corp. acquired, through certain of its subsidiaries substantially all of the " +
          "assets of radio stations WJDM-1530 (AM) from Omega Broadcasting Corporation.",
      ),
    ).toEqual(["asset_purchase"]);
  });

  it("a merger done by the registrant's subsidiary; a license the registrant 'acquired' and 'was required to pay' for", () => {
    const [m] = deal(
      "On December 17, 1997, Acme Corp. (\u201cAcme\u201d) completed its merger with Omega Bank & Trust Company " +
        "(\u201cOBT\u201d), pursuant to an Agreement and Plan of Reorganization dated as of August 18, 1997 by and " +
        "between Acme and OBT. In accordance with the terms of the Merger Agreement, a wholly owned subsidiary of " +
        "Acme merged with and into OBT, which then became a wholly owned subsidiary of Acme.",
    );
    expect(m.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Omega Bank & Trust Company", "target"],
    ]);
    const [l] = deal(
      "Effective June 25, 2013, the Company entered into a Licensing Agreement with Omega Singapore Pte. Ltd. " +
        "pursuant to which the Company acquired the exclusive, worldwide license to use the encapsulation " +
        "technology of Omega.",
    );
    expect(l.parties.map((p) => p.role)).toEqual(["licensee", "licensor"]);
  });

  it("a collaboration that licenses nothing has partners; one that grants a license, a licensor and a licensee", () => {
    const roles = (text: string) => deal(text)[0].parties.map((p) => p.role);
    expect(
      roles(
        "On June 3, 2024, Acme Corp. entered into a Research Collaboration Agreement with Omega Pharma, Inc. to " +
          "discover small molecule compounds that modulate a signaling pathway.",
      ),
    ).toEqual(["party", "party"]);
    expect(
      roles(
        "On June 3, 2024, Acme Corp. entered into a Collaboration Agreement with Omega Pharma, Inc. under which " +
          "Acme granted Omega an exclusive license to develop the compounds.",
      ),
    ).toEqual(["licensor", "licensee"]);
  });

  it("whose holders are paid in a merger is the company bought", () => {
    const target = (text: string) => deal(text)[0].parties.map((p) => [p.name, p.role]);
    expect(
      target(
        "On September 16, 1996 Acme Corp. and Omega Financial Corporation announced the signing of a definitive " +
          "agreement under which Acme will merge with Omega. Under terms of the agreement, shareholders' of Acme " +
          "will receive .835 shares of Omega common stock for each share of Acme stock that they hold.",
      ),
    ).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Financial Corporation", "acquirer"],
    ]);
    // The target's name as the text writes it stays the subject.
    const [named] = deal(
      "On March 1, 2024, Acme Software, Inc. entered into an Agreement and Plan of Merger with Omega Corporation, " +
        "pursuant to which Omega will acquire Acme Software for $5 million in cash.",
      "ACME SOFTWARE, INC.",
    );
    expect([named.parties[0].role, named.subject]).toEqual(["target", "Acme Software"]);
    const [loi] = deal(
      "Acme Corp. announced on August 7, 2003 that it has entered into a letter of intent with Omega Holdings " +
        "Inc., pursuant to which Omega would acquire 100% of the issued and outstanding stock of Acme Corp.",
    );
    expect([loi.type, loi.parties.map((p) => p.role), loi.subject]).toEqual([
      "merger",
      ["target", "acquirer"],
      "ACME CORP.",
    ]);
    expect(
      target(
        "On May 1, 2024, Acme Corp. entered into an Agreement and Plan of Merger with Omega Holdings, Inc. At the " +
          "effective time, each outstanding share of the Company's common stock will be converted into the right to " +
          "receive $40.00 in cash.",
      ),
    ).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Holdings, Inc.", "acquirer"],
    ]);
  });

  it("a payment told later, after other sentences, belongs to the agreement last read", () => {
    const [a] = deal(
      "On February 2, 2006, Acme Corp. entered into a License Agreement with Omega Labs, Inc. Acme intends to " +
        "apply for FDA approval for the use of the technology. The process is used in brachytherapy. The " +
        "Registrant has already paid an initial $50,000 license fee.",
    );
    expect(terms(a)).toEqual([["upfront", 50_000]]);
  });

  it("an officer's salary, not the salary a severance is reckoned from", () => {
    const [a] = deal(
      "On January 2, 2024, the Company entered into an appointment letter with John Q. Smith. Any severance " +
        "payment under his employment agreement shall be calculated off a base salary of $775,000. Under the " +
        "appointment letter, Mr. Smith's salary will be $125,000 per annum.",
    );
    expect(terms(a)).toEqual([["other", 125_000]]);
  });

  it("an officer's agreement ratified by the board; officers listed with their titles", () => {
    const [r] = deal(
      "On June 28, 2006, the Board of Directors ratified a three-year Employment Agreement between Acme Corp. " +
        "and John Q. Smith, dated June 14, 2006, as the new Chief Executive Officer.",
    );
    expect([r.type, r.parties.map((p) => p.name)]).toEqual(["employment", ["ACME CORP.", "John Q. Smith"]]);
    const found = deal(
      "On June 12, 2023, the Company entered into a Senior Executive Retention Letter Agreement with each of Terry " +
        "Rich (Chief Executive Officer) and Dave Lyle (Chief Financial Officer).",
    );
    expect(found.map((a) => a.parties[1]?.name)).toEqual(["Terry Rich", "Dave Lyle"]);
    const three = deal(
      "On June 30, 2008, Acme Corp. entered into employment agreements with each of William Zuo, Shao Jun Xu, " +
        "PhD., and Alan Pritzker, pursuant to which they will serve as officers.",
    );
    expect(three.map((a) => a.parties[1]?.name)).toEqual(["William Zuo", "Shao Jun Xu", "Alan Pritzker"]);
  });

  it("salaries listed 'respectively': each officer's own, whether the list follows in the sentence or the next", () => {
    const people = (found: ReturnType<typeof deal>) =>
      found.map((a) => [a.parties[1]?.name, ...a.terms.map((t) => t.amount)]);
    const titled = deal(
      "On March 1, 2024, Acme Corp. entered into amended and restated employment agreements with Peter Brown, " +
        "its Chief Executive Officer, and Susan White, its Chief Operating Officer. The agreements provide for " +
        "annual base salaries of $600,000 and $425,000, respectively.",
    );
    expect(people(titled)).toEqual([
      ["Peter Brown", 600_000],
      ["Susan White", 425_000],
    ]);
    const untitled = deal(
      "On March 1, 2024, Acme Corp. entered into employment agreements with Peter Brown, Susan White and Mark " +
        "Green, which provide for annual base salaries of $600,000, $425,000 and $390,000, respectively.",
    );
    expect(people(untitled)).toEqual([
      ["Peter Brown", 600_000],
      ["Susan White", 425_000],
      ["Mark Green", 390_000],
    ]);
  });

  it("a joint venture formed with no agreement named: the partners and the venture, what is put in", () => {
    const [jv] = deal(
      "On March 1, 2024, Acme Corp. and Rho Partners LLC formed a joint venture, Acme-Rho Solar LLC, to develop " +
        "solar projects in Arizona. Acme Corp. contributed $15 million in cash for a 60% interest in the joint venture.",
    );
    expect([jv.type, jv.parties.map((p) => p.name), terms(jv)]).toEqual([
      "other",
      ["ACME CORP.", "Rho Partners LLC", "Acme-Rho Solar LLC"],
      [["other", 15_000_000]],
    ]);
    expect(deal("Acme Corp. has explored whether a joint venture would suit its solar business.")).toEqual(
      [],
    );
  });

  it("a bank's branches bought by 'the wholly-owned subsidiary of the Company', on the registrant's side", () => {
    const [a] = deal(
      "On March 1, 2024, Acme Bank, the wholly-owned subsidiary of the Company, entered into a Purchase and " +
        "Assumption Agreement with Pi Savings Bank, pursuant to which Acme Bank will acquire four branch offices " +
        "of Pi Savings Bank and assume approximately $210 million of deposits.",
      "ACME FINANCIAL CORP.",
    );
    expect([a.type, a.subject]).toEqual(["asset_purchase", "four branch offices of Pi Savings Bank"]);
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME FINANCIAL CORP.", "buyer"],
      ["Acme Bank", "buyer"],
      ["Pi Savings Bank", "seller"],
    ]);
  });

  it("companies listed with the registrant as one 'Company' borrow beside it; a list of lenders lends", () => {
    const roles = (text: string) => deal(text)[0].parties.map((p) => [p.name, p.role]);
    expect(
      roles(
        "On March 1, 2024, Acme Corp.; Beta Logistics, LLC; Delta Stores, Inc. and Gamma Finance, Inc. " +
          '(collectively, the "Company") entered into a Credit Agreement with First Bank, N.A. (the "Lender"), ' +
          "providing for a revolving credit facility of $30,000,000.",
      ),
    ).toEqual([
      ["ACME CORP.", "borrower"],
      ["Beta Logistics, LLC", "borrower"],
      ["Delta Stores, Inc.", "borrower"],
      ["Gamma Finance, Inc.", "borrower"],
      ["First Bank, N.A.", "lender"],
    ]);
    expect(
      roles(
        "On March 1, 2024, Acme Corp. entered into a Credit Agreement with First Bank, N.A. and Second Bank, N.A. " +
          '(collectively, the "Lenders"), providing for a revolving credit facility of $30,000,000.',
      ),
    ).toEqual([
      ["ACME CORP.", "borrower"],
      ["First Bank, N.A.", "lender"],
      ["Second Bank, N.A.", "lender"],
    ]);
    // Words of a sentence between a name and the definition: no list of names.
    expect(
      roles(
        "On March 1, 2024, Acme Corp. entered into a Credit Agreement with First Bank, N.A., as agent, and the " +
          'Company and its subsidiaries (collectively, the "Company"), providing for a revolving credit facility.',
      ),
    ).toEqual([
      ["ACME CORP.", "borrower"],
      ["First Bank, N.A.", "lender"],
    ]);
  });

  it("sales told with no agreement named: certain assets of a subsidiary, an interest in properties", () => {
    const [assets] = deal(
      "On May 1, 2024, Acme Corp. sold certain assets of Acme Dental, Inc., a wholly-owned subsidiary of the " +
        "Company, to Beta Implants, Inc., a privately-held corporation. Acme Corp. received cash in the amount " +
        "of $2.5 million at the closing.",
    );
    expect([assets.type, terms(assets)]).toEqual(["asset_purchase", [["purchase_price", 2_500_000]]]);
    expect(assets.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Acme Dental, Inc.", "seller"],
      ["Beta Implants, Inc.", "buyer"],
    ]);
    const [stake] = deal(
      "On February 1, 2024, Acme Corp. completed the sale of a one-half (50%) interest in certain of its oil and " +
        "gas properties to Delta Petroleum Corporation. In consideration of the sale, Acme Corp. received " +
        "approximately $41.2 million in cash from Delta.",
    );
    expect([stake.type, terms(stake), stake.parties.map((p) => p.role)]).toEqual([
      "asset_purchase",
      [["purchase_price", 41_200_000]],
      ["seller", "buyer"],
    ]);
  });

  it("properties bought for a price told before them ('to purchase for approximately $87.6 million producing oil')", () => {
    const [a] = deal(
      'On July 2, 2024, Acme Corp. (the "Company") signed an agreement dated as of June 1, 2024 with Beta Exploration ' +
        'Company, a subsidiary of Beta Inc.  ("Beta"),  to purchase for approximately $87.6 million producing oil ' +
        "and gas properties that will increase the Company's proved reserves.",
    );
    expect([a.type, a.subject, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "asset_purchase",
      "producing oil and gas properties",
      ["buyer", "seller"],
      [["purchase_price", 87_600_000]],
    ]);
  });

  it("a branch sold: the counterparty 'will acquire', the registrant's bank (described, then owned) sells", () => {
    const [a] = deal(
      "On January 10, 2024, Acme Savings Bank (the \u201cBank\u201d), an Ohio-chartered bank headquartered in Lewis " +
        "Center, Ohio, and a wholly-owned subsidiary of Acme Financial Corp (\u201cAFC\u201d), entered into a Branch " +
        "Purchase and Assumption Agreement with Pi National Bank, a national bank headquartered in Hillsboro, " +
        "Ohio (\u201cPi\u201d), pursuant to which Pi will acquire certain assets and assume certain liabilities " +
        "associated with the Bank\u2019s Marysville branch office.",
      "ACME FINANCIAL CORP",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "asset_purchase",
      [
        ["ACME FINANCIAL CORP", "seller"],
        ["Acme Savings Bank", "seller"],
        ["Pi National Bank", "buyer"],
      ],
    ]);
  });

  it("a facility's size, not the facility it replaces nor what was drawn under that", () => {
    const [a] = deal(
      'On January 18, 2024, Acme Corp. (the "Company") closed on an Amended and Restated Credit Agreement (the ' +
        '"Facility") with First Bank, N.A. and Beta Finance, LLC. The $105 million Facility has a term of three ' +
        "years and replaces the Company's previous revolving credit facility which was in the amount of $70 million. " +
        "As of December 30, 2023, the Company had $15.1 million borrowed under this previous facility.",
    );
    expect([a.type, terms(a)]).toEqual(["credit", [["loan", 105_000_000]]]);
  });

  it("healthcare facilities bought are assets, not a credit facility; a deposit is part of their price", () => {
    const [a] = deal(
      "On June 8, 2024, Acme Corp. entered into a Purchase and Sale Agreement with Beta Care LLC and Gamma Care " +
        "LLC (collectively, the \u201cSellers\u201d) with respect to the purchase of 24 healthcare Facilities located " +
        "in Indiana. The purchase price for the Facilities is $102,000,000, payable at the closing. Acme Corp. has " +
        "made a deposit of $4,000,000 under the Purchase Agreement, which will be applied to pay a portion of the " +
        "purchase price at the closing.",
    );
    expect([a.type, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "asset_purchase",
      ["buyer", "seller", "seller"],
      [["purchase_price", 102_000_000]],
    ]);
    const [loan] = deal(
      "On June 8, 2024, Acme Corp. entered into an agreement with First Bank, N.A. to purchase equipment under " +
        "the revolving credit facility of $5,000,000.",
    );
    expect(loan.type).toBe("credit");
  });

  it("shares the registrant 'agreed to sell to the investor' (justified text): it sells, the aggregate is their price", () => {
    const [a] = deal(
      'On  April  3,  2024,  the  Company   executed  a   Subscription   Agreement ("Agreement")  with an  investor which was ' +
        "not affiliated with the Company. " +
        "Pursuant to the Agreement,  the Company agreed to sell to the investor 1,250,000 shares of the Company's  " +
        "common stock for a purchase price of $2.00 per share or an  aggregate  purchase  price of Two Million Five " +
        "Hundred Thousand Dollars ($2,500,000).",
    );
    expect([a.type, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "other",
      ["seller"],
      [["equity_purchase", 2_500_000]],
    ]);
  });

  it("a first-person filing licensed in ('grants us'), told in the amendment's own sentence", () => {
    const [a] = deal(
      "On December 10, 2023, we entered into a third amendment to the license agreement with Biocon Limited, " +
        "dated May 22, 2017, or the Third Amendment. The Third Amendment grants us an exclusive license to develop " +
        "and commercialize itolizumab in Australia and New Zealand.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "license",
      [
        ["ACME CORP.", "licensee"],
        ["Biocon Limited", "licensor"],
      ],
    ]);
  });

  it("an agreement to settle claims about an acquisition is a settlement; an officer last of those who signed", () => {
    const [settled] = deal(
      "On July 6, 2023, Acme Corp. announced that it has reached an agreement with the plaintiffs to settle the " +
        "claims asserted in the shareholder class action lawsuits related to the proposed acquisition of Acme " +
        "Corp. by Beta Holdings S.a.r.l.",
    );
    expect(settled.type).toBe("settlement");
    const [left] = deal(
      "On March 11, 2024, Acme Corp. (the \u201cCompany\u201d), Acme Labs, Inc., a wholly owned subsidiary of the " +
        "Company, and Cameron Durrant entered into a separation agreement and general release.",
    );
    expect([left.type, left.parties.map((p) => [p.name, p.role])]).toEqual([
      "employment",
      [
        ["ACME CORP.", "employer"],
        ["Acme Labs, Inc.", "employer"],
        ["Cameron Durrant", "employee"],
      ],
    ]);
  });

  it("an officer's pay told with no agreement named is an employment agreement with that officer", () => {
    const [a] = deal(
      "Effective September 11, 2024, Tom Norton was named Chief Human Resource Officer of Acme Corp. The " +
        "following is a brief summary of the terms of Mr. Norton's employment: Mr. Norton will receive an annual " +
        "salary of $200,000. His bonus opportunity will be 35% of his salary.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      "employment",
      [
        ["ACME CORP.", "employer"],
        ["Tom Norton", "employee"],
      ],
      [["other", 200_000]],
    ]);
    const [b] = deal(
      "Ms. Lee was appointed Chief Financial Officer. Ms. Lee's annual base salary will be $450,000.",
    );
    expect([b.type, b.parties[1]?.name, terms(b)]).toEqual(["employment", "Lee", [["other", 450_000]]]);
    expect(deal("Mr. Smith will receive a bonus of $50,000 for 2024.")).toEqual([]);
    const named = (text: string) => {
      const [c] = deal(text);
      return [c?.parties.map((p) => [p.name, p.role]), c && terms(c)];
    };
    const smith = [
      ["ACME CORP.", "employer"],
      ["John Smith", "employee"],
    ];
    expect(
      named(
        "On March 1, 2024, the Board appointed John Smith as Chief Financial Officer. John Smith will receive an " +
          "annual base salary of $400,000.",
      ),
    ).toEqual([smith, [["other", 400_000]]]);
    expect(
      named(
        "On March 1, 2024, the Board appointed John Smith as Chief Financial Officer. In connection with his " +
          "appointment, Mr. Smith's annual base salary was increased to $425,000.",
      ),
    ).toEqual([smith, [["other", 425_000]]]);
    // Told of "he": the officer named last before.
    expect(
      named(
        "On March 1, 2024, the Board appointed John Smith as Chief Financial Officer. He will receive an annual " +
          "base salary of $400,000.",
      ),
    ).toEqual([smith, [["other", 400_000]]]);
  });

  it("a divestiture completed, a license granted, a commitment letter received: each opens its agreement", () => {
    const [sold] = deal(
      "On March 1, 2024, Acme Corp. completed the divestiture of its specialty chemicals business to Omega " +
        "Industries, Inc. for approximately $310 million in cash.",
    );
    expect([sold.type, sold.parties.map((p) => p.role), terms(sold)]).toEqual([
      "asset_purchase",
      ["seller", "buyer"],
      [["purchase_price", 310_000_000]],
    ]);
    const [granted] = deal(
      "On March 1, 2024, Acme Corp. granted Tau Therapeutics, Inc. an exclusive, worldwide license to develop and " +
        "commercialize ACM-202. Tau will pay Acme Corp. an upfront fee of $5 million.",
    );
    expect([granted.type, granted.parties.map((p) => p.role), terms(granted)]).toEqual([
      "license",
      ["licensor", "licensee"],
      [["upfront", 5_000_000]],
    ]);
    // A grant told under an agreement already read is that agreement's, not another.
    const one = deal(
      "On March 1, 2024, Acme Corp. entered into a license agreement with Beta Medical Center. Under the " +
        "agreement, Beta Medical Center has granted Acme Corp. an exclusive license to certain patents.",
    );
    expect(one.map((a) => [a.type, a.parties.map((p) => p.role)])).toEqual([
      ["license", ["licensee", "licensor"]],
    ]);
    const [loan] = deal(
      "On March 1, 2024, Acme Corp. received a commitment letter from Lambda Bank for a $20 million term loan.",
    );
    expect([loan.type, loan.parties.map((p) => p.role), terms(loan)]).toEqual([
      "credit",
      ["borrower", "lender"],
      [["loan", 20_000_000]],
    ]);
  });

  it("a price 'payable $10 million in cash and $2.5 million by a promissory note': its parts are no terms", () => {
    const [a] = deal(
      "Effective December 31, 2023, Acme Corp. sold all of the outstanding stock of its wholly-owned subsidiary, " +
        "Delta Services, Inc., to Omega Partners, L.P. for a purchase price of $12.5 million, payable $10 million " +
        "in cash and $2.5 million by a promissory note.",
    );
    expect([a.type, terms(a)]).toEqual(["merger", [["purchase_price", 12_500_000]]]);
  });

  it("a settlement paid with no agreement named; shares of common stock bought from the registrant", () => {
    const [settled] = deal(
      "On March 1, 2024, Acme Corp. agreed to pay $2.5 million to settle the lawsuit brought by Rho Corp. " +
        "alleging breach of contract.",
    );
    expect([settled.type, settled.parties.map((p) => p.name), terms(settled)]).toEqual([
      "settlement",
      ["ACME CORP.", "Rho Corp."],
      [["other", 2_500_000]],
    ]);
    const [shares] = deal(
      "On March 1, 2024, Acme Corp. entered into a Stock Purchase Agreement with Sigma Ventures LLC pursuant to " +
        "which Sigma purchased 2,000,000 shares of common stock at $1.50 per share, for aggregate proceeds of " +
        "$3,000,000.",
    );
    expect([shares.parties.map((p) => p.role), terms(shares)]).toEqual([
      ["seller", "buyer"],
      [["equity_purchase", 3_000_000]],
    ]);
  });

  it("an amendment to 'her employment agreement' is named without the pronoun", () => {
    const [a] = deal(
      "On March 1, 2024, Acme Corp. and Jane Doe, its President and Chief Executive Officer, entered into an " +
        "amendment to her employment agreement to extend its term through December 31, 2026 and increase her " +
        "annual base salary to $650,000.",
    );
    expect([a.type, a.name, a.subject, terms(a)]).toEqual([
      "employment",
      "employment agreement",
      "employment agreement",
      [["other", 650_000]],
    ]);
    const [b] = deal(
      "On March 1, 2024, John Roe, the Chief Financial Officer of Acme Corp., entered into his employment " +
        "agreement with Acme Corp., which provides for an annual base salary of $400,000.",
    );
    expect([b.type, b.name]).toEqual(["employment", "employment agreement"]);
  });

  it("a license fee paid once is the upfront; an annual one is not", () => {
    const [a] = deal(
      'On January 5, 2024, Acme Corp. and Kappa Pharmaceuticals, Inc. ("Kappa") signed an agreement under which ' +
        "Kappa obtained exclusive worldwide rights to develop and market Acme Corp.'s compound AX-12. Kappa will " +
        "pay Acme Corp. a license fee of $3 million and an annual license fee of $100,000.",
    );
    expect([a.type, terms(a)]).toEqual([
      "license",
      [
        ["upfront", 3_000_000],
        ["other", 100_000],
      ],
    ]);
  });

  it("a private placement of the registrant's shares: it sells, the investors buy", () => {
    const [a] = deal(
      "On March 1, 2024, Acme Corp. entered into a Securities Purchase Agreement with certain accredited investors " +
        "for the private placement of 3,000,000 shares of common stock and warrants to purchase 1,500,000 shares, " +
        "for aggregate gross proceeds of approximately $9.0 million.",
    );
    expect([a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      [
        ["ACME CORP.", "seller"],
        ["accredited investors", "buyer"],
      ],
      [["equity_purchase", 9_000_000]],
    ]);
  });

  it("a stake sold with no agreement named: the registrant sells, the other company buys", () => {
    const [a] = deal(
      "On May 15, 2024, Acme Corp. sold its 40% partnership interest in Psi Cellular Partners to Omega Wireless, " +
        "Inc. for $110 million.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "other",
      [
        ["ACME CORP.", "seller"],
        ["Omega Wireless, Inc.", "buyer"],
      ],
    ]);
  });

  it("'executed definitive agreements to acquire' a company", () => {
    const [a] = deal(
      "On September 14, 2024, Acme Corp. announced it had executed definitive agreements to acquire all of the " +
        "outstanding capital stock of Gamma Antigens, Inc. The purchase price includes $9 million in cash.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Gamma Antigens, Inc.", "target"],
      ],
      [["purchase_price", 9_000_000]],
    ]);
  });

  it("a severance restated as its sum ('twelve months of his base salary, or $375,000')", () => {
    const [a] = deal(
      "On March 1, 2024, Acme Corp. and John Roe, its former Chief Operating Officer, entered into a separation " +
        "and release agreement, pursuant to which Mr. Roe will receive severance equal to twelve months of his " +
        "base salary, or $375,000, payable in installments.",
    );
    expect([a.type, terms(a)]).toEqual(["employment", [["other", 375_000]]]);
  });

  it("assets named by whose they are, wherever the sentence puts them", () => {
    const [a] = deal(
      "Pursuant to an Asset Purchase Agreement dated as of March 22, 2024, Acme Corp. has agreed to purchase from " +
        "Beta Industries, Inc. substantially all of the assets of the Gamma division of Beta for $6,000,000.",
    );
    expect([a.type, a.subject]).toEqual([
      "asset_purchase",
      "substantially all of the assets of the Gamma division of Beta",
    ]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp. completed a transaction in which it sold Beta Industries, Inc. the assets " +
        "related to its test equipment business (the \u201cBusiness\u201d) pursuant to an Asset Purchase Agreement.",
    );
    expect(b.subject).toBe("the assets related to its test equipment business");
  });

  it("the registrant is the target when another acquired its shares, or it becomes another's subsidiary", () => {
    const [a] = deal(
      "Effective as of the close of business on March 22, 2024, Beta Bancshares, Inc. acquired all of the " +
        "outstanding shares of Acme Corp. (the \u201cCompany\u201d), pursuant to the Agreement and Plan of " +
        "Merger dated January 20, 2024, among the Company, Beta Acquisition Corp. and Beta Bancshares.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Beta Bancshares, Inc.", "acquirer"],
      ["Beta Acquisition Corp.", "party"],
    ]);
    // "(“BHC”)" names the second company, not the registrant before it.
    const [b] = deal(
      "Acme Corp., Beta Holding Company, Inc. (\u201cBHC\u201d), and BHC Acquisition Corporation, a " +
        "wholly-owned subsidiary of BHC (\u201cMerger Sub\u201d), have entered into an Agreement and Plan of " +
        "Merger, dated as of March 22, 2024, pursuant to which Merger Sub is to merge with Acme, with Acme " +
        "becoming a wholly-owned subsidiary of BHC.",
    );
    expect(b.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Beta Holding Company, Inc.", "acquirer"],
      ["BHC Acquisition Corporation", "party"],
    ]);
    const [c] = deal(
      "On March 22, 2024, Acme Corp. entered into an Agreement and Plan of Merger with Beta Holding Company, " +
        "Inc. and Gamma Merger Sub, Inc., pursuant to which Gamma Merger Sub, Inc. will merge with Acme, with " +
        "Acme becoming a wholly-owned subsidiary of Beta.",
    );
    expect(c.parties.map((p) => p.role)).toEqual(["target", "acquirer", "party"]);
  });

  it("names an agreement in full ('Agreement and Plan of Merger', 'Change in Control ...'), and one whose term is told in its name", () => {
    const [a] = deal(
      "On March 22, 2024, Acme Corp. entered into an Agreement and Plan of Merger with Beta Holding Company, Inc.",
    );
    expect(a.name).toBe("Agreement and Plan of Merger");
    const [c] = deal(
      "On March 22, 2024, the Company entered into a Change in Control Severance Agreement with John Adams, " +
        "its Chief Financial Officer.",
    );
    expect([c.type, c.name]).toEqual(["employment", "Change in Control Severance Agreement"]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp. entered into an 8-year supply agreement with Sun Chemical Corporation " +
        "whereby Acme has agreed to purchase from Sun certain ink products.",
    );
    expect([b.type, b.parties.map((p) => p.name)]).toEqual([
      "supply",
      ["ACME CORP.", "Sun Chemical Corporation"],
    ]);
  });

  it("the registrant's subsidiary takes its side; a lender listed after 'its subsidiaries' does not", () => {
    const [a] = deal(
      "On March 22, 2024, Delta Packaging, Inc. (DPI), a wholly owned subsidiary of the registrant, entered into a " +
        "supply agreement with Sun Chemical Corporation (Sun) whereby DPI has agreed to purchase from Sun its " +
        "requirements for certain ink products.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Delta Packaging, Inc.", "buyer"],
      ["Sun Chemical Corporation", "seller"],
    ]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp., certain of its subsidiaries, Fleet Capital Corporation, as agent, and the " +
        "lenders under its Revolving Credit Agreement entered into Amendment No. 4 to the Credit Agreement.",
    );
    expect(b.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Fleet Capital Corporation", "lender"],
    ]);
  });

  it("a business sold: 'Asset Acquisition Agreement', 'sale of substantially all of its ... business'; no holdback", () => {
    const [a] = deal(
      "On March 22, 2024, the Company entered into an Asset Acquisition Agreement with Orbital Sciences " +
        "Corporation under which the Company will sell to Orbital its Space Systems business in exchange for " +
        "$18,000,000 (less retained receivables of at least $6 million) in cash, subject to a $3 million holdback. " +
        "Of the price, $500,000 will be placed in escrow.",
    );
    expect([a.type, a.subject, terms(a)]).toEqual([
      "asset_purchase",
      "Space Systems business",
      [["purchase_price", 18_000_000]],
    ]);
    expect(a.parties.map((p) => p.role)).toEqual(["seller", "buyer"]);
    const [b] = deal(
      "The registrant has signed a definitive agreement for the sale of substantially all of its first aid " +
        "business to, and the assumption of certain liabilities by, NutraMax Products, Inc.",
    );
    expect([b.type, b.parties.map((p) => p.role)]).toEqual(["asset_purchase", ["seller", "buyer"]]);
  });

  it("a license's subject is what it licenses when no product code names it", () => {
    const subject = (text: string) => deal(text)[0]?.subject;
    expect(
      subject(
        "On March 22, 2024, Acme Corp. entered into a License Agreement with Beta Pharma AG, under which Beta " +
          "was granted the exclusive, worldwide rights to develop and market PRO 2000 Gel and was required to pay " +
          "certain milestone and royalty payments.",
      ),
    ).toBe("PRO 2000 Gel");
    expect(
      subject(
        "On March 22, 2024, Acme Corp. entered into a License Agreement with Beta Medical Center, under which " +
          "Beta granted Acme an exclusive license to United States and foreign patents related to certain forms " +
          "of erythropoietin.",
      ),
    ).toBe("United States and foreign patents related to certain forms of erythropoietin");
    expect(
      subject(
        "On March 22, 2024, Acme Corp. entered into a License and Development Agreement with Beta GmbH for the " +
          "exclusive development and commercialization of MT 400 in 27 countries of the European Union.",
      ),
    ).toBe("MT 400");
    // A right to do something else is no license of a thing.
    expect(
      subject(
        "On March 22, 2024, Acme Corp. entered into a License Agreement with Beta GmbH. Beta has the right to " +
          "terminate the License Agreement upon notice.",
      ),
    ).toBeNull();
  });

  it("assets acquired with no agreement named; a former name is no party; a loan 'with no sublimits'", () => {
    const [a] = deal(
      'Acme Corp., formerly Tera Computer Company (the "Company"), has acquired certain assets of the Cray ' +
        'Research business unit operations from Silicon Graphics, Inc. ("SGI").',
    );
    expect([a.type, a.subject, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "asset_purchase",
      "certain assets of the Cray Research business unit operations",
      [
        ["ACME CORP.", "buyer"],
        ["Silicon Graphics, Inc.", "seller"],
      ],
    ]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp. entered into a Loan Agreement with Bank of America, N.A. that provides the " +
        "Company with a $30,000,000 revolving credit facility, with no sublimits for the issuance of letters of credit.",
    );
    expect(terms(b)).toEqual([["loan", 30_000_000]]);
  });

  it("loans told with no agreement named: a promissory note issued to a lender, money borrowed", () => {
    const [a] = deal(
      "On March 22, 2024, the Company issued a $2,000,000 promissory note to Beta Capital LLC.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      "credit",
      [
        ["ACME CORP.", "borrower"],
        ["Beta Capital LLC", "lender"],
      ],
      [["loan", 2_000_000]],
    ]);
    const [b] = deal(
      "On March 22, 2024, the Company borrowed $5,000,000 from First National Bank under a term loan.",
    );
    expect([b.type, terms(b)]).toEqual(["credit", [["loan", 5_000_000]]]);
    // A note given for a purchase is part of its price, not a loan.
    const c = deal(
      "On March 22, 2024, the Company completed the purchase of substantially all the assets of Cellular " +
        "Products, Inc. The Company paid $400,000 in cash and issued an unsecured promissory note to Cellular " +
        "Products, Inc. in the amount of $200,000.",
    );
    expect(c.map((x) => x.type)).toEqual(["asset_purchase"]);
  });

  it("a letter of intent takes the type its next sentence tells; whose assets are bought sells them", () => {
    const [a] = deal(
      'On March 22, 2024, Acme Corp. ("Acme") announced that Acme had signed a Letter of Intent with Varco ' +
        'International, Inc. ("Varco"). In the Letter of Intent, Varco confirms its intention to pursue an ' +
        "acquisition of Acme's Oilfield Services Business Segment for $165 million in cash.",
    );
    expect([a.type, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "asset_purchase",
      ["seller", "buyer"],
      [["purchase_price", 165_000_000]],
    ]);
    const [b] = deal(
      "On March 22, 2024, the Company entered into a Letter of Intent with Beta Corp. to sell its oilfield " +
        "services business for $12 million.",
    );
    expect([b.type, b.parties.map((p) => p.role)]).toEqual(["asset_purchase", ["seller", "buyer"]]);
  });

  it("a subsidiary sold: the registrant sells, the subsidiary is the target, the other company acquires", () => {
    const roles = (a: { parties: { name: string; role: string }[] }) =>
      a.parties.map((p) => [p.name, p.role]);
    const [a] = deal(
      "On March 22, 2024, the Company sold its wholly owned subsidiary, Epsilon Services, LLC, to Kappa " +
        "Partners LP for $8.0 million in cash.",
    );
    expect([a.type, a.subject, roles(a), terms(a)]).toEqual([
      "merger",
      "Epsilon Services, LLC",
      [
        ["ACME CORP.", "seller"],
        ["Epsilon Services, LLC", "target"],
        ["Kappa Partners LP", "acquirer"],
      ],
      [["purchase_price", 8_000_000]],
    ]);
    const [b] = deal(
      "On March 22, 2024, the Company entered into a Stock Purchase Agreement with Kappa Partners LP pursuant to " +
        "which the Company will sell all of the outstanding stock of its subsidiary, Epsilon Services, Inc., for " +
        "$8.0 million.",
    );
    expect([b.type, roles(b)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "seller"],
        ["Kappa Partners LP", "acquirer"],
        ["Epsilon Services, Inc.", "target"],
      ],
    ]);
  });

  it("a settlement's subject is what it resolves", () => {
    const [a] = deal(
      "On March 22, 2024, the Company entered into a settlement agreement with Omega Corp. to resolve the " +
        "patent infringement litigation between the parties.",
    );
    expect([a.type, a.subject]).toEqual(["settlement", "the patent infringement litigation"]);
  });

  it("a division sold by its name; a company bought for shares; a collaboration's subject", () => {
    const [a] = deal(
      "On March 22, 2024, the Company entered into a definitive agreement to sell its Gamma division to Delta " +
        "Industries, Inc. for $30 million in cash, subject to customary closing conditions.",
    );
    expect([a.type, a.subject, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "asset_purchase",
      "Gamma division",
      ["seller", "buyer"],
      [["purchase_price", 30_000_000]],
    ]);
    const [b] = deal(
      "On March 22, 2024, pursuant to an Agreement and Plan of Reorganization dated as of January 15, 2024, Acme " +
        "Corp. acquired Beta Systems, Inc. in exchange for 1,250,000 shares of Acme common stock.",
    );
    expect([b.type, terms(b)]).toEqual(["merger", [["purchase_price", null]]]);
    const [c] = deal(
      "On March 22, 2024, Acme Corp. and Beta Pharmaceuticals, Inc. entered into a collaboration and license " +
        "agreement for the development of oncology compounds.",
    );
    expect([c.type, c.subject]).toEqual(["collaboration", "oncology compounds"]);
  });

  it("an officer's payments for leaving or staying are terms; a price's parts are not", () => {
    const [a] = deal(
      "On March 22, 2024, the Company entered into a Retention Agreement with Thomas White, the Company's Chief " +
        "Financial Officer, pursuant to which Mr. White will receive a cash retention bonus of $200,000 if he " +
        "remains employed through December 31, 2024.",
    );
    expect(terms(a)).toEqual([["other", 200_000]]);
    const [b] = deal(
      "On March 22, 2024, the Company entered into a separation agreement with Jane Doe under which the Company " +
        "will pay Ms. Doe a lump sum payment of $500,000 and she will be eligible for a target bonus of $75,000.",
    );
    expect(terms(b)).toEqual([["other", 500_000]]);
    const [c] = deal(
      "On March 22, 2024, Acme Corp. entered into an asset purchase agreement with Nu Corporation under which " +
        "Acme sold its specialty chemicals business to Nu for $42 million, consisting of $37 million in cash and " +
        "a $5 million promissory note.",
    );
    expect([c.subject, terms(c)]).toEqual(["specialty chemicals business", [["purchase_price", 42_000_000]]]);
  });

  it("told without an agreement named: agreed to be acquired, agreed to acquire; a stipulation of settlement", () => {
    const [a] = deal(
      "On March 22, 2024, the Company announced that it has agreed to be acquired by Phi Industries, Inc. for " +
        "$8.75 per share in cash, or approximately $210 million.",
    );
    expect([a.type, a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "target"],
        ["Phi Industries, Inc.", "acquirer"],
      ],
      [
        ["purchase_price", 8.75],
        ["total_value", 210_000_000],
      ],
    ]);
    const [b] = deal("On March 22, 2024, Acme Corp. agreed to acquire Beta Corp. for $10 million in cash.");
    expect([b.type, b.subject]).toEqual(["merger", "Beta Corp."]);
    const [c] = deal(
      "On March 22, 2024, the Company entered into a Stipulation of Settlement to settle the consolidated class " +
        "action lawsuit captioned In re Acme Corp. Securities Litigation.",
    );
    expect([c.type, c.name, c.subject]).toEqual([
      "settlement",
      "Stipulation of Settlement",
      "the consolidated class action lawsuit",
    ]);
    const [e] = deal(
      "On March 22, 2024, the Company entered into a Consent Decree with the Environmental Protection Agency.",
    );
    expect([e?.type, e?.name]).toEqual(["settlement", "Consent Decree"]);
    // A stake sold: the company it is in is no buyer.
    const [d] = deal(
      'Pursuant to a Purchase Agreement dated March 22, 2024, by and between the Company and Sigma Corp. ("Sigma"), ' +
        "the Company sold to Sigma its 40% interest in Tau Partners, L.P. for $14 million in cash.",
    );
    expect(d.parties.map((p) => p.role)).toEqual(["seller", "buyer", "party"]);
  });

  it("a licensee that 'paid' a fee; a fee told beside royalties on net sales is still a term", () => {
    const [a] = deal(
      "On March 22, 2024, Acme Corp. entered into a License Agreement with Beta Corp. The Company paid a license " +
        "issue fee of $100,000 and will pay royalties on net sales.",
    );
    // A license issue fee is paid once, at the start: up front.
    expect([a.parties.map((p) => p.role), terms(a)]).toEqual([
      ["licensee", "licensor"],
      [
        ["upfront", 100_000],
        ["royalties", null],
      ],
    ]);
  });

  it("a license taken with no agreement named: 'in-licensed the worldwide rights to BX-220 from'", () => {
    const [a] = deal(
      "On March 22, 2024, Acme Corp. in-licensed the worldwide rights to BX-220 from Beta Biotech Ltd. Under the " +
        "agreement, Acme will pay Beta $5 million upfront and up to $45 million in milestone payments.",
    );
    expect([a.type, a.subject, a.parties.map((p) => [p.name, p.role]), terms(a)]).toEqual([
      "license",
      "BX-220",
      [
        ["ACME CORP.", "licensee"],
        ["Beta Biotech Ltd.", "licensor"],
      ],
      [
        ["upfront", 5_000_000],
        ["milestones", 45_000_000],
      ],
    ]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp. obtained an exclusive license to the SmartPatch technology from Gamma Corp.",
    );
    expect(b.subject).toBe("the SmartPatch technology");
  });

  it("older wording: stock bought from its holders, shares converted a sentence later, a bank that agreed to lend", () => {
    const [a] = deal(
      "On March 22, 2024, pursuant to the terms of a Stock Purchase Agreement dated as of March 1, 2024, the " +
        'Registrant purchased from the shareholders of Gamma Industries, Inc. ("Gamma") all of the issued and ' +
        "outstanding shares of capital stock of Gamma for an aggregate purchase price of $12,000,000.",
    );
    expect([a.type, a.subject, terms(a)]).toEqual([
      "merger",
      "Gamma Industries, Inc.",
      [["purchase_price", 12_000_000]],
    ]);
    const [b] = deal(
      'On March 22, 2024, the Registrant and Delta Corporation ("Delta") executed a definitive Agreement and Plan ' +
        "of Merger pursuant to which Delta will be merged with and into the Registrant. Each share of Delta common " +
        "stock will be converted into .45 shares of the Registrant's common stock.",
    );
    expect(terms(b)).toEqual([["purchase_price", null]]);
    const [c] = deal(
      "On March 22, 2024, the Registrant entered into a Revolving Credit and Term Loan Agreement with First Union " +
        "National Bank, pursuant to which the bank agreed to lend the Registrant up to $20,000,000.",
    );
    expect(terms(c)).toEqual([["loan", 20_000_000]]);
    const [d] = deal(
      "On March 22, 2024, Acme Corp. and Zeta Inc. signed a settlement agreement resolving all claims in the " +
        "lawsuit filed by Zeta in 2023.",
    );
    expect(d.subject).toBe("all claims");
  });

  it("a hotel or a mine bought or sold by its name, paid in cash and shares; notes by their rate", () => {
    const [a] = deal(
      "On March 22, 2024, the Company entered into an Agreement of Sale with Omega Hotels LLC to sell the " +
        "Riverside Hotel located in Memphis, Tennessee for $14.2 million.",
    );
    expect([a.type, a.subject, a.parties.map((p) => p.role), terms(a)]).toEqual([
      "asset_purchase",
      "the Riverside Hotel",
      ["seller", "buyer"],
      [["purchase_price", 14_200_000]],
    ]);
    const [b] = deal(
      "On March 22, 2024, the Company entered into a Purchase Agreement with Sigma Resources Inc. to acquire the " +
        "Copper Flats mine in Arizona for $45 million in cash and 2 million shares of Acme common stock.",
    );
    expect([b.type, b.subject, terms(b)]).toEqual([
      "asset_purchase",
      "the Copper Flats mine",
      [["purchase_price", 45_000_000]],
    ]);
    const [c] = deal(
      'On March 22, 2024, Acme Corp. (the "Company") and Beta Capital Partners, L.P. entered into a Note Purchase ' +
        "Agreement pursuant to which the Company issued and sold to Beta $25,000,000 aggregate principal amount of " +
        "its 8% Senior Secured Notes due 2029.",
    );
    expect(c.subject).toBe("8% Senior Secured Notes due 2029");
  });

  it("a loan's draw is no second loan; an equity distribution agreement sells shares, not supplies", () => {
    const [a] = deal(
      "On March 22, 2024, Acme Corp. entered into a Loan and Security Agreement with Silicon Valley Bank, as " +
        "lender, providing for term loans of up to $30 million, of which $10 million was funded at closing.",
    );
    expect(terms(a)).toEqual([["loan", 30_000_000]]);
    const [b] = deal(
      "On March 22, 2024, Acme Corp. entered into an Equity Distribution Agreement with Jefferies LLC, as sales " +
        "agent, under which the Company may offer and sell shares of its common stock having an aggregate " +
        "offering price of up to $50 million.",
    );
    expect(b.type).toBe("other");
  });

  it("a commodity bought is supplied; a settlement with a former officer has that officer as a party", () => {
    const [a] = deal(
      "On March 22, 2024, Acme Corp. and Kappa Energy Partners, L.P. entered into a Gas Purchase Agreement under " +
        "which Kappa will sell to the Company up to 10,000 MMBtu per day of natural gas for a term of five years.",
    );
    expect([a.type, a.parties.map((p) => p.role)]).toEqual(["supply", ["buyer", "seller"]]);
    const [b] = deal(
      "On March 22, 2024, the Company's Board of Directors approved a Settlement Agreement and Release between " +
        "the Company and its former Chief Executive Officer, Peter Young, under which the Company will pay Mr. " +
        "Young $1.2 million.",
    );
    expect([b.type, b.parties.map((p) => p.name), terms(b)]).toEqual([
      "settlement",
      ["ACME CORP.", "Peter Young"],
      [["other", 1_200_000]],
    ]);
  });

  it("a subsidiary sold, told from the buyer's side; a company named after the registrant is not the registrant", () => {
    const { mentionsReg } = registrantMentions("ACME CORP.", "acme");
    expect([mentionsReg("Acme Corporation"), mentionsReg("Acme Canada Ltd")]).toEqual([true, false]);
    const [a] = deal(
      'On March 22, 2024, Gamma Industries, Inc. ("Gamma") and Acme Corp. entered into a Stock Purchase ' +
        "Agreement, pursuant to which Gamma will acquire all of the outstanding capital stock of Acme Canada " +
        "Ltd., a wholly owned subsidiary of Acme, for $20 million.",
    );
    expect([a.type, a.subject, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "merger",
      "Acme Canada Ltd.",
      [
        ["ACME CORP.", "seller"],
        ["Gamma Industries, Inc.", "acquirer"],
        ["Acme Canada Ltd.", "target"],
      ],
    ]);
  });

  it("a loan agreement that tells no facility goes by its name", () => {
    const [a] = deal(
      "On March 25, 2024, the Company entered into a Revolving Credit Agreement with First Bank, N.A., dated as " +
        "of March 22, 2024.",
    );
    expect([a.type, a.subject]).toEqual(["credit", "Revolving Credit Agreement"]);
  });

  it("a settled rate case: the plan the settlement is the basis of, and the revenue it changes", () => {
    const [a] = deal(
      "On May 4, 2021, the state commission approved a rate plan for Acme Corp. effective July 1, 2021 (the " +
        "\u201c2021 Plan\u201d). The 2021 Plan reflects the settlement agreement among Acme Corp. and the Consumer " +
        "Advocate Staff, which was signed on April 2, 2021. Under the 2021 Plan, Acme will raise its base rates " +
        "by $20.0 million and collect an additional $2.5 million through its fuel tariff, for a total increase " +
        "in annual revenues of approximately $22.5 million.",
    );
    expect([a.type, a.subject]).toEqual(["settlement", "2021 Plan"]);
    expect(terms(a)).toEqual([
      ["other", 20_000_000],
      ["other", 2_500_000],
      ["other", 22_500_000],
    ]);
  });

  it("a supply agreement's subject is what it supplies, read past the sentence that names it", () => {
    const [a] = deal(
      "On November 22, 2016, Acme Corp. entered into a Supply Agreement with Aloe Farms, S.A. Pursuant to the " +
        "Supply Agreement, Acme has agreed to purchase an aloe vera powder in whole leaf form, at specific prices.",
    );
    expect([a.type, a.subject]).toEqual(["supply", "aloe vera powder"]);
    const [b] = deal(
      "On March 26, 2024, Acme Corp. entered into a Supply Agreement with Omega Fine Chemicals Co., Ltd., which " +
        "will provide us with solithromycin in sufficient quantities.",
    );
    expect(b.subject).toBe("solithromycin");
  });

  it("product rights bought: an asset purchase, paid at closing, with milestones and royalties on sales", () => {
    const [a] = deal(
      "On December 31, 2021, Acme Corp. entered into a definitive agreement to acquire the U.S. rights to " +
        "SANCUSO® from Kiri Pharma, Inc. The financial terms of the acquisition included a $13.5 million payment " +
        "to Kiri Pharma upon closing, up to $3.5 million in milestones and tiered royalties ranging from 10% to 5% " +
        "on U.S. net product sales. Net sales of the brand were over $14 million in 2020.",
    );
    expect([a.type, a.subject]).toEqual(["asset_purchase", "the U.S. rights to SANCUSO®"]);
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Kiri Pharma, Inc.", "seller"],
    ]);
    expect(terms(a)).toEqual([
      ["purchase_price", 13_500_000],
      ["milestones", 3_500_000],
      ["royalties", null],
    ]);
  });

  it("litigation settled with no agreement named; an acronym in an agreement's name; European company forms", () => {
    const [s] = deal(
      "On March 26, 2024, Acme Corp. announced it had settled litigation pending against Sequel, Inc.",
    );
    expect([s.type, s.parties.map((p) => p.name)]).toEqual(["settlement", ["ACME CORP.", "Sequel, Inc."]]);
    const [a] = deal(
      "On January 18, 2016, Acme Corp. entered into an API manufacturing and supply agreement with Fuji Fine " +
        "Chemicals Co., Ltd., which will provide us with solithromycin in sufficient quantities.",
    );
    // "supply agreement" is no sale by the registrant: it buys.
    expect([a.type, a.subject, a.parties.map((p) => [p.name, p.role])]).toEqual([
      "supply",
      "solithromycin",
      [
        ["ACME CORP.", "buyer"],
        ["Fuji Fine Chemicals Co., Ltd.", "seller"],
      ],
    ]);
    const [m] = deal(
      "On October 26, 2011, Acme Corp. entered into a Share Purchase Agreement with DuoCort AB, pursuant to " +
        "which the Company will acquire all of the issued and outstanding shares of DuoCort Pharma AB.",
    );
    expect(m.parties.map((p) => p.name)).toEqual(["ACME CORP.", "DuoCort AB", "DuoCort Pharma AB"]);
  });

  it("in a merger, the sellers' representative and a party 'solely for purposes of' a section stand aside", () => {
    const [m] = deal(
      "On July 20, 2018, Acme Corp. entered into a Purchase and Sale Agreement with Halo Labs, Inc., Sky Capital " +
        "Partners, L.P., as representative of the sellers, and Halo Holdings III, Inc. (solely for purposes of " +
        "Section 7.3(b)), pursuant to which the Company will acquire all of the outstanding shares of Halo Labs, Inc.",
    );
    expect(m.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Halo Labs, Inc.", "target"],
      ["Sky Capital Partners, L.P.", "party"],
      ["Halo Holdings III, Inc.", "party"],
    ]);
  });

  it("an upfront fee 'as well as' milestones told without an amount; a product licensed in a later sentence", () => {
    const [a] = deal(
      "On January 7, 2002, Acme Corp. announced an intellectual property licensing agreement with Eyeco " +
        "Pharmaceuticals, Inc. Eyeco licensed Acme's patents to develop and commercialize EYE001. Eyeco will pay " +
        "Acme an upfront fee of $2,000,000, as well as milestone and royalty payments.",
    );
    expect(a.subject).toBe("EYE001");
    expect(terms(a)).toEqual(
      expect.arrayContaining([
        ["upfront", 2_000_000],
        ["milestones", null],
        ["royalties", null],
      ]),
    );
    expect(a.terms).toHaveLength(3);
  });

  it("a product bought by name; a price restated in another currency; an underwriting of shares", () => {
    const [p] = deal(
      "On June 21, 2012, Acme Corp. entered into an Asset Purchase Agreement with Xeno Pharmaceuticals, Inc., " +
        "pursuant to which Acme acquired Xeno's product Zipsor® for $25,900,000 in cash.",
    );
    expect([p.subject, terms(p)]).toEqual(["Xeno's product Zipsor®", [["purchase_price", 25_900_000]]]);
    const [m] = deal(
      "On July 6, 2015, Acme Corp. entered into a stock purchase agreement whereby it acquired all of the common " +
        "stock of Infi Track Inc. The purchase price for the common stock of Infi Track was $12,000,000 CDN " +
        "(approximately $9,600,000 USD).",
    );
    expect(terms(m)).toEqual([["purchase_price", 12_000_000]]);
    const [u] = deal(
      "On October 29, 2020, the Company entered into an Underwriting Agreement with Ladder & Co. Inc., relating to " +
        "the issuance and sale of 1,403,509 shares of common stock of the Company. The price to the public in the " +
        "offering is $28.50 per share.",
    );
    expect([u.subject, terms(u)]).toEqual(["1,403,509 shares of common stock", []]);
  });

  it("a drug discovery agreement is a collaboration; a drug named by its stem is the product", () => {
    const [a] = deal(
      "On May 2, 2024, Acme Corp. entered into a Drug Discovery Agreement with Ono Chemical Co., Ltd. for lornoxicam.",
    );
    expect([a.type, a.subject]).toEqual(["collaboration", "lornoxicam"]);
  });

  it("a merger whose merger sub is another company's buys the registrant; its price a share is the price", () => {
    const [m] = deal(
      "On August 29, 2020, Acme Corp. (the \u201cCompany\u201d) entered into an Agreement and Plan of Merger with " +
        "Cambium Holding Corp. (\u201cParent\u201d) and Empower Merger Sub Inc., a wholly owned subsidiary of Parent. " +
        "Acquisition Sub will commence a tender offer to purchase all of the outstanding shares of common stock, " +
        "$0.00005 par value per share, of the Company at a price per share of $30 in cash.",
    );
    expect(m.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Cambium Holding Corp.", "acquirer"],
      ["Empower Merger Sub Inc.", "party"],
    ]);
    expect(terms(m)).toEqual([["purchase_price", 30]]);
  });

  it("a facility entered into by its amount; an officer named after the Company's title for him", () => {
    const [c] = deal(
      "On February 17, 2023, the Company entered into a $3.5 billion five-year revolving credit facility with " +
        "JPMorgan Chase Bank, N.A., as agent, and the lenders named therein.",
    );
    expect([c.type, c.subject, terms(c)]).toEqual([
      "credit",
      "five-year revolving credit facility",
      [["loan", 3_500_000_000]],
    ]);
    const [e] = parseFiling(
      textFiling(
        "May 20, 2016",
        `${registrantLines("SPHERIX INCORPORATED")}${ITEM_1_01}On May 20, 2016, the Company entered into a new ` +
          "employment agreement with the Company’s CEO, Anthony Hayes. Mr. Hayes will be paid an annual base " +
          "salary of $350,000.\n",
      ),
    ).agreements;
    expect(e.parties.map((p) => [p.name, p.role])).toEqual([
      ["SPHERIX INCORPORATED", "employer"],
      ["Anthony Hayes", "employee"],
    ]);
    expect(terms(e)).toEqual([["other", 350_000]]);
  });

  it("an acquisition that 'became effective' with no agreement named", () => {
    const [m] = deal(
      "On June 30, 1997, the acquisition of Mercantile Bank by Acme Corp. became effective. Each share of " +
        "Mercantile was exchanged for the right to receive $20.0035 per share.",
    );
    expect([m.type, m.parties.map((p) => [p.name, p.role])]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Mercantile Bank", "target"],
      ],
    ]);
  });

  it("'the Agreement' and 'as agreed to by' open no second agreement; a count before a name is no part of it", () => {
    const found = deal(
      "On May 20, 2016, the Company entered into a new employment agreement with Anthony Hayes. Pursuant to the " +
        "terms of the Agreement, Mr. Hayes will be paid an annual base salary of $350,000 and a bonus upon the " +
        "achievement of certain milestones as agreed to by the Compensation Committee.",
    );
    expect(found.map((a) => [a.type, terms(a)])).toEqual([["employment", [["other", 350_000]]]]);
    const [u] = deal(
      "On March 26, 2024, the Company entered into two underwriting agreements with Jefferies LLC for the sale " +
        "of 10,000,000 shares of Common Stock.",
    );
    expect(u.name).toBe("underwriting agreement");
  });

  it("the price paid for what was bought, a sentence after another about it", () => {
    const [a] = deal(
      "On March 26, 2024, Acme Corp. acquired from Omega Group, Inc. certain businesses pursuant to an agreement " +
        "to purchase certain assets of Beta AG. The businesses acquired include the pigments and glass systems " +
        "divisions of Beta. The Company paid to Omega in cash a purchase price for these businesses of " +
        "approximately $525 million.",
    );
    expect([a.type, terms(a)]).toEqual(["asset_purchase", [["purchase_price", 525_000_000]]]);
  });

  it("officers' agreements 'with each of' two people; a bank named after its holding company employs too", () => {
    const found = deal(
      "On March 1, 2024, the Company entered into amended and restated employment agreements with each of John " +
        "Smith and Jane Doe, extending their terms to March 1, 2027.",
    );
    expect(found.map((a) => a.parties.map((p) => [p.name, p.role]))).toEqual([
      [
        ["ACME CORP.", "employer"],
        ["John Smith", "employee"],
      ],
      [
        ["ACME CORP.", "employer"],
        ["Jane Doe", "employee"],
      ],
    ]);
    const [b] = deal(
      "On March 1, 2024, Acme Bank, the Company's wholly owned subsidiary, entered into an employment agreement " +
        "with Jane Doe, President of the Bank, with an initial annual base salary of $300,000.",
    );
    expect(b.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "employer"],
      ["Acme Bank", "employer"],
      ["Jane Doe", "employee"],
    ]);
  });

  it("a merger paid in a fraction of the acquirer's shares has a price with no amount", () => {
    const [m] = deal(
      "On March 1, 2024, Acme Corp. and Beta Bancorp, Inc. entered into an Agreement and Plan of Merger pursuant " +
        "to which Beta will merge with and into Acme. Beta shareholders will receive 0.75 shares of Acme common " +
        "stock for each share of Beta common stock.",
    );
    expect([m.type, terms(m)]).toEqual(["merger", [["purchase_price", null]]]);
  });

  it("shares sold to 'certain institutional investors': they are the buyer", () => {
    const [a] = deal(
      "On March 1, 2024, the Company entered into a Securities Purchase Agreement with certain institutional " +
        "investors for the sale of 5,000,000 shares of common stock at a price of $4.00 per share, for gross " +
        "proceeds of $20 million.",
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["institutional investors", "buyer"],
    ]);
    expect([a.subject, terms(a)]).toEqual([
      "5,000,000 shares of common stock",
      [["equity_purchase", 20_000_000]],
    ]);
  });

  it("shares bought: what they cost in all is an equity purchase, in a license too", () => {
    const [collab] = deal(
      "On March 1, 2024, Acme Corp. entered into a Collaboration Agreement with Beta Pharma, Inc. for the " +
        "development of AC-101. Beta will pay Acme an upfront fee of $20 million. Beta also agreed to purchase " +
        "2,000,000 shares of Acme common stock for an aggregate purchase price of $10 million.",
    );
    expect(terms(collab)).toEqual([
      ["upfront", 20_000_000],
      ["equity_purchase", 10_000_000],
    ]);
    const [sub] = deal(
      "On March 1, 2024, the Company entered into a Subscription Agreement with Omega Capital LLC. For the " +
        "total consideration of $500,000 the Company issued 550 shares of Series A Preferred Stock to Omega.",
    );
    expect(terms(sub)).toEqual([["equity_purchase", 500_000]]);
  });

  it("a stake bought in a company, told by what it costs, beside another agreement", () => {
    const found = deal(
      "On March 1, 2024, Acme Corp. and Beta Bio, Inc. (“Beta”) entered into an Agreement and Plan of Merger. " +
        "Additionally, the Company agreed to make a $20 million investment in Beta, at signing, by purchasing " +
        "1,500,000 shares of Beta common stock.",
    );
    expect(found.map((a) => a.type)).toEqual(["merger", "other"]);
    const stake = found[1];
    expect(stake.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Beta Bio, Inc.", "seller"],
    ]);
    expect([stake.subject, terms(stake)]).toEqual([
      "1,500,000 shares of Beta common stock",
      [["equity_purchase", 20_000_000]],
    ]);
    expect(terms(found[0])).toEqual([]);
    const [invested] = deal(
      "On March 1, 2024, Omega Partners LLC agreed to invest $5 million in Acme Corp. in exchange for " +
        "1,000,000 shares of its common stock.",
    );
    expect(invested.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Partners LLC", "buyer"],
    ]);
  });

  it("a loan received, and a business's sale completed, with no agreement named", () => {
    const [loan] = deal(
      "On April 15, 2020, the Company received a loan in the principal amount of $1,250,000 from Wells Fargo " +
        "Bank, N.A. under the Paycheck Protection Program.",
    );
    expect([loan.type, loan.subject, terms(loan)]).toEqual(["credit", "loan", [["loan", 1_250_000]]]);
    expect(loan.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Wells Fargo Bank, N.A.", "lender"],
    ]);
    const [decimal] = deal("On April 15, 2020, the Company received a loan of $1.25 million from Beta Bank.");
    expect([decimal.type, terms(decimal)]).toEqual(["credit", [["loan", 1_250_000]]]);
    const [sale] = deal(
      "On February 28, 2024, the Company completed the sale of its specialty chemicals business to Delta " +
        "Industries Corp. for $85 million in cash.",
    );
    expect([sale.type, sale.subject, terms(sale)]).toEqual([
      "asset_purchase",
      "specialty chemicals business",
      [["purchase_price", 85_000_000]],
    ]);
    expect(sale.parties.map((p) => p.role)).toEqual(["seller", "buyer"]);
  });

  it("parties by names a list would split: 'U.S.', partners joined by commas, investors buying notes", () => {
    const [sba] = deal(
      "On June 1, 2020, the Company entered into a loan agreement with the U.S. Small Business Administration " +
        "under which the Company received a loan of $150,000.",
    );
    expect(sba.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["U.S. Small Business Administration", "lender"],
    ]);
    const [underwritten] = deal(
      "On February 28, 2024, the Company entered into an underwriting agreement with Goldman, Sachs & Co. LLC " +
        "and Merrill Lynch, Pierce, Fenner & Smith Incorporated, as representatives of the several underwriters, " +
        "relating to the sale of 5,000,000 shares of the Company's common stock.",
    );
    expect(underwritten.parties.map((p) => p.name)).toEqual([
      "ACME CORP.",
      "Goldman, Sachs & Co. LLC",
      "Merrill Lynch, Pierce, Fenner & Smith Incorporated",
    ]);
    const [notes] = deal(
      "On February 28, 2024, the Company entered into a Note Purchase Agreement with certain institutional " +
        "investors pursuant to which the Company issued $75 million aggregate principal amount of its 6.25% " +
        "Senior Notes due 2031.",
    );
    // Notes bought from the registrant lend to it (a Note Purchase Agreement is a loan).
    expect(notes.type).toBe("credit");
    expect(notes.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["institutional investors", "lender"],
    ]);
  });

  it("a company bought through the registrant's subsidiary, and a building sold by an 'agreement'", () => {
    const [bought] = deal(
      "On February 28, 2024, the Company, through its wholly owned subsidiary Acme Operating LLC, acquired 100% " +
        "of the membership interests of Kappa Logistics, LLC from its members for total consideration of $32 million.",
    );
    expect([bought.type, bought.subject, terms(bought)]).toEqual([
      "merger",
      "Kappa Logistics, LLC",
      [["purchase_price", 32_000_000]],
    ]);
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Acme Operating LLC", "acquirer"],
      ["Kappa Logistics, LLC", "target"],
    ]);
    // Another company's subsidiary is bought with it.
    const [both] = deal(
      "On July 6, 2024, the Company entered into a stock purchase agreement whereby it acquired all of the " +
        "common stock of Gamma Holdings Inc. and its wholly owned subsidiary, Delta Labs Inc.",
    );
    expect(both.parties.find((p) => p.name === "Delta Labs Inc.")?.role).toBe("target");
    const [building] = deal(
      "On February 28, 2024, Acme Corp. announced that it had entered into an agreement to sell its headquarters " +
        "building located in Denver, Colorado to Xi Realty Partners LLC for $18.5 million.",
    );
    expect([building.type, building.subject]).toEqual(["asset_purchase", "headquarters building"]);
    expect(building.parties.map((p) => p.role)).toEqual(["seller", "buyer"]);
  });

  it("what 'supply the Company with' supplies; a seller before a name's periods; no name across 'Pi. The'", () => {
    const [supply] = deal(
      "On February 28, 2024, the Company entered into a Supply Agreement with Nu Materials Corp., pursuant to " +
        "which Nu will supply the Company with lithium carbonate for a period of five years.",
    );
    expect(supply.subject).toBe("lithium carbonate");
    const [sells] = deal(
      "On February 28, 2024, the Company entered into a Supply Agreement with Sigma Health Systems, Inc., under " +
        "which the Company will supply Sigma with its diagnostic test kits for a term of three years.",
    );
    // (What it supplies, not whose: "its" goes, as an owner's name does.)
    expect([sells.subject, sells.parties.map((p) => p.role)]).toEqual([
      "diagnostic test kits",
      ["seller", "buyer"],
    ]);
    const [shares] = deal(
      "On February 28, 2024, the Company entered into a Securities Purchase Agreement with Tau Capital Fund, L.P. " +
        "for the sale of 2,500,000 shares of common stock for aggregate gross proceeds of $5.0 million.",
    );
    expect(shares.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Tau Capital Fund, L.P.", "buyer"],
    ]);
    const [venture] = deal(
      "On February 28, 2024, the Company entered into a Joint Venture Agreement with Pi Energy Corp. to form a " +
        "joint venture owned 60% by the Company and 40% by Pi. The Company will contribute $30 million to it.",
    );
    expect(venture.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Pi Energy Corp."]);
  });

  it("assets bought by whose they are; a bank's purchase and assumption; an officer's transition agreement", () => {
    const [line] = deal(
      "On February 28, 2024, the Company acquired the assets of Psi Instruments, a product line of Omega Corp., " +
        "for $6.2 million in cash.",
    );
    expect([line.type, terms(line)]).toEqual(["asset_purchase", [["purchase_price", 6_200_000]]]);
    const [business] = deal(
      "On February 28, 2024, Acme Corp. entered into a Purchase Agreement with Beta Corp. under which Acme agreed " +
        "to acquire Beta's wholesale distribution business for $210 million.",
    );
    expect([business.type, business.subject]).toEqual([
      "asset_purchase",
      "Beta's wholesale distribution business",
    ]);
    const [bank] = deal(
      "The Company's subsidiary, Acme Bank, entered into a Purchase and Assumption Agreement with the Federal " +
        "Deposit Insurance Corporation, as receiver of First Community Bank, to assume approximately $300 million " +
        "of deposits.",
    );
    expect(bank.type).toBe("asset_purchase");
    expect(bank.parties.slice(0, 3).map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Acme Bank", "buyer"],
      ["Federal Deposit Insurance Corporation", "seller"],
    ]);
    const [transition] = deal(
      "On February 28, 2024, John Smith notified the Company of his resignation as Chief Executive Officer. In " +
        "connection with his departure, the Company and Mr. Smith entered into a Transition Agreement under which " +
        "Mr. Smith will receive a lump sum payment of $1,200,000.",
    );
    expect([transition.type, terms(transition)]).toEqual(["employment", [["other", 1_200_000]]]);
    expect(transition.parties.map((p) => p.role)).toEqual(["employer", "employee"]);
    // A merger's transition services are no one's employment.
    const [services] = deal(
      "On February 28, 2024, the Company entered into a Transition Services Agreement with Beta Corp. under " +
        "which the Company will provide accounting services to Beta for six months.",
    );
    expect(services.type).not.toBe("employment");
  });

  it("a division sold by its capitalised name, with no agreement named", () => {
    const [sold] = parseFiling(
      textFiling(
        "January 20, 1997",
        `${registrantLines("ACME CORP.")}Item 2. Acquisition or Disposition of Assets\n\nOn January 15, 1997, the ` +
          "Registrant sold its Omega Division to Tau Industries, Inc. for $12,500,000 in cash.\n",
      ),
    ).agreements;
    expect([sold.type, sold.subject, terms(sold)]).toEqual([
      "asset_purchase",
      "Omega Division",
      [["purchase_price", 12_500_000]],
    ]);
    expect(sold.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Tau Industries, Inc.", "buyer"],
    ]);
  });

  it("an officer's separation pay told as a total of a salary continued", () => {
    const [a] = deal(
      "On February 28, 2024, the Company entered into a Separation Agreement and General Release with Thomas Lee, " +
        "the Company's former Senior Vice President of Sales. Pursuant to the agreement, Mr. Lee will receive " +
        "continued payment of his base salary for twelve months, totaling $320,000, and a bonus of $50,000.",
    );
    expect([a.type, terms(a)]).toEqual(["employment", [["other", 320_000]]]);
  });

  it("a buyer with no corporate word, a 'previously announced' sale, royalties sold for cash", () => {
    const [bought] = deal(
      "On February 28, 2024, Acme Corp. announced that it has entered into a definitive agreement to be acquired " +
        "by Omega Capital Partners in an all-cash transaction. Acme stockholders will receive $31.00 per share in cash.",
    );
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Capital Partners", "acquirer"],
    ]);
    const [sold] = deal(
      "On February 28, 2024, Acme Corp. completed the previously announced sale of its Canadian subsidiary, Acme " +
        "Canada Ltd., to Upsilon Group Inc. for CAD $45 million.",
    );
    expect(sold.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Acme Canada Ltd.", "target"],
      ["Upsilon Group Inc.", "acquirer"],
    ]);
    expect(sold.terms.map((t) => [t.kind, t.amount, t.currency])).toEqual([
      ["purchase_price", 45_000_000, "CAD"],
    ]);
    const [done] = deal(
      "On February 28, 2024, the Company completed the previously announced acquisition of Upsilon Networks, Inc. " +
        "for $640 million in cash.",
    );
    expect([done.type, done.subject]).toEqual(["merger", "Upsilon Networks, Inc."]);
    const [royalty] = deal(
      "On February 28, 2024, the Company entered into a Royalty Purchase Agreement with Sigma Royalty Fund LP, " +
        "under which Sigma paid the Company $75 million in exchange for a portion of its future royalties.",
    );
    expect(royalty.parties.map((p) => p.role)).toEqual(["seller", "buyer"]);
  });

  it("an earn-out is part of a company's price; parties that 'agreed to settle' settle", () => {
    const [bought] = deal(
      "On February 28, 2024, Acme Corp. acquired Beta Analytics LLC. The Company paid $12 million in cash at " +
        "closing and agreed to pay up to an additional $6 million in earn-out payments based on Beta's revenue in 2024.",
    );
    expect(bought.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual([
      ["purchase_price", 12_000_000, null],
      ["purchase_price", 6_000_000, "max"],
    ]);
    const [settled] = deal(
      "On February 28, 2024, Acme Corp. and Lambda Corp. agreed to settle all pending litigation between them. " +
        "Under the settlement agreement, Lambda will pay the Company $18 million.",
    );
    expect([settled.type, settled.subject, terms(settled)]).toEqual([
      "settlement",
      "all pending litigation",
      [["other", 18_000_000]],
    ]);
    expect(settled.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Lambda Corp."]);
  });

  it("land sold, an equity line's buyer, a facility's name without the verb that changes it", () => {
    const [land] = deal(
      "On February 28, 2024, the Company entered into an Agreement of Sale with Tau Land Company for the sale of " +
        "approximately 120 acres of land in Polk County, Florida for a purchase price of $6,000,000.",
    );
    expect([land.type, land.subject, terms(land)]).toEqual([
      "asset_purchase",
      "approximately 120 acres of land",
      [["purchase_price", 6_000_000]],
    ]);
    const [line] = deal(
      "On February 28, 2024, the Company entered into a Stock Purchase Agreement with Lincoln Park Capital Fund, " +
        "LLC, pursuant to which Lincoln Park has committed to purchase up to $20,000,000 of the Company's common stock.",
    );
    expect(line.parties.map((p) => p.role)).toEqual(["seller", "buyer"]);
    const [credit] = deal(
      "On February 28, 2024, the Company entered into an Amended and Restated Credit Agreement with PNC Bank, " +
        "National Association, increasing the revolving line of credit to $35,000,000.",
    );
    expect(credit.subject).toBe("revolving line of credit");
  });

  it("a license's payment beside 'royalties of 5% of net sales' is still a term", () => {
    const [a] = deal(
      "On March 31, 2024, the Company entered into an agreement with Omega Corporation pursuant to which Omega " +
        "acquired an exclusive license to manufacture and sell the Company's VALVEX products in North America. In " +
        "consideration for the license, Omega paid the Company $500,000 and will pay royalties of 5% of net sales.",
    );
    expect([a.type, terms(a)]).toEqual([
      "license",
      [
        ["other", 500_000],
        ["royalties", null],
      ],
    ]);
  });

  it("a press release's deals: the other side by a name with no corporate word, a completion, a lender 'led by'", () => {
    const [bought] = deal(
      "Acme Corp. (NASDAQ: ACME) today announced that it has signed a definitive agreement to acquire Beta " +
        "Robotics, a leading provider of warehouse automation solutions, for $275 million in cash and stock.",
    );
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Beta Robotics", "target"],
    ]);
    const [sold] = deal(
      "Acme Corp. announced today that it has agreed to sell its consumer products division to Epsilon Brands for " +
        "approximately $95 million.",
    );
    expect([sold.type, sold.subject]).toEqual(["asset_purchase", "consumer products division"]);
    expect(sold.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Epsilon Brands", "buyer"],
    ]);
    const [done] = deal(
      "Acme Corp. (NYSE: ACM), a global leader in specialty materials, today announced the completion of its " +
        "acquisition of Gamma Coatings GmbH, a privately held manufacturer of industrial coatings.",
    );
    expect([done.type, done.subject]).toEqual(["merger", "Gamma Coatings GmbH"]);
    const [credit] = deal(
      "Acme Corp. announced today that it has closed a new $200 million senior secured credit facility led by Bank " +
        "of Montreal.",
    );
    expect(credit.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Bank of Montreal", "lender"],
    ]);
  });

  it("a company bought from a seller whose name starts with the same word", () => {
    const [a] = deal(
      "On February 28, 2024, the Company completed the acquisition of all of the outstanding equity interests of " +
        'Lambda Energy Services, LLC ("Lambda") from Lambda Holdings, LP for aggregate consideration of $210 million.',
    );
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Lambda Energy Services, LLC", "target"],
      ["Lambda Holdings, LP", "seller"],
    ]);
    expect(a.subject).toBe("Lambda Energy Services, LLC");
  });

  it("a merger subsidiary by its defined name is a party; a target told by its short name is its full name", () => {
    const [m] = deal(
      "On July 22, 2024, Acme Corp. (“Acme”), Madison Bancorp, Inc. (“Madison”), and CVLY Corp., a Pennsylvania " +
        "corporation and wholly-owned subsidiary of Acme (“Acquisition Subsidiary”), entered into an Agreement and " +
        "Plan of Merger pursuant to which Acme will acquire Madison through the merger of Acquisition Subsidiary " +
        "with and into Madison.",
    );
    expect(m.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Madison Bancorp, Inc.", "target"],
      ["CVLY Corp.", "party"],
    ]);
    expect(m.subject).toBe("Madison Bancorp, Inc.");
  });

  it("the registrant's subsidiary, 'a Delaware corporation and a wholly-owned subsidiary of' it, takes its side", () => {
    const [bought] = parseFiling(
      textFiling(
        "January 5, 1999",
        `${registrantLines("INTERMET CORPORATION")}Item 2. Acquisition or Disposition of Assets\n\nOn December 31, ` +
          '1998, pursuant to an Asset Purchase Agreement between Intermet Corporation ("Registrant") and Quadion ' +
          'Corporation ("Quadion"), Tool Products, Inc., a Delaware corporation and a wholly-owned subsidiary of ' +
          'Registrant ("Subsidiary") acquired the assets of the Tool Products operating division of Quadion.\n',
      ),
    ).agreements;
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["INTERMET CORPORATION", "buyer"],
      ["Quadion Corporation", "seller"],
      ["Tool Products, Inc.", "buyer"],
    ]);
    const [sold] = deal(
      "On November 30, 2024, Altamira Instruments, Inc. (the “Company”), a Delaware corporation and a wholly-owned " +
        "subsidiary of Acme Corp., entered into an Asset Purchase Agreement with Beta Sci. & Tech. Co., Ltd (the " +
        "“Purchaser”) pursuant to which the Company agreed to sell substantially all of its assets.",
    );
    expect(sold.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "seller"],
      ["Altamira Instruments, Inc.", "seller"],
      ["Beta Sci. & Tech. Co., Ltd", "buyer"],
    ]);
  });

  it("an option agreement to license is an option, not a license; an option and license agreement licenses", () => {
    const [option] = deal(
      "On January 19, 2024, the Company entered into an Option Agreement with Beta Pharma, Inc. to license BX-7, " +
        "an imaging agent. The option agreement gives Beta a 6 month period during which it has exclusive rights to " +
        "license the asset.",
    );
    expect([option.type, option.parties.map((p) => p.role)]).toEqual(["other", ["party", "party"]]);
    const [license] = deal(
      "On January 19, 2024, the Company entered into an Option and License Agreement with Beta Pharma, Inc. under " +
        "which the Company granted Beta an exclusive license to BX-7.",
    );
    expect(license.type).toBe("license");
  });

  it("an agreement told again in another item, with its other side, is one agreement", () => {
    const found = parseFiling(
      textFiling(
        "June 30, 1997",
        `${registrantLines("ACME CORP.")}Item 2. Acquisition or Disposition of Assets\n\nOn June 22, 1997 the ` +
          "Registrant executed an agreement to acquire a 10,000 square foot building located at 2260 S. W. 8th " +
          "Street, Miami, Fl. from Luis Cruz, M.D.\n\nItem 5. Other Events\n\nOn June 22, 1997 the Registrant " +
          "executed an agreement with Luis Cruz, M.D.\n",
      ),
    ).agreements;
    expect(found.map((a) => [a.type, a.subject, a.parties.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ["asset_purchase", "a 10,000 square foot building", ["ACME CORP.:buyer", "Luis Cruz:seller"]],
    ]);
  });

  it("a credit facility: its name without the amount or what leads to it; its size, not its parts or options", () => {
    const [a] = deal(
      "On March 26, 2024, the Company entered into a Credit Agreement with the lenders party thereto and First " +
        "Bank, N.A., as administrative agent, swing loan lender and issuing lender. The Credit Agreement provides " +
        "for a $1.0 billion senior unsecured five-year revolving facility. The facility may be increased, at the " +
        "Company's option, by up to an additional $500 million in the aggregate. Up to $50.0 million of it may be " +
        "used for letters of credit, and it includes a swingline loan sub-facility of $20 million. The first " +
        "tranche of $30.0 million was funded at closing, and the borrowing base is $25 million.",
    );
    expect(a.type).toBe("credit");
    expect(a.subject).toBe("senior unsecured five-year revolving facility");
    expect(terms(a)).toEqual([["loan", 1_000_000_000]]);
    expect(
      deal(
        "On May 2, 2024, the Company entered into a Loan Agreement with Beta Bank to establish a $2.0 million line of credit.",
      )[0].subject,
    ).toBe("line of credit");
    expect(
      deal(
        "On May 2, 2024, the Company entered into a Loan Agreement with Beta Bank, N.A. that revised the maturity " +
          "date on Company’s Line of Credit.",
      )[0].subject,
    ).toBe("Line of Credit");
    expect(
      deal(
        "On May 2, 2024, the Company entered into a Fifth Amendment to Loan Agreement with Beta Bank, N.A. Under " +
          "the new agreement, the maturity date was extended to December 31, 2026 and the total borrowing facility " +
          "was increased to $44 million.",
      )[0].subject,
    ).toBe("total borrowing facility");
  });

  it("a change of control the stockholders approve is no change-in-control agreement with an officer", () => {
    const told = deal(
      "On March 26, 2024, Acme Corp. entered into a Share Exchange Agreement with Omega Holdings, Inc. " +
        "Pursuant to the Exchange Agreement, Omega has agreed to hold a stockholders’ meeting to approve the issuance " +
        "of shares and a “change of control” under Nasdaq Listing Rule 5635(b).",
    );
    expect(told.map((a) => a.type)).not.toContain("employment");
    const [officer] = deal(
      "On March 26, 2024, Acme Corp. entered into a Change in Control Agreement with Jane Smith, its Chief Financial Officer.",
    );
    expect(officer.type).toBe("employment");
  });

  it("a license's payment for the rights themselves is its upfront", () => {
    const [a] = deal(
      "On March 20, 2024, the Company entered into a License Agreement with Omega Laboratories, Inc. " +
        "(“Omega”). Under the terms of the Agreement, Omega paid $485,000.00 for the exclusive rights to the " +
        "two indications, and will fund associated research.",
    );
    expect(a.type).toBe("license");
    expect(terms(a)).toEqual([["upfront", 485_000]]);
  });

  it("a settlement agreed to or reached without an agreement named, and what it pays in all", () => {
    const [agreed] = deal(
      "On March 20, 2024, the Company and Omega LifeSciences, Inc. (“Omega”) agreed to a settlement of " +
        "their respective claims and counter claims asserted in the civil action. The settlement provides " +
        "that the Company pay to Omega a total of $550,000 and return all unsold inventory.",
    );
    expect(agreed.type).toBe("settlement");
    expect(agreed.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Omega LifeSciences, Inc."]);
    expect(terms(agreed)).toEqual([["other", 550_000]]);
    const [reached] = deal(
      "On March 20, 2024, the Company reached a confidential settlement with Beta Medical, Inc. resolving " +
        "the patent litigation pending in the District of Delaware.",
    );
    expect(reached.type).toBe("settlement");
    expect(reached.parties.map((p) => p.name)).toContain("Beta Medical, Inc.");
  });

  it("an agreement no words type, told under Item 5.02, is an officer's own; under Item 1.01 it stays untyped", () => {
    const letters =
      "On July 10, 2007, Acme Corp. (the “Company”) entered into letters of agreement with each of Michael " +
      "F. Adams, President and Chief Executive Officer of the Company, and Eric G. Walters, Vice President " +
      "and Chief Financial Officer of the Company.";
    const item502 =
      "Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain " +
      "Officers; Compensatory Arrangements of Certain Officers\n\n";
    const officers = parseFiling(
      textFiling("March 26, 2024", `${registrantLines("ACME CORP.")}${item502}${letters}\n`),
    ).agreements;
    expect(officers.map((a) => a.type)).toEqual(["employment", "employment"]);
    expect(officers.map((a) => a.parties.map((p) => [p.name, p.role]))).toEqual([
      [
        ["ACME CORP.", "employer"],
        ["Michael F. Adams", "employee"],
      ],
      [
        ["ACME CORP.", "employer"],
        ["Eric G. Walters", "employee"],
      ],
    ]);
    expect(deal(letters).map((a) => a.type)).not.toContain("employment");
  });

  it("a promissory note entered into with its holder is a loan from it; a note paid as a price is not", () => {
    const [note] = deal(
      "On March 20, 2024, the Company entered into the Second Amended and Restated Secured Promissory Note, " +
        "dated as of March 20, 2024, by and between the Company and Omega Systems, Inc. (“Omega”). The " +
        "aggregate principal amount of the Amended Note is $1,302,826.48.",
    );
    expect(note.type).toBe("credit");
    expect(note.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["Omega Systems, Inc.", "lender"],
    ]);
    expect(terms(note)).toEqual([["loan", 1_302_826.48]]);
    const bought = deal(
      "On March 20, 2024, the Company acquired all of the outstanding stock of Beta Widgets, Inc. for " +
        "$2,000,000 in cash and a Promissory Note in the principal amount of $500,000.",
    );
    expect(bought.map((a) => a.type)).toEqual(["merger"]);
  });

  it("what is bought after an enumerator '(1)' is still assets; a merger that only dates a sentence types nothing", () => {
    const [bought] = deal(
      "On March 20, 2024, the Company entered into a purchase and sale agreement with Omega Oil & Gas, LLC " +
        "(“Seller”), pursuant to which the Company agreed to acquire (1) certain oil and gas properties from " +
        "Seller in Houston County, Texas, and (2) 77.3 miles of gathering lines.",
    );
    expect(bought.type).toBe("asset_purchase");
    expect(bought.subject).toBe("certain oil and gas properties");
    expect(bought.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Oil & Gas, LLC", "seller"],
    ]);
    const [dated] = deal(
      "On March 20, 2024, we entered into a new agreement with Omega Research Company, Ltd. relating to the " +
        "polymer technology that comprised the core technology of our company prior to the merger with Beta, " +
        "LLC in September 2011.",
    );
    expect(dated.type).not.toBe("merger");
  });

  it("a credit facility established with a bank, its size in days unhyphenated", () => {
    const [a] = deal(
      "On December 21, 2000, the Company announced in a press release that it had established with National " +
        "City Bank, a 364 day credit facility with a $20 million dollar limit.",
    );
    expect(a.type).toBe("credit");
    expect(a.subject).toBe("364 day credit facility");
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME CORP.", "borrower"],
      ["National City Bank", "lender"],
    ]);
    expect(terms(a)).toEqual([["loan", 20_000_000]]);
    expect(
      deal("On December 21, 2000, the Company established a new manufacturing facility in Austin, Texas."),
    ).toEqual([]);
  });

  it("what a license is to, told as access, a license from its owner, or a product to co-promote", () => {
    const subject = (text: string) => deal(text)[0]?.subject;
    expect(
      subject(
        "On March 20, 2024, the Company entered into a License Agreement with Omega, SA. The Agreement covers " +
          "North America and provides the Company with access to Omega’s proprietary production process for the " +
          "formulation of a jetable fluid.",
      ),
    ).toBe("Omega’s proprietary production process");
    expect(
      subject(
        "On March 20, 2024, the Company entered into a License Agreement with Beta Health, Inc. to license from " +
          "Beta Health certain intellectual property rights that may be used in the Company’s tissue processing.",
      ),
    ).toBe("certain intellectual property rights");
    expect(
      subject(
        "On March 20, 2024, the Company entered into a non-exclusive Co-Promotion Agreement with Gamma Pharma, " +
          "Inc. to co-promote ZEGERID™ (omeprazole) Powder for Oral Suspension to U.S. physicians.",
      ),
    ).toBe("ZEGERID™");
  });

  it("the installments a license's total is paid in are no term of their own", () => {
    const [a] = deal(
      "On March 20, 2024, the Company entered into a License Agreement with Beta Health, Inc. Total monetary " +
        "consideration for the License Agreement is $4,900,000, to be paid in five annual installments of $980,000.",
    );
    expect(terms(a)).toEqual([["total_value", 4_900_000]]);
  });

  it("agencies whose names hold 'and' are one party; the SEC is one only to what is settled with it; a plant is no facility", () => {
    const parties = (text: string) => deal(text).map((a) => [a.type, a.parties.map((p) => p.name)]);
    expect(
      parties(
        "On March 20, 2010, the Company entered into a consent decree with the U.S. Food and Drug Administration " +
          "regarding its manufacturing facility.",
      ),
    ).toEqual([["settlement", ["ACME CORP.", "U.S. Food and Drug Administration"]]]);
    expect(
      parties(
        "On March 20, 2010, the Company entered into a Corporate Integrity Agreement with the Office of Inspector " +
          "General of the United States Department of Health and Human Services.",
      ),
    ).toEqual([
      [
        "other",
        [
          "ACME CORP.",
          "Office of Inspector General of the United States Department of Health and Human Services",
        ],
      ],
    ]);
    expect(
      parties(
        "On March 20, 2010, the Company entered into a settlement agreement with the Securities and Exchange " +
          "Commission, under which the Company will pay $2.5 million.",
      ),
    ).toEqual([["settlement", ["ACME CORP.", "Securities and Exchange Commission"]]]);
    expect(
      parties(
        "On March 20, 2010, the Company entered into a Registration Rights Agreement with Beta Capital LLC, under " +
          "which the Company agreed to prepare and file with the Securities and Exchange Commission a registration " +
          "statement.",
      ),
    ).toEqual([["other", ["ACME CORP.", "Beta Capital LLC"]]]);
  });

  it("what a supply or distribution agreement supplies, without its owner or 'supplies of'", () => {
    const subject = (text: string) => deal(text)[0]?.subject;
    expect(
      subject(
        "On March 20, 2024, the Company entered into a Distribution Agreement with Omega S.r.l. (“Omega”). " +
          "Pursuant to the agreement, Omega will act as the exclusive distributor in Italy of the Company’s " +
          "SoftPap™ cervical cell collection device designed to screen for cervical cancer.",
      ),
    ).toBe("SoftPap™ cervical cell collection device");
    expect(
      subject(
        "On March 20, 2024, the Registrant and Beta Medical Systems, Inc. (“Beta”) executed a four-year " +
          "distribution agreement for the distribution of the Registrant’s three catheter-fastening devices: " +
          "PercuStay™, PleuraStay™, and EpiStay™.",
      ),
    ).toBe("three catheter-fastening devices");
    expect(
      subject(
        "On March 20, 2024, the Company entered into a supply agreement with Gamma Specialty Products, Inc. to " +
          "purchase supplies of graphite powder (the “Product”) for the manufacture of Li-ion cells.",
      ),
    ).toBe("graphite powder");
  });
});
