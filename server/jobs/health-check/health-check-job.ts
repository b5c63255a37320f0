import { defineJob } from "../job-manifest.ts";
import { healthCheckResolvers } from "./resolvers.ts";

/** The health-check job, as the app lists it in server/jobs.ts. */
export const healthCheckJob = defineJob("health-check", healthCheckResolvers);
