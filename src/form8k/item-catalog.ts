/**
 * The items of Form 8-K by era, as data: parsers, checks, the store and the UI read this one table.
 * Sources: ../shared/reference/form-8k.md §1 (SEC releases 33-8400, 33-7881, 33-8176, 34-37801...).
 */

export interface CatalogItem {
  /** As filings number it: "5" before 23 Aug 2004, "8.01" after. */
  number: string;
  title: string;
  /** Other titles filings and EDGAR headers use for the same item (lower case, for matching). */
  aliases?: string[];
  /** ISO dates the item was valid between (inclusive from, exclusive to); null = open. */
  from: string | null;
  to: string | null;
  /** The current (post-2004) item it maps to; null when it has none. */
  modern: string | null;
  /** Furnished, not filed (Gen. Instr. B.2). */
  furnished?: boolean;
}

/** The day Release 33-8400 took effect and EDGAR stopped taking the integer items. */
export const MODERN_ITEMS_FROM = "2004-08-23";

export const ITEMS: readonly CatalogItem[] = [
  // Before 23 Aug 2004
  {
    number: "1",
    title: "Changes in Control of Registrant",
    aliases: ["change in control of registrant", "change of control of registrant"],
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "5.01",
  },
  {
    number: "2",
    title: "Acquisition or Disposition of Assets",
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "2.01",
  },
  { number: "3", title: "Bankruptcy or Receivership", from: null, to: MODERN_ITEMS_FROM, modern: "1.03" },
  {
    number: "4",
    title: "Changes in Registrant's Certifying Accountant",
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "4.01",
  },
  {
    number: "5",
    title: "Other Events",
    aliases: ["other events and regulation fd disclosure", "other events and required fd disclosure"],
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "8.01",
  },
  {
    number: "6",
    title: "Resignations of Registrant's Directors",
    aliases: ["resignation of registrant's directors"],
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "5.02",
  },
  {
    number: "7",
    title: "Financial Statements, Pro Forma Financial Information and Exhibits",
    aliases: ["financial statements and exhibits"],
    from: null,
    to: MODERN_ITEMS_FROM,
    modern: "9.01",
  },
  { number: "8", title: "Change in Fiscal Year", from: null, to: MODERN_ITEMS_FROM, modern: "5.03" },
  // The Item 9 trap: Regulation S sales (18 Nov 1996 – 1 Jan 1999), then Regulation FD (23 Oct 2000 on).
  {
    number: "9",
    title: "Sales of Equity Securities Pursuant to Regulation S",
    from: "1996-11-18",
    to: "1999-01-01",
    modern: null,
  },
  {
    number: "9",
    title: "Regulation FD Disclosure",
    from: "2000-10-23",
    to: MODERN_ITEMS_FROM,
    modern: "7.01",
    furnished: true,
  },
  {
    number: "10",
    title: "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
    from: "2003-03-01",
    to: MODERN_ITEMS_FROM,
    modern: "5.05",
  },
  {
    number: "11",
    title: "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    from: "2003-01-22",
    to: MODERN_ITEMS_FROM,
    modern: "5.04",
  },
  {
    number: "12",
    title: "Results of Operations and Financial Condition",
    from: "2003-03-28",
    to: MODERN_ITEMS_FROM,
    modern: "2.02",
    furnished: true,
  },
  // From 23 Aug 2004
  {
    number: "1.01",
    title: "Entry into a Material Definitive Agreement",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "1.01",
  },
  {
    number: "1.02",
    title: "Termination of a Material Definitive Agreement",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "1.02",
  },
  { number: "1.03", title: "Bankruptcy or Receivership", from: MODERN_ITEMS_FROM, to: null, modern: "1.03" },
  {
    number: "1.04",
    title: "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
    from: "2012-01-27",
    to: null,
    modern: "1.04",
  },
  { number: "1.05", title: "Material Cybersecurity Incidents", from: "2023-12-18", to: null, modern: "1.05" },
  {
    number: "2.01",
    title: "Completion of Acquisition or Disposition of Assets",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "2.01",
  },
  {
    number: "2.02",
    title: "Results of Operations and Financial Condition",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "2.02",
    furnished: true,
  },
  {
    number: "2.03",
    title:
      "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "2.03",
  },
  {
    number: "2.04",
    title:
      "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "2.04",
  },
  {
    number: "2.05",
    title: "Costs Associated with Exit or Disposal Activities",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "2.05",
  },
  { number: "2.06", title: "Material Impairments", from: MODERN_ITEMS_FROM, to: null, modern: "2.06" },
  {
    number: "3.01",
    title:
      "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "3.01",
  },
  {
    number: "3.02",
    title: "Unregistered Sales of Equity Securities",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "3.02",
  },
  {
    number: "3.03",
    title: "Material Modification to Rights of Security Holders",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "3.03",
  },
  {
    number: "4.01",
    title: "Changes in Registrant's Certifying Accountant",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "4.01",
  },
  {
    number: "4.02",
    title:
      "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "4.02",
  },
  {
    number: "5.01",
    title: "Changes in Control of Registrant",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "5.01",
  },
  {
    number: "5.02",
    title:
      "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
    aliases: [
      "departure of directors or principal officers; election of directors; appointment of principal officers",
    ],
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "5.02",
  },
  {
    number: "5.03",
    title: "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "5.03",
  },
  {
    number: "5.04",
    title: "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "5.04",
  },
  {
    number: "5.05",
    title: "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "5.05",
  },
  { number: "5.06", title: "Change in Shell Company Status", from: "2005-11-07", to: null, modern: "5.06" },
  {
    number: "5.07",
    title: "Submission of Matters to a Vote of Security Holders",
    from: "2010-02-28",
    to: null,
    modern: "5.07",
  },
  {
    number: "5.08",
    title: "Shareholder Director Nominations",
    aliases: ["shareholder nominations pursuant to exchange act rule 14a-11"],
    from: "2010-11-15",
    to: null,
    modern: "5.08",
  },
  {
    number: "6.01",
    title: "ABS Informational and Computational Material",
    from: "2005-03-01",
    to: null,
    modern: "6.01",
  },
  { number: "6.02", title: "Change of Servicer or Trustee", from: "2005-03-01", to: null, modern: "6.02" },
  {
    number: "6.03",
    title: "Change in Credit Enhancement or Other External Support",
    from: "2005-03-01",
    to: null,
    modern: "6.03",
  },
  {
    number: "6.04",
    title: "Failure to Make a Required Distribution",
    from: "2005-03-01",
    to: null,
    modern: "6.04",
  },
  {
    number: "6.05",
    title: "Securities Act Updating Disclosure",
    from: "2005-03-01",
    to: null,
    modern: "6.05",
  },
  { number: "6.06", title: "Static Pool", from: "2014-11-23", to: null, modern: "6.06" },
  {
    number: "6.10",
    title: "Alternative Filings of Asset-Backed Issuers",
    from: "2014-11-23",
    to: null,
    modern: "6.10",
  },
  {
    number: "7.01",
    title: "Regulation FD Disclosure",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "7.01",
    furnished: true,
  },
  { number: "8.01", title: "Other Events", from: MODERN_ITEMS_FROM, to: null, modern: "8.01" },
  {
    number: "9.01",
    title: "Financial Statements and Exhibits",
    from: MODERN_ITEMS_FROM,
    to: null,
    modern: "9.01",
  },
];

const byNumber = new Map<string, CatalogItem[]>();
for (const it of ITEMS) byNumber.set(it.number, [...(byNumber.get(it.number) ?? []), it]);

/**
 * Normalises an item number as written ("ITEM 2. 02", "Item 5.", "2.2", "9.1") to its key:
 * "2.02", "5", "2.02", "9.01". One normaliser for the parser, checks, store, UI and CLI.
 */
export function itemKey(raw: string): string | null {
  const m = /^\s*(?:items?\s*)?(\d{1,2})(?:\s*\.\s*(\d{1,2}))?\s*\.?\s*$/i.exec(raw);
  if (!m) return null;
  const major = String(Number(m[1]));
  if (m[2] === undefined) return major;
  const minor = m[2].length === 1 ? `0${m[2]}` : m[2];
  return `${major}.${minor}`;
}

/** The catalogue entry for a number on a date (the date decides the Item 9 trap). */
export function catalogItem(number: string, date: string | null): CatalogItem | null {
  const all = byNumber.get(number);
  if (!all) return null;
  if (all.length === 1 || !date) return all[all.length - 1];
  return itemOnDate(number, date) ?? all[all.length - 1];
}

/** The entry for a number that was an item of Form 8-K on the date; null when it was none then. */
export function itemOnDate(number: string, date: string): CatalogItem | null {
  return (
    (byNumber.get(number) ?? []).find((it) => (!it.from || date >= it.from) && (!it.to || date < it.to)) ??
    null
  );
}

/** True when the number is a known item (of any era). */
export function isKnownItem(number: string): boolean {
  return byNumber.has(number);
}

/** The modern code an item number maps to on a date; null when it has none. */
export function modernCode(number: string, date: string | null): string | null {
  return catalogItem(number, date)?.modern ?? null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const byTitle = new Map<string, CatalogItem[]>();
for (const it of ITEMS) {
  for (const t of [it.title, ...(it.aliases ?? [])])
    byTitle.set(norm(t), [...(byTitle.get(norm(t)) ?? []), it]);
}

/**
 * The item an EDGAR header title names ("Financial statements and exhibits"), for a date:
 * old headers carry titles, and the same title names Item 7 before 2004 and 9.01 after.
 */
export function itemForTitle(title: string, date: string | null): CatalogItem | null {
  const all = byTitle.get(norm(title));
  if (!all) return null;
  const era = date && date < MODERN_ITEMS_FROM ? "old" : "new";
  return all.find((it) => (era === "old" ? !it.number.includes(".") : it.number.includes("."))) ?? all[0];
}
