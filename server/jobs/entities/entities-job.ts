import { defineJob } from "../job-manifest.ts";
import { entityResolvers } from "./resolvers.ts";

/** The entities job, as the app lists it in server/jobs.ts. */
export const entitiesJob = defineJob("entities", entityResolvers);
