/**
 * Agreements across the store: those of the filings a query selects, newest first, optionally of
 * one type, with how many there are of each type (the facets of an agreements view). Written
 * once for both backends over a SqlRunner; only reading the type out of the JSON differs.
 */
import { AgreementSchema } from "../form8k/schema.js";
import { filterConditions, normalizeQuery, QueryError } from "./query.js";
import type { SqlRunner } from "./sql.js";
import type { AgreementHit, AgreementQuery, AgreementsFound } from "./types.js";

const AGREEMENT_TYPES: readonly string[] = AgreementSchema.shape.type.options;
const DEFAULT_LIMIT = 100;

export async function readAgreements(db: SqlRunner, query: AgreementQuery): Promise<AgreementsFound> {
  const { type } = query;
  if (type !== undefined && !AGREEMENT_TYPES.includes(type))
    throw new QueryError(`type wants one of ${AGREEMENT_TYPES.join(", ")}, not "${type}"`);
  // Checks the limit as a search's is checked.
  const q = normalizeQuery(query);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const typeOf = db.jsonText("x.value", "type");
  // Each statement binds its own values: placeholders are numbered per statement.
  const from = (withType: boolean) => {
    const d = db.dialect();
    const where = ["x.kind = 'agreements'", ...filterConditions(q, d, true)];
    if (withType && type !== undefined) where.push(`${typeOf} = ${d.param(type)}`);
    return { sql: `FROM facts x JOIN filings f ON f.id = x.filing_id WHERE ${where.join(" AND ")}`, d };
  };
  const counts = from(false);
  const byType: Record<string, number> = {};
  for (const r of await db.all<{ k: unknown; n: unknown }>(
    `SELECT ${typeOf} AS k, count(*) AS n ${counts.sql} GROUP BY 1 ORDER BY 2 DESC, 1`,
    counts.d.params,
  ))
    byType[String(r.k)] = Number(r.n);
  const rows = from(true);
  const hits = await db.all<{
    filing_key: string;
    accession_number: string | null;
    registrant_name: string | null;
    date_of_report: string | null;
    position: unknown;
    value: unknown;
  }>(
    `SELECT f.filing_key, f.accession_number, f.registrant_name, f.date_of_report, x.position, x.value ${rows.sql}
      ORDER BY (f.date_of_report IS NULL), f.date_of_report DESC, f.id DESC, x.position LIMIT ${limit}`,
    rows.d.params,
  );
  return {
    total: type === undefined ? Object.values(byType).reduce((a, b) => a + b, 0) : (byType[type] ?? 0),
    byType,
    hits: hits.map(
      (r): AgreementHit => ({
        key: r.filing_key,
        accessionNumber: r.accession_number,
        registrantName: r.registrant_name,
        dateOfReport: r.date_of_report,
        position: Number(r.position),
        agreement: typeof r.value === "string" ? JSON.parse(r.value) : r.value,
      }),
    ),
  };
}
