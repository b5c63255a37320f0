import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { createApp } from "../../../server/app.ts";
import { loadConfig } from "../../../server/config.ts";
import { loadSeeds } from "../../../server/seed/load-seeds.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../../support/test-database.ts";
import { ensureClientBuilt } from "./build-client.ts";

/** The real server over the real seeded Neo4j, listening on a free port. */
export interface E2eApp {
  baseUrl: string;
  db: TestDatabase;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Wipes the test database, loads the seed documents, builds the client if needed and listens (with any extra settings, e.g. JWT_SECRET). */
export async function startE2eApp(env: Record<string, string> = {}): Promise<E2eApp> {
  const db = await connectTestDatabase();
  await db.wipe();
  await loadSeeds(db.runner, testLogger);
  // createApp serves dist/client only if it exists when the app is made.
  await ensureClientBuilt();
  // One browser page asks for several diagrams and checks at once; on a busy two-core machine the
  // expensive-field gate's usual five-second wait would turn slowness into GOV_BUSY refusals.
  const app = await createApp({ runner: db.runner, config: loadConfig({ NODE_ENV: "test", GRAPHQL_EXPENSIVE_WAIT_MS: "60000", ...env }), logger: testLogger });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    app,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
