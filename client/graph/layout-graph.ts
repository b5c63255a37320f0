import type { Collection, ElementDefinition } from "cytoscape";
import type { LayoutLine, LayoutNode } from "./fold-leaves.ts";
import { isLineDefinition } from "./layout-cache.ts";
import { LATERAL_TYPES } from "./layouts.ts";
import { classesOf, nodeOuterSize } from "./node-size.ts";

/** What a layered layout ranks: every node, and the lines that are not lateral (layouts.ts). */
export interface LayoutGraph {
  nodes: LayoutNode[];
  lines: LayoutLine[];
}

/**
 * The layout graph of element definitions, before any cytoscape instance
 * holds them: a view laid out off screen never needs one. Nodes are sized by
 * their classes (node-size.ts); a line to a node the view does not have is left out.
 */
export function layoutGraphOfDefinitions(elements: readonly ElementDefinition[]): LayoutGraph {
  const nodes: LayoutNode[] = [];
  const candidates: ElementDefinition[] = [];
  for (const element of elements) {
    if (isLineDefinition(element)) candidates.push(element);
    else nodes.push({ id: String(element.data.id), name: String(element.data.name ?? ""), ...nodeOuterSize(classesOf(element)) });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const lines = candidates
    .filter((e) => !LATERAL_TYPES.has(String(e.data.relType)) && ids.has(String(e.data.source)) && ids.has(String(e.data.target)))
    .map((e) => ({ id: String(e.data.id), source: String(e.data.source), target: String(e.data.target) }));
  return { nodes, lines };
}

/** The layout graph of elements a cytoscape instance already holds. */
export function layoutGraphOfCollection(elements: Collection): LayoutGraph {
  return layoutGraphOfDefinitions(elements.jsons() as unknown as ElementDefinition[]);
}
