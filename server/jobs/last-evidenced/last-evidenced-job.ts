import { defineJob } from "../job-manifest.ts";
import { lastEvidencedResolvers } from "./resolvers.ts";

/** The last-evidenced job: an editor settles a fact that a newer description no longer names. */
export const lastEvidencedJob = defineJob("last-evidenced", lastEvidencedResolvers);
