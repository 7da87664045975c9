import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToDoc } from "../../src/document/html.js";
import { type Doc, type Line, LineFlag } from "../../src/document/types.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");

const lineText = (doc: Doc, l: Line) => doc.text.slice(l.start, l.end);
const texts = (doc: Doc) => doc.lines.toArray().map((l) => lineText(doc, l));
const cellTexts = (doc: Doc, l: Line) => (l.cells ?? []).map((c) => doc.text.slice(c.start, c.end));
const find = (doc: Doc, pred: (s: string) => boolean) => {
  const l = doc.lines.toArray().find((x) => pred(lineText(doc, x)));
  if (!l) throw new Error("line not found");
  return l;
};
const overlaps = (a: { col: number; colEnd: number }, b: { col: number; colEnd: number }) =>
  a.col < b.colEnd && b.col < a.colEnd;

/** Invariants every Doc must satisfy. */
function checkShape(doc: Doc) {
  let prevEnd = -1;
  let prevPage = 1;
  for (const l of doc.lines) {
    const s = lineText(doc, l);
    expect(s.length).toBeGreaterThan(0);
    expect(s).toBe(s.trim());
    expect(s).not.toContain("\n");
    expect(l.start).toBeGreaterThan(prevEnd);
    expect(l.page).toBeGreaterThanOrEqual(prevPage);
    for (const c of l.cells ?? []) {
      expect(c.start).toBeGreaterThanOrEqual(l.start);
      expect(c.end).toBeLessThanOrEqual(l.end);
      expect(c.colEnd).toBeGreaterThan(c.col);
    }
    prevEnd = l.end;
    prevPage = l.page;
  }
  expect(doc.pageStarts[0]).toBe(0);
  expect(doc.pageStarts.length).toBe(prevPage);
}

describe("htmlToDoc on an iXBRL 8-K (Apple 0000320193-24-000005, Workiva)", () => {
  const html = fixture("0000320193-24-000005.htm");
  const doc = htmlToDoc(html);

  it("has a sane shape", () => {
    expect(doc.format).toBe("html");
    checkShape(doc);
  });

  it("renders the state / file number / IRS number row as one table line with three cells", () => {
    const row = find(doc, (s) => s.startsWith("California"));
    expect(lineText(doc, row)).toBe("California   001-36743   94-2404110");
    expect(row.flags & LineFlag.Table).toBeTruthy();
    expect(cellTexts(doc, row)).toEqual(["California", "001-36743", "94-2404110"]);
  });

  it("lines each caption up with the value above it", () => {
    const i = doc.lines.toArray().findIndex((l) => lineText(doc, l).startsWith("California"));
    const values = doc.lines.cells(i) ?? [];
    const captions = doc.lines.cells(i + 1) ?? [];
    expect(cellTexts(doc, doc.lines.line(i + 1))).toEqual([
      "(State or other jurisdiction of incorporation)",
      "(Commission File Number)",
      "(I.R.S. Employer Identification No.)",
    ]);
    for (let k = 0; k < 3; k++) {
      expect(overlaps(values[k], captions[k])).toBe(true);
      for (let j = 0; j < 3; j++) if (j !== k) expect(overlaps(values[k], captions[j])).toBe(false);
    }
  });

  it("never renders ix:header content", () => {
    expect(doc.text).not.toContain("aapl-20240201.xsd");
    expect(doc.text).not.toContain("0000320193"); // dei:EntityCentralIndexKey, only in ix:hidden
    expect(doc.text).not.toContain("us-gaap:CommonStockMember");
    expect(doc.text).not.toContain("aapl-20240201"); // <title>
  });

  it("keeps check boxes as the first cell of their row", () => {
    const row = find(doc, (s) => s.includes("Written communications pursuant to Rule 425"));
    expect(cellTexts(doc, row)[0]).toBe("\u2610");
    expect(find(doc, (s) => s.startsWith("Emerging growth company"))).toBeTruthy();
    expect(texts(doc)).toContain("Emerging growth company \u2610");
  });

  it("flags the bold centred title and bold item headings, with paragraph gaps", () => {
    const form = find(doc, (s) => s === "FORM 8-K");
    expect(form.flags & LineFlag.Bold).toBeTruthy();
    expect(form.flags & LineFlag.Center).toBeTruthy();
    const item = find(doc, (s) => s.startsWith("Item 2.02"));
    expect(lineText(doc, item)).toBe("Item 2.02 Results of Operations and Financial Condition.");
    expect(item.flags & LineFlag.Bold).toBeTruthy();
    expect(item.flags & LineFlag.Center).toBeFalsy();
    expect(item.gapBefore).toBe(true);
    const body = find(doc, (s) => s.startsWith("On February 1, 2024, Apple Inc."));
    expect(body.flags & (LineFlag.Bold | LineFlag.Table)).toBe(0);
  });

  it("counts pages at page-break-after rules", () => {
    expect(doc.pageStarts.length).toBe(3);
    expect(find(doc, (s) => s.startsWith("Item 2.02")).page).toBe(2);
    const sig = find(doc, (s) => s === "SIGNATURE");
    expect(sig.page).toBe(3);
    expect(doc.pageStarts[2]).toBe(sig.start);
  });

  it("maps text offsets back to the source", () => {
    const name = find(doc, (s) => s === "Apple Inc.");
    const at = doc.sourceOffset(name.start);
    expect(html.slice(at, at + 10)).toBe("Apple Inc.");
    const item = find(doc, (s) => s.startsWith("Item 2.02"));
    const r = doc.sourceOffset(item.start + "Item 2.02 ".length);
    expect(html.slice(r, r + 7)).toBe("Results");
    const date = find(doc, (s) => s === "February 1, 2024");
    // "February&#160;1, 2024": the space came from an entity, "1" follows it.
    const one = doc.sourceOffset(date.start + "February ".length);
    expect(html.slice(one, one + 7)).toBe("1, 2024");
  });
});

describe("htmlToDoc on a 2000 8-K (Rock of Ages 0000084581-00-500009, uppercase tag soup)", () => {
  const doc = htmlToDoc(fixture("0000084581-00-500009.htm"));

  it("renders the cover table and its caption row", () => {
    checkShape(doc);
    const i = doc.lines.toArray().findIndex((l) => lineText(doc, l).startsWith("DELAWARE"));
    expect(cellTexts(doc, doc.lines.line(i))).toEqual(["DELAWARE", "0-29464", "03-153200"]);
    const caption = doc.lines
      .toArray()
      .slice(i + 1)
      .find((l) => lineText(doc, l).startsWith("(State"));
    expect(caption && cellTexts(doc, caption)[1]).toBe("(Commission File Number)");
    const [under, over] = [caption?.cells?.[1], doc.lines.cells(i)?.[1]];
    expect(!!under && !!over && overlaps(under, over)).toBe(true);
  });

  it("drops lone page numbers before <HR> page breaks", () => {
    expect(doc.pageStarts.length).toBe(4);
    for (const n of ["2", "3", "4"]) expect(texts(doc)).not.toContain(n);
    const item5 = find(doc, (s) => s === "ITEM 5. OTHER EVENTS.");
    expect(item5.page).toBe(3);
    expect(item5.flags & LineFlag.Bold).toBeTruthy();
  });

  it("does not carry formatting across a stray </EM></FONT>", () => {
    const name = find(doc, (s) => s === "ROCK OF AGES CORPORATION");
    expect(name.flags & LineFlag.Underline).toBeTruthy();
    expect(name.flags & LineFlag.Center).toBeTruthy();
  });
});

describe("htmlToDoc on a 2003 8-K with <hr> page separators (0001104659-03-004925)", () => {
  const doc = htmlToDoc(fixture("0001104659-03-004925.htm"));

  it("splits pages at full-width rules and drops the page number before them", () => {
    checkShape(doc);
    expect(doc.pageStarts.length).toBe(3);
    expect(find(doc, (s) => s === "Item 9. Regulation FD Disclosure").page).toBe(2);
    expect(texts(doc)).not.toContain("1");
    expect(find(doc, (s) => s.startsWith("SIGNATURES")).page).toBe(3);
  });

  it("decodes entities and drops soft hyphens", () => {
    expect(doc.text).toContain("relating to any individual registrant");
    expect(doc.text).toContain("Company.\u00a0".replace("\u00a0", " "));
    expect(doc.text).not.toContain("\u00a0");
    expect(doc.text).not.toContain("&#");
  });

  it("keeps a multi-registrant cover row together", () => {
    const row = find(doc, (s) => s.startsWith("2-26720"));
    expect(cellTexts(doc, row)).toEqual(["2-26720", "Louisville Gas and Electric Company", "61-0264150"]);
  });
});

describe("htmlToDoc on a 2007 multi-registrant 8-K (Southern Co 0000092122-07-000008)", () => {
  const doc = htmlToDoc(fixture("0000092122-07-000008.htm"));

  it("joins the lines of a multi-line cell with spaces", () => {
    checkShape(doc);
    const row = find(doc, (s) => s.startsWith("1-3526"));
    const cells = cellTexts(doc, row);
    expect(cells[0]).toBe("1-3526");
    expect(cells[1]).toMatch(/^The Southern Company \(A Delaware Corporation\) 30 Ivan Allen Jr\. Blvd\./);
    expect(cells[2]).toBe("58-0690070");
  });

  it("renders item headings laid out as two-cell tables", () => {
    const item = find(doc, (s) => s.startsWith("Item 2.02"));
    expect(cellTexts(doc, item)).toEqual(["Item 2.02", "Results of Operations and Financial Condition"]);
    expect(item.flags & LineFlag.Bold).toBeTruthy();
  });
});

describe("htmlToDoc on floated headings and check boxes (BlueCalypso 2015)", () => {
  const doc = htmlToDoc(fixture("natereed_BlueCalypso_8-K_2015-06-26.htm"));

  it("puts a short float:left block on the line of the block beside it", () => {
    checkShape(doc);
    expect(texts(doc)).toContain(
      "o Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
    );
    const item = find(doc, (s) => s.startsWith("Item 5.03"));
    expect(lineText(doc, item)).toBe(
      "Item 5.03 Amendments to Articles of Incorporation of Bylaws; Change in Fiscal Year.",
    );
    expect(item.flags & LineFlag.Bold).toBeTruthy();
    expect(item.page).toBe(2);
    expect(texts(doc)).toContain("Item 8.01 Other Events");
  });
});

describe("htmlToDoc on a <pre> 8-K (EvergreenIntl 2024)", () => {
  const doc = htmlToDoc(fixture("edgartools_document-with-pre_EvergreenIntl_8-K_2024-12-20.html"));

  it("keeps pre lines, their spacing and indent", () => {
    checkShape(doc);
    const title = find(doc, (s) => s === "UNITED STATES");
    expect(title.indent).toBeGreaterThan(40);
    const row = find(doc, (s) => s.startsWith("Delaware"));
    expect(lineText(doc, row)).toMatch(/^Delaware {10,}000-30432 {10,}22-2335094$/);
    expect(texts(doc)).not.toContain("Form 8-K"); // <title>
  });

  it("reads the same lines from CR-only and CRLF line endings", () => {
    const lf = fixture("edgartools_document-with-pre_EvergreenIntl_8-K_2024-12-20.html").replace(
      /\r\n/g,
      "\n",
    );
    const want = texts(htmlToDoc(lf));
    expect(want.length).toBeGreaterThan(40);
    expect(texts(htmlToDoc(lf.replace(/\n/g, "\r")))).toEqual(want);
    expect(texts(htmlToDoc(lf.replace(/\n/g, "\r\n")))).toEqual(want);
  });
});

describe("htmlToDoc on a Workiva earnings release with hidden spacer cells (Apple EX-99.1)", () => {
  const doc = htmlToDoc(fixture("0000320193-24-000005_EX-99.1.htm"));

  it("keeps numeric columns aligned under their period headers", () => {
    checkShape(doc);
    const header = find(doc, (s) => s === "December 30, 2023   September 30, 2023");
    const row = find(doc, (s) => s.startsWith("Cash and cash equivalents"));
    expect(cellTexts(doc, row)).toEqual(["Cash and cash equivalents", "$", "40,760", "$", "29,965"]);
    const [h1, h2] = header.cells ?? [];
    const cells = row.cells ?? [];
    expect(overlaps(h1, cells[2])).toBe(true);
    expect(overlaps(h2, cells[4])).toBe(true);
    expect(overlaps(h1, cells[4])).toBe(false);
  });
});

describe("htmlToDoc rendering rules", () => {
  const render = (html: string) => {
    const doc = htmlToDoc(html);
    checkShape(doc);
    return doc;
  };

  it("ends lines at blocks and <br>, not at inline elements, collapsing white space", () => {
    const doc = render(
      "<div>One <font>two</font>\n   <b>three</b></div><p>Four<br>five</p><span>six</span><h2>Seven</h2>",
    );
    expect(texts(doc)).toEqual(["One two three", "Four", "five", "six", "Seven"]);
    expect(doc.text).toBe("One two three\n\nFour\nfive\n\nsix\n\nSeven");
  });

  it("decodes entities and turns non-breaking spaces into spaces", () => {
    const doc = render("<p>AT&amp;T&nbsp;&nbsp;Inc.&#8217;s &#160;&lt;b&gt; &copy; &#x2612;</p>");
    expect(texts(doc)).toEqual(["AT&T Inc.\u2019s <b> \u00a9 \u2612"]);
  });

  it("skips hidden content: display:none, ix:header, head, script, style, comments", () => {
    const doc = render(
      "<?xml version='1.0'?><html><head><title>T</title><style>p{}</style></head><body>" +
        "<div style='display: none'><p>gone</p></div><ix:header><ix:hidden>hidden fact</ix:hidden></ix:header>" +
        "<script>var x = '<p>no</p>';</script><!-- <p>comment</p> --><p>shown</p></body></html>",
    );
    expect(texts(doc)).toEqual(["shown"]);
  });

  it("drops a space set in a font too small to see, and keeps one set in a readable font", () => {
    // A filing agent's exhibit number "104", written "10" and "4" around a 1pt space (Napco 2026).
    const doc = render(
      "<table><tr><td><p style='font-size:1pt;margin:0pt'><span style='font-size:10pt'>10</span> " +
        "<span style='font-size:10pt'>4</span></p></td><td><p style='font-size:10pt'>Cover Page</p></td></tr></table>" +
        "<p style='font-size:10pt'>Item <span>9.01</span> <span style='font-size:1pt'>x</span> done</p>",
    );
    expect(texts(doc)).toEqual(["104   Cover Page", "Item 9.01 x done"]);
  });

  it("closes <head> when the body starts without it", () => {
    const doc = render("<html><head><title>x</title><body><p>text</p>");
    expect(texts(doc)).toEqual(["text"]);
  });

  it("flags bold, underline and centre only when the whole line has them", () => {
    const doc = render(
      "<p align=center><b>ITEM 1.01</b></p><p style='font-weight:700'>ALL <span style='text-decoration:underline'>bold</span></p>" +
        "<p><b>Item 2.</b> body</p><center><u>Title</u></center><div style='text-align:center'><span style='font-weight:normal'>plain</span></div>",
    );
    const flags = doc.lines.toArray().map((l) => l.flags);
    expect(flags[0]).toBe(LineFlag.Bold | LineFlag.Center);
    expect(flags[1]).toBe(LineFlag.Bold);
    expect(flags[2]).toBe(0);
    expect(flags[3]).toBe(LineFlag.Underline | LineFlag.Center);
    expect(flags[4]).toBe(LineFlag.Center);
  });

  it("joins table cells with three spaces on an 8-per-column grid, honouring colspan and rowspan", () => {
    const doc = render(
      "<table><tr><td colspan=2>Delaware</td><td>&nbsp;</td><td>1-234</td></tr>" +
        "<tr><td rowspan=2>A</td><td>B</td><td>C</td><td>D</td></tr><tr><td>E</td><td>F</td></tr>" +
        "<tr><td>&nbsp;</td><td> </td></tr></table><p>after</p>",
    );
    expect(texts(doc)).toEqual(["Delaware   1-234", "A   B   C   D", "E   F", "after"]);
    expect(doc.lines.cells(0)?.map((c) => [c.col, c.colEnd])).toEqual([
      [0, 16],
      [24, 32],
    ]);
    expect(doc.lines.cells(2)?.map((c) => c.col)).toEqual([8, 16]);
    expect(doc.lines.toArray().every((l, i) => i === 3 || l.flags & LineFlag.Table)).toBe(true);
    expect(doc.lines.gapBefore(3)).toBe(true);
  });

  it("keeps a table of spans run wild on a grid of 512 columns", () => {
    // Each row opens a cell 1,000 columns wide and 1,000 rows deep: the next row's cell starts
    // past it, and so on; the grid stops at 512 columns instead of growing by 1,000 a row.
    const rows = "<tr><td colspan=1000 rowspan=1000>x</td></tr>".repeat(300);
    const doc = render(`<table>${rows}</table><p>after</p>`);
    expect(texts(doc)).toEqual([...Array(300).fill("x"), "after"]);
    const ends = doc.lines.toArray().flatMap((_, i) => (doc.lines.cells(i) ?? []).map((c) => c.colEnd));
    expect(Math.max(...ends)).toBe(513 * 8);
    // One row of such cells.
    const wide = render(`<table><tr>${"<td colspan=1000 rowspan=2>x</td>".repeat(3000)}</tr></table>`);
    expect(wide.lines.length).toBe(1);
    expect(Math.max(...(wide.lines.cells(0) ?? []).map((c) => c.colEnd))).toBe(513 * 8);
    // Cells past the grid go on in its last cell: every x is there, in at most 513 cells.
    expect(wide.text.match(/x/g)?.length).toBe(3000);
    expect(wide.lines.cells(0)?.length).toBeLessThanOrEqual(513);
  });

  it("keeps the lines of a single-cell (layout) row apart", () => {
    const doc = render("<table><tr><td><p>First para</p><p>Second<br>line</p></td></tr></table>");
    expect(texts(doc)).toEqual(["First para", "Second", "line"]);
  });

  it("flattens nested tables into lines", () => {
    const doc = render(
      "<table><tr><td>Outer</td><td>before<table><tr><td>in1</td><td>in2</td></tr></table>after</td></tr>" +
        "<tr><td>x</td><td>y</td></tr></table>",
    );
    expect(texts(doc)).toEqual(["Outer   before", "in1   in2", "after", "x   y"]);
  });

  it("survives tag soup: unclosed and stray tags, <font> around blocks, CDATA", () => {
    const doc = render(
      "<FONT SIZE=2><P>one<P>two</FONT></td></tr></table><B>three<DIV>four</B></DIV>" +
        "<table><tr><td>a<td>b<tr><td>c</table><![CDATA[five]]><p>six</i></span></p></p><ul><li>x<li>y</ul>",
    );
    expect(texts(doc)).toEqual(["one", "two", "three", "four", "a   b", "c", "five", "six", "x", "y"]);
    expect(doc.lines.flags(3) & LineFlag.Bold).toBeTruthy();
  });

  it("does not let an inline close tag escape its table cell", () => {
    const doc = render("<b><table><tr><td>a</b></td><td>b</td></tr></table>c</b>");
    expect(texts(doc)).toEqual(["a   b", "c"]);
  });

  it("treats self-closing XHTML elements as empty", () => {
    const doc = render("<table><tr><td/><td/></tr><tr><td colspan='2'>x</td></tr></table><div/><p>y</p>");
    expect(texts(doc)).toEqual(["x", "y"]);
  });

  it("marks gaps: paragraphs with margins, empty paragraphs, tables; not zero-margin lines", () => {
    const doc = render(
      "<p style='margin:0'>a</p><p style='margin:0'>b</p><p style='margin:0'>&nbsp;</p><p style='margin:0'>c</p>" +
        "<div>d</div><div style='margin-top:12pt'>e</div><table><tr><td>f</td></tr></table>",
    );
    expect(doc.lines.toArray().map((l) => l.gapBefore)).toEqual([false, false, true, false, true, true]);
  });

  it("numbers pages at CSS page breaks and drops page-number furniture", () => {
    const doc = render(
      "<p>Page one</p><p>- 1 -</p><div style='page-break-after:always'></div>" +
        "<p style='page-break-before:always'>Page two</p><p>Page 2 of 3</p><hr style='page-break-after:always'>" +
        "<p>Item 1. Page three</p><p>2</p><p>Last</p>",
    );
    expect(texts(doc)).toEqual(["Page one", "Page two", "Item 1. Page three", "2", "Last"]);
    expect(doc.lines.toArray().map((l) => l.page)).toEqual([1, 2, 3, 3, 3]);
    expect(doc.pageStarts).toEqual([0, doc.lines.start(1), doc.lines.start(2)]);
  });

  it("breaks pages at SGML <PAGE> markers left in HTML", () => {
    const doc = render("<p>one</p><PAGE><p>two</p>");
    expect(doc.lines.toArray().map((l) => l.page)).toEqual([1, 2]);
  });

  it("does not treat a short decorative rule as a page break", () => {
    const doc = render("<p>Name</p><hr width='35%'><p>Caption</p><hr><p>Next page</p>");
    expect(doc.lines.toArray().map((l) => l.page)).toEqual([1, 1, 2]);
  });

  it("maps offsets of entity-decoded text to the reference", () => {
    const html = "<p>A&amp;B&nbsp;C</p>";
    const doc = render(html);
    expect(doc.text).toBe("A&B C");
    expect(html.slice(doc.sourceOffset(1), doc.sourceOffset(1) + 5)).toBe("&amp;");
    expect(html[doc.sourceOffset(2)]).toBe("B");
    expect(html[doc.sourceOffset(4)]).toBe("C");
  });

  it("handles empty and text-only input", () => {
    expect(htmlToDoc("").lines.toArray()).toEqual([]);
    expect(htmlToDoc("").pageStarts).toEqual([0]);
    expect(texts(render("plain words\nno tags"))).toEqual(["plain words no tags"]);
  });
});

describe("htmlToDoc on pathological input", () => {
  it("renders a ~20 MB single-line document", () => {
    const para = (i: number) =>
      `<p style="margin:0"><font face="Times"><b>Item ${i}.</b> Text &amp; more&nbsp;text, <i>about</i> filings.</font></p>` +
      `<table><tr><td>Revenue</td><td>&nbsp;</td><td align=right>${i},000</td></tr></table>`;
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 20_000_000; i++) {
      const p = para(i);
      parts.push(p);
      n += p.length;
    }
    const doc = htmlToDoc(parts.join(""));
    expect(doc.lines.length).toBe(parts.length * 2);
    const last = doc.lines.length / 2 - 1;
    expect(lineText(doc, doc.lines.line(2 * last))).toBe(`Item ${last}. Text & more text, about filings.`);
    expect(cellTexts(doc, doc.lines.line(2 * last + 1))).toEqual(["Revenue", `${last},000`]);
  });

  it("survives 5,000-deep nested tables", () => {
    const depth = 5000;
    const html = `${"<table><tr><td>x".repeat(depth)}core${"</td></tr></table>".repeat(depth)}<p>after</p>`;
    const doc = htmlToDoc(html);
    checkShape(doc);
    expect(doc.lines.length).toBe(depth + 1);
    expect(lineText(doc, doc.lines.line(depth - 1))).toBe("xcore");
    expect(lineText(doc, doc.lines.line(depth))).toBe("after");
  });

  it("survives 100,000 unclosed inline tags and stray closers", () => {
    const html = `<p>${"<font><b>w ".repeat(100_000)}${"</i></td>".repeat(50_000)}</p><p>end</p>`;
    const doc = htmlToDoc(html);
    checkShape(doc);
    expect(lineText(doc, doc.lines.line(doc.lines.length - 1))).toBe("end");
  });

  it("survives unclosed tables and cells at end of input", () => {
    const doc = htmlToDoc("<table><tr><td>a<td>b<table><tr><td>c");
    expect(texts(doc)).toEqual(["a   b", "c"]);
  });
});
