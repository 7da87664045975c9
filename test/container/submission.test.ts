import { describe, expect, it } from "vitest";
import { splitSubmission } from "../../src/container/submission.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture } from "../helpers/fixtures.js";

describe("header items", () => {
  it("resolves titles (text dialect) and codes (tagged dialect) to items of the filing's era", () => {
    const old = parseFiling(fixture("sgml/0000891618-95-000727.txt")).header?.items;
    expect(old?.map((i) => [i.raw, i.number, i.code])).toEqual([
      ["Acquisition or disposition of assets", "2", "2.01"],
      ["Financial statements and exhibits", "7", "9.01"],
    ]);
    const tagged = parseFiling(fixture("sgml/0001493152-25-001317.nc")).header?.items;
    expect(tagged?.map((i) => [i.raw, i.number, i.code])).toEqual([
      ["5.02", "5.02", "5.02"],
      ["9.01", "9.01", "9.01"],
    ]);
  });
});

describe("splitSubmission", () => {
  it("reads a PEM-wrapped 1996 submission: header and two documents", () => {
    const s = splitSubmission(fixture("sgml/0000320193-96-000027.txt"));
    expect(s.kind).toBe("sec-document");
    expect(s.pem).toBe(true);
    expect(s.truncated).toBe(false);
    const h = s.header;
    expect(h?.accessionNumber).toBe("0000320193-96-000027");
    expect(h?.submissionType).toBe("8-K");
    expect(h?.documentCount).toBe(2);
    expect(h?.periodOfReport).toBe("1996-12-24");
    expect(h?.filedAsOf).toBe("1996-12-24");
    expect(h?.items.map((i) => i.raw)).toEqual(["Financial statements and exhibits"]);
    const filer = h?.parties[0];
    expect(filer?.role).toBe("filer");
    expect(filer?.company).toMatchObject({
      name: "APPLE COMPUTER INC",
      cik: "0000320193",
      sicCode: "3571",
      irsNumber: "942404110",
      stateOfIncorporation: "CA",
      fiscalYearEnd: "0930",
    });
    expect(filer?.filingValues).toMatchObject({
      formType: "8-K",
      act: "1934 Act",
      fileNumber: "000-10030",
      filmNumber: "96686001",
    });
    expect(filer?.businessAddress).toMatchObject({
      street1: "1 INFINITE LOOP",
      city: "CUPERTINO",
      state: "CA",
      zip: "95014",
      phone: "4089961010",
    });
    expect(s.documents.map((d) => [d.type, d.sequence])).toEqual([
      ["8-K", 1],
      ["EX-99", 2],
    ]);
    const body = Buffer.from(s.documents[0].body).toString("latin1");
    expect(body).toMatch(/SECURITIES AND EXCHANGE COMMISSION/);
    expect(body).not.toMatch(/<TEXT>|<\/TEXT>/);
  });

  it("reads every filer of a combined filing, with mail addresses and former names", () => {
    const s = splitSubmission(fixture("sgml/0000092122-05-000042.txt"));
    expect(s.header?.parties.filter((p) => p.role === "filer")).toHaveLength(7);
    expect(s.header?.parties.map((p) => p.company.name)).toContain("SOUTHERN CO");
    expect(s.documents.map((d) => d.type)).toEqual([
      "8-K",
      "EX-99.01",
      "EX-99.02",
      "EX-99.03",
      "EX-99.04",
      "EX-99.05",
      "EX-99.06",
    ]);
    expect(s.documents[1].filename).toBe("x9901.txt");
  });

  it("reads the tagged <SUBMISSION> dialect of the .nc feed, with CR line ends", () => {
    const s = splitSubmission(fixture("sgml/0001493152-25-001317.nc"));
    expect(s.kind).toBe("submission");
    const h = s.header;
    expect(h?.dialect).toBe("tagged");
    expect(h?.accessionNumber).toBe("0001493152-25-001317");
    expect(h?.items.map((i) => i.raw)).toEqual(["5.02", "9.01"]);
    expect(h?.periodOfReport).toBe("2025-01-06");
    const filer = h?.parties[0];
    expect(filer?.company.name).toBe("ACORN ENERGY, INC.");
    expect(filer?.filingValues.fileNumber).toBe("001-33886");
    expect(filer?.formerNames.map((f) => f.name)).toEqual([
      "ACORN FACTOR, INC.",
      "DATA SYSTEMS & SOFTWARE INC",
      "DEFENSE SOFTWARE & SYSTEMS INC",
    ]);
    expect(filer?.formerNames[0].dateChanged).toBe("2006-09-20");
    expect(s.documents[0]).toMatchObject({
      type: "8-K",
      sequence: 1,
      filename: "form8-k.htm",
      wrapper: "XBRL",
    });
  });

  it("decodes uuencoded binaries (a ZIP and an XLSX, both with their PK signature)", () => {
    const s = splitSubmission(fixture("sgml/0001493152-25-001317.nc"));
    const zip = s.documents.find((d) => d.type === "ZIP");
    const xlsx = s.documents.find((d) => d.type === "EXCEL");
    for (const d of [zip, xlsx]) {
      expect(d?.uuencoded?.truncated).toBe(false);
      expect(d?.uuencoded?.bytes.length).toBeGreaterThan(1000);
      expect(Buffer.from(d?.uuencoded?.bytes.subarray(0, 2) ?? []).toString("latin1")).toBe("PK");
    }
    expect(zip?.uuencoded?.name).toBe("0001493152-25-001317-xbrl.zip");
  });

  it("reads a bare document with no container as one document", () => {
    const s = splitSubmission(fixture("text/000_20800b8e38aa6f65.txt"));
    expect(s.kind).toBe("bare");
    expect(s.header).toBeNull();
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0].body.length).toBe(fixture("text/000_20800b8e38aa6f65.txt").length);
  });

  it("reads a lone <DOCUMENT> (a document cut from a submission)", () => {
    const s = splitSubmission(fixture("text/0000891092-04-003383.txt"));
    expect(s.kind).toBe("document");
    expect(s.documents[0]).toMatchObject({ type: "8-K", sequence: 1, filename: "e18506_8k.txt" });
  });

  it("marks a submission cut off mid-document as truncated, keeping what was read", () => {
    const full = fixture("sgml/0000320193-96-000027.txt");
    const cut = full.subarray(0, full.indexOf("Developer Support"));
    const s = splitSubmission(cut);
    expect(s.truncated).toBe(true);
    expect(s.documents).toHaveLength(2);
    expect(s.documents[1].truncated).toBe(true);
    expect(s.documents[0].truncated).toBe(false);
  });

  it("says a submission is cut when its header has no document after it, or it never closes", () => {
    const full = fixture("sgml/0000320193-96-000027.txt");
    const header = full.indexOf("</SEC-HEADER>");
    expect(splitSubmission(full).cut).toBeNull();
    expect(splitSubmission(full.subarray(0, header + 14)).cut).toBe(
      "the submission has its SEC header but no document",
    );
    expect(splitSubmission(full.subarray(0, header / 2)).cut).toBe(
      "the submission has its SEC header but no document",
    );
    // Cut after the first document: the second (the press release) is lost without a trace.
    const afterFirst = full.indexOf("</DOCUMENT>") + "</DOCUMENT>".length;
    const cut = splitSubmission(full.subarray(0, afterFirst));
    expect(cut.documents).toHaveLength(1);
    expect(cut.cut).toMatch(/^the submission has no closing <\/SEC-DOCUMENT>/);
    expect(() => parseFiling(full.subarray(0, afterFirst))).toThrow(
      /^truncated: the submission has no closing/,
    );
  });

  it("says a bare HTML file is cut when it ends before its </html>", () => {
    const html = fixture("html/0000018230-22-000107.htm");
    expect(parseFiling(html).cover.form.value).toBe("8-K");
    expect(() => parseFiling(html.subarray(0, html.length - 200))).toThrow(
      /^truncated: the HTML document ends before its <\/html>/,
    );
  });

  it("is linear: a 20 MB submission of many documents splits in one pass", () => {
    const one = fixture("sgml/0000320193-96-000027.txt").toString("latin1");
    const docStart = one.indexOf("<DOCUMENT>");
    const docs = one.slice(docStart, one.lastIndexOf("</SEC-DOCUMENT>"));
    const big = Buffer.from(one.slice(0, docStart) + docs.repeat(Math.ceil(20e6 / docs.length)), "latin1");
    const s = splitSubmission(big);
    expect(s.documents.length).toBe(2 * Math.ceil(20e6 / docs.length));
    expect(s.truncated).toBe(false);
  });
});
