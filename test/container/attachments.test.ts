import { describe, expect, it } from "vitest";
import { exhibitFilesOf, exhibitIndex } from "../../src/container/attachments.js";
import { parseFiling } from "../../src/form8k/record.js";
import { fixture } from "../helpers/fixtures.js";

describe("exhibit files beside a bare document", () => {
  const index = exhibitIndex([
    "0000092122-05-000042.txt",
    "0000092122-05-000042_EX-99.10.txt",
    "0000092122-05-000042_EX-99.2.txt",
    "0000092122-05-000042_ex-10.1.htm",
    "0000092122-05-000042_EX-99.01.txt",
    "0000092122-05-000042a_EX-99.1.txt",
    "0000092122-05-000042_notes.txt",
    "other_EX-99.1.htm",
  ]);

  it("are the files named after it, in exhibit order by number, their type from the name", () => {
    expect(exhibitFilesOf("0000092122-05-000042.txt", index)).toEqual([
      { name: "0000092122-05-000042_ex-10.1.htm", type: "EX-10.1" },
      { name: "0000092122-05-000042_EX-99.01.txt", type: "EX-99.01" },
      { name: "0000092122-05-000042_EX-99.2.txt", type: "EX-99.2" },
      { name: "0000092122-05-000042_EX-99.10.txt", type: "EX-99.10" },
    ]);
    expect(exhibitFilesOf("other.htm", index).map((f) => f.type)).toEqual(["EX-99.1"]);
  });

  it("are none for an exhibit file itself, or for a name no exhibit shares", () => {
    expect(exhibitFilesOf("0000092122-05-000042_EX-99.2.txt", index)).toEqual([]);
    expect(exhibitFilesOf("0000092122-05-000043.txt", index)).toEqual([]);
  });

  it("read with their document: a press release is linked and read, a binary file only described", () => {
    const binary = Buffer.alloc(20_000);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    const r = parseFiling(fixture("text/0000891618-95-000727.txt"), {
      attachments: () => [
        { type: "EX-20.1", filename: "release.txt", bytes: fixture("text/0000891618-95-000727_EX-20.1.txt") },
        { type: "EX-99.1", filename: "scan.pdf", bytes: binary },
      ],
    });
    expect(r.documents.map((d) => [d.type, d.format])).toEqual([
      [null, "text"],
      ["EX-20.1", "text"],
      ["EX-99.1", "binary"],
    ]);
    expect(r.exhibits.find((e) => e.number === "20.1")?.document).toBe(1);
  });
});
