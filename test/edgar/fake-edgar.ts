/**
 * A local EDGAR for tests: an HTTP server on 127.0.0.1 (a free port) that serves
 * test/fixtures/edgar/ as both www.sec.gov and data.sec.gov, records every request with its
 * arrival time and headers, and misbehaves on demand (429 with Retry-After, 503, slow answers,
 * bodies cut short). It never reaches beyond the loopback interface.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { FIXTURES } from "../helpers/fixtures.js";

export const EDGAR_FIXTURES = join(FIXTURES, "edgar");

export type Fault =
  /** Answer with this status (and Retry-After, when given) instead of the file. */
  | { kind: "status"; status: number; retryAfter?: string }
  /** Wait this long before answering. */
  | { kind: "slow"; delayMs: number }
  /** Declare the whole length, send only `fraction` of the body, then close the connection. */
  | { kind: "truncate"; fraction?: number };

export interface RecordedRequest {
  path: string;
  /** performance.now() when the request arrived. */
  at: number;
  userAgent: string | undefined;
  acceptEncoding: string | undefined;
}

export class FakeEdgar {
  readonly requests: RecordedRequest[] = [];
  /** Faults waiting per path, used one per request, in order. */
  private readonly faults = new Map<string, Fault[]>();
  private readonly virtualFiles = new Map<string, Buffer>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly root: string,
  ) {}

  static async start(root: string = EDGAR_FIXTURES): Promise<FakeEdgar> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const edgar = new FakeEdgar(server, `http://127.0.0.1:${port}`, root);
    server.on("request", (req, res) => edgar.handle(req, res));
    return edgar;
  }

  /** The next requests for `path` meet these faults, one each; later ones get the file. */
  failNext(path: string, ...faults: Fault[]): void {
    this.faults.set(path, [...(this.faults.get(path) ?? []), ...faults]);
  }

  /** Serves `body` at `path` as if it were a fixture file. */
  serve(path: string, body: string | Buffer): void {
    this.virtualFiles.set(path, Buffer.from(body));
  }

  requestsFor(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** The most requests that arrived within any one sliding second ([t, t + 1000 ms)). */
  maxPerSlidingSecond(): number {
    const times = this.requests.map((r) => r.at).sort((a, b) => a - b);
    let max = 0;
    let end = 0;
    for (let start = 0; start < times.length; start++) {
      while (end < times.length && times[end] < times[start] + 1000) end++;
      max = Math.max(max, end - start);
    }
    return max;
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.clear();
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", "http://edgar.invalid").pathname;
    this.requests.push({
      path,
      at: performance.now(),
      userAgent: req.headers["user-agent"],
      acceptEncoding: req.headers["accept-encoding"],
    });
    const fault = this.faults.get(path)?.shift();
    if (fault?.kind === "status") {
      const headers: Record<string, string> = { "Content-Type": "text/plain" };
      if (fault.retryAfter !== undefined) headers["Retry-After"] = fault.retryAfter;
      res.writeHead(fault.status, headers).end(`status ${fault.status}\n`);
      return;
    }
    if (fault?.kind === "slow") {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (!res.destroyed) this.sendFile(req, path, res);
      }, fault.delayMs);
      this.timers.add(timer);
      return;
    }
    if (fault?.kind === "truncate") {
      const body = this.read(path);
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length * (fault.fraction ?? 0.5))));
      // Let the partial body reach the client, then cut the connection.
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        res.socket?.destroy();
      }, 20);
      this.timers.add(timer);
      return;
    }
    this.sendFile(req, path, res);
  }

  private sendFile(req: IncomingMessage, path: string, res: ServerResponse): void {
    const body = this.read(path);
    if (!body) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
      return;
    }
    const type = path.endsWith(".json") ? "application/json" : "text/plain";
    // Like the SEC, compress when the client says it can take gzip.
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      const gz = gzipSync(body);
      res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", "Content-Length": gz.length });
      res.end(gz);
      return;
    }
    res.writeHead(200, { "Content-Type": type, "Content-Length": body.length }).end(body);
  }

  private read(path: string): Buffer | null {
    const virtual = this.virtualFiles.get(path);
    if (virtual) return virtual;
    const file = normalize(join(this.root, path));
    if (!file.startsWith(`${this.root}/`) || !existsSync(file) || !statSync(file).isFile()) return null;
    return readFileSync(file);
  }
}
