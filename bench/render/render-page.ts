// Runs in the browser: lays out and draws a synthetic diagram exactly as the client does.
import cytoscape from "cytoscape";
import { reportingLinesElements } from "../../client/graph/elements/reporting-lines-elements.ts";
import type { LayoutName } from "../../client/graph/layouts.ts";
import { runLayout } from "../../client/graph/run-layout.ts";
import { createCy } from "../../client/graph/create-cy.ts";
import { fitNodes } from "../../client/graph/fit-nodes.ts";
import { setupCytoscape } from "../../client/graph/setup.ts";
import { graphStyle } from "../../client/graph/style.ts";
import { syntheticGovernance } from "./synthetic-governance.ts";

/** One measurement, in milliseconds. */
export interface RenderTiming {
  nodes: number;
  edges: number;
  /** Adding the elements and running the named layout (with leaf folding), headless. */
  layoutMs: number;
  /** From giving the on-screen diagram the laid-out elements to its first drawn frame. */
  firstRenderMs: number;
}

setupCytoscape();

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function benchRender(size: number, layout: LayoutName): Promise<RenderTiming> {
  const elements = reportingLinesElements(syntheticGovernance(size));

  const layoutStart = performance.now();
  const headless = cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements });
  await runLayout(headless, layout);
  const layoutMs = performance.now() - layoutStart;
  const placed = headless.elements().jsons() as unknown as cytoscape.ElementDefinition[];
  headless.destroy();

  // The on-screen diagram is made as the client makes it (level of detail included).
  const { cy, replace, settled } = createCy(document.getElementById("diagram")!);
  await nextFrame();
  const renderStart = performance.now();
  const drawn = new Promise<void>((resolve) => cy.one("render", () => resolve()));
  replace(placed);
  fitNodes(cy, 24);
  settled();
  await drawn;
  await nextFrame();
  const firstRenderMs = performance.now() - renderStart;
  const counts = { nodes: cy.nodes().length, edges: cy.edges().length };
  cy.destroy();
  return { ...counts, layoutMs, firstRenderMs };
}

(window as unknown as { benchRender: typeof benchRender }).benchRender = benchRender;
document.body.dataset.ready = "true";
