import type { Core, NodeCollection } from "cytoscape";
import { nodeOuterSize } from "./node-size.ts";

/**
 * Fits the viewport to the nodes, from their positions and sizes. cy.fit() asks
 * every element for its bounding box, measuring each edge (curve, label) and
 * firing events as caches are dirtied: most of the first frame of a 5,000-node
 * diagram in bench/render, for a box that differs by a few pixels of curve.
 */
export function fitNodes(cy: Core, padding: number, nodes: NodeCollection = cy.nodes()): void {
  if (nodes.empty() || cy.width() === 0 || cy.height() === 0) return;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    // From the classes, not from the stylesheet: asking for a styled size right after thousands of
    // elements were added styles them all in this one task, ahead of the frame that draws them.
    const { w, h } = nodeOuterSize(node.classes());
    const halfWidth = w / 2;
    const halfHeight = h / 2;
    x1 = Math.min(x1, x - halfWidth);
    x2 = Math.max(x2, x + halfWidth);
    y1 = Math.min(y1, y - halfHeight);
    y2 = Math.max(y2, y + halfHeight);
  });
  const fitted = Math.min((cy.width() - 2 * padding) / Math.max(x2 - x1, 1), (cy.height() - 2 * padding) / Math.max(y2 - y1, 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
}
