import type { Driver } from "neo4j-driver";
import type { Config } from "./config.ts";
import { createDriver, type DatabaseTarget } from "./db/create-driver.ts";
import { startEmbeddedNeo4j } from "./db/embedded/start-embedded-neo4j.ts";
import { migrate } from "./db/migrate.ts";
import { loadQueryRegistry, assertQueriesExist } from "./db/query-registry.ts";
import { SERVICE_ROWS } from "./row-registry.ts";
import { BULK_TRANSACTION_TIMEOUT_MS, createQueryRunner, type QueryRunner } from "./db/run-query.ts";
import { SERVICE_QUERY_NAMES } from "./generated/query-names.ts";
import type { Logger } from "./logger.ts";

export interface Database {
  driver: Driver;
  /** For requests: every transaction times out after NEO4J_TRANSACTION_TIMEOUT_MS. */
  runner: QueryRunner;
  /** The same driver for migrations, seeding and the command-line tools, whose transactions may rightly run for minutes. */
  bulkRunner: QueryRunner;
  target: DatabaseTarget;
  /** Why the database is away when the service knows (the local Neo4j is restarting); no host or port. */
  outage(): string | undefined;
  /** The local Neo4j's JVM now running, when this process started one. */
  embeddedPid(): number | undefined;
  /** Closes the driver and stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * Keep the local Neo4j running: restart its JVM when it exits, and call this
   * after five failed restarts in ten minutes (the service then exits non-zero).
   * Unset (the command-line tools): a JVM that dies stays dead.
   */
  onEmbeddedGiveUp?: (reason: string) => void;
}

/**
 * Connects to the server named by NEO4J_URI, or starts the embedded one when
 * it is unset; then brings the schema up to date.
 */
export async function openDatabase(config: Config, logger: Logger, options: OpenDatabaseOptions = {}): Promise<Database> {
  const queries = loadQueryRegistry();
  assertQueriesExist(queries, SERVICE_QUERY_NAMES);

  const supervise = options.onEmbeddedGiveUp ? { onGiveUp: options.onEmbeddedGiveUp } : undefined;
  const embedded = config.NEO4J_URI ? undefined : await startEmbeddedNeo4j({ home: config.NEO4J_HOME, logger, ...(supervise ? { supervise } : {}) });
  const target: DatabaseTarget = embedded?.target ?? {
    uri: config.NEO4J_URI ?? "",
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD ?? "",
    database: config.NEO4J_DATABASE,
  };
  const driver = createDriver(target, logger, { connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS });
  const runnerFor = (transactionTimeoutMs: number) =>
    createQueryRunner({
      driver,
      database: target.database,
      queries,
      rows: SERVICE_ROWS,
      checkRows: config.GOV_CHECK_ROWS,
      logger,
      transactionTimeoutMs,
      retryTimeMs: config.NEO4J_RETRY_TIME_MS,
    });
  const runner = runnerFor(config.NEO4J_TRANSACTION_TIMEOUT_MS);
  const bulkRunner = runnerFor(Math.max(config.NEO4J_TRANSACTION_TIMEOUT_MS, BULK_TRANSACTION_TIMEOUT_MS));
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await untilConnected(() => driver.verifyConnectivity({ database: target.database }), logger);
    await migrate(bulkRunner, logger);
  } catch (error) {
    await close();
    throw new Error(`Could not use Neo4j at ${target.uri}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { driver, runner, bulkRunner, target, close, outage: () => embedded?.outage(), embeddedPid: () => embedded?.pid() };
}

/**
 * At start-up the first connection can take longer than the short timeout that
 * keeps requests fast later (a Neo4j still warming up, a busy machine): keep
 * trying for a minute before giving up on it.
 */
async function untilConnected(connect: () => Promise<unknown>, logger: Logger, withinMs = 60_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      await connect();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      logger.info("Waiting for Neo4j to accept connections");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
