// npx tsx bench/profile-cli.ts [--councils 150] [--only healthCheck] [--keep]
// For each operation: sends it once through GraphQL, takes the named queries it ran with their
// parameters, and runs each again under PROFILE, printing the operators with the most db hits
// and the rows they produced: where a slow operation spends its time. Use --keep after a bench
// run with --keep to profile the data that run left in .neo4j/bench-keep.
import { parseArgs } from "node:util";
import { createApp } from "../server/app.ts";
import { createLogger } from "../server/logger.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./synthetic/generate-council.ts";
import { createPrng } from "./synthetic/prng.ts";
import { benchAppConfig } from "./bench-config.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { sampleCouncils } from "./council-samples.ts";
import { loadMissingCouncils } from "./load-missing.ts";
import { OPERATIONS } from "./operations.ts";
import { createRecordingRunner } from "./recording-runner.ts";

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const { values } = parseArgs({ options: { councils: { type: "string", default: "150" }, only: { type: "string", default: "" }, keep: { type: "boolean", default: false } } });
const councils = Number(values.councils);
const logger = createLogger("warn", { pretty: false });
const db = await openBenchDatabase({ logger, keep: values.keep ?? false });
const runner = createRecordingRunner(db.runner);
const app = await createApp({ runner, config: benchAppConfig(), logger });
try {
  await loadMissingCouncils(db.runner, councils, DEFAULT_SEED, DEFAULT_REFERENCE_DATE);
  const [sample] = sampleCouncils(councils, 2, DEFAULT_SEED, DEFAULT_REFERENCE_DATE).slice(-1);
  const rng = createPrng(1, 77);
  for (const operation of OPERATIONS.filter((op) => !values.only || values.only.split(",").some((p) => op.name.startsWith(p)))) {
    const variables = sample ? operation.variables(sample, rng, DEFAULT_REFERENCE_DATE) : undefined;
    if (!variables) continue;
    const payload = JSON.stringify({ query: operation.query, variables });
    const { transactions } = await runner.record(() => app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload }));
    console.log(`\n## ${operation.name} ${JSON.stringify(variables)}`);
    for (const call of transactions.flatMap((t) => t.calls)) {
      const session = db.driver.session({ database: db.target.database });
      try {
        const started = performance.now();
        const result = await session.run(`PROFILE ${db.queries.get(call.name)}`, call.params);
        const ms = performance.now() - started;
        const operators: PlanNode[] = [];
        const walk = (node: PlanNode) => {
          operators.push(node);
          for (const child of node.children) walk(child);
        };
        walk(result.summary.profile as unknown as PlanNode);
        const total = operators.reduce((sum, op) => sum + op.dbHits, 0);
        console.log(`- ${call.name}: ${ms.toFixed(0)} ms, ${total.toLocaleString("en-GB")} db hits, ${result.records.length} records`);
        for (const op of [...operators].sort((a, b) => b.dbHits - a.dbHits).slice(0, 6)) {
          console.log(`    ${op.dbHits.toLocaleString("en-GB").padStart(12)} hits ${String(op.rows).padStart(9)} rows  ${op.operatorType} ${String(op.arguments.Details ?? "").replace(/\s+/g, " ").slice(0, 150)}`);
        }
      } finally {
        await session.close();
      }
    }
  }
} finally {
  await app.close();
  await db.close();
}
process.exit(0);
