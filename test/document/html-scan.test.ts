import { readdirSync, readFileSync } from "node:fs";
import { Tokenizer } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeHtmlChunks, detectEncoding } from "../../src/document/decode.js";
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

type ScanEvent = [kind: string, value: string, at: number];
const RAW_TEXT = new Set(["script", "style"]);

/**
 * Text (with its offsets) and attribute values as our scanner gives them. Script and style text
 * is left out: the reference below does not decode references there, we do, and neither is shown.
 */
function ourEvents(html: string): ScanEvent[] {
  const out: ScanEvent[] = [];
  let raw = false;
  scanHtml(html, {
    open(name, attrs, start) {
      raw = RAW_TEXT.has(name);
      for (const [k, v] of Object.entries(attrs)) out.push(["attr", `${k}=${v}`, start]);
    },
    close() {
      raw = false;
    },
    text(s, start, isRaw) {
      if (!raw) out.push([isRaw ? "text" : "ref", s, start]);
    },
  });
  return out;
}

/** The same events from htmlparser2's Tokenizer decoding references itself. */
function referenceEvents(html: string): ScanEvent[] {
  const out: ScanEvent[] = [];
  let raw = false;
  let tag = 0;
  let pending: ScanEvent[] = [];
  let name = "";
  let value = "";
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext(start, end) {
        if (!raw) out.push(["text", html.slice(start, end), start]);
      },
      ontextentity(cp, end) {
        if (!raw) out.push(["ref", String.fromCodePoint(cp), html.lastIndexOf("&", end - 1)]);
      },
      onopentagname(start, end) {
        raw = RAW_TEXT.has(html.slice(start, end).toLowerCase());
        tag = start - 1;
        pending = [];
      },
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        value = "";
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(cp) {
        value += String.fromCodePoint(cp);
      },
      onattribend() {
        if (!pending.some((e) => e[1].startsWith(`${name}=`)))
          pending.push(["attr", `${name}=${value}`, tag]);
      },
      onopentagend() {
        out.push(...pending);
      },
      onselfclosingtag() {
        out.push(...pending);
      },
      onclosetag() {
        raw = false;
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out;
}

describe("character references", () => {
  it("are decoded in text and attribute values as htmlparser2 decodes them, at the same offsets", () => {
    const cases = [
      "AT&amp;T &#169; 2024 &#x2014; R&D&nbsp;Inc",
      "<p>Smith &amp Jones<b>&amp</b> &notin; &notit; &copy2</p>",
      '<td style="font-family:&quot;Times&quot;;width:10%" title="a&amp;b&ampc=d">x&lt;y</td>',
      "<p>trailing &amp",
      "<p>a & b &; &#; &#x; &#xZZ; &#12345678; &unknown; &AMP;</p>",
      "<title>A &amp; B</title><p>&lt;p&gt;</p>",
    ];
    for (const html of cases) expect(ourEvents(html), html).toEqual(referenceEvents(html));
  });

  it("come out the same on every HTML fixture", () => {
    const dir = new URL("../fixtures/html/", import.meta.url);
    const names = readdirSync(dir).filter((n) => /\.html?$/.test(n));
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) {
      const html = readFileSync(new URL(n, dir), "latin1");
      expect(ourEvents(html), n).toEqual(referenceEvents(html));
    }
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

describe("HTML rendered piece by piece", () => {
  const doc = (d: ReturnType<typeof htmlToDoc>) => ({
    text: d.text,
    lines: d.lines.toArray(),
    pages: d.pageStarts,
    offsets: Array.from({ length: 50 }, (_, k) => d.sourceOffset(Math.floor((k * d.text.length) / 50))),
  });

  it("gives the same document as the whole string, for pieces of any size and every encoding", () => {
    const names = [
      "0000320193-24-000005_EX-99.1.htm",
      "0001193125-14-242424.htm",
      "0000084581-00-500009.htm",
      "arelle_workiva_wk-20230109_8-K_viewer.htm", // UTF-8
    ];
    const windows1252 = Buffer.from(
      "<p>The Company\x92s \x93results\x94 &amp; more</p><table><tr><td>\x80 1</td></tr></table>".repeat(40),
      "latin1",
    );
    const files = names.map((n) => readFileSync(new URL(`../fixtures/html/${n}`, import.meta.url)));
    const encodings = new Set<string>();
    for (const bytes of [...files, windows1252]) {
      const { text, encoding } = decodeBytes(bytes);
      encodings.add(encoding);
      expect(detectEncoding(bytes)).toBe(encoding);
      const whole = doc(htmlToDoc(text));
      for (const size of [97, 1024, 65536])
        expect(doc(htmlToDoc(decodeHtmlChunks(bytes, encoding, size)))).toEqual(whole);
    }
    expect([...encodings].sort()).toEqual(["ascii", "utf-8", "windows-1252"]);
  });

  it("cuts only after a '>', so no UTF-8 character is split", () => {
    const bytes = Buffer.from(`<p>${"é—€".repeat(400)}</p><p>${"x".repeat(300)}</p>`, "utf8");
    const pieces = [...decodeHtmlChunks(bytes, "utf-8", 64)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(bytes.toString("utf8"));
    for (const p of pieces.slice(0, -1)) expect(p.endsWith(">")).toBe(true);
  });
});
