import { describe, expect, it } from "vitest";
import { LineTable } from "../../src/document/line-table.js";
import { LineFlag } from "../../src/document/types.js";

describe("LineTable", () => {
  it("keeps every field of a line, grows past its capacity and drops the last line", () => {
    const t = new LineTable(2);
    for (let i = 0; i < 5; i++) t.push(i * 10, i * 10 + 5, 4 * i, 1 + (i >> 1), i % 2 === 0, LineFlag.Bold);
    t.pop();
    expect(t.length).toBe(4);
    expect(t.line(3)).toEqual({
      start: 30,
      end: 35,
      indent: 12,
      page: 2,
      gapBefore: false,
      flags: LineFlag.Bold,
    });
    expect(t.line(4)).toBeUndefined();
    expect(t.line(-1)).toBeUndefined();
    expect([...t].map((l) => l.start)).toEqual([0, 10, 20, 30]);
  });

  it("caps indents at 1023 columns and keeps cells for the lines that have them", () => {
    const t = new LineTable();
    t.push(0, 3, 5000, 1, true, LineFlag.Table | LineFlag.Center);
    t.push(4, 9, 0, 1, false, LineFlag.Table);
    t.setCells(1, [{ start: 4, end: 9, col: 0, colEnd: 8 }]);
    expect(t.indent(0)).toBe(1023);
    expect(t.flags(0)).toBe(LineFlag.Table | LineFlag.Center);
    expect(t.cells(0)).toBeUndefined();
    expect(t.cells(1)).toEqual([{ start: 4, end: 9, col: 0, colEnd: 8 }]);
  });

  it("finds lines by offset", () => {
    const t = new LineTable();
    for (const [s, e] of [
      [0, 4],
      [6, 10],
      [12, 20],
      [22, 30],
    ])
      t.push(s, e, 0, 1, false, 0);
    expect(t.firstStartingAt(5)).toBe(1);
    expect(t.firstStartingAt(31)).toBe(-1);
    expect(t.firstEndingAfter(10)).toBe(2);
    expect(t.within(5, 20).map((l) => l.start)).toEqual([6, 12]);
    expect(t.within(5, 19).map((l) => l.start)).toEqual([6]);
  });
});
