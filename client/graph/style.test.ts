import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NODE_KINDS, NODE_LABELS, REL_TYPES } from "../../server/domain/model.ts";
import { reportingLinesElements } from "./elements/reporting-lines-elements.ts";
import { BOARD_KIND_LOOKS, ORGANISATION_KIND_BORDERS, REL_LOOKS } from "./palette.ts";
import { NEAR_CLASS } from "./level-of-detail.ts";
import { graphStyle } from "./style.ts";
import { entity, line } from "./test-support/sample-views.ts";

afterEach(() => vi.restoreAllMocks());

describe("graphStyle", () => {
  it("has a colour for every board and organisation kind and a look for every relationship type", () => {
    expect(Object.keys(BOARD_KIND_LOOKS).sort()).toEqual([...NODE_KINDS.Board].sort());
    expect(Object.keys(ORGANISATION_KIND_BORDERS).sort()).toEqual([...NODE_KINDS.Organisation].sort());
    expect(Object.keys(REL_LOOKS).sort()).toEqual([...REL_TYPES].sort());
  });

  it("is accepted by cytoscape without a warning about any property or value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const nodes = NODE_LABELS.map((label, i) => entity(`n${i}`, label));
    const edges = REL_TYPES.map((type, i) => line(type, `n${i % nodes.length}`, `n${(i + 1) % nodes.length}`));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements: reportingLinesElements({ nodes, edges }) });
    cy.nodes().forEach((node) => void node.style("shape"));
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it("draws each board kind in its own colour and each relationship type in its own line", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: reportingLinesElements({
        nodes: [entity("hwb", "Board", "HEALTH_AND_WELLBEING_BOARD"), entity("lscb", "Board", "SAFEGUARDING_BOARD")],
        edges: [line("ACCOUNTABLE_TO", "lscb", "hwb"), line("SITS_ALONGSIDE", "hwb", "lscb")],
      }),
    });
    // Close up, as the diagram draws when zoomed in (level-of-detail.ts).
    cy.elements().addClass(NEAR_CLASS);
    // pstyle (the parsed style) is public but missing from the type declarations.
    type Parsed = { pstyle(property: string): { strValue: string } };
    const value = (selector: string, property: string) => (cy.$(selector)[0] as unknown as Parsed).pstyle(property).strValue;
    expect(value("#hwb", "background-color")).not.toBe(value("#lscb", "background-color"));
    expect(value("#hwb", "background-color")).toBe("rgb(27,79,114)");
    expect(value("[relType = 'ACCOUNTABLE_TO']", "line-style")).toBe("solid");
    expect(value("[relType = 'SITS_ALONGSIDE']", "line-style")).toBe("dotted");
    expect(value("[relType = 'SITS_ALONGSIDE']", "target-arrow-shape")).toBe("none");
  });
});
