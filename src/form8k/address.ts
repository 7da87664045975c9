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
/** A UK postcode, as Royal Mail writes it: "SW1A 2AA", "EC2V 7HN", "M1 1AE". */
const UK_POSTCODE = /(?:^|[\s,])([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$/;
/** A Cayman Islands postcode ("KY1-9008"): the domicile of many registrants. */
const KY_POSTCODE = /(?:^|[\s,])(KY\d-\d{4})$/;
/**
 * What a foreign address prints after its city: a province, a country ("Montreal, Quebec, Canada").
 * Neither is a US state, and the city is what comes before them.
 */
const BEYOND_CITY =
  /^(?:canada|united\s+states(?:\s+of\s+america)?|u\.?s\.?a\.?|united\s+kingdom|u\.?k\.?|england|scotland|wales|ireland|israel|(?:the\s+)?people['’]s\s+republic\s+of\s+china|p\.?r\.?c\.?|china|japan|germany|france|switzerland|(?:the\s+)?netherlands|bermuda|cayman\s+islands|british\s+virgin\s+islands|singapore|hong\s+kong|australia|india|sweden|denmark|norway|finland|belgium|luxembourg|italy|spain|mexico|brazil|(?:republic\s+of\s+)?korea|taiwan|hungary|austria|poland|czech\s+republic|greece|portugal|russia|south\s+africa|argentina|chile|new\s+zealand|philippines|thailand|malaysia|indonesia|turkey|united\s+arab\s+emirates|egypt|colombia|peru|ontario|qu[eé]bec|british\s+columbia|alberta|manitoba|saskatchewan|nova\s+scotia|new\s+brunswick|newfoundland(?:\s+and\s+labrador)?|prince\s+edward\s+island)$/i;
const TRAILING = /[\s,.;:]+$/;
const STREET_THEN_PERIOD =
  /\b(street|avenue|parkway|road|drive|boulevard|lane|place|court|plaza|highway|center|centre)\.\s(?=[A-Z])/gi;
const TRAILING_PHONE = /[\s,]+(?:\(\d{3}\)\s?|\d{3}[-./])\d{3}[-.]\d{4}$/;
/** Words that end or belong to a street line, never a city's first word. */
const STREET_WORD =
  /^(?:street|st\.?|avenue|ave\.?|boulevard|blvd\.?|road|rd\.?|drive|dr\.?|lane|ln\.?|way|place|pl\.?|plaza|parkway|pkwy\.?|court|ct\.?|circle|highway|hwy\.?|square|terrace|trail|floor|fl\.?|suite|ste\.?|box|building|bldg\.?|tower|loop|pike|turnpike|route|n\.?w\.?|n\.?e\.?|s\.?w\.?|s\.?e\.?|—|-)$/i;

/** "c/o Logitech Inc.", "Care of ...": an addressee line; "Attention: Daniel E. Berce", a person's. */
const CARE_OF = /^(?:c\/o|care\s+of)\b/i;
const ATTENTION = /^(?:attention|attn)\b/i;
/** "St. Louis", "Ste. Genevieve", "Ft. Worth", "Mt. Laurel": a city's first word, not a street's last. */
const SAINT = /^(?:st|ste|ft|mt|pt)\.?\s[A-Z]/i;
const ADDRESSEE =
  /\b(?:inc|incorporated|corp|corporation|company|co|n\.?\s?a|bank|trust|department|llc|l\.?p|ltd|bancorp|bankshares)\b\.?/i;
/** Where a street line starts: its number, a post office box, a spelled-out number. */
const STREET_START =
  /^(?:\d|p\.?\s?o\.?\s+box|post\s+office|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s)/i;

/**
 * The street, without the addressee lines before it. A cover may print "c/o" an office ("c/o
 * AmeriCredit Financial" / "Services, Inc." / "Attention: Daniel E. Berce" / "200 Bailey Avenue"),
 * or two addresses, the registrant's own abroad and then one "c/o" its US office ("1015 Lausanne,
 * Switzerland", "c/o Logitech Inc.", "3930 North First Street", San Jose): the city, state and zip
 * read belong to the last, and the street is the lines from its number on.
 */
export function withoutAddressees(lines: readonly string[]): string[] {
  const kept = lines.filter((l) => !ATTENTION.test(l.trim()));
  let at = -1;
  for (let i = 0; i < kept.length; i++) if (CARE_OF.test(kept[i].trim())) at = i;
  if (at < 0) {
    // Addressee lines before the street: "COMMUNITY BANKSHARES INCORPORATED", "Bank One, Texas, NA,
    // Trust Department" over "P. O. Box 2604".
    const street = kept.findIndex((l) => STREET_START.test(l.trim()));
    return street > 0 && kept.slice(0, street).some((l) => ADDRESSEE.test(l)) ? kept.slice(street) : kept;
  }
  const rest = kept.slice(at + 1);
  const street = rest.findIndex((l) => STREET_START.test(l.trim()));
  return street < 0 ? rest : rest.slice(street);
}

/** A postcode before the city, ending the address: ", 1027 BUDAPEST", ", L-2120 Luxembourg". */
const POSTCODE_FIRST = /(^|,\s?)((?:[A-Z]{1,2}-)?\d{4,5})\s([A-Za-z][A-Za-z .'’-]{1,30})$/;

/**
 * Two whole addresses printed one under the other (an office and a service center, each with its
 * city, state and zip): the first is the registrant's.
 */
function firstOfTwo(s: string): string {
  const m = /^(.{5,120}?\s\d{5}(?:-\d{4})?),\s(?=\d)/.exec(s);
  if (!m) return s;
  const zip = US_ZIP.exec(m[1]);
  return zip && m[1].includes(",") && trailingState(m[1].slice(0, zip.index)) ? m[1] : s;
}

/** `s` without the countries and provinces at its end ("..., Montreal, Quebec, Canada"). */
function withoutBeyondCity(s: string): string {
  const parts = s.split(",");
  while (parts.length >= 3 && BEYOND_CITY.test(parts[parts.length - 1].trim())) parts.pop();
  return parts.join(",").replace(TRAILING, "");
}

export function parseAddress(printed: string): PostalAddress {
  let s = printed
    // "7155 East Kemper Road, Cincinnati, Ohio 45249 (513) 731-9900": a phone printed after it.
    .replace(TRAILING_PHONE, "")
    .replace(/\([^)]{0,80}\)/g, " ") // captions like "(Zip Code)"
    // "Raleigh, N. C. 27612": a state's initials spaced.
    .replace(/\b([A-Z])\.\s([A-Z])\.(?=\s{1,3}\d{5}|\s*$)/, "$1.$2.")
    // "5790 Widewaters Parkway. DeWitt, New York": a period where a comma goes.
    .replace(STREET_THEN_PERIOD, "$1, ")
    .replace(/\s+/g, " ")
    .replace(/\s+,/g, ",")
    .trim()
    .replace(TRAILING, "");
  s = firstOfTwo(s);
  let zip: string | null = null;
  let cityAfterPostcode = false;
  let plain = withoutBeyondCity(s);
  // Some country or province after the city went: no other last part is to be dropped below.
  let dropped = plain !== s;
  s = plain;
  const us = US_ZIP.exec(s);
  const ca = us ? null : CA_POSTAL.exec(s);
  const uk = us || ca ? null : (UK_POSTCODE.exec(s) ?? KY_POSTCODE.exec(s));
  const z = us ?? ca ?? uk;
  if (z) {
    const compact = z[1].replace(/\s+/g, "").toUpperCase();
    // "02062-1234"; a Canadian code as Canada Post writes it: "K0M 2T0"; a UK one as printed.
    zip = us ? compact : ca ? `${compact.slice(0, 3)} ${compact.slice(3)}` : z[1];
    s = s.slice(0, z.index).replace(TRAILING, "");
    // The zip printed twice, in the line and again in a zip column ("Maryland 20815   20815").
    if (s.endsWith(` ${z[1]}`)) s = s.slice(0, -z[1].length).replace(TRAILING, "");
  } else {
    // Europe prints the postcode before the city: "1027 BUDAPEST", "L-2120 Luxembourg".
    const eu = POSTCODE_FIRST.exec(s);
    if (eu) {
      zip = eu[2];
      s = `${s.slice(0, eu.index)}${eu[1]}${eu[3]}`;
      // The word after the postcode is the city, even one that is a country too ("Luxembourg").
      cityAfterPostcode = true;
    }
  }
  if (!cityAfterPostcode) {
    plain = withoutBeyondCity(s);
    dropped ||= plain !== s;
    s = plain;
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
  } else if (!dropped && !cityAfterPostcode && parts.length >= 3 && !/\d/.test(parts[parts.length - 1])) {
    // A province or country we do not code: drop it, keep the city before it.
    s = parts.slice(0, -1).join(", ");
  }
  const rest = s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (rest.length === 0) return { street: null, city: null, state, zip };
  let city = rest[rest.length - 1];
  const street = withoutAddressees(rest.slice(0, -1));
  // No comma before the city ("1258 Prospect Street La Jolla", "Suite 326 Dana Point", "RR6
  // Woodville", "N.W. Atlanta"): the city is the words after the last one that belongs to a
  // street line (a number, a street word, a directional).
  const words = city.split(" ");
  let lastStreet = -1;
  for (let k = 0; k < words.length; k++)
    if (/\d/.test(words[k]) || (STREET_WORD.test(words[k]) && !SAINT.test(words.slice(k, k + 2).join(" "))))
      lastStreet = k;
  if (lastStreet >= 0) {
    street.push(words.slice(0, lastStreet + 1).join(" "));
    city = words.slice(lastStreet + 1).join(" ");
  } else if (street.length === 0) {
    return { street: null, city, state, zip };
  }
  return { street: street.join(", ") || null, city: city || null, state, zip };
}
