import { defineJob } from "../job-manifest.ts";
import { registerPartnerRoutes } from "./partner-routes.ts";
import { healthCheckResolvers } from "./resolvers.ts";

/** The health-check job, as the app lists it in server/jobs.ts; its routes are the partners' self-assessment pages. */
export const healthCheckJob = defineJob("health-check", healthCheckResolvers, registerPartnerRoutes);
