/**
 * The `eightk` command line. Data goes to stdout, diagnostics to stderr; exit 0 when every file
 * parsed, 1 when any failed, 2 on a usage error. Commands load their modules lazily.
 */
import { Command, CommanderError } from "commander";
import { PARSER_VERSION } from "../form8k/record.js";
import type { Io } from "./parse.js";

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

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
    .option("--max-bytes <n>", "refuse files larger than this", (v) => Number.parseInt(v, 10))
    .action(async (paths: string[], opts: { jsonl?: boolean; maxBytes?: number }) => {
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

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
