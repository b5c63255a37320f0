import { describe, expect, it } from "vitest";
import type { LineRecord } from "../../graph/relationship-record.ts";
import { bodiesOnEveryRoute, distinctCycles, walkPaths } from "./walk-paths.ts";

function line(type: string, from: string, to: string): LineRecord {
  return { type, from, to, id: `${type}:${from}->${to}`, source: from, target: to, sources: [] };
}

function upward(...lines: LineRecord[]): Map<string, LineRecord[]> {
  const map = new Map<string, LineRecord[]>();
  for (const l of lines) map.set(l.from, [...(map.get(l.from) ?? []), l]);
  return map;
}

const route = (steps: LineRecord[]) => steps.map((step) => step.to).join(" > ");

describe("walkPaths", () => {
  it("follows every route from each first body to a body with nothing above it", () => {
    const lines = upward(line("ACCOUNTABLE_TO", "sfacg", "hwb"));
    const { paths, truncated } = walkPaths([line("GOVERNED_THROUGH", "s", "lscb"), line("OVERSEEN_BY", "s", "sfacg")], lines);
    expect(paths.map((p) => [route(p.steps), p.end])).toEqual([
      ["lscb", "TOP"],
      ["sfacg > hwb", "TOP"],
    ]);
    expect(truncated).toBe(false);
  });

  it("branches where a body has two upward lines", () => {
    const lines = upward(line("REPORTS_TO", "a", "b"), line("ACCOUNTABLE_TO", "a", "c"), line("SITS_WITHIN", "b", "c"));
    const { paths } = walkPaths([line("OVERSEEN_BY", "s", "a")], lines);
    expect(paths.map((p) => route(p.steps))).toEqual(["a > b > c", "a > c"]);
  });

  it("reports a cycle with its bodies and never goes round it", () => {
    const lines = upward(line("REPORTS_TO", "a", "b"), line("REPORTS_TO", "b", "c"), line("ACCOUNTABLE_TO", "c", "a"));
    const { paths } = walkPaths([line("OVERSEEN_BY", "s", "a")], lines);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.end).toBe("CYCLE");
    expect(paths[0]?.cycle).toEqual(["a", "b", "c"]);
    expect(route(paths[0]?.steps ?? [])).toBe("a > b > c > a");
  });

  it("cuts a route at the step bound", () => {
    const chain = Array.from({ length: 20 }, (_, i) => line("REPORTS_TO", `b${i}`, `b${i + 1}`));
    const { paths } = walkPaths([line("OVERSEEN_BY", "s", "b0")], upward(...chain), { maxSteps: 5 });
    expect(paths[0]?.end).toBe("DEPTH_LIMIT");
    expect(paths[0]?.steps).toHaveLength(6);
  });

  it("stops collecting routes at the bound and says so", () => {
    // Each of 10 levels offers two ways up: 2^10 routes.
    const lines = Array.from({ length: 10 }, (_, i) => [line("REPORTS_TO", `l${i}`, `l${i + 1}`), line("ACCOUNTABLE_TO", `l${i}`, `l${i + 1}`)]).flat();
    const { paths, truncated } = walkPaths([line("OVERSEEN_BY", "s", "l0")], upward(...lines), { maxPaths: 50 });
    expect(paths).toHaveLength(50);
    expect(truncated).toBe(true);
  });
});

describe("distinctCycles", () => {
  it("counts a cycle once whichever body it was entered at", () => {
    expect(distinctCycles([["b", "c", "a"], ["a", "b", "c"], ["x", "y"]])).toEqual([["a", "b", "c"], ["x", "y"]]);
  });
});

describe("bodiesOnEveryRoute", () => {
  it("finds the bodies every complete route passes through, tops excepted", () => {
    const lines = upward(line("ACCOUNTABLE_TO", "sfacg", "hwb"));
    const { paths } = walkPaths([line("OVERSEEN_BY", "s", "sfacg")], lines);
    expect(bodiesOnEveryRoute(paths)).toEqual(["sfacg"]);
  });

  it("finds none when two routes share no body below their tops", () => {
    const lines = upward(line("ACCOUNTABLE_TO", "sfacg", "hwb"));
    const { paths } = walkPaths([line("GOVERNED_THROUGH", "s", "lscb"), line("OVERSEEN_BY", "s", "sfacg")], lines);
    expect(bodiesOnEveryRoute(paths)).toEqual([]);
  });
});
