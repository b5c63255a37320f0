import { describe, expect, it } from "vitest";
import { ALL_QUERY_NAMES } from "../all-query-names.ts";
import { assertQueriesExist, loadQueryRegistry } from "./query-registry.ts";

describe("named Cypher queries", () => {
  const registry = loadQueryRegistry();

  it("has a file for every name the code uses", () => {
    expect(() => assertQueriesExist(registry, ALL_QUERY_NAMES)).not.toThrow();
  });

  it("uses every file in cypher/", () => {
    const used = new Set(ALL_QUERY_NAMES);
    const unused = [...registry.keys()].filter((name) => !used.has(name));
    expect(unused).toEqual([]);
  });

  it("opens every file with a comment saying what it answers", () => {
    const silent = [...registry].filter(([, text]) => !text.trimStart().startsWith("//")).map(([name]) => name);
    expect(silent).toEqual([]);
  });

  it("stops start-up naming the missing file", () => {
    expect(() => assertQueriesExist(registry, ["nowhere/missing-query"])).toThrow("nowhere/missing-query.cypher");
  });
});
