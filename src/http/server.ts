/** The app on a port (Node's HTTP server via @hono/node-server), until closed. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Store } from "../store/types.js";
import { createApp } from "./app.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0: any free one) and resolves once it does. */
export function startServer(opts: {
  store: Store;
  host?: string;
  port?: number;
  root?: string;
}): Promise<RunningServer> {
  const app = createApp({ store: opts.store, root: opts.root });
  const host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: opts.port ?? 8000 },
      (info: AddressInfo) => {
        const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}/`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      },
    );
    server.once("error", reject);
  });
}
