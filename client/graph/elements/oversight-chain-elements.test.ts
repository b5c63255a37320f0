import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { runLayout } from "../run-layout.ts";
import { setupCytoscape } from "../setup.ts";
import { entity } from "../test-support/sample-views.ts";
import { type OversightChainResult, oversightChainElements } from "./oversight-chain-elements.ts";

setupCytoscape();

function step(fromId: string, relationship: string, to: ReturnType<typeof entity>) {
  return { fromId, relationship, entity: to, chairs: [], validFrom: null, validTo: null, description: null, ambiguity: null, sources: [] };
}

const strategy = entity("neglect", "Strategy", "STRATEGY");
const lscb = entity("lscb", "Board", "SAFEGUARDING_BOARD");
const trust = entity("trust", "Board", "CHILDRENS_TRUST");
const hwb = entity("hwb", "Board", "HEALTH_AND_WELLBEING_BOARD");
const lead = entity("lead", "Person");

const chain: OversightChainResult = {
  strategy,
  asOf: null,
  leads: [{ entity: lead, roles: [], organisations: [], sources: [] }],
  approvals: [],
  paths: [
    { steps: [step("neglect", "GOVERNED_THROUGH", lscb), step("lscb", "ACCOUNTABLE_TO", hwb)], end: "TOP", note: "" },
    { steps: [step("neglect", "OVERSEEN_BY", trust), step("trust", "ACCOUNTABLE_TO", hwb)], end: "TOP", note: "" },
    { steps: [step("neglect", "LEADS", trust), step("trust", "ACCOUNTABLE_TO", hwb)], end: "TOP", note: "" },
  ],
  tops: [hwb],
  gaps: [{ kind: "NO_UPWARD_LINE", message: "no line above", entity: hwb, related: [], evidence: [] }],
  truncated: false,
};

describe("oversightChainElements", () => {
  it("marks the strategy, every body and every step of every route as on the path", () => {
    const cy = cytoscape({ headless: true, elements: oversightChainElements(chain) });
    expect(cy.$id("neglect").hasClass("origin")).toBe(true);
    expect(cy.nodes(".path").map((n) => n.id()).sort()).toEqual(["hwb", "lscb", "neglect", "trust"]);
    expect(cy.edges(".path")).toHaveLength(5);
    expect(cy.$id("lead").hasClass("path")).toBe(false);
  });

  it("draws a shared step once and remembers which routes use it", () => {
    const cy = cytoscape({ headless: true, elements: oversightChainElements(chain) });
    expect(cy.$id("step:ACCOUNTABLE_TO:trust->hwb").data("paths")).toEqual([1, 2]);
  });

  it("draws a route through a lead body upward, as 'led by', and the lead beneath the strategy", async () => {
    const cy = cytoscape({ headless: true, elements: oversightChainElements(chain) });
    const ledBy = cy.$id("step:LED_BY:neglect->trust");
    expect(ledBy.data("relType")).toBe("LED_BY");
    await runLayout(cy, "elk");
    expect(cy.$id("hwb").position("y")).toBeLessThan(cy.$id("trust").position("y"));
    expect(cy.$id("trust").position("y")).toBeLessThan(cy.$id("neglect").position("y"));
    expect(cy.$id("neglect").position("y")).toBeLessThan(cy.$id("lead").position("y"));
  });

  it("classes the entity a gap is about", () => {
    const cy = cytoscape({ headless: true, elements: oversightChainElements(chain) });
    expect(cy.nodes(".gap").map((n) => n.id())).toEqual(["hwb"]);
  });
});
