/**
 * People named with a role: "Brandon Hetzel, the Company's Chief Financial Officer", "appointed
 * Jane Doe as President", "Dr. Gilbert F. Amelio, Chairman and CEO", "Mr. McCann". Names are two
 * to four capitalised words (initials allowed); a title or an honorific must stand next to them,
 * so capitalised phrases that are not people ("Common Stock", "Board of Directors") stay out.
 */
import { GIVEN_NAME, HONORIFIC, NAME_WORD, NOT_NAME_WORD, SURNAME_WORD } from "./names.js";
import type { TextView } from "./text-view.js";

export interface Person {
  name: string;
  title: string | null;
  start: number;
  end: number;
}

const TITLE_WORDS =
  "(?:Chief\\s[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}\\sOfficer|President|Vice\\sPresident|Executive\\sVice\\sPresident|Senior\\sVice\\sPresident|Chairman|Chairwoman|Chair|Director|Treasurer|Secretary|Controller|Comptroller|General\\sCounsel|CEO|CFO|COO|CTO|Founder|Partner|Managing\\sDirector|Principal\\s(?:Executive|Financial|Accounting)\\sOfficer)";
const NAME = String.raw`(${HONORIFIC}\s)?(${GIVEN_NAME}(?:\s(?!${NOT_NAME_WORD})(?:${SURNAME_WORD}|[A-Z]\.)){1,2}(?:,?\s(?:Jr\.|Sr\.|II|III|IV))?)`;
// "Name, (the Company's|its|our) Title" and "Title Name" and "Name as (its|the Company's) Title".
const NAME_TITLE = new RegExp(
  `${NAME},?\\s(?:the\\s(?:Company|Registrant|Bank)['’]s\\s|its\\s|our\\s|as\\s(?:its\\s|the\\s(?:Company|Registrant)['’]s\\s)?)?(${TITLE_WORDS}(?:(?:,\\s|\\sand\\s)${TITLE_WORDS}){0,3})`,
  "g",
);
// "Mr. Gilbert F. Amelio", "Mr. McCann": one initial at most here (GIVEN_NAME takes two).
const WITH_HONORIFIC = new RegExp(
  String.raw`\b(${HONORIFIC})\s(${NAME_WORD}(?:\s[A-Z]\.)?(?:\s(?!${NOT_NAME_WORD})${SURNAME_WORD}){0,2})`,
  "g",
);

const NOT_NAMES =
  /^(?:The|Board|Directors|Common|Chief|Vice|Senior|Executive|Company|Registrant|Securities|Exchange|Act|Item|Form|Section|Annual|Current|Report|United|States|New|York|Federal|Reserve|Agreement|Plan)\b/;

/** A name found before, or a fuller one that ends with it. */
function sameAsSeen(seen: ReadonlySet<string>, name: string): boolean {
  if (seen.has(name)) return true;
  for (const s of seen) if (s.endsWith(` ${name}`)) return true;
  return false;
}

export function findPeople(v: TextView): Person[] {
  const region = v.flat.slice(v.start, v.end);
  const out: Person[] = [];
  const seen = new Set<string>();
  for (const m of region.matchAll(NAME_TITLE)) {
    const name = m[2].trim();
    if (NOT_NAMES.test(name) || seen.has(name)) continue;
    seen.add(name);
    const start = v.start + m.index + (m[1]?.length ?? 0);
    out.push({ name, title: m[3].replace(/\s+/g, " "), start, end: start + name.length });
  }
  for (const m of region.matchAll(WITH_HONORIFIC)) {
    const name = m[2].trim();
    // "Mr. McCann" after "Christopher McCann": the same person.
    if (NOT_NAMES.test(name) || sameAsSeen(seen, name)) continue;
    seen.add(name);
    const start = v.start + m.index + m[1].length + 1;
    out.push({ name, title: null, start, end: start + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
