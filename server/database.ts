import type { Driver } from "neo4j-driver";
import type { Config } from "./config.ts";
import { createDriver, type DatabaseTarget } from "./db/create-driver.ts";
import { startEmbeddedNeo4j } from "./db/embedded/start-embedded-neo4j.ts";
import { migrate } from "./db/migrate.ts";
import { loadQueryRegistry, assertQueriesExist } from "./db/query-registry.ts";
import { createQueryRunner, type QueryRunner } from "./db/run-query.ts";
import { SERVICE_QUERY_NAMES } from "./generated/query-names.ts";
import type { Logger } from "./logger.ts";

export interface Database {
  driver: Driver;
  runner: QueryRunner;
  target: DatabaseTarget;
  /** Closes the driver and stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

/**
 * Connects to the server named by NEO4J_URI, or starts the embedded one when
 * it is unset; then brings the schema up to date.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const queries = loadQueryRegistry();
  assertQueriesExist(queries, SERVICE_QUERY_NAMES);

  const embedded = config.NEO4J_URI ? undefined : await startEmbeddedNeo4j({ home: config.NEO4J_HOME, logger });
  const target: DatabaseTarget = embedded?.target ?? {
    uri: config.NEO4J_URI ?? "",
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD ?? "",
    database: config.NEO4J_DATABASE,
  };
  const driver = createDriver(target, logger);
  const runner = createQueryRunner({ driver, database: target.database, queries, logger });
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: target.database });
    await migrate(runner, logger);
  } catch (error) {
    await close();
    throw new Error(`Could not use Neo4j at ${target.uri}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { driver, runner, target, close };
}
