import type { ElementDefinition } from "cytoscape";
import { type EdgeBrief, type EntityBrief, edgeElement, nodeElement } from "./element-data.ts";

/** The part of a `reportingLines` answer a diagram draws. */
export interface GraphViewInput {
  nodes: readonly EntityBrief[];
  edges: readonly EdgeBrief[];
}

/**
 * Elements of a reporting-line diagram: one node per entity (each once), one
 * edge per line whose two ends are both in the view (a view cut at its node
 * limit can name an end it does not hold).
 */
export function reportingLinesElements(view: GraphViewInput): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const entity of view.nodes) if (!nodes.has(entity.id)) nodes.set(entity.id, nodeElement(entity));
  const edges = new Map<string, ElementDefinition>();
  for (const edge of view.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target) || edges.has(edge.id)) continue;
    edges.set(edge.id, edgeElement(edge));
  }
  return [...nodes.values(), ...edges.values()];
}
