import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { runLayout } from "../run-layout.ts";
import { setupCytoscape } from "../setup.ts";
import { graphStyle } from "../style.ts";
import { entity, line, sampleEdges, sampleNodes } from "../test-support/sample-views.ts";
import { reportingLinesElements } from "./reporting-lines-elements.ts";

setupCytoscape();

describe("reportingLinesElements", () => {
  it("gives each entity one node classed by label and kind, and each line an edge classed by type", () => {
    const elements = reportingLinesElements({ nodes: [...sampleNodes, sampleNodes[0]!], edges: sampleEdges });
    const cy = cytoscape({ headless: true, elements, style: graphStyle });
    expect(cy.nodes()).toHaveLength(sampleNodes.length);
    expect(cy.edges()).toHaveLength(sampleEdges.length);
    expect(cy.$id("hwb").classes()).toEqual(["label-board", "kind-health-and-wellbeing-board"]);
    expect(cy.$id("lead").classes()).toEqual(["label-person"]);
    const accountable = cy.$id("ACCOUNTABLE_TO:trust->hwb");
    expect(accountable.hasClass("rel-accountable-to")).toBe(true);
    expect(accountable.data("relType")).toBe("ACCOUNTABLE_TO");
  });

  it("drops a line whose end the view does not hold, instead of failing", () => {
    const elements = reportingLinesElements({
      nodes: [entity("a", "Board"), entity("b", "Board")],
      edges: [line("REPORTS_TO", "a", "b"), line("REPORTS_TO", "b", "beyond-the-limit")],
    });
    const cy = cytoscape({ headless: true, elements });
    expect(cy.edges().map((e) => e.id())).toEqual(["REPORTS_TO:a->b"]);
  });

  it("leaves out labels not asked for and nodes left with no line, but keeps lone boards and the centre", () => {
    const elements = reportingLinesElements(
      { nodes: [...sampleNodes, entity("lonely-board", "Board"), entity("lonely-plan", "Strategy"), entity("centre", "Person")], edges: sampleEdges },
      { labels: new Set(["Board", "Organisation"]), keep: new Set(["centre"]) },
    );
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(["centre", "council", "hwb", "lonely-board", "lscb", "trust"]);
    expect(cy.edges().map((e) => e.data("relType")).sort()).toEqual(["ACCOUNTABLE_TO", "ACCOUNTABLE_TO", "MEMBER_OF", "SITS_ALONGSIDE"]);
  });

  it.each(["elk", "dagre"] as const)("lays out with %s so that every upward line points up and peers share a layer", async (name) => {
    const cy = cytoscape({ headless: true, elements: reportingLinesElements({ nodes: sampleNodes, edges: sampleEdges }), style: graphStyle });
    await runLayout(cy, name);
    for (const edge of cy.edges().filter((e) => e.data("relType") !== "SITS_ALONGSIDE")) {
      expect(edge.target().position("y"), edge.id()).toBeLessThan(edge.source().position("y"));
    }
    expect(cy.$id("trust").position("y")).toBe(cy.$id("lscb").position("y"));
    const top = cy.nodes().min((node) => node.position("y"));
    expect(top.ele.id()).toBe("hwb");
  });
});
