import type { Core, ElementDefinition } from "cytoscape";
import { isLineDefinition } from "./layout-cache.ts";
import { useLevelOfDetail } from "./level-of-detail.ts";
import { setupCytoscape } from "./setup.ts";
import { graphStyle } from "./style.ts";

/** An on-screen diagram as every view (and bench/render) makes it. */
export interface DiagramCore {
  cy: Core;
  /**
   * Replaces the elements (with their positions, if any) in one batch, added
   * in slices of a few thousand elements, one task each, so that adding a
   * large view does not hold the page for long: the diagram draws nothing
   * until the last slice is in, and stops adding (false) once `stillWanted`
   * says a newer view has taken over. The viewport is first fitted to the
   * given positions, so the edges arrive already in the style of that zoom:
   * restyling 8,000 edges after they were added was a large part of a
   * 5,000-node diagram's first frame.
   */
  replaceInSlices(elements: ElementDefinition[], fitPadding: number, stillWanted: () => boolean): Promise<boolean>;
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
    async replaceInSlices(elements, fitPadding, stillWanted) {
      // Nodes first: a line whose ends are still to come in a later slice would be refused.
      const ordered = [...elements.filter((e) => !isLineDefinition(e)), ...elements.filter(isLineDefinition)];
      cy.startBatch();
      try {
        cy.elements().remove();
        fitPositions(cy, fitPadding, ordered);
        const far = detail.isFar();
        for (let start = 0; start < ordered.length; start += ADD_SLICE) {
          if (start > 0) {
            await breathe();
            if (!stillWanted()) return false;
          }
          const slice = ordered.slice(start, start + ADD_SLICE);
          cy.add(far ? slice.map((e) => ({ ...e, classes: withClass(e.classes, "far") })) : slice);
        }
        return true;
      } finally {
        cy.endBatch();
      }
    },
    settled: () => detail.refresh(),
  };
}

/** Elements added per task by replaceInSlices: about 30 ms each on a two-core laptop (bench/render). */
const ADD_SLICE = 2500;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
