import { defineJob } from "../job-manifest.ts";
import { moderngovSyncResolvers } from "./resolvers.ts";

/** The ModernGov sync job, as the app lists it in server/jobs.ts. */
export const moderngovSyncJob = defineJob("moderngov-sync", moderngovSyncResolvers);
