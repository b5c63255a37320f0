import type { Core, NodeCollection } from "cytoscape";
import { nodeOuterSize } from "./node-size.ts";

/** A node as the fit needs it: its centre and its classes, which give its size (node-size.ts). */
export interface PlacedNode {
  x: number;
  y: number;
  classes: readonly string[];
}

/**
 * Fits the viewport to nodes from their centres and their sizes by class, so
 * it can be done before the elements are even added (create-cy.ts). cy.fit()
 * asks every element for its bounding box, measuring each edge (curve, label)
 * and firing events as caches are dirtied: most of the first frame of a
 * 5,000-node diagram in bench/render, for a box that differs by a few pixels
 * of curve. Styled sizes would style every element in this one task, ahead of
 * the frame that draws them.
 */
export function fitToNodes(cy: Core, padding: number, nodes: readonly PlacedNode[]): void {
  if (nodes.length === 0 || cy.width() === 0 || cy.height() === 0) return;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const { x, y, classes } of nodes) {
    const { w, h } = nodeOuterSize(classes);
    x1 = Math.min(x1, x - w / 2);
    x2 = Math.max(x2, x + w / 2);
    y1 = Math.min(y1, y - h / 2);
    y2 = Math.max(y2, y + h / 2);
  }
  const fitted = Math.min((cy.width() - 2 * padding) / Math.max(x2 - x1, 1), (cy.height() - 2 * padding) / Math.max(y2 - y1, 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
}

/** Fits the viewport to nodes the diagram holds. */
export function fitNodes(cy: Core, padding: number, nodes: NodeCollection = cy.nodes()): void {
  fitToNodes(
    cy,
    padding,
    nodes.map((node) => ({ ...node.position(), classes: node.classes() })),
  );
}
