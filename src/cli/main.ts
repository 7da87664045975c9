/**
 * The `eightk` command line. Data goes to stdout, diagnostics to stderr; exit 0 when every file
 * parsed, 1 when any failed, 2 on a usage error. Commands load their modules lazily.
 */
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { PARSER_VERSION } from "../form8k/record.js";
import type { Io } from "./parse.js";
import { addQueryOptions } from "./search.js";

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** A whole number of bytes, at least 1: "abc", "0" and "-5" are usage errors, not "no limit". */
function byteCount(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError("a whole number of bytes, at least 1");
  return n;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("eightk")
    .description("Parse SEC Form 8-K filings of every EDGAR era into one typed record")
    .version(PARSER_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("parse")
    .description(
      "parse 8-K files (a submission .txt, a document, or a folder of them) and print their records",
    )
    .argument("<paths...>", "files or folders")
    .option("--jsonl", "one contract line per file (../shared/eval/CONTRACT.md)")
    .option(
      "--facts",
      "the facts (agreements, terms, people, money, press releases), each with its source text",
    )
    .option("--max-bytes <n>", "refuse files larger than this (default 200 MiB)", byteCount)
    .action(async (paths: string[], opts: { jsonl?: boolean; facts?: boolean; maxBytes?: number }) => {
      const { runParse } = await import("./parse.js");
      code = await runParse(paths, opts, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the filing record")
    .action(async () => {
      const { filingRecordJsonSchema } = await import("../form8k/schema.js");
      io.out(`${JSON.stringify(filingRecordJsonSchema(), null, 2)}\n`);
    });

  program
    .command("fetch")
    .description("download 8-K filings from EDGAR into a folder, within the SEC's fair-access limits")
    .requiredOption("--out <dir>", "folder for the full submissions, one ACCESSION.txt each")
    .option("--user-agent <ua>", "your name and e-mail, as the SEC requires (or EIGHTK_USER_AGENT)")
    .option("--since <date>", "filed on or after this date (YYYY-MM-DD)")
    .option("--until <date>", "filed on or before this date (default: today)")
    .option("--forms <list>", "form types, comma-separated (default: the 8-K family and amendments)")
    .option("--cik <list>", "companies by CIK, comma-separated (via their submissions JSON)")
    .option("--ticker <list>", "companies by ticker, comma-separated")
    .option("--items <list>", "only filings listing one of these items (1.01,…), per the submissions JSON")
    .option("--jobs <n>", "downloads at once; all share the 10 requests/s limit (default 4)")
    .option(
      "--base-url <url>",
      "a mirror standing for www.sec.gov and data.sec.gov (or EIGHTK_EDGAR_BASE_URL)",
    )
    .option("--index <kind>", "index file for a period: form or master (default form)")
    .option("--ingest", "put the fetched filings in the store")
    .option("--db <file|url>", "the store for --ingest")
    .action(async (opts: import("./fetch.js").FetchCommandOptions) => {
      const { runFetch } = await import("./fetch.js");
      code = await runFetch(opts, io, io === stdio ? { progressStream: process.stderr } : {});
    });

  program
    .command("ingest")
    .description("put 8-K files, folders, .zip and .tar.gz archives into a store (resumable)")
    .argument("[paths...]", "files, folders or archives")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default ./eightk.db)")
    .option("--jobs <n>", "parse threads (default: one per core; 0 parses on the main thread)")
    .option("--batch-size <n>", "filings per transaction (default 200)")
    .option("--json", "print the summary as JSON on stdout")
    .option("--enqueue", "PostgreSQL: put the paths on the shared job queue for --worker processes")
    .option("--worker", "PostgreSQL: take ingest jobs from the shared queue (after queueing any paths given)")
    .option("--idle-exit <seconds>", "with --worker: exit once the queue has been empty this long")
    .action(async (paths: string[], opts: import("./ingest.js").IngestCommandOptions) => {
      const { runIngest } = await import("./ingest.js");
      code = await runIngest(paths, opts, io, io === stdio && process.stderr.isTTY ? process.stderr : null);
    });

  addQueryOptions(
    program
      .command("search")
      .description("full-text search over item and exhibit text, ranked, with highlighted passages")
      .argument(
        "[text]",
        'words, "phrases", OR, -excluded; without it, the newest filings that pass the filters',
      ),
  )
    .option("--limit <n>", "at most this many filings (default 20)")
    .option("--json", "one JSON object per hit per line")
    .action(async (text: string | undefined, opts: import("./search.js").SearchOptions) => {
      const { runSearch } = await import("./search.js");
      code = await runSearch(text, opts, io, io === stdio && !!process.stdout.isTTY);
    });

  addQueryOptions(
    program
      .command("export")
      .description("export filings, items, exhibits or agreements as JSON lines, CSV or Parquet")
      .argument("[text]", "only filings matching this search text")
      .option("--format <format>", "jsonl, csv or parquet (default jsonl)")
      .option("--table <table>", "filings, items, exhibits or agreements (default filings)")
      .option("--out <file>", "write here instead of stdout"),
  ).action(async (text: string | undefined, opts: import("./export.js").ExportOptions) => {
    const { runExport, ioSink, streamSink } = await import("./export.js");
    const stdout = io === stdio ? { ...streamSink(process.stdout), isTTY: process.stdout.isTTY } : ioSink(io);
    code = await runExport({ ...opts, text }, io, stdout);
  });

  addQueryOptions(
    program
      .command("stats")
      .description("what the store holds, or what a search selects: filings by year, form and item")
      .argument("[text]", "only filings matching this search text"),
  )
    .option("--json", "print the counts as one JSON object")
    .action(async (text: string | undefined, opts: import("./stats.js").StatsOptions) => {
      const { runStats } = await import("./stats.js");
      code = await runStats(text, opts, io);
    });

  program
    .command("serve")
    .description("the web UI and JSON API over a store: search, filings with their facts marked, plots")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default ./eightk.db)")
    .option("--port <n>", "port to listen on (default 8000; 0 picks a free one)")
    .option("--host <address>", "address to listen on (default 127.0.0.1, this machine only)")
    .option("--root <dir>", "folder the ingested paths are relative to (default: the working folder)")
    .action(async (opts: import("./serve.js").ServeOptions) => {
      const { runServe } = await import("./serve.js");
      const stop = new Promise<void>((done) => {
        process.once("SIGINT", done);
        process.once("SIGTERM", done);
      });
      code = await runServe(opts, io, stop);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
