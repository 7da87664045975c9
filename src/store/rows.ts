/**
 * A FilingRecord → the rows a store writes. Pure; runs in the ingest workers so the writer
 * thread only executes statements.
 */
import type { FilingRecord, Span } from "../form8k/schema.js";
import { cleanText, safeJson } from "./json.js";
import type { FactRow, FilingColumns, PreparedFiling, SpanColumns } from "./types.js";

/** A bare document has no accession number: it is known by its bytes. */
export function filingKey(accessionNumber: string | null, contentHash: string): string {
  return accessionNumber ?? `sha256:${contentHash}`;
}

const spanColumns = (span: Span | null): SpanColumns =>
  span ? { doc: span.doc, start: span.start, end: span.end } : { doc: null, start: null, end: null };

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
    source: cleanText(source),
    parserVersion: record.parserVersion,
    form: cover.form.value?.toUpperCase() ?? null,
    amendment: cover.amendment,
    dateOfReport: cover.dateOfReport.value,
    filedDate: header?.filedAsOf ?? null,
    cik: cikNumber(cover.cik),
    registrantName: cleanText(reg.name.value),
    stateOfIncorporation: cleanText(reg.stateOfIncorporation.value),
    commissionFileNumber: cleanText(reg.commissionFileNumber.value),
    irsEmployerId: cleanText(reg.irsEmployerId.value),
    street: cleanText(reg.address.street.value),
    city: cleanText(reg.address.city.value),
    state: cleanText(reg.address.state.value),
    zip: cleanText(reg.address.zip.value),
    phone: cleanText(reg.phone.value),
    sicCode: filer?.company.sicCode ?? null,
  };
}

/**
 * Facts as rows of one table: kind, position, the fact as JSON, its span (an agreement's first
 * mention) and, for money, its amount; a new kind of fact needs no migration.
 */
export function factRows(record: FilingRecord): FactRow[] {
  const rows: FactRow[] = [];
  const add = (kind: FactRow["kind"], facts: readonly object[], span: (i: number) => Span | null) => {
    facts.forEach((fact, position) => {
      rows.push({
        kind,
        position,
        valueJson: safeJson(fact),
        amount: kind === "money" ? record.money[position].amount : null,
        span: spanColumns(span(position)),
      });
    });
  };
  add("agreements", record.agreements, (i) => record.agreements[i].spans[0] ?? null);
  add("people", record.people, (i) => record.people[i].span);
  add("organizations", record.organizations, (i) => record.organizations[i].span);
  add("money", record.money, (i) => record.money[i].span);
  return rows;
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
      title: cleanText(item.title),
      catalogTitle: item.catalogTitle,
      furnished: item.furnished,
      text: cleanText(item.text),
      span: spanColumns(item.span),
    })),
    exhibits: record.exhibits.map((exhibit, position) => ({
      position,
      number: exhibit.number.toLowerCase(),
      description: cleanText(exhibit.description),
      filing: exhibit.filing,
      document: exhibit.document,
      text: cleanText(opts.exhibitTexts[position] ?? null),
      textSpan: spanColumns(exhibit.textSpan),
      span: spanColumns(exhibit.span),
    })),
    signatures: record.signatures.map((s, position) => ({
      position,
      registrant: cleanText(s.registrant),
      name: cleanText(s.name),
      title: cleanText(s.title),
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
