/**
 * The HTTP client for EDGAR: every request declares the caller's User-Agent, asks for gzip,
 * takes a token from the shared {@link TokenBucket} (retries too), times out when the server
 * goes quiet, and is retried on 429, 5xx and broken connections, honouring Retry-After.
 *
 * Built on node:http(s) rather than fetch: the rate limiter needs to know when a request has
 * actually left ("finish"), and a body cut short is detected by counting the bytes on the wire
 * against Content-Length, before decompression.
 */
import http from "node:http";
import https from "node:https";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createInflate } from "node:zlib";
import type { SendTicket, TokenBucket } from "./rate-limiter.js";
import {
  classifyFailure,
  DEFAULT_RETRY_POLICY,
  EdgarFetchError,
  type RetryPolicy,
  retryDelayMs,
  statusFailure,
} from "./retry.js";

/** Where EDGAR lives: `www` serves /Archives and /files, `data` serves /submissions. */
export interface EdgarHosts {
  www: string;
  data: string;
}

export const SEC_HOSTS: EdgarHosts = { www: "https://www.sec.gov", data: "https://data.sec.gov" };

/** A mirror or test server stands for both SEC hosts. */
export function hostsFor(baseUrl: string | undefined): EdgarHosts {
  if (!baseUrl) return SEC_HOSTS;
  const base = baseUrl.replace(/\/+$/, "");
  return { www: base, data: base };
}

/** One attempt's destination for a response body. */
export interface BodySink<T> {
  readonly writable: Writable;
  /** The body arrived whole. May throw a retryable {@link EdgarFetchError} to try again. */
  done(): Promise<T>;
  /** The attempt failed: drop what was written. */
  discard(): Promise<void>;
}

export interface RetryNotice {
  url: string;
  attempt: number;
  reason: string;
  delayMs: number;
}

export interface EdgarClientOptions {
  userAgent: string;
  bucket: TokenBucket;
  hosts?: EdgarHosts;
  retry?: Partial<RetryPolicy>;
  /** A request fails when the server sends nothing for this long (connecting, headers, body). */
  idleTimeoutMs?: number;
  /** Connections kept per host: one per worker is enough. */
  maxSockets?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of each HTTP request sent (for a requests/s display). */
  onRequest?: () => void;
  onRetry?: (notice: RetryNotice) => void;
}

const MAX_REDIRECTS = 5;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

export class EdgarClient {
  readonly hosts: EdgarHosts;
  private readonly policy: RetryPolicy;
  private readonly idleTimeoutMs: number;
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private requests = 0;

  constructor(private readonly options: EdgarClientOptions) {
    this.hosts = options.hosts ?? SEC_HOSTS;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    const maxSockets = options.maxSockets ?? 8;
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets }),
      https: new https.Agent({ keepAlive: true, maxSockets }),
    };
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** HTTP requests sent so far, retries and redirects included. */
  get requestCount(): number {
    return this.requests;
  }

  /** The absolute URL of an EDGAR path such as `/Archives/edgar/full-index/2024/QTR1/form.idx`. */
  urlFor(path: string): string {
    return `${path.startsWith("/submissions/") ? this.hosts.data : this.hosts.www}${path}`;
  }

  async getBuffer(path: string): Promise<Buffer> {
    return this.request(path, bufferSink);
  }

  async getJson(path: string): Promise<unknown> {
    const body = await this.getBuffer(path);
    try {
      return JSON.parse(body.toString("utf8"));
    } catch (e) {
      throw new EdgarFetchError(`not JSON: ${(e as Error).message}`, this.urlFor(path));
    }
  }

  /** GETs `path` into a fresh sink per attempt, retrying as the policy allows. */
  async request<T>(path: string, newSink: () => BodySink<T>): Promise<T> {
    const url = this.urlFor(path);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.followRedirects(url, newSink);
      } catch (e) {
        const failure = classifyFailure(e, url);
        if (!failure.retryable) throw failure;
        if (attempt >= this.policy.maxAttempts) {
          throw new EdgarFetchError(`${failure.message} (after ${attempt} attempts)`, url, {
            status: failure.status,
          });
        }
        const delayMs = retryDelayMs(attempt, failure, this.policy, this.random);
        // "Too many requests" is about all our workers, so all of them wait.
        if (failure.status === 429 || failure.details.retryAfterMs !== undefined) {
          this.options.bucket.pauseFor(delayMs);
        }
        this.options.onRetry?.({ url, attempt, reason: failure.message, delayMs });
        await this.sleep(delayMs);
      }
    }
  }

  /** Closes kept-alive connections so the process can exit. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async followRedirects<T>(startUrl: string, newSink: () => BodySink<T>): Promise<T> {
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const outcome = await this.exchange(url, newSink);
      if (outcome.kind === "done") return outcome.value;
      url = new URL(outcome.location, url).toString();
    }
    throw new EdgarFetchError(`more than ${MAX_REDIRECTS} redirects`, startUrl);
  }

  /** One request and its response: a token, the request, the body into a sink. */
  private async exchange<T>(
    url: string,
    newSink: () => BodySink<T>,
  ): Promise<{ kind: "done"; value: T } | { kind: "redirect"; location: string }> {
    const ticket = await this.options.bucket.take();
    this.requests++;
    this.options.onRequest?.();
    let exchanged: Awaited<ReturnType<typeof this.send>>;
    try {
      exchanged = await this.send(url, ticket);
    } finally {
      // Normally done on "finish"; here too in case the request failed before it was written.
      ticket.sent();
    }
    const { request, response } = exchanged;
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      return { kind: "redirect", location };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const retryAfter = response.headers["retry-after"];
      throw statusFailure(status, response.statusMessage ?? "", url, retryAfter);
    }
    const sink = newSink();
    try {
      await this.receiveBody(url, request, response, sink.writable);
      return { kind: "done", value: await sink.done() };
    } catch (e) {
      await sink.discard();
      throw e;
    }
  }

  private send(
    url: string,
    ticket: SendTicket,
  ): Promise<{ request: http.ClientRequest; response: http.IncomingMessage }> {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    if (!secure && target.protocol !== "http:") {
      return Promise.reject(new EdgarFetchError(`not an http(s) URL: ${url}`, url));
    }
    return new Promise((resolve, reject) => {
      const request = (secure ? https : http).request(target, {
        method: "GET",
        agent: secure ? this.agents.https : this.agents.http,
        headers: {
          "User-Agent": this.options.userAgent,
          "Accept-Encoding": "gzip, deflate",
        },
        timeout: this.idleTimeoutMs,
      });
      let response: http.IncomingMessage | undefined;
      request.once("finish", ticket.sent);
      request.once("close", ticket.sent);
      request.on("timeout", () => {
        const error = new EdgarFetchError(`timed out: no data for ${this.idleTimeoutMs} ms`, url, {
          retryable: true,
        });
        request.destroy(error);
        response?.destroy(error);
      });
      request.on("error", (error) => {
        ticket.sent();
        reject(error); // no effect once the response has arrived; the body stream reports it
      });
      request.once("response", (res) => {
        response = res;
        resolve({ request, response: res });
      });
      request.end();
    });
  }

  /** Streams the body into `out`, decompressing, and checks that it all arrived. */
  private async receiveBody(
    url: string,
    request: http.ClientRequest,
    response: http.IncomingMessage,
    out: Writable,
  ): Promise<void> {
    const declared = Number.parseInt(response.headers["content-length"] ?? "", 10);
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(null, chunk);
      },
    });
    const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
    try {
      if (encoding === "gzip" || encoding === "x-gzip") {
        await pipeline(response, counter, createGunzip(), out);
      } else if (encoding === "deflate") {
        await pipeline(response, counter, createInflate(), out);
      } else if (encoding === "identity" || encoding === "") {
        await pipeline(response, counter, out);
      } else {
        response.resume();
        throw new EdgarFetchError(`unsupported Content-Encoding: ${encoding}`, url);
      }
    } catch (e) {
      request.destroy();
      if (e instanceof EdgarFetchError) throw e;
      const failure = classifyFailure(e, url);
      if (failure.fatal) throw failure;
      // A connection dropped mid-body is worth another try, whatever the error code says.
      throw new EdgarFetchError(`body cut short after ${received} bytes (${failure.message})`, url, {
        retryable: true,
      });
    }
    if (Number.isFinite(declared) && received !== declared) {
      throw new EdgarFetchError(`body cut short: ${received} of ${declared} bytes`, url, { retryable: true });
    }
  }
}

/** Collects a body in memory (indexes, JSON). */
function bufferSink(): BodySink<Buffer> {
  const chunks: Buffer[] = [];
  const writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return {
    writable,
    done: async () => Buffer.concat(chunks),
    discard: async () => {
      chunks.length = 0;
    },
  };
}
