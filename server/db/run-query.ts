import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { z } from "zod";
import { govError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { QueryRegistry } from "./query-registry.ts";
import { isMappedRow, type RowOf, type RowSchemas, type ServiceRows } from "./row-schemas.ts";
import { toPlain } from "./to-plain.ts";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A query name of the row schemas `R`. */
type NameOf<R> = keyof R & string;

/**
 * Runs named queries inside a transaction that is already open. `R` maps each
 * name generated from the .cypher files to the schema of its rows, so a
 * misspelt name fails the type check and each answer has its declared row type.
 */
export interface TransactionRunner<R = ServiceRows> {
  run<K extends NameOf<R>>(name: K, params?: Params): Promise<RowOf<R, K>[]>;
}

/**
 * The only module that talks to the driver. Reads run in read access mode (a
 * single query auto-commits; several share a read transaction) and writes in
 * write transactions, so that a neo4j+s:// routing URI sends each to the right
 * cluster member; each transaction is tagged with the query's name.
 */
export interface QueryRunner<R = ServiceRows> {
  /** One read query, auto-committed: a snapshot of its own, retried as a transaction is. */
  read<K extends NameOf<R>>(name: K, params?: Params): Promise<RowOf<R, K>[]>;
  write<K extends NameOf<R>>(name: K, params?: Params): Promise<RowOf<R, K>[]>;
  /** Several named queries in one read transaction: one consistent snapshot. */
  readTransaction<T>(work: (tx: TransactionRunner<R>) => Promise<T>): Promise<T>;
  /** Several named queries in one write transaction: all or nothing. */
  writeTransaction<T>(work: (tx: TransactionRunner<R>) => Promise<T>): Promise<T>;
  /**
   * One query in an auto-commit transaction: only for queries that batch their
   * own work with CALL { ... } IN TRANSACTIONS (wipes, very large imports), and
   * for probes that must fail fast instead of being retried (GET /health).
   */
  autoCommit<K extends NameOf<R>>(name: K, params?: Params, options?: { mode?: "READ" | "WRITE"; timeoutMs?: number }): Promise<RowOf<R, K>[]>;
  /**
   * A migration's schema statements, each in an auto-commit transaction of its
   * own: schema changes cannot share a transaction with data writes.
   */
  runSchemaStatements(statements: readonly string[]): Promise<void>;
  /** How many transactions reached Neo4j; the bench reads it to count round trips. */
  readonly stats: { transactions: number; queries: number };
}

export interface QueryRunnerOptions<R extends RowSchemas<R>> {
  driver: Driver;
  database: string;
  queries: QueryRegistry;
  /** The schema of one row of each query (server/row-registry.ts collects the service's). */
  rows: R;
  /**
   * Parse every row against its schema, failing with GOV_DB_ROW_INVALID on the first
   * that does not match (GOV_CHECK_ROWS: on outside production). Off, rows are trusted,
   * except those whose schema maps them into a domain type. @default true
   */
  checkRows?: boolean;
  logger: Logger;
  /**
   * Neo4j stops any transaction of ours that runs longer (the driver's per-transaction
   * `timeout`), so that no request holds the database for long. @default 10000
   */
  transactionTimeoutMs?: number;
  /**
   * How long a transaction that failed for a passing reason (a deadlock, a
   * cluster member going away) is tried again, in short steps. A database
   * that refuses connections is not retried: the caller hears at once. @default 1000
   */
  retryTimeMs?: number;
}

export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

/**
 * For work that is not a request: migrations, the seed loader at start-up,
 * the command-line import and the bench's loads, which may rightly write for
 * minutes in one transaction.
 */
export const BULK_TRANSACTION_TIMEOUT_MS = 600_000;

/** Pauses between attempts; short, because a request waits through them. */
const RETRY_PAUSES_MS = [25, 100, 250, 500];

/** A passing error worth another attempt: not a server that is simply not there. */
function worthRetrying(error: unknown): boolean {
  return error instanceof Neo4jError && error.retriable && error.code !== "ServiceUnavailable" && !ACQUISITION_TIMEOUT.test(error.message);
}

export function createQueryRunner<R extends RowSchemas<R>>({
  driver,
  database,
  queries,
  rows: schemas,
  checkRows = true,
  logger,
  transactionTimeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS,
  retryTimeMs = 1_000,
}: QueryRunnerOptions<R>): QueryRunner<R> {
  type N = NameOf<R>;
  const stats = { transactions: 0, queries: 0 };
  const mapError = (error: unknown, query: string) => mapDriverError(error, query, logger, transactionTimeoutMs);

  function rowsOf<K extends N>(name: K, records: readonly { toObject(): object }[]): RowOf<R, K>[] {
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`No row schema for query ${name}`);
    const plain = records.map((record) => toPlain(record.toObject()));
    if (isMappedRow(schema)) return plain.map((row, index) => parseRow(name, schema, row, index) as RowOf<R, K>);
    if (checkRows) {
      for (const [index, row] of plain.entries()) parseRow(name, schema, row, index);
    }
    // The one place a row's declared type is asserted: the schema was checked above when row checking
    // is on (development, tests); in production the rows are trusted, because parsing each one costs
    // time on every read and the same Cypher has passed its schema in the tests.
    return plain as RowOf<R, K>[];
  }

  function textOf(name: string): string {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
    return text;
  }

  function bind(tx: ManagedTransaction): TransactionRunner<R> {
    return {
      async run<K extends N>(name: K, params: Params = {}) {
        stats.queries++;
        logger.debug({ query: name, params }, "cypher");
        try {
          const result = await tx.run(textOf(name), params);
          return rowsOf(name, result.records);
        } catch (error) {
          // Leave transient errors as they are so that the driver retries the transaction.
          if (error instanceof Neo4jError && error.retriable) throw error;
          throw mapError(error, name);
        }
      },
    };
  }

  function inTransaction<T>(mode: "READ" | "WRITE", label: string, work: (tx: TransactionRunner<R>) => Promise<T>) {
    return withRetries(label, () => transactionOnce(mode, label, work));
  }

  async function withRetries<T>(label: string, once: () => Promise<T>) {
    const began = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        const pause = RETRY_PAUSES_MS[attempt];
        if (pause === undefined || !worthRetrying(error) || Date.now() - began + pause > retryTimeMs) throw mapError(error, label);
        logger.debug({ query: label, attempt: attempt + 1, neo4jCode: (error as Neo4jError).code }, "Retrying a transaction");
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  async function transactionOnce<T>(mode: "READ" | "WRITE", label: string, work: (tx: TransactionRunner<R>) => Promise<T>) {
    stats.transactions++;
    const session = driver.session({ database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: { app: "governance-graph", query: label }, timeout: transactionTimeoutMs };
    try {
      return mode === "READ"
        ? await session.executeRead((tx) => work(bind(tx)), config)
        : await session.executeWrite((tx) => work(bind(tx)), config);
    } finally {
      await session.close();
    }
  }

  /**
   * One read query in an auto-commit transaction of its own: one snapshot, as a read transaction would give,
   * in one socket write and one wait for the answer, where a transaction function makes three writes
   * (BEGIN; RUN and PULL; COMMIT) and waits twice. A request that makes one read answered 0.4-1.3 ms
   * sooner for it (bench/js-profile-cli.ts at 150 councils: oversightChain, board, search).
   */
  async function readOnce<K extends N>(name: K, params: Params) {
    stats.transactions++;
    stats.queries++;
    logger.debug({ query: name, params }, "cypher");
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(textOf(name), params, { metadata: { app: "governance-graph", query: name }, timeout: transactionTimeoutMs });
      return rowsOf(name, result.records);
    } finally {
      await session.close();
    }
  }

  return {
    stats,
    read: (name, params = {}) => withRetries(name, () => readOnce(name, params)),
    write: (name, params) => inTransaction("WRITE", name, (tx) => tx.run(name, params)),
    async autoCommit<K extends N>(name: K, params: Params = {}, options: { mode?: "READ" | "WRITE"; timeoutMs?: number } = {}) {
      stats.transactions++;
      stats.queries++;
      const mode = options.mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE;
      const session = driver.session({ database, defaultAccessMode: mode });
      try {
        const config = { metadata: { app: "governance-graph", query: name }, timeout: options.timeoutMs ?? transactionTimeoutMs };
        const result = await session.run(textOf(name), params, config);
        return rowsOf(name, result.records);
      } catch (error) {
        throw mapError(error, name);
      } finally {
        await session.close();
      }
    },
    async runSchemaStatements(statements) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const statement of statements) {
          stats.transactions++;
          stats.queries++;
          logger.debug({ statement }, "schema");
          await session.run(statement, {}, { metadata: { app: "governance-graph", query: "migration" } });
        }
      } catch (error) {
        throw mapError(error, "migration");
      } finally {
        await session.close();
      }
    },
    readTransaction: (work) => inTransaction("READ", "read-transaction", work),
    writeTransaction: (work) => inTransaction("WRITE", "write-transaction", work),
  };
}

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.TransientError.General.DatabaseUnavailable",
]);
const TIMED_OUT = new Set(["Neo.ClientError.Transaction.TransactionTimedOut", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"]);

/** The pool's own error when no connection comes free in time carries no code, only this text. */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

/**
 * Driver errors become our codes; our own GraphQL errors pass through unchanged.
 * The driver's text names the Bolt host and port: it goes to the log, never to a client.
 */
/** Parses one row; a mismatch names the query, the row and the field path. */
function parseRow(query: string, schema: z.ZodType, row: unknown, index: number): unknown {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "(row)";
  throw govError("GOV_DB_ROW_INVALID", { query, field, detail: `row ${index}: ${issue?.message ?? "does not match"}` });
}

function mapDriverError(error: unknown, query: string, logger: Logger, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code) || ACQUISITION_TIMEOUT.test(error.message)) {
    logger.warn({ query, neo4jCode: error.code, detail: error.message }, "The graph database is unavailable");
    return govError("GOV_DB_UNAVAILABLE", {}, { "retry-after": "2" });
  }
  if (TIMED_OUT.has(error.code)) {
    logger.warn({ query, timeoutMs }, "A transaction ran past its timeout and was stopped");
    return govError("GOV_QUERY_TIMEOUT", { timeoutMs, query });
  }
  return govError("GOV_DB_QUERY_FAILED", { query, detail: `${error.code}: ${error.message}` });
}
