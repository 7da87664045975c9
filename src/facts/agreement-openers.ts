/**
 * Agreements told with no agreement named: a company or assets bought or sold, a loan taken, shares
 * issued to someone. Each opens an agreement as a named one would (agreements.ts).
 */
import { ASSET_SALE, INTEREST_SOLD, JOINT_VENTURE_FORMED } from "./agreement-names.js";
import type { AgreementType } from "./agreement-types.js";
import { COMPANY_WORD, HONORIFIC_NOT_MRS, IN_SENTENCE } from "./names.js";

/** What a registrant sells when it sells a company: its subsidiary, or all of its subsidiary's stock. */
export const SUBSIDIARY_SOLD = String.raw`(?:all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:capital\s+stock|stock|shares|equity\s+interests?|membership\s+interests?)\s+(?:of|in)\s+)?its\s+(?:(?:wholly[-\s]owned|\d{1,3}%[-\s]owned|majority[-\s]owned|[a-z]{3,15}|[A-Z][a-z]{2,15})\s+){0,2}subsidiar(?:y|ies)\b`;

/** A subsidiary named, then called one: "Omega Products, Inc., a wholly-owned subsidiary". */
export const NAMED_SUBSIDIARY = String.raw`(?:[A-Z][\w.&'’-]*,?\s){1,6}(?:\([^()]{1,40}\)\s)?,?\s?(?:an?|its)\s+(?:[\w-]{1,20}\s){0,3}?subsidiary`;
/** Work given to a company: "a contract", "two new task orders", "a $45 million purchase order". */
export const WORK_ORDERED = String.raw`(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:new\s+)?(?:[\w$.,-]{1,20}\s){0,5}?(?:contracts?|purchase\s+orders?|task\s+orders?|delivery\s+orders?|orders?)`;
/** A date told right after the verb: "acquired on March 3, 1996, all of ...". */
const ON_DATE = String.raw`(?:on\s+[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4},?\s+)?`;
/** Whom a thing was bought from, told before it: "acquired from Omega Industries, Inc. its ...". */
const FROM_NAMES = String.raw`(?:from\s+(?:[A-Z][\w.&'’-]*,?\s){1,6})?`;
/** The owners a seller is named after: "from its shareholders, John Smith and Mary Jones". */
export const THE_OWNERS = String.raw`(?:(?:its|their|the)\s(?:sole\s|two\s|three\s|four\s)?(?:shareholders?|stockholders?|owners?|members|principals),?\s{1,2})?`;

/** Equipment a sale can be of alone ("sold twelve drilling rigs to"). */
const EQUIPMENT = "(?:rigs|vessels|aircraft|equipment|ships|barges|towers|pipelines?)";
/** Real property a sale can be of alone. */
const PROPERTY_SOLD =
  "(?:facility|plant|building|headquarters|hotel|mill|refinery|terminal|warehouse|campus|property)";

/** A property bought by its name: "the Lakeside Shopping Center", "the Knoxville Hilton Hotel". */
export const NAMED_PROPERTY = "(?:Shopping\\s+Center|Center|Mall|Building|Plaza|Tower|Apartments|Hotel|Inn)";

/** Sites a business runs from, sold or bought by themselves ("its four outpatient clinics"). */
export const SITES = "(?:clinics|pharmacies|dealerships|casinos|theat(?:er|re)s)";

/**
 * A part of a business, or a thing, sold or bought by itself: assets, not a company ("its plastics
 * molding business", "the Denver, Colorado radio station KXYZ-FM", "1,200 acres of land", "twelve
 * nursing homes").
 */
const BUSINESS_PART = String.raw`(?:assets|business(?:es)?|division|segment|unit|product\s+lines?|brands?|patents|intellectual\s+property|inventory|operations|trademarks|customer\s+lists|(?:radio|television)\s+stations?|hotels?|motels?|acres|[Aa]partments|nursing\s+homes|hospitals?|(?<!(?:credit|loan|revolving|lending|term|financing)\s)facilit(?:y|ies)|plants?|buildings?|propert(?:y|ies)|stores|restaurants|${SITES}|branch(?:es|\s+offices)|mines?|refinery|terminals?|equipment|leases|wells|fields|acreage)`;
/** What an acquisition told without its agreement buys when it buys assets, not a company. */
const ASSETS_BOUGHT = new RegExp(
  String.raw`\b(?:field|located|stations|(?<!(?:membership|partnership|equity)\s)units?|${BUSINESS_PART}|${NAMED_PROPERTY}|${PROPERTY_SOLD}|${EQUIPMENT})\b`,
);

/** An acquisition or sale told without its agreement, one alternative a way of telling it. */
export const ACQUIRED = new RegExp(
  [
    // "completed the acquisition of the Medicated Feed Additive Business of Roche", "announced the
    // completion of its acquisition of Gamma Coatings GmbH", "completed its acquisition of the stock of"
    // "completed the purchase of 100% of the Common Stock of Adgen Ltd."
    String.raw`\b(?:completed|consummated|closed|announced|completion\s+of)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?(?:acquisition|purchase)\s+of\s+(?:(?:all\s+of\s+|100\s?%\s+of\s+)?the\s+(?:(?:issued\s+and\s+)?outstanding\s+)?(?:[Cc]apital\s+|[Cc]ommon\s+)?(?:[Ss]tock|[Ss]hares|(?:membership|equity|partnership|ownership)\s+(?:interests|units))\s+of\s+)?(?:the\s+)?[A-Z]`,
    // "consummated the purchase of certain natural gas properties (the "Bass Properties") from"
    String.raw`\b(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?(?:acquisition|purchase)\s+of\s+(?:certain\s+|substantially\s+all\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]{1,20}\s){0,4}?(?:assets|properties|leases|wells|fields|acreage)\s+(?:\([^()]{1,60}\)\s+)?(?:of|from)\s+(?:the\s+)?[A-Z]`,
    // "completed the transaction to acquire assets, including patented Cold LED Lighting Technology, from"
    String.raw`\b(?:completed|consummated|closed)\s+(?:the|a|its)\s+(?:[\w-]{1,20}\s){0,2}?transaction\s+to\s+(?:acquire|purchase|sell)\s+(?:certain\s+|substantially\s+all\s+(?:of\s+)?(?:the\s+|its\s+)?)?assets\b`,
    // "the acquisition of American Monument Corporation ... became effective", "the merger of Kappa
    // Bancshares, Inc. with and into the Registrant was consummated"
    String.raw`\b(?:acquisition|merger)\s+of\s+[A-Z][^;]{0,240}?\b(?:became\s+effective|(?:was|has\s+been)\s+(?:consummated|completed|effected))\b`,
    // "has acquired Beta Systems"
    String.raw`\bhas\s+acquired\s+[A-Z]`,
    // "acquired, through certain of its subsidiaries substantially all of the assets of", "has
    // acquired certain assets of the Cray Research business unit operations from", "acquired the
    // assets of Psi Instruments"
    String.raw`\b(?:acquired|purchased),?\s+(?:through\s+[^,.;]{1,60},?\s+)?${ON_DATE}(?:(?:substantially\s+)?all\s+(?:of\s+)?the\s+assets\b|the\s+assets\s+of\s+(?:the\s+)?[A-Z]|certain\s+(?:[a-z-]{1,20}\s){0,2}?assets\s+(?:of|from)\b)`,
    // "voted to approve the merger of the two companies", "approved the previously announced merger with"
    // "the Company and Mu Holdings, Inc. completed their previously announced merger, with Mu becoming"
    String.raw`\b(?:completed|consummated|approved?)\s+(?:the|its|their)\s+(?:previously\s+announced\s+|proposed\s+|pending\s+)?merger(?:\s+(?:of|with)\b|(?=[,.]))`,
    // "the Company was acquired by Omega Holdings, Inc. in a cash merger".
    String.raw`\b(?:the\s+(?:Company|Registrant)|we)\s+(?:was|were|has\s+been)\s+acquired\s+by\s+(?:the\s+)?[A-Z]`,
    // "the Registrant merged with Western Bancshares, Inc.", "Beta Corp. was merged with and into the
    // Company": a merger the registrant is in, told done.
    String.raw`\b(?:the\s+(?:Registrant|Company)|we)\s+(?:was\s+|were\s+)?merged\s+(?:with|into)\s+(?:and\s+into\s+)?(?:the\s+)?[A-Z]|\bmerged\s+with\s+and\s+into\s+(?:the\s+Registrant|the\s+Company|us)\b`,
    // "First Michigan ... was merged (the "Merger") into Huntington on September 30, 1997": told done.
    String.raw`\bwas\s+merged\s+(?:\((?:the\s+)?["“][\w\s]{1,20}["”]\)\s+)?(?:with\s+and\s+)?into\s+(?:the\s+)?[A-Z]`,
    // "completed the sale of its specialty chemicals business to Delta Industries Corp.", "completed the
    // divestiture of its ... business to"
    // (Its buyer may be told in the next sentence: "The buyer was Omega Industries, Inc."; and so may a
    // stake's, below.)
    String.raw`\b(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?(?:sale|divestiture)\s+of\s+(?:substantially\s+all\s+of\s+)?(?:the\s+|its\s+)(?:[\w&'’-]{1,20}\s){0,4}?(?:assets|business|operations?|division|segment|unit)(?:\s+to\s+(?:the\s+)?[A-Z]|\.?\s*$)`,
    // "sold its interest in the Lakeview Center, an office building." (The purchaser was ...)
    INTEREST_SOLD.source,
    // "completed the sale of substantially all of the assets"
    String.raw`\b(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?(?:acquisition|purchase|sale)\s+of\s+(?:substantially\s+)?all\s+(?:of\s+)?the\s+(?:assets|(?:issued\s+and\s+)?outstanding)\b`,
    // "purchased all of the outstanding capital stock of Southwestern Pipe, Inc.", "acquired from
    // Harold Baxter all of the issued and outstanding capital stock of"
    // "acquired 100% of the membership interests of Kappa Logistics, LLC"
    // "acquired on March 3, 1996, all of the outstanding capital stock of Beta Labs, Inc."
    String.raw`\b(?:purchased|acquired)\s+${ON_DATE}${FROM_NAMES}(?:all\s+(?:of\s+)?|(?:[5-9]\d|100)(?:\.\d{1,3})?\s?%\s+of\s+)the\s+(?:issued\s+and\s+)?(?:outstanding\s+)?(?:shares\s+of\s+)?(?:capital\s+|common\s+)?(?:stock|shares|(?:membership|equity|partnership)\s+(?:interests|units))\s+of\s+(?:the\s+(?=Registrant|Company))?[A-Z]`,
    // "the shareholders of Omega Systems, Inc. exchanged all of their shares for 1,250,000 shares of the
    // Registrant's common stock": a share exchange.
    String.raw`\b(?:share|stock)holders\s+of\s+(?:the\s+)?[A-Z][^;]{0,80}?\s+exchanged\s+(?:all\s+(?:of\s+)?)?(?:their|the)\s+(?:outstanding\s+)?(?:shares|stock)\b`,
    // "sold the assets of its plastic packaging operation to", "sold its Omega Division to"
    // "sold certain assets of Interpore Dental, Inc., a wholly-owned subsidiary of the Company, to"
    String.raw`\b(?:sold|disposed\s+of)\s+(?:substantially\s+)?(?:all\s+(?:of\s+)?)?(?:the|its|certain)\s+(?:[a-z-]{1,20}\s|[A-Z][\w&'’-]{0,20}\s){0,3}?(?:assets|business|operations?|division|Business|Operations?|Division|Segment)\s+(?:of|to)\b`,
    // "completed the sale of a one-half (50%) interest in certain of its oil and gas properties to
    // Apache Corporation", "sold its working interest in the Ship Shoal field to"
    // "has agreed to sell its 50% interest in the Riverside Mall to its joint venture partner".
    String.raw`\b(?:sold|agree[sd]?\s+to\s+sell|(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+)?sale\s+of)\s+(?:an?|its|the)\s+(?:[\w()%.-]{1,20}\s){0,3}?interests?\s+in\s+(?:(?:certain\s+(?:of\s+)?)?(?:its|the|their)\s+(?:[\w&'’-]{1,20}\s){0,5}?(?:properties|assets|leases|wells|fields?|acreage|business)|the\s+(?:[A-Z][\w&'’-]*\s){0,4}[A-Z][\w&'’-]*)\s+to\s+(?:(?:the|its)\s+(?:[\w-]{1,20}\s){0,3}?(?:partner|affiliate),?\s+)?(?:the\s+)?[A-Z]`,
    // "sold its wholly owned subsidiary, Epsilon Services, LLC, to", "completed the sale of all of the
    // outstanding stock of its subsidiary, Epsilon"
    String.raw`\b(?:sold|(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?sale\s+of|disposed\s+of)\s+${SUBSIDIARY_SOLD}`,
    // "completed its previously announced sale of Omega Products, Inc., a wholly-owned subsidiary, to"
    String.raw`\b(?:sold|(?:completed|consummated|closed)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?sale\s+of|disposed\s+of)\s+${NAMED_SUBSIDIARY},?\s+to\s+(?:the\s+)?[A-Z]`,
    // "the acquisition by the Registrant of Omega Foods, Inc. was completed"
    String.raw`\bacquisition\s+by\s+(?:the\s+)?(?:Registrant|Company|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})\s+of\s+(?:the\s+)?[A-Z][^;]{0,120}?\b(?:was|has\s+been|had\s+been)\s+(?:completed|consummated|closed)\b`,
    // A property sold by itself: "sold its Omaha, Nebraska manufacturing facility to", "completed
    // the sale of its headquarters building in Tulsa, Oklahoma to", "announced the sale of its
    // Manhattan Towers property located in Manhattan Beach, California to".
    String.raw`\b(?:sold|disposed\s+of|(?:completed|consummated|closed|announced)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?sale\s+of)\s+(?:the|its)\s+(?:[A-Z][\w'’-]{1,20},?\s|[a-z-]{1,20}\s){0,4}?${PROPERTY_SOLD}\s+(?:(?:located\s+)?in\s+(?:[A-Z][\w'’-]{1,20},?\s){1,4})?to\s+(?:the\s+)?[A-Z]`,
    // A property bought by its name and place: "acquired in a single transaction the High Point
    // Radisson, located in High Point, North Carolina, and the Knoxville Hilton".
    String.raw`\b(?:acquired|purchased)\s+(?:in\s+a\s+single\s+transaction\s+)?the\s+(?:[A-Z][\w'’&-]*\s){0,4}[A-Z][\w'’&-]*,\s+located\s+(?:in|at)\b`,
    // "sold twelve drilling rigs to Nabors Drilling USA, Inc."
    String.raw`\bsold\s+(?:(?:the|its|certain|all|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{4,5}teen|twenty)\s+)?(?:[\w-]{1,20}\s){0,2}?${EQUIPMENT}\s+to\s+(?:the\s+)?[A-Z]`,
    // "sold all of its oil and gas properties in the Permian Basin to", "acquired the Lakeside Shopping
    // Center in Tulsa, Oklahoma from"
    String.raw`\bsold\s+(?:all\s+(?:of\s+)?)?(?:its|the|certain)\s+(?:[\w-]{1,20}\s){0,4}?(?:properties|leases|wells|fields|acreage)\s+(?:(?:located\s+)?in\s+(?:the\s+)?(?:[A-Z][\w'’-]{1,20},?\s){1,4})?to\s+(?:the\s+)?[A-Z]`,
    String.raw`\b(?:acquired|purchased)\s+${FROM_NAMES}the\s+(?:[A-Z][\w'’&-]*\s){0,4}${NAMED_PROPERTY}\b`,
    // "sold its interest in the Riverside Mall, located in Riverside, California, to", "sold the
    // Lakeside Shopping Center to".
    String.raw`\bsold\s+(?:(?:all\s+of\s+)?its\s+(?:\d{1,3}(?:\.\d{1,2})?\s?%\s+)?(?:(?:ownership|partnership|general|limited|joint\s+venture)\s+)?interests?\s+in\s+)?the\s+(?:[A-Z][\w'’&-]*\s){0,4}${NAMED_PROPERTY}(?:,\s+(?:located\s+)?in\s+(?:[A-Z][\w.'’-]*,?\s){1,4}?|\s)to\s+(?:the\s+)?[A-Z]`,
    // A part of a business sold or bought, told with no agreement named: "sold its Widget product line
    // to", "acquired the Gamma brand and related inventory from", "completed the disposition of its
    // industrial coatings segment to", "closed on the purchase of substantially all of the assets of".
    String.raw`\b(?:sold|acquired|purchased|(?:transferred|conveyed)(?!\s+(?:to|in|into|from|within)\b)|disposed\s+of|(?:completed|consummated|closed(?:\s+on)?|announced)\s+(?:the|its)\s+(?:previously\s+announced\s+|pending\s+)?(?:sale|acquisition|purchase|disposition|divestiture|transfer)\s+of)\s+${FROM_NAMES}(?:substantially\s+all\s+(?:of\s+)?|certain\s+(?:of\s+)?|approximately\s+)?(?:the\s+|its\s+|their\s+|certain\s+)?(?:[\w&'’.,-]{1,25}\s){0,6}?${BUSINESS_PART}\b(?:[^;]{0,160}?\s(?:to|from|of)\s+(?:the\s+)?[A-Z]|[^;$]{0,80}?\s+for\s+(?:approximately\s+|about\s+)?\$)`,
    // Sold to the registrant: "Omega Corp. sold to the Company substantially all of the assets of its
    // specialty coatings business".
    String.raw`\b(?:sold|conveyed|transferred|assigned)\s+to\s+(?:the\s+(?:Company|Registrant)|us)\s+(?:substantially\s+all\s+(?:of\s+)?)?(?:the\s+|its\s+|certain\s+)?(?:[\w&'’.,-]{1,25}\s){0,6}?${BUSINESS_PART}\b`,
    // Told from what was sold: "the sale of the Company's specialty chemicals business to Omega ... was
    // completed", "substantially all of the assets of the Company's Gamma division were sold to".
    String.raw`\b(?:sale|disposition|divestiture)\s+of\s+(?:substantially\s+all\s+(?:of\s+)?)?(?:the\s+(?:Company|Registrant)['’]s|its|the|our)\s+(?:[\w&'’.-]{1,25}\s){0,5}?${BUSINESS_PART}\s+to\s+(?:the\s+)?[A-Z][^;]{0,120}?\b(?:was|were|has\s+been|had\s+been)\s+(?:completed|consummated|closed)\b`,
    // (Found from "sold", what was sold looked for behind it: an alternative that opened with the
    // words of BUSINESS_PART would try them at every character, about 5% of a parse.)
    String.raw`\b(?:were|was|have\s+been|has\s+been)\s+sold(?<=\b${BUSINESS_PART}\b[^;]{0,60}sold)\s+to\s+(?:the\s+)?[A-Z]`,
    // "has agreed to sell its consumer products division to Epsilon Brands", "agreed to sell up to 16
    // restaurant units to"
    String.raw`\bagree[sd]?\s+to\s+sell\s+(?:substantially\s+all\s+of\s+)?(?:the|its|certain|up\s+to\s+\d[\d,]*|\d[\d,]*)\s+(?:[\w&'’-]{1,20}\s){0,4}?(?:assets|business|operations?|division|segment|units?|restaurants|stores|hotels|stations|Business|Operations?|Division|Segment)\s+to\s+(?:the\s+)?[A-Z]`,
    // The other side agreeing to buy: "Omega Industries, Inc. agreed to purchase the Company's precision
    // optics business".
    String.raw`\bagree[sd]?\s+to\s+(?:purchase|acquire|buy)\s+(?:substantially\s+all\s+(?:of\s+)?)?(?:the\s+(?:Company|Registrant)['’]s|our)\s+(?:[\w&'’-]{1,20}\s){0,4}?${BUSINESS_PART}\b`,
    // "have agreed in principle to a merger pursuant to which Hampton would become"
    String.raw`\bagreed\s+in\s+principle\s+to\s+(?:an?\s+)?(?:merger|merge|acquire|acquisition|be\s+acquired)\b`,
    // "has agreed to be acquired by Phi Industries, Inc.", "agreed to acquire Beta Corp. for"
    String.raw`\bagree[sd]?\s+to\s+(?:be\s+acquired\s+by|acquire|merge\s+with)\s+(?:the\s+)?[A-Z]`,
    // "acquired Beta Software, Inc.", "announced today that it will acquire privately held Beta Robotics, Inc."
    String.raw`\b(?:acquired|will\s+acquire)\s+(?:all\s+of\s+the\s+(?:outstanding\s+)?(?:capital\s+)?stock\s+of\s+|privately[-\s]held\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,4},?\s${COMPANY_WORD}`,
  ].join("|"),
);
// ACQUIRED (case-sensitive) holds one of these words: most sentences hold none, and this test
// costs a third of the pattern's.
export const MAY_ACQUIRE = /acqui|purchase|sold|sale|sell|dispos|merge|divest|transfer|convey|exchanged/;

// A loan told with no agreement named: "entered into a three year $325 million senior secured credit
// facility", "obtained funding under a line of credit with ...", "senior debt facilities were
// refinanced ... to provide for a term loan of $15.5 million", "issued a $2,000,000 promissory note
// to Beta Capital LLC", "borrowed $5,000,000 from First National Bank" (not "borrowed $50 million under
// the Credit Agreement", one already told), "received a loan in the
// principal amount of $1,250,000 from Wells Fargo Bank, N.A. under the Paycheck Protection Program",
// "increased its line of credit with Norwest Bank Minnesota, N.A. from $5,000,000 to $8,000,000", "signed a
// two-year $10 million secured line of credit with", "refinanced its existing bank debt with a new $40 million
// term loan", "received a commitment from LaSalle National Bank for a $10 million revolving credit
// facility", "completed a $150 million financing with a group of banks", "announced the closing of a
// $40 million senior secured term loan facility with", "executed the standard loan
// documents required for securing a loan (the “EIDL Loan”) from the United States Small Business
// Administration".
export const CREDIT_OPENED =
  /\b(?:entered\s+into|signed|executed|obtained|established|closed\s+on|secured|arranged|increased|extended|renewed|(?:closing|completion)\s+of)\s+(?:funding\s+under\s+)?(?:an?|the|its|our)\s+(?:new\s+)?(?:[\w$.,'’-]{1,20}\s){0,6}?(credit\s+facility|line\s+of\s+credit|credit\s+line|term\s+loan|loan\s+facility|revolving\s+(?:credit|loan)\s+facility|(?:bridge|mezzanine|construction)\s+loan)\b|\b(?:refinanced\s+[^.;]{0,60}?\bwith|received\s+an?\s+(?:[\w-]+\s+){0,2}?commitment\s+(?:letter\s+)?from\s+[^.;]{1,80}?\bfor)\s+(?:an?\s+)?(?:new\s+)?(?:[\w$.,-]{1,20}\s){0,5}?(credit\s+facility|line\s+of\s+credit|term\s+loan|loan\s+facility|revolving\s+(?:credit|loan)\s+facility)\b|\b(?:completed|closed|obtained|arranged|secured)\s+an?\s+(?:new\s+)?(?:US)?\$[\d.,]{1,15}(?:\s(?:million|billion))?\s+(?:(?:senior|secured|unsecured|bank|debt|term|credit)\s+){0,3}(financing)\s+(?:with|from)\b|\b(?:debt|credit|loan)\s+facilit(?:y|ies)\s+(?:was|were)\s+(refinanced|amended|extended|increased)\b|\b(?:issued|executed|delivered)\s+(?:an?\s+)?(?:[\w$.,%-]{1,20}\s){0,5}?((?:secured\s+|unsecured\s+|convertible\s+)?promissory\s+note)\b[^.;]{0,80}?\b(?:to|in\s+favor\s+of|payable\s+to)\s+(?:the\s+)?[A-Z]|\b(borrowed)\s+(?:US)?\$\d[\d.,]{0,14}(?:\s(?:million|billion))?\s+(?:from|under(?!\s+(?:the|its|our|such|this|that)\b))\b|\b(?:received|obtained)\s+an?\s+(?:unsecured\s+|secured\s+)?(loan)\s+(?:in\s+the\s+(?:aggregate\s+)?principal\s+amount\s+)?(?:of\s+)?(?:US)?\$\d[\d.,]{0,14}(?:\s(?:million|billion))?[^.;]{0,60}?\b(?:from|under)\b|\b(?:agreed\s+to|will|shall)\s+(lend|loan)\s+(?:to\s+)?(?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}\s+(?:up\s+to\s+|approximately\s+)?(?:US\$|\$|€|£)\d|\b(?:issued|sold|(?:completed|closed)\s+(?:the\s+|an?\s+|its\s+)?(?:private\s+)?(?:offering|placement|sale|issuance)\s+of)\s+(?:an\s+aggregate\s+of\s+)?(?:US)?\$\d[\d.,]{0,14}(?:\s(?:million|billion))?\s+(?:(?:in\s+)?(?:aggregate\s+)?principal\s+amount\s+of\s+(?:its\s+|our\s+|the\s+Company['’]s\s+)?)?((?:\d{1,2}(?:\.\d{1,4})?%\s+|\d{1,2}(?:-\d\/\d)?%\s+)?(?:(?:senior|junior|subordinated|secured|unsecured|convertible|exchangeable|guaranteed)\s+){0,3}notes)\s+due\s+(?:19|20)\d\d\b|\b(?:secur(?:ed|ing)|obtain(?:ed|ing)|receiv(?:ed|ing))\s+an?\s+(?:[\w-]{1,20}\s+){0,3}?(loan)\s+(?:\((?:the\s+)?["“][^"”]{1,30}["”]\)\s+)?from\s+(?:the\s+)?[A-Z]/i;

/**
 * "issued 15,002,718 shares of ... to Douglas P. Martin", "issued 1,350,000 shares of 10% Convertible
 * Preferred Stock to accredited investors": shares sold, and to whom.
 */
// The buyer's name keeps a corporate word after a comma ('to Apex Fund, L.P. for $1,000,000').
export const SHARE_SALE = new RegExp(
  String.raw`\b(?:issued|sold)\s+([\d,]{3,15}\s+(?:shares|units)\s+of\s+${IN_SENTENCE}{3,80}?)(?:,\s[^;]{0,80}?)?,?\s+to\s+((?:${HONORIFIC_NOT_MRS})?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,4}(?:,\s(?:Inc\.|L\.P\.|LP|LLC|L\.L\.C\.|Ltd\.|Corp\.)(?![A-Za-z]))?|(?:accredited|institutional|qualified)\s+investors\b)`,
);

/**
 * The registrant's shares bought, told from the buyer: "Omega Capital Partners, L.P. purchased
 * 2,000,000 shares of the Company's common stock in a private placement" (not "The Investors").
 */
const BUYS_OWN_SHARES =
  /\b((?!(?:The|Investors?|Purchasers?|Buyers?|Holders?|Shareholders?|Stockholders?)\b)[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,4}(?:,\s(?:Inc\.|L\.P\.|LP|LLC|L\.L\.C\.|Ltd\.|Corp\.)(?![A-Za-z]))?)\s+(?:purchased|acquired|bought)\s+([\d,]{3,15}\s+(?:newly[-\s]issued\s+)?shares\s+of\s+(?:the\s+)?(?:Company|Registrant)['’]s\s+[^.;]{3,60}?)(?=\s+(?:in|for|at|from|pursuant|under)\b|[,.;])/;

/** What BUYS_OWN_SHARES needs, tested first (the name it opens with would be tried at every capital). */
const OWN_SHARES = /\bshares\s+of\s+(?:the\s+)?(?:Company|Registrant)['’]s\s/;

/** BUYS_OWN_SHARES as SHARE_SALE's match: what is sold, then its buyer. */
function sharesBoughtFromRegistrant(text: string): RegExpExecArray | null {
  const m = OWN_SHARES.test(text) ? BUYS_OWN_SHARES.exec(text) : null;
  if (!m) return null;
  return Object.assign([m[0], m[2], m[1]], { index: m.index, input: text }) as unknown as RegExpExecArray;
}

/**
 * A license taken with no agreement named: "in-licensed the worldwide rights to BX-220 from Beta
 * Biotech Ltd.", "obtained an exclusive license to the SmartPatch technology from Gamma Corp.".
 */
export const LICENSED_IN = new RegExp(
  String.raw`\b(?:in-licensed|licensed|obtained|acquired)\s+(?:the\s+|an?\s+)?(?:(?:exclusive|non-exclusive|worldwide|world-wide|global)[,\s]+){0,3}(?:license|rights)\s+(?:to|for|under)\s+${IN_SENTENCE}{1,120}?\s+from\s+(?:the\s+)?[A-Z]`,
);

/** "has been selected by Omega Airlines, Inc. to provide in-flight connectivity services": chosen to supply. */
export const SELECTED_TO_SUPPLY = String.raw`\b(?:was|were|has\s+been|have\s+been)\s+selected\s+by\s+(?:the\s+)?[A-Z]${IN_SENTENCE}{0,80}?\s+to\s+(?:provide|supply|deliver|furnish|install|build|construct|manufacture|operate|manage|administer)\b`;

/**
 * Work awarded or ordered, told with no agreement named: "was awarded a contract by the U.S. Army
 * valued at approximately $45 million", "received a purchase order from Omega Utilities, Inc.".
 */
export const ORDER_RECEIVED = new RegExp(
  String.raw`\b(?:(?:was|were|has\s+been|have\s+been)\s+awarded|(?:received|receives|announced|won|wins|has\s+won|secured)(?:\s+the\s+award\s+of)?)\s+${WORK_ORDERED}\s+(?:from|by|with|for|to|valued|worth|totaling|totalling)\b|${SELECTED_TO_SUPPLY}`,
);

/**
 * A license granted with no agreement named: "licensed its XR technology to Omega Pharma AG",
 * "sublicensed to Omega its rights to AW-101", "Omega exercised its option to license AW-101", "Isis has
 * granted Sequitur a license to certain Isis patents".
 */
export const LICENSED_OUT = new RegExp(
  String.raw`\b(?:(?:out-|sub)?licensed\s+(?:its|our|the|certain(?:\s+of\s+its)?)\s+${IN_SENTENCE}{1,80}?\s+to\s+(?:the\s+)?[A-Z]|(?:out-|sub)?licensed\s+to\s+(?:the\s+)?[A-Z]${IN_SENTENCE}{0,60}?\s+(?:its|our|the|certain)\s+(?:[\w-]{1,20}\s){0,3}?(?:rights?|technology|patents|intellectual\s+property|know-how)\b|exercised\s+(?:its|an?|the)\s+option\s+to\s+(?:obtain\s+an?\s+(?:exclusive\s+)?license\s+to|license|in-license)\b|\bgranted\s+(?:to\s+)?(?:[A-Z][\w.&'’-]*,?\s){1,5}?(?:\((?:the\s+)?["“][^"”]{1,30}["”]\)\s+)?an?\s+(?:(?:exclusive|non-exclusive|worldwide|royalty-free|royalty-bearing|perpetual|fully[-\s]paid|limited)[,\s]+){0,4}licen[cs]e\s+(?:to|under)\b)`,
);

/**
 * A stake bought in a company, told by what it costs: "agreed to make a $20 million investment in
 * Lev", "BMS will make a $20 million equity investment in Exelixis", "invested $5 million in Beta".
 */
export const INVESTS_IN =
  /\b(?:(?:make|made|makes|making|complete[sd]?|completing)\s+an?\s+(?:US)?\$\d[\d.,]{0,14}(?:\s(?:million|billion))?\s+(?:(?:strategic|equity|minority|private|cash)\s+){0,2}investment|invest(?:ed|s)?\s+(?:an\s+(?:additional\s+|aggregate\s+(?:of\s+)?)?)?(?:US)?\$\d[\d.,]{0,14}(?:\s(?:million|billion))?)\s+in\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/;

// How an officer's pay is told after who is paid: "will receive an annual base salary of", "'s
// annual base salary will be", "'s annual base salary was increased to".
const PAID_SALARY = String.raw`\s(?:will|shall)\s(?:receive|be\spaid|earn)\s(?:an?\s)?(?:initial\s)?(?:annual(?:ized)?\s)?(?:base\s)?salary\sof\s`;
const SALARY_IS = String.raw`\s(?:initial\s)?(?:annual\s)?(?:base\s)?salary\s(?:will\sbe|is|(?:was|will\sbe)\sincreased\sto)\s`;

/**
 * An officer's pay told with no agreement named: "Mr. Norton will receive an annual salary of
 * $200,000", "John Smith will receive an annual base salary of $400,000", "Ms. Lee's annual base
 * salary will be $450,000", "Mr. Smith's annual base salary was increased to $425,000".
 */
export const SALARY_TOLD = new RegExp(
  String.raw`\b(?:(?:Mr|Ms|Mrs|Dr)\.\s([A-Z][a-zA-Z'’-]{1,30})|([A-Z][a-z]{1,20}(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'’-]{1,30}))(?:${PAID_SALARY}|['’]s${SALARY_IS})(?:US)?\$`,
);

/** The same told of "he" or "she": "He will receive an annual base salary of $400,000". */
export const PRONOUN_SALARY_TOLD = new RegExp(
  String.raw`\b(?:(?:He|She)${PAID_SALARY}|(?:His|Her)${SALARY_IS})(?:US)?\$`,
);

/**
 * A stake in a company sold with no agreement named: "sold its interest in Psi Cellular Partners to
 * Omega Wireless, Inc.", "sold its 40% membership interest in Tau LLC to", "transferred its interest in
 * the Riverside joint venture to".
 */
export const STAKE_SOLD =
  /\b(?:sold|disposed\s+of|transferred|assigned|conveyed)\s+(?:all\s+of\s+)?its\s+(?:\d{1,3}(?:\.\d{1,2})?\s?%\s+)?(?:(?:general|limited)\s+)?(?:(?:partnership|membership|equity|ownership)\s+)?interests?\s+in\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:,?\s[A-Z][\w.&'’-]*){0,5}(?:\s(?:joint\s+venture|partnership|project))?\s+to\s+(?:the\s+|its\s+(?:[\w-]{1,20}\s){0,3}?(?:partner|affiliate|shareholder),\s)?[A-Z]/;

const SHARES_PLACED =
  /\b(?:completed|closed|consummated)\s+(?:a|an|its)\s+((?:private|registered\s+direct)\s+(?:placement|offering))\s+of\s+(?:an\s+aggregate\s+of\s+)?[\d,]{3,15}\s+(?:shares|units)\b/;

/** An agreement a sentence opens with no agreement named, and the shares it sells, if that is how. */
export interface Opened {
  name: string;
  type: AgreementType;
  generic: boolean;
  sale: RegExpExecArray | null;
  /** The company a stake is bought in (INVESTS_IN). */
  investedIn?: string;
}

/**
 * The agreement `text` tells with no agreement named, tried one way of telling at a time: a company
 * or assets bought ("completed the acquisition of American Monument Corporation"), a loan, shares
 * sold ("issued 15,002,718 shares ... to Douglas P. Martin") or a stake bought, a license taken or granted, a
 * joint venture formed, an officer's pay.
 * While another agreement is being read (`readingType`), only a sale of shares or a stake opens one (or
 * a license, while a settlement is read); a note issued once the filing has told a purchase
 * (`purchaseTold`) is more often its price than a loan ("paid $400,000 in cash and issued an unsecured
 * promissory note to CPI").
 */
export function openedUnnamed(
  text: string,
  readingType: AgreementType | null,
  purchaseTold: () => boolean,
): Opened | null {
  const reading = readingType !== null;
  const acquired = !reading && MAY_ACQUIRE.test(text) ? ACQUIRED.exec(text) : null;
  // A stake sold in what is no property or business ("sold its 50% interest in the Lakeside Power
  // Partnership to Calpine"): a stake in a company, read as below, not the registrant acquired.
  if (
    acquired &&
    /\binterests?\s+in\b/.test(acquired[0]) &&
    !ASSETS_BOUGHT.test(acquired[0]) &&
    STAKE_SOLD.test(text)
  )
    return { name: "sale", type: "other", generic: false, sale: null };
  if (acquired) {
    // "acquired, through certain of its subsidiaries substantially all of the assets of".
    // What a sale told from the thing sold ("... assets of the Company's Gamma division were sold to") sells
    // stands before the match.
    const sold = /^(?:were|was|have|has)\b/.test(acquired[0])
      ? text.slice(Math.max(0, acquired.index - 80), acquired.index)
      : "";
    const assets =
      ASSET_SALE.test(text) || INTEREST_SOLD.test(text) || ASSETS_BOUGHT.test(sold + acquired[0]);
    return { name: "acquisition", type: assets ? "asset_purchase" : "merger", generic: false, sale: null };
  }
  const loan =
    !reading && /facilit|credit|loan|borrow|promissory|financing|notes\sdue|\blend/i.test(text)
      ? CREDIT_OPENED.exec(text)
      : null;
  if (loan && !(loan[5] && purchaseTold())) {
    const name =
      loan[1] ??
      loan[2] ??
      loan[3] ??
      loan[5] ??
      loan[9] ??
      (loan[6] || loan[7] || loan[8] || loan[10] ? "loan" : "credit facility");
    return { name: name.toLowerCase(), type: "credit", generic: false, sale: null };
  }
  // (Shares another buys while an agreement is read are more often that deal's equity purchase.)
  const sale = SHARE_SALE.exec(text) ?? (reading ? null : sharesBoughtFromRegistrant(text));
  if (sale) return { name: "", type: "other", generic: false, sale };
  // "completed a private placement of 1,000,000 shares of its Common Stock ... to certain institutional
  // investors", "completed a registered direct offering of 3,000,000 shares of common stock to".
  const placement = reading ? null : SHARES_PLACED.exec(text);
  if (placement) return { name: placement[1].toLowerCase(), type: "other", generic: false, sale: null };
  const invested = /invest/.test(text) ? INVESTS_IN.exec(text) : null;
  if (invested)
    return { name: "investment", type: "other", generic: false, sale: null, investedIn: invested[1] };
  // (A license granted to end a lawsuit is one of its own: "Isis has granted Sequitur a license to ...".)
  const licensed =
    (!reading || readingType === "settlement") && /licens|rights/.test(text)
      ? (LICENSED_IN.exec(text) ?? LICENSED_OUT.exec(text))
      : null;
  if (licensed) return { name: "license", type: "license", generic: false, sale: null };
  const order = !reading && /order|contract|selected/.test(text) ? ORDER_RECEIVED.exec(text) : null;
  if (order)
    return {
      name: order[0].includes("order") ? "order" : "contract",
      type: "supply",
      generic: false,
      sale: null,
    };
  const venture = !reading && /venture/i.test(text) ? JOINT_VENTURE_FORMED.exec(text) : null;
  if (venture) return { name: "joint venture", type: "other", generic: false, sale: null };
  const stake =
    !reading && /\bsold\b|\bdisposed\b|\btransferred\b|\bassigned\b|\bconveyed\b/.test(text)
      ? STAKE_SOLD.exec(text)
      : null;
  if (stake) return { name: "sale", type: "other", generic: false, sale: null };
  const pay =
    !reading && /salary/.test(text) ? (SALARY_TOLD.exec(text) ?? PRONOUN_SALARY_TOLD.exec(text)) : null;
  if (!pay) return null;
  // "Pursuant to her offer letter, Ms. Lee will receive an annual base salary of": the letter names it.
  const named = /\b(?:offer\s+letter|employment\s+(?:agreement|letter|contract)|letter\s+agreement)\b/i.exec(
    text,
  );
  return { name: named ? named[0] : "employment", type: "employment", generic: false, sale: null };
}
