/**
 * Text and JSON a database can hold: PostgreSQL text and jsonb reject U+0000 (and jsonb its
 * `\u0000` escape). U+FFFD takes its place: one UTF-16 unit for one, so every span still holds.
 */
export function cleanText<T extends string | null>(s: T): T {
  return (s?.includes("\u0000") ? s.replaceAll("\u0000", "\uFFFD") : s) as T;
}

export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (!json.includes("\\u0000")) return json;
  return JSON.stringify(value, (_key, v) => (typeof v === "string" ? cleanText(v) : v));
}
