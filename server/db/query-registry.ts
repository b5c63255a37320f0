import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The cypher/ folder at the top of the repository. */
export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

/**
 * All named queries, read once at start-up: name "oversight/trace-oversight-chain"
 * is the file cypher/oversight/trace-oversight-chain.cypher. Migrations are
 * read separately (they are ordered scripts, not named queries).
 */
export type QueryRegistry = ReadonlyMap<string, string>;

export function loadQueryRegistry(dir: string = CYPHER_DIR): QueryRegistry {
  const queries = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const name = relative(dir, file).split(sep).join("/").replace(/\.cypher$/, "");
    if (name.startsWith("migrations/")) continue;
    queries.set(name, readFileSync(file, "utf8"));
  }
  return queries;
}

export function listCypherFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listCypherFiles(path));
    else if (entry.endsWith(".cypher")) files.push(path);
  }
  return files;
}

/** Stops start-up when code names a query that has no file. */
export function assertQueriesExist(registry: QueryRegistry, names: Iterable<string>): void {
  const missing = [...names].filter((name) => !registry.has(name));
  if (missing.length > 0) {
    throw new Error(`Missing Cypher files in cypher/: ${missing.map((n) => `${n}.cypher`).join(", ")}`);
  }
}
