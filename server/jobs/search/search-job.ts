import { defineJob } from "../job-manifest.ts";
import { searchResolvers } from "./resolvers.ts";

/** The search job, as the app lists it in server/jobs.ts. */
export const searchJob = defineJob("search", searchResolvers);
