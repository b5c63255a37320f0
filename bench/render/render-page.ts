// Runs in the browser: lays out and draws a synthetic diagram exactly as the client does.
import { reportingLinesElements } from "../../client/graph/elements/reporting-lines-elements.ts";
import type { LayoutName } from "../../client/graph/layouts.ts";
import { createDiagram } from "../../client/ui/diagram.ts";
import { syntheticGovernance } from "./synthetic-governance.ts";

/** One measurement, in milliseconds. */
export interface RenderTiming {
  nodes: number;
  edges: number;
  /** From the answer (the view's nodes and lines) to every node placed in the on-screen diagram, with an empty layout cache. */
  layoutMs: number;
  /** From the placed elements to the diagram's first drawn frame. */
  paintMs: number;
  /** The longest task that held the main thread while laying out (PerformanceObserver long tasks; 0 if none over 50 ms). */
  longestLayoutTaskMs: number;
  /** The longest task from the answer to the first frame, painting included. */
  longestTaskMs: number;
  /** The same view drawn again (cleared first), its layout now cached: answer to first frame. */
  cachedRepeatMs: number;
  /** Another view of the same size (other lines, so not cached) drawn next: answer to first frame, the layout worker no longer cold. */
  nextViewMs: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ type: "longtask", buffered: true });
const longestBetween = (from: number, to: number) =>
  longTasks.filter((t) => t.end > from && t.start < to).reduce((max, t) => Math.max(max, t.end - t.start), 0);
// Long tasks are reported after they end; a frame and a macrotask later they are all in.
const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
};

const diagram = createDiagram({ container: document.getElementById("diagram")!, announcer: document.getElementById("announcer")!, onOpen: () => {} });

/** Answer to first frame: the view's elements made, laid out and drawn as the client draws them. */
async function drawView(size: number, layout: LayoutName, seed?: number): Promise<{ start: number; placedAt: number; paintedAt: number }> {
  const view = syntheticGovernance(size, seed);
  const rendered = new Promise<void>((resolve) => diagram.cy.one("render", () => resolve()));
  const start = performance.now();
  await diagram.draw(reportingLinesElements(view), layout);
  const placedAt = performance.now();
  await rendered;
  await nextFrame();
  return { start, placedAt, paintedAt: performance.now() };
}

async function benchRender(size: number, layout: LayoutName): Promise<RenderTiming> {
  sessionStorage.clear();
  await settle();
  const first = await drawView(size, layout);
  await settle();
  const counts = { nodes: diagram.cy.nodes().length, edges: diagram.cy.edges().length };
  await diagram.draw([], layout);
  await settle();
  const repeat = await drawView(size, layout);
  await settle();
  const next = await drawView(size, layout, 2017);
  return {
    ...counts,
    layoutMs: first.placedAt - first.start,
    paintMs: first.paintedAt - first.placedAt,
    longestLayoutTaskMs: longestBetween(first.start, first.placedAt),
    longestTaskMs: longestBetween(first.start, first.paintedAt),
    cachedRepeatMs: repeat.paintedAt - repeat.start,
    nextViewMs: next.paintedAt - next.start,
  };
}

(window as unknown as { benchRender: typeof benchRender }).benchRender = benchRender;
document.body.dataset.ready = "true";
