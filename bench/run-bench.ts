/**
 * One bench run: a Neo4j (throwaway, kept, or NEO4J_URI), our real app
 * listening on 127.0.0.1 over a recording runner, the @neo4j/graphql peer,
 * then for each scale in ascending order: load the councils still missing,
 * measure every operation side by side, print the table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createApp, createSchema } from "../server/app.ts";
import type { Logger } from "../server/logger.ts";
import { createProgress } from "../server/progress.ts";
import { countGraph } from "../server/seed/load-seeds.ts";
import { benchAppConfig } from "./bench-config.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { sampleCouncils } from "./council-samples.ts";
import { loadMissingCouncils } from "./load-missing.ts";
import { measureOperations } from "./measure-operations.ts";
import { type PeerServer, startNeo4jGraphQLPeer } from "./neo4j-graphql-peer.ts";
import { OPERATIONS } from "./operations.ts";
import { createRecordingRunner } from "./recording-runner.ts";
import { formatScale, type ScaleResult } from "./report.ts";

export interface BenchOptions {
  scales: number[];
  seed: number;
  referenceDate: string;
  rounds: number;
  warmup: number;
  /** Councils whose ids and names the requests use. */
  samples: number;
  keep: boolean;
  heap: string;
  pageCacheMiB: number;
  /** Only these operations (by name prefix); all when empty. */
  only: string[];
  logger: Logger;
  /** Called after each scale with the results so far, so that a long run leaves figures behind if stopped. */
  onScale(results: ScaleResult[]): void;
}

export async function runBench(options: BenchOptions): Promise<ScaleResult[]> {
  const fields = createSchema().getQueryType()?.getFields() ?? {};
  const wanted = OPERATIONS.filter((op) => options.only.length === 0 || options.only.some((prefix) => op.name.startsWith(prefix)));
  const operations = wanted.filter((op) => op.baseline || op.field in fields);
  const missing = wanted.filter((op) => !op.baseline && !(op.field in fields)).map((op) => op.name);

  const db = await openBenchDatabase({ logger: options.logger, heap: options.heap, pageCacheMiB: options.pageCacheMiB, keep: options.keep });
  const runner = createRecordingRunner(db.runner);
  const config = benchAppConfig();
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let peer: PeerServer | undefined;
  const results: ScaleResult[] = [];
  try {
    app = await createApp({ runner, config, logger: options.logger });
    peer = operations.some((op) => op.peer) ? await startNeo4jGraphQLPeer(db.driver, db.target.database) : undefined;
    const ourUrl = `${await app.listen({ host: "127.0.0.1", port: 0 })}/graphql`;
    for (const councils of [...options.scales].sort((a, b) => a - b)) {
      const { loadedBefore: loaded, load } = await loadMissingCouncils(db.runner, councils, options.seed, options.referenceDate);
      const counts = await countGraph(db.runner);
      const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
      const samples = sampleCouncils(councils, options.samples, options.seed, options.referenceDate);
      const progress = createProgress(`Measuring at ${councils} councils`);
      const measured = await measureOperations({
        operations,
        samples,
        ourUrl,
        ...(peer ? { peerUrl: peer.url } : {}),
        runner,
        driver: db.driver,
        database: db.target.database,
        queries: db.queries,
        rounds: options.rounds,
        warmup: options.warmup,
        seed: options.seed,
        asOf: options.referenceDate,
        progress,
      });
      progress.done();
      const memory = process.memoryUsage();
      const result: ScaleResult = {
        councils,
        loadedCouncils: Math.max(loaded, councils),
        ...(load ? { load } : {}),
        nodes: sum(counts.labels),
        relationships: sum(counts.relationshipTypes),
        ...(db.home ? { storeBytes: folderBytes(db.home) } : {}),
        memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, ...neo4jMemory(db.home) },
        operations: measured,
        missing,
      };
      results.push(result);
      console.log(`\n${formatScale(result)}\n`);
      options.onScale(results);
    }
  } finally {
    await app?.close();
    await peer?.close();
    await db.close();
  }
  return results;
}

/** Resident memory of the embedded Neo4j's JVM, found by its data folder on the command line (Linux only). */
function neo4jRssBytes(home: string): number | undefined {
  if (!existsSync("/proc")) return undefined;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes("EmbeddedNeo4j") || !cmdline.includes(home)) continue;
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      return kb ? Number(kb) * 1024 : undefined;
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return undefined;
}

function neo4jMemory(home: string | undefined): { neo4jRssBytes?: number } {
  const bytes = home ? neo4jRssBytes(home) : undefined;
  return bytes === undefined ? {} : { neo4jRssBytes: bytes };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}
