import { describe, expect, it } from "vitest";
import { oversightChainElements } from "../graph/elements/oversight-chain-elements.ts";
import { reportingLinesElements } from "../graph/elements/reporting-lines-elements.ts";
import { entity, sampleEdges, sampleNodes } from "../graph/test-support/sample-views.ts";
import { tableModel } from "./table-model.ts";

describe("tableModel", () => {
  it("lists every body and line of the diagram by name, in words", () => {
    const { bodies, lines } = tableModel(reportingLinesElements({ nodes: sampleNodes, edges: sampleEdges }));
    expect(bodies.map((b) => b.id)).toEqual(["council", "hwb", "lead", "lscb", "neglect", "trust"]);
    expect(bodies.find((b) => b.id === "hwb")).toMatchObject({ up: 0, down: 2, label: "Board" });
    expect(lines).toHaveLength(sampleEdges.length);
    expect(lines.find((l) => l.id === "ACCOUNTABLE_TO:trust->hwb")).toMatchObject({ fromName: "trust", relationship: "accountable to", toName: "hwb" });
  });

  it("says which rows a trace put on a route", () => {
    const strategy = entity("s", "Strategy");
    const board = entity("b", "Board");
    const step = { fromId: "s", relationship: "OVERSEEN_BY", entity: board, chairs: [], validFrom: null, validTo: null, description: null, ambiguity: null, sources: [] };
    const elements = oversightChainElements({
      strategy, asOf: null, leads: [], approvals: [], tops: [board], truncated: false,
      paths: [{ steps: [step], end: "TOP", note: "" }],
      gaps: [{ kind: "NO_LEAD", message: "", entity: strategy, related: [], evidence: [] }],
    });
    const { bodies, lines } = tableModel(elements);
    expect(bodies.find((b) => b.id === "s")?.state).toBe("strategy traced, on an oversight route, gap");
    expect(lines[0]).toMatchObject({ relationship: "oversight", state: "on an oversight route" });
  });
});
