import type { ElkRunner, Point } from "./elk-in-worker.ts";
import { type FoldLeavesOptions, leafGroups, placeLeafGrids, withoutFolded } from "./fold-leaves.ts";
import type { LayoutGraph } from "./layout-graph.ts";
import { LAYOUTS, largeGraphElk } from "./layouts.ts";

/**
 * The default diagram layout, off screen: large groups of leaves folded out
 * (fold-leaves.ts), the rest layered by ELK through `runElk` (a web worker in
 * the browser), then the folded leaves placed as grids beneath. Works on the
 * view's plain nodes and lines, so no cytoscape instance is made or styled
 * for a layout nobody sees.
 */
export async function foldedElkPositions(graph: LayoutGraph, aspectRatio: number, runElk: ElkRunner, fold: FoldLeavesOptions = {}): Promise<Map<string, Point>> {
  const groups = leafGroups(graph.nodes, graph.lines, fold.minGroup);
  const layered = withoutFolded(graph.nodes, graph.lines, groups);
  const positions = layered.nodes.length ? await runElk(layered, { aspectRatio, ...LAYOUTS.elk.elk, ...largeGraphElk(layered.nodes.length) }) : new Map<string, Point>();
  const sizes = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const [id, point] of placeLeafGrids(groups, positions, (id) => sizes.get(id)!, fold)) positions.set(id, point);
  return positions;
}
