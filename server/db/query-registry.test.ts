import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BENCH_QUERY_NAMES, SERVICE_QUERY_NAMES, TEST_QUERY_NAMES } from "../generated/query-names.ts";
import { assertQueriesExist, loadQueryRegistry } from "./query-registry.ts";
import { QUERY_SOURCES } from "./query-sources.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every TypeScript file below a folder of the repository, as one text (generated files left out). */
function codeIn(folder: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return entry === "generated" ? [] : walk(path);
      return entry.endsWith(".ts") ? [path] : [];
    });
  return walk(join(ROOT, folder))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
}

const unusedIn = (names: readonly string[], code: string) => names.filter((name) => !code.includes(`"${name}"`));

describe("named Cypher queries", () => {
  const registry = loadQueryRegistry();

  it("has a file for every generated name", () => {
    expect(() => assertQueriesExist(registry, SERVICE_QUERY_NAMES)).not.toThrow();
  });

  it("uses every file in cypher/ somewhere in the service", () => {
    expect(unusedIn(SERVICE_QUERY_NAMES, codeIn("server"))).toEqual([]);
  });

  it("uses every test and bench query in the tests and the bench", () => {
    expect(unusedIn(TEST_QUERY_NAMES, codeIn("test"))).toEqual([]);
    expect(unusedIn(BENCH_QUERY_NAMES, codeIn("bench"))).toEqual([]);
  });

  it("does not load test or bench queries into the service", () => {
    expect([...registry.keys()].filter((name) => /^(test|bench)\//.test(name))).toEqual([]);
    const all = loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test, QUERY_SOURCES.bench);
    expect(all.size).toBe(SERVICE_QUERY_NAMES.length + TEST_QUERY_NAMES.length + BENCH_QUERY_NAMES.length);
  });

  it("opens every file with a comment saying what it answers", () => {
    const all = loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test, QUERY_SOURCES.bench);
    const silent = [...all].filter(([, text]) => !text.trimStart().startsWith("//")).map(([name]) => name);
    expect(silent).toEqual([]);
  });

  it("stops start-up naming the missing file", () => {
    expect(() => assertQueriesExist(registry, ["nowhere/missing-query"])).toThrow("nowhere/missing-query.cypher");
  });
});
