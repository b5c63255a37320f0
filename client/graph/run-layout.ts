import type { Collection, Core } from "cytoscape";
import { canUseElkWorker, elkPositionsInWorker } from "./elk-in-worker.ts";
import { fitNodes } from "./fit-nodes.ts";
import { type FoldLeavesOptions, leafGroups, placeLeafGrids } from "./fold-leaves.ts";
import { LATERAL_TYPES, type LayoutName, LAYOUTS, largeGraphElk } from "./layouts.ts";

/** Options for {@link runLayout}. */
export interface RunLayoutOptions {
  /** Fit the viewport to the result. @default true */
  fit?: boolean;
  /** Only these elements; the rest keep their positions. @default every element */
  elements?: Collection;
  /** Fold large groups of leaves into grids (false: leave them in one row). @default {} */
  fold?: FoldLeavesOptions | false;
  /** Width over height that ELK packs separate pieces to. @default the viewport's, as cytoscape-elk takes it */
  aspectRatio?: number;
}

/** Yields to the browser between steps, so that no step of a large layout holds the page for long. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a named layout and resolves when it has placed every node. Lateral lines
 * (peers, posts, alignments) are drawn but left out of the layering, so peers
 * sit side by side instead of one above the other.
 */
export function runLayout(cy: Core, name: LayoutName, options: RunLayoutOptions = {}): Promise<void> {
  const scope = options.elements ?? cy.elements();
  const ranked = scope.filter((element) => element.isNode() || !LATERAL_TYPES.has(element.data("relType")));
  if (ranked.nodes().empty()) return Promise.resolve();
  const layoutOptions = LAYOUTS[name];
  const groups = options.fold === false ? [] : leafGroups(ranked, options.fold?.minGroup);
  const foldedIds = new Set(groups.flatMap((g) => g.members.map((n) => n.id())));
  const folded = ranked.nodes().filter((n) => foldedIds.has(n.id()));
  const layered = ranked.difference(folded).difference(folded.connectedEdges());
  const finish = () => {
    placeLeafGrids(groups, layered, options.fold || {});
    if (options.fit ?? true) fitNodes(cy, layoutOptions.padding, scope.nodes());
  };
  if (name === "elk" && canUseElkWorker()) {
    const aspectRatio = options.aspectRatio ?? (cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 16 / 9);
    const elkOptions = { aspectRatio, ...LAYOUTS.elk.elk, ...largeGraphElk(layered.nodes().length) };
    return breathe()
      .then(() => elkPositionsInWorker(layered, elkOptions))
      .then((positions) => {
        cy.batch(() => {
          layered.nodes().positions((node) => positions.get(node.id()) ?? node.position());
        });
        finish();
      });
  }
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
