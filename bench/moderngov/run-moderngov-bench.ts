// npm run bench:moderngov [-- --committees 150 --meetings 50]
// Syncs a generated council from a local ModernGov stand-in into a throwaway Neo4j, twice:
// the first sync writes everything, the second finds no changes and writes nothing.
import { parseArgs } from "node:util";
import type { QueryRunner } from "../../server/db/run-query.ts";
import { createLogger } from "../../server/logger.ts";
import { startSync } from "../../server/jobs/moderngov-sync/run-sync.ts";
import { syncView } from "../../server/jobs/moderngov-sync/sync-record.ts";
import { startFakeModernGov } from "../../test/support/fake-moderngov.ts";
import { openBenchDatabase } from "../bench-database.ts";
import { generatedCouncil } from "./generated-council.ts";

const { values } = parseArgs({ options: { committees: { type: "string", default: "150" }, meetings: { type: "string", default: "50" }, concurrency: { type: "string", default: "3" } } });
const committees = Number(values.committees);
const meetings = Number(values.meetings);
const concurrency = Number(values.concurrency);

const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { pretty: false });
const database = await openBenchDatabase({ logger, heap: "1g", pageCacheMiB: 512 });
const fake = await startFakeModernGov(generatedCouncil(committees, meetings));
const runner = database.runner as unknown as QueryRunner;
const actor = { id: "cli:bench", name: "bench", role: "editor" as const, via: "cli" as const };
const settings = { policy: { allowed: [fake.host] }, timeoutMs: 30_000, attempts: 3, backoffMs: 200, concurrency, pageMonths: 12, historyFrom: "2022-01-01" };

async function timedSync(label: string) {
  const requestsBefore = fake.requests.length;
  const started = performance.now();
  const { id, finished } = await startSync(runner, { baseUrl: fake.url, areaId: null, from: null, dryRun: false }, actor, settings, logger);
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const [row] = await runner.read("moderngov-sync/get-sync", { id });
  const sync = row ? syncView(row.sync) : null;
  if (sync?.state !== "SUCCEEDED") throw new Error(`${label} sync ${sync?.state}: ${sync?.error}`);
  const report = sync.report;
  console.log(
    `${label}: ${seconds.toFixed(1)} s, ${fake.requests.length - requestsBefore} requests, ${report?.meetingsRead} meetings, ` +
      `${report?.added.length} added, ${report?.ended.length} ended, ${report?.changed.length} changed, noChanges=${report?.noChanges}; ` +
      `waiting for ModernGov ${((report?.timings.fetchMs ?? 0) / 1000).toFixed(1)} s, graph reads and writes ${((report?.timings.databaseMs ?? 0) / 1000).toFixed(1)} s`,
  );
  return seconds;
}

try {
  console.log(`ModernGov sync bench: ${committees} committees x ${meetings} meetings, at most ${concurrency} requests at a time, local stand-in on ${fake.host}`);
  await timedSync("first sync");
  await timedSync("second sync (no changes)");
  console.log(`most requests in flight at once: ${fake.maxInFlight}`);
} finally {
  await fake.close();
  await database.close();
}
process.exit(0);
