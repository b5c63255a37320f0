/**
 * The Neo4j a benchmark runs against: the server named by NEO4J_URI (wiped
 * first, and only with NEO4J_ALLOW_WIPE=true), or else the project's embedded
 * Neo4j started in a throwaway folder under .neo4j/ and deleted afterwards,
 * as the integration tests' global setup does.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver, type DatabaseTarget } from "../server/db/create-driver.ts";
import { startEmbeddedNeo4j } from "../server/db/embedded/start-embedded-neo4j.ts";
import { REPO_ROOT } from "../server/db/embedded/runtime.ts";
import { migrate } from "../server/db/migrate.ts";
import { assertQueriesExist, loadQueryRegistry, type QueryRegistry } from "../server/db/query-registry.ts";
import { QUERY_SOURCES } from "../server/db/query-sources.ts";
import { BULK_TRANSACTION_TIMEOUT_MS, createQueryRunner, type QueryRunner } from "../server/db/run-query.ts";
import { BENCH_QUERY_NAMES, type BenchQueryName, type QueryName, SERVICE_QUERY_NAMES, TEST_QUERY_NAMES, type TestQueryName } from "../server/generated/query-names.ts";
import type { Logger } from "../server/logger.ts";
import type { ServiceRows } from "../server/db/row-schemas.ts";
import { SERVICE_ROWS } from "../server/row-registry.ts";
import { testRows, type TestRows } from "../test/support/rows.ts";
import { benchRows, type BenchRows } from "./rows.ts";

/** The service's queries, the bench's own and the tests' wipe. */
export type BenchRunnerQuery = QueryName | TestQueryName | BenchQueryName;
/** The row schemas of every query the bench runs: the service's, the tests' wipe, its own. */
export type BenchRunnerRows = ServiceRows & TestRows & BenchRows;

export interface BenchDatabase {
  driver: Driver;
  runner: QueryRunner<BenchRunnerRows>;
  queries: QueryRegistry;
  target: DatabaseTarget;
  /** The embedded Neo4j's data folder; undefined for a server named by NEO4J_URI. */
  home?: string;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  logger: Logger;
  /** JVM heap of the embedded Neo4j. @default "3g" */
  heap?: string;
  /** Page cache of the embedded Neo4j, in MiB. @default 4096 */
  pageCacheMiB?: number;
  /** Keep the embedded Neo4j's data in .neo4j/bench-keep between runs, so that a later run loads only what is missing. @default false */
  keep?: boolean;
}

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const { logger } = options;
  // The tests' wipe clears a throwaway bench database too.
  const queries = loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test, QUERY_SOURCES.bench);
  assertQueriesExist(queries, [...SERVICE_QUERY_NAMES, ...TEST_QUERY_NAMES, ...BENCH_QUERY_NAMES]);
  let home: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let target: DatabaseTarget;
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_ALLOW_WIPE !== "true") {
      throw new Error(`The bench deletes all data in ${process.env.NEO4J_URI}: set NEO4J_ALLOW_WIPE=true to let it, or unset NEO4J_URI to use a throwaway local Neo4j`);
    }
    target = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
    };
  } else {
    mkdirSync(join(REPO_ROOT, ".neo4j"), { recursive: true });
    home = options.keep ? join(REPO_ROOT, ".neo4j", "bench-keep") : mkdtempSync(join(REPO_ROOT, ".neo4j", "bench-"));
    // The launcher passes its environment to the JVM, which reads the page cache size from it.
    process.env.NEO4J_LAUNCH_PAGECACHE_MIB = String(options.pageCacheMiB ?? 4096);
    const embedded = await startEmbeddedNeo4j({ home, logger, heap: options.heap ?? "3g", startTimeoutMs: 180_000 });
    target = embedded.target;
    stopEmbedded = embedded.stop;
  }
  const driver = createDriver(target, logger);
  // The bench loads councils by the hundred in one transaction, and times the reads itself.
  // Rows are trusted as in production, so that the timings are production's.
  const runner = createQueryRunner<BenchRunnerRows>({
    driver,
    database: target.database,
    queries,
    rows: { ...SERVICE_ROWS, ...testRows, ...benchRows },
    checkRows: false,
    logger,
    transactionTimeoutMs: BULK_TRANSACTION_TIMEOUT_MS,
  });
  const close = async () => {
    await driver.close();
    await stopEmbedded?.();
    if (home && !options.keep) rmSync(home, { recursive: true, force: true });
  };
  try {
    await driver.verifyConnectivity({ database: target.database });
    if (!home) await runner.autoCommit("test/wipe-all");
    await migrate(runner, logger);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, runner, queries, target, ...(home ? { home } : {}), close };
}
