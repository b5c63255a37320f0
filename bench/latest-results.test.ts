import { describe, expect, it } from "vitest";
import { buildLatestResults } from "./latest-results.ts";
import type { OperationResult } from "./measure-operations.ts";
import type { ScaleResult } from "./report.ts";

const summary = (median: number, p95: number, n = 10) => ({ n, median, p95, min: median / 2, max: p95 * 2 });
const one = { min: 1, max: 1 };

function operation(overrides: Partial<OperationResult> & { name: string }): OperationResult {
  return { baseline: false, graphql: summary(3, 5), raw: summary(2, 4), ratio: 1.5, transactions: one, queries: one, items: one, errors: [], ...overrides };
}

function scale(councils: number, operations: OperationResult[]): ScaleResult {
  return { councils, loadedCouncils: councils, nodes: 100, relationships: 200, memory: { rssBytes: 1, heapUsedBytes: 1 }, operations, missing: [] };
}

describe("buildLatestResults", () => {
  const run = { startedAt: "2026-12-02T20:00:00.000Z", command: "npm run bench -- --scales 1,150" };

  it("gives one row per operation and scale with medians, p95s and ratio", () => {
    const latest = buildLatestResults(run, [
      scale(1, [operation({ name: "search", graphql: summary(1.2, 2.5), raw: summary(1, 2), ratio: 1.2 })]),
      scale(150, [operation({ name: "search", graphql: summary(4, 9), raw: summary(2, 6), ratio: 2 })]),
    ]);
    expect(latest.startedAt).toBe(run.startedAt);
    expect(latest.command).toBe(run.command);
    expect(latest.operations).toEqual([
      { name: "search", councils: 1, graphqlMedianMs: 1.2, graphqlP95Ms: 2.5, cypherMedianMs: 1, cypherP95Ms: 2, ratio: 1.2, failed: false },
      { name: "search", councils: 150, graphqlMedianMs: 4, graphqlP95Ms: 9, cypherMedianMs: 2, cypherP95Ms: 6, ratio: 2, failed: false },
    ]);
  });

  it("leaves Cypher figures and ratio null for a baseline, and every figure null for a failed operation", () => {
    const latest = buildLatestResults(run, [
      scale(150, [
        operation({ name: "typename", baseline: true, raw: summary(Number.NaN, Number.NaN, 0), ratio: Number.NaN }),
        operation({ name: "board", graphql: summary(Number.NaN, Number.NaN, 0), ratio: Number.NaN, errors: ["boom"] }),
      ]),
    ]);
    expect(latest.operations[0]).toMatchObject({ name: "typename", graphqlMedianMs: 3, cypherMedianMs: null, cypherP95Ms: null, ratio: null, failed: false });
    expect(latest.operations[1]).toMatchObject({ name: "board", graphqlMedianMs: null, graphqlP95Ms: null, ratio: null, failed: true });
    // JSON.stringify would turn NaN into null anyway; the file must parse back to the same figures.
    expect(JSON.parse(JSON.stringify(latest))).toEqual(latest);
  });
});
