import { defineJob } from "../job-manifest.ts";
import { actionResolvers } from "./resolvers.ts";

/** The actions job: what a board does about a red or amber rule or a disagreement on a principle. */
export const actionsJob = defineJob("actions", actionResolvers);
