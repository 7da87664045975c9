/**
 * The store `--db` names, opened for a command and closed after it: how search, stats, export
 * and ingest open it and say when they cannot.
 */
import { DEFAULT_DB, openStore } from "../store/open.js";
import { QueryError } from "../store/query.js";
import type { Store } from "../store/types.js";
import type { Io } from "./parse.js";

/** The store at `db`, or null once the reason it cannot be opened is said (exit 1). */
export async function openStoreOrSay(db: string, io: Io): Promise<Store | null> {
  try {
    return await openStore(db);
  } catch (e) {
    io.err(`eightk: cannot open ${db}: ${(e as Error).message.split("\n")[0]}\n`);
    return null;
  }
}

/** Runs `body` with the store `--db` names; a bad query or an unopenable store is reported. */
export async function withStore(
  db: string | undefined,
  io: Io,
  body: (store: Store) => Promise<number>,
): Promise<number> {
  const store = await openStoreOrSay(db ?? DEFAULT_DB, io);
  if (!store) return 1;
  try {
    return await body(store);
  } catch (e) {
    if (e instanceof QueryError) {
      io.err(`eightk: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await store.close();
  }
}
