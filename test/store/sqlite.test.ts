import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { SqliteStore } from "../../src/store/sqlite.js";
import { runStoreSuite } from "./suite.js";

const dir = mkdtempSync(join(tmpdir(), "eightk-sqlite-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreSuite("SQLite", async () => new SqliteStore(join(dir, `store-${++n}.db`)));
