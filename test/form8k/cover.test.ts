import { describe, expect, it } from "vitest";
import { parseAddress } from "../../src/form8k/address.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture } from "../helpers/fixtures.js";

const cover = (path: string) => coverOf(fixture(path));

const coverOf = (bytes: Buffer) => {
  const r = parseFiling(bytes);
  const reg = r.cover.registrant;
  return {
    record: r,
    form: r.cover.form.value,
    date: r.cover.dateOfReport.value,
    name: reg.name.value,
    state: reg.stateOfIncorporation.value,
    fileNo: reg.commissionFileNumber.value,
    irs: reg.irsEmployerId.value,
    street: reg.address.street.value,
    city: reg.address.city.value,
    addrState: reg.address.state.value,
    zip: reg.address.zip.value,
    phone: reg.phone.value,
  };
};

describe("cover page layouts", () => {
  it("a cover without captions: bare columns, the name above them (an asset-backed trust, 2001)", () => {
    const text = [
      "SECURITIES AND EXCHANGE COMMISSION",
      "WASHINGTON, D.C.  20549",
      "",
      "FORM 8-K",
      "",
      "Date of Report:                 March 26, 2001",
      "",
      "ADVANTA Mortgage Loan Trust 1998-4A,  1998-4B, 1998-4C",
      "",
      "New York                          333-52351-02                 88-0360305",
      "                                  333-52351-03                 23-2723382",
      "",
      "c/o ADVANTA Mortgage Corp., USA",
      "Attn:  H. John Berens",
      "10790 Rancho Bernardo Road",
      "San Diego, CA  92127",
      "",
      "(858) 676-3099",
      "",
      "Item 5.                         Other Events",
      "",
      "Information relating to the distributions to Certificate holders.",
      "",
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      name: "ADVANTA Mortgage Loan Trust 1998-4A, 1998-4B, 1998-4C",
      state: "NY",
      fileNo: "333-52351-02",
      irs: "88-0360305",
      street: "10790 Rancho Bernardo Road",
      city: "San Diego",
      zip: "92127",
      phone: "(858) 676-3099",
    });
  });

  it("writes an iXBRL phone number with an international code as printed, a US one as (area) number", () => {
    const ix = (area: string, local: string) =>
      Buffer.from(
        `<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><p>FORM 8-K</p><p>Date of Report (Date of earliest event reported): May 16, 2025</p>` +
          `<p>Registrant's telephone number: <ix:nonNumeric name="dei:CityAreaCode" contextRef="c">${area}</ix:nonNumeric> ` +
          `<ix:nonNumeric name="dei:LocalPhoneNumber" contextRef="c">${local}</ix:nonNumeric></p>` +
          `<p>Item 8.01 Other Events</p><p>Text.</p></body></html>`,
      );
    expect(parseFiling(ix("+44 151", "601 9477")).cover.registrant.phone.value).toBe("+44 151 601 9477");
    expect(parseFiling(ix("408", "996-1010")).cover.registrant.phone.value).toBe("(408) 996-1010");
  });

  it("takes the date of report near its label, not a date further along the same line", () => {
    const line =
      "FORM 8-K CURRENT REPORT Date of Report: March 26, 2001 ADVANTA Mortgage Loan Trust 1998-4A New York " +
      "333-52351-02 88-0360305 c/o ADVANTA Mortgage Corp., USA 10790 Rancho Bernardo Road San Diego, CA 92127 " +
      "(858) 676-3099 pursuant to the Pooling and Servicing Agreement dated as of November 1, 1998";
    const r = parseFiling(Buffer.from(`${line}\n\nItem 5. Other Events\n\nText.\n`));
    expect(r.cover.dateOfReport.value).toBe("2001-03-26");
  });

  it("three values over three captions (seed)", () => {
    expect(cover("text/000_20800b8e38aa6f65.txt")).toMatchObject({
      state: "MA",
      fileNo: "0-17999",
      irs: "04-2726691",
    });
  });

  it("tab-set columns that drift from their captions, and two printed dates (Apple 1996)", () => {
    const c = cover("text/0000320193-96-000027.txt");
    expect(c).toMatchObject({
      name: "Apple Computer, Inc.",
      state: "CA",
      fileNo: "0-10030",
      irs: "94-2404110",
    });
    // "Date of Report: December 24" and "Date of earliest event reported: December 20": the earlier.
    expect(c.date).toBe("1996-12-20");
    expect(c).toMatchObject({
      street: "1 Infinite Loop",
      city: "Cupertino",
      addrState: "CA",
      zip: "95014",
      phone: "(408) 996-1010",
    });
  });

  it("the name between state and IRS number, over underscores (Food Concepts 1998)", () => {
    const c = cover("text/0000703901-98-000003.txt");
    expect(c).toMatchObject({ name: "Food Concepts, Inc.", state: "NV", irs: "13-3124057", fileNo: null });
    expect(c).toMatchObject({
      street: "6601 Lyons Road, Suite C-12",
      city: "Coconut Creek",
      addrState: "FL",
      zip: "33073",
    });
  });

  it("state on its own line, and an address with its zip in a column beside it (Sears 2004)", () => {
    const c = cover("text/0000891092-04-003383.txt");
    expect(c).toMatchObject({
      name: "SEARS, ROEBUCK AND CO.",
      state: "NY",
      fileNo: "1-416",
      irs: "36-1750680",
    });
    expect(c).toMatchObject({
      street: "3333 Beverly Road",
      city: "Hoffman Estates",
      addrState: "IL",
      zip: "60179",
      phone: "(847) 286-2500",
    });
  });

  it("values inside a <TABLE> and a date printed above its caption (Amazon 1998)", () => {
    const c = cover("text/0000891020-98-001352.txt");
    expect(c).toMatchObject({
      date: "1998-08-12",
      name: "AMAZON.COM, INC.",
      state: "DE",
      fileNo: "000-22513",
      irs: "91-1646860",
    });
    expect(c).toMatchObject({
      street: "1516 SECOND AVENUE",
      city: "SEATTLE",
      addrState: "WA",
      zip: "98101",
      phone: "(206) 622-2335",
    });
  });

  it("labels with their values on the same line (ExperTelligence 2004)", () => {
    const c = cover("text/0000723533-04-000001.txt");
    expect(c).toMatchObject({
      fileNo: "0-11596",
      name: "ExperTelligence, Inc.",
      state: "CA",
      irs: "95-3506403",
      date: "2003-03-21",
    });
  });

  it("no name caption and justified double spaces (Oasis 2002)", () => {
    const c = cover("text/0001104540-02-000064.txt");
    expect(c.name).toBe("OASIS ENTERTAINMENT'S FOURTH MOVIE PROJECT, INC.");
    expect(c).toMatchObject({ state: "NV", fileNo: "000-28881", irs: "76-0528600", phone: "(949) 487-7295" });
    expect(c).toMatchObject({
      street: "24843 Del Prado, Suite 326",
      city: "Dana Point",
      addrState: "CA",
      zip: "92629",
    });
  });

  it("an unlabelled list of registration numbers above the captioned one (RFMSI 2000)", () => {
    const c = cover("text/0000774352-01-000002.txt");
    expect(c).toMatchObject({ fileNo: "333-72493", state: "DE", irs: "75-2006294", date: "2000-12-26" });
    expect(c).toMatchObject({
      street: "8400 Normandale Lake Boulevard",
      city: "Minneapolis",
      addrState: "MN",
      zip: "55437",
    });
  });

  it("a table of seven registrants with captions above (Southern Company 2005)", () => {
    const c = cover("sgml/0000092122-05-000042.txt");
    expect(c).toMatchObject({
      name: "The Southern Company",
      state: "DE",
      fileNo: "1-3526",
      irs: "58-0690070",
      phone: "(404) 506-5000",
    });
    expect(c).toMatchObject({
      street: "270 Peachtree Street, N.W.",
      city: "Atlanta",
      addrState: "GA",
      zip: "30303",
    });
    expect(c.record.cover.coRegistrants.map((r) => r.name)).toEqual([
      "Alabama Power Company",
      "Georgia Power Company",
      "Gulf Power Company",
      "Mississippi Power Company",
      "Savannah Electric and Power Company",
      "Southern Power Company",
    ]);
    expect(c.record.cover.coRegistrants[0]).toMatchObject({
      stateOfIncorporation: "AL",
      commissionFileNumber: "1-3164",
      irsEmployerId: "63-0004250",
    });
  });

  it("keeps the SEC header as its own source, and says where it disagrees with the cover", () => {
    const r = cover("sgml/0001011438-98-000429.txt").record;
    const fileNo = r.cover.registrant.commissionFileNumber;
    expect(fileNo.value).toBe("333-46893-01");
    expect(fileNo.source).toBe("cover");
    expect(fileNo.candidates.map((c) => [c.source, c.value])).toEqual([
      ["cover", "333-46893-01"],
      ["header", "033-70636"],
    ]);
    expect(r.warnings.join("\n")).toMatch(
      /commission file number: cover says "333-46893-01", SEC header says "033-70636"/,
    );
  });

  it("leaves a value the cover does not print null, with the header's value as a candidate (Food Concepts)", () => {
    const fileNo = cover("sgml/0000703901-98-000003.txt").record.cover.registrant.commissionFileNumber;
    expect(fileNo.value).toBeNull();
    expect(fileNo.candidates).toEqual([{ value: "333-06718", source: "header", span: null }]);
  });
});

describe("text covers of the 1990s, as typists set them", () => {
  const item = ["", "Item 5.  Other Events", "", "         The Company issued a press release.", ""];

  it("a second date in parentheses, a name on two centred lines, a caption missing its '(', care-of lines, a phone with a slash", () => {
    const text = [
      "                       SECURITIES AND EXCHANGE COMMISSION",
      "                                    FORM 8-K",
      "                                 CURRENT REPORT",
      "           Date of Report (Date of earliest event reported) November 7, 1997",
      "                                  (October 27, 1997)",
      "",
      "                                 PHARMACEUTICAL",
      "                               FORMULATIONS, INC.",
      "               (EXACT NAME OF REGISTRANT AS SPECIFIED IN CHARTER)",
      "",
      "       Pennsylvania                0-11460                   23-2289209",
      "- ------------------------------------------------------------------------------",
      "State or other jurisdiction   (Commission File Number) (IRS Employer ID No.)",
      " of incorporation)",
      "",
      "                           c/o AmeriCredit Financial",
      "                                Services, Inc.",
      "                           Attention: Daniel E. Berce",
      "                              200 Bailey Avenue",
      "                             Fort Worth, TX 76107",
      "                             (Address of Principal",
      "                               Executive Office)",
      "",
      "                                  516/869-9000",
      "                             ----------------------------",
      "                             Registrant's telephone,",
      "                             including area code",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      date: "1997-10-27",
      name: "PHARMACEUTICAL FORMULATIONS, INC.",
      state: "PA",
      fileNo: "0-11460",
      irs: "23-2289209",
      street: "200 Bailey Avenue",
      city: "Fort Worth",
      addrState: "TX",
      zip: "76107",
      phone: "516/869-9000",
    });
  });

  it("an address with its phone under one caption; a cover that captions nothing", () => {
    const withPhone = [
      "                            FORM 8-K",
      "Date of Report (date of earliest event reported): October 10, 1995",
      "",
      "                   OMEGA PHARMACEUTICALS, INC.",
      "     (Exact name of registrant as specified in its charter)",
      "",
      "  Delaware                 0-15242               11-2590026",
      "(State or other            (Commission           (IRS Employer",
      "jurisdiction of            File Number)       Identification No.)",
      "incorporation)",
      "",
      "  7155 East Kemper Road, Cincinnati, Ohio  45249 (513) 731-9900",
      "(Address and telephone number, including area code, of principal",
      "executive offices)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(withPhone))).toMatchObject({
      street: "7155 East Kemper Road",
      city: "Cincinnati",
      addrState: "OH",
      zip: "45249",
      phone: "(513) 731-9900",
    });
    const uncaptioned = (lines: string[]) =>
      coverOf(
        Buffer.from(
          [
            "                                   FORM 8-K",
            "                                CURRENT REPORT",
            "                       Date of Report: October 30, 1998",
            "",
            ...lines,
            ...item,
          ].join("\n"),
        ),
      );
    expect(
      uncaptioned([
        "                                 OMEGA BELL",
        "                           A California Corporation",
        "                          Commission File No. 1-1414",
        "                          IRS Employer No. 94-0745535",
        "        140 New Montgomery Street, San Francisco, California 94105-3705",
        "                        Telephone Number (415) 542-9000",
      ]),
    ).toMatchObject({
      name: "OMEGA BELL",
      state: "CA",
      fileNo: "1-1414",
      irs: "94-0745535",
      street: "140 New Montgomery Street",
      city: "San Francisco",
      zip: "94105-3705",
      phone: "(415) 542-9000",
    });
    expect(
      uncaptioned([
        "                      OMEGA GROUP INTERNATIONAL, INC.",
        "                         Commission File Number 1-12054",
        "                             A Delaware corporation",
        "                   IRS Employer Identification No. 35-0565601",
        "                     720 PARK BOULEVARD, BOISE, IDAHO 83729",
        "                                  208/386-5000",
      ]),
    ).toMatchObject({
      name: "OMEGA GROUP INTERNATIONAL, INC.",
      state: "DE",
      street: "720 PARK BOULEVARD",
      city: "BOISE",
      addrState: "ID",
      zip: "83729",
      phone: "208/386-5000",
    });
  });

  it("a double-spaced address; a legal name over the name it does business as or had", () => {
    const cover = (nameLines: string[], addressLines: string[]) =>
      coverOf(
        Buffer.from(
          [
            "                                    Form 8-K",
            "       Date of Report (Date of earliest event reported): November 2, 2001",
            "",
            ...nameLines,
            "             (Exact name of registrant as specified in its charter)",
            "",
            "             Delaware                  000-29799                  94-3240149",
            " (State or other jurisdiction   (Commission File Number)   (I.R.S. Employer Identification No.)",
            "  of incorporation)",
            "",
            ...addressLines,
            "             (Address of principal executive offices, with zip code)",
            ...item,
          ].join("\n"),
        ),
      );
    const address = [
      "                              577 Airport Boulevard",
      "",
      "                          Burlingame, California 94010",
    ];
    expect(cover(["                           OMEGA SOFTWARE, INC."], address)).toMatchObject({
      name: "OMEGA SOFTWARE, INC.",
      street: "577 Airport Boulevard",
      city: "Burlingame",
      zip: "94010",
    });
    expect(
      cover(
        [
          "                               TEXAS OMEGA COMPANY",
          "                                  DOING BUSINESS AS",
          "                                       OMEGA CORP",
        ],
        address,
      ).name,
    ).toBe("TEXAS OMEGA COMPANY");
    expect(
      cover(
        [
          "                OMEGA BANK USA, N.A. (formerly known as",
          '                        "The Omega Bank (USA)")',
        ],
        address,
      ).name,
    ).toBe("OMEGA BANK USA, N.A.");
  });

  it("a phone of another country's shape, under its caption or after its label; a US one near it first", () => {
    const cover = (phoneLines: string[]) =>
      coverOf(
        Buffer.from(
          [
            "                                    FORM 8-K",
            "       Date of Report (Date of earliest event reported): November 2, 2001",
            "",
            "                           OMEGA SERVICES INC.",
            "             (Exact name of registrant as specified in its charter)",
            "",
            ...phoneLines,
            ...item,
          ].join("\n"),
        ),
      ).phone;
    expect(
      cover([
        "                                 36-1-224-1000",
        "              (Registrant's telephone number, including area code)",
      ]),
    ).toBe("36-1-224-1000");
    expect(cover(["                    Registrant's telephone number: 352 453145"])).toBe("352 453145");
    expect(
      cover([
        "                                 (212) 555-1234",
        "              (Registrant's telephone number, including area code)",
        "                                 13-1234567",
      ]),
    ).toBe("(212) 555-1234");
  });

  it("a date alone under the form's heading; a two-line address with its caption unparenthesised", () => {
    const text = [
      "                                      FORM 8-K",
      "                                   CURRENT REPORT",
      "                     Pursuant to Section 13 or 15(d) of the",
      "                         Securities Exchange Act of 1934",
      "",
      "                                     May 22, 1998",
      "",
      "                        OMEGA SEMICONDUCTOR CORPORATION",
      "             (Exact name of registrant as specified in its charter)",
      "",
      "    DELAWARE                       1-10079                      94-2885898",
      "(State or other                  (Commission                   (IRS Employer",
      "jurisdiction of                  File Number)                Identification No.)",
      " incorporation)",
      "",
      "                             3901 NORTH FIRST STREET",
      "                         SAN JOSE, CALIFORNIA 95134-1599",
      "                     --------------------------------------",
      "                     Address of principal executive offices",
      "",
      "                                 (408) 943-2600",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      date: "1998-05-22",
      name: "OMEGA SEMICONDUCTOR CORPORATION",
      street: "3901 NORTH FIRST STREET",
      city: "SAN JOSE",
      addrState: "CA",
      zip: "95134-1599",
    });
  });

  it("a trust's issuer over the series it issues, both over one caption, is the name", () => {
    const text = [
      "                                    Form 8-K",
      "       Date of Report (Date of earliest event reported):  October 27, 2003",
      "",
      "                               OMEGA MORTGAGE TRUST",
      "             Mortgage Pass-Through Certificates, Series 2003-1 Trust",
      "              (Exact name of registrant as specified in its charter)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text)).name).toBe("OMEGA MORTGAGE TRUST");
  });

  it("a letter-spaced form and name; an amendment numbered; a file-number caption without its '('; a caption's end above the address", () => {
    const text = [
      "                                  F O R M   8-K/A1",
      "Date of Report (Date of earliest event reported):February 28, 1996",
      "",
      "         T H E   O M E G A   C O M P A N Y,   I N C.",
      "             (Exact name of registrant as specified in its charter)",
      "",
      "             Nevada                   0-11550                 13-3207413",
      "     ______________________    ______________________     _________________",
      "     (State or other juris-    Commission File Number     (I.R.S. Employer",
      "     diction of incorporation                             Identification",
      "     or organization)                                     Number)",
      "",
      "     5790 Widewaters Parkway. DeWitt, New York                     13214",
      "--------------------------------------------------------       ----------------",
      "           (Address of Principal Executive Offices)              (Zip code)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      form: "8-K/A",
      date: "1996-02-28",
      name: "THE OMEGA COMPANY, INC.",
      state: "NV",
      fileNo: "0-11550",
      irs: "13-3207413",
      street: "5790 Widewaters Parkway",
      city: "DeWitt",
      addrState: "NY",
      zip: "13214",
    });
    const tableRow = [
      "                                  FORM 8-K",
      "Date of Report (Date of earliest event reported): March 1, 2000",
      "",
      "                          OMEGA BANCORP, INC.",
      "             (Exact name of registrant as specified in its charter)",
      "<TABLE>",
      "<S>                                       <C>                           <C>",
      "            MARYLAND                      0-23402                       52-1545782",
      "(State or Other Jurisdiction of   (Commission File Number)  (IRS Employer Identification No.)",
      "         Incorporation)",
      "</TABLE>",
      "             10480 LITTLE PATUXENT PARKWAY, COLUMBIA, MARYLAND 21044",
      "               (Address of Principal Executive Offices) (ZIP Code)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(tableRow))).toMatchObject({
      street: "10480 LITTLE PATUXENT PARKWAY",
      city: "COLUMBIA",
    });
  });

  it("a form number letter-spaced too; a short name defined after the registrant's is no part of it", () => {
    const text = [
      "                                F O R M   8 - K/A",
      "         Date of Report (Date of earliest event reported) September 23, 1999",
      "",
      '                           Omega Life Sciences Group plc ("Omega")',
      "               (Exact name of registrant as specified in its charter)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      form: "8-K/A",
      date: "1999-09-23",
      name: "Omega Life Sciences Group plc",
    });
  });

  it("a state caption is the state's though a neighbour caption's word wrapped under it", () => {
    const text = [
      "                               FORM 8-K",
      "                    Date of Report:   April 7, 1994",
      "                        OMEGA ENERGY COMPANY",
      "          (exact name of registrant as specified in charter)",
      "   Delaware                    1-7513                   74-1758039",
      "  (State or other             (Commission                   (IRS",
      "  Employer",
      "   jurisidiction of            File Number)",
      "  Identification No.)",
      "   Incorporation)",
      "             2800 Post Oak Boulevard, Houston, Texas 77056",
      "          (Address of Principal executive offices) (Zip Code)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({ state: "DE", fileNo: "1-7513", irs: "74-1758039" });
  });

  it("a name after its caption on the caption's line; a state's initials spaced ('N. C.')", () => {
    const text = [
      "                                    Form 8-K",
      "Date of Report (Date of earliest event reported)     May 15, 1998",
      "(Exact name of registrant as specified in its charter) Omega Corporation",
      "     Delaware                             1-5300               22-1664434",
      "(State or other jurisdiction             (Commission         (IRS Employer",
      " of incorporation)                        File Number)      Identification No.)",
      "4600 Marriott Drive, Suite 200, Raleigh, N. C. 27612",
      "(Address of principal executive offices)      (Zip Code)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({
      date: "1998-05-15",
      name: "Omega Corporation",
      street: "4600 Marriott Drive, Suite 200",
      city: "Raleigh",
      addrState: "NC",
      zip: "27612",
    });
  });

  it("a trust's name over a long parenthesis ('as depositor under ...') is the name, not the parenthesis' end", () => {
    const text = [
      "                                        FORM 8-K",
      "                                     CURRENT REPORT",
      "Date of Report (date of earliest event reported):         November 25, 1997",
      "",
      "                                   Omega ABS Corp.,",
      "                      (as depositor under the Pooling and Servicing",
      "                   Agreement, dated as of February 28, 1997, providing",
      "                          for the issuance of Omega ABS Corp.,",
      "                         Champion Home Equity Loan Trust 1997-1,",
      "                  Champion Home Equity Loan Asset-Backed Certificates,",
      "                                     Series 1997-1).",
      "                 (Exact name of registrant as specified in its charter)",
      "",
      "              Delaware                    33-14293-08              36-4145623",
      "(State or Other Jurisdiction         (Commission File Number)    (I.R.S. Employer Identification No.)",
      ...item,
    ].join("\n");
    expect(coverOf(Buffer.from(text))).toMatchObject({ name: "Omega ABS Corp.", fileNo: "33-14293-08" });
  });
});

describe("typed rules and company lines around cover and signature values", () => {
  const filing = (address: string[], signature: string[]) =>
    [
      "SECURITIES AND EXCHANGE COMMISSION",
      "FORM 8-K",
      "CURRENT REPORT",
      "Date of Report (Date of earliest event reported) March 28, 2001",
      "",
      "OMEGA PHARMA INC.",
      "(Exact Name of Registrant as Specified in its Charter)",
      "",
      "Delaware                     0-21185                    04-2687849",
      "- ----------------------------   ------------------------      -------------------",
      "(State or Other Jurisdiction   (Commission File Number)       (I.R.S. Employer",
      "of Incorporation)                                      Identification No.)",
      "",
      ...address,
      "(Address of Principal Executive Offices)",
      "(Zip Code)",
      "",
      "Item 5.  Other Events.",
      "",
      "On March 28, 2001, the Company issued a press release concerning a patent issued to the Company by",
      "the U.S. Patent and Trademark Office on February 13, 2001, and the first tentative approval of an",
      "abbreviated new drug application for its product by the U.S. Food and Drug Administration. The",
      "release is filed as Exhibit 99.1 hereto and is incorporated by reference herein. Also on March 28,",
      "the Company's Chief Executive Officer made a presentation at an industry conference, including a",
      "graphic depicting the Company's product and technology pipeline, attached as Exhibit 99.2.",
      "",
      "SIGNATURE",
      "",
      "Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused",
      "this report to be signed on its behalf by the undersigned thereunto duly authorized.",
      "",
      "OMEGA PHARMA INC.",
      "",
      ...signature,
      "",
    ].join("\n");

  const wrapped = (address: string[], signature: string[]) =>
    `<html><body><div>${filing(address, signature)}</div></body></html>`;

  it("a rule typed under the address is no part of it (a text filing a converter wrapped in HTML)", () => {
    const c = coverOf(
      Buffer.from(
        wrapped(
          [
            "2320 Scientific Park Drive",
            "Wilmington, North Carolina 28405",
            "--------------------------------",
          ],
          ["By: /s/ Jane Roe", "Jane Roe", "Chief Financial Officer"],
        ),
      ),
    );
    expect(c).toMatchObject({
      street: "2320 Scientific Park Drive",
      city: "Wilmington",
      addrState: "NC",
      zip: "28405",
    });
  });

  it("the company named under a signer's title is not more of the title; a title's second line is", () => {
    const sig = (lines: string[]) =>
      parseFiling(Buffer.from(filing(["2320 Scientific Park Drive", "Wilmington, NC 28405"], lines)))
        .signatures[0];
    expect(
      sig(["By: /s/ H. John Berens", "H. John Berens", "Senior Vice President", "Omega Pharma"]).title,
    ).toBe("Senior Vice President");
    expect(
      sig(["By: /s/ Jane Roe", "Jane Roe", "Vice President, Finance and", "Chief Financial Officer"]).title,
    ).toBe("Vice President, Finance and Chief Financial Officer");
  });

  it("a signer typed without an initial and suffix is the same signer; a signature set as an image is read from its typed lines", () => {
    const sig = (lines: string[]) =>
      parseFiling(Buffer.from(filing(["2320 Scientific Park Drive", "Wilmington, NC 28405"], lines)))
        .signatures[0];
    expect(
      sig([
        "By: /s/ H. Baird Radford, III",
        "Baird Radford",
        "Executive Vice President and Chief Financial Officer",
      ]),
    ).toMatchObject({
      name: "H. Baird Radford, III",
      title: "Executive Vice President and Chief Financial Officer",
    });
    expect(
      sig(["Name:   Raj Kanuru", "Date: July 29, 2026   Title:   EVP, General Counsel & Secretary"]),
    ).toMatchObject({
      name: "Raj Kanuru",
      title: "EVP, General Counsel & Secretary",
      date: "2026-07-29",
    });
  });
});

describe("parseAddress", () => {
  it.each([
    [
      "333 Providence Highway, Norwood, Massachusetts 02062",
      { street: "333 Providence Highway", city: "Norwood", state: "MA", zip: "02062" },
    ],
    [
      "270 Peachtree Street, N.W., Atlanta, Georgia 30303",
      { street: "270 Peachtree Street, N.W.", city: "Atlanta", state: "GA", zip: "30303" },
    ],
    [
      "83 Stanley Road, UN 1 Box 103, RR6 Woodville, Ontario K0M 2T0",
      { street: "83 Stanley Road, UN 1 Box 103, RR6", city: "Woodville", state: null, zip: "K0M 2T0" },
    ],
    [
      "1 Infinite Loop, Cupertino, CA 95014-2084",
      { street: "1 Infinite Loop", city: "Cupertino", state: "CA", zip: "95014-2084" },
    ],
    [
      "1 Place Ville Marie, Suite 3000, Montreal, Quebec, Canada H3B 4N4",
      { street: "1 Place Ville Marie, Suite 3000", city: "Montreal", state: null, zip: "H3B 4N4" },
    ],
    [
      "10 Downing Street, London SW1A 2AA, United Kingdom",
      { street: "10 Downing Street", city: "London", state: null, zip: "SW1A 2AA" },
    ],
    [
      // Two addresses, the second "c/o" a US office: city, state and zip are the second's.
      "1015 Lausanne, Switzerland, c/o Omega Inc., 3930 North First Street, San Jose, California 95134",
      { street: "3930 North First Street", city: "San Jose", state: "CA", zip: "95134" },
    ],
    [
      // One address, care of a registered agent: the care-of line is an addressee, no street.
      "c/o Walkers Corporate Ltd., 190 Elgin Avenue, George Town, Grand Cayman KY1-9008",
      { street: "190 Elgin Avenue", city: "George Town", state: null, zip: "KY1-9008" },
    ],
    [
      // Europe prints the postcode before the city, the country after.
      "14-24 HORVAT U., 1027 BUDAPEST, HUNGARY",
      { street: "14-24 HORVAT U.", city: "BUDAPEST", state: null, zip: "1027" },
    ],
    [
      "16, Allee Marconi, Boite Postale 260, L-2120 Luxembourg",
      { street: "16, Allee Marconi, Boite Postale 260", city: "Luxembourg", state: null, zip: "L-2120" },
    ],
    [
      // Two whole addresses, one under the other: the first.
      "21660 Oxnard Street, Woodland Hills, California 91367, 225 North Main Street, Pueblo, Colorado 81003",
      { street: "21660 Oxnard Street", city: "Woodland Hills", state: "CA", zip: "91367" },
    ],
    [
      // "St." begins a city ("St. Louis") as well as it ends a street.
      "P.O. Box 524, St. Louis, Missouri 63166",
      { street: "P.O. Box 524", city: "St. Louis", state: "MO", zip: "63166" },
    ],
    [
      // The zip again in a zip column.
      "8401 Connecticut Avenue, Chevy Chase, Maryland 20815 20815",
      { street: "8401 Connecticut Avenue", city: "Chevy Chase", state: "MD", zip: "20815" },
    ],
    [
      // Addressee lines before the street.
      "Bank One, Texas, NA, Trust Department, P. O. Box 2604, Dallas, Texas 75201",
      { street: "P. O. Box 2604", city: "Dallas", state: "TX", zip: "75201" },
    ],
    [
      // Care of an office on two lines, to a person's attention.
      "c/o AmeriCredit Financial, Services, Inc., Attention: Daniel E. Berce, 200 Bailey Avenue, Fort Worth, TX 76107",
      { street: "200 Bailey Avenue", city: "Fort Worth", state: "TX", zip: "76107" },
    ],
  ])("%s", (printed, want) => {
    expect(parseAddress(printed)).toEqual(want);
  });
});
