// npm run export -- [--area <area id>] [--format seed|popolo] [--out <file>]
// Writes the graph, or one area of it, as seed JSON (which npm run import reads back) or Popolo JSON.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../database.ts";
import { createLogger } from "../../logger.ts";
import { exportGraph } from "./export-graph.ts";

const USAGE = "Usage: npm run export -- [--area <area id>] [--format seed|popolo] [--out <file>]   (to standard output without --out)";
const { values } = parseArgs({
  options: { area: { type: "string" }, format: { type: "string", default: "seed" }, out: { type: "string" }, help: { type: "boolean" } },
});
if (values.help || !["seed", "popolo"].includes(values.format ?? "")) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
const database = await openDatabase(config, logger);
let exitCode = 0;
try {
  const result = await exportGraph(database.runner, values.area ?? null, values.format === "popolo" ? "POPOLO" : "SEED_JSON");
  if (values.out) writeFileSync(values.out, result.content);
  else process.stdout.write(result.content);
  console.error(
    `Exported ${result.nodes} nodes and ${result.relationships} lines${result.omittedRelationships ? `; left out ${result.omittedRelationships} lines with one end outside the area` : ""}.`,
  );
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
} catch (error) {
  exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.close();
}
process.exit(exitCode);
