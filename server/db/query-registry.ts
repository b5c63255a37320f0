import { readFileSync } from "node:fs";
import { listCypherFiles, QUERY_SOURCES, type QuerySource } from "./query-sources.ts";

export { listCypherFiles } from "./query-sources.ts";

/** The cypher/ folder at the top of the repository. */
export const CYPHER_DIR = QUERY_SOURCES.service.dir;

/**
 * Named queries, read once at start-up: name "oversight/trace-oversight-chain"
 * is the file cypher/oversight/trace-oversight-chain.cypher. The service loads
 * cypher/ alone; tests and the bench add their own folders.
 */
export type QueryRegistry = ReadonlyMap<string, string>;

export function loadQueryRegistry(...sources: QuerySource[]): QueryRegistry {
  const queries = new Map<string, string>();
  for (const source of sources.length > 0 ? sources : [QUERY_SOURCES.service]) {
    for (const file of listCypherFiles(source.dir)) {
      const name = source.nameOf(file);
      if (name !== null) queries.set(name, readFileSync(file, "utf8"));
    }
  }
  return queries;
}

/** Stops start-up when a generated name has no file (the generated list is stale). */
export function assertQueriesExist(registry: QueryRegistry, names: Iterable<string>): void {
  const missing = [...names].filter((name) => !registry.has(name));
  if (missing.length > 0) {
    throw new Error(`Missing Cypher files in cypher/: ${missing.map((n) => `${n}.cypher`).join(", ")}`);
  }
}
