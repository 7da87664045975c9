/**
 * The cover page as inline XBRL tags it (`dei:` facts), as candidates for the record's cover.
 * A fact the reader sees (tagged cover text) outranks the cover read from the text; a hidden fact
 * (inside `ix:header`) only fills what the printed cover does not show: a hidden
 * `dei:EntityRegistrantName` of "NVIDIA CORP" does not replace the printed "NVIDIA CORPORATION".
 */
import type { Doc } from "../document/types.js";
import { stateCode } from "../util/states.js";
import { withoutAddressees } from "./address.js";
import type { InlineXbrl, IxFact } from "./ixbrl.js";
import type { Span } from "./schema.js";

/** An address line as tagged, without the comma that separated it from the next one in print. */
const addressPart = (v: string) => v.replace(/[\s,]+$/, "");
/** A US state's code for a tagged state; none for a province ("Ontario"), as parseAddress gives. */
const usState = (v: IxValue | null): IxValue | null => {
  const code = v ? stateCode(v.value) : null;
  return v && code ? { ...v, value: code } : null;
};

export interface IxValue {
  value: string;
  hidden: boolean;
  span: Span | null;
}

export interface IxCover {
  form: IxValue | null;
  amendment: IxValue | null;
  dateOfReport: IxValue | null;
  name: IxValue | null;
  state: IxValue | null;
  fileNo: IxValue | null;
  irs: IxValue | null;
  street: IxValue | null;
  city: IxValue | null;
  addressState: IxValue | null;
  zip: IxValue | null;
  phone: IxValue | null;
  former: IxValue | null;
  cik: IxValue | null;
  writtenCommunications: IxValue | null;
  solicitingMaterial: IxValue | null;
  preCommencementTenderOffer: IxValue | null;
  preCommencementIssuerTenderOffer: IxValue | null;
  emergingGrowthCompany: IxValue | null;
  securities: {
    title: string | null;
    tradingSymbol: string | null;
    exchange: string | null;
    span: Span | null;
  }[];
  /** Every dei: fact, for the record. */
  facts: {
    name: string;
    value: string | null;
    hidden: boolean;
    contextRef: string | null;
    span: Span | null;
  }[];
}

/** A cover fact longer than this is no name, address or number, whatever its tag says. */
const MAX_COVER_VALUE = 500;

export function coverFromIxbrl(ix: InlineXbrl, doc: Doc, docIndex: number): IxCover {
  const dei = ix.facts.filter((f) => f.name.toLowerCase().startsWith("dei:"));
  const spanOf = (f: IxFact): Span | null => {
    if (f.hidden) return null;
    const start = doc.textOffset(f.sourceStart);
    const end = Math.max(start, Math.min(doc.text.length, start + f.raw.length));
    return { doc: docIndex, start, end };
  };
  const local = (f: IxFact) => f.name.slice(f.name.indexOf(":") + 1);
  // The first fact of a name that has a value, preferring one the reader sees.
  const first = (name: string): IxFact | null => {
    const all = dei.filter(
      (f) => local(f) === name && f.value !== null && f.value !== "" && f.value.length <= MAX_COVER_VALUE,
    );
    return all.find((f) => !f.hidden) ?? all[0] ?? null;
  };
  const val = (name: string, map: (v: string) => string = (v) => v): IxValue | null => {
    const f = first(name);
    return f?.value ? { value: map(f.value), hidden: f.hidden, span: spanOf(f) } : null;
  };

  const lines = ["EntityAddressAddressLine1", "EntityAddressAddressLine2", "EntityAddressAddressLine3"].map(
    (n) => first(n),
  );
  const given = lines.filter((f): f is IxFact => !!f?.value);
  const kept = withoutAddressees(given.map((f) => f.value as string));
  const streetFacts = given.slice(given.length - kept.length);
  const street: IxValue | null = streetFacts.length
    ? {
        value: streetFacts.map((f) => addressPart(f.value as string)).join(", "),
        hidden: streetFacts.every((f) => f.hidden),
        span: spanOf(streetFacts[0]),
      }
    : null;

  const area = first("CityAreaCode");
  const local7 = first("LocalPhoneNumber");
  let phone: IxValue | null = null;
  if (local7?.value) {
    const printed = area?.value?.trim() ?? "";
    const a = printed.replace(/[()\s]/g, "");
    // An international code is written as it is ("+44 151 601 9477"), not as a US area code.
    const v = !a ? local7.value : a.startsWith("+") ? `${printed} ${local7.value}` : `(${a}) ${local7.value}`;
    phone = { value: v, hidden: local7.hidden, span: area ? spanOf(area) : spanOf(local7) };
  }

  // Section 12(b) securities: one row per context (the class axis), title, symbol and exchange.
  const byContext = new Map<
    string,
    { title: string | null; tradingSymbol: string | null; exchange: string | null; span: Span | null }
  >();
  for (const f of dei) {
    const n = local(f);
    if (n !== "Security12bTitle" && n !== "TradingSymbol" && n !== "SecurityExchangeName") continue;
    const key = f.contextRef ?? "";
    const row = byContext.get(key) ?? { title: null, tradingSymbol: null, exchange: null, span: spanOf(f) };
    if (n === "Security12bTitle") row.title ??= f.value;
    if (n === "TradingSymbol") row.tradingSymbol ??= f.value;
    if (n === "SecurityExchangeName") row.exchange ??= f.value;
    byContext.set(key, row);
  }

  // A name tag may wrap part of the printed name ("<ix>NVIDIA CORP</ix>ORATION", "THE
  // <ix>BUCKLE, INC</ix>."): the value is the printed words around the tag.
  let name = val("EntityRegistrantName");
  if (name && !name.hidden && name.span) name = printedAround(doc, name, docIndex);

  const digitsIrs = (v: string) => (/^\d{9}$/.test(v) ? `${v.slice(0, 2)}-${v.slice(2)}` : v);
  return {
    form: val("DocumentType"),
    amendment: val("AmendmentFlag"),
    dateOfReport: val("DocumentPeriodEndDate"),
    name,
    state: val("EntityIncorporationStateCountryCode", (v) => v.toUpperCase()),
    fileNo: val("EntityFileNumber"),
    irs: val("EntityTaxIdentificationNumber", digitsIrs),
    street,
    city: val("EntityAddressCityOrTown", addressPart),
    addressState: usState(val("EntityAddressStateOrProvince", (v) => v.toUpperCase())),
    zip: val("EntityAddressPostalZipCode"),
    phone,
    former: val("EntityInformationFormerLegalOrRegisteredName"),
    cik: val("EntityCentralIndexKey"),
    writtenCommunications: val("WrittenCommunications"),
    solicitingMaterial: val("SolicitingMaterial"),
    preCommencementTenderOffer: val("PreCommencementTenderOffer"),
    preCommencementIssuerTenderOffer: val("PreCommencementIssuerTenderOffer"),
    emergingGrowthCompany: val("EntityEmergingGrowthCompany"),
    securities: [...byContext.values()].filter((r) => r.title || r.tradingSymbol),
    facts: dei.map((f) => ({
      name: f.name,
      value: f.value,
      hidden: f.hidden,
      contextRef: f.contextRef,
      span: spanOf(f),
    })),
  };
}

/** The table cell or line that holds a visible fact's text. */
function printedAround(doc: Doc, v: IxValue, docIndex: number): IxValue {
  const at = v.span?.start ?? 0;
  // The line holding `at`, if any: the first that ends at or after it (lines do not overlap).
  const line = doc.lines.line(doc.lines.firstEndingAfter(at - 1));
  if (!line || at < line.start || at > line.end) return v;
  const cell = line.cells?.find((c) => c.start <= at && at < c.end) ?? line;
  const printed = doc.text.slice(cell.start, cell.end).trim();
  // Only when the printed words contain the tagged ones and are not a whole sentence.
  if (!printed.toLowerCase().includes(v.value.toLowerCase()) || printed.length > v.value.length + 30)
    return v;
  return { value: printed, hidden: false, span: { doc: docIndex, start: cell.start, end: cell.end } };
}
