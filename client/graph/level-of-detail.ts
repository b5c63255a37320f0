import type { Core } from "cytoscape";

/** Options for {@link useLevelOfDetail}. */
export interface LevelOfDetailOptions {
  /** Below this zoom, arrowheads are too small to see and are not drawn. @default 0.3 */
  arrowsBelowZoom?: number;
  /** From this many elements, edges are hidden while the user pans or zooms. @default 3000 */
  largeGraph?: number;
}

/**
 * Draws less when there is less to see. Zoomed far out, arrowheads are a few
 * pixels wide yet filling them was most of the first frame of a 5,000-node
 * diagram (see bench/render); elements get the class `far` and the stylesheet
 * drops arrowheads, dashes and captions, none of which can be seen at that
 * size. Large graphs also hide edges while moving.
 */
export function useLevelOfDetail(cy: Core, options: LevelOfDetailOptions = {}): { refresh(): void; isFar(): boolean } {
  const threshold = options.arrowsBelowZoom ?? 0.3;
  const large = options.largeGraph ?? 3000;
  let far: boolean | null = null;
  const update = () => {
    const next = cy.zoom() < threshold;
    if (next === far) return;
    far = next;
    cy.batch(() => {
      if (far) cy.elements().addClass("far");
      else cy.elements().removeClass("far");
    });
  };
  /** Call after replacing the elements: the new edges need their class, and the size decides the rest. */
  const refresh = () => {
    far = null;
    update();
    const big = cy.elements().length >= large;
    // Not in the type declarations, but public options of the renderer.
    const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
    renderer.hideEdgesOnViewport = big;
    renderer.textureOnViewport = big;
  };
  cy.on("zoom", update);
  return { refresh, isFar: () => cy.zoom() < threshold };
}
