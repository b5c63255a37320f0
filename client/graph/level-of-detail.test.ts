import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { reportingLinesElements } from "./elements/reporting-lines-elements.ts";
import { NEAR_CLASS, useLevelOfDetail } from "./level-of-detail.ts";
import { graphStyle } from "./style.ts";
import { sampleEdges, sampleNodes } from "./test-support/sample-views.ts";

describe("level of detail", () => {
  it("drops arrowheads and curves when zoomed far out, and brings them back close up", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements: reportingLinesElements({ nodes: sampleNodes, edges: sampleEdges }) });
    const detail = useLevelOfDetail(cy, { arrowsBelowZoom: 0.3 });
    cy.zoom(1);
    detail.refresh();
    expect(cy.elements(`.${NEAR_CLASS}`)).toHaveLength(cy.elements().length);
    const edge = cy.edges()[0]! as unknown as { pstyle(p: string): { strValue: string } };
    expect(edge.pstyle("target-arrow-shape").strValue).toBe("triangle");
    expect(edge.pstyle("curve-style").strValue).toBe("bezier");
    cy.zoom(0.1);
    expect(cy.elements(`.${NEAR_CLASS}`)).toHaveLength(0);
    // Captions are smaller than min-zoomed-font-size out there: not drawn, so not measured either.
    const node = cy.nodes()[0]! as unknown as { pstyle(p: string): { strValue: string } };
    expect(node.pstyle("label").strValue).toBe("");
    expect(edge.pstyle("target-arrow-shape").strValue).toBe("none");
    expect(edge.pstyle("label").strValue).toBe("");
    // Oversight is drawn dashed close up; far out its dashes would be finer than a pixel.
    const oversight = cy.edges("[relType = 'OVERSEEN_BY']")[0]! as unknown as { pstyle(p: string): { strValue: string } };
    expect(oversight.pstyle("line-style").strValue).toBe("solid");
    cy.zoom(0.8);
    expect(cy.elements(`.${NEAR_CLASS}`)).toHaveLength(cy.elements().length);
    expect(oversight.pstyle("line-style").strValue).toBe("dashed");
    expect(node.pstyle("label").strValue).not.toBe("");
  });
});
