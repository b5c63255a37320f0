import { defineJob } from "../job-manifest.ts";
import { editingResolvers } from "./resolvers.ts";

/** The editing job, as the app lists it in server/jobs.ts. */
export const editingJob = defineJob("editing", editingResolvers);
