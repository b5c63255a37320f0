import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** A folder of named queries and how a file in it is named. */
export interface QuerySource {
  dir: string;
  /** The query's name, or null for a file that is not a named query (migrations). */
  nameOf(file: string): string | null;
}

function source(folder: string, prefix: string, skip?: string): QuerySource {
  const dir = fileURLToPath(new URL(`../../${folder}/`, import.meta.url));
  return {
    dir,
    nameOf(file) {
      const name = relative(dir, file).split(sep).join("/").replace(/\.cypher$/, "");
      return skip && name.startsWith(skip) ? null : `${prefix}${name}`;
    },
  };
}

/**
 * Where named queries live: the service's in cypher/ (migrations are ordered
 * scripts, read apart), the tests' in test/cypher/ as "test/<file>", the
 * bench's in bench/cypher/ as "bench/<file>".
 */
export const QUERY_SOURCES = {
  service: source("cypher", "", "migrations/"),
  test: source("test/cypher", "test/"),
  bench: source("bench/cypher", "bench/"),
} as const;

export function listCypherFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listCypherFiles(path));
    else if (entry.endsWith(".cypher")) files.push(path);
  }
  return files;
}
