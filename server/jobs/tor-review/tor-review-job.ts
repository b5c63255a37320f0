import { defineJob } from "../job-manifest.ts";
import { torReviewResolvers } from "./resolvers.ts";

/** The tor-review job, as the app lists it in server/jobs.ts. */
export const torReviewJob = defineJob("tor-review", torReviewResolvers);
