/**
 * `--db` everywhere: a SQLite file path (default ./eightk.db) or a postgres:// URL. The backend's
 * driver loads only when asked for, so a SQLite user never loads pg, nor pg users SQLite.
 */
import type { Store } from "./types.js";

export const DEFAULT_DB = "eightk.db";

export function isPostgresTarget(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

export async function openStore(target: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresTarget(target)) {
    const { PostgresStore } = await import("./postgres.js");
    return PostgresStore.open(target);
  }
  const { SqliteStore } = await import("./sqlite.js");
  return new SqliteStore(target);
}

export type * from "./types.js";
