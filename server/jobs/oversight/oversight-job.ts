import { defineJob } from "../job-manifest.ts";
import { oversightResolvers } from "./resolvers.ts";

/** The oversight job, as the app lists it in server/jobs.ts. */
export const oversightJob = defineJob("oversight", oversightResolvers);
