// Moved to the shared layer: every job that writes checks its references the same way.
export * from "../../graph/references.ts";
