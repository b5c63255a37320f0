import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Logger } from "../logger.ts";
import { CYPHER_DIR, listCypherFiles } from "./query-registry.ts";
import type { QueryRunner } from "./run-query.ts";

/** Splits a migration script into statements: each ends with ";" at the end of a line. */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the scripts of cypher/migrations in name order, each once, and
 * records it. Statements use IF NOT EXISTS, so a migration interrupted half-way
 * (or run by two instances at once) is safe to run again.
 */
export async function migrate(
  runner: QueryRunner,
  logger: Logger,
  dir = join(CYPHER_DIR, "migrations"),
): Promise<string[]> {
  const applied = new Set((await runner.read("schema/applied-migrations")).map((row) => row.id));
  const ran: string[] = [];
  for (const file of listCypherFiles(dir)) {
    const id = basename(file, ".cypher");
    if (applied.has(id)) continue;
    await runner.runSchemaStatements(splitStatements(readFileSync(file, "utf8")));
    await runner.write("schema/record-migration", { id });
    logger.info({ migration: id }, "Applied schema migration");
    ran.push(id);
  }
  return ran;
}
