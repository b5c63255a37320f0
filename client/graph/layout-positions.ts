import type { ElementDefinition } from "cytoscape";
import { canUseElkWorker, elkPositionsInWorker, type Point } from "./elk-in-worker.ts";
import { foldedElkPositions } from "./folded-elk-positions.ts";
import { createLayoutCache, isLineDefinition, type LayoutCache, layoutCacheKey } from "./layout-cache.ts";
import { layoutGraphOfDefinitions } from "./layout-graph.ts";
import type { LayoutName } from "./layouts.ts";
import { runLayout } from "./run-layout.ts";
import { setupCytoscape } from "./setup.ts";
import { graphStyle } from "./style.ts";

/** Options for {@link layoutPositions}. */
export interface LayoutPositionsOptions {
  /** Width over height of the diagram's viewport. @default 16 / 9 */
  aspectRatio?: number;
  /** Where laid-out views are kept. @default one cache shared by the page */
  cache?: LayoutCache | null;
}

let pageCache: LayoutCache | undefined;

/**
 * Lays the elements out off screen and resolves with each node's centre; a
 * view laid out before comes from the cache. The on-screen diagram then takes
 * the elements with their positions in one batch, so it never draws them
 * unplaced.
 */
export async function layoutPositions(elements: ElementDefinition[], name: LayoutName, options: LayoutPositionsOptions = {}): Promise<Map<string, Point>> {
  pageCache ??= createLayoutCache();
  const cache = options.cache === undefined ? pageCache : options.cache;
  const aspectRatio = options.aspectRatio ?? 16 / 9;
  // ELK packs separate pieces to the viewport's shape: a view laid out for a wide window is not reused for a narrow one.
  const key = layoutCacheKey(`${name}@${aspectRatio.toFixed(1)}`, elements);
  const cached = cache?.get(key);
  if (cached) return cached;
  const positions = name === "elk" && canUseElkWorker() ? await foldedElkPositions(layoutGraphOfDefinitions(elements), aspectRatio, elkPositionsInWorker) : await inPlace(elements, name);
  cache?.set(key, positions);
  return positions;
}

/** Where there is no worker (or for dagre), the layout runs through its cytoscape extension on styled, headless elements. */
async function inPlace(elements: ElementDefinition[], name: LayoutName): Promise<Map<string, Point>> {
  const cytoscape = setupCytoscape();
  const headless = cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements });
  try {
    await runLayout(headless, name, { fit: false });
    const positions = new Map<string, Point>();
    headless.nodes().forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
    return positions;
  } finally {
    headless.destroy();
  }
}

/** The elements with their nodes placed, for cytoscape to take as they are (a preset layout). */
export function placed(elements: ElementDefinition[], positions: Map<string, Point>): ElementDefinition[] {
  return elements.map((element) => {
    const position = isLineDefinition(element) ? undefined : positions.get(String(element.data.id));
    // A copy: cytoscape keeps the object it is given, and dragging a node must not move the cached layout.
    return position ? { ...element, position: { ...position } } : element;
  });
}
