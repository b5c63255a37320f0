// npm run generate -- --councils N [--seed S] [--as-of YYYY-MM-DD] [--out file.yaml] [--load]
// Generates N synthetic councils in the seed format. --out writes them as YAML, one
// seed-file document per council (a single seed file when N is 1); --load loads them
// into the service's Neo4j (NEO4J_URI, or the local one in NEO4J_HOME) through the
// seed loader, one transaction per council. Without either, it prints what it would hold.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { loadConfig } from "../../server/config.ts";
import { openDatabase } from "../../server/database.ts";
import { createLogger } from "../../server/logger.ts";
import { createProgress } from "../../server/progress.ts";
import { countGraph } from "../../server/seed/load-seeds.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED, generateCouncil } from "./generate-council.ts";
import { loadSynthetic } from "./load-synthetic.ts";
import { describeSynthetic, type SyntheticStats } from "./synthetic-stats.ts";

const { values } = parseArgs({
  options: {
    councils: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    "as-of": { type: "string", default: DEFAULT_REFERENCE_DATE },
    out: { type: "string" },
    load: { type: "boolean", default: false },
  },
});

function wholeNumber(name: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}${text === undefined ? "" : ` (got "${text}")`}`);
    process.exit(2);
  }
  return value;
}

const councils = wholeNumber("councils", values.councils, 1);
const options = { seed: wholeNumber("seed", values.seed, 0), referenceDate: values["as-of"] ?? DEFAULT_REFERENCE_DATE };
if (!/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate)) {
  console.error(`--as-of must be a date (YYYY-MM-DD) (got "${options.referenceDate}")`);
  process.exit(2);
}

if (values.out) {
  const out = createWriteStream(values.out);
  const progress = createProgress(`Writing ${values.out}`);
  const totals: Partial<SyntheticStats> = {};
  for (let index = 1; index <= councils; index++) {
    const council = generateCouncil(index, options);
    for (const [key, value] of Object.entries(describeSynthetic(council))) totals[key as keyof SyntheticStats] = (totals[key as keyof SyntheticStats] ?? 0) + value;
    if (!out.write(`${index > 1 ? "---\n" : ""}${stringify(council)}`)) await once(out, "drain");
    progress.update(`${index}/${councils} councils`, index / councils);
  }
  out.end();
  await once(out, "finish");
  progress.done(`${councils} councils, ${totals.nodes} nodes and ${totals.relationships} relationships`);
}

if (values.load) {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  try {
    const report = await loadSynthetic(database.bulkRunner, { ...options, to: councils });
    console.log(`${Math.round(report.itemsPerSecond).toLocaleString("en-GB")} nodes+relationships per second`);
    const counts = await countGraph(database.bulkRunner);
    console.table(counts.labels);
  } finally {
    await database.close();
  }
}

if (!values.out && !values.load) {
  const first = describeSynthetic(generateCouncil(1, options));
  console.log(`Council 1 of seed ${options.seed}, as it stands on ${options.referenceDate}:`);
  console.table(first);
  console.log("Add --out file.yaml to write the councils, or --load to load them into Neo4j.");
}
process.exit(0);
