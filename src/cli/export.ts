/**
 * `eightk export --format jsonl|csv|parquet [--table T] [query flags] > file`: one table of the
 * selected filings (filings, items, exhibits, agreements) to stdout or `--out FILE`.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import {
  type ByteSink,
  EXPORT_FORMATS,
  EXPORT_TABLE_NAMES,
  type ExportFormat,
  writeExport,
} from "../store/export-formats.js";
import type { ExportTable } from "../store/types.js";
import type { Io } from "./parse.js";
import { type QueryFlags, queryFromFlags } from "./search.js";
import { withStore } from "./store.js";

export interface ExportOptions extends QueryFlags {
  format?: string;
  table?: string;
  out?: string;
  text?: string;
}

/** Writes to a stream, waiting when it is full, so a large export never piles up in memory. */
export function streamSink(stream: Writable): ByteSink {
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
  };
}

/** For in-process callers whose Io takes text only (tests): binary is passed as latin1. */
export function ioSink(io: Io): ByteSink {
  return {
    write: (chunk) => io.out(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1")),
  };
}

export async function runExport(
  opts: ExportOptions,
  io: Io,
  stdout: ByteSink & { isTTY?: boolean },
): Promise<number> {
  const format = (opts.format ?? "jsonl") as ExportFormat;
  const table = (opts.table ?? "filings") as ExportTable;
  if (!EXPORT_FORMATS.includes(format)) {
    io.err(`eightk: --format is one of ${EXPORT_FORMATS.join(", ")}, not "${opts.format}"\n`);
    return 2;
  }
  if (!EXPORT_TABLE_NAMES.includes(table)) {
    io.err(`eightk: --table is one of ${EXPORT_TABLE_NAMES.join(", ")}, not "${opts.table}"\n`);
    return 2;
  }
  if (format === "parquet" && !opts.out && stdout.isTTY) {
    io.err("eightk: parquet is binary: redirect stdout to a file or give --out FILE\n");
    return 2;
  }
  return withStore(opts.db, io, async (store) => {
    const query = queryFromFlags(opts.text, opts);
    if (!opts.out) {
      const rows = await writeExport(store, table, query, format, stdout);
      io.err(`eightk: exported ${rows} ${table} rows\n`);
      return 0;
    }
    const file = createWriteStream(opts.out);
    try {
      const rows = await writeExport(store, table, query, format, streamSink(file));
      file.end();
      await once(file, "finish");
      io.err(`eightk: exported ${rows} ${table} rows to ${opts.out}\n`);
      return 0;
    } finally {
      file.destroy();
    }
  });
}
