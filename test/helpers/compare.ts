/** The comparisons of ../shared/eval/CONTRACT.md ("How the scorer compares"), for tests. */
export const loose = (s: unknown) =>
  s == null
    ? null
    : String(s)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "") || null;
export const exact = (s: unknown) => (s == null ? null : String(s).trim() || null);
export const digits = (s: unknown) => (s == null ? null : String(s).replace(/\D+/g, "") || null);
export const lastTen = (s: unknown) => digits(s)?.slice(-10) ?? null;
export const zip5 = (s: unknown) => digits(s)?.slice(0, 5) ?? null;
export const fileNo = (s: unknown) =>
  s == null ? null : String(s).replace(/\s+/g, "").toUpperCase() || null;
export const upper = (s: unknown) => (s == null ? null : String(s).trim().toUpperCase() || null);

export const FIELDS: [string, (s: unknown) => string | null][] = [
  ["form", upper],
  ["dateOfReport", exact],
  ["registrant.name", loose],
  ["registrant.stateOfIncorporation", upper],
  ["registrant.commissionFileNumber", fileNo],
  ["registrant.irsEmployerId", digits],
  ["registrant.address.street", loose],
  ["registrant.address.city", loose],
  ["registrant.address.state", upper],
  ["registrant.address.zip", zip5],
  ["registrant.phone", lastTen],
  ["signatures.0.name", loose],
  ["signatures.0.title", loose],
  ["signatures.0.date", exact],
];

export function get(o: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k]), o);
}
