// npm run bench [-- --scales 1,150,1500 --rounds 60 --warmup 10 --seed 1 --keep --only search,board]
// Loads synthetic councils into a Neo4j of its own (or NEO4J_URI, with NEO4J_ALLOW_WIPE=true),
// measures each operation through GraphQL over HTTP, as raw Cypher and, for the nested read,
// through @neo4j/graphql; prints a table per scale and writes bench/results/bench-<time>.json
// and, with each operation's medians, p95s and ratio only, bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../server/db/embedded/runtime.ts";
import { createLogger } from "../server/logger.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./synthetic/generate-council.ts";
import { buildLatestResults } from "./latest-results.ts";
import { checkTargets, formatTargets, type ScaleResult } from "./report.ts";
import { runBench } from "./run-bench.ts";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "1,150,1500" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    rounds: { type: "string", default: "60" },
    warmup: { type: "string", default: "10" },
    samples: { type: "string", default: "12" },
    "as-of": { type: "string", default: DEFAULT_REFERENCE_DATE },
    keep: { type: "boolean", default: false },
    heap: { type: "string", default: "3g" },
    pagecache: { type: "string", default: "4096" },
    only: { type: "string", default: "" },
  },
});

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${text}")`);
  return value;
}

const scales = (values.scales ?? "").split(",").map((text) => positive("scales", text.trim()));
const startedAt = new Date();
const outDir = join(REPO_ROOT, "bench", "results");
const outFile = join(outDir, `bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
// Always the same name, so a script reads the last run's figures without looking for the newest file.
const latestFile = join(outDir, "latest.json");
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", totalMemoryBytes: totalmem(), node: process.version, platform: process.platform };
const loadAtStart = loadavg();

const write = (results: ScaleResult[]) => {
  mkdirSync(outDir, { recursive: true });
  const run = { startedAt: startedAt.toISOString(), command: ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" "), machine, loadAverage: { atStart: loadAtStart, now: loadavg() }, freeMemoryBytes: freemem(), options: values };
  writeFileSync(outFile, `${JSON.stringify({ ...run, scales: results, targets: checkTargets(results) }, null, 2)}\n`);
  writeFileSync(latestFile, `${JSON.stringify(buildLatestResults(run, results), null, 2)}\n`);
};

const results = await runBench({
  scales,
  seed: positive("seed", values.seed ?? ""),
  referenceDate: values["as-of"] ?? DEFAULT_REFERENCE_DATE,
  rounds: positive("rounds", values.rounds ?? ""),
  warmup: positive("warmup", values.warmup ?? ""),
  samples: positive("samples", values.samples ?? ""),
  keep: values.keep ?? false,
  heap: values.heap ?? "3g",
  pageCacheMiB: positive("pagecache", values.pagecache ?? ""),
  only: (values.only ?? "").split(",").map((text) => text.trim()).filter(Boolean),
  logger: createLogger(process.env.LOG_LEVEL ?? "warn", { pretty: false }),
  onScale: write,
});
console.log(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${(machine.totalMemoryBytes / 2 ** 30).toFixed(0)} GB; Node ${machine.node}; load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(", ")}, at end ${loadavg().map((l) => l.toFixed(1)).join(", ")}.\n`);
console.log(formatTargets(checkTargets(results)));
console.log(`\nResults: ${outFile} (figures also in ${latestFile})`);
process.exit(0);
