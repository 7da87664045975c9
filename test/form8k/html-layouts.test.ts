import { describe, expect, it } from "vitest";
import { toDoc } from "../../src/document/index.js";
import { toContractLine } from "../../src/form8k/contract.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture, fixtureText } from "../helpers/fixtures.js";

const parse = (name: string) => parseFiling(fixture(`html/${name}`));

describe("HTML and inline XBRL cover pages", () => {
  it("keeps every dei: cover fact, with check boxes, 12(b) securities and the EGC box (Apple 2024)", () => {
    const c = parse("0000320193-24-000005.htm").cover;
    const names = new Set(c.ixbrlFacts.map((f) => f.name));
    for (const n of [
      "DocumentType",
      "DocumentPeriodEndDate",
      "EntityRegistrantName",
      "EntityIncorporationStateCountryCode",
      "EntityFileNumber",
      "EntityTaxIdentificationNumber",
      "EntityAddressAddressLine1",
      "EntityAddressCityOrTown",
      "EntityAddressStateOrProvince",
      "EntityAddressPostalZipCode",
      "CityAreaCode",
      "LocalPhoneNumber",
      "WrittenCommunications",
      "SolicitingMaterial",
      "PreCommencementTenderOffer",
      "PreCommencementIssuerTenderOffer",
      "Security12bTitle",
      "TradingSymbol",
      "SecurityExchangeName",
      "EntityEmergingGrowthCompany",
      "EntityCentralIndexKey",
      "AmendmentFlag",
    ]) {
      expect(names, n).toContain(`dei:${n}`);
    }
    expect(c.registrant.name).toMatchObject({ value: "Apple Inc.", source: "ixbrl" });
    expect(c.registrant.stateOfIncorporation.value).toBe("CA");
    expect(c.registrant.commissionFileNumber.value).toBe("001-36743");
    expect(c.registrant.phone.value).toBe("(408) 996-1010");
    expect(c.dateOfReport.value).toBe("2024-02-01");
    expect(
      [
        c.writtenCommunications,
        c.solicitingMaterial,
        c.preCommencementTenderOffer,
        c.preCommencementIssuerTenderOffer,
      ].map((b) => b.value),
    ).toEqual([false, false, false, false]);
    expect(c.emergingGrowthCompany.value).toBe(false);
    expect(c.securities.map((s) => s.tradingSymbol)).toContain("AAPL");
    expect(c.cik).toBe("0000320193");
  });

  it("takes the printed name over a tag that wraps part of it, and says so (NVIDIA 2026)", () => {
    const r = parse("0001045810-26-000019.htm");
    expect(r.cover.registrant.name.value).toBe("NVIDIA CORPORATION");
    expect(r.cover.ixbrlFacts.find((f) => f.name === "dei:EntityRegistrantName")?.value).toBe("NVIDIA CORP");
  });

  it("reads the value row of a cover table over its caption row (eBay 2018)", () => {
    const c = parse("0001065088-18-000004.htm").cover.registrant;
    expect([c.stateOfIncorporation.value, c.commissionFileNumber.value, c.irsEmployerId.value]).toEqual([
      "DE",
      "001-37713",
      "77-0430924",
    ]);
    expect([
      c.address.street.value,
      c.address.city.value,
      c.address.state.value,
      c.address.zip.value,
    ]).toEqual(["2025 Hamilton Avenue", "San Jose", "CA", "95125"]);
  });

  it("reads side-by-side captions in flowing text and 'o' check boxes (Blue Calypso 2015)", () => {
    const r = parse("natereed_BlueCalypso_8-K_2015-06-26.htm");
    expect(r.cover.registrant.commissionFileNumber.value).toBe("000-53981");
    expect(r.cover.registrant.irsEmployerId.value).toBe("20-8610073");
    expect(r.cover.writtenCommunications).toMatchObject({ value: false, source: "cover" });
    expect(r.cover.preCommencementIssuerTenderOffer.value).toBe(false);
  });

  it("splits a combined registrant cell: name, state, address, phone (Southern Company 2013)", () => {
    const c = parse("0000092122-13-000080.htm").cover;
    expect(c.registrant.name.value).toBe("The Southern Company");
    expect(c.registrant.stateOfIncorporation.value).toBe("DE");
    expect(c.registrant.address.street.value).toBe("30 Ivan Allen Jr. Boulevard, N.W.");
    expect(c.registrant.address.city.value).toBe("Atlanta");
    expect(c.coRegistrants.map((x) => x.name)).toContain("Georgia Power Company");
  });

  it("reads a multi-registrant table with one cell per line (LG&E 2003) and the Item 9 of 2003", () => {
    const r = parse("0001104659-03-004925.htm");
    expect(r.cover.registrant.name.value).toBe("Louisville Gas and Electric Company");
    expect(r.cover.registrant.address.state.value).toBe("KY");
    expect(r.items.map((i) => [i.number, i.code])).toEqual([["9", "7.01"]]);
  });
});

describe("HTML items, exhibits and signatures", () => {
  it("skips a table of contents and keeps the items once (Oracle 2014)", () => {
    const r = parse("0001193125-14-242424.htm");
    expect(r.items.map((i) => i.number)).toEqual(["2.02", "8.01", "9.01"]);
    expect(r.items[0].text.length).toBeGreaterThan(100);
  });

  it("does not take a cross-reference at a line start for a heading (ABVC 2025)", () => {
    const r = parse("0001213900-25-032135.htm");
    expect(r.items.map((i) => i.number)).toEqual(["2.02", "4.02", "7.01", "9.01"]);
  });

  it("reads 'Item - 5.02' in a <pre> document, and its signer's title lines", () => {
    const line = toContractLine("x", parse("edgartools_document-with-pre_EvergreenIntl_8-K_2024-12-20.html"));
    expect(line.items.map((i) => i.number)).toEqual(["5.02"]);
    expect(line.registrant?.phone).toBe("+86-21 6605 0886");
    expect(line.signatures[0]).toMatchObject({
      name: "Baobin He",
      title: "Chief Executive Officer and Director (Principal Executive Officer)",
      date: "2024-12-20",
    });
  });

  it("reads an exhibit table whose numbers carry a marker ('99.1*', Atrinsic 2016)", () => {
    const r = parse("0001144204-16-096273.htm");
    expect(r.exhibits.map((e) => e.number)).toEqual(["99.1", "99.2", "99.3"]);
    expect(r.exhibits[0].description).toMatch(/^Audit Committee Charter/);
  });

  it("gives each listed exhibit its link and whether it is filed herewith (Biogen 2023)", () => {
    const r = parse("0001193125-23-198542.htm");
    expect(r.exhibits.map((e) => [e.number, e.href, e.filing])).toEqual([
      ["2.1", "d454539dex21.htm", "herewith"],
      ["3.1", "d454539dex31.htm", "herewith"],
      ["10.1", "d454539dex101.htm", "herewith"],
      ["10.2", "d454539dex102.htm", "herewith"],
      ["10.3", "d454539dex103.htm", "herewith"],
      ["104", null, null],
    ]);
  });

  it("adds an exhibit the text says is attached when Item 7 lists none (Rock of Ages 2000)", () => {
    const r = parse("0000084581-00-500009.htm");
    expect(r.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(r.exhibits.map((e) => [e.number, e.listedIn])).toEqual([["99.1", ["reference"]]]);
    // Items answered "None." or "Not applicable." report no event.
    expect(r.events.map((e) => [e.item, e.code])).toEqual([["5", "2.01"]]);
  });

  it("ends the last item at the signature boilerplate when no SIGNATURE heading stands before it (Rock of Ages 2000)", () => {
    const r = parse("0000084581-00-500009.htm");
    expect(r.items[7].text).not.toMatch(/Pursuant to the requirements|Swenson/);
    expect(r.signatures[0]).toMatchObject({
      registrant: "ROCK OF AGES CORPORATION",
      name: "Kurt M. Swenson",
    });
  });

  it("reads a signature table: date, registrant, /s/ signer, name and title cells (Apple 2024)", () => {
    const s = parse("0000320193-24-000005.htm").signatures[0];
    expect(s).toMatchObject({
      name: "Luca Maestri",
      title: "Senior Vice President, Chief Financial Officer",
      date: "2024-02-01",
      registrant: "Apple Inc.",
    });
  });

  it("reads a date and a typed name with title on one flowing line (Premier 2021)", () => {
    const s = parse("0000887919-21-000012.htm").signatures[0];
    expect(s).toMatchObject({
      name: "Brien M. Chase",
      title: "Senior Vice President and Chief Financial Officer",
      date: "2021-03-30",
    });
  });

  it("joins iXBRL address lines without the commas they were printed with (Caterpillar 2022)", () => {
    const a = parse("0000018230-22-000107.htm").cover.registrant.address;
    expect([a.street.value, a.city.value, a.state.value, a.zip.value]).toEqual([
      "510 Lake Cook Road, Suite 100",
      "Deerfield",
      "IL",
      "60015",
    ]);
  });

  it("takes the date the boilerplate gives when no date line does (Acorn Energy 2025, Workiva 2023)", () => {
    // "...hereunto duly authorized on this 8th day of January, 2025."
    expect(parse("0001493152-25-001317.htm").signatures[0]).toMatchObject({
      name: "Tracy S. Clifford",
      date: "2025-01-08",
    });
    expect(parse("arelle_workiva_wk-20230109_8-K_viewer.htm").signatures[0]).toMatchObject({
      name: "Brandon Ziegler",
      date: "2023-01-10",
    });
  });

  it("points spans into the rendered text, and back into the HTML source (Apple 2024)", () => {
    const r = parse("0000320193-24-000005.htm");
    const src = fixtureText("html/0000320193-24-000005.htm");
    const doc = toDoc(src);
    const heading = r.items[0].headingSpan;
    expect(doc.text.slice(heading.start, heading.end)).toMatch(
      /^Item 2\.02\s+Results of Operations and Financial Condition/,
    );
    const name = r.cover.registrant.name.span;
    expect(name && doc.text.slice(name.start, name.end)).toBe("Apple Inc.");
    // The source offset of the heading's text lands on the same words in the HTML.
    const at = doc.sourceOffset(heading.start);
    expect(src.slice(at, at + 4)).toBe("Item");
  });
});
