// Query names as types, read from the .cypher files: a misspelt or missing
// name fails the type check instead of failing at start-up. The service's
// queries live in cypher/; those only tests or the bench run live beside them
// (test/cypher/, bench/cypher/) and are never loaded by the service.
import { listCypherFiles, type QuerySource, QUERY_SOURCES } from "../server/db/query-sources.ts";

const header = "// Generated from the .cypher files by scripts/generate-query-names.ts. Do not edit: run `npm run codegen`.\n";

function namesIn(source: QuerySource): string[] {
  return listCypherFiles(source.dir).map((file) => source.nameOf(file)).filter((name) => name !== null);
}

function list(constant: string, names: readonly string[]): string {
  return `export const ${constant} = [\n${names.map((name) => `  "${name}",`).join("\n")}\n] as const;\n`;
}

/** The generated file, keyed by its path from the repository root. */
export function generateQueryNames(): Record<string, string> {
  const text = [
    header,
    "/** Every query the service loads, named after its file in cypher/ (without `.cypher`). */",
    list("SERVICE_QUERY_NAMES", namesIn(QUERY_SOURCES.service)),
    "/** Queries only the tests run (test/cypher/). */",
    list("TEST_QUERY_NAMES", namesIn(QUERY_SOURCES.test)),
    "/** Queries only the bench runs (bench/cypher/). */",
    list("BENCH_QUERY_NAMES", namesIn(QUERY_SOURCES.bench)),
    "export type QueryName = (typeof SERVICE_QUERY_NAMES)[number];",
    "export type TestQueryName = (typeof TEST_QUERY_NAMES)[number];",
    "export type BenchQueryName = (typeof BENCH_QUERY_NAMES)[number];",
    "",
  ].join("\n");
  return { "server/generated/query-names.ts": text };
}
