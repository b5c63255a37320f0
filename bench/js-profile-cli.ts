// node --cpu-prof --import tsx bench/js-profile-cli.ts [--councils 150] [--only oversightChain] [--requests 300] [--keep]
// Sends each operation many times through the real app (in-process, no network) so that a CPU
// profile of this process shows where GraphQL spends its time above the Cypher it runs: the
// JavaScript side of a slow operation, where bench/profile-cli.ts shows the database side.
import { parseArgs } from "node:util";
import { createApp } from "../server/app.ts";
import { createLogger } from "../server/logger.ts";
import { benchAppConfig } from "./bench-config.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { sampleCouncils } from "./council-samples.ts";
import { loadMissingCouncils } from "./load-missing.ts";
import { OPERATIONS } from "./operations.ts";
import { summarise } from "./stats.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./synthetic/generate-council.ts";
import { createPrng } from "./synthetic/prng.ts";

const { values } = parseArgs({
  options: {
    councils: { type: "string", default: "150" },
    only: { type: "string", default: "" },
    requests: { type: "string", default: "300" },
    keep: { type: "boolean", default: false },
  },
});
const logger = createLogger("warn", { pretty: false });
const db = await openBenchDatabase({ logger, keep: values.keep ?? false });
const app = await createApp({ runner: db.runner, config: benchAppConfig(), logger });
try {
  const councils = Number(values.councils);
  await loadMissingCouncils(db.runner, councils, DEFAULT_SEED, DEFAULT_REFERENCE_DATE);
  const samples = sampleCouncils(councils, 12, DEFAULT_SEED, DEFAULT_REFERENCE_DATE);
  const rng = createPrng(1, 78);
  const wanted = (name: string) => !values.only || values.only.split(",").some((prefix) => name.startsWith(prefix));
  for (const operation of OPERATIONS.filter((op) => wanted(op.name))) {
    const payloads = samples
      .map((sample) => operation.variables(sample, rng, DEFAULT_REFERENCE_DATE))
      .filter((variables) => variables !== undefined)
      .map((variables) => JSON.stringify({ query: operation.query, variables }));
    if (payloads.length === 0) continue;
    const times: number[] = [];
    for (let i = 0; i < Number(values.requests); i++) {
      const started = performance.now();
      const answer = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: payloads[i % payloads.length] });
      times.push(performance.now() - started);
      if (answer.statusCode !== 200) throw new Error(`${operation.name}: HTTP ${answer.statusCode}: ${answer.body.slice(0, 200)}`);
    }
    console.log(`${operation.name.padEnd(32)} median ${summarise(times).median.toFixed(2)} ms over ${times.length} requests`);
  }
} finally {
  await app.close();
  await db.close();
}
process.exit(0);
