/** Agreements read from sentences of our own, set in a minimal text 8-K (the facts tests' helpers). */
import { parseFiling } from "../../src/form8k/record.js";
import { registrantLines, textFiling } from "./fixtures.js";

export const ITEM_1_01 = "Item 1.01 Entry into a Material Definitive Agreement.";
export const ITEM_2 = "Item 2. Acquisition or Disposition of Assets.";

/** The agreements of an 8-K that holds `text` under `item`, filed by `registrant` on `date`. */
export const agreementsIn = (
  text: string,
  { registrant = "ACME CORP.", item = "Item 5. Other Events.", date = "May 7, 1999" } = {},
) => parseFiling(textFiling(date, `${registrantLines(registrant)}${item}\n\n${text}\n`)).agreements;
export const deal = (text: string, registrant = "ACME CORP.") => agreementsIn(text, { registrant });
export const roles = (a: { parties: { name: string; role: string }[] }) =>
  a.parties.map((p) => [p.name, p.role]);
