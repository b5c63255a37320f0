import { describe, expect, it } from "vitest";
import { reportingLinesElements } from "../../client/graph/elements/reporting-lines-elements.ts";
import { syntheticGovernance } from "./synthetic-governance.ts";

describe("syntheticGovernance", () => {
  it.each([500, 5000])("draws exactly %i nodes, every line between two of them, the same every time", (size) => {
    const view = syntheticGovernance(size);
    expect(view.nodes).toHaveLength(size);
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.size).toBe(size);
    for (const edge of view.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(syntheticGovernance(size)).toEqual(view);
  });

  it("has the shape of the seeded councils: mostly strategies, each with a governance route", () => {
    const view = syntheticGovernance(500);
    const strategies = view.nodes.filter((n) => n.label === "Strategy");
    expect(strategies.length / view.nodes.length).toBeGreaterThan(0.4);
    const governed = new Set(view.edges.filter((e) => e.type === "GOVERNED_THROUGH").map((e) => e.source));
    expect(strategies.every((s) => governed.has(s.id))).toBe(true);
    // Every node is drawn: none is left without a line.
    expect(reportingLinesElements(view).filter((e) => e.group === "nodes")).toHaveLength(500);
  });
});
