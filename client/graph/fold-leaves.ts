import type { Collection, NodeCollection, NodeSingular } from "cytoscape";
import { nodeOuterSize } from "./node-size.ts";

/** Options for {@link foldLeaves}. */
export interface FoldLeavesOptions {
  /** Groups smaller than this stay where the layered layout put them. @default 4 */
  minGroup?: number;
  /** Width over height of each folded grid; above 1 it is wider than tall. @default 2 */
  gridAspect?: number;
  /** Gap between grid cells and between grids, in model pixels. @default 18 */
  gap?: number;
  /** Gap between the graph above and the band of grids. @default 60 */
  bandGap?: number;
}

/** Leaves that share the same bodies above, in name order, with those bodies' ids. */
export interface LeafGroup {
  members: NodeSingular[];
  targetIds: string[];
}

/**
 * A layered layout puts every leaf (a strategy with lines up and none from
 * below) in one row, which is unreadable once a body oversees thirty of them
 * (004 section 4). The large groups of leaves that share the same bodies above
 * are left out of the layering ({@link leafGroups}) and then placed as grids
 * beneath the rest of the graph, in the order of their bodies
 * ({@link placeLeafGrids}), so the diagram keeps its upward reading at a
 * fraction of the width.
 */
export function leafGroups(elements: Collection, minGroup = 4): LeafGroup[] {
  const edges = elements.edges();
  const groups = new Map<string, NodeSingular[]>();
  elements.nodes().forEach((node) => {
    const incoming = node.incomers("edge").intersection(edges);
    const outgoing = node.outgoers("edge").intersection(edges);
    if (incoming.nonempty() || outgoing.empty()) return;
    const key = outgoing.targets().map((t) => t.id()).sort().join("|");
    groups.set(key, [...(groups.get(key) ?? []), node]);
  });
  return [...groups.entries()]
    .filter(([, members]) => members.length >= minGroup)
    .map(([key, members]) => ({
      targetIds: key.split("|"),
      members: members.sort((a, b) => String(a.data("name")).localeCompare(String(b.data("name")))),
    }));
}

/** Places each group as a grid below the nodes already laid out (`placed`), left to right in the order of their bodies. */
export function placeLeafGrids(groups: LeafGroup[], placed: Collection, options: FoldLeavesOptions = {}): void {
  if (groups.length === 0) return;
  const aspect = options.gridAspect ?? 2;
  const gap = options.gap ?? 18;
  const bandGap = options.bandGap ?? 60;
  const box = nodesBox(placed.nodes());
  const cy = groups[0]!.members[0]!.cy();
  const ordered = groups
    .map((group) => ({ ...group, centre: group.targetIds.reduce((sum, id) => sum + cy.$id(id).position("x"), 0) / group.targetIds.length }))
    .sort((a, b) => a.centre - b.centre);

  let cursor = box.x1;
  // One batch: moving nodes one by one would redo every edge's geometry and fire an event per node.
  cy.startBatch();
  for (const group of ordered) {
    const sizes = group.members.map((n) => nodeOuterSize(n.classes()));
    const cellWidth = Math.max(...sizes.map((size) => size.w)) + gap;
    const cellHeight = Math.max(...sizes.map((size) => size.h)) + gap;
    const count = group.members.length;
    const columns = Math.max(2, Math.min(count, Math.ceil(Math.sqrt((count * aspect * cellHeight) / cellWidth))));
    const width = columns * cellWidth;
    const x0 = Math.max(cursor, group.centre - width / 2);
    group.members.forEach((node, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      node.position({ x: x0 + column * cellWidth + cellWidth / 2, y: box.y2 + bandGap + row * cellHeight + cellHeight / 2 });
    });
    cursor = x0 + width + gap * 2;
  }
  cy.endBatch();
}

/**
 * The box the nodes' drawn shapes fill, from their positions and their sizes
 * by class (node-size.ts): the layout's elements are not styled, so cytoscape
 * cannot measure them.
 */
function nodesBox(nodes: NodeCollection): { x1: number; y2: number } {
  if (nodes.empty()) return { x1: 0, y2: 0 };
  let x1 = Number.POSITIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const { w, h } = nodeOuterSize(node.classes());
    x1 = Math.min(x1, x - w / 2);
    y2 = Math.max(y2, y + h / 2);
  });
  return { x1, y2 };
}
