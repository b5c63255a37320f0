import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { entity, line } from "../test-support/sample-views.ts";
import { compareElements } from "./compare-elements.ts";

const hwb = entity("hwb", "Board", "HEALTH_AND_WELLBEING_BOARD");
const trust = entity("trust", "Board", "CHILDRENS_TRUST", "2010-10-01");
const partnership = entity("partnership", "Board", "STRATEGIC_PARTNERSHIP");
const cabinet = entity("cabinet", "Board", "CABINET_OR_COMMITTEE");

describe("compareElements", () => {
  const before = { nodes: [trust, cabinet], edges: [line("ACCOUNTABLE_TO", "trust", "cabinet")] };
  const after = { nodes: [hwb, partnership, cabinet], edges: [line("SITS_WITHIN", "partnership", "hwb")] };

  it("classes what only the later date holds as added, what only the earlier holds as ended, the rest unchanged", () => {
    const diff = { bodiesAdded: [], bodiesEnded: [], linesAdded: [], linesEnded: [], entities: [] };
    const cy = cytoscape({ headless: true, elements: compareElements(before, after, diff) });
    expect(cy.nodes(".added").map((n) => n.id()).sort()).toEqual(["hwb", "partnership"]);
    expect(cy.nodes(".ended").map((n) => n.id())).toEqual(["trust"]);
    expect(cy.nodes(".unchanged").map((n) => n.id())).toEqual(["cabinet"]);
    expect(cy.$id("SITS_WITHIN:partnership->hwb").hasClass("added")).toBe(true);
    expect(cy.$id("ACCOUNTABLE_TO:trust->cabinet").hasClass("ended")).toBe(true);
  });

  it("follows the diff where it says more than the two pictures, and labels the ends of its lines", () => {
    const ended = line("REPORTS_TO", "cabinet", "elsewhere");
    const diff = {
      bodiesAdded: [],
      bodiesEnded: [{ id: "cabinet" }],
      linesAdded: [],
      linesEnded: [ended],
      entities: [entity("elsewhere", "Organisation", "COUNCIL"), entity("unrelated", "Board")],
    };
    const cy = cytoscape({ headless: true, elements: compareElements(before, after, diff) });
    expect(cy.$id("cabinet").hasClass("ended")).toBe(true);
    expect(cy.$id(ended.id).hasClass("ended")).toBe(true);
    expect(cy.$id("elsewhere").nonempty()).toBe(true);
    expect(cy.$id("unrelated").empty()).toBe(true);
  });
});
