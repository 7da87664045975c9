/**
 * The ixt / ixt-sec format transformations of Inline XBRL: a fact's printed text ("February 1,
 * 2024", "twenty-one", "Delaware", "☒") → the value it stands for.
 */

/** Apply an ixt / ixt-sec transformation; unknown formats give the text, rejected text gives null. */
export function transform(format: string, text: string): string | null {
  const local = format
    .slice(format.indexOf(":") + 1)
    .toLowerCase()
    .replace(/-/g, "");
  switch (local) {
    case "fixedtrue":
    case "booleantrue":
      return "true";
    case "fixedfalse":
    case "booleanfalse":
      return "false";
    case "fixedzero":
    case "zerodash":
      return "0";
    case "fixedempty":
    case "nocontent":
      return "";
    case "boolballotbox":
      return /^[\u2611\u2612]$/.test(text) ? "true" : text === "\u2610" ? "false" : null;
    case "numdotdecimal":
    case "numcommadot":
    case "numspacedot":
    case "numdotdecimalin":
      return decimal(text.replace(/[,\s\u00a0']/g, ""));
    case "numcommadecimal":
    case "numdotcomma":
    case "numspacecomma":
      return decimal(text.replace(/[.\s\u00a0']/g, "").replace(",", "."));
    case "numwordsen":
      return numberWords(text);
    case "stateprovnameen":
      return STATES.get(key(text)) ?? (/^[A-Z]{2}$/.test(text) ? text : null);
    case "exchnameen":
      return exchangeCode(text);
  }
  if (local.startsWith("date")) {
    const order = DATE_ORDERS[local] ?? local.replace(/^date|en$|name/g, "");
    if (/^(monthdayyear|daymonthyear|yearmonthday|monthyear|yearmonth|daymonth|monthday)$/.test(order)) {
      return parseDate(text, order);
    }
  }
  return text;
}

function decimal(s: string): string | null {
  return /^\d+(\.\d*)?$|^\.\d+$/.test(s) ? s : null;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const DATE_ORDERS: Record<string, string> = {
  datelongus: "monthdayyear",
  dateshortus: "monthdayyear",
  dateslashus: "monthdayyear",
  datedotus: "monthdayyear",
  datelonguk: "daymonthyear",
  dateshortuk: "daymonthyear",
  dateslasheu: "daymonthyear",
  datedoteu: "daymonthyear",
  datelongusmonthyear: "monthyear",
  datelongukmonthyear: "monthyear",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "February 1, 2024", "1st Feb. 2024", "02/01/24", "2024-02-01" → ISO, by field order. */
function parseDate(text: string, order: string): string | null {
  const tokens = text.match(/[A-Za-z]+|\d+/g) ?? [];
  let month = 0;
  const nums: number[] = [];
  const widths: number[] = [];
  for (const t of tokens) {
    if (/^\d/.test(t)) {
      nums.push(Number.parseInt(t, 10));
      widths.push(t.length);
    } else if (!month && t.length >= 3) {
      const m = MONTHS.indexOf(t.slice(0, 3).toLowerCase()) + 1;
      if (m > 0) month = m;
    }
  }
  const fields: string[] = order.match(/day|month|year/g) ?? [];
  let day = 1;
  let year = 0;
  let k = 0;
  for (const f of fields) {
    if (f === "month" && month) continue;
    if (k >= nums.length) return null;
    const n = nums[k];
    const w = widths[k++];
    if (f === "day") day = n;
    else if (f === "month") month = n;
    else year = w <= 2 ? 2000 + n : n;
  }
  if (k !== nums.length || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year || 2000, month, 0)).getUTCDate()) return null;
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  if (!fields.includes("year")) return `--${mm}-${dd}`;
  const yyyy = String(year).padStart(4, "0");
  return fields.includes("day") ? `${yyyy}-${mm}-${dd}` : `${yyyy}-${mm}`;
}

const SMALL = (
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
  "fifteen sixteen seventeen eighteen nineteen"
).split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** English number words ("twenty-one", "one hundred thousand", "no", "none") → digits. */
function numberWords(text: string): string | null {
  const words = key(text.replace(/-/g, " "))
    .split(" ")
    .filter((w) => w !== "and");
  if (words.length === 1 && (words[0] === "no" || words[0] === "none")) return "0";
  let total = 0;
  let group = 0;
  for (const w of words) {
    const small = SMALL.indexOf(w);
    const tens = TENS.indexOf(w);
    if (small >= 0) group += small;
    else if (tens >= 0) group += (tens + 2) * 10;
    else if (w === "hundred") group = (group || 1) * 100;
    else if (SCALES[w]) {
      total += (group || 1) * SCALES[w];
      group = 0;
    } else return null;
  }
  return words.length ? String(total + group) : null;
}

/** US states, DC, territories and Canadian provinces → postal code. */
const STATES = new Map(
  (
    "alabama:AL,alaska:AK,arizona:AZ,arkansas:AR,california:CA,colorado:CO,connecticut:CT,delaware:DE," +
    "district of columbia:DC,florida:FL,georgia:GA,hawaii:HI,idaho:ID,illinois:IL,indiana:IN,iowa:IA," +
    "kansas:KS,kentucky:KY,louisiana:LA,maine:ME,maryland:MD,massachusetts:MA,michigan:MI,minnesota:MN," +
    "mississippi:MS,missouri:MO,montana:MT,nebraska:NE,nevada:NV,new hampshire:NH,new jersey:NJ," +
    "new mexico:NM,new york:NY,north carolina:NC,north dakota:ND,ohio:OH,oklahoma:OK,oregon:OR," +
    "pennsylvania:PA,rhode island:RI,south carolina:SC,south dakota:SD,tennessee:TN,texas:TX,utah:UT," +
    "vermont:VT,virginia:VA,washington:WA,west virginia:WV,wisconsin:WI,wyoming:WY,puerto rico:PR," +
    "guam:GU,american samoa:AS,northern mariana islands:MP,virgin islands:VI,us virgin islands:VI," +
    "united states virgin islands:VI,alberta:AB,british columbia:BC,manitoba:MB,new brunswick:NB," +
    "newfoundland and labrador:NL,newfoundland:NL,nova scotia:NS,northwest territories:NT,nunavut:NU," +
    "ontario:ON,prince edward island:PE,quebec:QC,saskatchewan:SK,yukon:YT"
  )
    .split(",")
    .map((p) => p.split(":") as [string, string]),
);

/** Exchange names as printed on cover pages → dei exchange codes; most specific first. */
const EXCHANGES: [RegExp, string][] = [
  [/nasdaq/, "NASDAQ"],
  [/nyse american|nyse mkt|american stock exchange|nyse amex/, "NYSEAMER"],
  [/arca/, "NYSEArca"],
  [/nyse national/, "NYSENAT"],
  [/nyse chicago|chicago stock exchange/, "CHX"],
  [/bzx/, "CboeBZX"],
  [/byx/, "CboeBYX"],
  [/edga/, "CboeEDGA"],
  [/edgx/, "CboeEDGX"],
  [/cboe|chicago board options/, "CBOE"],
  [/new york stock exchange|\bnyse\b/, "NYSE"],
  [/investors exchange|\biex\b/, "IEX"],
  [/long term stock exchange|\bltse\b/, "LTSE"],
  [/phlx|philadelphia/, "Phlx"],
  [/miami international|\bmiax\b/, "MIAX"],
  [/\bbox\b/, "BOX"],
];

function exchangeCode(text: string): string | null {
  const k = key(text.replace(/-/g, " "));
  for (const [re, code] of EXCHANGES) if (re.test(k)) return code;
  return null;
}
