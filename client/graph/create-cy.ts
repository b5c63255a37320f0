import type { Core, ElementDefinition } from "cytoscape";
import { useLevelOfDetail } from "./level-of-detail.ts";
import { setupCytoscape } from "./setup.ts";
import { graphStyle } from "./style.ts";

/** An on-screen diagram as every view (and bench/render) makes it. */
export interface DiagramCore {
  cy: Core;
  /** Replaces the elements (with their positions, if any) in one batch and updates the level of detail. */
  replace(elements: ElementDefinition[]): void;
  /** Call once the elements have their positions and the viewport is set. */
  settled(): void;
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
    replace(elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
    },
    settled: () => detail.refresh(),
  };
}
