// npm run seed: loads every file in seeds/ (idempotently) and prints the counts.
import { loadConfig } from "../config.ts";
import { openDatabase } from "../database.ts";
import { SeedFileError } from "../domain/seed-file.ts";
import { createLogger } from "../logger.ts";
import { loadSeeds } from "./load-seeds.ts";

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const database = await openDatabase(config, logger);
let exitCode = 0;
try {
  const counts = await loadSeeds(database.runner, logger);
  console.log("\nNodes per label");
  console.table(counts.labels);
  console.log("Relationships per type");
  console.table(counts.relationshipTypes);
} catch (error) {
  exitCode = 1;
  console.error(error instanceof SeedFileError ? error.message : error);
} finally {
  await database.close();
}
process.exit(exitCode);
