/**
 * A FilingRecord → the rows a store writes. Pure; runs in the ingest workers so the writer
 * thread only executes statements.
 */
import type { FilingRecord, Span } from "../form8k/schema.js";
import { factRows } from "./facts.js";
import { cleanText, safeJson } from "./json.js";
import type { FilingColumns, PreparedFiling, SpanColumns } from "./types.js";

/** A bare document has no accession number: it is known by its bytes. */
export function filingKey(accessionNumber: string | null, contentHash: string): string {
  return accessionNumber ?? `sha256:${contentHash}`;
}

const spanColumns = (span: Span | null): SpanColumns =>
  span ? { doc: span.doc, start: span.start, end: span.end } : { doc: null, start: null, end: null };

const clean = cleanText;

function cikNumber(cik: string | null): number | null {
  if (!cik || !/^\d{1,10}$/.test(cik.trim())) return null;
  return Number(cik.trim());
}

export function filingColumns(record: FilingRecord, source: string, contentHash: string): FilingColumns {
  const { cover, header } = record;
  const reg = cover.registrant;
  const filer = header?.parties.find((p) => p.role === "filer") ?? header?.parties[0] ?? null;
  return {
    key: filingKey(record.accessionNumber, contentHash),
    accessionNumber: record.accessionNumber,
    contentHash,
    source: clean(source),
    parserVersion: record.parserVersion,
    form: cover.form.value?.toUpperCase() ?? null,
    amendment: cover.amendment,
    dateOfReport: cover.dateOfReport.value,
    filedDate: header?.filedAsOf ?? null,
    cik: cikNumber(cover.cik),
    registrantName: clean(reg.name.value),
    stateOfIncorporation: clean(reg.stateOfIncorporation.value),
    commissionFileNumber: clean(reg.commissionFileNumber.value),
    irsEmployerId: clean(reg.irsEmployerId.value),
    street: clean(reg.address.street.value),
    city: clean(reg.address.city.value),
    state: clean(reg.address.state.value),
    zip: clean(reg.address.zip.value),
    phone: clean(reg.phone.value),
    sicCode: filer?.company.sicCode ?? null,
  };
}

/**
 * @param exhibitTexts the text of each exhibit (same order as record.exhibits), null where the
 *   filing does not hold it; see ingest/exhibit-text.ts.
 */
export function prepareFiling(
  record: FilingRecord,
  opts: { source: string; contentHash: string; exhibitTexts: readonly (string | null)[] },
): PreparedFiling {
  return {
    filing: filingColumns(record, opts.source, opts.contentHash),
    items: record.items.map((item, position) => ({
      position,
      number: item.number,
      code: item.code,
      title: clean(item.title),
      catalogTitle: item.catalogTitle,
      furnished: item.furnished,
      text: clean(item.text),
      span: spanColumns(item.span),
    })),
    exhibits: record.exhibits.map((exhibit, position) => ({
      position,
      number: exhibit.number.toLowerCase(),
      description: clean(exhibit.description),
      filing: exhibit.filing,
      document: exhibit.document,
      text: clean(opts.exhibitTexts[position] ?? null),
      textSpan: spanColumns(exhibit.textSpan),
      span: spanColumns(exhibit.span),
    })),
    signatures: record.signatures.map((s, position) => ({
      position,
      registrant: clean(s.registrant),
      name: clean(s.name),
      title: clean(s.title),
      date: s.date,
      span: spanColumns(s.span),
    })),
    facts: factRows(record),
    recordJson: safeJson(record),
  };
}

/** Semantic-version order ("0.10.0" after "0.9.1"); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}
