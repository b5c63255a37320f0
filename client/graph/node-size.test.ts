import cytoscape, { type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { NODE_LABELS } from "../../server/domain/model.ts";
import { reportingLinesElements } from "./elements/reporting-lines-elements.ts";
import { classesOf, nodeOuterSize, STATE_BORDER_WIDTHS } from "./node-size.ts";
import { cssName, ORGANISATION_KIND_BORDERS } from "./palette.ts";
import { graphStyle } from "./style.ts";
import { entity, sampleEdges, sampleNodes } from "./test-support/sample-views.ts";

// Every label, every organisation kind with a border of its own, and every view state alone and two at a time.
function nodesOfEveryLook(): ElementDefinition[] {
  const looks: string[][] = NODE_LABELS.map((label) => [cssName("label", label)]);
  for (const kind of [...Object.keys(ORGANISATION_KIND_BORDERS), "NOT_A_KIND"]) looks.push(["label-organisation", cssName("kind", kind)]);
  const states = STATE_BORDER_WIDTHS.map(([state]) => state);
  for (const a of states) {
    looks.push(["label-board", a], ["label-person", a], ["label-organisation", "kind-council", a]);
    for (const b of states) if (a !== b) looks.push(["label-strategy", a, b]);
  }
  return looks.map((classes, i) => ({ group: "nodes", data: { id: `n${i}`, caption: "A name long enough to wrap onto a second line" }, classes }));
}

describe("node sizes from classes", () => {
  it("are the sizes cytoscape measures once the stylesheet is applied", () => {
    const elements = [
      ...nodesOfEveryLook(),
      ...reportingLinesElements({ nodes: [...sampleNodes, entity("priority", "Priority")], edges: sampleEdges }).map((e) => ({ ...e, data: { ...e.data, id: `s-${e.data.id}`, ...(e.data.source ? { source: `s-${e.data.source}`, target: `s-${e.data.target}` } : {}) } })),
    ];
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements });
    expect(cy.nodes().length).toBeGreaterThan(NODE_LABELS.length + STATE_BORDER_WIDTHS.length ** 2);
    const differing = cy.nodes().filter((node) => {
      const size = nodeOuterSize(classesOf({ classes: node.classes() }));
      return size.w !== node.outerWidth() || size.h !== node.outerHeight();
    });
    expect(differing.map((n) => `${n.classes().join(" ")}: ${n.outerWidth()}x${n.outerHeight()}`)).toEqual([]);
    // Not one size for everything: the check above compares several.
    expect(new Set(cy.nodes().map((n) => `${n.outerWidth()}x${n.outerHeight()}`)).size).toBeGreaterThan(5);
  });

  it("reads classes given as a string or a list", () => {
    expect(classesOf({ classes: " label-person  path " })).toEqual(["label-person", "path"]);
    expect(classesOf({ classes: ["label-person"] })).toEqual(["label-person"]);
    expect(classesOf({})).toEqual([]);
  });
});
