/**
 * The SEC header of a submission, in both of its dialects, as typed data:
 *   text   — `ACCESSION NUMBER:\t\t0000320193-96-000027` lines, nested by a few known block keys;
 *   tagged — `<ACCESSION-NUMBER>0000320193-96-000027` (the `.nc` feed and `.hdr.sgml`).
 * Both dialects are read by block keys, not indentation, which varies between eras.
 */

export interface HeaderAddress {
  street1: string | null;
  street2: string | null;
  street3: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  phone: string | null;
}

export interface HeaderParty {
  role: "filer" | "subject-company" | "filed-by" | "reporting-owner" | "issuer" | "serial-company";
  company: {
    name: string | null;
    cik: string | null;
    sic: string | null;
    sicCode: string | null;
    organizationName: string | null;
    irsNumber: string | null;
    stateOfIncorporation: string | null;
    fiscalYearEnd: string | null;
  };
  filingValues: {
    formType: string | null;
    act: string | null;
    fileNumber: string | null;
    filmNumber: string | null;
  };
  businessAddress: HeaderAddress | null;
  mailAddress: HeaderAddress | null;
  formerNames: { name: string; dateChanged: string | null }[];
}

export interface HeaderItem {
  /** As the header states it: a title (text dialect) or a code (tagged dialect). */
  raw: string;
  /** The item number it names in the filing's era ("7", "9.01"); filled by the 8-K stage. */
  number?: string | null;
  /** Its current (post-2004) code. */
  code?: string | null;
  /** The catalogue title. */
  title?: string | null;
}

export interface SecHeader {
  dialect: "text" | "tagged";
  accessionNumber: string | null;
  submissionType: string | null;
  documentCount: number | null;
  /** ISO date. */
  periodOfReport: string | null;
  items: HeaderItem[];
  /** ISO date. */
  filedAsOf: string | null;
  /** ISO date. */
  dateOfChange: string | null;
  /** `YYYY-MM-DDTHH:MM:SS` (Eastern time, as EDGAR writes it). */
  acceptanceDateTime: string | null;
  parties: HeaderParty[];
  /** Every top-level key with its values, for anything not typed above. */
  values: Record<string, string[]>;
}

/**
 * Canonical key for both dialects: upper case, words joined by single spaces. Remembered: a
 * header repeats a few dozen keys (a many-filer header, 189 lines), and filings repeat them all.
 */
function canon(key: string): string {
  let c = canonKeys.get(key);
  if (c === undefined) {
    c = key
      .trim()
      .toUpperCase()
      .replace(/[-\s]+/g, " ");
    // An own copy as the key: a slice would keep the whole header alive.
    if (canonKeys.size < 1024) canonKeys.set(` ${key}`.slice(1), c);
  }
  return c;
}
const canonKeys = new Map<string, string>();

const PARTY_KEYS: Record<string, HeaderParty["role"]> = {
  FILER: "filer",
  "SUBJECT COMPANY": "subject-company",
  "FILED BY": "filed-by",
  "REPORTING OWNER": "reporting-owner",
  ISSUER: "issuer",
  "SERIAL COMPANY": "serial-company",
};
const SECTION_KEYS = new Set([
  "COMPANY DATA",
  "OWNER DATA",
  "FILING VALUES",
  "BUSINESS ADDRESS",
  "MAIL ADDRESS",
  "FORMER COMPANY",
  "FORMER NAME",
]);
/** Closing tags (tagged dialect) and other lines that carry no value. */
const CONTAINER_END = /^\//;

/** Leaf keys of both dialects, mapped to one name. */
const LEAF_ALIASES: Record<string, string> = {
  "COMPANY CONFORMED NAME": "name",
  "CONFORMED NAME": "name",
  "CENTRAL INDEX KEY": "cik",
  CIK: "cik",
  "STANDARD INDUSTRIAL CLASSIFICATION": "sic",
  "ASSIGNED SIC": "sic",
  "ORGANIZATION NAME": "organizationName",
  "IRS NUMBER": "irsNumber",
  "STATE OF INCORPORATION": "stateOfIncorporation",
  "FISCAL YEAR END": "fiscalYearEnd",
  "FORM TYPE": "formType",
  "SEC ACT": "act",
  ACT: "act",
  "SEC FILE NUMBER": "fileNumber",
  "FILE NUMBER": "fileNumber",
  "FILM NUMBER": "filmNumber",
  "STREET 1": "street1",
  STREET1: "street1",
  "STREET 2": "street2",
  STREET2: "street2",
  "STREET 3": "street3",
  STREET3: "street3",
  CITY: "city",
  STATE: "state",
  ZIP: "zip",
  "BUSINESS PHONE": "phone",
  PHONE: "phone",
  "FORMER CONFORMED NAME": "formerName",
  "DATE OF NAME CHANGE": "dateChanged",
  "DATE CHANGED": "dateChanged",
};

const TOP_ALIASES: Record<string, string> = {
  "ACCESSION NUMBER": "ACCESSION NUMBER",
  "CONFORMED SUBMISSION TYPE": "TYPE",
  TYPE: "TYPE",
  "PUBLIC DOCUMENT COUNT": "PUBLIC DOCUMENT COUNT",
  "CONFORMED PERIOD OF REPORT": "PERIOD",
  PERIOD: "PERIOD",
  "ITEM INFORMATION": "ITEMS",
  ITEMS: "ITEMS",
  "FILED AS OF DATE": "FILING DATE",
  "FILING DATE": "FILING DATE",
  "DATE AS OF CHANGE": "DATE OF CHANGE",
  "DATE OF FILING DATE CHANGE": "DATE OF CHANGE",
  "ACCEPTANCE DATETIME": "ACCEPTANCE DATETIME",
};

/** One `key, value` pair per header entry, in order, for either dialect. */
function* entries(src: string, dialect: "text" | "tagged"): Generator<[string, string]> {
  if (dialect === "tagged") {
    let i = 0;
    while (i < src.length) {
      const lt = src.indexOf("<", i);
      if (lt < 0) break;
      const gt = src.indexOf(">", lt);
      if (gt < 0 || gt - lt > 80) break;
      let e = src.indexOf("<", gt + 1);
      if (e < 0) e = src.length;
      yield [src.slice(lt + 1, gt), src.slice(gt + 1, e).trim()];
      i = e;
    }
    return;
  }
  for (const rawLine of src.split("\n")) {
    const line = rawLine.trim();
    if (!line) continue;
    if (line.startsWith("<")) {
      // <SEC-HEADER>…, <ACCEPTANCE-DATETIME>20190430163016
      const gt = line.indexOf(">");
      if (gt > 0) yield [line.slice(1, gt), line.slice(gt + 1).trim()];
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    yield [line.slice(0, colon), line.slice(colon + 1).trim()];
  }
}

function isoDate(v: string | undefined | null): string | null {
  if (!v) return null;
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(v.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function emptyParty(role: HeaderParty["role"]): HeaderParty {
  return {
    role,
    company: {
      name: null,
      cik: null,
      sic: null,
      sicCode: null,
      organizationName: null,
      irsNumber: null,
      stateOfIncorporation: null,
      fiscalYearEnd: null,
    },
    filingValues: { formType: null, act: null, fileNumber: null, filmNumber: null },
    businessAddress: null,
    mailAddress: null,
    formerNames: [],
  };
}

function emptyAddress(): HeaderAddress {
  return { street1: null, street2: null, street3: null, city: null, state: null, zip: null, phone: null };
}

export function parseHeader(src: string, dialect: "text" | "tagged"): SecHeader {
  const values: Record<string, string[]> = {};
  const parties: HeaderParty[] = [];
  let party: HeaderParty | null = null;
  let section = "";
  let address: HeaderAddress | null = null;

  for (const [rawKey, value] of entries(src, dialect)) {
    if (CONTAINER_END.test(rawKey)) continue;
    const key = canon(rawKey);
    const role = PARTY_KEYS[key];
    if (role) {
      party = emptyParty(role);
      parties.push(party);
      section = "";
      continue;
    }
    if (SECTION_KEYS.has(key)) {
      section = key;
      address = null;
      if (party && (key === "BUSINESS ADDRESS" || key === "MAIL ADDRESS")) {
        address = emptyAddress();
        if (key === "BUSINESS ADDRESS") party.businessAddress = address;
        else party.mailAddress = address;
      }
      if (party && (key === "FORMER COMPANY" || key === "FORMER NAME"))
        party.formerNames.push({ name: "", dateChanged: null });
      continue;
    }
    const leaf = LEAF_ALIASES[key];
    if (party && leaf && value) {
      if (address && leaf in address) {
        (address as unknown as Record<string, string>)[leaf] = value;
      } else if (leaf === "formerName" || leaf === "dateChanged") {
        const last = party.formerNames[party.formerNames.length - 1];
        if (last) {
          if (leaf === "formerName") last.name = value;
          else last.dateChanged = isoDate(value);
        }
      } else if (leaf in party.filingValues) {
        (party.filingValues as Record<string, string | null>)[leaf] = value;
      } else if (leaf in party.company && section !== "FILING VALUES") {
        (party.company as Record<string, string | null>)[leaf] = value;
      }
      continue;
    }
    if (!party || !leaf) {
      const top = TOP_ALIASES[key] ?? key;
      if (value) {
        values[top] ??= [];
        values[top].push(value);
      }
    }
  }

  for (const p of parties) {
    const sic = p.company.sic;
    const m = sic ? /\[(\d{3,4})\]\s*$/.exec(sic) : null;
    if (m) p.company.sicCode = m[1];
    else if (sic && /^\d{3,4}$/.test(sic)) p.company.sicCode = sic;
    p.formerNames = p.formerNames.filter((f) => f.name);
  }

  const first = (k: string) => values[k]?.[0] ?? null;
  const accept = first("ACCEPTANCE DATETIME");
  const am = accept ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(accept) : null;
  const count = first("PUBLIC DOCUMENT COUNT");
  return {
    dialect,
    accessionNumber: first("ACCESSION NUMBER"),
    submissionType: first("TYPE"),
    documentCount: count && /^\d+$/.test(count) ? Number(count) : null,
    periodOfReport: isoDate(first("PERIOD")),
    items: (values.ITEMS ?? []).map((raw) => ({ raw })),
    filedAsOf: isoDate(first("FILING DATE")),
    dateOfChange: isoDate(first("DATE OF CHANGE")),
    acceptanceDateTime: am ? `${am[1]}-${am[2]}-${am[3]}T${am[4]}:${am[5]}:${am[6]}` : null,
    parties,
    values,
  };
}
