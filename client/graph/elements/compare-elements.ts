import type { ElementDefinition } from "cytoscape";
import type { EdgeBrief, EntityBrief } from "./element-data.ts";
import { edgeElement, nodeElement } from "./element-data.ts";
import type { GraphViewInput } from "./reporting-lines-elements.ts";

/** What a structure diff says changed, by id (the `structureDiff` answer). */
export interface DiffInput {
  bodiesAdded: readonly { id: string }[];
  bodiesEnded: readonly { id: string }[];
  linesAdded: readonly EdgeBrief[];
  linesEnded: readonly EdgeBrief[];
  entities: readonly EntityBrief[];
}

/**
 * Elements of a compare view: the union of the structure at the earlier and
 * the later date, each element classed `added` (in force at the later date
 * only, or listed as added by the diff), `ended` (the earlier only, or listed
 * as ended) or `unchanged`.
 */
export function compareElements(before: GraphViewInput, after: GraphViewInput, diff: DiffInput): ElementDefinition[] {
  const beforeNodes = new Set(before.nodes.map((n) => n.id));
  const afterNodes = new Set(after.nodes.map((n) => n.id));
  const beforeEdges = new Set(before.edges.map((e) => e.id));
  const afterEdges = new Set(after.edges.map((e) => e.id));
  const addedNodes = new Set(diff.bodiesAdded.map((n) => n.id));
  const endedNodes = new Set(diff.bodiesEnded.map((n) => n.id));
  const addedEdges = new Set(diff.linesAdded.map((e) => e.id));
  const endedEdges = new Set(diff.linesEnded.map((e) => e.id));

  const state = (id: string, inBefore: boolean, inAfter: boolean, added: Set<string>, ended: Set<string>) => {
    if (added.has(id) || (inAfter && !inBefore)) return "added";
    if (ended.has(id) || (inBefore && !inAfter)) return "ended";
    return "unchanged";
  };

  const nodes = new Map<string, ElementDefinition>();
  for (const entity of [...after.nodes, ...before.nodes, ...diff.entities]) {
    if (nodes.has(entity.id)) continue;
    const s = state(entity.id, beforeNodes.has(entity.id), afterNodes.has(entity.id), addedNodes, endedNodes);
    nodes.set(entity.id, nodeElement(entity, [s]));
  }
  const edges = new Map<string, ElementDefinition>();
  for (const edge of [...after.edges, ...before.edges, ...diff.linesAdded, ...diff.linesEnded]) {
    if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const s = state(edge.id, beforeEdges.has(edge.id), afterEdges.has(edge.id), addedEdges, endedEdges);
    edges.set(edge.id, edgeElement(edge, [s]));
  }
  // Entities the diff names only to label its lines, and that no drawn line touches, add noise: leave them out.
  const touched = new Set([...edges.values()].flatMap((e) => [e.data.source as string, e.data.target as string]));
  const keep = [...nodes.values()].filter(
    (n) => beforeNodes.has(n.data.id!) || afterNodes.has(n.data.id!) || touched.has(n.data.id!) || addedNodes.has(n.data.id!) || endedNodes.has(n.data.id!),
  );
  return [...keep, ...edges.values()];
}
