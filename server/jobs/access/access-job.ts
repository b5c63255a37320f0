import { defineJob } from "../job-manifest.ts";
import { accessResolvers } from "./resolvers.ts";

/** The access job, as the app lists it in server/jobs.ts. */
export const accessJob = defineJob("access", accessResolvers);
