/**
 * `eightk serve [--db] [--port] [--host]`: the web UI and JSON API over a store, until Ctrl-C.
 * Loopback by default: the UI has no login, so it is shown to another machine only when asked.
 */
import { startServer } from "../http/server.js";
import type { Io } from "./parse.js";
import { withStore } from "./store.js";

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  root?: string;
}

export async function runServe(opts: ServeOptions, io: Io, stop: Promise<void>): Promise<number> {
  const port = Number(opts.port ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`eightk: --port wants a port number (0-65535), not "${opts.port}"\n`);
    return 2;
  }
  return withStore(opts.db, io, async (store) => {
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({ store, port, host: opts.host, root: opts.root });
    } catch (e) {
      io.err(`eightk: cannot serve on ${opts.host ?? "127.0.0.1"}:${port}: ${(e as Error).message}\n`);
      return 1;
    }
    io.err(`eightk: serving ${store.location} at ${server.url} (Ctrl-C stops)\n`);
    await stop;
    await server.close();
    return 0;
  });
}
