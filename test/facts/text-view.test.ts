import { describe, expect, it } from "vitest";
import { htmlToDoc } from "../../src/document/html.js";
import { textToDoc } from "../../src/document/text.js";
import { sentences, viewOf } from "../../src/facts/text-view.js";

describe("the text facts read", () => {
  it("leaves out a page number that falls inside a sentence (HTML), offsets unchanged", () => {
    const doc = htmlToDoc(
      "<p>The Company signed a settlement with the Georgia Solar</p><p>12</p>" +
        '<div style="page-break-before:always"></div><p>Energy Industries Association, Inc. on May 1.</p>',
    );
    expect(doc.text).toContain("12");
    const v = viewOf(doc, 0);
    expect(v.flat.length).toBe(doc.text.length);
    expect(v.flat).not.toContain("12");
    expect(v.flat.replace(/\s+/g, " ")).toBe(
      "The Company signed a settlement with the Georgia Solar Energy Industries Association, Inc. on May 1.",
    );
  });

  it("leaves out <PAGE> and a page number between two lines of a sentence (plain text)", () => {
    const text =
      "The Company entered into a license agreement with Acme\n\n                    2\n<PAGE>\nWidget Corporation on May 1, 1999.\n";
    const doc = textToDoc(text);
    const v = viewOf(doc, 0);
    expect(v.flat.length).toBe(text.length);
    expect(v.flat).not.toMatch(/<PAGE>|\b2\b/);
    expect(v.flat.replace(/\s+/g, " ").trim()).toBe(
      "The Company entered into a license agreement with Acme Widget Corporation on May 1, 1999.",
    );
  });

  // Past a megabyte the controls are rewritten character by character, not by one replace.
  it.each([
    ["one-byte", "Acme\tpaid $1.5 million\r\nto Beta, and "],
    ["two-byte", "Acme\t“paid” €1.5 million\r\nto Beta, and "],
  ])("turns line breaks and tabs into spaces in a text over a megabyte (%s)", (_, unit) => {
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length) + 1);
    const v = viewOf(textToDoc(text), 0);
    expect(v.flat.length).toBe(text.length);
    // Compared without a diff: a failure would print megabytes.
    expect(v.flat === text.replace(/[\r\n\t]/g, " ")).toBe(true);
  });
});

describe("sentences", () => {
  const texts = (t: string) => [...sentences(viewOf(textToDoc(t), 0))].map((s) => s.text);

  it("go on past a middle initial at a line's end or before two spaces, and end after a label's letter", () => {
    expect(
      texts(
        "The sellers were Charles J.  Mund and Eric W.\nMund of Dallas. The terms are in Exhibit A.  The Company agreed.",
      ).map((t) => t.replace(/\s+/g, " ")),
    ).toEqual([
      "The sellers were Charles J. Mund and Eric W. Mund of Dallas.",
      "The terms are in Exhibit A.",
      "The Company agreed.",
    ]);
  });

  it("end after a year, not after an abbreviation or a numbered reference", () => {
    expect(
      texts(
        "He was elected effective May 2, 2005. The Committee met. See Item No. 5. It said so. Apple Inc. agreed.",
      ),
    ).toEqual([
      "He was elected effective May 2, 2005.",
      "The Committee met.",
      "See Item No. 5. It said so.",
      "Apple Inc. agreed.",
    ]);
  });

  it("do not end inside a company's name before its form", () => {
    expect(texts("It sold to Beijing JWGB Sci. & Tech. Co., Ltd, a Chinese company. It closed.")).toEqual([
      "It sold to Beijing JWGB Sci. & Tech. Co., Ltd, a Chinese company.",
      "It closed.",
    ]);
  });

  it("do not end before a short name defined for a company, whatever the spaces", () => {
    expect(
      texts('It signed with Beta Exploration Company, a subsidiary of Beta Inc.  ("Beta"),  to buy.'),
    ).toEqual(['It signed with Beta Exploration Company, a subsidiary of Beta Inc.  ("Beta"),  to buy.']);
    // Two spaces after "Inc." before a new sentence still end it.
    expect(texts("It bought Beta Inc.  (The price was fair.)")).toEqual([
      "It bought Beta Inc.",
      "(The price was fair.)",
    ]);
  });
});
