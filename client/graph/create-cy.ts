import type { Core, ElementDefinition } from "cytoscape";
import { useLevelOfDetail } from "./level-of-detail.ts";
import { setupCytoscape } from "./setup.ts";
import { graphStyle } from "./style.ts";

/** An on-screen diagram as every view (and bench/render) makes it. */
export interface DiagramCore {
  cy: Core;
  /**
   * Replaces the elements (with their positions, if any) in one batch. With
   * `fitPadding`, the viewport is first fitted to the given positions, so the
   * edges arrive already in the style of that zoom: restyling 8,000 edges after
   * they were added was a large part of a 5,000-node diagram's first frame.
   */
  replace(elements: ElementDefinition[], fitPadding?: number): void;
  /** Call once the elements have their positions and the viewport is set. */
  settled(): void;
}

const withClass = (classes: ElementDefinition["classes"], name: string): string =>
  `${Array.isArray(classes) ? classes.join(" ") : (classes ?? "")} ${name}`.trim();

/** The largest node drawn (style.ts), so that a box from centres alone still holds every node. */
const NODE_HALF = { w: 80, h: 30 };

/** Fits the viewport to the node positions in element definitions, before they are added. */
function fitPositions(cy: Core, padding: number, elements: ElementDefinition[]): void {
  const placed = elements.filter((e) => e.group !== "edges" && e.position);
  if (placed.length === 0 || cy.width() === 0 || cy.height() === 0) return;
  const xs = placed.map((e) => e.position!.x);
  const ys = placed.map((e) => e.position!.y);
  const [x1, x2] = [Math.min(...xs) - NODE_HALF.w, Math.max(...xs) + NODE_HALF.w];
  const [y1, y2] = [Math.min(...ys) - NODE_HALF.h, Math.max(...ys) + NODE_HALF.h];
  const fitted = Math.min((cy.width() - 2 * padding) / (x2 - x1), (cy.height() - 2 * padding) / (y2 - y1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
}

export function createCy(container: HTMLElement): DiagramCore {
  const cytoscape = setupCytoscape();
  const cy = cytoscape({
    container,
    style: graphStyle,
    minZoom: 0.02,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: "single",
  });
  const detail = useLevelOfDetail(cy);
  return {
    cy,
    replace(elements, fitPadding) {
      cy.batch(() => {
        cy.elements().remove();
        if (fitPadding !== undefined) fitPositions(cy, fitPadding, elements);
        const far = detail.isFar();
        cy.add(far ? elements.map((e) => ({ ...e, classes: withClass(e.classes, "far") })) : elements);
      });
    },
    settled: () => detail.refresh(),
  };
}
