import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import elk from "cytoscape-elk";

let layoutsRegistered = false;
let svgRegistered: Promise<void> | undefined;

/**
 * Registers the layout extensions with cytoscape, once: a second
 * `cytoscape.use` of the same extension logs a warning and is ignored.
 */
export function setupCytoscape(): typeof cytoscape {
  if (!layoutsRegistered) {
    cytoscape.use(elk);
    cytoscape.use(dagre);
    layoutsRegistered = true;
  }
  return cytoscape;
}

/**
 * Registers cy.svg() on first use: the extension reads `window` when loaded,
 * so it is loaded only in a browser, and only when someone exports.
 */
export function setupSvgExport(): Promise<void> {
  svgRegistered ??= import("cytoscape-svg").then((module) => {
    cytoscape.use(module.default);
  });
  return svgRegistered;
}
