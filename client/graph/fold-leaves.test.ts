import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { reportingLinesElements } from "./elements/reporting-lines-elements.ts";
import { runLayout } from "./run-layout.ts";
import { setupCytoscape } from "./setup.ts";
import { graphStyle } from "./style.ts";
import { entity, line } from "./test-support/sample-views.ts";

setupCytoscape();

// One trust overseeing thirty strategies, a safeguarding board governing six, both under a board.
function wideGraph() {
  const nodes = [entity("hwb", "Board"), entity("trust", "Board"), entity("lscb", "Board")];
  const edges = [line("ACCOUNTABLE_TO", "trust", "hwb"), line("ACCOUNTABLE_TO", "lscb", "hwb")];
  for (let i = 0; i < 36; i++) {
    nodes.push(entity(`s${String(i).padStart(2, "0")}`, "Strategy"));
    edges.push(line(i < 30 ? "OVERSEEN_BY" : "GOVERNED_THROUGH", `s${String(i).padStart(2, "0")}`, i < 30 ? "trust" : "lscb"));
  }
  return cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements: reportingLinesElements({ nodes, edges }) });
}

describe("folding leaves after a layered layout", () => {
  it("makes the diagram far narrower, keeps every leaf below its body and overlaps nothing", async () => {
    const unfolded = wideGraph();
    await runLayout(unfolded, "elk", { fold: false });
    const folded = wideGraph();
    await runLayout(folded, "elk");

    const width = (cy: cytoscape.Core) => cy.elements().boundingBox({}).w;
    expect(width(folded)).toBeLessThan(width(unfolded) / 2.5);
    folded.edges().forEach((edge) => {
      expect(edge.target().position("y"), edge.id()).toBeLessThan(edge.source().position("y"));
    });
    const boxes = folded.nodes().map((n) => n.boundingBox({}));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `${folded.nodes()[i]!.id()} overlaps ${folded.nodes()[j]!.id()}`).toBe(false);
      }
    }
  });

  it("orders the grids as their bodies are ordered, and leaves small groups alone", async () => {
    const cy = wideGraph();
    await runLayout(cy, "elk");
    const trustSide = Math.sign(cy.$id("trust").position("x") - cy.$id("lscb").position("x"));
    const gridSide = Math.sign(cy.$id("s00").position("x") - cy.$id("s30").position("x"));
    expect(gridSide).toBe(trustSide);

    const small = cytoscape({
      headless: true,
      elements: reportingLinesElements({ nodes: [entity("b", "Board"), entity("x", "Strategy"), entity("y", "Strategy")], edges: [line("OVERSEEN_BY", "x", "b"), line("OVERSEEN_BY", "y", "b")] }),
    });
    await runLayout(small, "elk");
    expect(small.$id("x").position("y")).toBe(small.$id("y").position("y"));
  });
});
