// cytoscape-svg adds cy.svg(); registered in client/graph/setup.ts.
import "cytoscape";

declare module "cytoscape" {
  interface SvgExportOptions {
    /** Export the whole graph rather than the viewport. */
    full?: boolean;
    scale?: number;
    bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
