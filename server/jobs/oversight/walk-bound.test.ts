import { describe, expect, it } from "vitest";
import { loadQueryRegistry } from "../../db/query-registry.ts";
import { MAX_UPWARD_STEPS } from "./walk-paths.ts";

// Cypher takes no parameter in a path quantifier, so the oversight queries
// Cypher takes no parameter in a path quantifier, so the oversight queries
const UPWARD_WALKS = ["oversight/trace-oversight-chain", "oversight/accountability-in-area"] as const;

describe("the upward walk's bound", () => {
  const registry = loadQueryRegistry();

  it.each(UPWARD_WALKS)("is MAX_UPWARD_STEPS in %s", (name) => {
    const bounds = [...(registry.get(name) ?? "").matchAll(/\)\{0,(\d+)\}/g)].map((match) => Number(match[1]));
    expect(bounds.length).toBeGreaterThan(0);
    expect(bounds.every((bound) => bound === MAX_UPWARD_STEPS)).toBe(true);
  });
});
