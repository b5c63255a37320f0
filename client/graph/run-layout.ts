import type { Core } from "cytoscape";
import { fitNodes } from "./fit-nodes.ts";
import { type FoldLeavesOptions, leafGroups, placeLeafGrids, withoutFolded } from "./fold-leaves.ts";
import { layoutGraphOfCollection } from "./layout-graph.ts";
import { type LayoutName, LAYOUTS } from "./layouts.ts";

/** Options for {@link runLayout}. */
export interface RunLayoutOptions {
  /** Fit the viewport to the result. @default true */
  fit?: boolean;
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
  const graph = layoutGraphOfCollection(cy.elements());
  if (graph.nodes.length === 0) return Promise.resolve();
  const layoutOptions = LAYOUTS[name];
  const groups = options.fold === false ? [] : leafGroups(graph.nodes, graph.lines, options.fold?.minGroup);
  const rest = withoutFolded(graph.nodes, graph.lines, groups);
  const kept = new Set([...rest.nodes.map((n) => n.id), ...rest.lines.map((l) => l.id)]);
  const layered = cy.elements().filter((element) => kept.has(element.id()));
  const finish = () => {
    const sizes = new Map(graph.nodes.map((node) => [node.id, node]));
    const placed = new Map(layered.nodes().map((node) => [node.id(), { ...node.position() }]));
    const grids = placeLeafGrids(groups, placed, (id) => sizes.get(id)!, options.fold || {});
    // One batch: moving nodes one by one would redo every edge's geometry and fire an event per node.
    cy.batch(() => {
      cy.nodes().positions((node) => grids.get(node.id()) ?? node.position());
    });
    if (options.fit ?? true) fitNodes(cy, layoutOptions.padding);
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
