/**
 * Wraps the real query runner so that the bench can see, for one GraphQL
 * request, which named queries ran with which parameters in which
 * transactions: that is both the round-trip count and the script the raw
 * driver replays as the floor. Requests run one at a time, so one recording
 * slot is enough.
 */
import type { Params, QueryRunner, TransactionRunner } from "../server/db/run-query.ts";

export interface RecordedCall {
  name: string;
  params: Params;
}

export interface RecordedTransaction {
  /** A read or write transaction function, or an auto-commit transaction (one query, one message exchange). */
  mode: "READ" | "WRITE" | "AUTO";
  /** Where a cluster would send it: a reader or the leader. */
  access: "READ" | "WRITE";
  calls: RecordedCall[];
}

export interface RecordingRunner extends QueryRunner {
  /** Runs `work` and returns what it ran against Neo4j, transaction by transaction. */
  record<T>(work: () => Promise<T>): Promise<{ result: T; transactions: RecordedTransaction[] }>;
}

export function createRecordingRunner(inner: QueryRunner): RecordingRunner {
  let current: RecordedTransaction[] | undefined;

  const open = (mode: RecordedTransaction["mode"], access: RecordedTransaction["access"]): RecordedCall[] | undefined => {
    if (!current) return undefined;
    const calls: RecordedCall[] = [];
    current.push({ mode, access, calls });
    return calls;
  };
  const tracing = (tx: TransactionRunner, calls: RecordedCall[] | undefined): TransactionRunner =>
    calls
      ? {
          run: (name, params = {}) => {
            calls.push({ name, params });
            return tx.run(name, params);
          },
        }
      : tx;
  const single = (mode: RecordedTransaction["mode"], access: RecordedTransaction["access"], name: string, params: Params) => {
    open(mode, access)?.push({ name, params });
  };

  return {
    get stats() {
      return inner.stats;
    },
    // A single read runs in an auto-commit transaction (server/db/run-query.ts), and is replayed as one.
    read: (name, params = {}) => {
      single("AUTO", "READ", name, params);
      return inner.read(name, params);
    },
    write: (name, params = {}) => {
      single("WRITE", "WRITE", name, params);
      return inner.write(name, params);
    },
    autoCommit: (name, params = {}, options) => {
      single("AUTO", options?.mode ?? "WRITE", name, params);
      return inner.autoCommit(name, params, options);
    },
    runSchemaStatements: (statements) => inner.runSchemaStatements(statements),
    readTransaction: (work) => {
      const calls = open("READ", "READ");
      return inner.readTransaction((tx) => work(tracing(tx, calls)));
    },
    writeTransaction: (work) => {
      const calls = open("WRITE", "WRITE");
      return inner.writeTransaction((tx) => work(tracing(tx, calls)));
    },
    async record(work) {
      const transactions: RecordedTransaction[] = [];
      current = transactions;
      try {
        return { result: await work(), transactions };
      } finally {
        current = undefined;
      }
    },
  };
}
