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

export function parseAddress(printed: string): PostalAddress {
  let s = printed
    .replace(/\([^)]{0,80}\)/g, " ") // captions like "(Zip Code)"
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .trim()
    .replace(TRAILING, "");
  let zip: string | null = null;
  const z = US_ZIP.exec(s) ?? CA_POSTAL.exec(s);
  if (z) {
    zip = z[1].replace(/\s+/g, "");
    s = s.slice(0, z.index).replace(TRAILING, "");
  }
  let state: string | null = null;
  const st = trailingState(s);
  const parts = s.split(",").map((p) => p.trim()).filter(Boolean);
  if (st) {
    state = st.code;
    s = s.slice(0, st.index).replace(TRAILING, "");
  } else if (parts.length >= 3 && !/\d/.test(parts[parts.length - 1])) {
    // A province or country we do not code: drop it, keep the city before it.
    s = parts.slice(0, -1).join(", ");
  }
  const rest = s.split(",").map((p) => p.trim()).filter(Boolean);
  if (rest.length === 0) return { street: null, city: null, state, zip };
  if (rest.length === 1) {
    // No comma before the city: "1516 SECOND AVENUE SEATTLE" cannot be split safely.
    return /\d/.test(rest[0]) ? { street: rest[0], city: null, state, zip } : { street: null, city: rest[0], state, zip };
  }
  let city = rest[rest.length - 1];
  const street = rest.slice(0, -1);
  // "Suite 326 Dana Point", "RR6 Woodville": the words after the last token with a digit are the city.
  const words = city.split(" ");
  let lastDigit = -1;
  for (let k = 0; k < words.length; k++) if (/\d/.test(words[k])) lastDigit = k;
  if (lastDigit >= 0 && lastDigit < words.length - 1) {
    street.push(words.slice(0, lastDigit + 1).join(" "));
    city = words.slice(lastDigit + 1).join(" ");
  } else if (lastDigit === words.length - 1) {
    street.push(city);
    city = "";
  }
  return { street: street.join(", ") || null, city: city || null, state, zip };
}
