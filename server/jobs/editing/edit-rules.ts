// The edit rules moved to the shared layer, so that document drafts validate accepted facts the same way.
export * from "../../graph/edit-rules.ts";
