/**
 * Which agreement already read a sentence names again: "the Agreement" alone is the one being read,
 * a pledge or guaranty belongs to the loan it secures, and "an agreement with" another company is
 * a new one.
 */
import type { Draft } from "./agreement-types.js";
import { keysOverlap, orgKey } from "./organizations.js";

const WITH_COMPANY = /\bwith\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,5})/;

/**
 * Is an agreement named only "agreement" signed "with" a company it does not have: "it has signed
 * an agreement with the State of Hawaii to settle ...", then "an agreement with Complete Business
 * Solutions, Inc. to settle ..." are two agreements.
 */
export function withAnother(d: Draft, text: string): boolean {
  if (!/^agreement$/i.test(d.fact.name)) return false;
  const m = WITH_COMPANY.exec(text);
  const k = m ? orgKey(m[1]) : "";
  return !!k && !d.fact.parties.some((p) => keysOverlap(orgKey(p.name), k));
}

/** "The Agreement" alone is the one being read, unless signed "with" a company it does not have. */
export function bareAgreement(d: Draft | null, text: string): Draft | undefined {
  return d && !withAnother(d, text) ? d : undefined;
}

// Agreements that secure a loan: the lender's collateral, a guarantor's promise.
const SECURES = /\b(?:pledge|security|guarant(?:y|ee)|collateral|intercreditor|subordination)\b/i;

/**
 * The facility a pledge, security or guaranty agreement secures ("As security for the Line of
 * Credit, 1st Financial has entered into a Pledge and Security Agreement giving BB&T a security
 * interest in ... Mountain 1st Bank"): the last loan read. It is part of that deal, and what it
 * pledges or who guarantees is no lender.
 */
export function securedFacility(drafts: readonly Draft[], name: string): Draft | undefined {
  if (!SECURES.test(name)) return undefined;
  for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].fact.type === "credit") return drafts[i];
  return undefined;
}
