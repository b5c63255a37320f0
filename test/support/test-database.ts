import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../server/db/create-driver.ts";
import { migrate } from "../../server/db/migrate.ts";
import { loadQueryRegistry } from "../../server/db/query-registry.ts";
import { QUERY_SOURCES } from "../../server/db/query-sources.ts";
import { BULK_TRANSACTION_TIMEOUT_MS, createQueryRunner, type QueryRunner } from "../../server/db/run-query.ts";
import type { ServiceRows } from "../../server/db/row-schemas.ts";
import { createLogger } from "../../server/logger.ts";
import { SERVICE_ROWS } from "../../server/row-registry.ts";
import { type TestRows, testRows } from "./rows.ts";

/** The service's row schemas and the tests' own. */
export const TEST_RUNNER_ROWS = { ...SERVICE_ROWS, ...testRows };
export type TestRunnerRows = ServiceRows & TestRows;

export interface TestDatabase {
  driver: Driver;
  /** The service's queries and the tests' own (test/cypher/). */
  runner: QueryRunner<TestRunnerRows>;
  /** Deletes every node, then re-applies the schema migrations. */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

export const testLogger = createLogger(process.env.LOG_LEVEL ?? "silent", { pretty: false });

/** Connects to the Neo4j the global setup provided; fails naming the URL when it cannot. */
export async function connectTestDatabase(): Promise<TestDatabase> {
  const target = inject("neo4j");
  const driver = createDriver(target, testLogger);
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await driver.close();
    throw new Error(`Integration tests could not reach Neo4j at ${target.uri}: ${(error as Error).message}`);
  }
  const queries = loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test);
  // Fixtures load whole seed documents in one transaction, and a shared two-core machine can be very slow:
  // the tests that are about the timeout make a runner of their own.
  const runner = createQueryRunner<TestRunnerRows>({
    driver,
    database: target.database,
    queries,
    rows: TEST_RUNNER_ROWS,
    logger: testLogger,
    transactionTimeoutMs: BULK_TRANSACTION_TIMEOUT_MS,
  });
  await migrate(runner, testLogger);
  return {
    driver,
    runner,
    async wipe() {
      if (!target.wipeAllowed) {
        throw new Error(`Refusing to wipe ${target.uri}: set NEO4J_ALLOW_WIPE=true to let the tests delete its data`);
      }
      await runner.autoCommit("test/wipe-all");
      await migrate(runner, testLogger);
    },
    close: () => driver.close(),
  };
}
