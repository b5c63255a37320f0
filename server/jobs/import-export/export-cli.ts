// npm run export -- [--area <area id>] [--format seed|popolo] [--out <file>]
// Writes the graph, or one area of it, as seed JSON (which npm run import reads back) or Popolo JSON.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runCommand } from "../../run-command.ts";
import { exportGraph } from "./export-graph.ts";

const USAGE = "Usage: npm run export -- [--area <area id>] [--format seed|popolo] [--out <file>]   (to standard output without --out)";
const { values } = parseArgs({
  options: { area: { type: "string" }, format: { type: "string", default: "seed" }, out: { type: "string" }, help: { type: "boolean" } },
});
if (values.help || !["seed", "popolo"].includes(values.format ?? "")) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

await runCommand(async (database) => {
  const result = await exportGraph(database.runner, values.area ?? null, values.format === "popolo" ? "POPOLO" : "SEED_JSON");
  if (values.out) writeFileSync(values.out, result.content);
  else process.stdout.write(result.content);
  console.error(
    `Exported ${result.nodes} nodes and ${result.relationships} lines${result.omittedRelationships ? `; left out ${result.omittedRelationships} lines with one end outside the area` : ""}.`,
  );
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  return 0;
});
