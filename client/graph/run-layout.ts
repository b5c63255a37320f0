import type { Collection, Core } from "cytoscape";
import { LATERAL_TYPES, type LayoutName, LAYOUTS } from "./layouts.ts";

/** Options for {@link runLayout}. */
export interface RunLayoutOptions {
  /** Fit the viewport to the result. @default true */
  fit?: boolean;
  /** Only these elements; the rest keep their positions. @default every element */
  elements?: Collection;
}

/**
 * Runs a named layout and resolves when it has placed every node. Lateral lines
 * (peers, posts, alignments) are drawn but left out of the layering, so peers
 * sit side by side instead of one above the other.
 */
export function runLayout(cy: Core, name: LayoutName, options: RunLayoutOptions = {}): Promise<void> {
  const scope = options.elements ?? cy.elements();
  const ranked = scope.filter((element) => element.isNode() || !LATERAL_TYPES.has(element.data("relType")));
  if (ranked.nodes().empty()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const layout = ranked.layout({ ...LAYOUTS[name], fit: options.fit ?? true } as never);
    layout.one("layoutstop", () => resolve());
    try {
      layout.run();
    } catch (error) {
      reject(error);
    }
  });
}
