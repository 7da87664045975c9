import { describe, expect, it } from "vitest";
import { segments } from "../../src/document/segments.js";
import { textToDoc } from "../../src/document/text.js";
import { LineFlag } from "../../src/document/types.js";
import { fixtureText } from "../helpers/fixtures.js";

const lines = (text: string) => {
  const doc = textToDoc(text);
  return doc.lines.toArray().map((l) => doc.text.slice(l.start, l.end));
};

describe("textToDoc", () => {
  it("drops the seed's page furniture and keeps offsets into the original text", () => {
    const text = fixtureText("text/000_20800b8e38aa6f65.txt");
    const doc = textToDoc(text);
    const all = doc.lines.toArray().map((l) => text.slice(l.start, l.end));
    expect(all).not.toContain("Page 1 of 6");
    expect(all).not.toContain("1");
    expect(all).not.toContain("2");
    expect(all[0]).toBe("UNITED STATES");
    expect(all).toContain("ITEM 5. OTHER EVENTS");
    const item7 = doc.lines.toArray().find((l) => text.slice(l.start, l.end).startsWith("ITEM 7"));
    expect(item7?.page).toBe(2);
    expect(item7?.gapBefore).toBe(true);
    expect(doc.lines.toArray().find((l) => text.slice(l.start, l.end) === "SIGNATURE")?.page).toBe(3);
  });

  it("removes <PAGE> tags, page numbers at page ends and the <TABLE>/<S>/<C> tags of the era", () => {
    const text = fixtureText("text/0000891020-98-001352.txt");
    const doc = textToDoc(text);
    const all = doc.lines.toArray().map((l) => text.slice(l.start, l.end));
    expect(all.some((t) => /<PAGE>|<S>|<C>|<\/?TABLE>/.test(t))).toBe(false);
    const row = doc.lines.toArray().find((l) => text.slice(l.start, l.end).startsWith("DELAWARE"));
    expect(row && row.flags & LineFlag.Table).toBeTruthy();
    expect(row && segments(doc, row).map((s) => text.slice(s.start, s.end))).toEqual([
      "DELAWARE",
      "000-22513",
      "91-1646860",
    ]);
  });

  it("treats form feeds, CR-only line ends and 'Page N of M' footers as page breaks", () => {
    const doc = textToDoc("First page text\rPage 1 of 2\r\fSecond page\r\n- 2 -\r\n");
    expect(doc.lines.toArray().map((l) => doc.text.slice(l.start, l.end))).toEqual([
      "First page text",
      "Second page",
    ]);
    expect(doc.lines.toArray().map((l) => l.page)).toEqual([1, 2]);
  });

  it("drops a running head repeated atop every page", () => {
    const page = (n: number) => `ACME CORP - FORM 8-K\n\nBody of page ${n} goes here.\n\n${n}\n<PAGE>\n`;
    const all = lines([1, 2, 3, 4].map(page).join(""));
    expect(all).toEqual([
      "Body of page 1 goes here.",
      "Body of page 2 goes here.",
      "Body of page 3 goes here.",
      "Body of page 4 goes here.",
    ]);
  });

  it("keeps tab-set columns apart, with columns counted at tab stops of 8", () => {
    const doc = textToDoc("\tCalifornia\t\t\t0-10030\t\t94-2404110\n");
    expect(segments(doc, doc.lines.line(0)).map((s) => [doc.text.slice(s.start, s.end), s.col])).toEqual([
      ["California", 8],
      ["0-10030", 40],
      ["94-2404110", 56],
    ]);
  });

  it("counts pages past 65,536 and indents past 1,000 columns without overflow", () => {
    const doc = textToDoc(
      `${Array.from({ length: 70_000 }, (_, i) => `page text ${i}\n\f`).join("")}${" ".repeat(1500)}last`,
    );
    expect(doc.lines.length).toBe(70_001);
    expect(doc.lines.page(69_999)).toBe(70_000);
    expect(doc.lines.line(70_000)).toMatchObject({ page: 70_001, indent: 1023, gapBefore: true, flags: 0 });
  });

  it("does not take a number inside a paragraph for a page number", () => {
    expect(lines("The price was\n42\ndollars a share.\n")).toEqual([
      "The price was",
      "42",
      "dollars a share.",
    ]);
  });
});
