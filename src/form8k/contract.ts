/**
 * The flat JSON line of ../shared/eval/CONTRACT.md (v1): plain values, no spans.
 */
import type { FilingRecord } from "./schema.js";

export interface ContractLine {
  source: string;
  error: string | null;
  form: string | null;
  dateOfReport: string | null;
  registrant: {
    name: string | null;
    stateOfIncorporation: string | null;
    commissionFileNumber: string | null;
    irsEmployerId: string | null;
    address: { street: string | null; city: string | null; state: string | null; zip: string | null };
    phone: string | null;
  } | null;
  items: { number: string; title: string | null; text: string }[];
  exhibits: { number: string; description: string | null }[];
  signatures: { name: string | null; title: string | null; date: string | null }[];
  [extra: string]: unknown;
}

export function toContractLine(source: string, r: FilingRecord): ContractLine {
  const reg = r.cover.registrant;
  return {
    source,
    error: null,
    accessionNumber: r.accessionNumber,
    form: r.cover.form.value,
    dateOfReport: r.cover.dateOfReport.value,
    registrant: {
      name: reg.name.value,
      stateOfIncorporation: reg.stateOfIncorporation.value,
      commissionFileNumber: reg.commissionFileNumber.value,
      irsEmployerId: reg.irsEmployerId.value,
      address: {
        street: reg.address.street.value,
        city: reg.address.city.value,
        state: reg.address.state.value,
        zip: reg.address.zip.value,
      },
      phone: reg.phone.value,
    },
    items: r.items.map((i) => ({ number: i.number, code: i.code, title: i.title, text: i.text })),
    exhibits: r.exhibits.map((e) => ({ number: e.number, description: e.description, document: e.document })),
    signatures: r.signatures.map((s) => ({ name: s.name, title: s.title, date: s.date })),
    agreements: r.agreements.map((a) => ({
      type: a.type,
      date: a.date,
      parties: a.parties.map((p) => ({ name: p.name, role: p.role })),
      subject: a.subject,
      territory: a.territory,
      exclusive: a.exclusive,
      terms: a.terms.map((t) => ({
        kind: t.kind,
        amount: t.amount,
        currency: t.currency,
        qualifier: t.qualifier,
      })),
    })),
  };
}

/** A file that could not be read: the same fields as a record's line, empty. */
export function errorLine(source: string, error: string): ContractLine {
  return {
    source,
    error,
    accessionNumber: null,
    form: null,
    dateOfReport: null,
    registrant: null,
    items: [],
    exhibits: [],
    signatures: [],
    agreements: [],
  };
}
