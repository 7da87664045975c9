/** US states, DC and territories: names (and common abbreviations) → USPS codes. */
const STATES: Record<string, string> = {
  alabama: "AL",
  alaska: "AK",
  arizona: "AZ",
  arkansas: "AR",
  california: "CA",
  colorado: "CO",
  connecticut: "CT",
  delaware: "DE",
  "district of columbia": "DC",
  florida: "FL",
  georgia: "GA",
  hawaii: "HI",
  idaho: "ID",
  illinois: "IL",
  indiana: "IN",
  iowa: "IA",
  kansas: "KS",
  kentucky: "KY",
  louisiana: "LA",
  maine: "ME",
  maryland: "MD",
  massachusetts: "MA",
  michigan: "MI",
  minnesota: "MN",
  mississippi: "MS",
  missouri: "MO",
  montana: "MT",
  nebraska: "NE",
  nevada: "NV",
  "new hampshire": "NH",
  "new jersey": "NJ",
  "new mexico": "NM",
  "new york": "NY",
  "north carolina": "NC",
  "north dakota": "ND",
  ohio: "OH",
  oklahoma: "OK",
  oregon: "OR",
  pennsylvania: "PA",
  "rhode island": "RI",
  "south carolina": "SC",
  "south dakota": "SD",
  tennessee: "TN",
  texas: "TX",
  utah: "UT",
  vermont: "VT",
  virginia: "VA",
  washington: "WA",
  "west virginia": "WV",
  wisconsin: "WI",
  wyoming: "WY",
  "puerto rico": "PR",
  guam: "GU",
  "virgin islands": "VI",
  "u.s. virgin islands": "VI",
};

const ABBREVIATIONS: Record<string, string> = {
  "ala.": "AL",
  "ariz.": "AZ",
  "ark.": "AR",
  "calif.": "CA",
  "cal.": "CA",
  "colo.": "CO",
  "conn.": "CT",
  "del.": "DE",
  "d.c.": "DC",
  "fla.": "FL",
  "ga.": "GA",
  "ill.": "IL",
  "ind.": "IN",
  "kan.": "KS",
  "kans.": "KS",
  "ky.": "KY",
  "la.": "LA",
  "md.": "MD",
  "mass.": "MA",
  "mich.": "MI",
  "minn.": "MN",
  "miss.": "MS",
  "mo.": "MO",
  "mont.": "MT",
  "neb.": "NE",
  "nebr.": "NE",
  "nev.": "NV",
  "n.h.": "NH",
  "n.j.": "NJ",
  "n.m.": "NM",
  "n.y.": "NY",
  "n.c.": "NC",
  "n.d.": "ND",
  "okla.": "OK",
  "ore.": "OR",
  "oreg.": "OR",
  "pa.": "PA",
  "penn.": "PA",
  "r.i.": "RI",
  "s.c.": "SC",
  "s.d.": "SD",
  "tenn.": "TN",
  "tex.": "TX",
  "vt.": "VT",
  "va.": "VA",
  "wash.": "WA",
  "w.va.": "WV",
  "wis.": "WI",
  "wyo.": "WY",
};

const CODES = new Set(Object.values(STATES));
const ALL_NAMES = [...Object.entries(STATES), ...Object.entries(ABBREVIATIONS)];

/** The USPS code of a US state name, abbreviation or code; null if `s` names none. */
export function stateCode(s: string): string | null {
  const k = s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^the /, "")
    .replace(/^state of /, "");
  if (STATES[k]) return STATES[k];
  if (ABBREVIATIONS[k]) return ABBREVIATIONS[k];
  const up = k.toUpperCase().replace(/\./g, "");
  if (up.length === 2 && CODES.has(up)) return up;
  return null;
}

/** A state name (longest first) at the end of `s`: the code and where the name starts. */
export function trailingState(s: string): { code: string; index: number } | null {
  const lower = s.toLowerCase().trimEnd();
  let best: { code: string; index: number } | null = null;
  for (const [name, code] of ALL_NAMES) {
    // "Louisville, Ky" once the address's final period is trimmed.
    const bare = name.endsWith(".") && !lower.endsWith(name) ? name.slice(0, -1) : name;
    if (lower.endsWith(bare)) {
      const index = lower.length - bare.length;
      const before = index > 0 ? lower[index - 1] : " ";
      if (/[\s,]/.test(before) && (!best || index < best.index)) best = { code, index };
    }
  }
  if (best) return best;
  const m = /(?:^|[\s,])([A-Z]{2})$/.exec(s.trimEnd());
  if (m && CODES.has(m[1])) return { code: m[1], index: s.trimEnd().length - 2 };
  return null;
}
