// npx tsx bench/import-rate.ts [councils=40] [--by-query] [--warm N]
// Loads synthetic councils into a throwaway Neo4j the way the bench does (seed-file schema,
// writeSeedFile, two at a time) and prints the import rate; with --by-query, also the time
// Neo4j spent in each named query of the seed loader. With --warm N, N other councils are loaded
// first and not counted: a Neo4j just started spends a core for its first half minute or so
// compiling its own code (the JVM's JIT), which a server that has been up for a while has done.
import { createLogger } from "../server/logger.ts";
import type { Params, QueryRunner, TransactionRunner } from "../server/db/run-query.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./synthetic/generate-council.ts";
import { loadSynthetic } from "./synthetic/load-synthetic.ts";

const councils = Number(process.argv.slice(2).find((arg, index, args) => /^\d+$/.test(arg) && args[index - 1] !== "--warm") ?? 40);
const byQuery = process.argv.includes("--by-query");
const warmIndex = process.argv.indexOf("--warm");
const warm = warmIndex >= 0 ? Number(process.argv[warmIndex + 1]) : 0;
const db = await openBenchDatabase({ logger: createLogger("warn", { pretty: false }) });
const spent = new Map<string, { ms: number; calls: number }>();

function timed<R>(runner: QueryRunner<R>): QueryRunner<R> {
  const wrap = (tx: TransactionRunner<R>): TransactionRunner<R> => ({
    run: async (name, params?: Params) => {
      const started = performance.now();
      try {
        return await tx.run(name, params);
      } finally {
        const entry = spent.get(name) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls++;
        spent.set(name, entry);
      }
    },
  });
  return Object.assign(Object.create(runner) as QueryRunner<R>, {
    writeTransaction: <T>(work: (tx: TransactionRunner<R>) => Promise<T>) => runner.writeTransaction((tx) => work(wrap(tx))),
  });
}

try {
  if (warm > 0) await loadSynthetic(db.runner as never, { to: warm, seed: DEFAULT_SEED, referenceDate: DEFAULT_REFERENCE_DATE, progress: false });
  const runner = byQuery ? timed(db.runner) : db.runner;
  const report = await loadSynthetic(runner as never, { from: warm + 1, to: warm + councils, seed: DEFAULT_SEED, referenceDate: DEFAULT_REFERENCE_DATE, progress: false });
  console.log(
    `${report.councils} councils${warm > 0 ? ` after ${warm} others` : ""}, ${(report.nodes + report.relationships).toLocaleString("en-GB")} nodes+relationships in ${(report.ms / 1000).toFixed(1)} s = ${Math.round(report.itemsPerSecond).toLocaleString("en-GB")}/s (generation and validation ${(report.prepareMs / 1000).toFixed(1)} s of it)`,
  );
  for (const [name, entry] of [...spent].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`${name.padEnd(36)} ${(entry.ms / 1000).toFixed(1).padStart(7)} s in ${entry.calls} calls`);
  }
} finally {
  await db.close();
}
process.exit(0);
