import type { Collection, Core } from "cytoscape";
import { fitNodes } from "./fit-nodes.ts";
import { type FoldLeavesOptions, leafGroups, placeLeafGrids } from "./fold-leaves.ts";
import { layoutGraphOfCollection } from "./layout-graph.ts";
import { LATERAL_TYPES, type LayoutName, LAYOUTS } from "./layouts.ts";

/** Options for {@link runLayout}. */
export interface RunLayoutOptions {
  /** Fit the viewport to the result. @default true */
  fit?: boolean;
  /** Only these elements; the rest keep their positions. @default every element */
  elements?: Collection;
  /** Fold large groups of leaves into grids (false: leave them in one row). @default {} */
  fold?: FoldLeavesOptions | false;
}

/**
 * Runs a named layout through its cytoscape extension, in place, and resolves
 * when it has placed every node. Lateral lines (peers, posts, alignments) are
 * drawn but left out of the layering, so peers sit side by side instead of one
 * above the other. The browser lays views out off screen instead
 * (layout-positions.ts), with ELK in a web worker.
 */
export function runLayout(cy: Core, name: LayoutName, options: RunLayoutOptions = {}): Promise<void> {
  const scope = options.elements ?? cy.elements();
  const ranked = scope.filter((element) => element.isNode() || !LATERAL_TYPES.has(element.data("relType")));
  if (ranked.nodes().empty()) return Promise.resolve();
  const layoutOptions = LAYOUTS[name];
  const graph = layoutGraphOfCollection(scope);
  const groups = options.fold === false ? [] : leafGroups(graph.nodes, graph.lines, options.fold?.minGroup);
  const foldedIds = new Set(groups.flatMap((g) => g.members.map((n) => n.id)));
  const folded = ranked.nodes().filter((n) => foldedIds.has(n.id()));
  const layered = ranked.difference(folded).difference(folded.connectedEdges());
  const finish = () => {
    const sizes = new Map(graph.nodes.map((node) => [node.id, node]));
    const placed = new Map(layered.nodes().map((node) => [node.id(), { ...node.position() }]));
    const grids = placeLeafGrids(groups, placed, (id) => sizes.get(id)!, options.fold || {});
    // One batch: moving nodes one by one would redo every edge's geometry and fire an event per node.
    cy.batch(() => {
      folded.positions((node) => grids.get(node.id()) ?? node.position());
    });
    if (options.fit ?? true) fitNodes(cy, layoutOptions.padding, scope.nodes());
  };
  return new Promise((resolve, reject) => {
    const layout = layered.layout({ ...layoutOptions, fit: false } as never);
    layout.one("layoutstop", () => {
      finish();
      resolve();
    });
    try {
      layout.run();
    } catch (error) {
      reject(error);
    }
  });
}
