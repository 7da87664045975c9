import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

/** A minimal plain-text 8-K: the form, its date of report and `body` (items, signatures...). */
export function textFiling(dateOfReport: string, body: string): Buffer {
  return Buffer.from(
    `FORM 8-K\n\nDate of Report (Date of earliest event reported): ${dateOfReport}\n\n${body}`,
  );
}

/** The registrant's name over its caption, as a text cover prints it: `textFiling`'s body starts so. */
export function registrantLines(name: string): string {
  return `${name}\n(Exact name of registrant as specified in its charter)\n\n`;
}

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), "latin1");
}

export interface Gold {
  id: string;
  file: string;
  [k: string]: unknown;
}

/** Gold labels copied from ../shared/eval/gold-dev, with their filing's path under fixtures/. */
export function goldLabels(): (Gold & { fixture: string })[] {
  const dir = join(FIXTURES, "gold");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
      const name = g.file.split("/").pop() as string;
      const folder = g.file.includes("sgml-txt/")
        ? "sgml"
        : /\/(?:html|ixbrl)\//.test(g.file)
          ? "html"
          : "text";
      return { ...g, id: f, fixture: join(folder, name) };
    });
}
