/**
 * Agreements in more of the common words of 8-Ks (the sentences are our own, written the way
 * filings put them; agreements.test.ts holds the older cases).
 */
import { describe, expect, it } from "vitest";
import { parseFiling } from "../../src/form8k/record.js";
import { agreementsIn, deal, ITEM_1_01, ITEM_2, roles } from "../helpers/agreements.js";
import { registrantLines, textFiling } from "../helpers/fixtures.js";

describe("shares the registrant sells", () => {
  it("to a buyer whose name ends in a corporate word after a comma: one buyer, by its whole name", () => {
    const [a] = deal(
      "On May 5, 1999, the Company sold 500,000 shares of its common stock to Apex Fund, L.P. for an aggregate " +
        "purchase price of $1,000,000 pursuant to a Stock Purchase Agreement.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Apex Fund, L.P.", "buyer"],
    ]);
  });

  it("that another 'will' or 'would purchase': the registrant sells, the other buys", () => {
    for (const verb of ["will purchase", "would purchase", "shall purchase"]) {
      const [a] = deal(
        "The Company has entered into a Stock Purchase Agreement with Harbor Capital Partners, L.P. pursuant " +
          `to which Harbor ${verb} 2,000,000 shares of the Company's common stock for $8,000,000.`,
      );
      expect(roles(a)).toEqual([
        ["ACME CORP.", "seller"],
        ["Harbor Capital Partners, L.P.", "buyer"],
      ]);
      expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["equity_purchase", 8_000_000]]);
    }
  });
});

describe("a letter of intent", () => {
  it("keeps its name: no 'intent' cut from 'letter of intent'", () => {
    const [a] = deal(
      "The Company has entered into a letter of intent with Harbor Capital Partners, L.P. regarding a possible " +
        "transaction.",
    );
    expect(a.name).toBe("letter of intent");
    expect(a.subject).toBe("letter of intent");
  });

  it("to sell the registrant's division is an asset sale, not the registrant acquired", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a non-binding letter of intent with Summit Holdings, Inc. under " +
        "which Summit would acquire the Company's retail division for approximately $12 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Summit Holdings, Inc.", "buyer"],
    ]);
  });
});

describe("a property sold with no agreement named", () => {
  it.each([
    [
      "On March 31, 2000, the Registrant sold its Omaha, Nebraska manufacturing facility to Heartland " +
        "Properties, L.L.C. for $3.2 million.",
      "Heartland Properties, L.L.C.",
      "Omaha, Nebraska manufacturing facility",
    ],
    [
      "On March 31, 2000, the Registrant completed the sale of its headquarters building in Tulsa, Oklahoma to " +
        "Williams Realty Corp. for $6.2 million.",
      "Williams Realty Corp.",
      "headquarters building",
    ],
  ])("is an asset sale to its buyer, for its price: %s", (text, buyer, subject) => {
    const [a] = deal(text);
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      [buyer, "buyer"],
    ]);
    expect(a.subject).toBe(subject);
    expect(a.terms.map((t) => t.kind)).toEqual(["purchase_price"]);
  });

  it("is not a lease or a loan secured by the building", () => {
    expect(
      deal(
        "On March 31, 2000, the Registrant leased its manufacturing facility to Heartland Properties, L.L.C. " +
          "for $30,000 a month.",
      ).map((a) => a.type),
    ).not.toContain("asset_purchase");
  });
});

describe("a merger told done, with no agreement named", () => {
  const done = (text: string) => agreementsIn(text, { item: ITEM_2, date: "April 5, 2000" });
  it.each([
    [
      "Effective March 31, 2000, the Registrant merged with Western Bancshares, Inc., with the Registrant as " +
        "the surviving corporation.",
      "acquirer",
    ],
    [
      "On March 31, 2000, Western Bancshares, Inc. was merged with and into the Company. Each share of Western " +
        "common stock was converted into the right to receive $22.00 in cash.",
      "acquirer",
    ],
    [
      "On March 31, 2000, the Company was merged with and into Western Bancshares, Inc. Each share of the " +
        "Company's common stock was converted into the right to receive $22.00 in cash.",
      "target",
    ],
  ])("is a merger, the registrant's side told by who merges into whom: %s", (text, role) => {
    const [a] = done(text);
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", role],
      ["Western Bancshares, Inc.", role === "target" ? "acquirer" : "target"],
    ]);
  });
});

describe("an amendment to an agreement dated years before", () => {
  const amended = (subsidiary: string) =>
    parseFiling(
      textFiling(
        "October 28, 2010",
        `${registrantLines("ACME WIDGETS, INC.")}Item 1.01 Entry into a Material Definitive Agreement.\n\n` +
          `Effective October 26, 2010, Acme Widgets, Inc. and its wholly-owned subsidiary, ${subsidiary} ` +
          '(collectively, the "Company"), entered into a Third Amendment (the "Amendment") to the Credit ' +
          "Agreement dated May 7, 2007 with JPMorgan Chase Bank, N.A.\n",
      ),
    ).agreements;

  it("is entered into now, dated now, not only referred to", () => {
    const [a] = amended("Zeta Motors B.V.");
    expect(a.type).toBe("credit");
    expect(a.date).toBe("2010-10-26");
    expect(roles(a)).toEqual([
      ["ACME WIDGETS, INC.", "borrower"],
      ["Zeta Motors B.V.", "borrower"],
      ["JPMorgan Chase Bank, N.A.", "lender"],
    ]);
  });

  it("keeps a subsidiary named like its parent, by its foreign corporate word ('B.V.')", () => {
    expect(amended("Acme Widgets B.V.")[0].parties.map((p) => p.name)).toContain("Acme Widgets B.V.");
  });
});

describe("more ways an agreement is entered into", () => {
  const item = (registrant: string, text: string) =>
    agreementsIn(text, { registrant, item: ITEM_1_01, date: "November 17, 2000" });

  it("two agreements named with their articles ('a License Agreement and a Supply Agreement')", () => {
    const found = item(
      "ACME CORP.",
      "On May 22, 2017, the Company entered into a License Agreement and a Supply Agreement with Beta " +
        "Therapeutics, Inc. granting Beta an exclusive right to use Zetasol.",
    );
    expect(found.map((a) => a.type)).toEqual(["license", "supply"]);
  });

  it("a joint venture contract", () => {
    const [a] = item(
      "ACME CORP.",
      "On January 7, 2008, the Company entered into joint venture contract with Delta Glass Co., Ltd. The " +
        "Company and Delta will each own a 50% interest in the joint venture.",
    );
    expect(a.type).toBe("other");
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Delta Glass Co., Ltd."]);
  });

  it("a property's sale announced, its price told as gross proceeds, its seller called by its initials", () => {
    const [a] = item(
      "AMERICAN INDUSTRIAL PROPERTIES REIT",
      "On November 15, 2000, AIP announced the sale of its Manhattan Towers property located in Manhattan " +
        "Beach, California to Divco West Properties, LLC. The property sold for gross proceeds of approximately " +
        "$55.35 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["AMERICAN INDUSTRIAL PROPERTIES REIT", "seller"],
      ["Divco West Properties, LLC", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 55_350_000]]);
  });

  it("initials that are also a word in the text are not the registrant's", () => {
    const [a] = item(
      "AMERICAN CAPITAL EQUIPMENT CORP.",
      "On November 15, 2000, ACE announced the sale of its Tulsa plant to Omega Industries, Inc. for $5 " +
        "million. The buyer's ace in the hole was cash.",
    );
    expect(a.parties.map((p) => p.name)).not.toContain("AMERICAN CAPITAL EQUIPMENT CORP.");
  });
});

describe("who sells, what kind of deal, which amounts are its terms", () => {
  const item2 = (registrant: string, text: string) =>
    agreementsIn(text, { registrant, item: ITEM_2, date: "October 10, 2000" });

  it("radio stations bought are assets, not a company", () => {
    const [a] = item2(
      "ACME BROADCASTING CORP.",
      "On June 26, 1996, the Company completed the acquisition of twelve radio stations from subsidiaries of " +
        "Omega Holdings, L.P. for a total purchase price of $410 million pursuant to a Stock Purchase Agreement.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.subject).toBe("twelve radio stations");
  });

  it("the registrant's subsidiary that 'sold its inventories' sells for the registrant's side", () => {
    const [a] = item2(
      "ACME MEDICAL CORP.",
      'On October 6, 2000, Beta Group Inc. ("Beta"), a wholly-owned subsidiary of Acme Medical Corp., closed a ' +
        'transaction under an Asset Purchase Agreement with Omega America Inc. ("Omega") pursuant to which Beta ' +
        "terminated its consumer products business and sold its inventories of consumer products to Omega.",
    );
    expect(a.parties.find((p) => p.name === "Beta Group Inc.")?.role).toBe("seller");
    expect(a.parties.find((p) => p.name === "Omega America Inc.")?.role).toBe("buyer");
  });

  it("a term sheet for research, development and commercialization is a collaboration; shares issued to the partner are its equity purchase, a warrant's exercise price no term", () => {
    const [a] = item2(
      "ACME PHARMACEUTICALS INC.",
      'On August 20, 1997, the Company entered into a Binding Term Sheet with Omega Inc. ("Omega") respecting ' +
        "the research, development and commercialization of the Company's ligand technology. Omega paid a $15 " +
        "million signing fee to the Company. The Company will issue to Omega 640,095 shares of the Company's " +
        "common stock, par value $.01 per share, and Warrants to purchase up to an additional 700,000 shares of " +
        "Company Common Stock for a total of $20 million. The Warrants will have an exercise price of " +
        "approximately $35.15 per share.",
    );
    expect(a.type).toBe("collaboration");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["upfront", 15_000_000],
      ["equity_purchase", 20_000_000],
    ]);
  });
});

describe("what a merger is paid with", () => {
  const merged = (text: string) =>
    agreementsIn(text, { registrant: "ACME BANCSHARES, INC.", item: ITEM_2, date: "April 10, 1998" })[0];
  const terms = (a: { terms: { kind: string; amount: number | null }[] }) =>
    a.terms.map((t) => [t.kind, t.amount]);

  it.each([
    "On March 30, 1998, the Company acquired all of the issued and outstanding common stock of Citizens " +
      'Bancshares, Inc. ("Citizens"), pursuant to the Agreement and Plan of Reorganization, dated September 15, ' +
      "1997, in exchange for the issuance of 1,569,887 shares of the Company's common stock.",
    "On March 30, 1998, the Company entered into an Agreement and Plan of Merger with Citizens Bancshares, Inc. " +
      '("Citizens"). Under the terms of the agreement, Citizens stockholders will be entitled to receive shares of ' +
      "Company Common Stock for each share of Citizens Common Stock held by them.",
  ])("shares: a price with no amount: %s", (text) => {
    expect(terms(merged(text))).toEqual([["purchase_price", null]]);
  });

  it("cash is its price; debt assumed a term of its own, not what of it was repaid", () => {
    const a = merged(
      "On April 4, 1997, the Company consummated the merger with Beta Communications, Inc. pursuant to the " +
        "Agreement and Plan of Merger. The Company paid approximately $108.9 million in cash and assumed " +
        "approximately $223.0 million in long-term debt, of which approximately $73.0 million was paid at closing.",
    );
    expect(terms(a)).toEqual([
      ["purchase_price", 108_900_000],
      ["other", 223_000_000],
    ]);
  });
});

describe("a licensee that pays, a loan's size and not what is drawn", () => {
  const item = (registrant: string, text: string) =>
    agreementsIn(text, { registrant, item: ITEM_1_01, date: "December 7, 2009" })[0];

  it("'made an upfront payment': the registrant is the licensee", () => {
    const a = item(
      "ACME, INC.",
      'On December 3, 2009, Acme, Inc. ("Acme") entered into an agreement with Beta Pharma, Inc. ("Beta") to ' +
        "license a proprietary technology platform. On execution of the agreement, Acme made an upfront payment " +
        "of $2 million and an equity investment in Beta of $8 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME, INC.", "licensee"],
      ["Beta Pharma, Inc.", "licensor"],
    ]);
  });

  it("an amount drawn or still available to be drawn is no loan term", () => {
    const a = item(
      "ACME RESTAURANTS, INC.",
      "On October 15, 2004, the Company amended and restated its loan agreements with US Bank, N.A. The new " +
        "agreements increased the maximum amount that may be borrowed under the Credit Facility from $55,000,000 " +
        "to $61,500,000. As $52,500,000 has already been drawn on the facility, the effect of the change was to " +
        "increase the amount available to be drawn from $2,500,000 to $9,000,000.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 61_500_000]]);
  });
});

describe("words that carry an agreement on", () => {
  it("'The purchase price for the assets sold' a few sentences on is the asset sale's price", () => {
    const [a] = deal(
      "On June 15, 2000 Beta Medical Services, Inc., a subsidiary of the Company, entered into an ASSET " +
        "PURCHASE AND SALE AGREEMENT to sell its tangible property to an unrelated company, Omega Direct, LLC. " +
        "The sale did not include cash or accounts receivable. The buyer also took over certain leases. The " +
        "purchase price for the assets sold, other than inventory, was $300,000.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 300_000]]);
  });

  it("an 'employment contract' with an officer named with initials and 'Jr.'", () => {
    const [a] = deal(
      "On March 26, 2012, the Company entered into an employment contract with Kelvyn H. Cullimore, Jr., Chief " +
        'Executive Officer and President ("Cullimore"). Cullimore is paid a base salary of $200,000 per annum.',
    );
    expect(a.type).toBe("employment");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "employer"],
      ["Kelvyn H. Cullimore, Jr.", "employee"],
    ]);
  });

  it("a licensed product named with a strength ('Prochieve ® 4% (progesterone gel)')", () => {
    const [a] = deal(
      "On September 27, 2007, the Company entered into a License and Supply Agreement with Ascend " +
        "Therapeutics, Inc., pursuant to which the Company granted Ascend an exclusive, five year license to " +
        "market and sell the Company’s Prochieve ® 4% (progesterone gel) product in the United States.",
    );
    expect(a.subject).toBe("the Company’s Prochieve ® 4%");
  });
});

describe("a credit facility the registrant takes through its subsidiary", () => {
  it("has the subsidiary borrow beside it, and no part set aside as the facility's size", () => {
    const [a] = deal(
      "On September 6, 1996, the Company, through Zeta Media Services, Inc., a newly-formed, wholly-owned " +
        'subsidiary, as borrower, established a new senior secured Revolving Credit Facility (the "New Credit ' +
        'Facility") with a group of lenders for which The First National Bank of Boston acts as agent. The New ' +
        "Credit Facility provides for borrowings of up to $35.0 million and matures on March 31, 1998. $5.0 " +
        "million is available to cover interest payments over the term of the facility.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Zeta Media Services, Inc.", "borrower"],
      ["The First National Bank of Boston", "lender"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 35_000_000]]);
  });
});

describe("what an agreement is about", () => {
  it("inventories sold", () => {
    const [a] = deal(
      "On October 6, 2000, the Company closed a transaction under an Asset Purchase Agreement with Omega " +
        "America Inc. pursuant to which the Company sold its inventories of consumer products to Omega.",
    );
    expect(a.subject).toMatch(/^inventories/);
  });

  it("what an agreement is 'to license'", () => {
    const [a] = deal(
      "On December 3, 2009, the Company entered into an agreement with Beta Pharma, Inc. to license a " +
        "proprietary long-acting Fc fusion technology platform, as described in the attached press release.",
    );
    expect(a.type).toBe("license");
    expect(a.subject).toBe("a proprietary long-acting Fc fusion technology platform");
  });
});

describe("what a settlement settles", () => {
  it("an investigation", () => {
    const [a] = deal(
      "On March 1, 2015, the Company and the Securities and Exchange Commission reached a settlement of the " +
        "SEC's investigation, under which the Company agreed to pay a civil penalty of $3 million.",
    );
    expect(a.type).toBe("settlement");
    expect(a.subject).toBe("the SEC's investigation");
  });
});

describe("mergers told in other words", () => {
  it("'will be merged with and into a wholly-owned subsidiary of the Registrant' types a definitive agreement", () => {
    const [a] = deal(
      'On May 15, 1998, the Registrant and Pacific Gateway Properties, Inc. ("PGP") executed a definitive ' +
        "agreement pursuant to which PGP will be merged with and into a wholly-owned subsidiary of the " +
        "Registrant. Each outstanding share of PGP common stock will be converted into the right to receive " +
        "$18.50 in cash.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Pacific Gateway Properties, Inc.", "target"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 18.5]]);
  });

  it("a promissory note paid for a company is part of its price", () => {
    const [a] = deal(
      "On May 15, 1998, Registrant acquired all of the outstanding shares of Coastal Freight Lines, Inc. from " +
        "its shareholders for $8,500,000 in cash and a promissory note in the principal amount of $1,500,000.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["purchase_price", 8_500_000],
      ["purchase_price", 1_500_000],
    ]);
  });

  it("a termination agreement ends a merger agreement: it is no merger", () => {
    const [a] = deal(
      "On May 15, 1998, the Registrant entered into a Termination Agreement with Pacific Gateway Properties, " +
        "Inc. terminating the Agreement and Plan of Merger dated February 1, 1998.",
    );
    expect(a.type).toBe("other");
  });
});

describe("an officer's pay told with the letter it is in", () => {
  it("is an employment agreement by that letter's name", () => {
    const [a] = parseFiling(
      textFiling(
        "March 5, 2015",
        `${registrantLines("ACME CORP.")}Item 5.02 Departure of Directors or Certain Officers\n\n` +
          "On March 1, 2015, the Board of Directors appointed Sarah Lee as Chief Financial Officer, effective " +
          "March 16, 2015. Pursuant to her offer letter, Ms. Lee will receive an annual base salary of $375,000.\n",
      ),
    ).agreements;
    expect(a.type).toBe("employment");
    expect(a.subject).toBe("offer letter");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["other", 375_000]]);
  });
});

describe("a registrant merged into another's subsidiary", () => {
  it("'Following consummation of the merger, Retek will be a wholly owned subsidiary of Oracle': the registrant is bought", () => {
    const [a] = deal(
      "On March 22, 2005, the Company entered into an Agreement and Plan of Merger with Oracle Corporation " +
        "(“Oracle”), and a wholly owned subsidiary of Oracle, providing for the merger of that subsidiary with " +
        "and into the Company. Following consummation of the merger, the Company will be a wholly owned " +
        "subsidiary of Oracle.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Oracle Corporation", "acquirer"],
    ]);
  });

  it("'a wholly owned subsidiary of Harris will merge with and into the Company': bought; what its holders get is the merger's, not the voting agreement's", () => {
    const [merger, voting] = deal(
      'On July 9, 2007, the Company entered into an Agreement and Plan of Merger (the "Merger Agreement") with ' +
        'Harris Bankcorp, Inc. ("Harris"). The Merger Agreement provides that a wholly owned subsidiary of Harris ' +
        'will merge with and into the Company (the "Merger"), with the Company continuing as the surviving ' +
        "corporation. The directors of the Company have entered into a voting agreement with Harris to vote all " +
        "of their shares of the Company's common stock in favor of the Merger.\n\nAt the effective time of the " +
        "Merger, each issued and outstanding share of the Company's common stock will be converted into the " +
        "right to receive $37.30 in cash.",
    );
    expect(roles(merger)).toEqual([
      ["ACME CORP.", "target"],
      ["Harris Bankcorp, Inc.", "acquirer"],
    ]);
    expect(merger.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 37.3]]);
    expect(voting.type).toBe("other");
    expect(voting.terms).toEqual([]);
  });
});

describe("a counterparty's short name", () => {
  it("is not a word other names share ('Bank' of 'Bank of America' is not 'Zeta Bank')", () => {
    const [a] = parseFiling(
      textFiling(
        "March 20, 2013",
        `${registrantLines("FIRST FINANCIAL CORPORATION")}Item 1.01 Entry into a Material Definitive Agreement\n\n` +
          'On March 18, 2013, Zeta Bank, National Association ("Zeta Bank"), a wholly-owned subsidiary of First ' +
          'Financial Corporation (the "Corporation"), entered into a Purchase and Assumption Agreement with Bank of ' +
          "America, National Association. Under the terms of the Agreement, Zeta Bank will purchase certain " +
          "assets and assume certain liabilities of 7 branch offices of Bank of America in Illinois.\n",
      ),
    ).agreements;
    expect(a.parties.find((p) => p.name.startsWith("Bank of America"))?.role).toBe("seller");
    expect(a.parties.find((p) => p.name.startsWith("Zeta Bank"))?.role).toBe("buyer");
  });
});

describe("acquisitions told done (set16's wording, our sentences)", () => {
  const done = (registrant: string, text: string) =>
    agreementsIn(text, {
      registrant,
      item: "Item 2.01 Completion of Acquisition or Disposition of Assets",
      date: "October 13, 2006",
    });

  it("'completed its acquisition of the stock of' a company, through a 'directly wholly-owned subsidiary'", () => {
    const [a] = done(
      "ACME GROUP, INC.",
      "Zeta Industries, Inc. (“Zeta”), a directly wholly-owned subsidiary of Acme Group, Inc. (the “Company”), " +
        "announced on October 11, 2006, that it completed its acquisition of the stock of Duco Holdings Limited " +
        "(“Duco”). The purchase price was $17.1 million in cash.",
    );
    expect(a.type).toBe("merger");
    expect(a.parties.find((p) => p.name === "Zeta Industries, Inc.")?.role).toBe("acquirer");
    expect(a.parties.find((p) => p.name === "Duco Holdings Limited")?.role).toBe("target");
  });

  it("'completed the transaction to acquire assets ... from' a seller, not '(A Canadian Corporation)'", () => {
    const [a] = done(
      "ACME BIOTECH, INC.",
      "On September 12, 2016, the Company completed the transaction to acquire assets, including patented " +
        "lighting technology, from Tesla Digital, Inc. (A Canadian Corporation).",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME BIOTECH, INC.", "buyer"],
      ["Tesla Digital, Inc.", "seller"],
    ]);
  });

  it("a supply 'by the Company to' a buyer: the registrant sells", () => {
    const [a] = deal(
      "On October 25, 2007, Acme Corp. (the “Company”) entered into a Solar Wafer Supply Agreement (the " +
        "“Agreement”) with Conergy AG (“Conergy”) for the long term supply by the Company to Conergy of solar " +
        "grade silicon wafers. The Company issued a press release on October 25, 2007, announcing this contract.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Conergy AG", "buyer"],
    ]);
    expect(a.subject).toBe("solar grade silicon wafers");
  });
});

describe("an agreement named with its own date", () => {
  it("'Under an Asset Purchase Agreement dated February 3, 2006, ... purchased the assets and operations of' a seller with no corporate word", () => {
    const [a] = deal(
      "Under an Asset Purchase Agreement dated February 3, 2006 (the “Agreement”), Acme Corp. (the “Company”) " +
        "purchased the assets and operations of Datatran Network Systems (“DNS”). DNS is a provider of network " +
        "solutions. The Company completed the acquisition simultaneously with the execution of the Asset " +
        "Purchase Agreement.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Datatran Network Systems", "seller"],
    ]);
    expect(a.subject).toBe("the assets and operations of Datatran Network Systems");
  });
});

describe("oil and gas interests bought", () => {
  it("a royalty interest bought under a Purchase and Sale Agreement is an asset purchase at the price paid 'in consideration for' it", () => {
    const [a] = deal(
      "On August 16, 2004, Acme Corp. (the Company) entered into a Purchase and Sale Agreement (the Purchase " +
        "Agreement) with Delta Energy Corporation, a Texas corporation, whereby the Company increased its royalty " +
        "interest by 10% to 65% in and to the oil, gas and mineral leasehold estates located in Lincoln County, " +
        "Oklahoma. In consideration for the additional 10% royalty interest, the Company agreed to pay $667,000.00 " +
        "cash to Delta Energy Corporation as follows: (1) $525,000 cash upon signing the Purchase Agreement; and " +
        "(2) $142,000 cash on or before October 16, 2004.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Delta Energy Corporation", "seller"],
    ]);
    const terms = a.terms.map((t) => [t.kind, t.amount]);
    expect(terms).toContainEqual(["purchase_price", 667_000]);
    expect(terms).not.toContainEqual(["other", 525_000]);
  });
});

describe("a subsidiary named by its defined short name", () => {
  it("'First Financial Bank, National Association (“First Financial Bank”), a wholly-owned subsidiary of' the registrant buys for it", () => {
    const [a] = parseFiling(
      textFiling(
        "March 20, 2013",
        `${registrantLines("FIRST FINANCIAL CORPORATION")}Item 1.01 Entry into a Material Definitive Agreement\n\n` +
          "On March 18, 2013, First Financial Bank, National Association (“First Financial Bank”), a wholly-owned " +
          "subsidiary of First Financial Corporation (the “Corporation”), entered into a Purchase and Assumption " +
          "Agreement (the “Agreement”) with Bank of America, National Association (“Bank of America”). Under the " +
          "terms of the Agreement, First Financial Bank will purchase certain assets and assume certain " +
          "liabilities of 7 branch offices of Bank of America in central and southern Illinois.\n",
      ),
    ).agreements;
    expect(a.parties.find((p) => p.name.startsWith("First Financial Bank"))?.role).toBe("buyer");
    expect(a.parties.find((p) => p.name.startsWith("Bank of America"))?.role).toBe("seller");
  });
});

describe("1990s ways of telling a deal (our sentences)", () => {
  const item2 = (text: string) => agreementsIn(text, { item: ITEM_2, date: "October 10, 1997" });

  it("'acquired from Harold Baxter all of the issued and outstanding capital stock of' a company", () => {
    const [a] = item2(
      "On October 1, 1997, the Registrant acquired from Harold Baxter all of the issued and outstanding capital " +
        "stock of Baxter Machine Works, Inc. for $3,200,000 in cash.",
    );
    expect(a.type).toBe("merger");
    // The person it is bought from sells it.
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Baxter Machine Works, Inc.", "target"],
      ["Harold Baxter", "seller"],
    ]);
  });

  it("'sold to Omega Industries, Inc. substantially all of the assets of its Precision Tools Division'", () => {
    const [a] = item2(
      "Pursuant to an Agreement dated as of September 15, 1997, the Registrant sold to Omega Industries, Inc. " +
        "substantially all of the assets of its Precision Tools Division for a cash purchase price of $11,500,000.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Industries, Inc.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 11_500_000]]);
  });

  it("shareholders who 'received an aggregate of 850,000 shares': a price in shares", () => {
    const [a] = item2(
      'On October 1, 1997, the Registrant consummated the acquisition of Delta Data Systems, Inc. ("Delta") ' +
        "through the merger of Delta with and into a wholly-owned subsidiary of the Registrant. The shareholders " +
        "of Delta received an aggregate of 850,000 shares of the Registrant's Common Stock.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", null]]);
  });

  it("'have agreed in principle to a merger'", () => {
    const [a] = item2(
      "The Registrant and Hampton Industries, Inc. have agreed in principle to a merger pursuant to which " +
        "Hampton would become a wholly-owned subsidiary of the Registrant.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Hampton Industries, Inc.", "target"],
    ]);
  });

  it("a stake sold 'to its joint venture partner, Falcon Communications, L.P.'", () => {
    const [a] = item2(
      "On October 1, 1997, the Registrant sold its 50% interest in Coastal Cable Partners to its joint venture " +
        "partner, Falcon Communications, L.P., for $7,250,000.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Falcon Communications, L.P.", "buyer"],
    ]);
  });

  it("shares bought 'pursuant to a Stock Purchase Agreement'", () => {
    const [a] = item2(
      "On October 1, 1997, pursuant to a Stock Purchase Agreement, Capital Partners II, Ltd. purchased " +
        "4,500,000 shares of the Registrant's Common Stock, resulting in a change in control of the Registrant.",
    );
    expect(a.type).toBe("other");
    expect(a.parties.find((p) => p.name === "Capital Partners II, Ltd.")?.role).toBe("buyer");
  });
});

describe("a property bought by its name and place", () => {
  it("'acquired in a single transaction the High Point Radisson, located in High Point, North Carolina'", () => {
    const [a] = agreementsIn(
      "On March 12, 1998, the Company acquired in a single transaction the High Point Radisson, located in High " +
        "Point, North Carolina, and the Knoxville Hilton, located in Knoxville, Tennessee for an aggregate " +
        "purchase price of $37.0 million.",
      { registrant: "ACME LODGING COMPANY", date: "March 20, 1998" },
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([["ACME LODGING COMPANY", "buyer"]]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 37_000_000]]);
  });
});

describe("more 1990s deals (our sentences)", () => {
  it("'the Registrant and Biogenex Laboratories signed a License Agreement': the other signer has no corporate word", () => {
    const [a] = deal(
      "On June 30, 1996, the Registrant and Biogenex Laboratories signed a License Agreement granting the " +
        "Registrant exclusive rights to manufacture and sell Biogenex's diagnostic test kits in North America.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Biogenex Laboratories", "licensor"],
    ]);
  });

  it("'completed a private placement of 1,000,000 shares': the registrant sells, for the proceeds", () => {
    const [a] = deal(
      "On June 30, 1996, the Registrant completed a private placement of 1,000,000 shares of its Common Stock at " +
        "$5.00 per share to certain institutional investors, for gross proceeds of $5,000,000.",
    );
    expect(a.type).toBe("other");
    expect(roles(a)).toEqual([["ACME CORP.", "seller"]]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["equity_purchase", 5_000_000]]);
  });

  it("'sold twelve drilling rigs to' a buyer: an asset sale", () => {
    const [a] = deal(
      "On June 30, 1996, the Registrant's wholly-owned subsidiary, Zeta Drilling Company, sold twelve drilling " +
        "rigs to Nabors Drilling USA, Inc. for $18,000,000 in cash.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.parties.find((p) => p.name === "Nabors Drilling USA, Inc.")?.role).toBe("buyer");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 18_000_000]]);
  });
});

describe("properties, oil and gas, co-marketing (our sentences)", () => {
  it("'acquired the Lakeside Shopping Center in Tulsa, Oklahoma from Lakeside Associates'", () => {
    const [a] = deal(
      "On February 14, 1997, the Registrant acquired the Lakeside Shopping Center in Tulsa, Oklahoma from " +
        "Lakeside Associates for $12,300,000.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Lakeside Associates", "seller"],
    ]);
  });

  it("'sold all of its oil and gas properties in the Permian Basin to' a buyer", () => {
    const [a] = deal(
      "On February 14, 1997, the Registrant sold all of its oil and gas properties in the Permian Basin to " +
        "Parker & Parsley Petroleum Company for $22 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Parker & Parsley Petroleum Company", "buyer"],
    ]);
  });

  it("an agreement 'to co-market' a product is a license; a payment 'upon signing' is its upfront", () => {
    const [a] = deal(
      "On February 14, 1997, the Registrant entered into an agreement with Kessler Pharmaceuticals, Inc. to " +
        "co-market the Registrant's anti-fungal cream in the United States. Kessler will pay the Registrant " +
        "$1,000,000 upon signing.",
    );
    expect(a.type).toBe("license");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["upfront", 1_000_000]]);
  });
});

describe("an acquisition of membership interests told done", () => {
  it("'completed the acquisition of all of the membership interests of Summit Logistics, LLC'", () => {
    const [a] = agreementsIn(
      "On May 3, 2018, the Company, through its wholly owned subsidiary Zeta Holdings LLC, completed the " +
        "acquisition of all of the membership interests of Summit Logistics, LLC for a purchase price of $42.5 " +
        "million, subject to customary working capital adjustments.",
      { item: ITEM_1_01, date: "May 7, 2018" },
    );
    expect(a.type).toBe("merger");
    expect(a.parties.find((p) => p.name === "Summit Logistics, LLC")?.role).toBe("target");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 42_500_000]]);
  });
});

describe("settlements, officers and distributors in 1990s words (our sentences)", () => {
  it("a settlement's total, not the part its insurers pay", () => {
    const [a] = deal(
      "On April 2, 1999, the Registrant agreed to settle the class action lawsuit pending in the United States " +
        "District Court for $4.5 million, of which $3.0 million will be paid by the Registrant's insurance carriers.",
    );
    expect(a.type).toBe("settlement");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["other", 4_500_000]]);
  });

  it("an untyped agreement with an officer about his base salary is his employment's", () => {
    const [a] = deal(
      "On April 2, 1999, the Registrant entered into an agreement with Ronald Weiss, its Executive Vice " +
        "President, providing for the continuation of his base salary of $180,000 for twelve months following " +
        "any termination without cause.",
    );
    expect(a.type).toBe("employment");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "employer"],
      ["Ronald Weiss", "employee"],
    ]);
  });

  it("what a distributor 'will distribute'", () => {
    const [a] = deal(
      "On April 2, 1999, the Registrant entered into an Exclusive Distribution Agreement with Medica S.A. under " +
        "which Medica will distribute the Registrant's laser systems in France and Belgium.",
    );
    expect(a.subject).toBe("laser systems");
  });
});

describe("a merger sub's owner, a subsidiary sold", () => {
  it("'Delta Acquisition Corp., a wholly-owned subsidiary of Omega Holdings, Inc.': Omega acquires", () => {
    const [a] = deal(
      "On August 9, 2000, Delta Acquisition Corp., a wholly-owned subsidiary of Omega Holdings, Inc., commenced " +
        "a tender offer for all of the outstanding shares of the Registrant's common stock at $21.00 per share " +
        "in cash, pursuant to an Agreement and Plan of Merger dated August 2, 2000 among the Registrant, Omega " +
        "Holdings, Inc. and Delta Acquisition Corp.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Delta Acquisition Corp.", "party"],
      ["Omega Holdings, Inc.", "acquirer"],
    ]);
  });

  it("'the holding company for Citizens National Bank' stays out of its own merger", () => {
    const [a] = deal(
      "On February 23, 2003, the Registrant, the holding company for Citizens National Bank, entered into an " +
        "Agreement and Plan of Merger with HCB Merger Corp., a wholly-owned subsidiary of the Registrant, providing " +
        "for the merger of HCB Merger Corp. with and into the Registrant.",
    );
    expect(a.parties.map((p) => p.name)).not.toContain("Citizens National Bank");
  });

  it("'an agreement to sell its 80% owned subsidiary, Pinnacle Plastics, Inc., to' a buyer", () => {
    const [a] = deal(
      "The Registrant has entered into an agreement to sell its 80% owned subsidiary, Pinnacle Plastics, Inc., " +
        "to Dura Products Corp. for $12 million.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Pinnacle Plastics, Inc.", "target"],
      ["Dura Products Corp.", "acquirer"],
    ]);
  });
});

describe("a line of credit increased", () => {
  it("'increased its line of credit with Norwest Bank Minnesota, N.A. from $5,000,000 to $8,000,000'", () => {
    const [a] = deal(
      "On March 15, 1995, the Registrant increased its line of credit with Norwest Bank Minnesota, N.A. from " +
        "$5,000,000 to $8,000,000 and extended its maturity to March 31, 1997.",
    );
    expect(a.type).toBe("credit");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Norwest Bank Minnesota, N.A.", "lender"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 8_000_000]]);
  });
});

describe("a subsidiary sold under a share purchase agreement, a license 'for' patents", () => {
  it("'sold its wholly owned subsidiary, Beacon Software Ltd., to Arcadia Partners LLC ... pursuant to a Share Purchase Agreement'", () => {
    const [a] = agreementsIn(
      "On June 1, 2012, the Company sold its wholly owned subsidiary, Beacon Software Ltd., to Arcadia Partners " +
        "LLC for $8.2 million in cash, pursuant to a Share Purchase Agreement dated May 15, 2012.",
      { item: ITEM_1_01, date: "June 5, 2012" },
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Beacon Software Ltd.", "target"],
      ["Arcadia Partners LLC", "acquirer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 8_200_000]]);
  });

  it("what 'a license agreement with the University of Michigan for' covers", () => {
    const [a] = agreementsIn(
      "On June 1, 2012, the Company entered into an exclusive license agreement with the University of " +
        "Michigan for certain patents covering its RNA delivery technology.",
      { item: ITEM_1_01, date: "June 5, 2012" },
    );
    expect(a.subject).toBe("certain patents covering its RNA delivery technology");
  });
});

describe("term loans drawn in tranches", () => {
  it("are sized by the whole, not by what was funded at closing", () => {
    const [a] = agreementsIn(
      "On September 10, 2019, the Company entered into a Loan and Security Agreement with Oxford Finance LLC, as " +
        "collateral agent and lender, providing for up to $40 million in term loans in three tranches, of which " +
        "$20 million was funded at closing.",
      { item: ITEM_1_01, date: "September 12, 2019" },
    );
    expect(a.subject).toBe("term loans");
    expect(a.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual([["loan", 40_000_000, "max"]]);
  });
});

describe("1990s acquisitions and loans told without 'entered into'", () => {
  it("a company 'was merged (the \"Merger\") into' the registrant, told by its short name", () => {
    const [a] = deal(
      'As previously reported by Acme Corp., a Maryland corporation ("Acme"), Beta Bancorp, a Delaware ' +
        'corporation ("Beta"), was merged (the "Merger") into Acme on June 30, 1998, pursuant to the terms of an ' +
        'Agreement and Plan of Merger (the "Merger Agreement").',
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toContainEqual(["Beta Bancorp", "target"]);
  });

  it("'completed the purchase of 100% of the Common Stock of' a company: the company, not its stock, is bought", () => {
    const [a] = deal(
      "On March 6, 1999, the Company completed the purchase of 100% of the Common Stock of Gamma Ltd., a " +
        "privately held company located in Leeds, England.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Gamma Ltd.", "target"],
    ]);
  });

  it("'consummated the purchase of certain natural gas properties ... from' a seller", () => {
    const [a] = deal(
      'On March 31, 1999, the Company consummated the purchase of certain natural gas properties (the "Delta ' +
        'Properties") from Delta Energy, Inc. for a purchase price of approximately $6.6 million.',
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Delta Energy, Inc.", "seller"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 6_600_000]]);
  });

  it("a line of credit 'signed' with a bank", () => {
    const [a] = deal(
      "On May 3, 1999, the Company announced that it had signed a two-year $10 million secured line of credit " +
        "with Fleet National Bank.",
    );
    expect(a.type).toBe("credit");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Fleet National Bank", "lender"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 10_000_000]]);
  });
});

describe("a merger sub owned by another company", () => {
  it("'... and wholly owned subsidiary of Omega entered into': Omega (not 'Omega entered into an Agreement') buys the registrant", () => {
    const [a] = deal(
      "Acme Corp., a Delaware corporation (“Acme”), Omega Holdings, Inc., an Israeli corporation (“Omega”) and " +
        "Delta Acquisition Sub, Inc., a Delaware corporation and wholly owned subsidiary of Omega entered into an " +
        "Agreement and Plan of Merger dated May 3, 1999 (the “Merger Agreement”).",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Holdings, Inc.", "acquirer"],
      ["Delta Acquisition Sub, Inc.", "party"],
    ]);
  });
});

describe("who is bought, who licenses, what is sold: more 1990s wording", () => {
  it("a merger under which another 'will commence a tender offer for all outstanding shares of the Company's common stock' buys the registrant", () => {
    const [a] = deal(
      "On March 16, 1999, the Company issued a press release regarding its having entered into an Agreement and " +
        'Plan of Merger with Omega plc ("Omega"), pursuant to which a subsidiary of Omega will commence a tender ' +
        "offer for all outstanding shares of the Company's common stock at $2.30 per share in cash.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega plc", "acquirer"],
    ]);
  });

  it("a license 'for use of Paramount's characters' is taken from Paramount; 'for the use of the Company's process' is granted", () => {
    const [taken] = deal(
      "The Company reported that it has signed a Licensing Agreement with Paramount Pictures Corporation for use of " +
        "Paramount's characters and marks in family software.",
    );
    expect(roles(taken)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Paramount Pictures Corporation", "licensor"],
    ]);
    const [granted] = deal(
      "On May 3, 1999, the Company entered into a license agreement with Omega Corp. for the use of the Company's " +
        "patented process in Europe.",
    );
    expect(roles(granted)).toEqual([
      ["ACME CORP.", "licensor"],
      ["Omega Corp.", "licensee"],
    ]);
  });

  it("'agreed to sell up to 16 restaurant units to' a buyer 'for up to $16 million': an asset sale at that price", () => {
    const [a] = deal(
      'On June 28, 1999 the Registrant agreed to sell up to 16 restaurant units to Omega Steakhouse & Saloon, Inc. ("Purchaser") ' +
        "for up to $16 million in cash.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Steakhouse & Saloon, Inc.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual([
      ["purchase_price", 16_000_000, "max"],
    ]);
  });

  it("'acquired 63 Burger King restaurants ... pursuant to a Purchase Agreement': restaurants are assets", () => {
    const [a] = deal(
      "On August 20, 1999, the Company acquired 63 Burger King restaurants for an aggregate purchase price of " +
        "approximately $52 million in cash, pursuant to a Purchase Agreement, dated as of July 7, 1999, among the " +
        "Company and Omega Restaurant Group, Inc.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.subject).toBe("63 Burger King restaurants");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Restaurant Group, Inc.", "seller"],
    ]);
  });
});

describe("settlements, cross-licenses and savings banks in 1990s wording", () => {
  it("'executed and filed with the court a proposed settlement' of a derivative action", () => {
    const [a] = deal(
      "On March 5, 1999, the Registrant and Omega, Inc. executed and filed with the court a proposed settlement to " +
        "the previously reported stockholder derivative action pending in the Delaware Court of Chancery.",
    );
    expect(a.type).toBe("settlement");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "party"],
      ["Omega, Inc.", "party"],
    ]);
  });

  it("'established a new worldwide, non exclusive license' with another company", () => {
    const [a] = deal(
      "On October 30, 1998, the Company and Lucent Technologies Inc. established a new worldwide, non exclusive " +
        "license exchanging rights under their optical fiber patents.",
    );
    expect(a.type).toBe("license");
    expect(a.exclusive).toBe(false);
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Lucent Technologies Inc."]);
  });

  it("a savings bank ('..., FSB, (\"Home Savings\"), a wholly-owned subsidiary of H. F. Acme & Company') buys on the registrant's side", () => {
    const [a] = deal(
      'On March 28, 1996, Home Savings of America, FSB, ("Home Savings"), a wholly-owned subsidiary of H. F. Acme & ' +
        "Company, announced that it had signed a definitive agreement to purchase the 61 divested branches of First " +
        "Interstate Bancorp from Wells Fargo & Company.",
      "H. F. ACME & COMPANY",
    );
    expect(a.type).toBe("asset_purchase");
    const role = Object.fromEntries(roles(a));
    expect(role["H. F. ACME & COMPANY"]).toBe("buyer");
    expect(role["Home Savings of America, FSB"]).toBe("buyer");
    expect(role["Wells Fargo & Company"]).toBe("seller");
  });
});

describe("a credit agreement that replaces another", () => {
  it("'replaced the $35,000,000 unsecured line of credit previously available': no term of the new one", () => {
    const [a] = agreementsIn(
      "The Company has executed a Credit Agreement dated as of December 21, 1995, with First Omega Bank for a " +
        "$65,000,000 line of credit which, effective on that date, replaced the $35,000,000 unsecured line of credit " +
        "previously available under a Revolving Credit Agreement with the same bank.",
      { date: "January 2, 1996" },
    );
    expect(a.type).toBe("credit");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 65_000_000]]);
  });
});

describe("a part of a business sold or bought with no agreement named", () => {
  const ITEM_2_01 = "Item 2.01 Completion of Acquisition or Disposition of Assets.";
  const cases: [string, "seller" | "buyer", string][] = [
    [
      "the Company sold its Widget product line to Omega Industries, Inc. for $4.5 million in cash.",
      "seller",
      "Widget product line",
    ],
    [
      "the Company acquired the Gamma brand and related inventory from Omega Industries, Inc. for $4.5 million.",
      "buyer",
      "the Gamma brand and related inventory",
    ],
    [
      "the Company completed the disposition of its industrial coatings segment to Omega Industries, Inc. for $45 million.",
      "seller",
      "",
    ],
    [
      "the sale of the Company's specialty chemicals business to Omega Industries, Inc. was completed for approximately $45 million in cash.",
      "seller",
      "the Company's specialty chemicals business",
    ],
    [
      "the Company closed on the purchase of substantially all of the assets of Omega Industries, Inc. for $4.5 million.",
      "buyer",
      "substantially all of the assets of Omega Industries, Inc.",
    ],
    [
      "substantially all of the assets of the Company's Gamma division were sold to Omega Industries, Inc. for $12.0 million.",
      "seller",
      "",
    ],
    [
      "the Company completed the sale of certain patents and related intellectual property to Omega Industries, Inc. for $3.0 million.",
      "seller",
      "certain patents and related intellectual property",
    ],
  ];
  for (const [told, role, subject] of cases) {
    it(`'${told.slice(0, 70)}…'`, () => {
      const [a] = agreementsIn(`On May 3, 2010, ${told}`, { item: ITEM_2_01, date: "May 5, 2010" });
      expect(a.type).toBe("asset_purchase");
      expect(roles(a)).toEqual([
        ["ACME CORP.", role],
        ["Omega Industries, Inc.", role === "seller" ? "buyer" : "seller"],
      ]);
      if (subject) expect(a.subject).toBe(subject);
      expect(a.terms.filter((t) => t.kind === "purchase_price")).toHaveLength(1);
    });
  }
});

describe("a license granted or taken with no agreement named", () => {
  const cases: [string, "licensor" | "licensee"][] = [
    [
      "the Company licensed its XR technology to Omega Pharma AG for an upfront payment of $2 million.",
      "licensor",
    ],
    [
      "Omega Pharma AG licensed its OP-22 technology to the Company for an upfront payment of $2 million.",
      "licensee",
    ],
    ["the Company sublicensed to Omega Pharma AG its rights to AW-101 in China.", "licensor"],
    ["Omega Pharma AG exercised its option to license AW-101 from the Company.", "licensor"],
  ];
  for (const [told, role] of cases) {
    it(`'${told.slice(0, 70)}…': the registrant is the ${role}`, () => {
      const [a] = deal(`On May 3, 2010, ${told}`);
      expect(a.type).toBe("license");
      expect(roles(a)).toEqual([
        ["ACME CORP.", role],
        ["Omega Pharma AG", role === "licensor" ? "licensee" : "licensor"],
      ]);
    });
  }

  it("a trademark license 'allowing the Company to use the Omega name': the registrant takes it", () => {
    const [a] = deal(
      "On May 3, 2010, the Company entered into a trademark license agreement with Omega Brands, Inc. allowing the " +
        "Company to use the Omega name and logo on its products.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Omega Brands, Inc.", "licensor"],
    ]);
  });
});

describe("supply told as an award, an order, a contract or a commodity bought", () => {
  const cases: [string, "seller" | "buyer", string][] = [
    [
      "the Company was awarded a contract by the U.S. Army valued at approximately $45 million for the production of tactical radios.",
      "seller",
      "U.S. Army",
    ],
    [
      "the Company received a purchase order from Omega Utilities, Inc. for 200 transformers valued at $12.5 million.",
      "seller",
      "Omega Utilities, Inc.",
    ],
    [
      "the Company signed a contract with Omega Airlines, Inc. to supply 20 regional jet engines.",
      "seller",
      "Omega Airlines, Inc.",
    ],
    [
      "the Company entered into a manufacturing agreement with Omega Contract Services, Inc., under which Omega will manufacture the Company's XR-5 devices.",
      "buyer",
      "Omega Contract Services, Inc.",
    ],
    [
      "the Company entered into a purchase agreement with Omega Steel Corporation to purchase 50,000 tons of steel over two years for approximately $30 million.",
      "buyer",
      "Omega Steel Corporation",
    ],
    [
      "the Company entered into an agreement with Omega Energy, LLC to purchase natural gas for its plants through 2015.",
      "buyer",
      "Omega Energy, LLC",
    ],
  ];
  for (const [told, role, other] of cases) {
    it(`'${told.slice(0, 70)}…'`, () => {
      const [a] = agreementsIn(`On May 3, 2010, ${told}`, { item: ITEM_1_01, date: "May 5, 2010" });
      expect(a.type).toBe("supply");
      expect(roles(a)).toEqual([
        ["ACME CORP.", role],
        [other, role === "seller" ? "buyer" : "seller"],
      ]);
    });
  }
});

describe("shares placed with no agreement named", () => {
  it("'completed a registered direct offering of 3,000,000 shares of common stock to' a fund: the registrant sells", () => {
    const [a] = deal(
      "On May 3, 2010, the Company completed a registered direct offering of 3,000,000 shares of common stock to " +
        "Omega Fund, L.P. at $4.00 per share.",
    );
    expect(a.type).toBe("other");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Fund, L.P.", "buyer"],
    ]);
  });
});

describe("assets bought or sold by what they are (stations, land, hotels, nursing homes)", () => {
  const cases: [string, "seller" | "buyer", string | null][] = [
    [
      "the Registrant purchased the Denver, Colorado radio station KXYZ-FM from Omega Broadcasting, Inc. for $8.5 million.",
      "buyer",
      "Omega Broadcasting, Inc.",
    ],
    [
      "the Company acquired from Omega Industries, Inc. its plastics molding business for approximately $12 million.",
      "buyer",
      "Omega Industries, Inc.",
    ],
    [
      "the Registrant sold its 120-room hotel in Orlando, Florida to Omega Hospitality, L.P. for $6.1 million.",
      "seller",
      "Omega Hospitality, L.P.",
    ],
    [
      "the Company completed the acquisition of twelve nursing homes in Ohio from Omega Health Care, Inc. for approximately $45 million.",
      "buyer",
      "Omega Health Care, Inc.",
    ],
    [
      "the Registrant transferred its oil and gas properties in the Gulf of Mexico to Omega Energy Corporation in exchange for $22 million in cash.",
      "seller",
      "Omega Energy Corporation",
    ],
    [
      "the Company purchased approximately 1,200 acres of land in Harris County, Texas for $9.4 million.",
      "buyer",
      null,
    ],
  ];
  for (const [told, role, other] of cases) {
    it(`'${told.slice(0, 70)}…'`, () => {
      const [a] = agreementsIn(`On March 3, 1998, ${told}`, { item: ITEM_2, date: "March 10, 1998" });
      expect(a.type).toBe("asset_purchase");
      const want = [["ACME CORP.", role]];
      if (other) want.push([other, role === "seller" ? "buyer" : "seller"]);
      expect(roles(a)).toEqual(want);
    });
  }

  it("but not a company's ordinary sales and purchases, nor an operation moved within it", () => {
    for (const text of [
      "During the quarter the Company sold 12,000 units of its flagship product to distributors in Europe.",
      "In 2009 the Company purchased new equipment from several vendors for its Akron plant.",
      "The Company's operations in Texas were transferred to its Dallas facility of Acme Texas, Inc. during 2009.",
      "Revenue from the sale of inventory to Target Corporation increased 12% over the prior year.",
      "The Company purchased approximately 5% of its raw materials from Omega Chemicals, Inc. in 2009.",
    ])
      expect(agreementsIn(text, { item: "Item 8.01 Other Events.", date: "May 5, 2010" })).toEqual([]);
  });
});

describe("1990s credit wording", () => {
  const cases: [string, string, number][] = [
    [
      "the Company completed a $150 million financing with a group of banks led by The Chase Manhattan Bank.",
      "The Chase Manhattan Bank",
      150_000_000,
    ],
    [
      "the Company's bank, First Union National Bank, increased the Company's line of credit to $12 million.",
      "First Union National Bank",
      12_000_000,
    ],
    [
      "the Registrant received a commitment from LaSalle National Bank for a $10 million revolving credit facility.",
      "LaSalle National Bank",
      10_000_000,
    ],
    [
      "the Registrant refinanced its existing bank debt with a new $40 million term loan from Comerica Bank.",
      "Comerica Bank",
      40_000_000,
    ],
    [
      "the Company entered into an amendment to its credit agreement with Harris Trust and Savings Bank that extended the maturity of its $30 million revolving credit facility to March 31, 2001.",
      "Harris Trust and Savings Bank",
      30_000_000,
    ],
  ];
  for (const [told, lender, amount] of cases) {
    it(`'${told.slice(0, 70)}…'`, () => {
      const [a] = agreementsIn(`On March 3, 1998, ${told}`, { date: "March 10, 1998" });
      expect(a.type).toBe("credit");
      expect(roles(a)).toEqual([
        ["ACME CORP.", "borrower"],
        [lender, "lender"],
      ]);
      expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", amount]]);
    });
  }
});

describe("1990s mergers told without an agreement named", () => {
  const at = (told: string) =>
    agreementsIn(`On March 3, 1998, ${told}`, { item: ITEM_2, date: "March 10, 1998" })[0];

  it("'the shareholders of Omega Systems, Inc. exchanged all of their shares for ... shares of the Registrant's common stock'", () => {
    const a = at(
      "the shareholders of Omega Systems, Inc. exchanged all of their shares for 1,250,000 shares of the " +
        "Registrant's common stock.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Omega Systems, Inc.", "target"],
    ]);
  });

  it("'Omega Corporation acquired all of the outstanding common stock of the Registrant': the registrant is bought", () => {
    const a = at(
      "Omega Corporation acquired all of the outstanding common stock of the Registrant pursuant to a tender offer.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Corporation", "acquirer"],
    ]);
  });

  it("'has agreed to merge with Omega Corporation'", () => {
    const a = at(
      "the Registrant announced that it has agreed to merge with Omega Corporation in a stock-for-stock transaction.",
    );
    expect(a.type).toBe("merger");
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Omega Corporation"]);
  });
});

describe("research agreements and marketing agreements", () => {
  it("'a research and development agreement under which Omega will fund research' is a collaboration", () => {
    const [a] = deal(
      "On March 3, 1998, the Registrant and Omega Pharmaceuticals, Inc. entered into a research and development " +
        "agreement under which Omega will fund research at the Registrant for three years.",
    );
    expect(a.type).toBe("collaboration");
  });

  it("'a marketing agreement ... under which Omega will market and sell the Registrant's products': the registrant supplies", () => {
    const [a] = deal(
      "On March 3, 1998, the Registrant entered into a marketing agreement with Omega Distributors, Inc., under " +
        "which Omega will market and sell the Registrant's products in Canada.",
    );
    expect(a.type).toBe("supply");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Distributors, Inc.", "buyer"],
    ]);
  });
});

describe("a person who lends to the registrant", () => {
  const cases: [string, string][] = [
    [
      "the Company borrowed $500,000 from John Smith, the Company's Chairman, under an unsecured promissory note bearing interest at 8% per annum.",
      "John Smith",
    ],
    [
      "the Company issued a promissory note in the principal amount of $250,000 to Robert Brown, a director of the Company.",
      "Robert Brown",
    ],
    [
      "the Company entered into a loan agreement with its Chief Executive Officer, Michael Green, pursuant to which Mr. Green loaned the Company $1,000,000.",
      "Michael Green",
    ],
  ];
  for (const [told, lender] of cases) {
    it(`'${told.slice(0, 70)}…'`, () => {
      const [a] = agreementsIn(`On March 3, 2010, ${told}`, { date: "March 5, 2010" });
      expect(a.type).toBe("credit");
      expect(roles(a)).toEqual([
        ["ACME CORP.", "borrower"],
        [lender, "lender"],
      ]);
    });
  }

  it("but a bank named like a person ('from First National Bank') is found as the bank", () => {
    const [a] = agreementsIn("On March 3, 2010, the Company borrowed $5,000,000 from First National Bank.", {
      date: "March 5, 2010",
    });
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["First National Bank", "lender"],
    ]);
  });
});

describe("people who sell what the registrant buys", () => {
  it("'acquired all of the outstanding stock of Omega Systems, Inc. from John Smith and Mary Jones': both sell", () => {
    const [a] = agreementsIn(
      "On March 3, 2010, the Company acquired all of the outstanding stock of Omega Systems, Inc. from John Smith " +
        "and Mary Jones for $2.0 million.",
      { item: ITEM_2, date: "March 5, 2010" },
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Omega Systems, Inc.", "target"],
      ["John Smith", "seller"],
      ["Mary Jones", "seller"],
    ]);
  });

  it("'a Purchase Agreement ... among the Company and Richard D. Fors, Jr., Charles J. Mund': the people listed sell", () => {
    const [a] = agreementsIn(
      "On August 20, 1997, the Company acquired 63 Burger King restaurants for an aggregate purchase price of " +
        "approximately $52 million in cash, pursuant to a Purchase Agreement, dated as of July 7, 1997, among the " +
        "Company and Richard D. Fors, Jr., Charles J. Mund and certain other individuals.",
      { item: ITEM_2, date: "September 3, 1997" },
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Richard D. Fors, Jr.", "seller"],
      ["Charles J. Mund", "seller"],
    ]);
  });
});

describe("an officer named after the title", () => {
  it("'amended the employment agreement of its Chief Financial Officer, Peter Brown'", () => {
    const [a] = deal(
      "On March 3, 1998, the Registrant amended the employment agreement of its Chief Financial Officer, Peter " +
        "Brown, to extend its term to December 31, 2000 and increase his annual salary to $210,000.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "employer"],
      ["Peter Brown", "employee"],
    ]);
  });

  it("'the Registrant and its President, Michael K. White, entered into a retirement agreement'", () => {
    const [a] = deal(
      "On March 3, 1998, the Registrant and its President, Michael K. White, entered into a retirement agreement " +
        "providing for a lump sum payment of $1.2 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "employer"],
      ["Michael K. White", "employee"],
    ]);
  });
});

describe("settlements told other ways", () => {
  const at = (told: string) => agreementsIn(`On March 3, 2010, ${told}`, { date: "March 5, 2010" })[0];

  it("'the Company and the Securities and Exchange Commission reached a settlement': the SEC is a party", () => {
    const a = at(
      "the Company and the Securities and Exchange Commission reached a settlement of the Commission's " +
        "investigation, under which the Company agreed to pay a civil penalty of $1.0 million.",
    );
    expect(a.type).toBe("settlement");
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Securities and Exchange Commission"]);
  });

  it("a court 'approved the settlement of the securities class action'", () => {
    const a = at(
      "the United States District Court for the Southern District of New York approved the settlement of the " +
        "securities class action against the Company, under which the Company's insurers will pay $12 million.",
    );
    expect(a.type).toBe("settlement");
  });

  it("'a memorandum of understanding to settle the shareholder litigation relating to the merger' settles, it merges nothing", () => {
    const a = at(
      "the Company and Omega Corp. entered into a memorandum of understanding to settle the shareholder litigation " +
        "relating to the merger.",
    );
    expect(a.type).toBe("settlement");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "party"],
      ["Omega Corp.", "party"],
    ]);
  });

  it("'resolved its arbitration with Omega Holdings, Inc.'", () => {
    const a = at("the Company resolved its arbitration with Omega Holdings, Inc. and received $2.2 million.");
    expect(a.type).toBe("settlement");
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Omega Holdings, Inc."]);
  });
});

describe("named agreements told other ways", () => {
  it("'became a party to a Master Services Agreement with' a customer", () => {
    const [a] = agreementsIn(
      "On March 3, 2015, the Company became a party to a Master Services Agreement with Omega Health Systems, Inc. " +
        "under which the Company will provide billing services to Omega.",
      { item: ITEM_1_01, date: "March 5, 2015" },
    );
    expect(a.type).toBe("supply");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Health Systems, Inc.", "buyer"],
    ]);
  });

  it("a Purchase and Sale Agreement 'to sell the Company's headquarters building' is an asset sale at its price", () => {
    const [a] = agreementsIn(
      "Effective March 3, 2015, Acme Operating LLC, a wholly owned subsidiary of the Company, entered into a " +
        "Purchase and Sale Agreement with Omega Realty Trust to sell the Company's headquarters building in Denver, " +
        "Colorado for $28.5 million.",
      { item: ITEM_1_01, date: "March 5, 2015" },
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Acme Operating LLC", "seller"],
      ["Omega Realty Trust", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 28_500_000]]);
  });
});

describe("more 1990s Item 2 wording", () => {
  const at = (told: string) =>
    agreementsIn(`On March 3, 1997, ${told}`, { item: ITEM_2, date: "March 10, 1997" })[0];

  it("'completed its previously announced sale of Omega Products, Inc., a wholly-owned subsidiary, to'", () => {
    const a = at(
      "the Registrant completed its previously announced sale of Omega Products, Inc., a wholly-owned subsidiary, " +
        "to Delta Holdings, Inc. for $14.5 million.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Products, Inc.", "target"],
      ["Delta Holdings, Inc.", "acquirer"],
    ]);
  });

  it("'sold all of the outstanding capital stock of Omega Services, Inc. to Delta Corp.'", () => {
    const a = at(
      "pursuant to the Stock Purchase Agreement dated January 10, 1997, the Registrant sold all of the outstanding " +
        "capital stock of Omega Services, Inc. to Delta Corp. for $5.5 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Services, Inc.", "target"],
      ["Delta Corp.", "acquirer"],
    ]);
  });

  it("'the acquisition by the Registrant of Omega Foods, Inc. was completed'", () => {
    const a = at("the acquisition by the Registrant of Omega Foods, Inc. was completed.");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Omega Foods, Inc.", "target"],
    ]);
  });

  it("'purchased from Omega Partners, L.P. the Westgate Shopping Center'", () => {
    const a = at(
      "the Registrant purchased from Omega Partners, L.P. the Westgate Shopping Center, a 250,000 square foot " +
        "retail center located in Atlanta, Georgia, for $21 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Partners, L.P.", "seller"],
    ]);
  });

  it("'disposed of its 50% interest in Omega Cable Partners to its partner, Delta Communications, Inc.'", () => {
    const a = at(
      "the Registrant disposed of its 50% interest in Omega Cable Partners to its partner, Delta Communications, " +
        "Inc., for $30 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Delta Communications, Inc.", "buyer"],
    ]);
  });

  it("'acquired on March 3, 1997 the assets of the Omega division of Delta Industries, Inc.'", () => {
    const a = at(
      "the Registrant acquired on March 3, 1997 the assets of the Omega division of Delta Industries, Inc. for $7.4 million in cash.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Delta Industries, Inc.", "seller"],
    ]);
  });
});

describe("the registrant bought, told after the fact", () => {
  it("'the Company was acquired by Omega Holdings, Inc. in a cash merger'", () => {
    const [a] = agreementsIn(
      "On May 3, 2005, the Company was acquired by Omega Holdings, Inc. in a cash merger valued at approximately " +
        "$250 million.",
      { date: "May 5, 2005" },
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Holdings, Inc.", "acquirer"],
    ]);
  });

  it("'its shareholders approved the previously announced merger with Omega ..., pursuant to which Acme will become a wholly owned subsidiary of Omega'", () => {
    const [a] = agreementsIn(
      "On May 3, 2005, Acme Corp. announced that its shareholders approved the previously announced merger with " +
        "Omega Financial Corporation, pursuant to which Acme will become a wholly owned subsidiary of Omega.",
      { date: "May 5, 2005" },
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Financial Corporation", "acquirer"],
    ]);
  });

  it("but not another company acquired, told by the registrant", () => {
    expect(
      agreementsIn(
        "On May 3, 2005, the Company announced that Beta Corp. was acquired by Omega Holdings, Inc.",
        {
          date: "May 5, 2005",
        },
      ),
    ).toEqual([]);
  });
});

describe("names that begin with a corporate word", () => {
  it("'AG Home Health LLC' is not 'Home Health', so not the registrant 'Acme Home Health Corp.'", () => {
    const [a] = deal(
      'On May 3, 2007, Acme Home Health Corp. (the "Company"), AG Home Health Acquisition Corp. ' +
        '("Merger Sub") and AG Home Health LLC (the "Parent") entered into an Agreement and Plan of Merger.',
      "ACME HOME HEALTH CORP.",
    );
    expect(roles(a)).toEqual([
      ["ACME HOME HEALTH CORP.", "target"],
      ["AG Home Health Acquisition Corp.", "party"],
      ["AG Home Health LLC", "acquirer"],
    ]);
  });
});

describe("a merger's sides named the short way", () => {
  it("the other side named with no corporate word, that the registrant 'will be merged with and into'", () => {
    const [a] = deal(
      "On May 3, 1999, the Company and Wachovia entered into an Agreement and Plan of Merger, pursuant " +
        "to which the Company will be merged with and into Wachovia.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Wachovia", "acquirer"],
    ]);
  });

  it("a holding company by its name without 'Bancorp' ('Fifth Third' for 'Fifth Third Bancorp')", () => {
    const [a] = deal(
      "On May 3, 1999, Old Kent Financial Corporation and Fifth Third entered into an Agreement and Plan of " +
        "Merger, pursuant to which Old Kent will be merged with and into Fifth Third.",
      "FIFTH THIRD BANCORP",
    );
    expect(roles(a)).toEqual([
      ["FIFTH THIRD BANCORP", "acquirer"],
      ["Old Kent Financial Corporation", "target"],
    ]);
  });

  it("the people who sold the target, named after 'from its shareholders,'", () => {
    const [a] = deal(
      "On May 3, 1999, the Company acquired all of the issued and outstanding capital stock of Beta Systems, " +
        "Inc. from its shareholders, John Smith and Mary Jones, for $5,000,000 in cash.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Beta Systems, Inc.", "target"],
      ["John Smith", "seller"],
      ["Mary Jones", "seller"],
    ]);
  });
});

describe("sales told with no agreement named, more ways", () => {
  const item2 = (text: string) => agreementsIn(text, { item: ITEM_2 });

  it("a stake in a named property, to the joint venture partner", () => {
    const [a] = item2(
      "The Company has agreed to sell its 50% interest in the Riverside Mall to its joint venture partner, " +
        "Omega Realty Partners, L.P., for $9.0 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Realty Partners, L.P.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 9_000_000]]);
  });

  it("a subsidiary called by its trade ('its trucking subsidiary, Delta Transport, Inc.,')", () => {
    const [a] = item2(
      "The Company sold its trucking subsidiary, Delta Transport, Inc., to Omega Logistics Corp. on May 3, " +
        "1999 for $7 million in cash.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Delta Transport, Inc.", "target"],
      ["Omega Logistics Corp.", "acquirer"],
    ]);
  });

  it("assets bought 'for an aggregate of' an amount: their price", () => {
    const [a] = item2(
      "On May 3, 1999, the Company acquired the assets of three radio stations from Beta Broadcasting " +
        "Company for an aggregate of $15 million.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 15_000_000]]);
  });
});

describe("supply, more ways", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "May 5, 2010" });
  const brief = (a: { type: string; subject: string | null }) => [a.type, a.subject];

  it("a Purchase Agreement for goods bought by the piece: supply, the registrant sells", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Purchase Agreement with Omega Aerospace Corporation under " +
        "which Omega agreed to purchase up to 200 engine assemblies from the Company over a three-year period.",
    );
    expect(brief(a)).toEqual(["supply", "engine assemblies"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Aerospace Corporation", "buyer"],
    ]);
  });

  it("a Vendor Agreement: what the registrant will sell to a retailer", () => {
    const [a] = item(
      "On May 3, 2010, the Company and Beta Retail Stores, Inc. entered into a Vendor Agreement under which the " +
        "Company will sell its consumer electronics products to Beta for resale in Beta's stores.",
    );
    expect(brief(a)).toEqual(["supply", "consumer electronics products"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Beta Retail Stores, Inc.", "buyer"],
    ]);
  });

  it("what is bought: 'for the purchase of ethylene', 'to purchase all of the natural gas produced'", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a long-term supply agreement with Beta Chemical Corporation " +
        "for the purchase of ethylene at market-based prices.",
    );
    expect(brief(a)).toEqual(["supply", "ethylene"]);
    const [b] = item(
      "On May 3, 2010, the Company entered into an agreement with Omega Energy LLC to purchase all of the " +
        "natural gas produced from Omega's wells in the Barnett Shale.",
    );
    expect(brief(b)).toEqual(["supply", "natural gas produced"]);
    expect(roles(b)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Energy LLC", "seller"],
    ]);
  });

  it("a contract with a city to provide services, and one awarded by a county", () => {
    const [a] = item(
      "On May 3, 2010, the Company signed a contract with the City of Springfield to provide water meter " +
        "reading services for five years, valued at $4.5 million.",
    );
    expect(brief(a)).toEqual(["supply", "water meter reading services"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["City of Springfield", "buyer"],
    ]);
    const [b] = item(
      "On May 3, 2010, the Company was awarded a $3.2 million contract by the County of Los Angeles to " +
        "provide software maintenance services.",
    );
    expect(roles(b)).toEqual([
      ["ACME CORP.", "seller"],
      ["County of Los Angeles", "buyer"],
    ]);
  });
});

describe("who licenses to whom, more ways", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "May 5, 2010" });

  it("a university or institute licenses out; the registrant takes the rights", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a license agreement with the Trustees of Columbia University " +
        "in the City of New York for the exclusive rights to certain patents covering its XR platform.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Trustees of Columbia University", "licensor"],
    ]);
  });

  it("but not when the registrant grants the university a license", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a license agreement with Omega University under which the " +
        "Company granted Omega University a non-exclusive license to use its imaging software for research.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensor"],
      ["Omega University", "licensee"],
    ]);
  });

  it("an agency named with 'of' beside the registrant, and 'for the Company's use of' its technology", () => {
    const [a] = item(
      "On May 3, 2010, the Company and the National Institutes of Health entered into a license agreement " +
        "for the Company's use of NIH technology for the treatment of hepatitis B.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["National Institutes of Health", "licensor"],
    ]);
  });

  it("'Beta sublicensed to the Company its rights': the registrant is the licensee", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Sublicense Agreement with Beta Therapeutics, Inc. under " +
        "which Beta sublicensed to the Company its rights to the BT-7 compound.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Beta Therapeutics, Inc.", "licensor"],
    ]);
  });

  it("'licensed to Beta Corporation the exclusive right to market', for a license fee paid once", () => {
    const [a] = item(
      "On May 3, 2010, the Company licensed to Beta Corporation the exclusive right to market its ZX-5 " +
        "product in Japan in exchange for a $1.5 million license fee and royalties.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensor"],
      ["Beta Corporation", "licensee"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["upfront", 1_500_000],
      ["royalties", null],
    ]);
  });

  it("'the Company will be permitted to use the Omega name': the registrant is the licensee", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Trademark License Agreement with Omega Brands, Inc., " +
        "pursuant to which the Company will be permitted to use the Omega name and logo on its sporting goods.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Omega Brands, Inc.", "licensor"],
    ]);
  });
});

describe("roles and types told in passing", () => {
  const item2 = (text: string) => agreementsIn(text, { item: ITEM_2 });

  it("'Omega, as seller, agreed to sell and the Company, as buyer, agreed to purchase'", () => {
    const [a] = item2(
      "On May 3, 1999, the Company entered into an Asset Purchase Agreement with Omega Industries, Inc. Under " +
        "the agreement, Omega, as seller, agreed to sell and the Company, as buyer, agreed to purchase the " +
        "assets of Omega's valve division for $8 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Omega Industries, Inc.", "seller"],
    ]);
  });

  it("a Purchase and Sale Agreement 'with Omega Realty Trust, as purchaser, for the sale of the Company's office building'", () => {
    const [a] = item2(
      "On May 3, 1999, the Company entered into a Purchase and Sale Agreement with Omega Realty Trust, as " +
        "purchaser, for the sale of the Company's office building in Denver, Colorado for $22 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Realty Trust", "buyer"],
    ]);
  });

  it("'have signed a definitive agreement to merge' is a merger", () => {
    const [a] = deal(
      "Acme Corp. and Beta Corp. have signed a definitive agreement to merge. Under the agreement, Beta " +
        "shareholders will receive 0.5 share of Acme common stock for each Beta share.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Beta Corp.", "target"],
    ]);
  });
});

describe("what is supplied ends before when", () => {
  it("'to supply shipboard communication systems over three years'", () => {
    const [a] = agreementsIn(
      "On May 3, 2010, the Company was awarded a $12 million contract by the U.S. Navy to supply shipboard " +
        "communication systems over three years.",
      { item: ITEM_1_01, date: "May 5, 2010" },
    );
    expect(a.subject).toBe("shipboard communication systems");
  });
});

describe("a price told as consideration", () => {
  it("'As consideration, Omega agreed to pay the Company two million dollars ($2,000,000)'", () => {
    const [a] = agreementsIn(
      "On May 3, 1999, the Company sold its Gamma product line to Omega Industries, Inc. As consideration, " +
        "Omega agreed to pay the Company two million dollars ($2,000,000).",
      { item: ITEM_2 },
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 2_000_000]]);
  });
});

describe("agreements listed by number in one sentence", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "October 25, 2006" });

  it("are each an agreement, with its own lender and size", () => {
    const found = item(
      "On October 20, 2006 the Company entered into (1) a $25 million revolving credit agreement with Alpha " +
        "Bank, N.V.; (2) a $25 million revolving credit agreement with Bank of America, N.A.; and (3) a $30 " +
        "million revolving credit agreement with JPMorgan Chase Bank to provide for seasonal liquidity needs.",
    );
    expect(found.map((a) => [a.type, a.parties[1]?.name, a.terms.map((t) => t.amount)])).toEqual([
      ["credit", "Alpha Bank, N.V.", [25_000_000]],
      ["credit", "Bank of America, N.A.", [25_000_000]],
      ["credit", "JPMorgan Chase Bank", [30_000_000]],
    ]);
  });

  it("with one company, of two kinds: two agreements", () => {
    const found = item(
      "Concurrently, the Company (i) entered into a Patent Purchase Agreement with Omega Diagnostics, Inc. " +
        "under which it agreed to pay Omega $7.0 million for certain patents, and (ii) entered into a " +
        "Collaboration Agreement with Omega Diagnostics, Inc. to develop new tests.",
    );
    expect(found.map((a) => [a.name, a.terms.map((t) => t.amount)])).toEqual([
      ["Patent Purchase Agreement", [7_000_000]],
      ["Collaboration Agreement", []],
    ]);
  });

  it("but a list of what one agreement provides, or of what follows it, is no list of agreements", () => {
    const found = item(
      "On October 20, 2006, the Company entered into an Agreement and Plan of Merger with Beta Corp. The " +
        "Merger Agreement provides that (i) each share of Beta common stock will be converted into $10.00 in " +
        "cash and (ii) Beta will become a wholly owned subsidiary of the Company. Under the agreement, (iii) " +
        "the escrow with the Company's bank is released and (iv) the old agreement with Beta's lender ends.",
    );
    expect(found.map((a) => a.type)).toEqual(["merger"]);
  });
});

describe("a sale whose buyer is told in the next sentence", () => {
  const item2 = (text: string) => agreementsIn(text, { item: ITEM_2 });

  it("a stake in a building: 'sold its interest in ... The purchaser was ...'", () => {
    const [a] = item2(
      "On May 3, 1999, the Company sold its interest in the Lakeview Center, an office building. The " +
        "purchaser was Omega Realty, L.P., which paid $6.1 million in cash.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.subject).toBe("its interest in the Lakeview Center, an office building");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Realty, L.P.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 6_100_000]]);
  });

  it("a stake in a partnership: what it is in is no party", () => {
    const [a] = item2(
      "On May 3, 1999, the Company sold its 40% interest in Beta Partners, L.P. The purchaser was Omega " +
        "Capital, LLC.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Capital, LLC", "buyer"],
    ]);
  });

  it("a division: 'completed the sale of its Gamma division. The buyer was ..., which paid approximately'", () => {
    const [a] = item2(
      "On May 3, 1999, the Company completed the sale of its Gamma division. The buyer was Omega Industries, " +
        "Inc., which paid approximately $12 million in cash.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Industries, Inc.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount, t.qualifier])).toEqual([
      ["purchase_price", 12_000_000, "approx"],
    ]);
  });

  it("assets: 'The purchaser is Delta Press, Inc., a privately held company.'", () => {
    const [a] = item2(
      "On May 3, 1999, the Registrant sold substantially all of the assets of its printing business for $3.1 " +
        "million in cash. The purchaser is Delta Press, Inc., a privately held company.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Delta Press, Inc.", "buyer"],
    ]);
  });
});

describe("shares and leases, more ways", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "May 5, 2010" });
  const sides = (a: { type: string; parties: { name: string; role: string }[] }) => [a.type, ...roles(a)];

  it("its own shares bought back: the registrant buys, the holder sells", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Stock Repurchase Agreement with John Smith, a director, " +
        "pursuant to which the Company repurchased 500,000 shares of its common stock from Mr. Smith for $2.5 million.",
    );
    expect(sides(a)).toEqual(["other", ["ACME CORP.", "buyer"], ["John Smith", "seller"]]);
  });

  it("its shares bought, told from the buyer, with no agreement named", () => {
    const [a] = item(
      "On May 3, 2010, Omega Capital Partners, L.P. purchased 2,000,000 shares of the Company's common stock " +
        "in a private placement for an aggregate purchase price of $8 million.",
    );
    expect(sides(a)).toEqual(["other", ["ACME CORP.", "seller"], ["Omega Capital Partners, L.P.", "buyer"]]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["equity_purchase", 8_000_000]]);
  });

  it("but shares a partner buys under a deal just told are that deal's equity purchase", () => {
    const found = item(
      "On May 3, 2010, the Company entered into a collaboration agreement with Omega Pharma, Inc. to develop " +
        "treatments for glaucoma. In connection with the agreement, Omega purchased 175,000 shares of the " +
        "Company's common stock for $3.0 million.",
    );
    expect(found.map((a) => [a.type, a.terms.map((t) => [t.kind, t.amount])])).toEqual([
      ["collaboration", [["equity_purchase", 3_000_000]]],
    ]);
  });

  it("warrants bought under a Warrant Purchase Agreement: a sale of the registrant's securities", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Warrant Purchase Agreement with Beta Ventures LLC under " +
        "which Beta purchased warrants to acquire 300,000 shares of common stock for $150,000.",
    );
    expect(sides(a)).toEqual(["other", ["ACME CORP.", "seller"], ["Beta Ventures LLC", "buyer"]]);
  });

  it("'entered into a lease with' a landlord", () => {
    const [a] = item(
      "On May 3, 2010, the Company, as tenant, entered into a lease with Beta Realty Trust for its new headquarters.",
    );
    expect(sides(a)).toEqual(["other", ["ACME CORP.", "party"], ["Beta Realty Trust", "party"]]);
  });
});

describe("settlements, more ways", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "May 5, 2010" });

  it("'settled the ... lawsuit' on a date: dated then", () => {
    const [a] = item(
      "On May 3, 2010, the Company and Omega Health Systems, Inc. settled the patent infringement lawsuit " +
        "pending in the U.S. District Court for the District of Delaware. Under the settlement, Omega will pay " +
        "the Company $6 million.",
    );
    expect([a.type, a.date]).toEqual(["settlement", "2010-05-03"]);
  });

  it("a Consent Order with an agency", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Consent Order with the Federal Trade Commission resolving " +
        "the FTC's investigation of the Company's advertising practices.",
    );
    expect([a.type, a.date, ...roles(a)]).toEqual([
      "settlement",
      "2010-05-03",
      ["ACME CORP.", "party"],
      ["Federal Trade Commission", "party"],
    ]);
  });
});

describe("1990s asset deals, more ways", () => {
  const item2 = (text: string) => agreementsIn(text, { item: ITEM_2 });

  it("'The consideration paid by the Registrant consisted of $4,000,000 in cash and a promissory note ...'", () => {
    const [a] = item2(
      "On May 3, 1999, the Registrant acquired substantially all of the assets of Beta Manufacturing Company. " +
        "The consideration paid by the Registrant consisted of $4,000,000 in cash and a promissory note in the " +
        "principal amount of $1,000,000.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([
      ["purchase_price", 4_000_000],
      ["purchase_price", 1_000_000],
    ]);
  });

  it("interests in wells sold under an agreement named only 'Agreement': an asset sale, no run-on subject", () => {
    const [a] = item2(
      "Pursuant to an Agreement dated February 1, 1999, between the Registrant and Delta Oil & Gas Company, " +
        "the Registrant sold its interests in 45 oil and gas wells located in Kansas to Delta for $2.2 million.",
    );
    expect([a.type, a.subject]).toEqual(["asset_purchase", null]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Delta Oil & Gas Company", "buyer"],
    ]);
  });
});

describe("what a collaboration works on", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "May 5, 2010" });

  it("what it sets out to discover, develop or research", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a Research Collaboration Agreement with Omega Pharmaceuticals, " +
        "Inc. to discover and develop small molecule inhibitors of the XYZ kinase.",
    );
    expect([a.type, a.subject]).toEqual(["collaboration", "small molecule inhibitors of the XYZ kinase"]);
    const [b] = item(
      "On May 3, 2010, the Company entered into a Collaboration Agreement with Omega University to conduct " +
        "joint research on gene therapy vectors.",
    );
    expect(b.subject).toBe("gene therapy vectors");
  });

  it("but a product the next sentence names is its subject", () => {
    const [a] = item(
      "On May 3, 2010, the Company entered into a research collaboration with Omega Pharmaceuticals, Inc. to " +
        "develop novel biologics for the treatment of cancer. Under the collaboration, the Company granted Omega " +
        "an exclusive license to develop and commercialize ZX-101.",
    );
    expect(a.subject).toBe("ZX-101");
  });
});

describe("an agreement whose sentence names another company, not the registrant, as its subject", () => {
  const item = (text: string) => agreementsIn(text, { item: ITEM_1_01, date: "November 25, 2009" });
  const opening = (rest: string) =>
    `On November 23, 2009, Omega Broadcasting Company ("OBC") entered into ${rest}`;

  it("reads the roles from that company's side: it buys, sells, borrows or licenses out", () => {
    const cases: [string, string[][]][] = [
      [
        'an Asset Purchase Agreement with Delta Radio Group, Inc. ("Delta") to acquire ten radio stations for $77.0 million.',
        [
          ["Omega Broadcasting Company", "buyer"],
          ["Delta Radio Group, Inc.", "seller"],
        ],
      ],
      [
        'an Asset Purchase Agreement with Delta Radio Group, Inc. ("Delta") to sell ten radio stations for $77.0 million.',
        [
          ["Omega Broadcasting Company", "seller"],
          ["Delta Radio Group, Inc.", "buyer"],
        ],
      ],
      [
        "a credit agreement with First Bank, N.A. providing for a $50 million revolving credit facility.",
        [
          ["Omega Broadcasting Company", "borrower"],
          ["First Bank, N.A.", "lender"],
        ],
      ],
      [
        "a license agreement with Beta Biotech, Inc., under which OBC granted Beta an exclusive license to its patents.",
        [
          ["Omega Broadcasting Company", "licensor"],
          ["Beta Biotech, Inc.", "licensee"],
        ],
      ],
    ];
    for (const [rest, want] of cases) expect(roles(item(opening(rest))[0])).toEqual(want);
  });

  it("by the short name the filing gave it before", () => {
    const [a] = item(
      'On November 19, 2009, Omega Broadcasting Company ("OBC") sold $115.0 million of its Senior Notes. ' +
        'On November 23, 2009, OBC entered into an Asset Purchase Agreement with Delta Radio Group Limited Partnership ("Delta") to acquire ten radio stations for $77.0 million.',
    );
    expect(roles(a)).toEqual([
      ["Omega Broadcasting Company", "buyer"],
      ["Delta Radio Group Limited Partnership", "seller"],
    ]);
  });

  it("the first of two that sign together, and not a company named after 'from' or 'with'", () => {
    const [a] = item(
      "On November 23, 2009, Delta Radio Group, Inc. and Omega Broadcasting Company entered into an Asset " +
        "Purchase Agreement, pursuant to which Omega will acquire ten radio stations from Delta for $77.0 million.",
    );
    expect(roles(a)).toEqual([
      ["Delta Radio Group, Inc.", "seller"],
      ["Omega Broadcasting Company", "buyer"],
    ]);
    const [b] = item(
      "In connection with its loan from First Bank, N.A., Omega Broadcasting Company entered into an Asset " +
        "Purchase Agreement with Delta Radio Group, Inc. to acquire ten radio stations.",
    );
    expect(roles(b)[0]).toEqual(["Omega Broadcasting Company", "buyer"]);
    expect(b.parties.find((p) => p.name === "Delta Radio Group, Inc.")?.role).toBe("seller");
  });
});

describe("who distributes, told more ways", () => {
  const LAMBDA = "Lambda Medical, Inc.";
  const supplied = (text: string) => {
    const [a] = deal(`On May 5, 1999, the Company entered into ${text}`);
    expect(a.type).toBe("supply");
    return roles(a);
  };
  const registrantBuys = [
    ["ACME CORP.", "buyer"],
    [LAMBDA, "seller"],
  ];
  const registrantSells = [
    ["ACME CORP.", "seller"],
    [LAMBDA, "buyer"],
  ];

  it("the registrant 'to be the exclusive distributor' after 'an agreement with' the other: it buys", () => {
    expect(
      supplied(
        `an agreement with ${LAMBDA} ("Lambda") to be the exclusive distributor in the United States of three Lambda products.`,
      ),
    ).toEqual(registrantBuys);
    expect(
      supplied(
        `an agreement with ${LAMBDA} to extend its contract, which was effective March 23, 1994, to serve as the ` +
          "exclusive distributor of Lambda products.",
      ),
    ).toEqual(registrantBuys);
  });

  it("the registrant granted 'the exclusive right to distribute' the other's product: it buys", () => {
    expect(
      supplied(
        `an exclusive distribution agreement with ${LAMBDA} granting the Company the exclusive right to distribute ` +
          "Lambda's XR-5 in North America.",
      ),
    ).toEqual(registrantBuys);
  });

  it("the other's products distributed, by its name or first word: the registrant buys", () => {
    expect(
      supplied(
        `a Distribution Agreement with ${LAMBDA} covering the distribution in Canada of certain Lambda products.`,
      ),
    ).toEqual(registrantBuys);
  });

  it("the other to be the distributor, by 'under which', 'which', 'appointing' or 'for': the registrant sells", () => {
    for (const clause of [
      `a Distribution Agreement with ${LAMBDA} ("Lambda"), under which Lambda agreed to be the exclusive distributor of the Company's products in Canada.`,
      `a distribution agreement with ${LAMBDA}, which agreed to be the exclusive distributor of the Company's XR-5 in Canada.`,
      `a distribution agreement appointing ${LAMBDA} to be the exclusive distributor of the Company's products in Canada.`,
      `a distribution agreement with ${LAMBDA} for Lambda to be the exclusive distributor of XR-5 in Canada.`,
      `a Distribution Agreement with ${LAMBDA} ("Lambda"), granting Lambda the exclusive right to market and distribute the Company's XR-5 in Canada.`,
    ])
      expect(supplied(clause)).toEqual(registrantSells);
  });

  it("what is distributed: the products after 'distributor in the United States of', 'to market and distribute'", () => {
    const [a] = deal(
      `On May 5, 1999, the Company entered into an agreement with ${LAMBDA} to be the exclusive distributor in the ` +
        "United States of three Lambda products.",
    );
    expect(a.subject).toBe("three Lambda products");
    const [b] = deal(
      `On May 5, 1999, the Company entered into a Distribution Agreement with ${LAMBDA} granting Lambda the ` +
        "exclusive right to market and distribute the Company's XR-5 in Canada.",
    );
    expect(b.subject).toBe("XR-5");
  });
});

describe("the registrant's business or subsidiary, bought by the other side", () => {
  it("'Omega acquired ... the assets of the Company's Widget division': the registrant sells", () => {
    const [a] = deal(
      "On May 5, 1999, pursuant to an Asset Purchase Agreement dated January 15, 1999, Omega Holdings, LLC acquired " +
        "substantially all of the assets of the Company's Widget division for $12 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Holdings, LLC", "buyer"],
    ]);
  });

  it("'will purchase all of the outstanding shares of the Company's subsidiary, Tau': the registrant sells Tau", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Stock Purchase Agreement with Omega Holdings, LLC, pursuant to " +
        "which Omega Holdings will purchase all of the outstanding shares of the Company's subsidiary, Tau " +
        "Industries, Inc., for $30 million.",
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Holdings, LLC", "acquirer"],
      ["Tau Industries, Inc.", "target"],
    ]);
    expect(a.subject).toBe("Tau Industries, Inc.");
  });

  it("'all of the outstanding shares of the Company's common stock': the registrant is still the one bought", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into an Agreement and Plan of Merger with Omega Holdings, LLC, pursuant " +
        "to which Omega Holdings will acquire all of the outstanding shares of the Company's common stock for $30 " +
        "million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Holdings, LLC", "acquirer"],
    ]);
  });
});

describe("notes and loans, more ways", () => {
  it("notes issued 'due 2017' are a loan the registrant takes, by the notes' name and amount", () => {
    const [a] = deal(
      "On May 5, 1999, the Company issued $150 million aggregate principal amount of 8.5% Senior Notes due 2017 in a " +
        "private placement to qualified institutional buyers.",
    );
    expect(a.type).toBe("credit");
    expect(roles(a)).toEqual([["ACME CORP.", "borrower"]]);
    expect(a.subject).toBe("8.5% Senior Notes due 2017");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 150_000_000]]);
  });

  it("notes 'sold' as 'an aggregate of $X in principal amount of its 9-1/4% ... Notes due 2008'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company sold an aggregate of $60.0 million in principal amount of its 9-1/4% Senior " +
        'Subordinated Notes due 2009 (the "Notes") in a private placement transaction.',
    );
    expect(a.type).toBe("credit");
    expect(a.subject).toBe("9-1/4% Senior Subordinated Notes due 2009");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 60_000_000]]);
  });

  it("a Note Purchase Agreement lends: its buyer is the lender, the notes' amount the loan", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Note Purchase Agreement with Prudential Investment Management, " +
        "Inc. for the private placement of $75 million of 6.25% Senior Notes due 2009.",
    );
    expect(a.type).toBe("credit");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Prudential Investment Management, Inc.", "lender"],
    ]);
    expect(a.subject).toBe("6.25% Senior Notes due 2009");
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 75_000_000]]);
  });

  it("a lender with no corporate word, 'of the' in its name: 'a loan ... from Bank of the West'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company received a loan in the principal amount of $1,234,500 from Bank of the West " +
        "pursuant to the Small Business Lending Program.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Bank of the West", "lender"],
    ]);
  });
});

describe("another's property licensed or promoted", () => {
  const BETA = "Beta Pharma, Inc.";
  it("'to license Beta's proprietary ... technology': the registrant licenses it in", () => {
    const [a] = deal(
      `On May 5, 1999, the Company entered into a license agreement with ${BETA} to license Beta's proprietary ` +
        "drug delivery technology for use in its products.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      [BETA, "licensor"],
    ]);
    expect(a.subject).toBe("Beta's proprietary drug delivery technology");
  });

  it("'will co-promote Beta's product Zylo': the registrant is licensed to promote it, and Zylo is the subject", () => {
    const [a] = deal(
      `On May 5, 1999, the Company and ${BETA} ("Beta") entered into a Co-Promotion Agreement under which the ` +
        "Company will co-promote Beta's product Zylo in the United States.",
    );
    expect(a.type).toBe("license");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      [BETA, "licensor"],
    ]);
    expect(a.subject).toBe("Zylo");
  });

  it("the other to co-promote the registrant's product: the registrant licenses it out", () => {
    const [a] = deal(
      `On May 5, 1999, the Company and ${BETA} ("Beta") entered into a Co-Promotion Agreement under which Beta ` +
        "will co-promote the Company's product Zylo in the United States.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensor"],
      [BETA, "licensee"],
    ]);
  });
});

describe("a plural role defined for a list of names", () => {
  it("'John Smith and Jane Smith (the \"Sellers\")': each of them sells", () => {
    const [a] = deal(
      'On May 5, 1999, the Company entered into a Stock Purchase Agreement with John Smith and Jane Smith (the "Sellers"), ' +
        'the sole shareholders of Tau Plumbing, Inc. ("Tau"), to purchase all of the outstanding stock of Tau for $3.5 million.',
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Tau Plumbing, Inc.", "target"],
      ["John Smith", "seller"],
      ["Jane Smith", "seller"],
    ]);
  });

  it("a singular term after two names is the last one's alone", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into an Asset Purchase Agreement with Omega Corp. and Delta Tools, Inc. (the " +
        '"Seller"), a subsidiary of Omega, to purchase the assets of Delta Tools for $3.5 million.',
    );
    expect(a.parties.find((p) => p.name === "Delta Tools, Inc.")?.role).toBe("seller");
  });
});

describe("plaintiffs settling", () => {
  it("'a Settlement Agreement with the plaintiffs in the securities class action': they are a party, the action its subject", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Settlement Agreement with the plaintiffs in the securities class " +
        "action captioned In re Acme Securities Litigation, under which the Company will pay $12.5 million.",
    );
    expect(a.type).toBe("settlement");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "party"],
      ["plaintiffs", "party"],
    ]);
    expect(a.subject).toBe("the securities class action");
  });

  it("'the Acme Defendants and Plaintiffs have accepted' a term sheet; not 'plaintiffs' counsel'", () => {
    const [a] = deal(
      'On May 5, 1999, the Company and its chief executive officer (the "Acme Defendants") and Plaintiffs have ' +
        "accepted a binding term sheet to settle the consolidated securities action.",
    );
    expect(a.parties.map((p) => p.name)).toContain("Plaintiffs");
    const [b] = deal(
      "On May 5, 1999, the Company entered into a settlement agreement with Omega Corp. and plaintiffs' counsel " +
        "to settle the patent litigation.",
    );
    expect(b.parties.map((p) => p.name)).not.toContain("plaintiffs");
  });
});

describe("1990s acquisitions told done, more ways", () => {
  it("'the merger of Kappa Bancshares, Inc. with and into the Registrant was consummated'", () => {
    const [a] = agreementsIn(
      'On May 5, 1997, the merger of Kappa Bancshares, Inc. ("Kappa") with and into the Registrant was consummated. ' +
        "Each share of Kappa common stock was converted into 1.2 shares of the Registrant's common stock.",
      { item: ITEM_2 },
    );
    expect(a.type).toBe("merger");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "acquirer"],
      ["Kappa Bancshares, Inc.", "target"],
    ]);
  });

  it("a merger still to come ('is expected to be completed') opens none", () => {
    expect(
      agreementsIn(
        "The merger of Kappa Bancshares, Inc. with and into the Registrant is expected to be completed in June.",
        { item: ITEM_2 },
      ),
    ).toEqual([]);
  });

  it("'acquired 80% of the outstanding common stock of Upsilon Corp.': control bought; 10% is no merger", () => {
    const [a] = agreementsIn(
      "On May 5, 1997, the Registrant acquired 80% of the outstanding common stock of Upsilon Corp. from its " +
        "founders for $3,000,000.",
      { item: ITEM_2 },
    );
    expect([a.type, a.subject]).toEqual(["merger", "Upsilon Corp."]);
    expect(
      agreementsIn(
        "On May 5, 1997, the Registrant acquired 10% of the outstanding common stock of Upsilon Corp. for $300,000.",
        { item: ITEM_2 },
      ).filter((x) => x.type === "merger"),
    ).toEqual([]);
  });
});

describe("goods sold by the piece under a Purchase Agreement", () => {
  it("'a Purchase Agreement ... for the sale of 20 aircraft engines' supplies them", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Purchase Agreement with Delta Airlines, Inc. for the sale of 20 " +
        "aircraft engines for approximately $80 million.",
    );
    expect([a.type, a.subject]).toEqual(["supply", "aircraft engines"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Delta Airlines, Inc.", "buyer"],
    ]);
  });
});

describe("a university's license fees", () => {
  it("'a license issue fee of $50,000' is paid up front; 'an annual license maintenance fee of' is not", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a License Agreement with Kappa University. The Company paid a license " +
        "issue fee of $50,000 and will pay an annual license maintenance fee of $10,000 and a royalty of 2% on net sales.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toContainEqual(["upfront", 50_000]);
    expect(a.terms.map((t) => [t.kind, t.amount])).not.toContainEqual(["upfront", 10_000]);
  });
});

describe("what a license is for, told by what it develops", () => {
  it("'a licensing agreement with Novartis Pharma AG to develop an oral formulation of ... (rhGH)'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company announced that it has entered into a licensing agreement with Omega Pharma AG to " +
        "develop an oral formulation of recombinant human insulin (rhI), following pre-clinical feasibility studies.",
    );
    expect(a.type).toBe("license");
    expect(a.subject).toBe("oral formulation of recombinant human insulin");
  });

  it("what is licensed ends before whom it is licensed to ('certain intellectual property to Omega ...')", () => {
    const [a] = deal(
      "On May 5, 1999, we entered into a series of agreements to license certain intellectual property to Omega " +
        "Pharmaceutical Co., Ltd.",
    );
    expect(a.subject).toBe("certain intellectual property");
  });

  it("a product the license names still comes first", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a license agreement with Omega Pharma AG to develop and " +
        "commercialize XR-101 in Europe.",
    );
    expect(a.subject).toBe("XR-101");
  });
});

describe("deals told with no agreement named, more ways", () => {
  it("'entered into a $15 million bridge loan with Kappa Capital LLC'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a $15 million bridge loan with Kappa Capital LLC.",
    );
    expect([a.type, a.subject, roles(a)]).toEqual([
      "credit",
      "bridge loan",
      [
        ["ACME CORP.", "borrower"],
        ["Kappa Capital LLC", "lender"],
      ],
    ]);
  });

  it("'the Company and Mu Holdings, Inc. completed their previously announced merger, with Mu becoming ...'", () => {
    const [a] = deal(
      'On May 5, 1999, the Company and Mu Holdings, Inc. ("Mu") completed their previously announced merger, with ' +
        "Mu becoming a wholly owned subsidiary of the Company.",
    );
    expect([a.type, roles(a)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Mu Holdings, Inc.", "target"],
      ],
    ]);
  });

  it("a stake 'transferred' in a venture named with its kind: 'its interest in the Riverside joint venture to'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company transferred its interest in the Riverside joint venture to Sigma Partners LLC in " +
        "exchange for $4.5 million.",
    );
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Sigma Partners LLC"]);
  });

  it("'Pinnacle Bank, the Company's wholly owned subsidiary, acquired ... assets': the subsidiary buys beside it", () => {
    const [a] = deal(
      "On May 5, 1999, Pinnacle Bank, the Company's wholly owned subsidiary, acquired the deposits and certain assets " +
        "of First Community Bank from the Federal Deposit Insurance Corporation, as receiver.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(a.parties.find((p) => p.name === "Pinnacle Bank")?.role).toBe("buyer");
    expect(a.parties.find((p) => p.name === "First Community Bank")?.role).toBe("seller");
  });
});

describe("a Securities Purchase Agreement that sells notes", () => {
  it("lends: the registrant borrows, the buyer lends, the notes' principal is the loan", () => {
    const [a] = deal(
      'On May 5, 1999, the Company entered into a Securities Purchase Agreement with Orion Fund, L.P. ("Orion"), ' +
        "whereby the Company issued to Orion a convertible promissory note in the principal amount of $810,000.",
    );
    expect(a.type).toBe("credit");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Orion Fund, L.P.", "lender"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 810_000]]);
  });

  it("shares alone are a sale, and notes paying for a company bought are its price", () => {
    const [shares] = deal(
      "On May 5, 1999, the Company entered into a Securities Purchase Agreement with Orion Fund, L.P., pursuant to " +
        "which the Company sold 2,000,000 shares of its common stock for $4,000,000.",
    );
    expect(shares.type).toBe("other");
    const [bought] = deal(
      "On May 5, 1999, the Company entered into a Securities Purchase Agreement with the members of Tau Logistics, " +
        "LLC to acquire all of its membership interests for $3,000,000 in cash and a $1,000,000 secured promissory note.",
    );
    expect(bought.type).not.toBe("credit");
  });
});

describe("a license and collaboration, by the name's first word", () => {
  it("a 'Technology License and Collaboration Agreement' is a license; a 'Collaboration and License Agreement' a collaboration", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Technology License and Collaboration Agreement with Omega Pharma " +
        "AG, under which Omega will obtain an exclusive license to develop products with XR-5.",
    );
    expect(a.type).toBe("license");
    const [b] = deal(
      "On May 5, 1999, the Company entered into a Collaboration and License Agreement with Omega Pharma AG to " +
        "discover antibodies against cancer targets.",
    );
    expect(b.type).toBe("collaboration");
  });
});

describe("assets, not a company: more ways", () => {
  it("'completed the acquisition of BASF's pharmaceutical business': a business bought is assets", () => {
    const [a] = deal(
      "On May 5, 1999, the Company announced that it had completed the acquisition of Omega's pharmaceutical " +
        "business, which includes the global operations of Knoll, for $6.9 billion in cash.",
    );
    expect(a.type).toBe("asset_purchase");
  });

  it("'will acquire Texaco's interest in over 300 oil and gas fields' from a company whose name pairs two trades", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a memorandum of understanding with Texaco Exploration and Production " +
        'Inc. ("Texaco"), outlining the terms under which the Company will acquire Texaco\'s interest in over 300 oil ' +
        "and gas fields for approximately $600 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Texaco Exploration and Production Inc.", "seller"],
    ]);
  });

  it("a Purchase and Sale Agreement sells property, unless its sentence buys shares", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into an Agreement of Purchase and Sale with South Gate Owner, LP.",
    );
    expect(a.type).toBe("asset_purchase");
    const [b] = deal(
      "On May 5, 1999, the Company completed the acquisition of all of the outstanding shares of Halo Pharma, Inc. " +
        "pursuant to the Purchase and Sale Agreement, dated March 20, 1999, between the Company and the holders of all " +
        "the outstanding shares of Halo Pharma, Inc.",
    );
    expect(b.type).toBe("merger");
  });
});

describe("patents sold by themselves", () => {
  it("a patent purchase agreement sells assets, the patent by its number", () => {
    const [a] = deal(
      'On May 5, 1999, the Company entered into a patent purchase agreement (the "Patent Purchase Agreement") with ' +
        "Omega Corporation. Pursuant to the Patent Purchase Agreement, the Company agreed to sell to Omega U.S. Patent " +
        '5,717,537, titled "Method for Minimizing Latency."',
    );
    expect([a.type, a.subject]).toEqual(["asset_purchase", "U.S. Patent 5,717,537"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Omega Corporation", "buyer"],
    ]);
  });
});

describe("a price told later, or in words", () => {
  it("'The fixed purchase price for the assets was ...', two sentences on, is the sale's price", () => {
    const [a] = agreementsIn(
      "On May 5, 1997, the Company disposed of substantially all of the assets of its Omega Tools division. The " +
        "assets sold included inventory and equipment. The Company retained certain international rights. The " +
        "buyer is a private company. The fixed purchase price for the assets was $1,080,000.",
      { item: ITEM_2 },
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 1_080_000]]);
  });

  it("'for One Million Eighty Thousand Dollars ($1,080,000)': the figure read where its words stand", () => {
    const [a] = deal(
      "On May 5, 1999, the Company sold substantially all of the assets of its subsidiary, Omega Tools Inc., to " +
        "Delta Corp. for One Million Eighty Thousand Dollars ($1,080,000).",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 1_080_000]]);
  });
});

describe("licenses told with no agreement named, more ways", () => {
  it("a license granted to end a lawsuit is one of its own beside the settlement", () => {
    const found = deal(
      "On May 5, 1999, the Company announced it had settled litigation pending against Sequitur, Inc. " +
        '("Sequitur"). The Company has granted Sequitur a license to certain Company patents for target validation ' +
        "in exchange for undisclosed payments from Sequitur.",
    );
    expect(found.map((a) => a.type)).toEqual(["settlement", "license"]);
    expect(roles(found[1])).toEqual([
      ["ACME CORP.", "licensor"],
      ["Sequitur, Inc.", "licensee"],
    ]);
  });

  it("'has obtained an exclusive license for sole use of ... from Pyrosequencing AB': licensed in, and what", () => {
    const [a] = deal(
      "On May 5, 1999, the Company issued a press release announcing that its majority-owned subsidiary, Omega " +
        "Genomics, has obtained an exclusive license for sole use of sequencing by synthesis for whole genome " +
        "applications from Pyrosequencing AB, a technology provider.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Pyrosequencing AB", "licensor"],
    ]);
    expect(a.subject).toBe("sequencing by synthesis");
  });

  it("no party is named 'Agreements' from '(..., the \"Agreements\")'", () => {
    const [a] = deal(
      'On May 5, 1999, the Company and AU Optronics Corporation ("AUO") entered into a Settlement Agreement and a ' +
        "Patent Assignment Agreement (the Patent Assignment Agreement and together with the Settlement Agreement, the " +
        "Agreements) to resolve a lawsuit filed by the Company against AUO.",
    );
    expect(a.parties.map((p) => p.name)).not.toContain("Agreements)");
  });
});

describe("a supply contract named by its kind", () => {
  it("'approved the gas supply contract between the Company and ConocoPhillips, Inc.': a supply, by its name", () => {
    const [a] = deal(
      "On May 5, 1999, the Regulatory Commission of Alaska approved the gas supply contract between the Company and " +
        "ConocoPhillips, Inc. effective August 21, 1999. The new contract will provide gas beginning in 2000.",
    );
    expect([a.type, a.subject]).toEqual(["supply", "gas supply contract"]);
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["ConocoPhillips, Inc.", "seller"],
    ]);
  });
});

describe("the registrant lends", () => {
  it("'agreed to lend Omega up to $5 million' under a Loan Agreement, or 'agreed to loan Omega $5 million' alone", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Loan Agreement with Omega Mining Corp. under which the Company " +
        "agreed to lend Omega up to $5 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "lender"],
      ["Omega Mining Corp.", "borrower"],
    ]);
    const [b] = deal(
      "On May 5, 1999, the Company agreed to loan Omega Mining Corp. $5 million at 8% a year.",
    );
    expect([b.type, roles(b)]).toEqual([
      "credit",
      [
        ["ACME CORP.", "lender"],
        ["Omega Mining Corp.", "borrower"],
      ],
    ]);
  });

  it("the other lending the registrant leaves it the borrower", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Loan Agreement with Omega Bank under which Omega Bank agreed to " +
        "lend the Company up to $5 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Omega Bank", "lender"],
    ]);
  });
});

describe("shares sold to investors named by their kind", () => {
  it("'issued 1,350,000 shares of 10% Convertible Preferred Stock to accredited investors at $1.00 per share'", () => {
    const [a] = agreementsIn(
      'On May 5, 1997, the Company completed a Private Placement financing under Regulation "D" for the sum of ' +
        "$1,350,000. The Company issued 1,350,000 shares of 10% Convertible Preferred Stock to accredited investors " +
        "at $1.00 per share.",
      { item: "Item 5. Other Events." },
    );
    expect([a.type, a.subject, roles(a)]).toEqual([
      "other",
      "1,350,000 shares of 10% Convertible Preferred Stock",
      [
        ["ACME CORP.", "seller"],
        ["accredited investors", "buyer"],
      ],
    ]);
  });
});

describe("assets of a subsidiary named after the word", () => {
  it("'substantially all of the assets of its wholly-owned subsidiary, Omega Tools Inc.' names the subsidiary", () => {
    const [a] = deal(
      "On May 5, 1999, the Company sold substantially all of the assets of its wholly-owned subsidiary, Omega Tools " +
        "Inc., to Delta Corp. for $1,080,000.",
    );
    expect(a.subject).toBe(
      "substantially all of the assets of its wholly-owned subsidiary, Omega Tools Inc.",
    );
  });
});

describe("an equity purchase agreement", () => {
  it("'a $75 million equity purchase agreement with Lincoln Park': what the investor may pay buys shares", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a $75 million equity purchase agreement with Lincoln Park Capital " +
        "Fund, LLC.",
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["equity_purchase", 75_000_000]]);
  });
});

describe("a loan announced closed", () => {
  it("'announced the closing of a $40 million senior secured term loan facility with Hercules Capital, Inc.'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company announced the closing of a $40 million senior secured term loan facility with " +
        "Hercules Capital, Inc.",
    );
    expect([a.type, a.subject, roles(a)]).toEqual([
      "credit",
      "senior secured term loan facility",
      [
        ["ACME CORP.", "borrower"],
        ["Hercules Capital, Inc.", "lender"],
      ],
    ]);
  });
});

describe("a loan secured from an agency", () => {
  it("'executed the loan documents required for securing a loan (the \"EIDL Loan\") from the United States Small Business Administration'", () => {
    const [a] = deal(
      'On May 5, 1999, the Company executed the standard loan documents required for securing a loan (the "EIDL ' +
        'Loan") from the United States Small Business Administration (the "SBA") under its disaster loan program. ' +
        "The principal amount of the EIDL Loan is $150,000.00.",
    );
    expect([a.type, a.subject, roles(a)]).toEqual([
      "credit",
      "loan",
      [
        ["ACME CORP.", "borrower"],
        ["United States Small Business Administration", "lender"],
      ],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 150_000]]);
  });
});

describe("signers listed before the verb, each with a short name", () => {
  it("an institute and a university's regents named with no corporate word are parties", () => {
    const [a] = deal(
      'On May 5, 1999, the Company, The J. David Gladstone Institutes ("Gladstone") and The Regents of the ' +
        'University of California (the "University") entered into a collaboration for the development of treatments ' +
        "for Alzheimer's disease.",
    );
    expect(a.parties.map((p) => p.name)).toEqual([
      "ACME CORP.",
      "The J. David Gladstone Institutes",
      "The Regents of the University of California",
    ]);
  });

  it("neither an agreement nor an officer's title given a short name is a signer", () => {
    const [a] = deal(
      'In connection with the Merger Agreement (the "Agreement"), the Company and Omega Consulting Company, Inc., ' +
        'an entity owned by the former President and Chief Executive Officer ("OCC"), entered into a consulting ' +
        "agreement.",
    );
    expect(a.parties.map((p) => p.name)).toEqual(["ACME CORP.", "Omega Consulting Company, Inc."]);
  });
});

describe("an agreement named by a list of what it does", () => {
  it("'a Distribution, Patent & Trademark License, Marketing and Supply Agreement' keeps its whole name, a license", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Distribution, Patent & Trademark License, Marketing and Supply " +
        'Agreement with Merck KGaA (the "Agreement").',
    );
    expect([a.name, a.type]).toEqual([
      "Distribution, Patent & Trademark License, Marketing and Supply Agreement",
      "license",
    ]);
  });
});

describe("a licensor whose name is a possessive", () => {
  it("'a Licensing Agreement with Wendy's International, Inc. for use of Wendy's characters': licensed in, and what", () => {
    const [a] = deal(
      "On May 5, 1999, the Company reported that it has signed a Licensing Agreement with Wendy's International, " +
        "Inc. for use of Wendy's characters and marks in family software.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensee"],
      ["Wendy's International, Inc.", "licensor"],
    ]);
    expect(a.subject).toBe("Wendy's characters and marks");
  });
});

describe("a property sale whose buyer comes late in the sentence", () => {
  it("'completed the previously announced sale of the Company's production facility, warehouse and ... to'", () => {
    const [a] = deal(
      "On May 5, 1999, the Company completed the previously announced sale of the Company's production facility, " +
        'warehouse and real estate property located at 5037 Patata Street, in South Gate, California (the "South Gate ' +
        'Transaction") to South Gate Owner, LP, a Delaware limited partnership, for a purchase price of $76.7 million.',
    );
    expect([a.type, roles(a)]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "seller"],
        ["South Gate Owner, LP", "buyer"],
      ],
    ]);
  });
});

describe("assets sold to the registrant, and bought from another", () => {
  it("'Omega Corp. sold to the Company substantially all of the assets of its ... business': the registrant buys", () => {
    const [a] = deal(
      "On May 5, 1999, Omega Corp. sold to the Company substantially all of the assets of its specialty coatings " +
        "business for $14 million.",
    );
    expect([a.type, a.subject, roles(a)]).toEqual([
      "asset_purchase",
      "substantially all of the assets of its specialty coatings business",
      [
        ["ACME CORP.", "buyer"],
        ["Omega Corp.", "seller"],
      ],
    ]);
  });

  it("what is bought 'from Omega its specialty coatings business' is the business, not whom from", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into an Asset Purchase Agreement with Omega Corp., under which the " +
        "Company agreed to purchase from Omega its specialty coatings business for $14 million.",
    );
    expect(a.subject).toBe("specialty coatings business");
  });
});

describe("mergers told from the target's side, and share exchanges", () => {
  it("'As a result of the merger, the Company became a wholly owned subsidiary of Omega Corp.': it was bought", () => {
    const [a] = deal(
      "On May 5, 1999, the Company completed its merger with Omega Corp. As a result of the merger, the Company " +
        "became a wholly owned subsidiary of Omega Corp.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Corp.", "acquirer"],
    ]);
  });

  it("a Share Exchange Agreement buys the other company with shares", () => {
    const [a] = deal(
      "On May 5, 1999, the Company entered into a Share Exchange Agreement with Sigma Ltd. and its shareholders, " +
        "pursuant to which the Company will issue 5,000,000 shares of its common stock in exchange for all of the " +
        "outstanding shares of Sigma Ltd.",
    );
    expect([a.type, roles(a)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Sigma Ltd.", "target"],
      ],
    ]);
  });
});

describe("what a distribution agreement supplies ends where its territory begins", () => {
  it("'the Company's wound care products throughout Canada and will ...' supplies wound care products", () => {
    const [a] = deal(
      "On May 9, 2005, the Company entered into an agreement with Source Medical Corporation, pursuant to which " +
        "Source Medical will assume responsibility for the distribution of the Company's wound care products " +
        "throughout Canada and will, in addition, purchase the Company's products for resale.",
    );
    expect([a.type, a.subject]).toEqual(["supply", "wound care products"]);
  });

  it("'within the United States' and 'outside Japan' end it too", () => {
    for (const where of ["within the United States", "outside Japan"]) {
      const [a] = deal(
        `On May 9, 2005, the Company entered into a Distribution Agreement with Omega Medical, Inc., under which ` +
          `Omega will be the exclusive distributor of the Company's catheter products ${where} and will purchase ` +
          `minimum quantities each year.`,
      );
      expect(a.subject).toBe("catheter products");
    }
  });
});

describe("a lender the new agreement replaces is no party to it", () => {
  it("'which replaced the Company's prior credit facility with Kappa Bank': NationsBank lends, Kappa does not", () => {
    const [a] = deal(
      "On March 3, 1997 the Company entered into a Loan Agreement with NationsBank, N.A. providing for a revolving " +
        "line of credit of up to $10,000,000, which replaced the Company's prior credit facility with Kappa Bank.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["NationsBank, N.A.", "lender"],
    ]);
  });

  it("'and repaid its existing $50 million term loan from Omega Capital Corp.' too", () => {
    const [a] = deal(
      "On March 3, 2010, the Company entered into a Credit Agreement with Wells Fargo Bank, National Association, " +
        "providing for a $75 million revolving credit facility, and repaid its existing $50 million term loan " +
        "from Omega Capital Corp.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Wells Fargo Bank, National Association", "lender"],
    ]);
  });

  it("an amendment to the existing agreement with a bank keeps the bank", () => {
    const [a] = deal(
      "On March 3, 2010, the Company entered into an amendment to its existing credit agreement with Wells Fargo " +
        "Bank, National Association, which increased the revolving credit facility to $75 million.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["Wells Fargo Bank, National Association", "lender"],
    ]);
  });
});

describe("a property sold or bought by its name", () => {
  it("'sold its interest in the Riverside Mall, located in Riverside, California, to Gamma ...' sells assets", () => {
    const [a] = deal(
      "Effective March 3, 1997, the Registrant sold its interest in the Riverside Mall, located in Riverside, " +
        "California, to Gamma Realty Partners, L.P., an unaffiliated party, for a cash purchase price of $23.4 million.",
    );
    expect([a.type, roles(a), a.subject, a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "seller"],
        ["Gamma Realty Partners, L.P.", "buyer"],
      ],
      "the Riverside Mall",
      [["purchase_price", 23400000]],
    ]);
  });

  it("'acquired the Oak Ridge Nursing Center, a 120-bed skilled nursing facility ...' buys it by that name", () => {
    const [a] = deal(
      "On March 3, 1997, the Registrant acquired the Oak Ridge Nursing Center, a 120-bed skilled nursing facility " +
        "located in Oak Ridge, Tennessee, from Zeta Health Care, Inc. for $6.1 million.",
    );
    expect([a.type, a.subject]).toEqual(["asset_purchase", "the Oak Ridge Nursing Center"]);
  });
});

describe("a license granted to a company named with its corporate word and short name", () => {
  it("'granted Omega Medical Systems, Inc. (\"Omega\") an exclusive license to manufacture and sell ...'", () => {
    const [a] = deal(
      'On March 3, 1998, the Registrant granted Omega Medical Systems, Inc. ("Omega") an exclusive license to ' +
        "manufacture and sell the Registrant's CardioScan product line in Europe. In consideration for the license, " +
        "Omega paid the Registrant a license fee of $750,000 and agreed to pay royalties of 6% of net sales.",
    );
    expect([a.type, roles(a), a.terms.map((t) => t.kind)]).toEqual([
      "license",
      [
        ["ACME CORP.", "licensor"],
        ["Omega Medical Systems, Inc.", "licensee"],
      ],
      ["upfront", "royalties"],
    ]);
  });
});

describe("a joint venture agreement", () => {
  it("forms a company: no supply for what the venture will make, and the company formed signs nothing", () => {
    const [a] = deal(
      'On March 3, 1998, the Registrant entered into a joint venture agreement with Kappa Holdings Ltd. ("Kappa") ' +
        "to form Acme Asia Ltd., which will manufacture and distribute the Registrant's products in China.",
    );
    expect([a.type, roles(a)]).toEqual([
      "other",
      [
        ["ACME CORP.", "party"],
        ["Kappa Holdings Ltd.", "party"],
      ],
    ]);
  });
});

describe("goods bought for an amount of money are supplied", () => {
  it("'Sigma will purchase from the Registrant not less than $4 million of bulk peptides': a supply, Sigma buys", () => {
    const [a] = deal(
      'On March 3, 1998, the Registrant entered into an agreement with Sigma Chemical Company ("Sigma") pursuant to ' +
        "which Sigma will purchase from the Registrant not less than $4 million of bulk peptides over the next three years.",
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "supply",
      [
        ["ACME CORP.", "seller"],
        ["Sigma Chemical Company", "buyer"],
      ],
      "bulk peptides",
    ]);
  });

  it("'to purchase $5 million of the Company's common stock' stays a sale of shares", () => {
    const [a] = deal(
      'On March 3, 1998, the Registrant entered into an agreement with Sigma Capital LLC ("Sigma") pursuant to ' +
        "which Sigma will purchase $5 million of the Company's common stock.",
    );
    expect(a.type).toBe("other");
  });
});

describe("a credit facility raised by an amendment", () => {
  it("'increased the maximum amount available under the facility from $15 million to $25 million' lends $25 million", () => {
    const [a] = deal(
      'On March 3, 1998, the Registrant and its principal lender, Fleet National Bank ("Fleet"), entered into an ' +
        "amendment to the Registrant's revolving credit agreement which increased the maximum amount available " +
        "under the facility from $15 million to $25 million and extended its maturity to March 31, 2001.",
    );
    expect([a.type, a.terms.map((t) => [t.kind, t.amount])]).toEqual(["credit", [["loan", 25_000_000]]]);
  });
});

describe("work awarded to the registrant's subsidiary", () => {
  it("'the Registrant's wholly-owned subsidiary, Acme Environmental, Inc., was awarded a contract by the U.S. Department of Energy'", () => {
    const [a] = deal(
      "On March 3, 1998, the Registrant's wholly-owned subsidiary, Acme Environmental, Inc., was awarded a contract " +
        "by the U.S. Department of Energy for environmental remediation services at the Hanford site, with an " +
        "estimated value of $28 million over five years.",
    );
    expect([a.type, roles(a)]).toEqual([
      "supply",
      [
        ["ACME CORP.", "seller"],
        ["Acme Environmental, Inc.", "seller"],
        ["U.S. Department of Energy", "buyer"],
      ],
    ]);
  });
});

describe("a settlement's payment beside words about revenue recognition", () => {
  it("'will pay a civil penalty of $4.5 million to resolve the SEC's investigation into ... revenue recognition'", () => {
    const [a] = deal(
      "On March 3, 2015, the Company's board of directors approved a settlement with the U.S. Securities and " +
        "Exchange Commission, under which the Company will pay a civil penalty of $4.5 million to resolve the SEC's " +
        "investigation into the Company's revenue recognition practices.",
    );
    expect([a.type, a.terms.map((t) => [t.kind, t.amount])]).toEqual(["settlement", [["other", 4_500_000]]]);
  });
});

describe("a merger sub the agreement calls its purchaser", () => {
  it("'Omega Merger Sub, Inc. (\"Purchaser\")' commencing a tender offer stays a party; its parent acquires", () => {
    const [a] = deal(
      'On March 3, 2015, the Company, Omega Parent, Inc. ("Parent") and Omega Merger Sub, Inc. ("Purchaser") ' +
        'entered into an Agreement and Plan of Merger (the "Merger Agreement"), pursuant to which Purchaser will ' +
        "commence a tender offer to acquire all of the outstanding shares of the Company's common stock at a price " +
        "of $24.50 per share, net to the seller in cash.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Parent, Inc.", "acquirer"],
      ["Omega Merger Sub, Inc.", "party"],
    ]);
  });
});

describe("what a license is to runs on past 'relating to'", () => {
  it("'an exclusive, worldwide license to certain patents relating to CRISPR gene editing technology'", () => {
    const [a] = deal(
      'On March 3, 2015, the Company entered into an Exclusive License Agreement with Stanford University ("Stanford"), ' +
        "under which the Company obtained an exclusive, worldwide license to certain patents relating to CRISPR gene " +
        "editing technology.",
    );
    expect(a.subject).toBe("certain patents relating to CRISPR gene editing technology");
  });
});

describe("resellers", () => {
  it("'under which IBM will resell the Company's analytics software': a supply, the registrant sells", () => {
    const [a] = deal(
      'On March 3, 2015, the Company entered into a Strategic Alliance Agreement with IBM Corporation ("IBM"), under ' +
        "which IBM will resell the Company's analytics software to its enterprise customers worldwide.",
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "supply",
      [
        ["ACME CORP.", "seller"],
        ["IBM Corporation", "buyer"],
      ],
      "analytics software",
    ]);
  });

  it("'the Company will resell Omega's network security appliances': the registrant buys", () => {
    const [a] = deal(
      'On March 3, 2015, the Company entered into a Reseller Agreement with Omega Systems, Inc. ("Omega"), under ' +
        "which the Company will resell Omega's network security appliances to government customers.",
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "supply",
      [
        ["ACME CORP.", "buyer"],
        ["Omega Systems, Inc.", "seller"],
      ],
      "network security appliances",
    ]);
  });
});

describe("a collaboration paid for with royalties on sales licenses its product", () => {
  it("'Acme will also receive double-digit royalties on worldwide net sales': Acme licenses, Omega is licensed", () => {
    const [a] = agreementsIn(
      "BOSTON, March 3, 2012 -- ACME CORP. and Omega Pharma AG today announced a global strategic collaboration to " +
        "develop and commercialize ACM-101 for the treatment of hepatitis C. Under the terms of the agreement, Omega " +
        "will make an upfront payment of $75 million to Acme. Acme will also receive double-digit royalties on " +
        "worldwide net sales.",
      { registrant: "ACME CORP.", item: "Item 8.01 Other Events." },
    );
    expect([a.type, roles(a)]).toEqual([
      "collaboration",
      [
        ["ACME CORP.", "licensor"],
        ["Omega Pharma AG", "licensee"],
      ],
    ]);
  });
});

describe("a borrowing under a facility already told", () => {
  const text =
    'On March 3, 2015, the Company entered into a Credit Agreement (the "Credit Agreement") with Wells Fargo Bank, ' +
    "National Association, providing for a $200 million revolving credit facility.";

  it("is no new loan, and the lender it repays is no party", () => {
    const all = agreementsIn(
      `${text}\n\nItem 2.03 Creation of a Direct Financial Obligation.\n\nOn March 3, 2015, the Company borrowed ` +
        "$50 million under the Credit Agreement to repay its existing term loan with KeyBank National Association.",
      { item: ITEM_1_01 },
    );
    expect(all.map((a) => [a.type, roles(a)])).toEqual([
      [
        "credit",
        [
          ["ACME CORP.", "borrower"],
          ["Wells Fargo Bank, National Association", "lender"],
        ],
      ],
    ]);
  });

  it("what is drawn is not the facility's size", () => {
    const [a] = deal(
      `${text} On March 3, 2015, the Company borrowed $50 million under the Credit Agreement.`,
    );
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["loan", 200_000_000]]);
  });

  it("a lender repaid from a new loan's proceeds is no lender of it", () => {
    const [a] = deal(
      "On March 3, 2015, the Company obtained a $10 million term loan and used the proceeds to repay its existing " +
        "term loan from First Midwest Savings.",
    );
    expect(roles(a)).toEqual([["ACME CORP.", "borrower"]]);
  });
});

describe("settlements told without the word", () => {
  it("'reached an agreement with the U.S. Department of Justice to resolve the government's investigation'", () => {
    const [a] = agreementsIn(
      "On March 3, 2016, the Company reached an agreement with the U.S. Department of Justice to resolve the " +
        "government's investigation of the Company's billing practices. Under the agreement, the Company will pay " +
        "$8.2 million to the United States.",
      { item: "Item 8.01 Other Events." },
    );
    expect([a.type, roles(a), a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "settlement",
      [
        ["ACME CORP.", "party"],
        ["U.S. Department of Justice", "party"],
      ],
      [["other", 8_200_000]],
    ]);
  });

  it("'the Court granted final approval of the settlement of the shareholder derivative action'", () => {
    const [a] = agreementsIn(
      "On March 3, 2016, the United States District Court for the Southern District of New York granted final " +
        "approval of the settlement of the shareholder derivative action. Under the settlement, the Company will " +
        "adopt certain corporate governance reforms and pay plaintiffs' attorneys' fees of $1.1 million.",
      { item: "Item 8.01 Other Events." },
    );
    expect([a.type, a.subject]).toEqual(["settlement", "the shareholder derivative action"]);
  });
});

describe("the U.S. Army Corps of Engineers awarding a contract", () => {
  it("is named whole", () => {
    const [a] = deal(
      "On March 3, 2016, the Company was awarded a $12 million contract by the U.S. Army Corps of Engineers to " +
        "construct a levee in New Orleans, Louisiana.",
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["U.S. Army Corps of Engineers", "buyer"],
    ]);
  });
});

describe("clinics, pharmacies and the like sold by themselves are assets", () => {
  it.each([
    [
      "On March 3, 2016, the Company sold its four outpatient clinics in Houston, Texas to Omega Health Partners, LLC for $9.5 million in cash.",
      "seller",
      "four outpatient clinics",
    ],
    [
      "On March 3, 2016, the Company acquired twelve retail pharmacies in Ohio from Sigma Drug Stores, Inc. for approximately $14 million.",
      "buyer",
      "twelve retail pharmacies",
    ],
  ])("%s", (text, role, subject) => {
    const [a] = deal(text);
    expect([a.type, a.parties[0].role, a.subject]).toEqual(["asset_purchase", role, subject]);
  });
});

describe("shares of common stock the registrant sells", () => {
  it("'sold to Omega 3,000,000 shares of common stock at $2.50 per share' under two agreements named at once", () => {
    const [a] = deal(
      "On March 3, 2017, the Company entered into a Securities Purchase Agreement and a Registration Rights " +
        'Agreement with Omega Capital Fund, L.P. ("Omega"), pursuant to which the Company sold to Omega 3,000,000 ' +
        "shares of common stock at $2.50 per share, for gross proceeds of $7.5 million.",
    );
    expect([roles(a), a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      [
        ["ACME CORP.", "seller"],
        ["Omega Capital Fund, L.P.", "buyer"],
      ],
      [["equity_purchase", 7_500_000]],
    ]);
  });
});

describe("a date between the verb and what was bought", () => {
  it("'acquired on March 3, 1996, all of the outstanding capital stock of Beta Labs, Inc.'", () => {
    const [a] = agreementsIn(
      "The Registrant, through its wholly owned subsidiary, Acme Acquisition Corp., acquired on March 3, 1996, all " +
        'of the outstanding capital stock of Beta Labs, Inc., a Delaware corporation ("Beta"), from the stockholders ' +
        "of Beta, for $4,250,000 in cash and 250,000 shares of Common Stock of the Registrant.",
      { item: ITEM_2 },
    );
    expect([a.type, roles(a), a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Acme Acquisition Corp.", "party"],
        ["Beta Labs, Inc.", "target"],
      ],
      [["purchase_price", 4_250_000]],
    ]);
  });
});

describe("a construction contract", () => {
  it("an Engineering, Procurement and Construction Agreement for a liquefaction facility is a supply, not credit", () => {
    const [a] = deal(
      "On March 3, 2018, the Company entered into an Engineering, Procurement and Construction Agreement (the " +
        '"EPC Agreement") with Bechtel Oil, Gas and Chemicals, Inc. ("Bechtel") for the construction of a ' +
        "liquefaction facility in Cameron Parish, Louisiana, for a contract price of approximately $3.2 billion.",
    );
    // (The builder's name is found from "Gas" on: a name's words across a comma are not joined yet.)
    expect([a.type, a.parties.map((p) => p.role)]).toEqual(["supply", ["buyer", "seller"]]);
    expect(a.parties[1].name).toMatch(/Gas and Chemicals, Inc\.$/);
  });
});

describe("work won, and a business another agrees to buy", () => {
  const item = "Item 8.01 Other Events.";
  it("'has been selected by Omega Airlines, Inc. to provide in-flight connectivity services': a supply", () => {
    const [a] = agreementsIn(
      "The Company has been selected by Omega Airlines, Inc. to provide in-flight connectivity services on its fleet " +
        "of 300 aircraft under a ten-year agreement valued at approximately $150 million.",
      { item },
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "supply",
      [
        ["ACME CORP.", "seller"],
        ["Omega Airlines, Inc.", "buyer"],
      ],
      "in-flight connectivity services",
    ]);
  });

  it("'won a $45 million contract from the Los Angeles County Metropolitan Transportation Authority'", () => {
    const [a] = agreementsIn(
      "On March 3, 2019, the Company won a $45 million contract from the Los Angeles County Metropolitan " +
        "Transportation Authority to supply 40 electric buses.",
      { item },
    );
    expect([a.type, roles(a)]).toEqual([
      "supply",
      [
        ["ACME CORP.", "seller"],
        ["Los Angeles County Metropolitan Transportation Authority", "buyer"],
      ],
    ]);
  });

  it("'was notified by the State of Texas Health and Human Services Commission that it has been awarded a contract'", () => {
    const [a] = agreementsIn(
      "On March 3, 2019, the Company was notified by the State of Texas Health and Human Services Commission that " +
        "it has been awarded a five-year contract to administer the state's Medicaid dental program.",
      { item },
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["State of Texas Health and Human Services Commission", "buyer"],
    ]);
  });

  it("'Omega Industries, Inc. agreed to purchase the Company's precision optics business': the registrant sells", () => {
    const [a] = agreementsIn(
      "On March 3, 2019, Omega Industries, Inc. agreed to purchase the Company's precision optics business for $22 " +
        "million in cash.",
      { item },
    );
    expect([a.type, roles(a), a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "seller"],
        ["Omega Industries, Inc.", "buyer"],
      ],
      [["purchase_price", 22_000_000]],
    ]);
  });
});

describe("abbreviations inside the words a pattern spans", () => {
  it("'licensed its rights under U.S. Patent No. 7,123,456 to Omega Devices, Inc.': a license out, of the patent", () => {
    const [a] = deal(
      "On March 3, 2019, the Company licensed its rights under U.S. Patent No. 7,123,456 to Omega Devices, Inc. " +
        "for a one-time fee of $1.5 million.",
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "license",
      [
        ["ACME CORP.", "licensor"],
        ["Omega Devices, Inc.", "licensee"],
      ],
      "U.S. Patent No. 7,123,456",
    ]);
  });

  it("'obtained an exclusive license to U.S. Patent No. 6,123,456 from the University of Utah Research Foundation'", () => {
    const [a] = deal(
      "On March 3, 2019, the Company obtained an exclusive license to U.S. Patent No. 6,123,456 from the University " +
        "of Utah Research Foundation.",
    );
    expect([a.type, a.parties.map((p) => p.role), a.subject]).toEqual([
      "license",
      ["licensee", "licensor"],
      "U.S. Patent No. 6,123,456",
    ]);
    expect(a.parties[1].name).toMatch(/University of Utah Research Foundation$/);
  });
});

describe("notes bought 'in convertible notes'", () => {
  it("'these investors are purchasing $2,000,000 in convertible notes': the notes are the loan", () => {
    const [a] = deal(
      "On September 22, 2004, the Registrant entered into a subscription agreement with Longview Fund, LP, " +
        "Longview Equity Fund, LP, and Longview International Equity Fund, LP whereby these investors are " +
        "purchasing $2,000,000 in convertible notes, with warrants to purchase up to an additional $5,600,000 in " +
        "common stock of the Registrant.",
    );
    expect([a.type, a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "credit",
      [
        ["loan", 2_000_000],
        ["equity_purchase", 5_600_000],
      ],
    ]);
  });
});

describe("loans sold as assets", () => {
  it("a Loan Purchase Agreement under which the Company sold a pool of mortgage loans is an asset sale", () => {
    const [a] = deal(
      "On March 3, 2022, the Company entered into a Loan Purchase Agreement with Tau Financial, Inc., pursuant to " +
        "which the Company sold a pool of residential mortgage loans with an unpaid principal balance of " +
        "approximately $85 million to Tau Financial, Inc.",
    );
    expect([a.type, roles(a), a.subject]).toEqual([
      "asset_purchase",
      [
        ["ACME CORP.", "seller"],
        ["Tau Financial, Inc.", "buyer"],
      ],
      "a pool of residential mortgage loans",
    ]);
  });
});

describe("press releases announcing an acquisition", () => {
  const item = "Item 8.01 Other Events.";
  it("'under which Omega Holdings, Inc. will acquire all outstanding shares of Acme': the registrant is bought", () => {
    const [a] = agreementsIn(
      'CHICAGO, March 3, 2023 -- ACME CORP. (NASDAQ: ACME) ("Acme" or the "Company") today announced that it has ' +
        "entered into a definitive agreement under which Omega Holdings, Inc. will acquire all outstanding shares of " +
        "Acme for $18.50 per share in cash.",
      { item },
    );
    expect(roles(a)).toEqual([
      ["ACME CORP.", "target"],
      ["Omega Holdings, Inc.", "acquirer"],
    ]);
  });

  it("'announced today that it will acquire privately held Beta Robotics, Inc.'", () => {
    const [a] = agreementsIn(
      "PALO ALTO, Calif., March 3, 2023 -- ACME CORP. (NASDAQ: ACME) announced today that it will acquire privately " +
        "held Beta Robotics, Inc. in a cash and stock transaction valued at approximately $275 million.",
      { item },
    );
    expect([a.type, roles(a)]).toEqual([
      "merger",
      [
        ["ACME CORP.", "acquirer"],
        ["Beta Robotics, Inc.", "target"],
      ],
    ]);
  });
});

describe("a Termination and Transition Agreement between two companies", () => {
  it("is 'other' (no officer's transition agreement, no license for the agreement it ends), and its fee a term", () => {
    const [a] = deal(
      "On March 3, 2023, the Company and Tau Pharmaceuticals LLC entered into a Termination and Transition " +
        "Agreement, pursuant to which the parties terminated the Co-Promotion Agreement dated May 1, 2020, and Tau " +
        "agreed to pay the Company a termination fee of $7.5 million.",
    );
    expect([a.type, roles(a), a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      "other",
      [
        ["ACME CORP.", "party"],
        ["Tau Pharmaceuticals LLC", "party"],
      ],
      [["other", 7_500_000]],
    ]);
  });
});

describe("an agreement's defined name that holds a verb", () => {
  it("'Under the Amended Agreement, Omega will pay ...' speaks of the agreement already told, royalties and all", () => {
    const all = deal(
      'On March 3, 2023, the Company entered into an Amended and Restated License Agreement (the "Amended ' +
        'Agreement") with Omega Pharma AG ("Omega"). Under the Amended Agreement, Omega will pay the Company an ' +
        "additional upfront payment of $10 million, and the royalty rate on net sales in Japan was increased from 8% " +
        "to 12%.",
    );
    expect(all.map((a) => [a.type, a.terms.map((t) => [t.kind, t.amount])])).toEqual([
      [
        "license",
        [
          ["upfront", 10_000_000],
          ["royalties", null],
        ],
      ],
    ]);
  });
});

describe("1990s Item 5 deals told other ways", () => {
  it("a Memorandum of Understanding to form a joint venture 'to provide wireless data services' is no supply", () => {
    const [a] = deal(
      'On March 3, 1999, the Registrant executed a Memorandum of Understanding with Omega Telecom S.A. ("Omega") ' +
        "to form a joint venture to provide wireless data services in Brazil.",
    );
    expect([a.type, a.parties.map((p) => p.role)]).toEqual(["other", ["party", "party"]]);
  });

  it("'Sigma will purchase 2,000,000 newly issued shares of the Registrant's common stock': the registrant sells", () => {
    const [a] = deal(
      "On March 3, 1999, the Registrant's Board of Directors approved an agreement with Sigma Partners L.P. under " +
        "which Sigma will purchase 2,000,000 newly issued shares of the Registrant's common stock for $4.00 per " +
        "share, or $8,000,000 in the aggregate.",
    );
    expect([roles(a), a.subject, a.terms.map((t) => [t.kind, t.amount])]).toEqual([
      [
        ["ACME CORP.", "seller"],
        ["Sigma Partners L.P.", "buyer"],
      ],
      "2,000,000 newly issued shares of the Registrant's common stock",
      [["equity_purchase", 8_000_000]],
    ]);
  });
});
