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


// Vite turns `?url` imports into the address of the file, copied into the build.
declare module "*?url" {
  const url: string;
  export default url;
}
