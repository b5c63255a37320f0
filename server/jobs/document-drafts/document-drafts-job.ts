import { defineJob } from "../job-manifest.ts";
import { resolvers } from "./resolvers.ts";

/** Drafting the graph from a council's own documents: propose, then a person accepts or rejects each fact. */
export const documentDraftsJob = defineJob("document-drafts", resolvers);
