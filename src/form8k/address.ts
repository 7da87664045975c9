/**
 * "333 Providence Highway, Norwood, Massachusetts 02062" → street, city, state, zip.
 * Read from the right, where the parts are most regular: zip, state, city, and the rest is street.
 * Line breaks in the printed address count as commas.
 */
import { trailingState } from "../util/states.js";

export interface PostalAddress {
  street: string | null;
  city: string | null;
  /** USPS code for US addresses; null elsewhere. */
  state: string | null;
  zip: string | null;
}

const US_ZIP = /(?:^|[\s,])(\d{5}(?:\s?-\s?\d{4})?)$/;
const CA_POSTAL = /(?:^|[\s,])([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;
const TRAILING = /[\s,.;:]+$/;
/** Words that end or belong to a street line, never a city's first word. */
const STREET_WORD =
  /^(?:street|st\.?|avenue|ave\.?|boulevard|blvd\.?|road|rd\.?|drive|dr\.?|lane|ln\.?|way|place|pl\.?|plaza|parkway|pkwy\.?|court|ct\.?|circle|highway|hwy\.?|square|terrace|trail|floor|fl\.?|suite|ste\.?|box|building|bldg\.?|tower|loop|pike|turnpike|route|n\.?w\.?|n\.?e\.?|s\.?w\.?|s\.?e\.?|—|-)$/i;

export function parseAddress(printed: string): PostalAddress {
  let s = printed
    .replace(/\([^)]{0,80}\)/g, " ") // captions like "(Zip Code)"
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .trim()
    .replace(TRAILING, "");
  let zip: string | null = null;
  const us = US_ZIP.exec(s);
  const z = us ?? CA_POSTAL.exec(s);
  if (z) {
    const compact = z[1].replace(/\s+/g, "").toUpperCase();
    // "02062-1234"; a Canadian code as Canada Post writes it: "K0M 2T0".
    zip = us ? compact : `${compact.slice(0, 3)} ${compact.slice(3)}`;
    s = s.slice(0, z.index).replace(TRAILING, "");
  }
  let state: string | null = null;
  const st = trailingState(s);
  const parts = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (st) {
    state = st.code;
    s = s.slice(0, st.index).replace(TRAILING, "");
  } else if (parts.length >= 3 && !/\d/.test(parts[parts.length - 1])) {
    // A province or country we do not code: drop it, keep the city before it.
    s = parts.slice(0, -1).join(", ");
  }
  const rest = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (rest.length === 0) return { street: null, city: null, state, zip };
  let city = rest[rest.length - 1];
  const street = rest.slice(0, -1);
  // No comma before the city ("1258 Prospect Street La Jolla", "Suite 326 Dana Point", "RR6
  // Woodville", "N.W. Atlanta"): the city is the words after the last one that belongs to a
  // street line (a number, a street word, a directional).
  const words = city.split(" ");
  let lastStreet = -1;
  for (let k = 0; k < words.length; k++)
    if (/\d/.test(words[k]) || STREET_WORD.test(words[k])) lastStreet = k;
  if (lastStreet >= 0) {
    street.push(words.slice(0, lastStreet + 1).join(" "));
    city = words.slice(lastStreet + 1).join(" ");
  } else if (street.length === 0) {
    return { street: null, city, state, zip };
  }
  return { street: street.join(", ") || null, city: city || null, state, zip };
}
