import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToDoc } from "../../src/document/html.js";
import { type ScanHandler, scanHtml, type TagAttrs } from "../../src/document/html-scan.js";
import { LineFlag } from "../../src/document/types.js";
import { inlineXbrlReader, readInlineXbrl } from "../../src/form8k/ixbrl.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");

/** Every open tag's name and a copy of its attributes (the scanner reuses its object). */
function openTags(html: string, keep?: ReadonlySet<string>): { name: string; attrs: TagAttrs }[] {
  const out: { name: string; attrs: TagAttrs }[] = [];
  const h: ScanHandler = {
    open(name, attrs) {
      const own: TagAttrs = {};
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined) own[k] = v;
      out.push({ name, attrs: own });
    },
    close() {},
    text() {},
  };
  scanHtml(html, h, keep);
  return out;
}

describe("scanHtml", () => {
  it("lower-cases tag and attribute names of any spelling, the same name every time", () => {
    const tags = openTags(
      '<P ALIGN=CENTER>a</P><p Align="left">b</p><TD CoLsPaN=2>c</TD>',
      new Set(["align", "colspan"]),
    );
    expect(tags).toEqual([
      { name: "p", attrs: { align: "CENTER" } },
      { name: "p", attrs: { align: "left" } },
      { name: "td", attrs: { colspan: "2" } },
    ]);
  });

  it("gives a tag none of the attributes of the tag before it, and keeps the first of a repeated one", () => {
    const tags = openTags(
      '<div style="a" align="center"></div><div></div><div style="b" style="c"></div>',
      new Set(["style", "align"]),
    );
    expect(tags.map((t) => t.attrs)).toEqual([{ style: "a", align: "center" }, {}, { style: "b" }]);
  });

  it("collects every attribute when no set is given, names like 'constructor' included", () => {
    const tags = openTags('<a href="x" constructor="y" class="z">t</a>');
    expect(tags[0].attrs).toEqual({ href: "x", constructor: "y", class: "z" });
  });
});

describe("htmlToDoc with an observer", () => {
  it("reads the same iXBRL facts in the renderer's scan as in a scan of its own", () => {
    for (const name of ["0000320193-24-000005.htm", "0001193125-23-198542.htm", "0001493152-25-001317.htm"]) {
      const html = fixture(name);
      const reader = inlineXbrlReader(html);
      const doc = htmlToDoc(html, reader);
      expect(reader.finish()).toEqual(readInlineXbrl(html));
      expect(doc.text).toBe(htmlToDoc(html).text);
    }
  });

  it("does not carry a centred paragraph's alignment to the next one", () => {
    const doc = htmlToDoc('<p align="center">Title</p><p>Body text</p><P ALIGN=CENTER>Again</P>');
    expect(doc.lines.toArray().map((l) => (l.flags & LineFlag.Center) !== 0)).toEqual([true, false, true]);
  });

  it("keeps the columns of cells after empty spacer cells", () => {
    const doc = htmlToDoc("<table><tr><td></td><td>a</td><td></td><td></td><td>b</td></tr></table>");
    expect(doc.lines.cells(0)?.map((c) => [doc.text.slice(c.start, c.end), c.col / 8])).toEqual([
      ["a", 1],
      ["b", 4],
    ]);
  });
});
