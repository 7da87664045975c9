import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/edgar/progress.js";

/** A stream that says it is a terminal, and keeps what is drawn on it. */
function fakeTerminal(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 160 });
  let drawn = "";
  stream.on("data", (chunk) => {
    drawn += chunk;
  });
  return { stream: stream as unknown as NodeJS.WriteStream, drawn: () => drawn };
}

describe("the fetch progress bar", () => {
  it("on a terminal shows filings done, requests/s and counts, with log lines above it", () => {
    const terminal = fakeTerminal(true);
    const logged: string[] = [];
    const progress = createProgress(terminal.stream, (s) => logged.push(s));
    progress.request();
    progress.planned(3);
    progress.request();
    progress.filingDone("fetched");
    progress.log("eightk fetch: a line\n");
    progress.filingDone("failed");
    progress.stop();
    const text = terminal.drawn();
    expect(text).toContain("eightk fetch: a line\n");
    expect(text).toMatch(/fetching \S+ 2\/3 filings \| 2\.0 req\/s \| 1 fetched, 0 skipped, 1 failed/);
    expect(logged).toEqual([]);
  });

  it("elsewhere draws nothing and passes log lines straight through", () => {
    const pipe = fakeTerminal(false);
    const logged: string[] = [];
    const progress = createProgress(pipe.stream, (s) => logged.push(s));
    progress.planned(1);
    progress.request();
    progress.filingDone("fetched");
    progress.log("eightk fetch: a line\n");
    progress.stop();
    expect(pipe.drawn()).toBe("");
    expect(logged).toEqual(["eightk fetch: a line\n"]);
  });
});
