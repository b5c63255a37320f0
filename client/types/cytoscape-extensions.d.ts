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

