import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fixture } from "../helpers/fixtures.js";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return {
    code,
    out,
    err,
    get lines() {
      return out
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), "eightk-cli-"));
const put = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

const seed = fixture("text/000_20800b8e38aa6f65.txt");
const submission = fixture("sgml/0000320193-96-000027.txt");

describe("eightk parse --jsonl", () => {
  it("prints one contract line per file, in order, and exits 0", async () => {
    const r = await run(["parse", "--jsonl", put("seed.txt", seed), put("apple.txt", submission)]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => [l.source.split("/").pop(), l.error, l.form, l.dateOfReport])).toEqual([
      ["seed.txt", null, "8-K", "1999-02-03"],
      ["apple.txt", null, "8-K", "1996-12-20"],
    ]);
    expect(r.lines[0].registrant.irsEmployerId).toBe("04-2726691");
  });

  it("gives each bad file a one-line error and goes on with the batch", async () => {
    const cut = submission.subarray(0, submission.indexOf("Developer Support"));
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    const files = [
      put("empty.txt", ""),
      put("binary.bin", binary),
      put("truncated.txt", cut),
      put("exhibit.txt", fixture("text/0000912057-00-002128_EX-99.1.txt")),
      join(dir, "missing.txt"),
      put("good.txt", seed),
    ];
    const r = await run(["parse", "--jsonl", ...files]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(6);
    const errors = r.lines.map((l) => l.error);
    expect(errors[0]).toBe("empty file");
    expect(errors[1]).toMatch(/binary/);
    expect(errors[2]).toMatch(/^truncated: document 2 \(EX-99\)/);
    expect(errors[3]).toMatch(/^not an 8-K/);
    expect(errors[4]).toBe("no such file");
    expect(errors[5]).toBeNull();
    for (const e of errors.slice(0, 5)) expect(e).not.toMatch(/\n/);
    // An error line has a record line's fields, empty.
    expect(Object.keys(r.lines[0]).sort()).toEqual(Object.keys(r.lines[5]).sort());
    expect(r.lines[0].agreements).toEqual([]);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(5);
  });

  it("reports an exhibit submitted alone as not an 8-K, even when it is a full document", async () => {
    const r = await run([
      "parse",
      "--jsonl",
      put("ex.txt", fixture("text/0000891618-95-000727_EX-20.1.txt")),
    ]);
    expect(r.lines[0].error).toMatch(/not an 8-K/);
  });

  it("reads windows-1252 text (curly quotes, section signs) without losing offsets", async () => {
    const text = seed.toString("latin1").replace("ImmunoGen's option", "ImmunoGen\x92s option \xa7");
    const r = await run(["parse", "--jsonl", put("cp1252.txt", Buffer.from(text, "latin1"))]);
    expect(r.lines[0].error).toBeNull();
    expect(r.lines[0].items[0].text).toContain("ImmunoGen\u2019s option \u00a7");
    expect(r.lines[0].registrant.commissionFileNumber).toBe("0-17999");
  });

  it("takes a folder as every file in it", async () => {
    const sub = mkdtempSync(join(dir, "folder-"));
    writeFileSync(join(sub, "a.txt"), seed);
    writeFileSync(join(sub, "b.txt"), submission);
    const r = await run(["parse", "--jsonl", sub]);
    expect(r.lines.map((l) => l.error)).toEqual([null, null]);
  });

  it("reads a bare document with its exhibit files: beside it, or in the folder beside it by accession number", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "eightk-attach-"));
    const file = (folder: string, name: string, data: Buffer) => {
      mkdirSync(join(corpus, folder), { recursive: true });
      writeFileSync(join(corpus, folder, name), data);
      return join(corpus, folder, name);
    };
    // Cisco's 1995 8-K tells the merger's value only in its press release, Exhibit 20.1.
    const cisco = fixture("text/0000891618-95-000727.txt");
    const release = fixture("text/0000891618-95-000727_EX-20.1.txt");
    // Named otherwise, the file is on its own: only a name by accession number looks beside its folder.
    const alone = file("alone", "cisco.txt", cisco);
    const beside = file("text", "0000891618-95-000727.txt", cisco);
    file("text", "0000891618-95-000727_EX-20.1.txt", release);
    // Apple's 2024 inline XBRL 8-K, its press release kept with the HTML files.
    const apple = file("ixbrl", "0000320193-24-000005.htm", fixture("html/0000320193-24-000005.htm"));
    file("html", "0000320193-24-000005_EX-99.1.htm", fixture("html/0000320193-24-000005_EX-99.1.htm"));
    const r = await run([
      "parse",
      "--jsonl",
      alone,
      beside,
      apple,
      join(corpus, "text", "0000891618-95-000727_EX-20.1.txt"),
    ]);
    const [without, withRelease, ixbrl, exhibit] = r.lines;
    // The exhibit file alone is no 8-K, and says whose it is.
    expect(exhibit.error).toBe(
      "not an 8-K: exhibit EX-20.1 of 0000891618-95-000727.txt, read with that document",
    );
    expect(without.exhibits.map((e: { document: number | null }) => e.document)).toEqual([null]);
    expect(without.agreements[0].terms.map((t: { kind: string }) => t.kind)).toEqual(["purchase_price"]);
    expect(withRelease.exhibits.map((e: { document: number | null }) => e.document)).toEqual([1]);
    expect(withRelease.agreements[0].terms).toContainEqual({
      kind: "total_value",
      amount: 114_200_000,
      currency: "USD",
      qualifier: null,
    });
    expect(ixbrl.exhibits.find((e: { number: string }) => e.number === "99.1").document).toBe(1);
  });

  it("refuses a file over --max-bytes with a clear error", async () => {
    const r = await run(["parse", "--jsonl", "--max-bytes", "1000", put("seed2.txt", seed)]);
    expect(r.lines[0].error).toMatch(/^file too large: 7718 bytes/);
  });

  it("refuses a larger file by its size, before reading it, and a stream past the limit", async () => {
    // A sparse 300 MB file: reading it whole would take 300 MB.
    const huge = put("huge.txt", "");
    execFileSync("truncate", ["-s", "300M", huge]);
    const r = await run(["parse", "--jsonl", huge]);
    expect(r.lines[0].error).toBe("file too large: 314572800 bytes (limit 209715200)");
    const z = await run(["parse", "--jsonl", "--max-bytes", "100000", "/dev/zero"]);
    expect(z.lines[0].error).toBe("file too large: more than 100000 bytes (limit 100000)");
  });

  it("reports what a folder holds that is no file (a FIFO would block the batch), and an empty folder", async () => {
    const sub = mkdtempSync(join(dir, "special-"));
    writeFileSync(join(sub, "a.txt"), seed);
    execFileSync("mkfifo", [join(sub, "b.fifo")]);
    const empty = join(dir, "empty-folder");
    mkdirSync(empty);
    const r = await run(["parse", "--jsonl", sub, empty, put("after.txt", seed)]);
    expect(r.lines.map((l) => [l.source.replace(dir, ""), l.error])).toEqual([
      [`${sub.replace(dir, "")}/a.txt`, null],
      [`${sub.replace(dir, "")}/b.fifo`, "not a regular file"],
      ["/empty-folder", "empty folder: no files to parse"],
      ["/after.txt", null],
    ]);
    expect(r.code).toBe(1);
  });

  it("ends quietly when its reader stops early (| head)", () => {
    const files = Array.from({ length: 40 }, (_, i) => put(`many-${i}.txt`, seed));
    const bin = join(import.meta.dirname, "../../bin/eightk.js");
    const r = spawnSync(
      "sh",
      ["-c", `node "${bin}" parse --jsonl "$@" | head -c 100 > /dev/null`, "sh", ...files],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
  });

  it("writes the input's control characters into an error as escapes, not raw bytes", async () => {
    const r = await run([
      "parse",
      "--jsonl",
      put(
        "nul.txt",
        "<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-\u0000K\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nhello\n</TEXT>\n</DOCUMENT>\n",
      ),
    ]);
    expect(r.err.includes("\u0000")).toBe(false);
    expect(r.lines[0].error).toContain("8-\\u0000K");
  });

  it("reads UTF-16 text, with or without a byte-order mark, as the same record", async () => {
    const text = submission.toString("latin1");
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    const r = await run([
      "parse",
      "--jsonl",
      put("utf8.txt", submission),
      put("le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), le])),
      put("be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
      put("le.txt", le),
    ]);
    const [utf8, ...utf16] = r.lines.map(({ source, ...rest }) => rest);
    expect(utf8.error).toBeNull();
    expect(utf8.registrant.name).toBe("Apple Computer, Inc.");
    for (const line of utf16) expect(line).toEqual(utf8);
  });

  it("takes --max-bytes only as a whole number of bytes", async () => {
    for (const bad of ["abc", "0", "-5", "1.5"]) {
      const r = await run(["parse", "--jsonl", "--max-bytes", bad, put("seed4.txt", seed)]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
    }
  });

  it("parses a 12 MB filing (one document, thousands of pages) to a record", async () => {
    const text = seed.toString("latin1");
    const at = text.indexOf("ITEM 7.");
    const body = text.slice(text.indexOf("ITEM 5."), at);
    const big =
      text.slice(0, at) +
      body.replace("ITEM 5. OTHER EVENTS", "").repeat(Math.ceil(12e6 / body.length)) +
      text.slice(at);
    const r = await run(["parse", "--jsonl", put("big.txt", big)]);
    expect(r.lines[0].error).toBeNull();
    expect(r.lines[0].items.map((i: { number: string }) => i.number)).toEqual(["5", "7"]);
    expect(r.lines[0].signatures[0].name).toBe("Kathleen A. Carroll");
  });

  it("prints the full record as readable JSON without --jsonl", async () => {
    const r = await run(["parse", put("seed3.txt", seed)]);
    const rec = JSON.parse(r.out);
    expect(rec.cover.registrant.commissionFileNumber).toMatchObject({ value: "0-17999", source: "cover" });
    expect(rec.items[0].code).toBe("8.01");
  });

  it("exits 2 on a usage error", async () => {
    const r = await run(["parse"]);
    expect(r.code).toBe(2);
  });

  it("prints the record's JSON Schema", async () => {
    const r = await run(["schema"]);
    const schema = JSON.parse(r.out);
    expect(schema.properties.cover.properties.registrant).toBeTruthy();
    expect(schema.properties.items.items.required).toContain("code");
  });
});
