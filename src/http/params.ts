/**
 * A search as URL parameters (`?q=license&item=1.01&since=2020`) → the store's query. The names
 * are the command line's (`--has-exhibit` is `has-exhibit`); values are checked by the store's
 * own normaliser, so a bad one is the same one-line error there as here.
 */
import { queryFromStrings } from "../store/query.js";
import type { AgreementQuery, SearchQuery } from "../store/types.js";

/** Parameter names, in the order the search form shows them. */
export const QUERY_PARAMS = [
  "q",
  "item",
  "form",
  "company",
  "cik",
  "since",
  "until",
  "has-exhibit",
  "min-amount",
  "limit",
] as const;

/** The agreements view's query: a search's, and the type of agreement (`type`). */
export function agreementQueryFromParams(params: URLSearchParams): AgreementQuery {
  const type = params.get("type")?.trim() || undefined;
  return { ...queryFromParams(params), type: type as AgreementQuery["type"] };
}

export function queryFromParams(params: URLSearchParams): SearchQuery {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  return queryFromStrings(
    {
      text: get("q"),
      item: get("item"),
      form: get("form"),
      company: get("company"),
      cik: get("cik"),
      since: get("since"),
      until: get("until"),
      hasExhibit: get("has-exhibit"),
      minAmount: get("min-amount"),
      limit: get("limit"),
    },
    "",
  );
}

/** A link to the same search (on `path`) with some parameters changed (a facet) or removed (null). */
export function linkWith(
  params: URLSearchParams,
  changes: Record<string, string | null>,
  path = "/",
): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  const s = next.toString();
  return s ? `${path}?${s}` : path;
}
