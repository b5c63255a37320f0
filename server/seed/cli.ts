// npm run seed: loads every file in seeds/ (idempotently) and prints the counts.
import { SeedFileError } from "../domain/seed-file.ts";
import { runCommand } from "../run-command.ts";
import { loadSeeds } from "./load-seeds.ts";

await runCommand(
  async (database, logger) => {
    const counts = await loadSeeds(database.runner, logger);
  console.log("\nNodes per label");
  console.table(counts.labels);
  console.log("Relationships per type");
  console.table(counts.relationshipTypes);
    return 0;
  },
  { quiet: false, describeError: (error) => (error instanceof SeedFileError ? error.message : error) },
);
