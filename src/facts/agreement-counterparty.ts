/**
 * The other side of a deal named the short way: with no corporate word ("to be acquired by Omega
 * Capital Partners", "merged with and into Fifth Third"), or in a sentence of its own after the sale
 * ("The purchaser was Omega Capital, LLC").
 */
import { IN_SENTENCE } from "./names.js";

/** A name of up to six capitalised words (or "&"), with no corporate word needed. */
const BARE_NAME = String.raw`((?:[A-Z][\w.&'’-]*)(?:\s(?:[A-Z][\w.&'’-]*|&)){0,5})`;

/**
 * The other side a merger or asset sale names with no corporate word: its buyer ("to be acquired
 * by Omega Capital Partners in an all-cash transaction", "acquired by affiliates of Thoma Bravo",
 * "to sell its consumer products division to Epsilon Brands") or its target ("a definitive
 * agreement to acquire Beta Robotics, a leading provider of ...").
 */
export const COUNTERPARTY_UNNAMED = new RegExp(
  [
    String.raw`\b(?:to\s+be|will\s+be|would\s+be|is\s+being|agreed\s+to\s+be)\s+acquired\s+by\s+(?:(?:an?\s+)?(?:affiliates?|entities|funds)\s+(?:of|managed\s+by|advised\s+by)\s+)?${BARE_NAME}`,
    String.raw`\b(?:agree[sd]?|agreement)\s+to\s+sell\s+${IN_SENTENCE}{3,80}?\s+to\s+${BARE_NAME}`,
    String.raw`\bagree(?:[sd]|ment)?\s+to\s+acquire\s+${BARE_NAME}(?=,|\s+for\b|\s+in\b|\.)`,
    // "acquired the Lakeside Shopping Center in Tulsa, Oklahoma from Lakeside Associates for".
    String.raw`\b(?:acquired|purchased|bought)\s+${IN_SENTENCE}{3,80}?\s+from\s+${BARE_NAME}(?=\s+for\b|,|\.(?!\d))`,
    // "purchased the assets and operations of Datatran Network Systems (“DNS”)".
    String.raw`\b(?:purchased|acquired|bought|sold)\s+(?:substantially\s+all\s+(?:of\s+)?)?the\s+assets\s+(?:and\s+(?:operations|business|liabilities)\s+)?of\s+${BARE_NAME}(?=\s\(|,|\s+for\b|\s+to\b|\.)`,
    // "pursuant to which Old Kent will be merged with and into Fifth Third".
    String.raw`\b(?:will|would|shall|to)\s+be\s+merged\s+(?:with\s+and\s+)?into\s+${BARE_NAME}(?=,|\.(?!\d)|\s+with\b|\s+in\b|\s+\()`,
  ].join("|"),
);
/**
 * The buyer named in a sentence of its own, after the sale: "The purchaser was Omega Capital, LLC,
 * which paid ...", "The buyer is Delta Press, Inc., a privately held company".
 */
export const BUYER_NAMED =
  /^(?:The|the)\s+(?:purchaser|buyer|acquir(?:er|or))\s+(?:was|is|will\s+be)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s){0,5}?[A-Z][\w.&'’-]*(?:,?\s(?:Inc|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|L\.P|LP|N\.A|plc)\.?)?)(?=[,;]|\.(?:\s|$)|\s\(|\s(?:which|who|an?|of)\b)/;

/**
 * A lender named with no corporate word: "received a loan in the principal amount of $1,234,500 from
 * Bank of the West pursuant to the Paycheck Protection Program", "a line of credit with Bank of the
 * Ozarks". Its name may hold "of" and "of the" between capitals; not the registrant's own people.
 */
export const LENT_BY = new RegExp(
  String.raw`\b(?:loans?|line\s+of\s+credit|credit\s+(?:facility|line)|financing)\b${IN_SENTENCE}{0,100}?\b(?:from|with|by)\s+(?:the\s+)?((?!(?:Company|Registrant)\b)[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|&|of(?:\sthe)?(?=\s[A-Z]))){0,6})(?=[,;]|\.(?:\s|$)|\s(?:under|pursuant|for|to|in|as|and|at|on|that|which)\b|\s\()`,
);
