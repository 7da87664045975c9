/**
 * An export table written as JSON lines, CSV (RFC 4180) or Parquet (hyparquet-writer). Rows
 * stream page by page into a sink, so an export of any size never sits in memory; Parquet
 * writes one row group per few thousand rows and flushes after each.
 */
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { SqlRunner } from "./sql.js";
import { type ColumnType, type ExportColumn, exportColumns } from "./tables.js";
import type { ExportRow, ExportTable, FilingQuery, Store } from "./types.js";

export type ExportFormat = "jsonl" | "csv" | "parquet";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["jsonl", "csv", "parquet"];
export const EXPORT_TABLE_NAMES: readonly ExportTable[] = ["filings", "items", "exhibits", "agreements"];

/** Where bytes go; a returned promise is waited for (backpressure). */
export interface ByteSink {
  write(chunk: string | Uint8Array): void | Promise<void>;
}

/** Column names and types do not depend on the backend; only their SQL does. */
const NAMES_ONLY: SqlRunner = {
  all: async () => [],
  dialect: () => {
    throw new Error("unused");
  },
  listAgg: () => "",
  jsonText: () => "",
};
export const columnsOf = (table: ExportTable): ExportColumn[] => exportColumns(table, NAMES_ONLY);

function csvField(value: ExportRow[string]): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const csvLine = (values: ExportRow[string][]) => `${values.map(csvField).join(",")}\r\n`;

const PARQUET_TYPES: Record<
  ColumnType,
  { type: "BYTE_ARRAY" | "INT64" | "DOUBLE" | "BOOLEAN"; converted_type?: "UTF8" | "JSON" }
> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  json: { type: "BYTE_ARRAY", converted_type: "JSON" },
  int: { type: "INT64" },
  double: { type: "DOUBLE" },
  bool: { type: "BOOLEAN" },
};

/** A ByteWriter that hands its bytes to the sink after each row group instead of growing. */
class SinkWriter extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(1 << 20);
  }
  flush(): void | Promise<void> {
    if (!this.index) return;
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return this.sink.write(chunk);
  }
  override finish(): void | Promise<void> {
    return this.flush();
  }
}

const ROWS_PER_GROUP = 5000;

async function writeParquet(columns: ExportColumn[], pages: AsyncIterable<ExportRow[]>, sink: ByteSink) {
  const writer = new SinkWriter(sink);
  const parquet = new ParquetWriter({
    writer,
    schema: [
      { name: "root", num_children: columns.length },
      ...columns.map((c) => ({
        name: c.name,
        repetition_type: "OPTIONAL" as const,
        ...PARQUET_TYPES[c.type],
      })),
    ],
    createdBy: "eightk",
  });
  let rows = 0;
  let group: ExportRow[] = [];
  const writeGroup = async () => {
    if (!group.length) return;
    await parquet.write({
      columnData: columns.map((c) => ({
        name: c.name,
        // A JSON column takes values, which the writer serialises itself.
        data: group.map((r) => {
          const v = r[c.name] ?? null;
          if (v === null) return null;
          if (c.type === "int") return BigInt(v as number); // INT64 takes bigint
          return c.type === "json" && typeof v === "string" ? JSON.parse(v) : v;
        }),
      })),
      rowGroupSize: group.length,
    });
    group = [];
  };
  for await (const page of pages) {
    for (const row of page) {
      group.push(row);
      rows++;
      if (group.length >= ROWS_PER_GROUP) await writeGroup();
    }
  }
  await writeGroup();
  await parquet.finish();
  return rows;
}

/** Writes one table of the filings `query` selects; returns the number of rows. */
export async function writeExport(
  store: Store,
  table: ExportTable,
  query: FilingQuery,
  format: ExportFormat,
  sink: ByteSink,
): Promise<number> {
  const columns = columnsOf(table);
  const pages = store.exportRows(table, query);
  if (format === "parquet") return writeParquet(columns, pages, sink);
  let rows = 0;
  if (format === "csv") await sink.write(csvLine(columns.map((c) => c.name)));
  for await (const page of pages) {
    let chunk = "";
    for (const row of page) {
      chunk +=
        format === "csv" ? csvLine(columns.map((c) => row[c.name] ?? null)) : `${JSON.stringify(row)}\n`;
      rows++;
    }
    await sink.write(chunk);
  }
  return rows;
}
