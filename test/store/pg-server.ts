/**
 * A real PostgreSQL server for a test file: initdb in a temp folder, run as an unprivileged user
 * (initdb refuses root), on 127.0.0.1 and a free port, stopped and removed afterwards. When the
 * server binaries are missing the PostgreSQL tests skip — unless EIGHTK_REQUIRE_PG=1 (CI), when
 * that is a failure.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export const PG_REQUIRED = process.env.EIGHTK_REQUIRE_PG === "1";

/** The folder holding initdb and pg_ctl, or null. */
export function postgresBinDir(): string | null {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? "").split(":")) candidates.push(dir);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian))
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      candidates.push(join(debian, v, "bin"));
  return candidates.find((d) => d && existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl"))) ?? null;
}

/** Whether the PostgreSQL tests run here (throws when they must but cannot). */
export function postgresAvailable(): boolean {
  const found = postgresBinDir() !== null;
  if (!found && PG_REQUIRED)
    throw new Error("EIGHTK_REQUIRE_PG=1 but no PostgreSQL server binaries (initdb, pg_ctl) were found");
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function userIds(user: string): { uid: number; gid: number } | null {
  try {
    return {
      uid: Number(execFileSync("id", ["-u", user]).toString().trim()),
      gid: Number(execFileSync("id", ["-g", user]).toString().trim()),
    };
  } catch {
    return null;
  }
}

export interface PgServer {
  port: number;
  /** A new, empty database on this server; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export async function startPostgres(): Promise<PgServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("no PostgreSQL server binaries");
  const dir = mkdtempSync(join(tmpdir(), "eightk-pg-"));
  const data = join(dir, "data");
  // As root, the server runs as `postgres` (or `nobody`), which must own the folder.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? (userIds("postgres") ? "postgres" : "nobody") : null;
  if (user) {
    const ids = userIds(user);
    if (!ids) throw new Error(`no user ${user} to run PostgreSQL as`);
    chownSync(dir, ids.uid, ids.gid);
  }
  const run = (cmd: string, args: string[]) =>
    user
      ? execFileSync("runuser", ["-u", user, "--", join(bin, cmd), ...args], { stdio: "pipe", cwd: dir })
      : execFileSync(join(bin, cmd), args, { stdio: "pipe", cwd: dir });
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
    started = true;
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    stop();
    throw new Error(`PostgreSQL did not start: ${err.stderr?.toString() || err.message}`);
  }
  return {
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
