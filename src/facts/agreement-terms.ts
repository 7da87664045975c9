/** The kind of term a money amount is, from the words around it. */
import type { AgreementFact, AgreementType, TermKind } from "./agreement-types.js";
import type { Money } from "./money.js";
import { IN_SENTENCE } from "./names.js";

/** A credit facility's parts and options, not its size. */
const SUB_FACILITY = /swing\s?line|sub-?facilit|sub-?limit|incremental|accordion|tranche|borrowing\s+base/;
/**
 * "a $30,000,000 revolving credit facility, with no sublimits for ...": the whole, said to have no parts;
 * "up to $40 million in term loans in three tranches": the whole, drawn in parts.
 */
const NO_SUBLIMITS =
  /\bno\s+sub-?(?:limits?|facilit(?:y|ies))\b|\bin\s+(?:two|three|four|five|multiple|several|\d)\s+tranches\b/g;
/**
 * "up to $75.0 million may be used for letters of credit" is a part; "a revolving credit facility
 * under which the Company may borrow and obtain letters of credit up to $1.2 billion" is the whole.
 */
const FOR_LETTERS_OF_CREDIT =
  /^[^;.]{0,30}\bbe\s+(?:used|available|issued)\s+(?:for|as)\s+(?:the\s+issuance\s+of\s+)?(?:standby\s+)?letters?\s+of\s+credit/;

const HELD_BACK_AFTER =
  /^\s{0,2}(?:cash\s+)?(?:holdback|hold-back|escrow)\b|^[^$;]{0,30}?\b(?:held\s+(?:back|in\s+escrow)|(?:placed|deposited)\s+(?:in|into|with)\s+(?:an?\s+)?escrow)/;
/** An amount, then words that tell its parts, then (up to the amount read) `gap`. */
const partsAfter = (words: string, gap: string) =>
  new RegExp(String.raw`\$[\d.,]{1,15}(?:\s(?:million|billion))?,?\s+(?:${words})\s${gap}$`);
const PARTS_OF_PRICE = partsAfter(
  String.raw`(?:consisting|comprised|composed)\s+of|of\s+which|payable`,
  "[^;]{0,80}",
);
/**
 * What a loan has drawn of its size, "of which" right after it or some words on ("up to $40 million
 * in term loans in three tranches, of which $20 million was funded").
 */
const DRAWN_OF = /\$[\d.,]{1,15}(?:\s(?:million|billion))?(?:\s[^$;.]{1,60})?,?\s+of\s+which\s[^;$]{0,30}$/;
const ROYALTIES_ON_SALES = /royalt\w*\s(?:[\w%.-]+\s){0,4}?o[nf]\s(?:[\w-]+\s){0,3}?(?:net\s)?sales/g;
/** Shares bought, then (in the amount's own clause) what they cost: "purchase 2,000,000 shares of ... for". */
const SHARES_BOUGHT_BEFORE =
  /\b(?:purchase[sd]?|purchasing|buy|bought|subscribe[sd]?(?:\s+for)?|(?:issue|sell)\s+to\s+[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,3})\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+|an\s+additional\s+)?[\d,]{3,15}\s+(?:newly[-\s]issued\s+)?(?:shares|units)\s+of\b[^;$]{0,100}$/;
// "has made a deposit of $4,000,000 ..., which will be applied to pay a portion of the purchase
// price": paid ahead, part of the price.
const HELD_BACK_BEFORE =
  /\b(?:holdback|hold-back|escrow(?:ed)?|held\s+back|(?:earnest\s+money\s+|good\s+faith\s+)?deposit)\s+(?:amount\s+)?(?:of\s+)?$/;

/** "increased the maximum amount available ... from $15 million to ": what a facility is raised to. */
const RAISED_TO = new RegExp(
  String.raw`\b(?:increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|rais(?:e|es|ed|ing))\b${IN_SENTENCE}{0,120}?\bto\s+(?:approximately\s+)?$`,
);

/** An amount written out in words, its figure in brackets next: "One Million Eighty Thousand Dollars (". */
const BRACKETED = /\(\s?$/;
const AMOUNT_IN_WORDS =
  /(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|and|us|u\.s\.)[\s-]{1,2}){1,12}dollars\s?\(\s?$/i;

/**
 * What a money amount pays for, from the words before it (its clause) and after it: "up-front
 * cash and milestone payments exceeding $40 million", "purchase up to $5.0 million of ...
 * Common Stock", "for a price of $400 million", "$50 million of debt".
 */
export function termKind(
  before: string,
  after: string,
  m: Money,
  type: AgreementType,
  shareSale: boolean,
  own: { before: string; after: string } = { before, after },
): TermKind | null {
  // "for Two Million US Dollars ($2,000,000)": the figure is read as if it stood where its words do
  // (only a figure in brackets can have words before it).
  const inWords = BRACKETED.test(before);
  const b = (inWords ? before.replace(AMOUNT_IN_WORDS, "") : before).toLowerCase();
  if (inWords) own = { before: own.before.replace(AMOUNT_IN_WORDS, ""), after: own.after };
  const a = after.toLowerCase();
  /** A merger or asset purchase: what is paid buys a company or assets. */
  const buysCompany = type === "merger" || type === "asset_purchase";
  const near = `${b.slice(-70)} ${a.slice(0, 70)}`;
  // What it pays for, from its own words: "an upfront fee of $1.0 million, milestone payments of
  // up to $25 million" has one of each. "up to $2.5 billion in contingent payments based on ...
  // sales-based milestones": its clause runs on.
  const ownB = own.before.toLowerCase();
  // Its clause ends where another verb's begins: "a $25,000 signing fee and agreed to make certain
  // milestone payments" pays no milestone.
  const ownA = own.after
    .toLowerCase()
    .split(/\band\s+(?:has\s+|have\s+|also\s+)?(?:agreed|will|shall|must)\b|,?\s+as\s+well\s+as\b/)[0];
  const ownNear = `${ownB.slice(-70)} ${ownA.slice(0, 70)}`;
  const clauseAfter = ownA.split(/[;.](?:\s|$)/)[0].slice(0, 160);
  // "increased from $150.0 million to $215.0 million", "from $250,000 per year to $300,000": the
  // amount it was, not what it is now.
  if (
    /\bfrom\s*$/.test(b) &&
    /^\s{0,2}(?:(?:per|a)\s{1,2}(?:year|annum)\s{1,2}|annually\s{1,2})?to\s{1,3}(?:US)?\$/.test(a)
  )
    return null;
  // "minimum quarterly royalties ranging from $100,000 to $200,000": bounds of a range, neither the term.
  if (/\brang(?:e|es|ing)\s+from\s*$|\brang(?:e|es|ing)\s+from\s+\S{1,20}\s+to\s*$/.test(b)) return null;
  // An employment agreement's amount is the salary; bonuses, grants and fees vary and are left out.
  // Its own clause: "base salary of $450,000, ..., and a sign-on bonus of $100,000" pays a bonus.
  if (type === "employment") {
    // "any potential severance payment ... which shall be calculated off a base salary of $775,000":
    // what a payment is reckoned from, not the salary paid.
    if (
      /\bcalculated\s+(?:off|on|from|based\s+on|using)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:annual\s+)?base\s+salary\s+of\s*$/.test(
        b,
      )
    )
      return null;
    // "continued payment of his base salary for twelve months, totaling $320,000": a total goes
    // with the clause before it.
    const clauses = (chars: number) => b.slice(-chars).split(/,\s|;|\band\b/);
    let ownClause = clauses(60).pop() ?? "";
    // A list's later amounts and an amount restated ("salaries of $600,000 and $425,000,
    // respectively", "twelve months of his base salary, or $375,000") read the clause before.
    if (
      /^\s{0,2}(?:totall?ing|aggregating|for\s+a\s+total\s+of|or)\s|^\s{0,2}$/.test(ownClause) ||
      /^\s{0,2}(?:US)?\$[\d.,]{1,20}(?:\s(?:thousand|million))?\s{0,2}$/.test(ownClause)
    )
      ownClause = clauses(120).slice(-3).join(" ");
    // What the agreement pays for leaving or staying is a term too: "a lump sum payment of $500,000",
    // "severance payments totaling $600,000", "a cash retention bonus of $200,000".
    return /salar(?:y|ies)|annual\s+(?:base\s+)?(?:compensation|rate)|severance|lump[-\s]sum|one-time\s+(?:cash\s+)?payment|separation\s+payment|retention\s+(?:bonus|payment)|cash\s+payment/.test(
      ownClause,
    )
      ? "other"
      : null;
  }
  // "$12,000,000 CDN (approximately $9,600,000 USD)": the same amount again, in another currency.
  // ("$400 million ($350 million plus ...)" is a part of it: no currency is named.)
  if (
    /\d(?:\s(?:thousand|million|billion))?\s(?:CDN|CAD|EUR|GBP|JPY|CHF|AUD|SEK|DKK|NOK|RMB|CNY|HKD|INR)\s\((?:approximately\s|about\s)?(?:US)?$/.test(
      before,
    )
  )
    return null;
  // A credit facility's parts and options are not its size: "a letter of credit sub-facility of
  // $40 million", "a swingline loan sub-facility", "an uncommitted incremental facility of up to",
  // "may be increased ... by up to an additional $750 million".
  if (
    type === "credit" &&
    (SUB_FACILITY.test(ownNear.replace(NO_SUBLIMITS, "")) ||
      FOR_LETTERS_OF_CREDIT.test(ownA) ||
      /letters?\s+of\s+credit\s+sub/.test(ownB) ||
      /may\s+be\s+increased|option\s+to\s+increase/.test(ownB))
  )
    return null;
  // What a loan costs or already carries is not its size: "Principal payments on the term loan of
  // $184,500", "outstanding letters of credit ($1,025,000 at June 14, 2002)".
  if (
    type === "credit" &&
    (/\b(?:payments?|instal?lments?)\b[^$;]{0,40}$/.test(ownB) ||
      /letters?\s+of\s+credit\s*\(\s*$/.test(ownB))
  )
    return null;
  // "to refinance its existing $100 million Bank Credit Facility", "replaces the Company's previous
  // revolving credit facility which was in the amount of $70 million": the loan it replaces. "had
  // $15.1 million borrowed under this previous facility": what was drawn, not a size.
  if (
    type === "credit" &&
    (/\b(?:existing|prior|previous|former)\s*$/.test(ownB) ||
      /\b(?:existing|prior|previous|former)\s+(?:[\w-]{1,20}\s+){0,3}?(?:facility|agreement|line\s+of\s+credit)\s+(?:which|that)\s+(?:was|had\s+been)\s+(?:in\s+the\s+amount\s+of|for)\s+(?:approximately\s+)?$/.test(
        ownB,
      ) ||
      /^\s{0,2}(?:(?:in\s+)?(?:borrowings?\s+)?(?:borrowed|outstanding|drawn))\b/.test(ownA) ||
      // "replaced the $35,000,000 unsecured line of credit previously available under".
      /\breplac(?:ed|es|ing)\s+(?:the\s+|its\s+|an?\s+)?$/.test(ownB) ||
      /^\s{0,2}(?:[\w-]{1,20}\s+){0,4}?(?:line\s+of\s+credit|facility|loan)\s+previously\b/.test(ownA))
  )
    return null;
  // "Colwell ... had 1995 sales of approximately $55,000,000": what the business earned. (Debt the buyer
  // assumes is a term: the dev gold's Apple/NeXT "$350 million plus the assumption of approximately
  // $50 million of debt".)
  if (/\bsales\s+of\s+(?:approximately\s+|about\s+|over\s+)?$/.test(ownB)) return null;
  // "a $4.2 billion-asset ... bank holding company", "Crestar's $61.375 per common share closing sale
  // price": a size, a market price.
  if (
    /^-?\s{0,2}(?:-\s{0,2})?assets?\b|^\s{0,2}in\s+(?:total\s+)?assets\b/.test(a) ||
    /^\s{0,2}per\s+(?:common\s+)?share\s+(?:closing|market|trading)\b/.test(a)
  )
    return null;
  // Parts of a price held back or taken off it: "a $3 million holdback", "$500,000 will be placed in
  // escrow", "$18,000,000 (less retained receivables of at least $6 million)".
  if (
    buysCompany &&
    (HELD_BACK_AFTER.test(ownA) || HELD_BACK_BEFORE.test(ownB) || /\(\s{0,2}less\b[^()]{0,60}$/.test(b))
  )
    return null;
  // What a company or assets may cost later: "up to an additional $6 million in earn-out payments
  // based on Beta's revenue", "a contingent payment of cash in an amount not to exceed $2,000,000".
  if (buysCompany && /earn-?\s?outs?\b|contingent\s+(?:cash\s+)?(?:consideration|payments?)/.test(ownNear))
    return "purchase_price";
  // The parts a price is told in: "$42 million, consisting of $37 million in cash and a $5 million
  // promissory note", "$440,000, of which $200,000 was paid in cash at closing, $100,000 ...", "$12.5
  // million, payable $10 million in cash and $2.5 million by a promissory note".
  // (A settlement's too: "$4.5 million, of which $3.0 million will be paid by the Registrant's insurance carriers".)
  if ((buysCompany || type === "settlement") && PARTS_OF_PRICE.test(b)) return null;
  // "$667,000.00 cash to Cano Energy Corporation as follows: (1) $525,000 cash upon signing ...; and
  // (2) $142,000 cash on or before October 16, 2004": the parts listed after a total.
  if (buysCompany && /\$[\d.,]{1,15}(?:\s(?:million|billion))?(?:[^$.]|\.\d){0,80}\bas\s+follows\s*:/.test(b))
    return null;
  // What of a company's debt was repaid is no part of its price: "assumed approximately $223.0
  // million in long-term debt, of which approximately $73.0 million was paid at closing" (the debt
  // assumed is a term of its own, as the dev gold has NeXT's).
  if (buysCompany && /\b(?:debt|liabilities|indebtedness),?\s+of\s+which\s+[^;$]{0,30}$/.test(b)) return null;
  // The equal parts a total is paid in: "Total monetary consideration ... is $4,900,000, to be paid in
  // five annual installments of $980,000" (a loan's installments are told by the credit rules).
  if (type !== "credit" && /\binstal?lments?\s+of\s+(?:approximately\s+|about\s+)?$/.test(ownB)) return null;
  // What a loan has drawn of its size: "term loans of up to $30 million, of which $10 million was
  // funded at closing".
  if (type === "credit" && DRAWN_OF.test(b)) return null;
  // What is drawn or still available, not the size: "As $52,500,000 has already been drawn on the
  // facility, ... the amount available to be drawn from $2,500,000 to $9,000,000".
  if (
    type === "credit" &&
    (/^\s{0,2}(?:has|have|had)\s+(?:already\s+)?been\s+(?:drawn|borrowed|advanced|funded)\b/.test(a) ||
      // A part set aside: "$5.0 million is available to cover interest payments".
      /^\s{0,2}(?:is|will\s+be)\s+available\s+to\s+(?:cover|pay|fund)\b/.test(a) ||
      // A draw on the facility: "the Company borrowed $50 million under the Credit Agreement".
      (/\bborrow(?:ed|s|ing)?\s+(?:approximately\s+|an\s+(?:additional\s+|aggregate\s+(?:of\s+)?))?$/.test(
        ownB,
      ) &&
        /^\s{0,2}(?:under|pursuant\s+to)\s+(?:the|its|such|this|that)\b/.test(ownA)) ||
      /\bavailable\s+to\s+be\s+(?:drawn|borrowed)\s+(?:from\s+(?:US)?\$[\d.,]{1,15}(?:\s(?:million|billion))?\s+to|of)\s+$/.test(
        ownB,
      ))
  )
    return null;
  // "valued at approximately $774 million, or $51.25 per Citizens share": the price a share.
  if (type === "merger" && /^\s{0,2}per\s+(?:[A-Z][\w.&-]*\s+){0,3}(?:common\s+)?share\b/.test(after))
    return "purchase_price";
  // "par value $0.001 per share", "the closing price ... was $57.125": the stock, not the deal (in
  // the amount's own words: "... closing sale price, the transaction is valued at $774 million" is not).
  if (
    /par\s+value\s*$/.test(b) ||
    /(?:closing|trading|market)\s+(?:sale\s+)?price\b[^$]{0,60}$/.test(ownB) ||
    // A warrant's or note's price a share: "an exercise price of approximately $35.15 per share".
    (m.per && /\b(?:exercise|conversion|strike)\s+price\b[^$;]{0,40}$/.test(ownB)) ||
    /^\s{0,2}par\s+value\b/.test(a)
  )
    return null;
  const up =
    /up-?\s?front|upfront|initial\s+payment|signing\s+(?:payment|fee)/.test(ownNear) ||
    // "Kessler will pay the Registrant $1,000,000 upon signing".
    /^\s{0,2}(?:in\s+cash\s+)?(?:upon|on|at)\s+(?:the\s+)?(?:signing|execution)\b/.test(ownA) ||
    // "paid an initial $50,000 license fee" for a license (elsewhere a fee buys something).
    ((type === "license" || type === "collaboration") &&
      (/initial\s+(?:license\s+)?fee/.test(ownNear) ||
        // "will pay the Registrant a license fee of $3 million", "a license issue fee of $50,000" (once;
        // not an annual one).
        /(?<!annual\s|yearly\s|maintenance\s)license\s+(?:issue\s+)?fee\s+of\s+(?:approximately\s+)?$/.test(
          ownB,
        ) ||
        // "in exchange for a $1.5 million license fee" (once: not "per year" or "annual").
        (/^\s{0,2}(?:(?:one-time|initial|non-refundable)\s+)?license\s+(?:issue\s+)?fee\b(?!\s+(?:per|each|every|a)\s+(?:year|quarter|month|annum))/.test(
          ownA,
        ) &&
          !/\b(?:annual|yearly|quarterly|monthly)\s*$/.test(ownB)) ||
        // "Atrix paid $485,000.00 for the exclusive rights to the two indications": paid for the
        // rights themselves, once.
        (/\bpaid\s*$/.test(ownB) &&
          /^\s{0,2}(?:(?:to|in)\s+(?:[\w.&-]+\s+){0,3})?for\s+(?:the\s+|its\s+|these\s+)?(?:(?:exclusive|non-exclusive|worldwide|world-wide|licensed)\s+)*(?:rights?|licen[cs]es?)\b/.test(
            ownA,
          ))));
  const miles = /milestone/.test(ownNear) || /milestone/.test(clauseAfter);

  if (up && miles) return "upfront_and_milestones";
  // What a company or assets cost: "a $13.5 million payment to Kyowa Kirin upon closing", "the
  // Company paid $12.15 million for the purchase", "for a cash payment of approximately $258 million
  // and issuance of a $30 million promissory note to Roche".
  if (
    buysCompany &&
    ((/\bpayment\b|\bpaid\b/.test(ownNear) && /\b(?:upon|at)\s+(?:the\s+)?closing\b/.test(ownNear)) ||
      /\bpaid\s+(?:approximately\s+|about\s+)?$/.test(ownB) ||
      /\bfor\s+an?\s+(?:cash\s+)?payment\s+of\s+(?:approximately\s+|about\s+)?$/.test(ownB) ||
      // "In consideration for the additional 10% royalty interest, the Company agreed to pay $667,000.00".
      // "As consideration, Omega agreed to pay the Company two million dollars ($2,000,000)".
      /\b(?:in|as)\s+consideration\b[^.;$]{0,120}\b(?:pay|paid)\b[^.;$]{0,80}$/.test(ownB) ||
      // "The property ... sold for gross proceeds of approximately $55.35 million".
      /\bfor\s+(?:total\s+|aggregate\s+)?(?:gross\s+|net\s+)?(?:cash\s+)?proceeds\s+of\s+(?:approximately\s+|about\s+)?$/.test(
        ownB,
      ) ||
      // What the seller got: "PEI received approximately US$68.3 million cash from Apache", "The
      // Company received cash in the amount of $1.5 million at the Closing".
      /\breceived\s+(?:(?:cash|(?:net\s+|gross\s+)?proceeds)\s+(?:in\s+the\s+amount\s+)?of\s+)?(?:approximately\s+|about\s+)?$/.test(
        ownB,
      ) ||
      // "for $8,500,000 in cash and a promissory note in the principal amount of $1,500,000".
      /\bnote\s+in\s+the\s+(?:original\s+|aggregate\s+)?(?:principal\s+)?amount\s+of\s+(?:approximately\s+)?$/.test(
        ownB,
      ) ||
      (/\bissu(?:e|ed|ance\s+of)\s+an?\s*$/.test(ownB) &&
        /^\s{0,2}(?:unsecured\s+|secured\s+|subordinated\s+)?(?:promissory\s+)?note\b/.test(ownA)))
  )
    return "purchase_price";
  // "The total consideration paid by MOCON for the Shares was $3,400,000" is a company's price; "Total
  // monetary consideration for the License Agreement is $4,900,000", a license's value.
  // ... and "for the total consideration of $500,000 the Company issued 550 shares", what shares cost.
  // "The consideration paid by the Registrant consisted of $4,000,000 in cash and ...": a price.
  if (buysCompany && /\bconsideration\s+(?:paid|payable|to\s+be\s+paid)\b[^$;]{0,60}$/.test(ownB))
    return "purchase_price";
  if (/\btotal\s+(?:monetary\s+|cash\s+)?consideration\b[^$;]{0,60}$/.test(ownB))
    return buysCompany ? "purchase_price" : shareSale ? "equity_purchase" : "total_value";
  // A merger's or asset purchase's "initial payment of approximately $160 million in cash" is
  // part of its price.
  if (up) return buysCompany ? "purchase_price" : "upfront";
  if (miles) return "milestones";
  if (/royalt/.test(b.slice(-40))) return "royalties";
  // A sale of shares: what they cost in all ("for gross proceeds of $20.0 million"), not a share.
  if (shareSale) return m.per ? null : "equity_purchase";
  // (Paid for a company or assets in cash and shares, it is their price: buysCompany, below.)
  if (
    !buysCompany &&
    /(?:purchase|buy|acquire|subscribe)[^;]{0,50}$/.test(b) &&
    /^[^;.]{0,40}(?:common\s+stock|shares|equity)/.test(a)
  )
    return "equity_purchase";
  // "Beta agreed to purchase 2,000,000 shares of Acme common stock for an aggregate purchase price of
  // $10 million": what the shares cost, in a license or collaboration too ("$5.00 per share" is a
  // share's price).
  if (!buysCompany && type !== "credit" && !m.per && SHARES_BOUGHT_BEFORE.test(ownB))
    return "equity_purchase";
  if (!buysCompany && /equity\s+investment|\binvestment\s+in\b/.test(near)) return "equity_purchase";
  const clause = b.slice(-45);
  // "converted into the right to receive $172.50 in cash": the price a share.
  if (
    type === "merger" &&
    (/right\s+to\s+receive\s+(?:an\s+amount\s+(?:in\s+cash\s+)?equal\s+to\s+)?$/.test(clause) ||
      /^\s{0,2}in\s+cash\b/.test(a))
  )
    return "purchase_price";
  if (
    m.per ||
    // "at a price per share of Common Stock of $10.00": the price a share.
    /purchase\s+price|for\s+a\s+price\s+of|consideration|price\s+(?:per\s+share\s+(?:of\s+common\s+stock\s+)?)?of|for\s+(?:an\s+aggregate\s+of\s+)?(?:approximately\s+)?$/.test(
      clause,
    ) ||
    /purchase\s+price\b[^$;.]{0,80}$/.test(b) ||
    // "agreed to sell ... for up to $16 million" (a credit facility "providing for up to $40 million" is its size).
    (type !== "credit" && /\bfor\s+up\s+to\s+$/.test(clause))
  ) {
    return buysCompany ? "purchase_price" : "other";
  }
  if (
    /loan|credit\s+(?:facility|agreement)|line\s+of\s+credit|credit\s+line|bridge|revolving|borrow|\blend\b/.test(
      near,
    ) ||
    // What a credit agreement's amendment raises it to is its size: "increased the maximum amount
    // available under the facility from $15 million to $25 million".
    (type === "credit" && RAISED_TO.test(ownB)) ||
    // A note the registrant issues to its lender is the loan ("a $2,000,000 promissory note", notes); so is
    // the facility named by its size ("The $105 million Facility has a term of three years", "a $150 million
    // financing with a group of banks").
    (type === "credit" &&
      (/principal\s+amount/.test(near) ||
        /^\s{0,2}(?:[\w-]{1,20}\s){0,3}?(?:promissory\s+note|facility|financing)\b/.test(ownA) ||
        // Notes placed with their buyers: "the private placement of $75 million of 6.25% Senior Notes",
        // "these investors are purchasing $2,000,000 in convertible notes".
        /^\s{0,2}(?:of|in)\s+(?:[\w.%-]{1,20}\s){0,4}?notes\b/.test(ownA)))
  )
    return "loan";
  // A settled rate case changes what a utility may collect: "a total increase in base revenues of
  // approximately $110.0 million" is a term, not a result.
  if (
    type === "settlement" &&
    /\b(?:increase|decrease|reduction)s?\s+in\s+(?:[a-z]+\s+){0,2}revenues?\b/.test(near)
  )
    return "other";
  if (
    /total|aggregate\s+value|valued\s+at|worth|value\s+of|indicated\s+value|contract\s+value|committed\s+to\s+pay|commitment\s+of/.test(
      clause,
    ) ||
    // "approximately $1.2 billion in the aggregate"; a merger's "$40.00 per share in cash, or
    // approximately $2.0 billion".
    /^\s{0,2}in\s+(?:the\s+)?aggregate\b/.test(a) ||
    (type === "merger" &&
      /\bper\s+share\b[^$]{0,40}\bor\s+(?:approximately\s+|about\s+)?$/.test(b.slice(-60)))
  )
    // What assets are bought for in all is their price ("valued at approximately $22 million in
    // cash"); a merger's value may be in shares ("an indicated value of $114.2 million"). What a
    // settlement pays in all is what it pays ("pay to ABS a total of $550,000"): no deal's value.
    return type === "asset_purchase" ? "purchase_price" : type === "settlement" ? "other" : "total_value";
  // A headline's "$45 MILLION AGREEMENT": the deal's value.
  if (/^\s{0,2}(?:[a-z-]{3,15}\s{1,3})?(?:agreement|deal|transaction|collaboration|license|contract)/.test(a))
    return "total_value";
  // Amounts about results, not deal terms ("royalties on net sales" are a license's: "a license fee of
  // $100,000 and will pay royalties on net sales" pays a fee; "an investigation into its revenue
  // recognition" is about no result; `near` may cut it to "revenue recog").
  if (
    /revenue(?!\s+recog)|net\s+(?:income|sales)|earnings|net\s+loss|quarter|fiscal|per\s+diluted/.test(
      near.replace(ROYALTIES_ON_SALES, ""),
    )
  )
    return null;
  return "other";
}

type Term = AgreementFact["terms"][number];

/**
 * Adds a term unless the agreement has it. An amount told again is the same term: an "other"
 * one (words that say no kind) adds nothing to a term of that amount, and a kind found later
 * names an "other" one.
 */
export function addTerm(terms: Term[], term: Term): void {
  const loose = term.amount !== null;
  const same = terms.findIndex(
    (t) =>
      t.amount === term.amount &&
      (t.kind === term.kind || (loose && (term.kind === "other" || t.kind === "other"))),
  );
  if (same < 0) terms.push(term);
  else if (terms[same].kind === "other" && term.kind !== "other") terms[same] = term;
}
