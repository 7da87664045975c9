/**
 * The filing record: one zod schema is the source of the TypeScript types (z.infer), of runtime
 * validation of what a store reads back, and of the JSON Schema (`eightk schema`).
 */
import { z } from "zod";

export const SpanSchema = z
  .object({
    doc: z.number().int().describe("index of the document in the submission"),
    start: z.number().int(),
    end: z.number().int(),
  })
  .describe("UTF-16 offsets [start, end) into the text of one document (Doc.text)");

export const ValueSourceSchema = z.enum(["cover", "header", "ixbrl", "text"]);

/** A value with where it came from, and what the other sources said. */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.object({
    value: value.nullable(),
    source: ValueSourceSchema.nullable(),
    span: SpanSchema.nullable(),
    /** Every value found, by source, including the one chosen; disagreement is visible here. */
    candidates: z.array(z.object({ value, source: ValueSourceSchema, span: SpanSchema.nullable() })),
  });

const SourcedString = sourced(z.string());
const SourcedBool = sourced(z.boolean());

const HeaderAddressSchema = z.object({
  street1: z.string().nullable(),
  street2: z.string().nullable(),
  street3: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  phone: z.string().nullable(),
});

export const SecHeaderSchema = z.object({
  dialect: z.enum(["text", "tagged"]),
  accessionNumber: z.string().nullable(),
  submissionType: z.string().nullable(),
  documentCount: z.number().nullable(),
  periodOfReport: z.string().nullable(),
  items: z.array(
    z.object({
      raw: z.string(),
      number: z.string().nullable().optional(),
      code: z.string().nullable().optional(),
      title: z.string().nullable().optional(),
    }),
  ),
  filedAsOf: z.string().nullable(),
  dateOfChange: z.string().nullable(),
  acceptanceDateTime: z.string().nullable(),
  parties: z.array(
    z.object({
      role: z.enum(["filer", "subject-company", "filed-by", "reporting-owner", "issuer", "serial-company"]),
      company: z.object({
        name: z.string().nullable(),
        cik: z.string().nullable(),
        sic: z.string().nullable(),
        sicCode: z.string().nullable(),
        organizationName: z.string().nullable(),
        irsNumber: z.string().nullable(),
        stateOfIncorporation: z.string().nullable(),
        fiscalYearEnd: z.string().nullable(),
      }),
      filingValues: z.object({
        formType: z.string().nullable(),
        act: z.string().nullable(),
        fileNumber: z.string().nullable(),
        filmNumber: z.string().nullable(),
      }),
      businessAddress: HeaderAddressSchema.nullable(),
      mailAddress: HeaderAddressSchema.nullable(),
      formerNames: z.array(z.object({ name: z.string(), dateChanged: z.string().nullable() })),
    }),
  ),
  values: z.record(z.string(), z.array(z.string())),
});

export const RegistrantSchema = z.object({
  name: SourcedString,
  stateOfIncorporation: SourcedString,
  commissionFileNumber: SourcedString,
  irsEmployerId: SourcedString,
  address: z.object({ street: SourcedString, city: SourcedString, state: SourcedString, zip: SourcedString }),
  phone: SourcedString,
  formerName: SourcedString,
});

export const CoverSchema = z.object({
  form: SourcedString,
  amendment: z.boolean(),
  dateOfReport: SourcedString,
  registrant: RegistrantSchema,
  /** Further registrants of a combined filing (the Southern Company files for seven). */
  coRegistrants: z.array(
    z.object({
      name: z.string().nullable(),
      stateOfIncorporation: z.string().nullable(),
      commissionFileNumber: z.string().nullable(),
      irsEmployerId: z.string().nullable(),
      span: SpanSchema.nullable(),
    }),
  ),
  /** The Rule 425 / 14a-12 / 14d-2(b) / 13e-4(c) check boxes (2004 on). */
  writtenCommunications: SourcedBool,
  solicitingMaterial: SourcedBool,
  preCommencementTenderOffer: SourcedBool,
  preCommencementIssuerTenderOffer: SourcedBool,
  emergingGrowthCompany: SourcedBool,
  securities: z.array(
    z.object({
      title: z.string().nullable(),
      tradingSymbol: z.string().nullable(),
      exchange: z.string().nullable(),
      span: SpanSchema.nullable(),
    }),
  ),
  /** EDGAR's central index key, from the inline XBRL cover or the SEC header. */
  cik: z.string().nullable(),
  /** Every dei: fact of an inline XBRL cover, as tagged. */
  ixbrlFacts: z.array(
    z.object({
      name: z.string(),
      value: z.string().nullable(),
      hidden: z.boolean(),
      contextRef: z.string().nullable(),
      span: SpanSchema.nullable(),
    }),
  ),
});

export const ItemSchema = z.object({
  /** As the filing numbers it, normalised: "5", "2.02". */
  number: z.string(),
  /** The current (post-2004) item it maps to: old 5 → "8.01"; null when none (Regulation S Item 9). */
  code: z.string().nullable(),
  title: z.string().nullable(),
  /** The catalogue's title for the number in the filing's era. */
  catalogTitle: z.string().nullable(),
  furnished: z.boolean(),
  text: z.string(),
  /** The heading line(s). */
  headingSpan: SpanSchema,
  /** Heading through the end of the item's text. */
  span: SpanSchema,
});

export const ExhibitSchema = z.object({
  number: z.string(),
  description: z.string().nullable(),
  /** Page in the printed document, where an exhibit index gives one. */
  page: z.string().nullable(),
  /** "herewith" (filed or furnished with this report) or "incorporated" (by reference to an earlier filing), when the list says. */
  filing: z.enum(["herewith", "incorporated"]).nullable(),
  /** The link the exhibit list gives (HTML), as written. */
  href: z.string().nullable(),
  /** Where it was listed: the Item 7 / 9.01 list, an exhibit index, or only as an attached document. */
  listedIn: z.array(z.enum(["item", "index", "attachment", "reference"])),
  /** The document holding it: an attached EX-… document, or the 8-K itself when printed inside it. */
  document: z.number().int().nullable(),
  /** Where it is listed. */
  span: SpanSchema.nullable(),
  /** The exhibit's own text: the whole attached document, or its pages inside the 8-K. */
  textSpan: SpanSchema.nullable(),
});

export const SignatureSchema = z.object({
  registrant: z.string().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  span: SpanSchema,
});

export const DocumentInfoSchema = z.object({
  index: z.number().int(),
  type: z.string().nullable(),
  sequence: z.number().int().nullable(),
  filename: z.string().nullable(),
  description: z.string().nullable(),
  format: z.enum(["text", "html", "binary", "xml", "other"]),
  encoding: z.string().nullable(),
  bytes: z.number().int(),
  /** For an exhibit document: its number ("99.1"). */
  exhibitNumber: z.string().nullable(),
});

const Located = SpanSchema.nullable();
export const AgreementSchema = z.object({
  type: z.enum([
    "license",
    "collaboration",
    "merger",
    "asset_purchase",
    "credit",
    "employment",
    "supply",
    "settlement",
    "other",
  ]),
  name: z.string(),
  date: z.string().nullable(),
  parties: z.array(
    z.object({
      name: z.string(),
      role: z.enum([
        "licensor",
        "licensee",
        "acquirer",
        "target",
        "buyer",
        "seller",
        "borrower",
        "lender",
        "employer",
        "employee",
        "party",
      ]),
      span: Located,
    }),
  ),
  subject: z.string().nullable(),
  subjectSpan: Located,
  territory: z.string().nullable(),
  exclusive: z.boolean().nullable(),
  terms: z.array(
    z.object({
      kind: z.enum([
        "upfront",
        "milestones",
        "upfront_and_milestones",
        "royalties",
        "equity_purchase",
        "purchase_price",
        "loan",
        "total_value",
        "other",
      ]),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
      qualifier: z.enum(["min", "max", "approx"]).nullable(),
      per: z.string().nullable(),
      span: Located,
    }),
  ),
  spans: z.array(SpanSchema),
});

/** What a check of the form's rules found (src/checks/). */
export const FindingSchema = z.object({
  rule: z.enum([
    "item-era",
    "item-unknown",
    "exhibit-not-attached",
    "exhibit-not-listed",
    "signature",
    "deadline",
  ]),
  /** warning: the filing breaks a rule as read; info: worth knowing, breaks none. */
  severity: z.enum(["warning", "info"]),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const FilingRecordSchema = z.object({
  schemaVersion: z.literal(1),
  parserVersion: z.string(),
  accessionNumber: z.string().nullable(),
  container: z.object({
    kind: z.enum(["sec-document", "ims-document", "submission", "document", "bare"]),
    pem: z.boolean(),
    truncated: z.boolean(),
  }),
  header: SecHeaderSchema.nullable(),
  /** Index of the 8-K document itself among `documents`. */
  primaryDocument: z.number().int(),
  cover: CoverSchema,
  items: z.array(ItemSchema),
  exhibits: z.array(ExhibitSchema),
  signatures: z.array(SignatureSchema),
  documents: z.array(DocumentInfoSchema),
  /** Deal terms, with parties and roles (src/facts). */
  agreements: z.array(AgreementSchema),
  /** What each item reports on the modern scale (an old "Other Events" license is a 1.01). */
  events: z.array(
    z.object({ item: z.string(), code: z.string().nullable(), category: z.string().nullable() }),
  ),
  /** Dates and periods, resolved against the date of report where they can be. */
  periods: z.array(
    z.object({
      text: z.string(),
      kind: z.enum(["date", "half", "quarter", "year", "relative"]),
      start: z.string().nullable(),
      end: z.string().nullable(),
      fiscal: z.boolean(),
      span: SpanSchema,
    }),
  ),
  officerChanges: z.array(
    z.object({
      person: z.string(),
      role: z.string().nullable(),
      change: z.enum(["appointed", "elected", "resigned", "retired", "departed", "terminated", "promoted"]),
      effective: z.string().nullable(),
      span: SpanSchema,
    }),
  ),
  pressReleases: z.array(
    z.object({
      exhibit: z.string(),
      headline: z.object({ text: z.string(), span: SpanSchema }).nullable(),
      subheadline: z.object({ text: z.string(), span: SpanSchema }).nullable(),
      dateline: z
        .object({
          city: z.string().nullable(),
          state: z.string().nullable(),
          date: z.string().nullable(),
          span: SpanSchema,
        })
        .nullable(),
      tickers: z.array(z.object({ exchange: z.string(), symbol: z.string(), span: SpanSchema })),
      quotes: z.array(
        z.object({
          text: z.string(),
          speaker: z.string().nullable(),
          title: z.string().nullable(),
          company: z.string().nullable(),
          span: SpanSchema,
        }),
      ),
      about: z.array(z.object({ company: z.string(), text: z.string(), span: SpanSchema })),
      forwardLooking: SpanSchema.nullable(),
      contacts: z.array(
        z.object({
          role: z.string().nullable(),
          name: z.string().nullable(),
          organization: z.string().nullable(),
          phone: z.string().nullable(),
          email: z.string().nullable(),
          span: SpanSchema,
        }),
      ),
    }),
  ),
  people: z.array(z.object({ name: z.string(), title: z.string().nullable(), span: SpanSchema })),
  organizations: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      tickers: z.array(z.object({ exchange: z.string(), symbol: z.string() })),
      span: SpanSchema,
    }),
  ),
  money: z.array(
    z.object({
      amount: z.number(),
      currency: z.string(),
      qualifier: z.enum(["min", "max", "approx"]).nullable(),
      per: z.string().nullable(),
      text: z.string(),
      span: SpanSchema,
    }),
  ),
  /** Things a reader should know: disagreements between sources, odd layouts. */
  warnings: z.array(z.string()),
  /** The filing checked against the form's rules; records stored before checks have none. */
  checks: z.array(FindingSchema).default([]),
});

export type Span = z.infer<typeof SpanSchema>;
export type ValueSource = z.infer<typeof ValueSourceSchema>;
export type Sourced<T> = {
  value: T | null;
  source: ValueSource | null;
  span: Span | null;
  candidates: { value: T; source: ValueSource; span: Span | null }[];
};
export type Cover = z.infer<typeof CoverSchema>;
export type Registrant = z.infer<typeof RegistrantSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Exhibit = z.infer<typeof ExhibitSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type FilingRecord = z.infer<typeof FilingRecordSchema>;

/** The JSON Schema of the record. */
export function filingRecordJsonSchema(): unknown {
  return z.toJSONSchema(FilingRecordSchema, { target: "draft-2020-12" });
}
