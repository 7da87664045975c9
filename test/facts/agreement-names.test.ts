/**
 * What agreements are, in the words of 8-Ks (sentences of our own, written the way filings put
 * them): which words make a name, what a name says of the type, and what is sold.
 */
import { describe, expect, it } from "vitest";
import { agreementsIn, deal, roles } from "../helpers/agreements.js";

const ITEM_2 = "Item 2. Acquisition or Disposition of Assets.";

describe("a lower-case name listing what the agreement covers, with commas", () => {
  it("is a name: 'a license, development and commercialization agreement' is found, a license", () => {
    const [a, ...more] = deal(
      "On March 1, 2010, the Company entered into a license, development and commercialization agreement with " +
        "Omega Pharma AG, under which Omega will pay the Company an upfront fee of $10 million.",
    );
    expect(more).toEqual([]);
    expect(a.type).toBe("license");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "licensor"],
      ["Omega Pharma AG", "licensee"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["upfront", 10_000_000]]);
  });

  it("'an engineering, procurement and construction agreement' for a plant supplies the work: no credit facility", () => {
    const [a, ...more] = deal(
      "On March 1, 2010, the Company entered into an engineering, procurement and construction agreement with " +
        "Bechtel Power Corporation for the construction of the liquefaction facility for a contract price of " +
        "approximately $3.1 billion.",
    );
    expect(more).toEqual([]);
    expect(a.type).toBe("supply");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "buyer"],
      ["Bechtel Power Corporation", "seller"],
    ]);
  });

  it("'a purchase, sale and servicing agreement' that sells a pool of loans is an asset sale", () => {
    const [a] = deal(
      "On March 1, 2010, the Company entered into a purchase, sale and servicing agreement with Beta Bank, N.A. " +
        "pursuant to which the Company sold a pool of residential mortgage loans for $25 million.",
    );
    expect(a.type).toBe("asset_purchase");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "seller"],
      ["Beta Bank, N.A.", "buyer"],
    ]);
    expect(a.terms.map((t) => [t.kind, t.amount])).toEqual([["purchase_price", 25_000_000]]);
  });
});

describe("a stake in a company sold, told with no agreement named", () => {
  const sold = (stake: string) =>
    agreementsIn(`On May 5, 1998, the Registrant sold its ${stake} to Calpine Corporation for $18 million.`, {
      item: ITEM_2,
      date: "May 5, 1998",
    });

  it("is the registrant selling the stake, whether the company is named with 'the' or not", () => {
    for (const stake of [
      "50% interest in the Lakeside Power Partnership",
      "50% interest in Lakeside Power Partnership",
    ]) {
      const [a, ...more] = sold(stake);
      expect(more).toEqual([]);
      expect(a.type, stake).toBe("other");
      expect(roles(a), stake).toEqual([
        ["ACME CORP.", "seller"],
        ["Calpine Corporation", "buyer"],
      ]);
      expect(a.subject, stake).toBe(stake);
    }
  });

  it("a stake in a property stays assets sold", () => {
    const [a] = sold("50% interest in the Riverside Mall");
    expect(a.type).toBe("asset_purchase");
    expect(a.subject).toBe("the Riverside Mall");
  });
});

describe("a credit facility that takes another's place", () => {
  it("is the new facility, not the one it replaces, repays or follows", () => {
    const [a] = deal(
      "On June 3, 1996, the Company entered into a new $50 million revolving credit facility with First Chicago " +
        "NBD Bank, which replaces the Company's existing credit facility with Bank of America.",
    );
    expect(a.type).toBe("credit");
    expect(a.subject).toBe("revolving credit facility");
    expect(roles(a)).toEqual([
      ["ACME CORP.", "borrower"],
      ["First Chicago NBD Bank", "lender"],
    ]);
    const [b] = deal(
      "On June 3, 1996, the Registrant and First Chicago NBD Bank entered into a $100,000,000 Revolving Credit " +
        "Agreement, which replaces the Registrant's prior credit facility with Bank of America.",
    );
    expect(b.subject).not.toMatch(/prior/);
  });
});
