import { describe, expect, it } from "vitest";
import { textToDoc } from "../../src/document/text.js";
import { justifiedView } from "../../src/facts/justified-view.js";
import { docOffset, viewOf } from "../../src/facts/text-view.js";
import { parseFilingWithDocuments } from "../../src/form8k/record.js";
import { registrantLines, textFiling } from "../helpers/fixtures.js";

const JUSTIFIED =
  'On April 4, 1997,  Acme Radio Systems  Corporation  (the "Company") consummated the  transactions\n' +
  "contemplated by the Agreement and Plan of Merger,  dated as of August 5, 1996,  by  and  among  the\n" +
  'Company,   Acme  Merger  Corporation  and  EZ Communications,  Inc.  ("EZ").  Pursuant  to the\n' +
  "Merger  Agreement,  the Company  paid  approximately $108.9  million in cash.\n";

describe("a view of justified text", () => {
  it("has one space between words, and every offset keeps its place in the document", () => {
    const doc = textToDoc(JUSTIFIED);
    const v = justifiedView(viewOf(doc, 0));
    const words = v.flat.slice(v.start, v.end);
    expect(words).toContain("Acme Merger Corporation and EZ Communications, Inc.");
    // After a period two spaces may end a sentence: they stay.
    expect(words).toContain('Inc.  ("EZ").  Pursuant to the');
    for (const word of ["Acme Merger Corporation", "EZ Communications, Inc.", "$108.9 million"]) {
      const at = v.flat.indexOf(word);
      const start = docOffset(v, at);
      const end = docOffset(v, at + word.length - 1) + 1;
      expect(doc.text.slice(start, end).replace(/ +/g, " ")).toBe(word);
    }
  });

  it("keeps line breaks and wider runs (columns) as they are", () => {
    const doc = textToDoc(JUSTIFIED);
    const v = justifiedView(viewOf(doc, 0));
    // Four spaces and more are a column's gap; "Company,   Acme" (three) is padding.
    expect(v.flat).toContain("Company, Acme");
    const cover = textToDoc(`${JUSTIFIED}\nDelaware        0-12345        13-1234567\n`);
    expect(justifiedView(viewOf(cover, 0)).flat).toContain("Delaware        0-12345");
  });

  it("is the view itself for text typed with single spaces", () => {
    const doc = textToDoc("The Company entered into a merger agreement with Beta Corp. on May 1, 1999.\n");
    const v = viewOf(doc, 0);
    expect(justifiedView(v)).toBe(v);
  });

  it("lets the agreement read its parties, each span on the filing's own words", () => {
    const { record, docs } = parseFilingWithDocuments(
      textFiling(
        "April 10, 1997",
        `${registrantLines("ACME RADIO SYSTEMS CORPORATION")}Item 2. Acquisition or Disposition of Assets\n\n${JUSTIFIED}`,
      ),
    );
    const [a] = record.agreements;
    expect(a.parties.map((p) => [p.name, p.role])).toEqual([
      ["ACME RADIO SYSTEMS CORPORATION", "acquirer"],
      ["Acme Merger Corporation", "party"],
      ["EZ Communications, Inc.", "target"],
    ]);
    const words = (s: { doc: number; start: number; end: number } | null) =>
      s ? docs[s.doc]?.text.slice(s.start, s.end) : null;
    expect(words(a.parties[1].span)).toBe("Acme  Merger  Corporation");
    expect(words(a.terms[0].span)).toBe("$108.9  million");
  });
});
