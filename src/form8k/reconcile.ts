/**
 * Cover page vs SEC header. Both are kept as candidates; the record's value is what the cover
 * prints (the contract's rule), the header filling what the cover does not state. Where they
 * disagree the record says so in `warnings` (edgartools #462: headers are claims, not facts).
 */
import type { HeaderParty, SecHeader } from "../container/header.js";
import type { CoverBoxes, FoundBool, FoundSecurity } from "./checkboxes.js";
import type { CoverText, Found } from "./cover.js";
import type { IxCover, IxValue } from "./ixbrl-cover.js";
import type { Cover, Sourced, Span, ValueSource } from "./schema.js";

type Candidate = { value: string; source: ValueSource; span: Span | null };

const loose = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * The first candidate of an allowed source. Registrant fields take only what the cover prints
 * (the contract: a value the cover does not state is null, even when the header has one).
 */
function pick(
  cands: (Candidate | null)[],
  allowed: ValueSource[] = ["cover", "ixbrl", "header"],
): Sourced<string> {
  const list = cands.filter((c): c is Candidate => !!c && c.value.trim() !== "");
  const chosen = list.find((c) => allowed.includes(c.source)) ?? null;
  return {
    value: chosen?.value ?? null,
    source: chosen?.source ?? null,
    span: chosen?.span ?? null,
    candidates: list,
  };
}

const fromCover = (f: Found | null, doc: number): Candidate | null =>
  f ? { value: f.value, source: "cover", span: { doc, start: f.start, end: f.end } } : null;
const fromHeader = (v: string | null | undefined): Candidate | null =>
  v ? { value: v, source: "header", span: null } : null;

/** The header's filer that the cover names (a combined filing lists several), else the first. */
function matchParty(header: SecHeader | null, name: string | null): HeaderParty | null {
  const filers = header?.parties.filter((p) => p.role === "filer" || p.role === "subject-company") ?? [];
  if (!filers.length) return null;
  if (name) {
    const n = loose(name).replace(/(inc|corp|corporation|company|co|the)/g, "");
    const hit = filers.find((p) => {
      const h = loose(p.company.name ?? "").replace(/(inc|corp|corporation|company|co|the)/g, "");
      return h && n && (h.includes(n) || n.includes(h));
    });
    if (hit) return hit;
  }
  return filers[0];
}

const irsFormat = (v: string | null) => (v && /^\d{9}$/.test(v) ? `${v.slice(0, 2)}-${v.slice(2)}` : v);
function phoneFormat(v: string | null): string | null {
  if (!v) return null;
  const d = v.replace(/\D+/g, "");
  return d.length === 10 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : v;
}
const PRINTED: ValueSource[] = ["cover", "ixbrl"];
/**
 * Candidates in order of trust: what the reader sees tagged, the printed cover, a hidden tag,
 * the SEC header.
 */
function ranked(
  ix: IxValue | null | undefined,
  cover: Candidate | null,
  header: Candidate | null,
): (Candidate | null)[] {
  const tag: Candidate | null = ix ? { value: ix.value, source: "ixbrl", span: ix.span } : null;
  return ix && !ix.hidden ? [tag, cover, header] : [cover, tag, header];
}

function box(found: FoundBool | null, ix: IxValue | null | undefined, doc: number): Sourced<boolean> {
  const cands: { value: boolean; source: ValueSource; span: Span | null }[] = [];
  if (ix && /^(true|false)$/i.test(ix.value))
    cands.push({ value: /^true$/i.test(ix.value), source: "ixbrl", span: ix.span });
  if (found)
    cands.push({ value: found.value, source: "cover", span: { doc, start: found.start, end: found.end } });
  const chosen = cands[0] ?? null;
  return {
    value: chosen?.value ?? null,
    source: chosen?.source ?? null,
    span: chosen?.span ?? null,
    candidates: cands,
  };
}

export interface CoverSources {
  text: CoverText;
  boxes: CoverBoxes;
  securities: FoundSecurity[];
  ix: IxCover | null;
  header: SecHeader | null;
  headerType: string | null;
  doc: number;
}

export function reconcileCover(src: CoverSources): { cover: Cover; warnings: string[] } {
  const { text: c, boxes, securities, header, headerType, doc } = src;
  const ix = src.ix;
  const party = matchParty(header, c.name?.value ?? null);
  const addr = party?.businessAddress ?? null;
  const street = addr ? [addr.street1, addr.street2].filter(Boolean).join(", ") : null;
  const cover: Cover = {
    // The form as EDGAR received it, else as printed or tagged.
    form: pick([
      fromHeader(headerType),
      fromCover(c.form, doc),
      ix?.form ? { value: ix.form.value, source: "ixbrl", span: ix.form.span } : null,
    ]),
    amendment: c.amendment || /\/A$/i.test(headerType ?? "") || /^true$/i.test(ix?.amendment?.value ?? ""),
    dateOfReport: pick(
      ranked(ix?.dateOfReport, fromCover(c.dateOfReport, doc), fromHeader(header?.periodOfReport)),
    ),
    registrant: {
      name: pick(ranked(ix?.name, fromCover(c.name, doc), fromHeader(party?.company.name)), PRINTED),
      stateOfIncorporation: pick(
        ranked(ix?.state, fromCover(c.state, doc), fromHeader(party?.company.stateOfIncorporation)),
        PRINTED,
      ),
      commissionFileNumber: pick(
        ranked(ix?.fileNo, fromCover(c.fileNo, doc), fromHeader(party?.filingValues.fileNumber)),
        PRINTED,
      ),
      irsEmployerId: pick(
        ranked(ix?.irs, fromCover(c.irs, doc), fromHeader(irsFormat(party?.company.irsNumber ?? null))),
        PRINTED,
      ),
      address: {
        street: pick(ranked(ix?.street, fromCover(c.street, doc), fromHeader(street)), PRINTED),
        city: pick(ranked(ix?.city, fromCover(c.city, doc), fromHeader(addr?.city)), PRINTED),
        state: pick(
          ranked(ix?.addressState, fromCover(c.addressState, doc), fromHeader(addr?.state)),
          PRINTED,
        ),
        zip: pick(ranked(ix?.zip, fromCover(c.zip, doc), fromHeader(addr?.zip)), PRINTED),
      },
      phone: pick(
        ranked(ix?.phone, fromCover(c.phone, doc), fromHeader(phoneFormat(addr?.phone ?? null))),
        PRINTED,
      ),
      formerName: pick(ranked(ix?.former, fromCover(c.former, doc), null)),
    },
    coRegistrants: c.coRegistrants.map((r) => ({
      name: r.name,
      stateOfIncorporation: r.state,
      commissionFileNumber: r.fileNo,
      irsEmployerId: r.irs,
      span: { doc, start: r.start, end: r.end },
    })),
    writtenCommunications: box(boxes.writtenCommunications, ix?.writtenCommunications, doc),
    solicitingMaterial: box(boxes.solicitingMaterial, ix?.solicitingMaterial, doc),
    preCommencementTenderOffer: box(boxes.preCommencementTenderOffer, ix?.preCommencementTenderOffer, doc),
    preCommencementIssuerTenderOffer: box(
      boxes.preCommencementIssuerTenderOffer,
      ix?.preCommencementIssuerTenderOffer,
      doc,
    ),
    emergingGrowthCompany: box(boxes.emergingGrowthCompany, ix?.emergingGrowthCompany, doc),
    securities: ix?.securities.length
      ? ix.securities
      : securities.map((s) => ({
          title: s.title,
          tradingSymbol: s.tradingSymbol,
          exchange: s.exchange,
          span: { doc, start: s.start, end: s.end },
        })),
    cik: ix?.cik?.value ?? party?.company.cik ?? null,
    ixbrlFacts: ix?.facts ?? [],
  };
  const warnings: string[] = [];
  const compare = (label: string, v: Sourced<string>, norm: (s: string) => string) => {
    const cov = v.candidates.find((x) => x.source === "cover");
    const hdr = v.candidates.find((x) => x.source === "header");
    if (cov && hdr && norm(cov.value) !== norm(hdr.value))
      warnings.push(`${label}: cover says "${cov.value}", SEC header says "${hdr.value}"`);
  };
  // "1-3526" and "001-03526" are one number: compare the parts without leading zeros.
  const numberParts = (s: string) =>
    s
      .split(/\D+/)
      .filter(Boolean)
      .map((p) => p.replace(/^0+(?=\d)/, ""))
      .join("-");
  compare("date of report", cover.dateOfReport, (s) => s);
  for (const [label, v] of [["registrant name", cover.registrant.name]] as const) {
    const tag = v.candidates.find((x) => x.source === "ixbrl");
    const printed = v.candidates.find((x) => x.source === "cover");
    if (tag && printed && loose(tag.value) !== loose(printed.value))
      warnings.push(`${label}: cover prints "${printed.value}", inline XBRL tags "${tag.value}"`);
  }
  compare("commission file number", cover.registrant.commissionFileNumber, numberParts);
  compare("IRS employer id", cover.registrant.irsEmployerId, (s) => s.replace(/\D+/g, ""));
  return { cover, warnings };
}
