import { describe, expect, it } from "vitest";
import { findDates } from "../../src/util/dates.js";

describe("dates in text", () => {
  it("reads every form filings print, in order, and no impossible day", () => {
    const text =
      "February 3, 1999; SEPTEMBER 29, 1995; March 21,2003; Dec. 20, 1996; 20 December 1996; " +
      "12/20/1996; 1/5/99; 2005-01-25; not 2005-13-01 nor 02/30/2000 nor 8-K nor 10/2005";
    expect(findDates(text).map((d) => [d.iso, text.slice(d.start, d.end)])).toEqual([
      ["1999-02-03", "February 3, 1999"],
      ["1995-09-29", "SEPTEMBER 29, 1995"],
      ["2003-03-21", "March 21,2003"],
      ["1996-12-20", "Dec. 20, 1996"],
      ["1996-12-20", "20 December 1996"],
      ["1996-12-20", "12/20/1996"],
      ["1999-01-05", "1/5/99"],
      ["2005-01-25", "2005-01-25"],
    ]);
  });

  it("finds numeric dates only where their separator is, as a scan of every position would", () => {
    // The patterns findDates tries at each "/" and "-", here tried everywhere.
    const everywhere = (s: string) =>
      [
        ...[...s.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g)].map((m) => {
          const y = m[3].length === 2 ? (Number(m[3]) > 50 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
          return [m.index, y, Number(m[1]), Number(m[2])];
        }),
        ...[...s.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => [
          m.index,
          Number(m[1]),
          Number(m[2]),
          Number(m[3]),
        ]),
      ]
        .filter(([, y, mo, d]) => {
          const dt = new Date(Date.UTC(y, mo - 1, d));
          return y >= 1900 && y <= 2100 && d >= 1 && dt.getUTCMonth() === mo - 1;
        })
        .map(([at]) => at)
        .sort((a, b) => a - b);
    // A fixed pseudo-random sequence: the same strings on every run.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    // Pieces of dates, run together: "12/1/5/99 2005-01-25-25", "x31/2005-01-".
    const pieces = [
      "1/",
      "12/",
      "31/",
      "01-",
      "2005-",
      "-25",
      "1999",
      "99",
      "2/30/",
      "1/5/99",
      "2005-01-25",
      "/",
      "-",
      " ",
      " ",
      "x",
    ];
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      let s = "";
      for (let k = 0; k < 14; k++) s += pieces[next() % pieces.length];
      const want = everywhere(s);
      compared += want.length;
      expect(findDates(s).map((d) => d.start)).toEqual(want);
    }
    expect(compared).toBeGreaterThan(500);
  });
});
