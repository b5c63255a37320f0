import type { ELK } from "elkjs/lib/elk-api.js";
import elkBundled from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { reportingLinesElements } from "./elements/reporting-lines-elements.ts";
import { type ElkRunner, elkPositions } from "./elk-in-worker.ts";
import { foldedElkPositions } from "./folded-elk-positions.ts";
import { layoutGraphOfDefinitions } from "./layout-graph.ts";
import { entity, line } from "./test-support/sample-views.ts";

// The browser runs ELK in a web worker; here the same ELK runs in the test's own thread.
// (CommonJS: the class is the module's default export under Node's interop, the module itself under Vite.)
const ElkInProcess = ((elkBundled as unknown as { default?: new () => ELK }).default ?? elkBundled) as unknown as new () => ELK;
const inProcess: ElkRunner = (graph, options) => elkPositions(new ElkInProcess(), graph, options);

// One trust overseeing thirty strategies, a safeguarding board governing six, both under a board, and a peer line.
function wideView() {
  const nodes = [entity("hwb", "Board"), entity("trust", "Board"), entity("lscb", "Board")];
  const edges = [line("ACCOUNTABLE_TO", "trust", "hwb"), line("ACCOUNTABLE_TO", "lscb", "hwb"), line("SITS_ALONGSIDE", "trust", "lscb")];
  for (let i = 0; i < 36; i++) {
    const id = `s${String(i).padStart(2, "0")}`;
    nodes.push(entity(id, "Strategy"));
    edges.push(line(i < 30 ? "OVERSEEN_BY" : "GOVERNED_THROUGH", id, i < 30 ? "trust" : "lscb"));
  }
  return layoutGraphOfDefinitions(reportingLinesElements({ nodes, edges }));
}

describe("the default layout off screen, without cytoscape", () => {
  it("leaves lateral lines out of the ranking and sizes nodes by class", () => {
    const graph = wideView();
    expect(graph.nodes).toHaveLength(39);
    expect(graph.lines.map((l) => l.id)).not.toContain("SITS_ALONGSIDE:trust->lscb");
    expect(graph.lines).toHaveLength(38);
    expect(graph.nodes.find((n) => n.id === "hwb")).toMatchObject({ w: 157.5, h: 57.5 });
  });

  it("places every node, each line's upper end above its lower, folds the leaves into grids and overlaps nothing", async () => {
    const graph = wideView();
    const folded = await foldedElkPositions(graph, 16 / 9, inProcess);
    const unfolded = await foldedElkPositions(graph, 16 / 9, inProcess, { minGroup: Number.POSITIVE_INFINITY });
    expect([...folded.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const l of graph.lines) expect(folded.get(l.target)!.y, l.id).toBeLessThan(folded.get(l.source)!.y);
    const spread = (positions: Map<string, { x: number }>) => Math.max(...[...positions.values()].map((p) => p.x)) - Math.min(...[...positions.values()].map((p) => p.x));
    expect(spread(folded)).toBeLessThan(spread(unfolded) / 2.5);
    const boxes = graph.nodes.map((n) => ({ id: n.id, x1: folded.get(n.id)!.x - n.w / 2, x2: folded.get(n.id)!.x + n.w / 2, y1: folded.get(n.id)!.y - n.h / 2, y2: folded.get(n.id)!.y + n.h / 2 }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} overlaps ${b.id}`).toBe(false);
    }
    // The thirty leaves under the trust are in name order, row by row.
    const row = (id: string) => Math.round(folded.get(id)!.y);
    expect(row("s00")).toBeLessThan(row("s29"));
    expect(folded.get("s00")!.x).toBeLessThan(folded.get("s01")!.x);
  });
});
