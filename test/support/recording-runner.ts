import type { Params, QueryRunner, TransactionRunner } from "../../server/db/run-query.ts";

/** Canned rows by query name, or one function answering every name. */
export type CannedAnswers = Record<string, unknown[]> | ((name: string) => unknown[]);

/**
 * A runner for resolver unit tests: answers reads from canned rows and records
 * which named query ran with which params; writes are refused.
 */
export function recordingRunner(answers: CannedAnswers) {
  const calls: { name: string; params: Params }[] = [];
  const stats = { transactions: 0, queries: 0 };
  const run = async <T>(name: string, params: Params = {}) => {
    calls.push({ name, params });
    stats.queries++;
    return (typeof answers === "function" ? answers(name) : (answers[name] ?? [])) as T[];
  };
  const tx: TransactionRunner = { run };
  const refuse = () => Promise.reject(new Error("no writes here"));
  const runner: QueryRunner = {
    stats,
    read: (name, params) => {
      stats.transactions++;
      return run(name, params);
    },
    write: refuse,
    readTransaction: (work) => {
      stats.transactions++;
      return work(tx);
    },
    writeTransaction: refuse,
    autoCommit: refuse,
    runSchemaStatements: refuse,
  };
  return { runner, calls, stats };
}
