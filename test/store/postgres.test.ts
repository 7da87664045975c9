import { afterAll } from "vitest";
import { PostgresStore } from "../../src/store/postgres.js";
import { type PgServer, postgresAvailable, startPostgres } from "./pg-server.js";
import { runStoreSuite } from "./suite.js";

const enabled = postgresAvailable();
let server: PgServer | null = null;
let n = 0;
afterAll(() => server?.stop());

runStoreSuite(
  "PostgreSQL",
  async () => {
    server ??= await startPostgres();
    return PostgresStore.open(await server.createDatabase(`store_${++n}`));
  },
  enabled,
);
