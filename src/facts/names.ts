/**
 * Pieces of the name patterns more than one fact finder writes the same way, as regex source.
 * Only what is written alike in every place lives here. The corporate-word lists that differ
 * stay where they are, each shaped for its use: organizations.ts finds names by their suffix (the
 * full list), agreement-parties.ts keeps "Inc." and "Jr." inside a listed name, agreements.ts
 * ends a short name at "Holdings" or "Group", press-release.ts tells a PR firm's line by
 * "Communications". Making one of them another would change what it finds.
 */

/** "Mr.", "Ms.", "Mrs.", "Dr.". */
export const HONORIFIC = String.raw`(?:Mr|Ms|Mrs|Dr)\.`;

/**
 * "Mr. ", "Ms. ", "Dr. ", with the space after: the speaker of a quote, the buyer of shares and
 * "with Name" have never taken "Mrs."; giving it to them would change what they find.
 */
export const HONORIFIC_NOT_MRS = String.raw`(?:Mr|Ms|Dr)\.\s`;

/**
 * A capital inside a name after a short prefix or an apostrophe: "McCann", "MacDonald", "DeWitt",
 * "LaToya", "O'Neil". Without it a name ended at the inner capital ("Christopher Mc").
 */
const INNER_CAPITAL = "(?:[a-z]{1,3}[A-Z]|['’][A-Z])?";

/** One word of a name, letters only: "Jane", "JoAnn", "McCann" (not "McCann’s"). */
export const NAME_WORD = `[A-Z]${INNER_CAPITAL}[a-z]{1,20}`;

/** A given name, hyphenated or not, and up to two initials: "Jane", "Gilbert F.", "Jen-Hsun". */
export const GIVEN_NAME = String.raw`${NAME_WORD}(?:-${NAME_WORD})?(?:\s[A-Z]\.){0,2}`;

/**
 * Capitalised words that follow a name but are never part of it: the start of a title
 * ("Ajay K. Puri Executive Vice President") or a contact label ("Uttam Patil Email").
 */
export const NOT_NAME_WORD = String.raw`(?:Executive|Senior|Vice|Chief|President|Chairman|Chairwoman|Chair|Director|Treasurer|Secretary|General|Managing|Principal|Email|E-mail|Phone|Tel|Telephone|Fax)\b`;

/** One word of a surname: "Amelio", "O'Neil", "Smith-Jones", "McCann". */
export const SURNAME_WORD = `[A-Z]${INNER_CAPITAL}[a-z'’-]{1,20}`;

/**
 * A character of one sentence where a pattern must not run into the next: not ";" and no period but
 * a decimal point or an abbreviation's ("Omega Airlines, Inc. to provide", "the U.S. Department of
 * Justice to resolve", "$2.5 million"). In a case-insensitive pattern its "[A-Z]" takes any one-letter
 * word's period too, which ends a sentence seldom enough.
 */
export const IN_SENTENCE = String.raw`(?:[^.;]|\.(?=\d)|(?<=\b(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Mr|Ms|Mrs|Dr|No|[A-Z]))\.)`;

/** The word an acquired company's name ends in ("to purchase NeXT Software, Inc."). */
export const COMPANY_WORD = String.raw`(?:Inc|Corp|Corporation|Company|Ltd|LLC)\b`;

/** A formal name's corporate word at its end: "Broadcom Corporation", "PSI-Tronix, Inc.". */
export const CORPORATE_END =
  /,?\s(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Plc|AG|N\.V\.|S\.A\.|SA|SpA|S\.p\.A\.|BV|B\.V\.|S\.A\.S\.|S\.L\.|SE|Oy|GmbH|L\.P\.|LP|AB|ApS|A\/S|ASA|Oyj|KGaA|S\.r\.l\.|K\.K\.)$/i;

const SYMBOL = "[A-Z][A-Z.]{0,5}";

/**
 * "(Nasdaq: IMGN)", "(NYSE: SBH; London Stock Exchange: SBH)": exchange and symbol (groups 1
 * and 2), and a second listing (3 and 4). `exchange` is the alternation of exchange names.
 */
export function tickerPattern(exchange: string): RegExp {
  return new RegExp(
    String.raw`\(\s{0,2}(${exchange})\s{0,2}:\s{0,2}(${SYMBOL})\s{0,2}(?:[;,]\s{0,2}([A-Za-z ]{2,30})\s{0,2}:\s{0,2}(${SYMBOL}))?\)`,
    "g",
  );
}

/**
 * A title's head word: a name holding one is a role, not a company ("Chairman and CEO of
 * ImmunoGen, Inc."), and words put before a speaker's name hold one ("Oracle President Mark Hurd").
 */
export const TITLE_WORD = String.raw`\b(?:Chairman|Chairwoman|Chair|President|CEO|CFO|COO|CTO|Officer|Founder|Co-founder|Director|Secretary|Treasurer)\b`;
/** A name holding a title is a person's role, not a name ("Chairman and CEO of ImmunoGen, Inc."). */
export const TITLE = new RegExp(TITLE_WORD);

/**
 * The last word of a defined term for a thing, not a party: "the Conversion Proposal", "the
 * Equity Plan", "the 2025 Notes", "the Merger" (case-free). Not "Securities": brokers are named so.
 */
export const THING_TERM =
  /\b(?:agreements?|proposals?|transactions?|merger|combination|closing|shares?|stock|notes?|debentures?|bonds?|warrants?|units?|offering|meeting|plan|amendment|facility|loan|time|date|period|consideration)$/i;
