/** The shape of an agreement fact (../shared/eval/CONTRACT.md §agreements, with spans). */
import type { Money } from "./money.js";

export type AgreementType =
  | "license"
  | "collaboration"
  | "merger"
  | "asset_purchase"
  | "credit"
  | "employment"
  | "supply"
  | "settlement"
  | "other";
export type Role =
  | "licensor"
  | "licensee"
  | "acquirer"
  | "target"
  | "buyer"
  | "seller"
  | "borrower"
  | "lender"
  | "employer"
  | "employee"
  | "party";
export type TermKind =
  | "upfront"
  | "milestones"
  | "upfront_and_milestones"
  | "royalties"
  | "equity_purchase"
  | "purchase_price"
  | "loan"
  | "total_value"
  | "other";

export interface Located {
  doc: number;
  start: number;
  end: number;
}

export interface AgreementFact {
  type: AgreementType;
  /** The agreement as the text names it ("license agreement", "Agreement and Plan of Merger"). */
  name: string;
  date: string | null;
  parties: { name: string; role: Role; span: Located | null }[];
  subject: string | null;
  subjectSpan: Located | null;
  territory: string | null;
  exclusive: boolean | null;
  terms: {
    kind: TermKind;
    amount: number | null;
    currency: string | null;
    qualifier: Money["qualifier"];
    per: string | null;
    span: Located | null;
  }[];
  /** The sentences it was read from. */
  spans: Located[];
}

/** An agreement being read: the fact and what the rules learned about the registrant's part. */
export interface Draft {
  fact: AgreementFact;
  /** Sentences read into it (doc:start), to add each once. */
  seen: Set<string>;
  /** Some sentence speaks of a license or rights. */
  aboutLicense: boolean;
  /** Does a text speak of the registrant, and the words that name it (registrantMentions). */
  mentionsReg: (t: string) => boolean;
  regWords: string[];
  /** The first party is the registrant. */
  hasRegistrant?: boolean;
  /** Named only "agreement": its type may come from a twin that says more. */
  generic: boolean;
  /** A sale of shares named by no agreement ("issued 15,002,718 shares ... to Douglas P. Martin"). */
  shareSale: boolean;
  text: string;
  registrantIsTarget: boolean;
  registrantIsLicensee: boolean;
  registrantSells: boolean;
  /** The registrant buys a stake in another company (openers' INVESTS_IN). */
  registrantBuys?: boolean;
  /** A company bought by all of its stock: its subject is the company bought (finish), not words read. */
  boughtWhole?: boolean;
  /**
   * Amounts listed "respectively", one a person in the order the people are named ("base salaries of
   * $600,000 and $425,000, respectively"): each list in order (perEmployee hands them out).
   */
  respectively?: number[][];
  /** The subject is only what a collaboration sets out to do: a product or technology named later wins. */
  subjectIsPurpose?: boolean;
  /** The agreements one sentence lists by number (agreement-pieces.ts): each its own, never twins. */
  listedWith?: object;
}
