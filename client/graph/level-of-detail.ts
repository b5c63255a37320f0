import type { Core } from "cytoscape";

/** Options for {@link useLevelOfDetail}. */
export interface LevelOfDetailOptions {
  /** Below this zoom, arrowheads are too small to see and are not drawn. @default 0.3 */
  arrowsBelowZoom?: number;
  /** From this many elements, edges are hidden while the user pans or zooms. @default 3000 */
  largeGraph?: number;
}

/** The class of elements drawn in full detail (style.ts styles captions, arrowheads and dashes under it). */
export const NEAR_CLASS = "near";

/**
 * Draws less when there is less to see. Zoomed far out, arrowheads are a few
 * pixels wide yet filling them was most of the first frame of a 5,000-node
 * diagram (see bench/render); only zoomed in do elements get the class
 * `near`, under which the stylesheet draws arrowheads, dashes and captions,
 * none of which can be seen at a smaller size. Large graphs also hide edges
 * while moving.
 */
export function useLevelOfDetail(cy: Core, options: LevelOfDetailOptions = {}): { refresh(): void; isNear(): boolean } {
  const threshold = options.arrowsBelowZoom ?? 0.3;
  const large = options.largeGraph ?? 3000;
  const isNear = () => cy.zoom() >= threshold;
  let near: boolean | null = null;
  const update = () => {
    const next = isNear();
    if (next === near) return;
    near = next;
    cy.batch(() => {
      if (near) cy.elements().addClass(NEAR_CLASS);
      else cy.elements().removeClass(NEAR_CLASS);
    });
  };
  /** Call after replacing the elements: the new edges need their class, and the size decides the rest. */
  const refresh = () => {
    near = null;
    update();
    const big = cy.elements().length >= large;
    // Not in the type declarations, but public options of the renderer.
    const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
    renderer.hideEdgesOnViewport = big;
    renderer.textureOnViewport = big;
  };
  cy.on("zoom", update);
  return { refresh, isNear };
}
