import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeIndexDate, parseIsoDate, quartersBetween, todayInNewYork } from "../../src/edgar/dates.js";
import {
  EIGHT_K_FAMILY,
  matchesFormAndDate,
  matchesItems,
  normalizeForm,
  parseFormList,
  parseItemList,
} from "../../src/edgar/filings.js";
import { dailyIndexFiles, parseFormIndex, parseMasterIndex } from "../../src/edgar/indexes.js";
import { EdgarFetchError, parseRetryAfter, retryDelayMs, statusFailure } from "../../src/edgar/retry.js";
import {
  pageOverlaps,
  parseCompanyTickers,
  parseOlderPage,
  parseSubmissions,
  submissionsPath,
  tickerKey,
} from "../../src/edgar/submissions.js";
import { EDGAR_FIXTURES } from "./fake-edgar.js";

const text = (path: string) => readFileSync(join(EDGAR_FIXTURES, path), "latin1");
const json = (path: string) => JSON.parse(text(path));

describe("form.idx", () => {
  it("reads fixed-width rows from the right, keeping form types with spaces whole", () => {
    const { rows, unreadable } = parseFormIndex(text("Archives/edgar/full-index/2007/QTR4/form.idx"));
    expect(unreadable).toBe(0);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.form === "SC 13G/A")).toEqual({
      form: "SC 13G/A",
      company: "VANGUARD GROUP INC",
      cik: 102909,
      dateFiled: "2007-11-09",
      fileName: "edgar/data/102909/0000932471-07-001322.txt",
      accession: "0000932471-07-001322",
    });
    expect(rows.find((r) => r.form === "S-8 POS")?.company).toBe(
      "OASIS ENTERTAINMENTS FOURTH MOVIE PROJECT INC",
    );
  });

  it("reads daily files, whose dates are YYYYMMDD", () => {
    const { rows } = parseFormIndex(text("Archives/edgar/daily-index/2007/QTR4/form.20071119.idx"));
    expect(rows.map((r) => [r.form, r.dateFiled, r.accession])).toEqual([
      ["4", "2007-11-19", "0001203981-07-000009"],
      ["8-K", "2007-11-19", "0001164150-07-000163"],
    ]);
  });

  it("splits a form type wider than its column at the run of spaces, and counts rows it cannot read", () => {
    const header = `${"Form Type".padEnd(12)}${"Company Name".padEnd(62)}${"CIK".padEnd(12)}${"Date Filed".padEnd(12)}File Name`;
    const body = [
      `${"SC 14D9C/A-LONG  A COMPANY 2000 LP".padEnd(74)}${"123456".padEnd(12)}2024-01-02  edgar/data/123456/0000123456-24-000001.txt`,
      "8-K         NO FILE NAME HERE                                             1 2024-01-02",
    ];
    const { rows, unreadable } = parseFormIndex(
      ["Description: x", "", header, "-".repeat(141), ...body].join("\n"),
    );
    expect(rows.map((r) => [r.form, r.company, r.cik])).toEqual([
      ["SC 14D9C/A-LONG", "A COMPANY 2000 LP", 123456],
    ]);
    expect(unreadable).toBe(1);
  });

  it("rejects a file with no rule under the column titles", () => {
    expect(() => parseFormIndex("<html>not found</html>")).toThrow(/not an EDGAR index file/);
  });
});

describe("master.idx", () => {
  it("reads pipe-delimited rows, quarterly and daily", () => {
    const quarter = parseMasterIndex(text("Archives/edgar/full-index/2007/QTR4/master.idx"));
    const byForm = parseFormIndex(text("Archives/edgar/full-index/2007/QTR4/form.idx"));
    const key = (r: { accession: string }) => r.accession;
    expect(quarter.rows.map(key).sort()).toEqual(byForm.rows.map(key).sort());
    expect(quarter.rows[0]).toMatchObject({ cik: 102909, form: "SC 13G/A", dateFiled: "2007-11-09" });
    const day = parseMasterIndex(text("Archives/edgar/daily-index/2007/QTR4/master.20071119.idx"));
    expect(day.rows[0]).toMatchObject({ cik: 723533, form: "8-K", dateFiled: "2007-11-19" });
  });

  it("keeps a company name holding a pipe", () => {
    const { rows } = parseMasterIndex(
      "CIK|Company Name|Form Type|Date Filed|Filename\n----------------------------------------\n" +
        "42|A|B CORP|8-K|2024-01-02|edgar/data/42/0000000042-24-000001.txt\n",
    );
    expect(rows[0]).toMatchObject({ cik: 42, company: "A|B CORP", form: "8-K" });
  });
});

describe("daily-index folder listing", () => {
  it("lists the files of one kind by date, two-digit years included", () => {
    expect(dailyIndexFiles(json("Archives/edgar/daily-index/2007/QTR4/index.json"), "form")).toEqual([
      { name: "form.20071119.idx", date: "2007-11-19" },
    ]);
    const old = {
      directory: { item: [{ name: "master.950103.idx" }, { name: "form.950103.idx" }, { name: "x" }] },
    };
    expect(dailyIndexFiles(old, "master")).toEqual([{ name: "master.950103.idx", date: "1995-01-03" }]);
    expect(() => dailyIndexFiles({}, "form")).toThrow(/folder listing/);
  });
});

describe("submissions JSON", () => {
  it("reads filings.recent's parallel arrays and the older pages listed in filings.files", () => {
    const main = parseSubmissions(json("submissions/CIK0000723533.json"), 723533);
    expect(main.filings.map((f) => [f.accession, f.form, f.filingDate, f.items])).toEqual([
      ["0001164150-07-000171", "8-K/A", "2007-12-20", ["8.01"]],
      ["0001164150-07-000163", "8-K", "2007-11-19", ["8.01"]],
      ["0001164150-07-000158", "10-Q", "2007-11-14", []],
    ]);
    expect(main.filings[1].archivePath).toBe("/Archives/edgar/data/723533/0001164150-07-000163.txt");
    expect(main.olderPages).toEqual([
      {
        name: "CIK0000723533-submissions-001.json",
        filingCount: 2,
        filingFrom: "1996-05-10",
        filingTo: "2006-12-29",
      },
    ]);
    const older = parseOlderPage(json("submissions/CIK0000723533-submissions-001.json"), 723533);
    expect(older.map((f) => f.accession)).toEqual(["0000723533-04-000001", "0000723533-03-000012"]);
  });

  it("skips older pages outside the period", () => {
    const page = { name: "p.json", filingFrom: "1996-05-10", filingTo: "2006-12-29" };
    expect(pageOverlaps(page, "2007-01-01")).toBe(false);
    expect(pageOverlaps(page, undefined, "1996-01-01")).toBe(false);
    expect(pageOverlaps(page, "2006-12-29", "2008-01-01")).toBe(true);
    expect(pageOverlaps({ name: "p.json" }, "2007-01-01")).toBe(true);
  });

  it("refuses arrays of different lengths and JSON for another company", () => {
    const bad = { cik: "1", filings: { recent: { accessionNumber: ["0000000001-24-000001"], form: [] } } };
    expect(() => parseSubmissions(bad, 1)).toThrow(/"form" is not an array as long as accessionNumber/);
    expect(() => parseSubmissions(json("submissions/CIK0000723533.json"), 320193)).toThrow(
      /CIK 723533, not 320193/,
    );
    expect(submissionsPath(320193)).toBe("/submissions/CIK0000320193.json");
  });

  it("ignores an older page name that is not a plain file name", () => {
    const sneaky = {
      cik: "1",
      filings: { recent: { accessionNumber: [] }, files: [{ name: "../../x.json" }] },
    };
    expect(parseSubmissions(sneaky, 1).olderPages).toEqual([]);
  });
});

describe("company_tickers.json", () => {
  it("maps tickers to CIKs, case-free, with BRK.B finding BRK-B", () => {
    const table = parseCompanyTickers(json("files/company_tickers.json"));
    expect(table.get(tickerKey("aapl"))).toBe(320193);
    expect(table.get(tickerKey("BRK.B"))).toBe(1067983);
    expect(table.get(tickerKey("NOPE"))).toBeUndefined();
  });
});

describe("forms and items", () => {
  it("defaults to the 8-K family and normalizes what users type", () => {
    expect(EIGHT_K_FAMILY).toEqual(
      expect.arrayContaining(["8-K", "8-K/A", "8-K12B", "8-K12G3/A", "8-K15D5"]),
    );
    expect(normalizeForm(" 8-k /a ")).toBe("8-K/A");
    expect(parseFormList("8-k,8-K/A,8-K")).toEqual(["8-K", "8-K/A"]);
    expect(() => parseFormList("8-K,,")).toThrow(/empty form type/);
    expect(parseItemList("1.01, 2.02,5")).toEqual(["1.01", "2.02", "5"]);
    expect(() => parseItemList("1.1")).toThrow(/"1.1" is not an item code/);
  });

  it("filter by form, date and item", () => {
    const filter = {
      forms: new Set(["8-K"]),
      since: "2007-11-01",
      until: "2007-11-30",
      items: new Set(["8.01"]),
    };
    expect(matchesFormAndDate({ form: "8-K", filingDate: "2007-11-19" }, filter)).toBe(true);
    expect(matchesFormAndDate({ form: "8-K/A", filingDate: "2007-11-19" }, filter)).toBe(false);
    expect(matchesFormAndDate({ form: "8-K", filingDate: "2007-12-01" }, filter)).toBe(false);
    expect(matchesItems(["2.02", "8.01"], filter)).toBe(true);
    expect(matchesItems([], filter)).toBe(false);
    expect(matchesItems(undefined, filter)).toBe(false);
    expect(matchesItems(undefined, { forms: new Set() })).toBe(true);
  });
});

describe("dates", () => {
  it("validates dates, reads index dates, and lists quarters", () => {
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(normalizeIndexDate("20071119")).toBe("2007-11-19");
    expect(
      quartersBetween("2007-11-19", "2008-04-01").map((q) => `${q.year}Q${q.quarter} ${q.first}..${q.last}`),
    ).toEqual([
      "2007Q4 2007-10-01..2007-12-31",
      "2008Q1 2008-01-01..2008-03-31",
      "2008Q2 2008-04-01..2008-06-30",
    ]);
    // 03:00 UTC on 2 March is still 1 March in New York.
    expect(todayInNewYork(new Date("2024-03-02T03:00:00Z"))).toBe("2024-03-01");
  });
});

describe("retry policy", () => {
  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = new Date("2024-03-01T12:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Fri, 01 Mar 2024 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 01 Mar 2024 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, up to a cap, and honours Retry-After", () => {
    const policy = { maxAttempts: 5, backoffBaseMs: 1000, backoffMaxMs: 5000, maxRetryAfterMs: 60_000 };
    const plain = new EdgarFetchError("HTTP 503", "u", { status: 503, retryable: true });
    expect(retryDelayMs(1, plain, policy, () => 0)).toBe(500);
    expect(retryDelayMs(1, plain, policy, () => 1)).toBe(1000);
    expect(retryDelayMs(3, plain, policy, () => 1)).toBe(4000);
    expect(retryDelayMs(9, plain, policy, () => 1)).toBe(5000);
    const told = statusFailure(429, "Too Many Requests", "u", "7");
    expect(told.retryable).toBe(true);
    expect(retryDelayMs(1, told, policy, () => 0)).toBe(7000);
    const tooLong = statusFailure(503, "", "u", "3600");
    expect(() => retryDelayMs(1, tooLong, policy)).toThrow(/asks to wait 3600 s/);
    expect(statusFailure(404, "Not Found", "u", undefined).retryable).toBe(false);
  });
});
