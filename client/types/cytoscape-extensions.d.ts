// The ELK and SVG extensions ship without type declarations.
declare module "cytoscape-elk" {
  import type { Ext } from "cytoscape";
  const register: Ext;
  export default register;
}

declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const register: Ext;
  export default register;
}

// Operation documents are bundled as text (Vite's ?raw suffix).
declare module "*.graphql?raw" {
  const text: string;
  export default text;
}
