import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToDoc } from "../../src/document/html.js";
import { deiValue, type InlineXbrl, readInlineXbrl } from "../../src/form8k/ixbrl.js";
import { transform } from "../../src/form8k/ixbrl-transform.js";
import { parseFiling } from "../../src/form8k/record.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");

const read = (html: string): InlineXbrl => {
  const x = readInlineXbrl(html);
  if (!x) throw new Error("no inline XBRL");
  return x;
};

const COVER = [
  "EntityRegistrantName",
  "DocumentType",
  "DocumentPeriodEndDate",
  "EntityIncorporationStateCountryCode",
  "EntityFileNumber",
  "EntityTaxIdentificationNumber",
  "TradingSymbol",
  "SecurityExchangeName",
  "WrittenCommunications",
  "SolicitingMaterial",
  "PreCommencementTenderOffer",
  "PreCommencementIssuerTenderOffer",
  "EntityEmergingGrowthCompany",
] as const;

const cover = (x: InlineXbrl) => Object.fromEntries(COVER.map((n) => [n, deiValue(x, n)]));

describe("readInlineXbrl on real 8-K cover pages", () => {
  it("Apple 0000320193-24-000005 (Workiva, ixt 2020, ixt:fixed-true dashes)", () => {
    const x = read(fixture("0000320193-24-000005.htm"));
    expect(cover(x)).toEqual({
      EntityRegistrantName: "Apple Inc.",
      DocumentType: "8-K",
      DocumentPeriodEndDate: "2024-02-01",
      EntityIncorporationStateCountryCode: "CA",
      EntityFileNumber: "001-36743",
      EntityTaxIdentificationNumber: "94-2404110",
      TradingSymbol: "AAPL",
      SecurityExchangeName: "NASDAQ",
      WrittenCommunications: "false",
      SolicitingMaterial: "false",
      PreCommencementTenderOffer: "false",
      PreCommencementIssuerTenderOffer: "false",
      EntityEmergingGrowthCompany: "false",
    });
    const noSymbol = x.facts.filter((f) => f.name === "dei:NoTradingSymbolFlag");
    expect(noSymbol).toHaveLength(8);
    expect(noSymbol.every((f) => f.value === "true" && f.raw === "\u2014")).toBe(true);
    const titles = x.facts.filter((f) => f.name === "dei:Security12bTitle").map((f) => f.value);
    expect(titles[0]).toBe("Common Stock, $0.00001 par value per share");
    expect(titles).toContain("3.600% Notes due 2042");
  });

  it("records hidden facts, contexts, formats and source spans", () => {
    const html = fixture("0000320193-24-000005.htm");
    const x = read(html);
    const amendment = x.facts.find((f) => f.name === "dei:AmendmentFlag");
    expect(amendment).toMatchObject({ value: "false", hidden: true, contextRef: "c-1", format: null });
    const date = x.facts.find((f) => f.name === "dei:DocumentPeriodEndDate");
    expect(date).toMatchObject({
      raw: "February 1, 2024",
      value: "2024-02-01",
      format: "ixt:date-monthname-day-year-en",
      hidden: false,
    });
    for (const f of x.facts) {
      const src = html.slice(f.sourceStart, f.sourceEnd);
      expect(src).toMatch(/^<ix:nonNumeric [^>]*>/);
      expect(src.endsWith("</ix:nonNumeric>")).toBe(true);
      expect(src).toContain(`name="${f.name}"`);
    }
    // Facts the reader sees are exactly the ones rendered into Doc.text.
    const doc = htmlToDoc(html);
    expect(doc.text).toContain("94-2404110");
    expect(doc.text).not.toContain(x.facts.find((f) => f.name === "dei:EntityCentralIndexKey")?.raw);
  });

  it("Biogen 0001193125-23-198542 (Toppan Merrill; soliciting material box checked)", () => {
    expect(cover(read(fixture("0001193125-23-198542.htm")))).toEqual({
      EntityRegistrantName: "BIOGEN INC.",
      DocumentType: "8-K",
      DocumentPeriodEndDate: "2023-07-28",
      EntityIncorporationStateCountryCode: "DE",
      EntityFileNumber: "0-19311",
      EntityTaxIdentificationNumber: "33-0112644",
      TradingSymbol: "BIIB",
      SecurityExchangeName: "NASDAQ",
      WrittenCommunications: "false",
      SolicitingMaterial: "true",
      PreCommencementTenderOffer: "false",
      PreCommencementIssuerTenderOffer: "false",
      EntityEmergingGrowthCompany: "false",
    });
  });

  it("Premier Financial Bancorp 0000887919-21-000012 (ixt:datemonthdayyearen, hex references)", () => {
    expect(cover(read(fixture("0000887919-21-000012.htm")))).toEqual({
      EntityRegistrantName: "PREMIER FINANCIAL BANCORP, INC.",
      DocumentType: "8-K",
      DocumentPeriodEndDate: "2021-03-29",
      EntityIncorporationStateCountryCode: "KY",
      EntityFileNumber: "000-20908",
      EntityTaxIdentificationNumber: "61-1206757",
      TradingSymbol: "PFBI",
      SecurityExchangeName: "NASDAQ",
      WrittenCommunications: "true",
      SolicitingMaterial: "true",
      PreCommencementTenderOffer: "false",
      PreCommencementIssuerTenderOffer: "false",
      EntityEmergingGrowthCompany: "false",
    });
  });

  it("AFC Gamma (ixt:booleanfalse / booleantrue check boxes, emerging growth company)", () => {
    const x = read(fixture("edgartools_afcgamma.8K.html"));
    expect(cover(x)).toMatchObject({
      EntityRegistrantName: "AFC GAMMA, INC.",
      DocumentPeriodEndDate: "2023-03-17",
      EntityIncorporationStateCountryCode: "MD",
      EntityFileNumber: "001-39995",
      TradingSymbol: "AFCG",
      WrittenCommunications: "false",
      EntityEmergingGrowthCompany: "true",
    });
    const egc = x.facts.find((f) => f.name === "dei:EntityEmergingGrowthCompany");
    expect(egc).toMatchObject({ raw: "\u2612", format: "ixt:booleantrue", value: "true" });
  });

  it("Acorn Energy 0001493152-25-001317 (CR line ends, no 12(b) securities)", () => {
    const x = read(fixture("0001493152-25-001317.htm"));
    expect(cover(x)).toMatchObject({
      EntityRegistrantName: "ACORN ENERGY, INC.",
      DocumentType: "8-K",
      DocumentPeriodEndDate: "2025-01-06",
      EntityIncorporationStateCountryCode: "DE",
      EntityFileNumber: "001-33886",
      TradingSymbol: null,
      SecurityExchangeName: null,
      WrittenCommunications: "false",
      PreCommencementIssuerTenderOffer: "false",
    });
  });

  it("returns null for HTML without ix: elements", () => {
    expect(readInlineXbrl(fixture("0000084581-00-500009.htm"))).toBeNull();
    expect(readInlineXbrl("<p>Item 8.01 ix:nonNumeric in text</p>")).toBeNull();
  });
});

describe("readInlineXbrl element handling", () => {
  const wrap = (body: string) =>
    `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>${body}</body></html>`;
  const facts = (body: string) => read(wrap(body)).facts;

  it("joins continuedAt chains in order, across paragraphs", () => {
    const [f] = facts(
      `<ix:nonNumeric name="us-gaap:Policy" contextRef="c" continuedAt="k1"><p>Part one</p></ix:nonNumeric>` +
        `<p>Not part</p><ix:continuation id="k2">part three.</ix:continuation>` +
        `<ix:continuation id="k1" continuedAt="k2"><p>part two</p></ix:continuation>`,
    );
    expect(f.raw).toBe("Part one");
    expect(f.value).toBe("Part one part two part three.");
  });

  it("stops on a continuation cycle", () => {
    const [f] = facts(
      `<ix:nonNumeric name="a:B" contextRef="c" continuedAt="k1">x</ix:nonNumeric>` +
        `<ix:continuation id="k1" continuedAt="k1">y</ix:continuation>`,
    );
    expect(f.value).toBe("x y");
  });

  it("reads a fact's text up to 4,096 characters: a long chain, facts sharing it, facts never closed", () => {
    const links = 20_000;
    const chain = Array.from(
      { length: links },
      (_, i) => `<ix:continuation id="c${i}" continuedAt="c${i + 1}">word ${i}</ix:continuation>`,
    ).join("");
    const shared = facts(
      `<ix:nonNumeric name="a:A" contextRef="c" continuedAt="c0">A</ix:nonNumeric>`.repeat(3) + chain,
    );
    expect(shared).toHaveLength(3);
    for (const f of shared) {
      expect(f.value?.startsWith("A word 0 word 1 word 2 ")).toBe(true);
      expect(f.value?.length).toBeLessThanOrEqual(4096);
    }
    // Tag soup: thousands of facts opened and never closed, each running to the end.
    const open = facts(
      `<ix:nonNumeric name="a:B" contextRef="c">`.repeat(5_000) + "<b>x</b> ".repeat(20_000),
    );
    expect(open).toHaveLength(5_000);
    expect(open.every((f) => f.raw.length <= 4096 && f.raw.startsWith("x x x"))).toBe(true);
  });

  it("gives nested facts their own text and leaves out ix:exclude", () => {
    const fs = facts(
      `<ix:nonNumeric name="a:Outer" contextRef="c"><p>Intro <ix:nonNumeric name="dei:EntityRegistrantName" ` +
        `contextRef="c">ACME <b>Corp</b></ix:nonNumeric></p><p>tail<ix:exclude> page 2 </ix:exclude></p></ix:nonNumeric>`,
    );
    expect(fs.map((f) => [f.name, f.value])).toEqual([
      ["a:Outer", "Intro ACME Corp tail"],
      ["dei:EntityRegistrantName", "ACME Corp"],
    ]);
  });

  it("applies format, scale and sign to ix:nonFraction", () => {
    const fs = facts(
      `<ix:nonFraction name="us-gaap:Revenues" contextRef="c" unitRef="usd" scale="6" sign="-" ` +
        `format="ixt:num-dot-decimal">1,234.5</ix:nonFraction>` +
        `<ix:nonFraction name="a:Pct" contextRef="c" unitRef="pure" scale="-2" format="ixt:numdotdecimal">5.22</ix:nonFraction>` +
        `<ix:nonFraction name="a:Zero" contextRef="c" unitRef="usd" format="ixt:fixed-zero">\u2014</ix:nonFraction>` +
        `<ix:nonFraction name="a:Eu" contextRef="c" unitRef="usd" format="ixt:num-comma-decimal">1.234,50</ix:nonFraction>` +
        `<ix:nonFraction name="a:Words" contextRef="c" unitRef="shares" format="ixt-sec:numwordsen">twenty-one</ix:nonFraction>` +
        `<ix:nonFraction name="a:Nil" contextRef="c" unitRef="usd" xsi:nil="true"/>` +
        `<ix:nonFraction name="a:Bad" contextRef="c" unitRef="usd">n/a</ix:nonFraction>`,
    );
    expect(fs.map((f) => f.value)).toEqual(["-1234500000", "0.0522", "0", "1234.50", "21", null, null]);
    const nil = fs[5];
    expect(nil.sourceEnd).toBeGreaterThan(nil.sourceStart);
  });

  it("keeps markup for escape=true text blocks, visible text in raw", () => {
    const html = wrap(
      `<ix:nonNumeric name="us-gaap:TextBlock" contextRef="c" escape="true"><p>Hello <b>world</b></p></ix:nonNumeric>`,
    );
    const [f] = read(html).facts;
    expect(f.raw).toBe("Hello world");
    expect(f.value).toBe("<p>Hello <b>world</b></p>");
  });

  it("deiValue takes the first occurrence with a value", () => {
    const x = read(
      wrap(
        `<ix:nonNumeric name="dei:TradingSymbol" contextRef="c1">AAA</ix:nonNumeric>` +
          `<ix:nonNumeric name="dei:TradingSymbol" contextRef="c2">BBB</ix:nonNumeric>` +
          `<ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c1" format="ixt-sec:exchnameen">Moon Exchange</ix:nonNumeric>`,
      ),
    );
    expect(deiValue(x, "TradingSymbol")).toBe("AAA");
    expect(deiValue(x, "SecurityExchangeName")).toBeNull();
    expect(deiValue(x, "EntityRegistrantName")).toBeNull();
  });
});

describe("transform", () => {
  it.each([
    ["ixt:date-monthname-day-year-en", "February\u00a01, 2024", "2024-02-01"],
    ["ixt:datemonthdayyearen", "Sept. 3rd, 2019", "2019-09-03"],
    ["ixt:date-day-monthname-year-en", "3 September 2019", "2019-09-03"],
    ["ixt:datedaymonthyearen", "31 December 2023", "2023-12-31"],
    ["ixt:date-month-day-year", "02/01/2024", "2024-02-01"],
    ["ixt:dateslashus", "2/1/24", "2024-02-01"],
    ["ixt:datedoteu", "01.02.2024", "2024-02-01"],
    ["ixt:date-year-month-day", "2024-02-01", "2024-02-01"],
    ["ixt:datelongus", "February 29, 2023", null],
    ["ixt:date-monthname-year-en", "March 2024", "2024-03"],
    ["ixt:fixed-true", "\u2014", "true"],
    ["ixt:fixed-false", "o", "false"],
    ["ixt:booleanfalse", "\u2610", "false"],
    ["ixt-sec:boolballotbox", "\u2612", "true"],
    ["ixt-sec:boolballotbox", "\u2611", "true"],
    ["ixt-sec:boolballotbox", "\u2610", "false"],
    ["ixt-sec:boolballotbox", "x", null],
    ["ixt-sec:stateprovnameen", "West Virginia", "WV"],
    ["ixt-sec:stateprovnameen", "District of Columbia", "DC"],
    ["ixt-sec:stateprovnameen", "Ontario", "ON"],
    ["ixt-sec:stateprovnameen", "Atlantis", null],
    ["ixt-sec:exchnameen", "The Nasdaq Stock Market LLC", "NASDAQ"],
    ["ixt-sec:exchnameen", "NASDAQ Global Select Market", "NASDAQ"],
    ["ixt-sec:exchnameen", "The New York Stock Exchange", "NYSE"],
    ["ixt-sec:exchnameen", "NYSE Arca, Inc.", "NYSEArca"],
    ["ixt-sec:exchnameen", "NYSE American LLC", "NYSEAMER"],
    ["ixt-sec:exchnameen", "Chicago Stock Exchange, Inc.", "CHX"],
    ["ixt-sec:exchnameen", "Cboe BZX Exchange, Inc.", "CboeBZX"],
    ["ixt:num-dot-decimal", "1,234,567.89", "1234567.89"],
    ["ixt-sec:numwordsen", "one hundred twenty-three thousand", "123000"],
    ["ixt-sec:numwordsen", "None", "0"],
    ["ixt-sec:duryear", "two years", "two years"],
    ["foo:unknown", "as is", "as is"],
  ])("%s %j → %j", (format, text, expected) => {
    expect(transform(format, text.replace(/\u00a0/g, " "))).toBe(expected);
  });
});

describe("an inline XBRL cover fact too long to be one", () => {
  it("is no registrant name: the printed cover's is used", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word ${i}`).join(" ");
    const html =
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p><p>CURRENT REPORT</p>` +
      "<p>Date of Report (Date of earliest event reported): February 3, 1999</p>" +
      `<p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c">ACME ${words}</ix:nonNumeric></p>` +
      "<p>ACME WIDGETS, INC.</p><p>(Exact name of registrant as specified in its charter)</p>" +
      "<p>Item 8.01 Other Events</p><p>On February 3, 1999, the Company entered into a license agreement with Beta Corp.</p>" +
      "</body></html>";
    const r = parseFiling(Buffer.from(html));
    expect(r.cover.registrant.name.value).toBe("ACME WIDGETS, INC.");
  });
});

describe("an inline XBRL cover address in two parts", () => {
  it("reads the street after a c/o line, where the city, state and zip tagged belong", () => {
    const fact = (name: string, v: string) =>
      `<ix:nonNumeric name="dei:${name}" contextRef="c">${v}</ix:nonNumeric>`;
    const html =
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p><p>CURRENT REPORT</p>` +
      "<p>Date of Report (Date of earliest event reported): July 28, 2026</p>" +
      `<p>${fact("EntityRegistrantName", "OMEGA INTERNATIONAL S.A.")}</p>` +
      "<p>(Exact name of registrant as specified in its charter)</p>" +
      `<p>${fact("EntityAddressAddressLine1", "1015 Lausanne, Switzerland")}</p>` +
      `<p>${fact("EntityAddressAddressLine2", "c/o Omega Inc.")}</p>` +
      `<p>${fact("EntityAddressAddressLine3", "3930 North First Street")}</p>` +
      `<p>${fact("EntityAddressCityOrTown", "San Jose,")} ${fact("EntityAddressStateOrProvince", "CA")} ` +
      `${fact("EntityAddressPostalZipCode", "95134")}</p>` +
      "<p>(Address of principal executive offices)</p>" +
      "<p>Item 8.01 Other Events</p><p>The Company moved.</p></body></html>";
    const a = parseFiling(Buffer.from(html)).cover.registrant.address;
    expect(a.street.value).toBe("3930 North First Street");
    expect(a.city.value).toBe("San Jose");
    expect(a.zip.value).toBe("95134");
  });

  it("gives a US state's code for the address state, and no province's (as a printed address)", () => {
    const fact = (name: string, v: string) =>
      `<ix:nonNumeric name="dei:${name}" contextRef="c">${v}</ix:nonNumeric>`;
    const html = (province: string) =>
      `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p><p>CURRENT REPORT</p>` +
      "<p>Date of Report (Date of earliest event reported): July 27, 2026</p>" +
      `<p>${fact("EntityRegistrantName", "OMEGA INC.")}</p><p>(Exact name of registrant as specified in its charter)</p>` +
      `<p>${fact("EntityAddressAddressLine1", "5140 Yonge Street")}</p>` +
      `<p>${fact("EntityAddressCityOrTown", "Toronto")} ${fact("EntityAddressStateOrProvince", province)}</p>` +
      "<p>(Address of principal executive offices)</p><p>Item 8.01 Other Events</p><p>The Company moved.</p></body></html>";
    expect(parseFiling(Buffer.from(html("Ontario"))).cover.registrant.address.state.value).toBeNull();
    expect(parseFiling(Buffer.from(html("California"))).cover.registrant.address.state.value).toBe("CA");
  });
});
