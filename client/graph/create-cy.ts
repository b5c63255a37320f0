import type { Core, ElementDefinition } from "cytoscape";
import { fitToNodes } from "./fit-nodes.ts";
import { isLineDefinition } from "./layout-cache.ts";
import { NEAR_CLASS, useLevelOfDetail } from "./level-of-detail.ts";
import { classesOf } from "./node-size.ts";
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
   * given positions (fit-nodes.ts), so the edges arrive already in the style of that zoom:
   * restyling 8,000 edges after they were added was a large part of a
   * 5,000-node diagram's first frame.
   */
  replaceInSlices(elements: ElementDefinition[], fitPadding: number, stillWanted: () => boolean): Promise<boolean>;
  /** Call once the elements have their positions and the viewport is set. */
  settled(): void;
}

const withClass = (classes: ElementDefinition["classes"], name: string): string =>
  `${Array.isArray(classes) ? classes.join(" ") : (classes ?? "")} ${name}`.trim();

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
        fitToNodes(
          cy,
          fitPadding,
          ordered.flatMap((e) => (e.position ? [{ ...e.position, classes: classesOf(e) }] : [])),
        );
        const near = detail.isNear();
        for (let start = 0; start < ordered.length; start += ADD_SLICE) {
          if (start > 0) {
            await breathe();
            if (!stillWanted()) return false;
          }
          const slice = ordered.slice(start, start + ADD_SLICE);
          cy.add(near ? slice.map((e) => ({ ...e, classes: withClass(e.classes, NEAR_CLASS) })) : slice);
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
